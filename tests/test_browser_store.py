"""The corpus store in a real browser: upload a web page and see its events; correct an event
and find the correction after a restart."""
from browser_support import choose_option, require_chromium
from browser_support import serve as serve_app
from conftest import ROOT

require_chromium()

from playwright.sync_api import expect  # noqa: E402

from dashboard.app import create_app  # noqa: E402
from dashboard.store import Store  # noqa: E402

PAGE = ROOT / "tests" / "fixtures" / "pages" / "van-phong-tinh-uy.html"


def serve(url: str):
    return serve_app(create_app(store=Store(url)))


def test_upload_a_web_page_then_correct_and_restart(browser, tmp_path):
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    srv, base = serve(url)
    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    try:
        page.goto(base)
        expect(page.locator("#count")).to_have_text("12 sự kiện", timeout=20000)  # the bundled article
        page.locator("#upload input[type=file]").set_input_files(str(PAGE))
        expect(page.locator("#add-message")).to_contain_text("Đã thêm van-phong-tinh-uy.html", timeout=30000)
        expect(page.locator("#count")).not_to_have_text("12 sự kiện", timeout=20000)
        choose_option(page, "f-articles", "van-phong-tinh-uy")
        # the grid re-renders as the filter lands: wait for the row rather than read rows that may go
        expect(page.locator("#grid .ag-row", has_text="tháng 5/1945").first).to_be_visible(timeout=20000)
        # correct the May 1945 event of the uploaded page
        page.locator("#grid .ag-row", has_text="tháng 5/1945").first.click()
        expect(page.locator("#edit-edtf")).to_have_value("1945-05")
        page.locator("#edit-edtf").fill("1945-05-19")
        page.locator("#edit-save").click()
        expect(page.locator("#grid .ag-row", has_text="19/5/1945")).to_have_count(1, timeout=20000)
        assert "✎" in page.locator("#grid .ag-row", has_text="19/5/1945").first.inner_text()
    finally:
        page.close()
        srv.shutdown()
    # a restart: a new app on the same store shows the correction
    srv, base = serve(url)
    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    try:
        page.goto(base + "?article=van-phong-tinh-uy")
        expect(page.locator("#grid .ag-row", has_text="19/5/1945")).to_have_count(1, timeout=20000)
        page.locator("#grid .ag-row", has_text="19/5/1945").first.click()
        expect(page.locator("#detail .origin")).to_contain_text("Đã được sửa")
        page.locator("#edit-undo").click()
        expect(page.locator("#grid .ag-row", has_text="tháng 5/1945")).to_have_count(1, timeout=20000)
    finally:
        page.close()
        srv.shutdown()


def test_paste_text_and_add_an_event_from_selected_words(browser, tmp_path):
    srv, base = serve(f"sqlite:///{tmp_path / 'store.sqlite'}")
    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    try:
        page.goto(base)
        expect(page.locator("#count")).to_have_text("12 sự kiện", timeout=20000)
        page.locator("#paste-text").fill("Mùa thu năm ấy, dân làng dựng lại đình. Năm 1954, hòa bình lập lại ở xã Hoa Thám.")
        page.locator("#paste-title").fill("Chuyện làng")
        page.locator("#paste-add").click()
        expect(page.locator("#add-message")).to_contain_text("Đã thêm Chuyện làng", timeout=20000)
        expect(page.locator("#count")).to_have_text("13 sự kiện", timeout=20000)
        page.locator("#grid .ag-row", has_text="năm 1954").first.click()
        sentence = page.locator("#detail-sentence")
        expect(sentence).to_contain_text("Năm 1954")
        # type the date and title first (focusing a field clears a selection), then select the
        # words 'hòa bình' in the sentence and add them as a new event
        page.locator("#edit-edtf").fill("1954-07")
        page.locator("#edit-title").fill("Hòa bình lập lại")
        sentence.evaluate("""el => { const t = el.firstChild.nodeType === 3 ? el.firstChild : el.childNodes[0];
            const text = el.textContent, i = text.indexOf('hòa bình');
            const r = document.createRange(); let node = el.firstChild, pos = 0;
            for (const n of el.childNodes) { const len = n.textContent.length;
                if (pos + len > i) { node = n.nodeType === 3 ? n : n.firstChild; break; } pos += len; }
            r.setStart(node, i - pos); r.setEnd(node, i - pos + 8);
            const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); }""")
        page.locator("#edit-add").click()
        expect(page.locator("#count")).to_have_text("14 sự kiện", timeout=20000)
        expect(page.locator("#grid .ag-row", has_text="tháng 7/1954")).to_have_count(1)
        assert page.locator("#grid .ag-row", has_text="tháng 7/1954").first.inner_text().count("hòa bình") >= 1
    finally:
        page.close()
        srv.shutdown()


def test_pasted_markup_stays_text_and_the_article_date_can_be_corrected(browser, tmp_path):
    srv, base = serve(f"sqlite:///{tmp_path / 'store.sqlite'}")
    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(base)
        expect(page.locator("#count")).to_have_text("12 sự kiện", timeout=20000)
        page.locator("#paste-text").fill('Sáng qua (<b>16/10</b>), <script>alert("x")</script> xã Hoa Thám họp dân. '
                                         '<img src=x onerror=alert(1)> Năm 1954, hòa bình lập lại.')
        page.locator("#paste-title").fill("Tin <i>nhanh</i>")
        page.locator("#paste-date").fill("2021-10-17")
        page.locator("#paste-add").click()
        expect(page.locator("#add-message")).to_contain_text("Đã thêm Tin <i>nhanh</i>", timeout=20000)
        # 'Sáng qua' was read against the date given (17/10/2021); its sentence holds the markup,
        # shown as text (tags are read as spaces, so the markup stays in the sentence it stands in)
        page.goto(base + "?from=2015")
        expect(page.locator("#grid .ag-row", has_text="16/10/2021")).to_have_count(1, timeout=20000)
        page.locator("#grid .ag-row", has_text="16/10/2021").first.click()
        expect(page.locator("#detail-sentence")).to_contain_text('<script>alert("x")</script>')
        assert page.locator("#detail-sentence script, #detail-sentence img, #detail-sentence b").count() == 0
        # correct the article's date to 2020
        expect(page.locator("#edit-refdate")).to_have_value("2021-10-17")
        page.locator("#edit-refdate").fill("2020-10-17")
        page.locator("#edit-refdate-save").click()
        expect(page.locator("#grid .ag-row", has_text="16/10/2020")).to_have_count(1, timeout=20000)
        assert dialogs == []
    finally:
        page.close()
        srv.shutdown()


def test_a_pasted_text_without_its_year_is_noted_then_dated(browser, tmp_path):
    srv, base = serve(f"sqlite:///{tmp_path / 'store.sqlite'}")
    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    try:
        page.goto(base)
        expect(page.locator("#count")).to_have_text("12 sự kiện", timeout=20000)
        page.locator("#paste-text").fill("Sáng 15/3, UBND huyện Văn Lãng họp. Chiều cùng ngày, đoàn kiểm tra xã Tân Mỹ.")
        page.locator("#paste-title").fill("Tin ngắn")
        page.locator("#paste-add").click()
        expect(page.locator("#add-message")).to_contain_text("2 ngày không ghi năm đã bị bỏ qua", timeout=20000)
        expect(page.locator("#count")).to_have_text("12 sự kiện")
        page.locator("#paste-date").fill("2019-03-16")  # within the timeline shown by default
        page.locator("#paste-add").click()
        expect(page.locator("#add-message")).to_contain_text("đọc lại theo ngày đã nhập, 2 sự kiện", timeout=20000)
        expect(page.locator("#count")).to_have_text("14 sự kiện", timeout=20000)
    finally:
        page.close()
        srv.shutdown()
