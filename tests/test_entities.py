"""Places, organisations and persons, each with its canonical name."""
import pytest
from conftest import REF

from dashboard import extract_text

CASES = [
    ("Năm 1933, chi bộ được thành lập tại xã Thụy Hùng, châu Văn Uyên.",
     {"places": ["Thụy Hùng", "Văn Uyên"], "organisations": []}),
    ("Tháng 5/1945, tại Bản Khu, xã Hoa Thám, huyện Bình Gia, liên Tỉnh ủy Cao-Bắc-Lạng chỉ định Tỉnh ủy lâm thời.",
     {"places": ["Bản Khu", "Hoa Thám", "Bình Gia"],
      "organisations": ["Liên Tỉnh ủy Cao-Bắc-Lạng", "Tỉnh ủy lâm thời"]}),
    ("Năm 2019, UBND tỉnh Lạng Sơn phê duyệt đề án.",
     {"places": ["Lạng Sơn"], "organisations": ["Ủy ban nhân dân tỉnh Lạng Sơn"]}),
    ("Năm 2018, HĐND tỉnh Cao Bằng họp kỳ thứ 7.",
     {"places": ["Cao Bằng"], "organisations": ["Hội đồng nhân dân tỉnh Cao Bằng"]}),
    ("Năm 1947, Tỉnh ủy Lạng Sơn tách từ Văn phòng Tổng bộ Việt Minh.",
     {"places": ["Lạng Sơn"], "organisations": ["Tỉnh ủy Lạng Sơn", "Văn phòng Tổng bộ Việt Minh"]}),
    ("Ngày 16/10/2020, đồng chí Lâm Thị Phương Thanh, Bí thư Tỉnh ủy trao Huân chương Lao động cho Sở Y tế.",
     {"organisations": ["Sở Y tế"], "persons": ["Lâm Thị Phương Thanh"]}),
    ("Năm 1940, cuộc Khởi nghĩa Bắc Sơn nổ ra.", {"places": ["Bắc Sơn"]}),
    ("Năm 1954, quân ta thắng lớn ở Điện Biên Phủ.", {"places": ["Điện Biên Phủ"]}),
    ("Năm 1930, Đảng Cộng sản Việt Nam ra đời.",
     {"organisations": ["Đảng Cộng sản Việt Nam"], "places": []}),
    ("Năm 2000, Bộ Văn hóa, Thể thao và Du lịch khen thưởng nhà hát.", {"places": []}),
    ("Năm 1946, đồng chí Hoàng Văn Thụ hoạt động tại thị xã Lạng Sơn.",
     {"persons": ["Hoàng Văn Thụ"], "places": ["Lạng Sơn"]}),
    ("Năm 1985, Thành phố Hồ Chí Minh đón khách quốc tế.", {"places": ["Thành phố Hồ Chí Minh"]}),
    ("Năm 1976, ông sang Liên Xô học tập.", {"places": ["Liên Xô"]}),
    ("Năm 1975, kháng chiến chống Mỹ thắng lợi.", {"places": []}),
    ("Ngày 1/10, Bệnh viện Đa khoa tỉnh Lạng Sơn tiếp nhận thiết bị do Tổ chức Y tế Thế giới tài trợ.",
     {"places": ["Lạng Sơn"], "organisations": ["Bệnh viện Đa khoa tỉnh Lạng Sơn", "Tổ chức Y tế Thế giới"]}),
    ("Năm 2018, Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn tổ chức hội thảo.",
     {"organisations": ["Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn"]}),
    ("Sáng 12/10, tại Hội trường UBND tỉnh, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên.",
     {"organisations": ["Ban Tuyên giáo Tỉnh ủy"]}),
    ("Năm 1979, quân dân ta chiến đấu bảo vệ cầu Khánh Khê trên sông Kỳ Cùng và sông Hồng.",
     {"places": ["Khánh Khê", "Kỳ Cùng", "sông Hồng"]}),
    ("Sáng 14/2, Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện Bắc Sơn tổ chức lễ kỷ niệm.",
     {"organisations": ["Huyện ủy Bắc Sơn", "Hội đồng nhân dân huyện Bắc Sơn", "Ủy ban nhân dân huyện Bắc Sơn",
                        "Ủy ban Mặt trận Tổ quốc huyện Bắc Sơn"]}),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_entities(sentence, expected):
    df = extract_text(sentence, reference_date=REF)
    assert len(df) >= 1
    row = df.iloc[0]
    for column, names in expected.items():
        assert row[column] == names, column


def test_present_day_name_is_recorded():
    df = extract_text("Năm 1933, chi bộ thành lập tại châu Văn Uyên (nay là huyện Cao Lộc).", reference_date=REF)
    ents = {e["name"]: e for e in df.iloc[0]["entities"]}
    assert ents["Văn Uyên"]["kind"] == "châu"
    assert ents["Văn Uyên"]["now"] == "Cao Lộc"
    assert ents["Cao Lộc"]["role"] == "present_day"


def test_titles_are_not_event_organisations():
    df = extract_text("Năm 2020, đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh "
                      "đã dự lễ của Văn phòng Tỉnh ủy Lạng Sơn.", reference_date=REF)
    assert df.iloc[0]["organisations"] == ["Văn phòng Tỉnh ủy Lạng Sơn"]


def test_clause_scopes_split_entities_between_dates():
    df = extract_text("Đến tháng 5/1945, tại xã Hoa Thám, Tỉnh ủy lâm thời được chỉ định, cũng trong năm 1945, "
                      "bộ máy giúp việc được thành lập tại huyện Bình Gia.", reference_date=REF)
    assert list(df["edtf"]) == ["1945-05", "1945"]
    assert df.iloc[0]["places"] == ["Hoa Thám"]
    assert df.iloc[1]["places"] == ["Bình Gia"]
    assert df.iloc[1]["organisations"] == []
