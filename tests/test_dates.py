"""Vietnamese temporal expressions, written the way newspapers write them.

Each row: a sentence, and the EDTF values the extractor must find in it (in text order),
with the article's date fixed at 16/10/2020 (a Friday).
"""
import datetime as dt

import pytest
from conftest import REF

from dashboard import extract_text
from dashboard.resolve import day_key

CASES = [
    # numeric dates
    ("Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập.", ["1945-09-02"]),
    ("Hôm đó là 02/09/1945.", ["1945-09-02"]),
    ("Sự kiện diễn ra 2-9-1945 tại Ba Đình.", ["1945-09-02"]),
    ("Sự kiện diễn ra 2.9.1945 tại Ba Đình.", ["1945-09-02"]),
    ("Ngày 18/10/1930 là ngày truyền thống.", ["1930-10-18"]),
    ("Ngày 30/4/1975, miền Nam được giải phóng.", ["1975-04-30"]),
    ("Sáng 16/10, hội nghị khai mạc.", ["2020-10-16"]),
    ("Chiều nay (16/10), buổi lễ diễn ra.", ["2020-10-16"]),
    ("Ngày 5/10, đoàn công tác lên đường.", ["2020-10-05"]),
    ("Tối 15/10 vừa qua, đêm nhạc được tổ chức.", ["2020-10-15"]),
    ("Hạn chót là ngày 31/12.", ["2020-12-31"]),
    # month and year
    ("Tháng 9/1940, khởi nghĩa nổ ra.", ["1940-09"]),
    ("Vào tháng 5/1945, Tỉnh ủy lâm thời được chỉ định.", ["1945-05"]),
    ("Trong tháng 09/2020, tỉnh đón nhiều đoàn khách.", ["2020-09"]),
    ("Tháng 8 năm 1945, cả nước vùng lên.", ["1945-08"]),
    ("Đến tháng 12-1946, cuộc kháng chiến bùng nổ.", ["1946-12"]),
    # history books write a month and year with a hyphen, without 'tháng'
    ("Chiến thắng Điện Biên Phủ (5-1954) buộc thực dân Pháp ký Hiệp định.", ["1954-05"]),
    ("Thời kỳ kháng chiến (12-1946 - 7-1954) để lại nhiều di tích.", ["1946-12/1954-07"]),
    ("Từ 3-1945 đến 8-1945, phong trào phát triển mạnh.", ["1945-03/1945-08"]),
    ("Số liệu thống kê đến 5/2020 cho thấy tăng trưởng.", ["2020-05"]),
    ("Tháng Tám năm 1945 là mốc lịch sử.", ["1945-08"]),
    ("Từ tháng Giêng năm 1930, phong trào lan rộng.", ["1930-01"]),
    ("Tháng Chạp năm 1946, trời rét đậm.", ["1946-12"]),
    ("Tháng 10, tỉnh tổ chức đại hội.", ["2020-10"]),
    # worded dates
    ("Ngày 2 tháng 9 năm 1945, nước Việt Nam Dân chủ Cộng hòa ra đời.", ["1945-09-02"]),
    ("Ngày 19 tháng 12 năm 1946, Người ra Lời kêu gọi.", ["1946-12-19"]),
    ("Mùng 10 tháng 3, người dân đi lễ.", ["2020-03-10"]),
    ("Ngày 7 tháng 5 năm 1954, chiến dịch toàn thắng.", ["1954-05-07"]),
    # years
    ("Năm 1933, tổ chức cơ sở đảng đầu tiên được thành lập.", ["1933"]),
    ("Cũng trong năm 1945, bộ máy giúp việc được thành lập.", ["1945"]),
    ("Đến năm 1947, Văn phòng Tỉnh ủy được thành lập.", ["1947"]),
    ("Trường được xây dựng vào 1998 và mở rộng vào năm 2005.", ["1998", "2005"]),
    ("Năm 938, Ngô Quyền đánh tan quân Nam Hán.", ["0938"]),
    # ranges
    ("Giai đoạn 1945-1975, tỉnh đóng góp nhiều sức người.", ["1945/1975"]),
    ("Kháng chiến kéo dài từ năm 1946 đến năm 1954.", ["1946/1954"]),
    ("Từ năm 2015 đến năm 2019, đơn vị hoàn thành xuất sắc nhiệm vụ.", ["2015/2019"]),
    ("Từ tháng 3 đến tháng 5/1946, nhiều trận đánh diễn ra.", ["1946-03/1946-05"]),
    ("Hội nghị họp từ 20 đến 26/3/1931.", ["1931-03-20/1931-03-26"]),
    ("Hội nghị họp từ ngày 20-26/3/1931 tại Ma Cao.", ["1931-03-20/1931-03-26"]),
    # two days each with its month, joined by a dash with no spaces
    ("Lễ hội diễn ra từ 10/3-15/3, thu hút đông người.", ["2020-03-10/2020-03-15"]),
    ("Lễ hội diễn ra 10/3-15/3/2025, thu hút đông người.", ["2025-03-10/2025-03-15"]),
    ("Diễn ra từ 10/3-15/3 (tức 22-27 tháng Giêng), lễ hội thu hút đông người.", ["2020-03-10/2020-03-15"]),
    # shares of a whole are no days
    ("Khoảng 1/3-2/3 số hộ đã thoát nghèo.", []),
    ("Rừng chiếm từ 1/3-1/2 diện tích của xã.", []),
    ("Tháng 11/1939 – 1941, phong trào tạm lắng.", ["1939-11/1941"]),
    ("Nhiệm kỳ 2020 – 2025 đặt ra nhiều mục tiêu.", ["2020/2025"]),
    ("Trong năm học 2020-2021, trường đạt nhiều thành tích.", ["2020/2021"]),
    ("Đợt thi đua kéo dài từ 1/5/2020 đến 30/6/2020.", ["2020-05-01/2020-06-30"]),
    ("Lễ hội diễn ra từ ngày 15/3 đến ngày 20/3.", ["2020-03-15/2020-03-20"]),
    ("Chiến dịch diễn ra từ 16/9 đến 14/10/1950.", ["1950-09-16/1950-10-14"]),
    ("Giai đoạn 1930 - 1945 là thời kỳ đấu tranh giành chính quyền.", ["1930/1945"]),
    # open intervals
    ("Trước năm 1945, vùng này còn hoang sơ.", ["../1945"]),
    ("Sau năm 1975, tỉnh bắt tay vào khôi phục kinh tế.", ["1975/.."]),
    ("Từ năm 1986 đến nay, tỉnh không ngừng phát triển.", ["1986/.."]),
    ("Từ 2010 đến nay, đã có nhiều đổi mới.", ["2010/.."]),
    ("Sau ngày 30/4/1975, đất nước thống nhất.", ["1975-04-30/.."]),
    # parts of periods
    ("Đầu năm 1945, nạn đói hoành hành.", ["1945-01/1945-04"]),
    ("Cuối năm 2019, dự án hoàn thành.", ["2019-09/2019-12"]),
    ("Giữa năm 1954, hiệp định được ký kết.", ["1954-05/1954-08"]),
    ("Cuối tháng 8/1945, chính quyền về tay nhân dân.", ["1945-08-21/1945-08-31"]),
    ("Đầu tháng 3 năm 1975, chiến dịch mở màn.", ["1975-03-01/1975-03-10"]),
    ("Trung tuần tháng 5/1945, hội nghị được triệu tập.", ["1945-05-11/1945-05-20"]),
    ("Mùa xuân năm 1975, quân ta tổng tiến công.", ["1975-02/1975-04"]),
    ("Quý II/2020, kinh tế phục hồi.", ["2020-34"]),
    ("Trong quý I năm 2021, doanh thu tăng.", ["2021-33"]),
    ("6 tháng đầu năm 2020, tăng trưởng đạt 3%.", ["2020-40"]),
    ("Giữa thế kỷ XX, nhiều cuộc chiến tranh nổ ra.", ["1933/1966"]),
    ("Trong những năm đầu của thế kỷ XX, làng có trường học.", ["1900/1932"]),
    # decades and centuries
    ("Những năm 1930, phong trào cách mạng lên cao.", ["193X"]),
    ("Thập niên 90, kinh tế chuyển mình.", ["199X"]),
    ("Vào thập niên 1960, nhiều công trình được xây dựng.", ["196X"]),
    # two decades told together, and stretches from or to a decade
    ("Vào thập kỷ 60-70 của thế kỷ trước, làng có nhiều người đi bộ đội.", ["196X/197X"]),
    ("Những năm 70, 80, làng còn nghèo.", ["197X/198X"]),
    ("Những năm 60-70 của thế kỷ XX, làng có nhiều người đi bộ đội.", ["196X/197X"]),
    # (two round years after 'những năm' are the decades, as 'những năm 60-70' are: the 1960s to the 1970s;
    # not two years of no round ones, which stay a stretch of years)
    ("Trong những năm 1960 - 1970, làng có nhiều người đi bộ đội.", ["196X/197X"]),
    ("Trong thập niên 1980 – 1990, làng đổi mới.", ["198X/199X"]),
    ("Trong những năm 1945 - 1954, làng có nhiều người đi bộ đội.", ["1945/1954"]),
    ("Trong các năm 2010 - 2020, làng đổi mới.", ["2010/2020"]),
    ("Từ thập niên 1990 đến thập niên 2010, làng phát triển.", ["199X/201X"]),
    ("Từ năm 1975 đến những năm 1990, làng còn nghèo.", ["1975/199X"]),
    ("Những năm 30 của thế kỷ XX, phong trào phát triển.", ["193X"]),
    ("Thế kỷ XIX chứng kiến nhiều biến động.", ["18XX"]),
    ("Đến thế kỷ 21, thành phố phát triển mạnh.", ["20XX"]),
    ("Thành cổ được xây từ thế kỷ thứ X.", ["09XX"]),
    # BCE
    ("Năm 179 TCN, Triệu Đà thôn tính Âu Lạc.", ["-0179"]),
    # years of fewer than four digits in brackets after a name; not elsewhere
    ("Đời nhà Tùy, vùng này là quận Nhật Nam (605-618).", ["0605/0618"]),
    ("Sau khi nhà Ngô (939-965) sụp đổ, nhà Đinh (968-980) lên thay.", ["0939/0965", "0968/0980"]),
    ("Nhà Tiền Lê (980-1009) đánh tan quân Tống.", ["0980/1009"]),
    ("Xem các trang (605-618) của cuốn sách.", []),
    ("Mã số 605-618 được cấp cho đơn vị.", []),
    # a range counted down to the era's start: both ends before it
    ("Từ năm 218 đến năm 207 TCN, nhân dân kháng chiến chống quân Tần.", ["-0218/-0207"]),
    ("Giai đoạn 218 - 207 TCN, nhân dân kháng chiến chống quân Tần.", ["-0218/-0207"]),
    ("Từ năm 111 TCN đến năm 938, nước ta bị phong kiến phương Bắc đô hộ.", ["-0111/0938"]),
    ("Khoảng năm 111 trước Công nguyên, nhà Hán xâm lược.", ["-0111"]),
    ("Năm 40 sau Công nguyên, Hai Bà Trưng khởi nghĩa.", ["0040"]),
    # weekdays
    ("Thứ Sáu, ngày 16/10/2020, hội nghị bế mạc.", ["2020-10-16"]),
    ("Sáng thứ Hai (12/10), đoàn khảo sát bắt đầu.", ["2020-10-12"]),
    # relative
    ("Hôm qua, đoàn công tác đã đến thăm.", ["2020-10-15"]),
    ("Sáng nay, hội nghị khai mạc.", ["2020-10-16"]),
    ("Tuần trước, tỉnh tổ chức hội thảo.", ["2020-10-05/2020-10-11"]),
    ("Năm ngoái, sản lượng đạt kỷ lục.", ["2019"]),
    ("Năm nay, tỉnh đặt mục tiêu tăng trưởng cao.", ["2020"]),
    ("Tháng trước, dự án khởi công.", ["2020-09"]),
    ("Năm 1945, cách mạng thành công. Cũng trong năm đó, chính quyền mới ra đời.", ["1945", "1945"]),
    ("Năm 1954, hòa bình lập lại. Ba năm sau, nhà máy được xây dựng.", ["1954", "1957"]),
    # anniversaries
    ("Tỉnh tổ chức kỷ niệm 75 năm Ngày thành lập Quân đội.", ["1945"]),
    ("Lễ kỷ niệm 90 năm ngày truyền thống (18/10/1930-18/10/2020) diễn ra trọng thể.",
     ["1930-10-18", "2020-10-18"]),
    # a founding's year only the feast's lexicon knows gives no year to a day after it
    ("Tại Lễ kỷ niệm 80 năm Ngày truyền thống Công an nhân dân, sáng 17-8, lực lượng Công an đón nhận Huân chương.",
     ["1945-08-19", "2020-08-17"]),
    # a day of a named month needs no 'ngày'; 'tháng 3 đến 18/3' is a month, then a day
    ("Năm 2024, lễ hội diễn ra từ 10 tháng Giêng đến ngày 18/3 âm lịch.", ["2024-02-19/2024-04-26"]),
    ("Ông đã làm việc 30 tháng liên tục.", []),
    ("Năm 2024, lễ hội tổ chức từ đầu tháng 3 đến 18/3.", ["2024-03/2024-03-18"]),
    # a relative day said again between commas; not a fraction after it
    ("Chiều nay, 23/9, tại Trung tâm Hội nghị tỉnh, Đại hội tiến hành phiên trù bị.", ["2020-09-23"]),
    ("Hôm nay, 2/3 số hộ trong xã đã có điện lưới.", ["2020-10-16"]),
    # a birth's year gives none to a day told after it
    ("Năm 2020, bà Lâm Thị Phương Thanh (SN 1967, quê Ninh Bình) tái đắc cử ngày 26/9.", ["1967", "2020-09-26"]),
    # a part of the day opens the second of two days sharing a month
    ("Từ đêm 26 đến sáng 27/10, mưa lớn gây ngập lụt.", ["2020-10-26/2020-10-27"]),
    # feasts whose first day the lexicon knows give the founding to the day
    ("Năm 2025, tỉnh kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.", ["2025", "1931-03-26"]),
    ("Năm 2025, tỉnh kỷ niệm 36 năm Ngày truyền thống Hội Cựu chiến binh Việt Nam.", ["2025", "1989-12-06"]),
    # a pair of lunar days: the calendar named after both
    ("Lễ kỷ niệm 78 năm trận chiến đấu chống càn (5/3/1947-5/3/2025 âm lịch) diễn ra tại đình làng.",
     ["1947-04-25", "2025-04-02"]),
    # named periods
    ("Bước vào thời kỳ đổi mới, tỉnh phát triển mạnh mẽ.", ["1986/.."]),
    ("Cách mạng Tháng Tám thành công.", ["1945-08"]),
    ("Trong kháng chiến chống Pháp, tỉnh là hậu phương vững chắc.", ["1945/1954"]),
    ("Cuộc Khởi nghĩa Bắc Sơn vào tháng 9/1940 là mốc son.", ["1940-09"]),
    # lunar
    ("Mùng 5 tháng 5 âm lịch năm 2020, người dân ăn Tết Đoan ngọ.", ["2020-06-25"]),
    ("Tết Nguyên đán Canh Tý, người dân sum vầy.", ["2020-01-25"]),
    ("Ngày 10/3 âm lịch năm 2019 là Giỗ Tổ.", ["2019-04-14"]),
    ("Tết Trung thu năm 2020 được tổ chức vui vẻ.", ["2020-10-01"]),
    # clock times
    ("17h ngày 26/4, đoàn xe xuất phát.", ["2020-04-26"]),
    ("Lúc 8 giờ 30 phút ngày 2/9/1945, buổi lễ bắt đầu.", ["1945-09-02"]),
    ("Từ giữa năm 2019 đến cuối năm 2020, dự án được triển khai.", ["2019-05/2020-12"]),
    ("Cuối thế kỷ XIX, đầu thế kỷ XX, thực dân Pháp xâm chiếm vùng này.", ["1867/1932"]),
    ("Chào mừng 75 năm thành lập Quân đội, đơn vị tổ chức hội thao.", ["1945"]),
    ("Đơn vị đã trải qua 90 năm chiến đấu và trưởng thành.", []),
    # anniversaries of named events
    ("Tỉnh tổ chức kỷ niệm 75 năm Cách mạng Tháng Tám và Quốc khánh 2/9.", ["1945-08", "1945-09-02"]),
    # parts and months in a relative year, day pairs
    ("Tháng 12 năm ngoái, dự án được khởi công.", ["2019-12"]),
    ("Quý I năm nay, kinh tế tăng trưởng 5%.", ["2020-33"]),
    ("Cuối năm ngoái, dự án hoàn thành.", ["2019-09/2019-12"]),
    ("Từ đầu năm đến nay, toàn tỉnh đón hơn 2 triệu lượt khách.", ["2020-01/.."]),
    ("6 tháng đầu năm, doanh thu tăng.", ["2020-40"]),
    ("Trong hai ngày 15 và 16/10, đại hội diễn ra.", ["2020-10-15/2020-10-16"]),
    ("Ngày 10 và 11/9/2020, tỉnh tổ chức hội thảo.", ["2020-09-10/2020-09-11"]),
    ("Ngày 10 và 20/9/2020, tỉnh tổ chức hai hội thảo.", ["2020-09-10", "2020-09-20"]),
    ("Trong thời kỳ chống Mỹ cứu nước, tỉnh chi viện cho miền Nam.", ["1954/1975"]),
    ("Trong 5 năm (2015 – 2020), tỉnh đạt nhiều thành tựu.", ["2015/2020"]),
    ("Vào các năm 2017, 2018 và 2019, tỉnh đều hoàn thành kế hoạch.", ["2017", "2018", "2019"]),
    # a story told day by day keeps its year; a news lead keeps the article's
    ("Sáng 16/9/1950, quân ta nổ súng. Sau 54 giờ chiến đấu, đến ngày 18/9, ta làm chủ cứ điểm.",
     ["1950-09-16", "1950-09-18"]),
    ("Ngày 19/12/1946, kháng chiến bùng nổ. Đến ngày 17/2, Trung đoàn Thủ đô rút khỏi Hà Nội.",
     ["1946-12-19", "1947-02-17"]),
    ("Năm 2019, tỉnh đạt nhiều thành tích.\n\nSáng 15/10, tỉnh tổng kết công tác.", ["2019", "2020-10-15"]),
    # seasons of campaigns, anniversaries whose object dates itself
    ("Chiến dịch diễn ra vào Thu Đông 1950.", ["1950-08/1950-12"]),
    ("Tỉnh tổ chức kỷ niệm 70 năm Chiến thắng Biên giới Thu Đông 1950 tại Đông Khê.", ["1950-08/1950-12"]),
    # not events
    ("Hằng năm, vào dịp 4/11, nhân dân tổ chức tưởng niệm.", []),
    ("Lễ hội được tổ chức thường niên vào ngày 10/3 âm lịch.", []),
    ("Văn phòng đã có 90 năm xây dựng và phát triển.", []),
    ("Chương trình kéo dài 10 ngày.", []),
    ("Đội vô địch lần thứ hai, sau 39 năm kể từ mùa giải 1985.", ["1985"]),  # how long since, not 39 years on
    ("Trong giai đoạn 1-2 tháng tới, giá lợn hơi sẽ tăng.", []),  # a count of months ahead, no date before them
    ("Trong 2-3 tuần tới, trời rét đậm.", []),
    ("Cụ năm nay đã 70 tuổi.", ["2020"]),
    ("Theo Bộ luật Hình sự 1999, hành vi này bị xử lý.", []),
    ("Căn cứ Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2017, tòa tuyên phạt bị cáo 12 năm tù.", []),
    ("Năm 2017, Quốc hội sửa đổi, bổ sung Luật Du lịch.", ["2017"]),
    ("Riêng quý II/2020, tăng trưởng đạt 7,1%, cao hơn quý I.", ["2020-34"]),
    ("Năm 2020, sản lượng đạt 2 triệu tấn, thấp hơn năm 2019.", ["2020"]),
    ("Căn cứ Hiến pháp năm 1992, Quốc hội ban hành luật.", []),
    ("Có 1945 người tham gia.", []),
    ("Tỷ lệ đạt 9/10 xã.", []),
    ("Giá trị đạt 2.500 tỷ đồng.", []),
    ("Đại hội Đảng bộ tỉnh lần thứ XVII thành công tốt đẹp.", []),
    ("9 cá nhân được khen thưởng.", []),
    ("Điện thoại liên hệ: 0205 3870 123.", []),
    # nights across two days, century ranges, BCE centuries
    ("Đêm 16 rạng sáng 17/9/1950, quân ta nổ súng.", ["1950-09-16/1950-09-17"]),
    ("Đêm 31/1 rạng sáng 1/2/1968, quân giải phóng tiến công.", ["1968-01-31/1968-02-01"]),
    ("Tối 18 rạng sáng 19 tháng 12 năm 1946, toàn quốc kháng chiến.", ["1946-12-18/1946-12-19"]),
    ("Trong các thế kỷ XI - XIV, Thăng Long phát triển.", ["10XX/13XX"]),
    ("Từ thế kỷ XV đến thế kỷ XVIII, làng nghề phát triển.", ["14XX/17XX"]),
    ("Từ thế kỷ III đến thế kỷ I TCN, văn hóa Đông Sơn phát triển.", ["-0300/-0001"]),
    # two centuries side by side after a comma
    ("Vào khoảng thế kỷ thứ 6, thứ 7, Quốc gia Nam Chiếu ra đời.", ["05XX/06XX"]),
    # a century (or a part of one) and a year at the ends of 'từ … đến'
    ("Từ thế kỷ XV đến năm 1789, vùng đất này thuộc châu Văn Uyên.", ["14XX/1789"]),
    ("Từ năm 1428 đến cuối thế kỷ XVIII, nhà Lê cai trị.", ["1428/1799"]),
    ("Từ đầu thế kỷ XX đến năm 1945, nhân dân chịu ách đô hộ.", ["1900/1945"]),
    ("Thế kỷ XV - năm 1789 là hai mốc được nhắc tới.", ["14XX", "1789"]),
    ("Vào thế kỷ III TCN, nước Âu Lạc ra đời.", ["-0300/-0201"]),
    # lunar months and can-chi years; a restatement of the same day is one event
    ("Mùng 7 tháng Giêng năm Canh Tý, lễ hội khai mạc.", ["2020-01-31"]),
    ("Ngày 16/2/2024 (tức mùng 7 tháng Giêng năm Giáp Thìn), lễ hội khai mạc.", ["2024-02-16"]),
    ("Lễ hội diễn ra từ mùng 4 đến mùng 6 tháng Giêng năm Kỷ Hợi.", ["2019-02-08/2019-02-10"]),
    ("Ngày 6 tháng Giêng năm 1946, cả nước đi bầu cử.", ["1946-01-06"]),
    # what a figure is compared with, what comes back every year, a year said again
    ("Năm 2022, doanh thu tăng 20% so với cùng kỳ năm 2021.", ["2022"]),
    ("Sản lượng lúa tăng 5% so với năm 2019.", []),
    ("Năm 2024, số ca mắc tăng gấp ba lần năm 2023.", ["2024"]),
    ("So với Đại hội lần thứ VIII năm 2018, số huy chương tăng gấp đôi.", []),
    ("Mỗi dịp tháng 9, cựu chiến binh về thăm chiến trường xưa.", []),
    ("Ngày 16/2/2024, huyện tổ chức Lễ hội Lồng tồng năm 2024 tại thị trấn.", ["2024-02-16"]),
    ("Năm nay, lễ hội diễn ra từ ngày 25 đến 27/1.", ["2020-01-25/2020-01-27"]),
    # a year opening the sentence, said again by a time set after the clause it times
    ("Năm 2018, mùa mưa đến sớm hơn mọi năm, vào đầu tháng 4.", ["2018-04-01/2018-04-10"]),
    ("Năm ngoái, lúa chín muộn, vào ngày 20/6.", ["2019-06-20"]),
    ("Năm 2018, mùa mưa đến sớm, vào tháng 4, và kéo dài tới tháng 11.", ["2018-04", "2018-11"]),
    # ('từ …' then 'kéo dài đến …' is one stretch; an opening day 'vào …' stays a day of its own)
    ("Mùa khô bắt đầu từ tháng 11/2019 và kéo dài đến tháng 4/2020.", ["2019-11/2020-04"]),
    # dynasties as times, and as the houses that acted; a bracketed period after a name
    ("Dưới thời nhà Nguyễn, Lạng Sơn là trấn biên giới.", ["1802/1945"]),
    ("Nhà Lý và nhà Trần xây dựng Thăng Long thành trung tâm văn hóa.", []),
    ("Nhà Lý (1009 - 1225) dời đô ra Thăng Long.", ["1009/1225"]),
    # counted months of a year; solar holidays; a man named Quốc Khánh
    ("9 tháng năm 2020, thu ngân sách đạt 75% dự toán.", ["2020-01/2020-09"]),
    ("Trong 6 tháng năm 2019, tỉnh đón 2 triệu lượt khách.", ["2019-40"]),
    ("Tháng Năm 2019, đoàn công tác lên đường.", ["2019-05"]),
    ("Dịp nghỉ lễ Quốc khánh 2/9 vừa qua, khách du lịch tăng.", ["2020-09-02"]),
    ("Mừng Quốc khánh 2/9/2019, tỉnh tổ chức bắn pháo hoa.", ["2019-09-02"]),
    ("Đồng chí Đặng Quốc Khánh được bầu làm Bí thư Tỉnh ủy.", []),
    # the eve before a named Tết; a lunar restatement in the head's year; years before now
    ("Đêm giao thừa Tết Kỷ Hợi, người dân đón năm mới.", ["2019-02-04"]),
    ("Tối 15/10 (tức ngày 29/8 âm lịch), nhân dân làm lễ.", ["2020-10-15"]),
    # 'tháng sau', 'năm sau' in a story of the past count from the date told before; 'năm ấy'
    # with a part of it; a counted month is a duration
    ("Tháng 3/1979, ông nhập ngũ. Tháng sau, đơn vị lên biên giới.", ["1979-03", "1979-04"]),
    ("Năm 1954, ông về quê. Năm sau, ông lấy vợ.", ["1954", "1955"]),
    ("Đầu năm 1965, ông nhập ngũ. Cuối năm ấy, ông vào Nam.", ["1965-01/1965-04", "1965-09/1965-12"]),
    ("Năm 2020, tỉnh tăng trưởng 5%. Năm sau, tỉnh phấn đấu đạt 6%.", ["2020", "2021"]),
    ("Chỉ hơn một tháng sau, ông được bầu làm Bí thư.", []),
    # the last day of the lunar year; a holiday's day after 'lễ'
    ("Đêm 30 Tết Canh Tý, người dân xem bắn pháo hoa.", ["2020-01-24"]),
    ("Kỳ nghỉ lễ 2/9 năm nay kéo dài 4 ngày.", ["2020-09-02"]),
    # counted quarters and months of a year in words; halves and weeks of a month
    ("Trong 3 quý đầu năm 2020, tỉnh thu hút 10 dự án.", ["2020-01/2020-09"]),
    ("Quý cuối năm, các doanh nghiệp tăng tốc.", ["2020-36"]),
    ("Hai tháng đầu năm, tỉnh đón 100.000 khách.", ["2020-01/2020-02"]),
    ("Nửa cuối tháng 10, mưa lớn kéo dài.", ["2020-10-16/2020-10-31"]),
    # a dotted day and month after a part of the day (Lao Động's style); a dotted number alone is none
    ("Chiều 5.3, UBND tỉnh họp báo.", ["2020-03-05"]),
    ("Tối 1.5, pháo hoa được bắn.", ["2020-05-01"]),
    ("Giá xăng tăng 1.5 lần.", []),
    # from a part of one month to a part of another: one stretch
    ("Từ giữa tháng 8 đến đầu tháng 9/2024, công trình tạm dừng.", ["2024-08-11/2024-09-10"]),
    ("Từ tháng 8 đến cuối tháng 9/2024, công trình tạm dừng.", ["2024-08/2024-09-30"]),
    ("Từ cuối tháng 12/2023 đến đầu tháng 1/2024, rét đậm kéo dài.", ["2023-12-21/2024-01-10"]),
    ("Từ cuối tháng 1 đến giữa tháng 2/2019, rét đậm kéo dài.", ["2019-01-21/2019-02-20"]),
    ("Cuối tháng 2 sang đầu tháng 3/2019, mưa phùn kéo dài.", ["2019-02-21/2019-03-10"]),
    ("Tuần đầu tháng 12, tỉnh tổ chức hội chợ.", ["2020-12-01/2020-12-07"]),
    ("Tuần cuối cùng của tháng 12/2019, giá lúa tăng.", ["2019-12-25/2019-12-31"]),
    # weeks counted in the year (ISO weeks, as health reports count them)
    ("Tuần 45/2025, cả nước ghi nhận 3.000 ca sốt xuất huyết.", ["2025-11-03/2025-11-09"]),
    ("Trong tuần thứ 1 năm 2026, có 10 ca mắc.", ["2025-12-29/2026-01-04"]),
    ("Đây là tuần thứ 2 liên tiếp giá vàng tăng.", []),
    ("Tuần 54/2025 không có.", []),
    # its days in brackets are the same week; the number alone later is a week of the year told
    ("Tuần 46/2025 (từ ngày 10 đến 16/11), có 412 ca. Trong tuần 46, có 18 ổ dịch mới.",
     ["2025-11-10/2025-11-16", "2025-11-10/2025-11-16"]),
    ("Trong tuần 46, có 18 ổ dịch mới.", []),
    ("Những năm tháng ấy, ông không bao giờ quên.", []),
    # a year-less date said to come is the next one, one said gone the last one (the article: 16/10/2020)
    ("Tháng 1 tới, tỉnh khởi công dự án.", ["2021-01"]),
    ("Ngày 5/1 tới, hội nghị sẽ khai mạc.", ["2021-01-05"]),
    ("Tháng 12 vừa qua, tỉnh đón 50.000 khách.", ["2019-12"]),
    ("Tháng 9 vừa qua, tỉnh đón 50.000 khách.", ["2020-09"]),
    # New Year's day, the lunar one in a sentence of Tết or spring; a part of the new year otherwise
    ("Ngay trong ngày đầu năm mới, lực lượng CSGT đã ra quân.", ["2020-01-01"]),
    ("Ngày đầu năm mới, người dân đi lễ chùa đầu xuân.", ["2021-02-12"]),  # the nearest Tết
    # a site named after an event, and the event a later time is counted from, are no times told
    ("Di tích Trường Vũ Lăng thuộc Khu di tích Khởi nghĩa Bắc Sơn đã được xếp hạng từ năm 1992.", ["1992"]),
    ("Đầu tháng 10 năm 1940, sau 4 ngày cuộc Khởi nghĩa Bắc Sơn bùng nổ, Xứ ủy Bắc Kỳ họp hội nghị.",
     ["1940-10-01/1940-10-10"]),
    # 'sau N năm …' in a sentence that has told its date says how long, not when
    ("Ngày 28/1/1941, sau 30 năm xa Tổ quốc, Bác Hồ về nước.", ["1941-01-28"]),
    ("Năm 1970, ông nhập ngũ. Sau 5 năm chiến đấu, ông trở về quê.", ["1970", "1975"]),
    # a commune named like a feast is no feast; a count before a pair names the anniversary
    # without 'kỷ niệm', and the feast it commemorates is told by the founding day
    ("Sáng 22/11/2020, lễ khánh thành đường biên giới diễn ra tại xã Quốc Khánh, huyện Tràng Định.", ["2020-11-22"]),
    ("Các đại biểu ôn lại truyền thống 31 năm Ngày Biên phòng toàn dân (3/3/1989 - 3/3/2020).",
     ["1989-03-03", "2020-03-03"]),
    # a lunar restatement with its cycle year and no 'năm' gives the solar day its year; one in
    # brackets with more words, inside the solar stretch, is no event of its own
    ("Lễ hội diễn ra vào ngày 20/2 (tức 13 tháng giêng Bính Thân) tại sân vận động.", ["2016-02-20"]),
    ("Thời gian: từ ngày 15/02/2019 đến hết ngày 16/02/2019 (thứ sáu, thứ bảy, ngày 11 và ngày 12 tháng Giêng "
     "năm Kỷ Hợi).", ["2019-02-15/2019-02-16"]),
    # a law cited by its abbreviation and year is a name
    ("Chiều 24/5/2023, tòa xét xử bị cáo theo khoản 4, điều 194 BLHS năm 1999.", ["2023-05-24"]),
    # two centuries side by side are one stretch; a century before another kind of date ends at its number
    ("Vào các thế kỷ 19 và 20, ải Chi Lăng lại chứng kiến những chiến công.", ["18XX/19XX"]),
    ("Thế kỷ XV và năm 1427 là mốc lớn của ải Chi Lăng.", ["14XX", "1427"]),
    # more relative days as news writes them
    ("Sáng sớm nay, nhiệt độ ở miền Bắc giảm sâu.", ["2020-10-16"]),
    ("Đêm hôm qua, trời rét đậm.", ["2020-10-15"]),
    ("Trưa mai, đoàn công tác sẽ về xã.", ["2020-10-17"]),
    # a stretch of months that opens with a part of its first month starts on the part's first day
    ("Thời vụ gieo trồng từ trung tuần tháng 02 đến hết tháng 3/2021.", ["2021-02-11/2021-03-31"]),
    ("Từ cuối tháng 11 đến tháng 2/2021, trời rét đậm.", ["2020-11-21/2021-02-28"]),
    # anniversaries listed after one cue each count back from the article's year, not from a year
    # inside what the first commemorates; a campaign's seasons written with a dash
    ("Triển lãm là hoạt động nhân kỷ niệm 73 năm Chiến thắng Chiến dịch Việt Bắc Thu - Đông năm 1947 và 70 năm "
     "Giải phóng Lạng Sơn, 18 năm thành lập thành phố Lạng Sơn.", ["1947", "1950", "2002"]),
    # a year-less solar day restated by a lunar day of a year named in the cycle: that year's, one event
    ("Ngày 24/2 (ngày 20 tháng Giêng năm Kỷ Hợi), tại thành phố Lạng Sơn đã diễn ra Lễ hội Kỳ Cùng - Tả Phủ.",
     ["2019-02-24"]),
    # 'N years ago (then - now)': what happened is then; a relative day with its date, no bracket
    ("Cách đây 72 năm (9/1940-9/2012), Đảng bộ Bắc Sơn đã phát động quần chúng nổi dậy.", ["1940-09"]),
    ("Sáng nay 16/10, UBND tỉnh tổ chức hội nghị.", ["2020-10-16"]),
    # a date alone in brackets saying again its sentence's date is no event of its own
    ("Ngày 27-9-1940, cuộc khởi nghĩa Bắc Sơn (ngày 27/9/1940) đã thức tỉnh tinh thần cách mạng.", ["1940-09-27"]),
    ("Trong những năm 1925 và 1926, phong trào đòi thả cụ Phan Bội Châu (1925) lan rộng.", ["1925", "1926"]),
    # a road's number before a date of its own is no first day of a list
    ("Quân Pháp tháo chạy trên đường 4, ngày 17/10/1950, những tên lính cuối cùng rút đi.", ["1950-10-17"]),
    # an anniversary told by its ordinal counts back as one told in years; an ordinal congress does not
    ("Sáng 16/10/2020, Tỉnh ủy tổ chức Lễ kỷ niệm lần thứ 71 Ngày giải phóng Lạng Sơn.", ["2020-10-16", "1949"]),
    ("Đại hội lần thứ 13 của Đảng diễn ra năm 2021.", ["2021"]),
    # last year's lunar day is the lunar year before the one nearest the article's time (and
    # 'Năm ngoái', opening the clause the day is in, says that year again: no event of its own)
    ("Năm ngoái, tôi bán hết hàng từ ngày 25 tháng Chạp.", ["2020-01-19"]),
    ("Mùa đông năm ngoái, đỉnh núi có băng giá vào các ngày 22 và 23/1/2020.", ["2020-01-22/2020-01-23"]),
    # a word praising a time between it and its year; parts of a year listed share the last's year
    ("Vào những ngày cuối tháng 4 lịch sử năm 1975, quân ta tiến vào Sài Gòn.", ["1975-04-21/1975-04-30"]),
    ("Tháng 8 lịch sử năm 1945, nhân dân cả nước vùng lên.", ["1945-08"]),
    ("Quý I và quý II năm 2021, tăng trưởng đạt 8%.", ["2021-33", "2021-34"]),
    ("6 tháng đầu năm và quý III/2021, tỉnh thu hút 20 dự án.", ["2021-40", "2021-35"]),
    # the occasion a figure is compared with, and its year, are no event
    ("Toàn tỉnh đón 152.000 lượt khách, tăng 12% so với dịp nghỉ lễ năm 2024.", []),
    # dynasties' eras, with the word that makes them a time
    ("Thành được xây dựng vào thời Lê Trung hưng.", ["1533/1789"]),
    ("Đêm Giáng sinh năm nay, nhà thờ tổ chức thánh lễ.", ["2020-12-24"]),
    ("Nhân Ngày Sách Việt Nam, thư viện tỉnh trưng bày 2.000 cuốn sách.", ["2020-04-21"]),
    ("Sau ngày miền Nam hoàn toàn giải phóng, ông trở về quê.", ["1975-04-30/.."]),
    ("Những năm đầu đổi mới, kinh tế tỉnh còn nhiều khó khăn.", ["1986/1990"]),
    ("Ngày 30/4/1975, miền Nam hoàn toàn giải phóng.", ["1975-04-30"]),  # the written date, once
    ("Thời Lê sơ, vùng đất này thuộc trấn Lạng Sơn.", ["1428/1527"]),  # the early Lê, not all of the later
    ("Trong cuộc chiến tranh phá hoại lần thứ nhất, tỉnh bắn rơi 10 máy bay.", ["1964-08-05/1968-11-01"]),
    ("Trong chiến tranh phá hoại miền Bắc lần thứ hai, tỉnh bắn rơi 6 máy bay.", ["1972-04-06/1973-01-15"]),
    ("Thành nhà Mạc nằm trên sườn núi Tô Thị.", []),
    # 'vừa qua' counts from the article's time, not from a year the sentence told before it
    ("Chiếc máy chữ được dùng từ năm 1947 đến năm 1954, do gia đình trao tặng hồi tháng 5 vừa qua.",
     ["1947/1954", "2020-05"]),
    # spaces typed around the separators
    ("Ngày 20 / 11 / 2020, hội nghị khai mạc.", ["2020-11-20"]),
    ("Ngày 20/11/ 2020, hội nghị khai mạc.", ["2020-11-20"]),
    ("Ngày 20- 11-2020, hội nghị khai mạc.", ["2020-11-20"]),
    # the same time of another year is a comparison
    ("Cùng thời điểm năm 2019, tỉnh chỉ đón 1 triệu khách.", []),
    ("Thời điểm này năm ngoái, giá lúa chỉ bằng một nửa.", []),
    # 'từ đó' counts from the date told before; 'sau đó 2 năm' too
    ("Năm 1999, lễ hội được khôi phục. Từ đó đến nay, lễ hội được tổ chức hằng năm.", ["1999", "1999/.."]),
    ("Năm 1947, ông lên Việt Bắc. Từ đó đến năm 1954, ông hoạt động ở Việt Bắc.", ["1947", "1947/1954"]),
    ("Năm 1960, ông về quê. Sau đó 2 năm, ông được điều về tỉnh.", ["1960", "1962"]),
    ("Từ đó đến nay, hội đã có 500 hội viên.", []),
    # a plan's horizon is part of its name
    ("Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 được phê duyệt.", ["2021/2030"]),
    # days of Tết; a can-chi year with its solar year in brackets
    ("Mồng 3 Tết Canh Tý, người dân đi chúc Tết thầy.", ["2020-01-27"]),
    # before 1900, beyond the calendar library's checked years: its astronomy still gives the day
    ("Ngày 5 tháng Giêng năm Kỷ Dậu (1789), quân Tây Sơn tiến vào Thăng Long.", ["1789-01-30"]),
    # years of a reign era; a bracketed year that says it again is one event
    ("Năm Cảnh Hưng thứ 40, làng dựng bia.", ["1779"]),
    ("Năm Minh Mạng thứ 12 (1831), nhà Nguyễn lập tỉnh Lạng Sơn.", ["1831"]),
    ("Vua Minh Mạng cho đổi tên trấn thành tỉnh.", []),
    # two dynasties named together are one time
    ("Dưới thời Lý – Trần, Phật giáo phát triển.", ["1009/1400"]),
    # a named war with a word inside its usual name
    ("Trong 9 năm kháng chiến trường kỳ chống thực dân Pháp, Cao Bằng là căn cứ địa.", ["1945/1954"]),
    # the turn of a century; a weekday of a week told against the article's
    ("Cuối thế kỷ XIX đầu thế kỷ XX, thực dân Pháp hoàn thành xâm lược.", ["1867/1932"]),
    ("Thứ Hai tuần trước, đoàn công tác đến xã.", ["2020-10-05"]),
    ("Sáng thứ Sáu tuần sau, hội nghị khai mạc.", ["2020-10-23"]),
    # an age counts from the birth the article told; not without one, nor from a death
    ("Ông sinh năm 1920 tại Lạng Sơn. Năm 17 tuổi, ông tham gia cách mạng.", ["1920", "1937"]),
    ("Năm 17 tuổi, ông tham gia cách mạng.", []),
    ("Ông hy sinh ngày 24/5/1944. Năm 20 tuổi, con trai ông nhập ngũ.", ["1944-05-24"]),
    # an age that says how old someone was on the day the paragraph has just told is no other event
    ("Chị sinh năm 1947. Đêm 14 rạng sáng 15/7/1968, máy bay địch ném bom. Chị hy sinh khi mới 21 tuổi.",
     ["1947", "1968-07-14/1968-07-15"]),
    ("Chị sinh năm 1947. Năm 1965, chị nhập ngũ. Năm 20 tuổi, chị được kết nạp Đảng.", ["1947", "1965", "1967"]),
    # a season over two years; not two years that do not follow
    ("Ở mùa giải 2023/2024, đội bóng lần đầu vô địch.", ["2023/2024"]),
    # seasons with the second year in two digits: after a season's word, or a slash and the next year
    ("Năm học 2024-25, trường có 1.200 học sinh.", ["2024/2025"]),
    ("Đội bóng vô địch hai mùa giải liên tiếp 2023/24 và 2024/25.", ["2023/2024", "2024/2025"]),
    ("Công văn số 2023/24 của Sở đã nêu rõ.", []),
    ("Tỷ số trận đấu là 2024-25 điểm.", []),
    ("Hồ sơ số 2023/2025 đã được duyệt.", []),
    # the second year in two digits, before a comma too; a count after a year is no season
    ("Mùa giải 2024/25, câu lạc bộ đặt mục tiêu trụ hạng.", ["2024/2025"]),
    ("Năm học 2024-25, trường có 40 lớp.", ["2024/2025"]),
    # a list of months closed by 'hằng năm' recurs throughout; the new year named by its year
    ("Dịch thường đạt đỉnh vào tháng 9 và tháng 10 hằng năm.", []),
    # 'năm tháng ấy' are those years, no month told before
    ("Năm 1968, ông nhập ngũ. Những năm tháng ấy, thầy trò vừa học vừa sản xuất.", ["1968"]),
    ("Nhân dịp đầu năm mới 2025, phóng viên đã trao đổi với ông.", ["2025"]),
    # the end of one month and the start of the next, side by side
    ("Dự kiến cuối tháng 5, đầu tháng 6/2025, bà con sẽ thu hoạch lúa.", ["2025-05-21/2025-06-10"]),
    ("Đến năm 2024, 25 xã đạt chuẩn.", ["2024"]),
    # an anniversary of a name after the cue counts back from the ceremony's own year
    ("Năm 2010, Hà Nội tổ chức Đại lễ kỷ niệm 1.000 năm Thăng Long - Hà Nội.", ["2010", "1010"]),
    # parts of a week told against the article's; how long one waited is no time
    ("Cuối tuần này, nhiệt độ tăng dần.", ["2020-10-17/2020-10-18"]),
    ("Cuối tuần qua, lễ hội thu hút nhiều du khách.", ["2020-10-10/2020-10-11"]),
    ("Đội bóng lần đầu vô địch sau 39 năm chờ đợi.", []),
    ("Năm 1960, ông nhập ngũ; sau 5 năm, ông trở về quê.", ["1960", "1965"]),
    # the end of one year and the start of the next, side by side: one stretch of time
    ("Cuối năm 1974 đầu năm 1975, Bộ Chính trị họp.", ["1974-09/1975-04"]),
    ("Cuối 1974 - đầu 1975, Bộ Chính trị họp.", ["1974-09/1975-04"]),
    ("Cuối năm 1974 sang đầu năm 1975, Bộ Chính trị họp.", ["1974-09/1975-04"]),
    ("Đầu năm 2019 và cuối năm 2020, tỉnh tổ chức hội nghị.", ["2019-01/2019-04", "2020-09/2020-12"]),
    # whatever follows 'tức' says the date again, even as a list of lunar days
    ("Lễ hội diễn ra từ ngày 16 đến 17/2/2024 (tức mùng 7 và mùng 8 tháng Giêng năm Giáp Thìn).",
     ["2024-02-16/2024-02-17"]),
    ("Ngày 21/3/2022, tức ngày 19 tháng Hai năm Nhâm Dần, nhân dân mở hội.", ["2022-03-21"]),
    ("Cách đây 50 năm, quân và dân ta giành thắng lợi.", ["1970"]),
    ("Cách đây đúng 70 năm, quân ta mở chiến dịch.", ["1950"]),
    # a stretch from a day counted from today to another is one event
    ("Từ chiều tối nay đến ngày mai (17/10), khu vực vùng núi có mưa to.", ["2020-10-16/2020-10-17"]),
    ("Từ đêm nay đến sáng mai, nhiệt độ giảm mạnh.", ["2020-10-16/2020-10-17"]),
    ("Từ ngày mai đến hết ngày 20/10, mưa lớn tiếp diễn.", ["2020-10-17/2020-10-20"]),
    ("Trong đêm nay và ngày mai, các tỉnh Bắc Bộ có mưa rào.", ["2020-10-16", "2020-10-17"]),
    # a feast held every year of the stretch told after it is no day of its own
    ("Tỉnh khen thưởng thành tích tổ chức Ngày hội Đại đoàn kết toàn dân tộc giai đoạn 2003 - 2023.", ["2003/2023"]),
    ("Ngày hội Đại đoàn kết toàn dân tộc năm 2023 được tổ chức tại thôn Nà Pàn.", ["2023-11-18"]),
    # a count back from today that the sentence dates outright is that date told twice
    ("Cách đây tròn 90 năm tại Hương Cảng, từ ngày 3/2 đến ngày 7/2/1930 hội nghị hợp nhất diễn ra.",
     ["1930-02-03/1930-02-07"]),
    ("Cách đây hơn 70 năm, ngày 7/5/1954, quân ta toàn thắng.", ["1954-05-07"]),
    ("Cách đây 50 năm, quân ta mở chiến dịch; năm 1990, tỉnh được tái lập.", ["1970", "1990"]),
    # a date in a list cues the next; ratios do not
    ("Ngày 10/10 và 15/10, tỉnh tổ chức hai hội nghị.", ["2020-10-10", "2020-10-15"]),
    ("Tỷ lệ 9/10 và 8/10 xã đạt chuẩn.", []),
    # a clock time before a relative day is no count
    ("9h30 sáng nay, đoàn đến xã Tân Thanh.", ["2020-10-16"]),
    # parts of a relative month; from the article's day to a date
    ("Cuối tháng này, dự án hoàn thành.", ["2020-10-21/2020-10-31"]),
    ("Đầu tháng trước, giá xăng tăng.", ["2020-09-01/2020-09-10"]),
    ("Từ nay đến cuối năm, tỉnh tập trung giải ngân.", ["2020-10-16/2020-12"]),
    ("Từ nay đến năm 2019, tỉnh làm gì?", []),
    # day parts and clock times open the second end of a range
    ("Từ chiều 7/9 đến sáng 9/9, mưa rất to.", ["2020-09-07/2020-09-09"]),
    ("Từ 7h ngày 5/9 đến 17h ngày 6/9, tỉnh cắt điện.", ["2020-09-05/2020-09-06"]),
    # two days with a comma after 'ngày'; 'Từ ngày' opens a range
    ("Kỳ thi diễn ra trong các ngày 27, 28/6.", ["2020-06-27/2020-06-28"]),
    ("Tỷ lệ 5, 6/10 học sinh đạt yêu cầu.", []),
    ("Từ ngày 15/12/2019 đến ngày 15/1/2020, tỉnh tổ chức tháng cao điểm.", ["2019-12-15/2020-01-15"]),
    # a festival's days 'hằng năm' after them recur
    ("Lễ hội được tổ chức từ ngày 22 đến 27 tháng Giêng âm lịch hằng năm.", []),
    # days told against the last date
    ("Sáng thứ Hai (12/10), đoàn dâng hương. Lúc 14h30 cùng ngày, Ban Thường vụ họp. Ngày hôm sau, đoàn về cơ sở.",
     ["2020-10-12", "2020-10-12", "2020-10-13"]),
    ("Ngày 5/6/1950, hội nghị khai mạc. Một tuần sau, quân ta tấn công.", ["1950-06-05", "1950-06-12"]),
    ("Ngày 2/9/1945, Bác đọc Tuyên ngôn độc lập. Trước đó một tuần, Bác về Hà Nội.", ["1945-09-02", "1945-08-26"]),
    # months counted from the month told before; a count from a named event or a stretch is none
    ("Ngày 3/2/1930, Đảng ra đời. Ba tháng sau, chi bộ đầu tiên được thành lập.", ["1930-02-03", "1930-05"]),
    ("Tháng 11/1947, ông nhập ngũ. Hai tháng sau đó, ông bị thương.", ["1947-11", "1948-01"]),
    ("Tháng 3/1947, ông nhập ngũ. Sau 6 tháng, ông được cử đi học.", ["1947-03", "1947-09"]),
    ("Năm 1947, ông nhập ngũ. Ba tháng sau, ông bị thương.", ["1947"]),
    ("Tháng 3/1947, ông nhập ngũ. Ba tháng sau Cách mạng, ông bị thương.", ["1947-03"]),
    ("Tháng 3/2025, dự án khởi công. Trong 6 tháng sau, công trình hoàn thành.", ["2025-03"]),
    ("Tháng 3/2025, dự án khởi công. Sau 3 tháng thi công, công trình hoàn thành.", ["2025-03"]),
    # (a week after Tết counts from Tết's first day, 17/2/1950, not from the day told before)
    ("Ngày 5/3/1950, hội nghị khai mạc. Một tuần sau Tết, quân ta tấn công.", ["1950-03-05", "1950-02-24"]),
    # a year-less date with the words that give it the year told before is one expression
    ("Ngày 10/3/1947, quân Pháp tấn công. Tháng 10 cùng năm, chúng mở cuộc hành quân.", ["1947-03-10", "1947-10"]),
    ("Năm 1954, ông tham gia chiến dịch. Tháng 12 năm đó, ông được kết nạp Đảng.", ["1954", "1954-12"]),
    # the month told before
    ("Ngày 20/12/1960, Mặt trận ra đời. Cũng trong tháng đó, nhiều cuộc đồng khởi nổ ra.", ["1960-12-20", "1960-12"]),
    ("Tháng 5/1945, Tỉnh ủy được thành lập. Cùng tháng, đội du kích ra đời.", ["1945-05", "1945-05"]),
    ("Chương trình diễn ra trong tháng đó.", []),
    ("Mùa xuân năm Tân Tỵ 1941, Bác Hồ về nước.", ["1941-02/1941-04"]),
    # a year named in the sixty-year cycle is the one near the story's time
    ("Năm 1944, quân Nhật chiếm đóng. Năm Ất Dậu, nạn đói hoành hành khắp miền Bắc.", ["1944", "1945"]),
    # an anniversary of a coming into being or of a refounding, with its pair of years or days
    ("Sáng 18/5/2023, tỉnh kỷ niệm 80 năm ra đời Đề cương về văn hóa Việt Nam (1943 - 2023).",
     ["2023-05-18", "1943", "2023"]),
    ("Ngày 1/10/2021, tỉnh tổ chức lễ kỷ niệm 30 năm tái lập tỉnh (1/10/1991 - 1/10/2021).",
     ["2021-10-01", "1991-10-01", "2021-10-01"]),
    # a year of two digits after a day's word: the century that puts it at or before the article
    ("Ngày 2-9-45, Bác đọc Tuyên ngôn độc lập.", ["1945-09-02"]),
    ("Ngày 20/10/20, trường tổ chức lễ kỷ niệm.", ["2020-10-20"]),
    ("Tỷ lệ 2/9/45 học sinh đạt yêu cầu.", []),
    # a solar day said again in brackets by its lunar day, with or without 'tức': one day, and
    # the story's 'before that' counts from it
    ("Lễ dâng hương vào sáng 7/4/2025 (mùng 10 tháng 3). Trước đó, tối 6/4, tỉnh tổ chức lễ hội.",
     ["2025-04-07", "2025-04-06"]),
    ("Lễ dâng hương vào sáng 7/4/2025 (tức mùng 10 tháng 3). Trước đó, tối 6/4, tỉnh tổ chức lễ hội.",
     ["2025-04-07", "2025-04-06"]),
    # a day and month typed with a space at the slash, after a day's word; a share stays none
    ("Ngày 22 /7/2025, Đảng bộ xã tổ chức đại hội.", ["2025-07-22"]),
    ("Ngày 22/ 7, Đảng bộ xã tổ chức đại hội.", ["2020-07-22"]),
    ("Tỷ lệ 3 / 4 số hộ đạt chuẩn năm 2024.", ["2024"]),
    # a count of years and, after a word or two of what lasted, the date it came to: that date
    ("Năm 1962, hai tỉnh sáp nhập thành tỉnh Hà Bắc. Sau 35 năm tồn tại, đến ngày 1/1/1997, Hà Bắc lại tách đôi.",
     ["1962", "1997-01-01"]),
    # the days of a season pair written small, after 'những ngày'; a count restated by it
    ("Cách đây 70 năm, vào những ngày thu đông năm 1950 lịch sử, quân và dân Lạng Sơn đã buộc địch rút chạy.",
     ["1950-08/1950-12"]),
    # a day of the calendar that became a yearly day is no event
    ("Năm 1956, bảo tàng được thành lập. Từ đó, ngày 17-7 trở thành ngày truyền thống của bảo tàng.", ["1956"]),
    # days listed with their month in words
    ("Trong các ngày 28, 29 tháng 4 năm 1975, Mỹ di tản người khỏi Sài Gòn.", ["1975-04-28/1975-04-29"]),
    ("Các ngày 5, 12 và 19 tháng 3 năm 2025, huyện tổ chức chợ phiên.", ["2025-03-05", "2025-03-12", "2025-03-19"]),
    # a day of Tết with the feast's full name
    ("Ngày mùng 2 Tết Nguyên đán 2025, chợ mở cửa.", ["2025-01-30"]),
    # the day in words, the month and year in figures
    ("Ngày 30 tháng 3/1972, quân ta tấn công.", ["1972-03-30"]),
    ("Ngày 1 tháng 4-1972, lực lượng rút khỏi căn cứ.", ["1972-04-01"]),
    # a period still running, told up to a year
    ("Cuốn sách phản ánh thành tựu trong thời kỳ đổi mới cho đến năm 2015.", ["1986/2015"]),
    # a named revolution's month number that goes on as a date is that date
    ("Ông tham gia cách mạng tháng 8/1947, vào Đảng năm 1950.", ["1947-08", "1950"]),
    # before or after a day named in words, then its date (a year so named is the year)
    ("Trước ngày thống nhất đất nước 30/4/1975, miền Bắc có 28 tỉnh.", ["../1975-04-30"]),
    ("Sau ngày giải phóng 10/10/1949, thị xã được xây dựng lại.", ["1949-10-10/.."]),
    ("Sau ngày hòa bình lập lại năm 1954, xã bắt tay vào sản xuất.", ["1954"]),
    # a year of two digits opening its clause, in a history of the first centuries; elsewhere a count
    ("Năm 40, Hai Bà Trưng khởi nghĩa ở Mê Linh; đến năm 43, cuộc khởi nghĩa thất bại. Năm 248, Bà Triệu khởi nghĩa.",
     ["0040", "0043", "0248"]),
    # (the names of the first centuries tell such a history too; without them, no year)
    ("Năm 40, Hai Bà Trưng phất cờ khởi nghĩa ở Mê Linh.", ["0040"]),
    ("Năm 40, ông phất cờ khởi nghĩa ở quê nhà.", []),
    ("Học sinh năm 2, năm 3 được miễn học phí. Năm 2024, trường có 500 học sinh.", ["2024"]),
    # a cycle year with its number after it (short, if the cycle agrees), a season of it; the
    # first years of the era
    ("Mùa xuân năm Canh Tý 40, Hai Bà Trưng khởi nghĩa.", ["0040-02/0040-04"]),
    ("Năm Giáp Thìn 20 hộ thoát nghèo, năm 2024 xã về đích.", ["1964", "2024"]),
    ("Đầu Công nguyên, vùng đất này thuộc quận Giao Chỉ.", ["0001/0099"]),
    # a reign era's first year, and a day or month of a reign year (of the court's lunar calendar)
    ("Năm Thành Thái nguyên niên (1889), làng lập chợ.", ["1889"]),
    ("Ngày 25 tháng 11 năm Tự Đức thứ 3 (tức ngày 28/12/1850), làng dựng đình.", ["1850-12-28"]),
    ("Ngày 15 tháng 8 năm Tự Đức thứ 3, làng dựng đình.", ["1850-09-20"]),
    # a year counted on is the story's year: 'that year' means it, and a further count goes on from it
    ("Ngày 15/1/1941, Chi bộ được thành lập. Hai năm sau, phong trào lan rộng. Cũng trong năm đó, đội du kích "
     "về Bình Gia. Ba năm sau, huyện giải phóng.", ["1941-01-15", "1943", "1943", "1946"]),
    # a winter-spring crop season: from the winter before to the spring of the year named
    ("Vụ Đông Xuân 2020-2021, tỉnh gieo cấy 20.000 ha.", ["2020-11/2021-04"]),
    ("Vụ Đông Xuân năm 2024, tỉnh gieo cấy 20.000 ha.", ["2023-11/2024-04"]),
    # the end of one decade and the start of the next, side by side: one stretch
    ("Cuối thập kỷ 80 đầu thập kỷ 90 của thế kỷ XX, kinh tế khủng hoảng.", ["1987/1992"]),
    # the first or last month (or quarter) of a year
    ("Trong tháng đầu tiên của năm 2017, xuất khẩu tăng.", ["2017-01"]),
    ("Trong tháng cuối cùng của năm 2017, xuất khẩu tăng.", ["2017-12"]),
    ("Trong tháng đầu năm 2017, xuất khẩu tăng.", ["2017-01"]),
    ("Trong quý đầu tiên của năm 2017, xuất khẩu tăng.", ["2017-33"]),
    # (at a sentence's end too)
    ("Ông hy sinh ngày 12/10/72.", ["1972-10-12"]),
    # the year after a comma, as English writes it; a count after a comma is no year
    ("Ngày 2 tháng 9, 1945, Bác đọc Tuyên ngôn độc lập.", ["1945-09-02"]),
    ("Ngày 15 tháng 10, 2024 người tham dự lễ hội.", ["2020-10-15"]),
    # dates written in words, as decrees and old documents write them
    ("Hà Nội, ngày hai tháng chín năm một nghìn chín trăm bốn mươi lăm.", ["1945-09-02"]),
    ("Ngày mười chín tháng mười hai năm 1946, Hồ Chủ tịch ra lời kêu gọi.", ["1946-12-19"]),
    ("Năm một nghìn chín trăm ba mươi, Đảng ra đời.", ["1930"]),
    ("Ngày hai mươi mốt tháng bảy năm hai nghìn không trăm hai mươi, hội nghị khai mạc.", ["2020-07-21"]),
    ("Mùng một tháng Giêng năm Canh Tý, nhân dân đi lễ chùa.", ["2020-01-25"]),
    ("Năm một nghìn người tham dự lễ hội.", []),
    # more named events of the histories (the lexicon), and a place that shares a name is none
    ("Năm 1427, chiến thắng Chi Lăng - Xương Giang đã đi vào lịch sử.", ["1427"]),
    ("Chiến dịch Tây Nguyên mở màn cho cuộc Tổng tiến công.", ["1975-03-04/1975-04-03"]),
    ("Người dân xã Đồng Khởi tổ chức lễ hội.", []),
    # a part of a season, written small
    ("Vào những ngày đầu xuân năm 1968, quân ta tổng tiến công.", ["1968-02/1968-04"]),
    ("Ông thu 1975 đồng tiền lãi.", []),
    # the start of a school year or of someone's second year is no start of this year
    ("Đầu năm học 2020-2021, trường đón 500 học sinh.", ["2020/2021"]),
    ("Cuối năm thứ hai, ông ra trường.", []),
    # a dot groups thousands: '2.500 năm trước' is no '500 năm trước'; '1.000 năm' is a thousand
    ("Khoảng 2.500 năm trước, cư dân Đông Sơn đã biết đúc trống đồng.", []),
    ("Lễ kỷ niệm 1.000 năm ngày thành lập làng được tổ chức.", ["1020"]),
    # lunar dates of the histories: the cycle year of the story told, or of the solar date that
    # says it again in brackets, which is one event with it and gives its day
    ("Cuối năm 1788, quân Thanh sang. Ngày 25 tháng 11 năm Mậu Thân (tức ngày 22/12/1788), Nguyễn Huệ lên ngôi.",
     ["1788-09/1788-12", "1788-12-22"]),
    ("Ngày 25 tháng 11 năm Mậu Thân (tức ngày 22/12/1788), Nguyễn Huệ lên ngôi.", ["1788-12-22"]),
    ("Năm 1792, vua ốm nặng. Ngày 29 tháng 7 năm Nhâm Tý (16/9/1792), vua qua đời.", ["1792", "1792-09-16"]),
    ("Năm 2023, ta chuẩn bị. Từ đêm 30 Tết đến mùng 5 Tết Giáp Thìn, cả làng vui xuân.", ["2023", "2024-02-09/2024-02-14"]),
    # how long, not when; a count of years said at once as a date is that date
    ("Năm 1979, chiến tranh nổ ra. Suốt 10 năm sau đó (1979 - 1989), chiến sự vẫn kéo dài.", ["1979", "1979/1989"]),
    ("Năm 1979, chiến tranh nổ ra. Trong gần 10 năm sau đó, chiến sự vẫn kéo dài.", ["1979"]),
    ("Năm 1979, chiến tranh nổ ra. 10 năm sau đó, hòa bình lập lại.", ["1979", "1989"]),
    ("Năm 1979, anh hy sinh. Gần 40 năm sau, tháng 7/2018, hài cốt anh được quy tập.", ["1979", "2018-07"]),
    # a speaker's 'that year' is of the speaker's story, not of the date told before the quote
    ('Năm 2019, tỉnh tổ chức lễ dâng hương. Ông Sáu kể: "Năm ấy, tôi mới 23 tuổi".', ["2019"]),
    ('Ông Sáu kể: "Tháng 2/1979, tôi nhập ngũ. Cũng trong năm ấy, tôi bị thương".', ["1979-02", "1979"]),
    # until a day, from the article's; a school year the article's time is in gives no year
    ("Từ nay đến hết ngày 31/10, các xã tạm dừng lễ hội.", ["2020-10-16/2020-10-31"]),
    ("Sở lùi thời gian tựu trường năm học 2020 - 2021 đến ngày 1/11.", ["2020/2021", "2020-11-01"]),
    # a list of days sharing their month: one stretch when they follow each other, else a day each
    ("Các ngày 10, 11 và 12/3, đoàn làm việc tại Cao Bằng.", ["2020-03-10/2020-03-12"]),
    ("Trong các ngày 5, 12 và 19/3/2023, trường tổ chức thi thử.", ["2023-03-05", "2023-03-12", "2023-03-19"]),
    ("Xã có 5, 6 và 7 thôn/2 xã được hỗ trợ.", []),
    # dates listed together share the year written on the last
    ("Tháng 1 và tháng 2/2024, tỉnh tổ chức nhiều hoạt động.", ["2024-01", "2024-02"]),
    ("Ngày 30/12 và 2/1/2021, đoàn làm việc tại tỉnh.", ["2020-12-30", "2021-01-02"]),
    # so many days from the day told before; a count of days is no day
    ("Tối 12/5/2024, xe khách gặp nạn. Trước đó 5 ngày, một xe tải bị lật.", ["2024-05-12", "2024-05-07"]),
    ("Ngày 10/3/2024, đoàn khởi hành. 3 ngày sau, đoàn đến Hà Giang.", ["2024-03-10", "2024-03-13"]),
    ("Ngày 10/3/2024, đoàn khởi hành. Sau 2 ngày, đoàn đến Hà Giang.", ["2024-03-10", "2024-03-12"]),
    ("Ngày 10/3/2024, lũ về. Suốt 3 ngày sau đó, nước không rút.", ["2024-03-10"]),
    ("Ngày 26/4/1975, ta nổ súng. Sau 5 ngày đêm chiến đấu, Sài Gòn được giải phóng.", ["1975-04-26"]),
    # a programme named by its year; 'cùng ngày' with its day written; a day restated in another time zone
    ("Từ năm học 2020 - 2021, chương trình giáo dục phổ thông 2018 được triển khai.", ["2020/2021"]),
    ("Ngày 5/11/2024, ông thắng cử. Cùng ngày 20/1, Chủ tịch nước gửi điện mừng.", ["2024-11-05", "2025-01-20"]),
    ("Trưa 20/1/2025 (giờ Mỹ, tức rạng sáng 21/1 giờ Việt Nam), ông tuyên thệ nhậm chức.", ["2025-01-20"]),
    # a relative day with its date opens a stretch; 'Năm ngoái' gives its sentence's days their year
    ("Từ đêm nay (16/10) đến hết ngày 18/10, Bắc Bộ có mưa to.", ["2020-10-16/2020-10-18"]),
    ("Năm ngoái, đợt không khí lạnh đầu tiên tràn về vào ngày 23/10.", ["2019-10-23"]),
    # the last or the next such weekday from the article's day (REF is Friday 16/10/2020)
    ("Chủ nhật vừa qua, hàng nghìn người tham gia giải chạy.", ["2020-10-11"]),
    ("Tối thứ Ba tới, chương trình nghệ thuật sẽ diễn ra.", ["2020-10-20"]),
    # business shorthand: a quarter, a half, the first months of a year
    ("Lợi nhuận Q3/2024 tăng 20% so với cùng kỳ.", ["2024-35"]),
    ("Doanh thu H1/2024 đạt 500 tỷ đồng.", ["2024-40"]),
    ("Kết quả kinh doanh 9T/2024 khả quan.", ["2024-01/2024-09"]),
    ("Mẫu xe Q5 2024 ra mắt.", []),
    # a day typed with spaced dashes; from a year on
    ("Ngày 5 - 12 - 2024, hội nghị được tổ chức tại Hà Nội.", ["2024-12-05"]),
    ("Từ năm 2010 trở lại đây, huyện đã xóa 2.000 nhà tạm.", ["2010/.."]),
    ("Từ năm 2000 trở đi, kinh tế huyện phát triển.", ["2000/.."]),
    # a feast after a time word that opens the sentence
    ("Trước Tết Nguyên đán 2025, công ty thưởng tết cho công nhân.", ["../2025-01-29"]),
    # a year written on a sentence's last date is its earlier dates' too
    ("Kỳ họp chia làm 2 đợt: đợt 1 từ ngày 21/10 đến ngày 14/11; đợt 2 từ ngày 20/11 đến ngày 30/11/2024.",
     ["2024-10-21/2024-11-14", "2024-11-20/2024-11-30"]),
    # a lunar month without its day is the solar month of its middle; a day of a Tết named by its cycle year
    ("Lễ hội kéo dài đến hết tháng 3 âm lịch năm 2025.", ["2025-04"]),
    ("Dịp Tết Canh Tý, riêng ngày mùng 2 Tết đã có 20.000 người đến lễ chùa.", ["2020-01-25", "2020-01-26"]),
    # boundary markers by number, the second of a pair too
    ("Năm 2025, hai bên khởi công cầu tại khu vực mốc 1119-1120.", ["2025"]),
    # a plan's term before its horizon is part of its name
    ("Dự án theo Quy hoạch chung thành phố đến năm 2035, tầm nhìn đến năm 2050 được duyệt năm 2020.", ["2020"]),
    # an anniversary whose year stands in brackets counts back from that year
    ("Dịp kỷ niệm 45 năm Ngày Giải phóng (năm 2015), thành phố không tổ chức diễu binh.", ["1970", "2015"]),
    # a ratio is no month; 'tháng' makes an old year's month one
    ("Tỷ lệ 1/1000 trẻ sơ sinh mắc bệnh.", []),
    ("Trung tâm phục vụ khách hàng 24/7.", []),
    ("Tháng 6/1413, quân Minh chiếm thành.", ["1413-06"]),
    # a second anniversary of the same celebration, after 'và'
    ("Tối 12/6/2024, Báo tổ chức lễ kỷ niệm 60 năm Ngày xuất bản số đầu tiên (15/6/1964 - 15/6/2024) và 99 năm "
     "Ngày Báo chí cách mạng Việt Nam.", ["2024-06-12", "1964-06-15", "2024-06-15", "1925-06-21"]),
    ("Năm 2020, đơn vị có 30 năm chiến đấu và 20 năm xây dựng.", ["2020"]),
    # both wars named together
    ("Trong kháng chiến chống thực dân Pháp và đế quốc Mỹ, công tác dân vận góp phần vào thắng lợi.", ["1945/1975"]),
    # the time after or before a named event
    ("Sau Cách mạng Tháng Tám năm 1945, tỉnh trực thuộc Chính phủ.", ["1945-08/.."]),
    ("Trước Cách mạng Tháng Tám, vùng này rất nghèo.", ["../1945-08"]),
    # a named event that says its month, with its bare year, is one month; one that does not
    # gives way to the year it is told with
    ("Sau Cách mạng tháng Tám 1945, xã thuộc tổng Lai Triều.", ["1945-08/.."]),
    ("Khởi nghĩa Bắc Sơn năm 1940 nổ ra tại châu Bắc Sơn.", ["1940"]),
    # dynasties, Chinese ones among them, in the frames histories say them in
    ("Đến thời Tùy - Đường, huyện lập thành quận Ái Châu.", ["0581/0907"]),
    ("Dưới thời nhà Tần, vùng đất này thuộc Tượng quận.", ["-0221/-0206"]),
    ("Dưới triều Nguyễn, làng thuộc tổng Lai Triều.", ["1802/1945"]),
    ("Thời kỳ Bắc thuộc lần thứ ba, vùng đất thuộc Giao Châu.", ["0602/0905"]),
    ("Thời thuộc Minh, giặc Minh đặt ách đô hộ.", ["1407/1427"]),
    ("Thời vua Đinh Tiên Hoàng, kinh đô đặt ở Hoa Lư.", ["0968/0979"]),
    # a house's name that is also a word is read only after 'nhà'
    ("Năm 2021, đơn vị kịp thời tấn công, xử lý kịp thời tùy theo tình hình.", ["2021"]),
    # what a place is linked with is no event
    ("Thành nằm trên núi Tô Thị, là di tích gắn với vương triều Mạc.", []),
    # a stretch between two days named by their weekdays
    ("Tuần lễ diễn ra từ thứ Sáu (16/10) đến hết Chủ nhật (25/10) tại thành phố.", ["2020-10-16/2020-10-25"]),
    # a count of years, then the day it came to
    ("Ngày 27/12/1975, hai tỉnh hợp nhất. Chỉ hơn 3 năm sau, ngày 29/12/1978, hai tỉnh tách ra.",
     ["1975-12-27", "1978-12-29"]),
    # what a task or a body works against is no event of its own
    ("Năm 2021, tỉnh đẩy mạnh công tác phòng, chống dịch COVID-19.", ["2021"]),
    # the full moon of a lunar month, however the month is written
    ("Lễ rước kiệu được tổ chức vào rằm tháng 7 âm lịch năm 2021.", ["2021-08-22"]),
    ("Đêm rằm tháng 8 năm 2024, thiếu nhi rước đèn.", ["2024-09-17"]),
    ("Ngày rằm tháng Chạp năm Kỷ Hợi, nhà chùa tổ chức lễ.", ["2020-01-09"]),
    ("Từ rằm tháng Giêng đến hết tháng 3 âm lịch năm 2025, lễ hội diễn ra.", ["2025-02-12/2025-04"]),
    # from today to a part of a month
    ("Từ nay đến cuối tháng 11, nguy cơ cháy rừng ở mức cao.", ["2020-10-16/2020-11"]),
    ("Từ nay đến giữa tháng 11, trời rét đậm.", ["2020-10-16/2020-11-20"]),
    # a term's last year before 'tổ chức' (a verb, and a noun that counts); a count's range is none
    ("Hội Cựu chiến binh nhiệm kỳ 2022 – 2027 tổ chức hội nghị.", ["2022/2027"]),
    ("Ngày 10/11/2024, học sinh khóa 1972 – 1975 tổ chức buổi gặp mặt.", ["2024-11-10", "1972/1975"]),
    ("Khoảng 1500 - 2000 tổ chức tham gia chương trình.", []),
    # 'thứ 5' after a count is no weekday; a date something happens instead of is none
    ("Luật được thông qua tại Kỳ họp bất thường lần thứ 5 ngày 18/1/2024.", ["2024-01-18"]),
    ("Luật có hiệu lực từ ngày 1/8/2024 thay vì ngày 1/1/2025.", ["2024-08-01"]),
    # a king's reign; two years on from a year told
    ("Thời vua Minh Mạng, vùng đất này thuộc phủ Tràng Khánh.", ["1820/1841"]),
    ("Dưới triều vua Tự Đức, làng được lập.", ["1847/1883"]),
    ("Năm 1979, ông về quê. Năm sau nữa, ông lập gia đình.", ["1979", "1981"]),
    # tonight with its date, unbracketed, opens a stretch; day and night of a date
    ("Từ đêm nay 16/10 đến ngày 18/10, trời rét đậm.", ["2020-10-16/2020-10-18"]),
    ("Ngày và đêm 23/10, Bắc Bộ có mưa rào.", ["2020-10-23"]),
    # parts of a dynasty's time, a third of a century at that end; the later Lê as 'thời Lê'
    ("Đền được xây dựng vào cuối thời Lê, đầu thời Nguyễn.", ["1756/1789", "1802/1835"]),
    ("Chùa có từ đầu thời Lý.", ["1009/1042"]),
    ("Ngôi đình được dựng dưới triều Lê.", ["1428/1789"]),
    # feasts a custom keeps on every occasion are no events
    ("Cô dâu chỉ về nhà chồng vào những dịp lễ, Tết như Tết Nguyên đán, Tết Thanh minh (mùng 3 tháng 3 âm lịch) "
     "hay rằm tháng Bảy.", []),
    # a deadline's hour closes a stretch
    ("Thí sinh nộp hồ sơ từ ngày 5/5 đến trước 17h ngày 15/5/2025.", ["2025-05-05/2025-05-15"]),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_date_forms(sentence, expected):
    df = extract_text(sentence, reference_date=REF)
    assert list(df["edtf"]) == expected


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_offsets_slice_back(sentence, expected):
    df = extract_text(sentence, reference_date=REF)
    for row in df.itertuples():
        assert sentence[row.char_start:row.char_end] == row.date_text
        if isinstance(row.start, str) and isinstance(row.end, str):
            assert day_key(row.start) <= day_key(row.end)


def test_a_story_goes_on_in_the_year_of_the_paragraph_before():
    text = ("Đêm 16 rạng sáng 17/9/1950, quân ta nổ súng. Đến sáng 18/9, ta làm chủ Đông Khê.\n\n"
            "Ông Thắng kể: \"Chiều 15/9, đơn vị hành quân suốt đêm\". Từ 1 đến 7/10/1950, ta chặn đánh địch.\n\n"
            "Sáng 15/10, tỉnh tổ chức lễ kỷ niệm.")
    df = extract_text(text, reference_date=REF)
    assert list(df["edtf"]) == ["1950-09-16/1950-09-17", "1950-09-18", "1950-09-15",
                                "1950-10-01/1950-10-07", "2020-10-15"]


@pytest.mark.parametrize("sentence,approximate", [
    ("Khoảng năm 1930, làng được thành lập.", True),
    ("Vào khoảng tháng 3/1947, quân Pháp tấn công.", True),
    ("Chừng năm 1950, ông về làng.", True),
    ("Năm 1930, làng được thành lập.", False),
    # about the hour, on that very day
    ("Khoảng 22 giờ ngày 15/3/2025, xảy ra vụ cháy.", False),
    ("Khoảng 22h30 ngày 15/3/2025, xảy ra vụ cháy.", False),
])
def test_approximate_dates_are_marked(sentence, approximate):
    df = extract_text(sentence, reference_date=REF)
    assert list(df["approximate"]) == [approximate]


def test_historic_lunar_days_agree_with_the_calendar_library_where_it_checks_them():
    """Beyond 1900-2100 the library's own astronomy gives the day; inside, both ways agree."""
    from lunar_vn import convert_lunar_to_solar

    from dashboard.resolve import _historic_lunar_to_solar, lunar_to_solar
    for year in range(1900, 2100, 7):
        for month in (1, 6, 11, 12):
            for day in (1, 15, 29):
                assert _historic_lunar_to_solar(year, month, day, False) == convert_lunar_to_solar(day, month, year, 0)
    # Quang Trung's coronation, 25/11 Mậu Thân, and Tết Kỷ Dậu as the histories give them
    assert str(lunar_to_solar(1788, 11, 25)) == "1788-12-22"
    assert str(lunar_to_solar(1789, 1, 5)) == "1789-01-30"
    assert lunar_to_solar(300, 1, 1) is None  # too far for an almanac of our time


def test_the_same_day_follows_a_day_told_relative_to_the_article():
    text = "Thứ hai, 16/08/2021\n\nTối qua, Chủ tịch tỉnh họp bàn. Cùng ngày, Sở Y tế lấy 3.000 mẫu xét nghiệm."
    df = extract_text(text)
    assert list(df["edtf"]) == ["2021-08-15", "2021-08-15"]


def test_a_news_lead_dates_the_story_before_an_anniversary_it_looks_forward_to():
    text = ("Kinh tế năm 2023\n\nNgày 28/12/2023, UBND tỉnh tổ chức hội nghị tổng kết năm 2023.\n\n"
            "Riêng quý IV, xuất khẩu tăng 30%. Tháng 2/2024, tỉnh kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2024).")
    df = extract_text(text)
    assert df.loc[df["date_text"] == "quý IV", "edtf"].tolist() == ["2023-36"]


def test_a_profile_is_told_in_the_year_its_age_says():
    text = ("Ở tuổi 92, cụ Lương Văn Tuấn vẫn nhớ những ngày tháng hào hùng.\n\n"
            "Cụ Tuấn sinh năm 1932. Cách đây tròn 70 năm, cụ bị thương ở đồi A1. Năm 2004, cụ thăm lại chiến trường.")
    df = extract_text(text)
    assert df.loc[df["date_text"] == "Cách đây tròn 70 năm", "edtf"].tolist() == ["1954"]


def test_a_report_given_after_the_story_leaves_the_same_day_the_storys():
    text = ("Khoảng 22h30 tối 12/5/2024, xe khách lao xuống vực. Chiều 13/5, đại diện Công an tỉnh cho biết, "
            "3 người tử vong. Xe xuất phát lúc 14h cùng ngày. Trước đó 5 ngày, một xe tải gặp nạn.")
    assert list(extract_text(text)["edtf"]) == ["2024-05-12", "2024-05-13", "2024-05-12", "2024-05-07"]


def test_a_report_that_opens_the_story_is_its_day():
    text = "Sáng 5/3/2024, Sở Y tế cho biết đã ghi nhận thêm 10 ca bệnh. Cùng ngày, tỉnh họp khẩn."
    assert list(extract_text(text)["edtf"]) == ["2024-03-05", "2024-03-05"]


def test_plans_deadlines_and_phases_are_no_guide_to_the_storys_year():
    text = ("Ngày 20/8, UBND tỉnh ban hành quyết định chấp thuận chủ trương đầu tư dự án. Dự án theo Quy hoạch chung "
            "thành phố đến năm 2035. Tiến độ thực hiện từ quý IV/2024 đến quý IV/2028; giai đoạn 2 (2026 - 2027) xây "
            "dựng nhà ở; hoàn thành trước ngày 31/12/2028. Trước đó, tháng 5/2024, Sở đã thẩm định hồ sơ.")
    assert extract_text(text).iloc[0]["edtf"] == "2024-08-20"


@pytest.mark.parametrize("text,first", [
    # a review of a year held early in the next is told in that next year; late in the year, in it
    ("Sáng 5/1, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. "
     "Năm 2023, GRDP tăng 5%.", "2024-01-05"),
    ("Sáng 28/12, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. "
     "Năm 2023, GRDP tăng 5%.", "2023-12-28"),
    # a commemorated founding day of the lexicon gives the ceremony's year
    ("Sáng 3/2, tỉnh tổ chức lễ kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam. Năm 2023, tỉnh đạt nhiều "
     "thành tựu.", "2024-02-03"),
    ("Sáng 1/9, tỉnh kỷ niệm 79 năm Quốc khánh 2/9. Năm 2023, tỉnh đón 2 triệu khách.", "2024-09-01"),
    # the founding a headline commemorates is no year the story is told in
    ("Kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam\n\nChiều 26/7, Liên đoàn Lao động tỉnh tổ chức lễ kỷ niệm "
     "95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024).", "2024-07-26"),
])
def test_the_storys_year_from_what_it_commemorates_and_reviews(text, first):
    df = extract_text(text)
    assert df.iloc[0]["edtf"] == first


def test_a_page_date_joins_no_day_of_the_list_under_it():
    text = "Tin ngắn\n\nThứ Ba, 05/03/2024\n\n- Sáng 4/3, Ban Thường vụ Tỉnh ủy họp.\n\n- Chiều 4/3, Hội Chữ thập đỏ trao quà."
    assert list(extract_text(text)["edtf"]) == ["2024-03-04", "2024-03-04"]


def test_the_storys_day_under_the_pages_date_takes_the_pages_year():
    """A date bar above the headline is the day a page was saved, which may be long after the
    story; but when the story's year-less day is that very day, the page tells its year."""
    text = ("Thứ Năm, 10/10/2024\n\nBan Dân vận: đón nhận Huân chương\n\nSáng 10/10, Ban Dân vận Tỉnh ủy đón "
            "nhận Huân chương Lao động hạng Nhì. Năm 2014, Ban được tặng Huân chương Lao động hạng Ba.")
    assert extract_text(text).iloc[0]["edtf"] == "2024-10-10"


def test_a_plan_far_after_its_cue_is_no_guide_to_the_storys_year():
    text = ("Sáng 25/10, tỉnh tổ chức hội thảo khoa học. Năm 2019, di tích được nâng hạng. Dịp này, tỉnh công bố kế "
            "hoạch tổ chức kỷ niệm 600 năm Chiến thắng Chi Lăng - Xương Giang vào năm 2027.")
    assert extract_text(text).iloc[0]["edtf"] == "2019-10-25"


@pytest.mark.parametrize("sentence,expected", [
    # a year-less lunar day: the lunar year whose day falls nearest the article's time (told on
    # 25/1/2025, late in the lunar year Giáp Thìn), restated in solar as the writer gives it
    ("Từ ngày 20 tháng Chạp (tức ngày 19/1/2025), chợ đông gấp ba.", ["2025-01-19"]),
    ("Ngày 20 tháng Chạp, chợ đông gấp ba.", ["2025-01-19"]),
    # the eve of Tết is the last day of the twelfth month, which had 29 days that year
    ("Đêm Giao thừa, thành phố bắn pháo hoa.", ["2025-01-28"]),
    ("Đêm giao thừa năm Giáp Thìn, gia đình quây quần.", ["2025-01-28"]),
    # the end and the start of a year named in the cycle: its last and first lunar months
    ("Những ngày cuối năm Giáp Thìn, chợ tấp nập.", ["2025-01"]),
    ("Đầu năm Ất Tỵ, người dân đi lễ chùa.", ["2025-02"]),
    # 'tháng Giêng', 'tháng Chạp' with no year are lunar months, and their parts lunar days
    ("Cuối tháng Chạp, chợ tấp nập.", ["2025-01-20/2025-01-28"]),
    ("Trong tháng Giêng, tỉnh đón 200 nghìn lượt khách.", ["2025-02"]),
    ("Tháng Chạp năm 1946, trời rét đậm.", ["1946-12"]),
])
def test_lunar_days_told_in_january_before_tet(sentence, expected):
    df = extract_text(sentence, reference_date=__import__("datetime").date(2025, 1, 25))
    assert list(df["edtf"]) == expected


def test_a_target_later_in_the_sentence_gives_no_year_to_the_day_before_it():
    text = ("Thứ tư, 12/06/2024\n\nTại buổi kiểm tra sáng 11/6, Chủ tịch UBND tỉnh yêu cầu các đơn vị đẩy nhanh "
            "tiến độ, phấn đấu thông xe kỹ thuật vào ngày 2/9/2025.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2024-06-11", "2025-09-02"]
    # the opening phrase the day ends is background: what happened is the clause after it
    assert df.iloc[0]["title"] == "Chủ tịch UBND tỉnh yêu cầu các đơn vị đẩy nhanh tiến độ"


def test_a_convention_named_by_its_year_is_no_event():
    df = extract_text("Ngày 4/12/2024, tại kỳ họp của Ủy ban liên chính phủ Công ước 2003 về bảo vệ di sản văn hóa "
                      "phi vật thể, lễ hội được ghi danh.", reference_date=REF)
    assert list(df["edtf"]) == ["2024-12-04"]


def test_days_just_before_a_bare_page_date_take_its_year_not_an_old_years():
    text = ("Thiệt hại do bão số 3\n\n16/09/2024\n\nRạng sáng 10/9, sạt lở đất làm 3 người tử vong. Đây là trận lũ "
            "lớn nhất trên sông Kỳ Cùng kể từ năm 1986.")
    assert list(extract_text(text)["edtf"]) == ["2024-09-10", "1986"]


def test_next_year_opening_a_paragraph_after_a_year_told_is_the_year_after_it():
    text = ("Năm 1930, đồng chí tham gia thành lập Chi bộ Đảng.\n\nMùa xuân năm sau, đồng chí bị bắt. Năm 1945, "
            "đồng chí giữ chức Chủ tịch.")
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["1930", "1931-02/1931-04", "1945"]
    # … not when other dates came between (a plan for next year, told after an old year)
    text = ("Năm 2015, trận lũ lịch sử làm ngập 20.000 ngôi nhà.\n\nChiều 15/10, tỉnh sẽ họp bàn làm cầu mới trước "
            "mùa mưa năm sau.")
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["2015", "2020-10-15", "2021"]


def test_the_same_day_after_a_history_aside_is_the_news_storys():
    text = ("Sáng 26/7/2024, tỉnh tổ chức lễ dâng hương nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ "
            "(27/7/1947 - 27/7/2024).\n\nNgày 27/7/1947, tại Đại Từ, Ban vận động đã chọn ngày này. Từ năm 1955, "
            "ngày này được đổi thành Ngày Thương binh - Liệt sĩ.\n\nTối cùng ngày, thành phố tổ chức lễ thắp nến.")
    df = extract_text(text)  # the lead's day is the article's
    assert df.iloc[-1]["date_text"] == "Tối cùng ngày" and df.iloc[-1]["edtf"] == "2024-07-26"
    # … while in the aside's own paragraph it is the aside's day
    text = "Sáng 26/7/2024, tỉnh tổ chức lễ.\n\nNgày 27/7/1947, Ban vận động họp. Cùng ngày, Bác gửi thư."
    df = extract_text(text)
    assert df.iloc[-1]["edtf"] == "1947-07-27"


def test_a_backstory_of_last_years_months_leaves_the_date_bars_year_to_the_story():
    text = ("Thứ Năm, 09/01/2025\n\nBắt giữ vụ buôn lậu pháo\n\nKhoảng 20 giờ ngày 5/1, Công an huyện bắt quả tang "
            "một xe tải chở pháo. Từ tháng 10/2024, đối tượng đã nhiều lần vận chuyển pháo qua biên giới.")
    assert list(extract_text(text)["edtf"]) == ["2025-01-05", "2024-10"]


def test_the_end_of_a_stretch_from_today_is_no_year_the_story_is_told_in():
    text = ("Những ngày đầu tháng 12, lượng du khách lên núi tăng mạnh. Từ ngày 1/11 đến ngày 8/12/2024, khu du lịch "
            "đón 45.000 lượt khách. Từ nay đến hết tháng 2/2025, huyện tổ chức chuỗi sự kiện.")
    assert list(extract_text(text)["edtf"]) == ["2024-12-01/2024-12-10", "2024-11-01/2024-12-08", "2024/2025-02"]


def test_an_early_history_counts_its_years_without_a_time_of_its_own():
    text = ("Năm Mậu Thìn (968), Đinh Bộ Lĩnh lên ngôi hoàng đế. Năm 970, nhà vua đặt niên hiệu là Thái Bình. "
            "Sau 12 năm trị vì, năm 979, Đinh Tiên Hoàng bị ám hại. Năm sau, Lê Hoàn lên ngôi.")
    df = extract_text(text)  # no date line, no year after 1000: the years told are the only time
    assert list(df["edtf"]) == ["0968", "0970", "0979", "0980"]
    assert df.iloc[1]["places"] == []  # an era named like a province is no place


def test_a_target_year_is_no_year_the_story_is_told_in():
    text = ("Trong 9 tháng năm 2024, huyện có thêm 3 xã đạt chuẩn. Từ nay đến hết năm 2024, huyện hỗ trợ các xã. "
            "Đến năm 2025, huyện phấn đấu đạt chuẩn huyện nông thôn mới.")
    assert list(extract_text(text)["edtf"]) == ["2024-01/2024-09", "2024/2024", "2025"]


def test_an_age_counts_from_a_life_span_after_the_name():
    text = ("Nhà thơ Nông Văn Hiền (1932 - 2009) sinh ra tại xã Quang Trung. Năm 16 tuổi, ông thoát ly gia đình, "
            "tham gia bộ đội.")
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["1932/2009", "1948"]
    # (a span after a name that is no life tells no birth: a dynasty's 175 years)
    text = "Nhà Lý (1009 - 1225) dời đô về Thăng Long. Năm 16 tuổi, vua lên ngôi."
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["1009/1225"]


def test_a_page_date_whose_next_year_the_story_plans_for_is_the_storys_time():
    text = ("Xã Mẫu Sơn sau 5 năm\n\nThứ Ba, 10/12/2024\n\nÔng A: Từ năm 2020, xã làm đường. Đến cuối năm 2023, 100% "
            "thôn có đường bê tông.\n\nÔng A: Năm 2025, xã phấn đấu đạt chuẩn. Tháng 1 tới, xã sẽ khởi công nhà văn hóa.")
    assert list(extract_text(text)["edtf"])[-1] == "2025-01"


def test_a_forecast_from_today_and_a_day_to_come_after_an_old_record():
    text = ("Thứ Hai, 03/06/2024 - 06:30\n\nTừ hôm nay đến ngày 7/6, khu vực Bắc Bộ có nắng nóng gay gắt. Đợt nắng "
            "nóng năm 2023 từng ghi nhận mức 44,2 độ C vào ngày 7/5/2023.\n\nTừ khoảng ngày 8/6, nắng nóng có khả năng "
            "giảm dần.")
    df = extract_text(text)
    assert df.iloc[0]["date_text"] == "Từ hôm nay đến ngày 7/6" and df.iloc[0]["edtf"] == "2024-06-03/2024-06-07"
    assert df.iloc[-1]["edtf"] == "2024-06-08"  # what is to come is ahead of the page's day, not on 2023's story


def test_the_leads_weekday_tells_the_year_its_days_are_in():
    # 30/6 was a Sunday in 2024, not in 2023, the only year the story wrote whole
    text = ("Tối Chủ nhật (30/6), đội đánh bại Hà Tĩnh 3-1, lên ngôi vô địch V-League mùa giải 2023/24.\n\n"
            "Trước đó, ngày 22/6, đội đã giành quyền tự quyết.")
    assert list(extract_text(text)["edtf"]) == ["2024-06-30", "2023/2024", "2024-06-22"]


def test_a_relative_day_with_its_date_under_a_date_bar_takes_the_bars_year():
    text = ("Thứ Tư, 27/11/2024\n\nTừ đêm nay (27/11) đến ngày 29/11, trời chuyển rét. Năm ngoái, đợt rét đậm "
            "đầu tiên xuất hiện vào giữa tháng 12/2023.")
    values = list(extract_text(text)["edtf"])
    assert values[0] == "2024-11-27/2024-11-29" and values[-1] == "2023-12-11/2023-12-20"


def test_from_now_counts_from_a_date_bar_in_the_storys_year():
    text = "Lạng Sơn\n\n17/07/2024\n\n6 tháng đầu năm 2024, tỷ lệ sinh giảm. Từ nay đến cuối năm, tỉnh tiếp tục tuyên truyền."
    assert list(extract_text(text)["edtf"]) == ["2024-40", "2024-07-17/2024-12"]  # (the first half: EDTF 40)


def test_the_time_after_a_short_event_alone_in_its_sentence_is_an_event_of_its_own():
    text = ("Sau Cách mạng Tháng Tám năm 1945, chính quyền cách mạng các cấp được thành lập. Ngày 23/8/1945, "
            "nhân dân giành chính quyền.")
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["1945-08/..", "1945-08-23"]


def test_a_year_less_lead_outranks_a_dated_day_told_after_it_as_background():
    """'Sáng 19.12, … khánh thành … ¶ Dự án được khởi công ngày 1.1.2024 …': the lead's day is
    not in the background's year; a day said to come bounds the story's year from above."""
    text = ("Sáng 19.12, tại huyện Thạch An, tỉnh tổ chức lễ khánh thành tuyến cao tốc.\n\n"
            "Dự án được khởi công ngày 1.1.2024. Đến ngày 15.12.2025, khối lượng hoàn thành đạt 98%. "
            "Dự kiến toàn tuyến đưa vào khai thác trước Tết Nguyên đán Bính Ngọ 2026.")
    df = extract_text(text)
    assert df.loc[df["date_text"] == "Sáng 19.12", "edtf"].tolist() == ["2025-12-19"]


def test_where_things_stood_and_an_earlier_day_leave_cung_ngay_the_story_s_day():
    text = ("Sáng 19/12/2025, tỉnh tổ chức lễ khánh thành tuyến cao tốc.\n\n"
            "Trước đó, chiều 29/10, đoàn công tác đã kiểm tra tiến độ dự án.\n\n"
            "Theo Ban Quản lý dự án, đến ngày 15/12/2025, khối lượng hoàn thành đạt 98%.\n\n"
            "Cùng ngày, thị trấn tổ chức trồng cây lưu niệm.")
    df = extract_text(text)
    assert df.loc[df["date_text"] == "Cùng ngày", "edtf"].tolist() == ["2025-12-19"]


def test_a_past_day_after_the_page_s_date_goes_on_the_old_story_it_follows():
    """Published on 1/10/2020, 'Ngày 17/10 chiến dịch kết thúc thắng lợi' after a paragraph
    on 16/9/1950 is 17/10/1950: the page cannot tell a past day still to come."""
    text = ("14:41 - 01/10/2020\n\nSáng nay 1/10, tỉnh tổ chức kỷ niệm 70 năm Chiến thắng Biên giới.\n\n"
            "Đúng 6h30 sáng ngày 16/9/1950, quân ta nã pháo vào cứ điểm Đông Khê.\n\n"
            "Sau nhiều ngày chiến đấu, cả hai cánh quân cứu viện của địch đều bị đánh tan. Ngày 17/10 chiến dịch kết thúc thắng lợi.")
    df = extract_text(text)
    assert df.loc[df["date_text"] == "17/10", "edtf"].tolist() == ["1950-10-17"]
    assert df.loc[df["date_text"] == "Sáng nay 1/10", "edtf"].tolist() == ["2020-10-01"]


def test_a_birth_in_the_cycle_is_the_life_span_s_start():
    """'Nguyễn Trãi (1380-1442) … Ông sinh năm Canh Thân': 1380, not the Canh Thân nearest 1442."""
    df = extract_text("Nguyễn Trãi (1380-1442)\n\nÔng sinh năm Canh Thân. Năm 1400, ông đỗ Thái học sinh.")
    assert df.loc[df["date_text"] == "năm Canh Thân", "edtf"].tolist() == ["1380"]


def test_a_dateline_s_day_then_the_story_is_no_stretch_to_now():
    """'Hà Nội, ngày 5/3/2025 - Hôm nay, …': the dateline's day, and 'Hôm nay' is that day."""
    df = extract_text("Hà Nội, ngày 5/3/2025 - Hôm nay, Bộ Ngoại giao tổ chức họp báo thường kỳ.")
    assert "2025-03-05/.." not in list(df["edtf"])
    assert list(df["edtf"]) == ["2025-03-05"]


def test_halves_of_one_year_told_once_share_the_year_after_the_second():
    """'… sơ kết 6 tháng đầu năm; triển khai nhiệm vụ 6 tháng cuối năm 2021' read in 2025: both
    halves are 2021's (the second is a plan's, and still says the year)."""
    import datetime as dt
    df = extract_text("Hội nghị sơ kết công tác 6 tháng đầu năm; triển khai nhiệm vụ 6 tháng cuối năm 2021.",
                      reference_date=dt.date(2025, 6, 1))
    assert list(df["edtf"]) == ["2021-40", "2021-41"]


def test_a_lunar_feast_after_its_day_names_the_day_again():
    """'Ngày 23 tháng Chạp năm Giáp Thìn, … cúng ông Công ông Táo': one event, not a second in
    the next lunar year."""
    import datetime as dt
    df = extract_text("Ngày 23 tháng Chạp năm Giáp Thìn, người dân cúng ông Công ông Táo.",
                      reference_date=dt.date(2025, 6, 1))
    assert list(df["edtf"]) == ["2025-01-22"]


@pytest.mark.parametrize("backstory", ["Theo cáo trạng, chiều ngày 22/12/2023,", "Trước đó, ngày 22/12/2023,"])
def test_a_lead_day_before_the_backstory_s_day_in_the_calendar_is_in_the_next_year(backstory):
    text = ("Ngày 25/4, TAND huyện Chi Lăng xét xử sơ thẩm bị cáo Vy Thị Hoa (SN 1985) về tội buôn bán hàng cấm.\n\n"
            f"{backstory} Công an huyện phát hiện bị cáo vận chuyển 77 kg pháo nổ.")
    assert list(extract_text(text)["edtf"]) == ["2024-04-25", "1985", "2023-12-22"]


def test_a_day_told_as_background_without_an_opener_leaves_the_lead_in_its_year():
    text = ("Ngày 25/4, UBND huyện tổ chức hội nghị sơ kết.\n\n"
            "Ngày 22/12/2023, huyện khởi công dự án đường liên xã.")
    assert list(extract_text(text)["edtf"]) == ["2023-04-25", "2023-12-22"]


def test_a_month_and_year_after_a_comma():
    text = "Giữa tháng 8, 2023, Thái yêu cầu Hiếu và Sáng sang Lào chở gỗ về Việt Nam."
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["2023-08-11/2023-08-20"]


def test_an_author_s_line_over_a_time_stamp_dates_the_story():
    text = ("Lễ viếng nguyên lãnh đạo tỉnh\n\nPV\n07:15 25/07/2024\n\n"
            "Sáng nay (25/7), lễ viếng được tổ chức trọng thể. Lễ truy điệu được tổ chức lúc 13h ngày 26/7.")
    assert list(extract_text(text)["edtf"]) == ["2024-07-25", "2024-07-26"]


def test_an_author_s_line_over_a_worded_time_stamp_with_its_half_of_the_day():
    text = ("Mười nhà văn tuổi Ngọ\n\nVũ Văn An (biên soạn)\nChủ nhật ngày 19 tháng 1 năm 2014 5:36 AM\n\n"
            "Nguyễn Văn Bình (1930-1989) quê làng Thơi, Nghệ An.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["1930/1989"] and list(df["title"]) == ["Nguyễn Văn Bình"]


def test_an_author_and_paper_on_the_time_stamp_s_line_date_the_story():
    text = ("Truy điệu, an táng 5 hài cốt liệt sĩ\n\nHƯNG THƠ (báo lao động) 29/01/2026 16:34 (GMT+7)\n\n"
            "Ngày 29.1, xã Khe Sanh tổ chức lễ truy điệu, an táng 5 hài cốt liệt sĩ.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2026-01-29"] and df.iloc[0]["date_text"] == "29.1"


def test_a_time_stamp_with_a_count_of_views_dates_the_story():
    text = ("Lễ đón cấp Nhà nước tại Hà Nội\n\n21:21 14-04-2025 | :98\n\n"
            "Trưa nay, chuyên cơ đã đến sân bay quốc tế Nội Bài.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2025-04-14"] and df.iloc[0]["date_text"] == "Trưa nay"


def test_an_agency_s_day_in_the_credit_bracket_dates_the_story_and_is_no_event():
    text = ("Xòe Thái thành di sản của nhân loại\n\nHà Nội (TTXVN 15/12/2021) Ngày 15/12/2021, hồ sơ Nghệ thuật Xòe Thái "
            "đã được UNESCO ghi danh. Sáng 16/12, tỉnh Yên Bái tổ chức mít tinh.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2021-12-15", "2021-12-16"]


def test_where_a_long_stretch_to_now_began_is_no_time_of_the_story():
    # alone, it leaves year-less days unplaced rather than put them in its first year
    text = ("Cục Di sản quốc gia Hàn Quốc ngày 15/12 cho biết kỳ họp đã bế mạc vào ngày 12/12. "
            "Kể từ khi UNESCO bắt đầu xét công nhận vào năm 2008 tới nay, đã có 849 di sản được ghi danh.")
    assert list(extract_text(text)["edtf"]) == ["2008/.."]
    # beside the story's own years, it is a bound: the story is told at least that late
    text = ("Năm 1991, thành được xếp hạng di tích. Trong những năm 60-70 của thế kỷ trước, bộ đội đóng quân tại đây. "
            "Từ năm 2019 đến nay, thành phố đã đầu tư 10 tỷ đồng.")
    assert "196X/197X" in list(extract_text(text)["edtf"])


def test_a_wiki_s_references_are_no_events():
    text = ("Trường THPT Hậu Lộc 2\n\nLịch sử[sửa | sửa mã nguồn]\n\nTrường được thành lập ngày 2 tháng 6 năm 1984. "
            "Tại lễ kỉ niệm 30 năm thành lập trường (9/11/2014), tỉnh trao tặng Huân chương lao động hạng Nhì cho trường.\n\n"
            "Tham khảo[sửa | sửa mã nguồn]\n\n  1. ^ “Trường THPT Hậu Lộc 2”. Văn hóa đời sống. Truy cập 7 tháng 2 năm 2021.")
    df = extract_text(text)
    assert "2021-02-07" not in list(df["edtf"])
    assert "1984" in list(df["edtf"])  # the anniversary counts back from its own day, not the reading's


def test_a_cycle_year_to_now_beside_other_years_needs_no_number():
    # (a stretch to now from a year named only in the cycle has no number to bound the story's year)
    text = "Sắc phong năm Cảnh Hưng thứ ba (1743) năm Nhâm Tuất tới nay (2011) là 268 năm. Đình thờ thành hoàng."
    df = extract_text(text)
    assert "1743" in list(df["edtf"])


def test_a_headline_and_its_day_on_the_next_line():
    df = extract_text("Đình Khả Phú\nNgày 10/07/2020\n\nSáng 8/7, đình được công nhận là di tích lịch sử.")
    assert list(df["edtf"]) == ["2020-07-08"] and df.iloc[0]["places"] == []


def test_years_ago_counted_from_a_named_campaign_tell_the_story_year():
    text = ("Cách đây 76 năm, Chiến dịch Biên giới Thu Đông 1950 giành thắng lợi.\n"
            "Sáng 10/10, tỉnh tổ chức lễ kỷ niệm.")
    df = extract_text(text)
    assert "1874" not in list(df["edtf"]) and list(df["edtf"])[-1] == "2026-10-10"


def test_the_same_day_after_an_aside_of_what_had_just_happened_is_the_opening_days():
    text = ("10 giờ 45 phút ngày 30/4/1975, xe tăng tiến vào Dinh Độc Lập, Dương Văn Minh vừa lên chức tổng thống "
            "ngày 28/4 đã phải tuyên bố đầu hàng. Đến 11 giờ 30 phút cùng ngày, lá cờ cách mạng tung bay.")
    assert list(extract_text(text)["edtf"]) == ["1975-04-30", "1975-04-28", "1975-04-30"]


def test_a_weekday_after_hom_is_the_last_one_before_the_article():
    text = "Thứ sáu, ngày 08/01/2021 19:59 GMT+7\n\nÔng Trump lên án vụ bạo động hôm thứ tư (theo giờ địa phương)."
    assert list(extract_text(text)["edtf"]) == ["2021-01-06"]


def test_a_copyright_line_tells_no_event():
    text = ("Quân đội nắm quyền\n\nNgày 15/10/2025, quân đội tuyên bố nắm quyền điều hành đất nước.\n\n"
            "VietBF - Vietnamese Best Forum Copyright ©2005 - 2025")
    assert list(extract_text(text)["edtf"]) == ["2025-10-15"]


def test_an_anniversary_of_a_named_event_tells_the_story_year_unless_dated():
    text = "Hôm nay, cả nước mừng kỷ niệm 78 năm Ngày Cách mạng Tháng Tám thành công ngày 19/8 và Quốc khánh 2/9."
    assert list(extract_text(text)["edtf"]) == ["1945-08", "1945-08-19", "1945-09-02"]
    text = ("Ở tuổi 92, cụ Tuấn vẫn nhớ chiến trường xưa. Cụ sinh năm 1932.\n"
            "Năm 2004, nhân kỷ niệm 50 năm Chiến thắng Điện Biên Phủ, cụ được mời lên thăm lại chiến trường.\n"
            "Sáng 7/5, cụ dự lễ dâng hương.")
    assert list(extract_text(text)["edtf"])[-1] == "2024-05-07"


def test_a_span_of_works_is_no_year_after_another_storys():
    text = ("Ngày 23/2/2026, Bộ Chính trị ban hành quyết định.\n\n"
            "Sau 4 năm thi công, tuyến đường ven biển dự kiến khánh thành vào tháng 3/2026. Sáng 2/3, tỉnh họp.")
    values = list(extract_text(text)["edtf"])
    assert "2030" not in values and values[-1] == "2026-03-02"


def test_a_feast_in_a_history_under_a_later_stamp_is_the_storys():
    text = ("18/02/2018 06:56\n\nTrong Tổng tiến công và nổi dậy Tết Mậu Thân 1968, ở Khu 5, các thị xã nổ súng sớm.\n\n"
            "Tại thị xã Tuy Hòa, đúng giao thừa, địch bắn súng đón năm mới. Sáng mùng 1 Tết, quân ta làm chủ thị xã.")
    assert [e[:4] for e in extract_text(text)["edtf"]] == ["1968", "1968", "1968"]
    # a paragraph that tells of now keeps the article's feast
    text = ("Thứ Bảy, 25/01/2025 07:30\n\nChợ Kỳ Lừa có từ thời Hậu Lê, được mở rộng vào năm 1778.\n\n"
            "Năm nay, chợ mở cửa đến 22 giờ và chỉ nghỉ từ chiều 30 Tết đến hết mùng 3 Tết.")
    assert list(extract_text(text)["edtf"])[-1].startswith("2025-01")


def test_a_late_day_with_a_plan_for_a_year_is_in_the_year_before_it():
    df = extract_text("Phát biểu về việc xây dựng phương án tăng trưởng năm 2026 của các ngành vào chiều 28-12, "
                      "Chủ tịch UBND tỉnh yêu cầu thực hiện đúng kịch bản.")
    assert "2025-12-28" in list(df["edtf"]) and "2026-12-28" not in list(df["edtf"])
    df = extract_text("Sáng 5/3, UBND tỉnh họp triển khai kế hoạch năm 2026.")
    assert "2026-03-05" not in list(df["edtf"])  # early in a year, the plan may be that year's or the next: no guess


def test_a_section_an_author_and_a_stamp_on_one_line_date_the_story():
    text = ("190 năm thành lập tỉnh Lạng Sơn\nĐời sống- Thùy Linh - 12:49 25/10/2021\n"
            "Hướng tới kỷ niệm 190 năm ngày thành lập tỉnh Lạng Sơn (4/11/1831 - 4/11/2021), tỉnh tổ chức nhiều hoạt động.")
    assert list(extract_text(text)["edtf"]) == ["1831-11-04", "2021-11-04"]


def test_a_two_digit_year_with_no_article_time_is_near_the_birth_told():
    text = "Tấm tôn khắc thông tin: Họ tên: Lê Duy Nghim; sinh năm 1949, quê Thanh Hóa; hy sinh ngày 12/10/72."
    df = extract_text(text)
    assert list(df["edtf"]) == ["1949", "1972-10-12"]
    assert not df.iloc[0]["title"].startswith("Họ") and df.iloc[1]["title"] == "Hy sinh"


def test_a_year_in_a_statement_of_its_own_after_a_semicolon_is_its_event():
    text = "Ông tham gia công tác từ năm 1967; vào Đảng Cộng sản Việt Nam ngày 19 tháng 12 năm 1967."
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["1967", "1967-12-19"]


def test_a_sentence_that_opens_with_the_plan_dates_no_story():
    text = ("Kim ngạch 10 tháng năm 2025 đạt 7,6 tỷ USD. Trong quý III, lượng xe hàng tăng mạnh.\n\n"
            "Theo kế hoạch, đến năm 2030, tỉnh phấn đấu đưa kim ngạch đạt 15 tỷ USD.")
    df = extract_text(text)
    assert df.loc[df["date_text"] == "quý III", "edtf"].tolist() == ["2025-35"]


def test_the_year_so_far_a_figure_is_the_highest_of_is_no_event():
    text = "Riêng tháng 10/2025, kim ngạch đạt hơn 820 triệu USD, cao nhất từ đầu năm đến nay."
    assert list(extract_text(text)["edtf"]) == ["2025-10"]


def test_years_gone_by_since_a_date_tell_the_story_s_year():
    text = ("Đã 46 năm trôi qua, nhưng ông vẫn nhớ rạng sáng 17/2/1979, khi pháo địch bắn vào Đồng Đăng.\n\n"
            "Ông làm Chủ tịch Hội Cựu chiến binh xã từ năm 1995 đến năm 2010. Tháng 2 năm ngoái, ông trở lại chiến trường.")
    df = extract_text(text)
    assert df.loc[df["date_text"] == "Tháng 2 năm ngoái", "edtf"].tolist() == ["2024-02"]


def test_the_same_day_after_a_background_day_and_a_life_is_the_story_s():
    text = ("Thứ Năm, 06/11/2025\n\nSáng 6/11, Ban Lễ tang tổ chức lễ truy điệu đồng chí Hoàng Văn Thân.\n\n"
            "Đồng chí đã từ trần hồi 15 giờ ngày 3/11/2025, hưởng thọ 94 tuổi.\n\n"
            "Từ 1969 – 1979: Bí thư Huyện ủy Tràng Định.\n\nLễ an táng được tổ chức cùng ngày tại quê nhà.")
    df = extract_text(text)
    assert df.loc[df["date_text"] == "cùng ngày", "edtf"].tolist() == ["2025-11-06"]


@pytest.mark.parametrize("text,expected", [
    # a lunar month of a year named by the cycle: the solar month its middle falls in
    ("Mãi đến tháng 7 năm Đinh Mùi, quân Minh mới tiến gần biên giới.", ["1427-08"]),
    # the bracket names the solar year the writer meant; the month is Bính Ngọ's (1426) twelfth
    ("Bấy giờ là tháng Chạp năm Bính Ngọ (1427), quân Minh sang đánh.", ["1427-01"]),
    # a month of a year of three digits
    ("Tháng 4 năm 981, quân Tống kéo sang xâm lược.", ["0981-04"]),
    # a day in words right after a lunar day of the same month is lunar too
    ("Ngày 18 tháng 9 âm lịch năm 1427, Liễu Thăng đánh Chi Lăng. Ông bị chém vào ngày 20 tháng 9.",
     ["1427-10-08", "1427-10-10"]),
])
def test_old_histories(text, expected):
    assert list(extract_text(text, reference_date=dt.date(1427, 12, 30))["edtf"]) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ngày 27/7 năm ngoái, đơn vị được tặng Huân chương Bảo vệ Tổ quốc.", ["2019-07-27"]),
    ("Hôm 5/3 năm trước, trời rét đậm.", ["2019-03-05"]),
])
def test_a_day_of_a_year_counted_from_this_one(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


def test_a_story_telling_only_old_years_and_one_to_come_is_told_the_year_before():
    text = ("Hội nghị Cấp cao ASEAN lần thứ 47\n\nKuala Lumpur, 26/10 (TTXVN) - Sáng nay, Thủ tướng dự lễ khai mạc "
            "Hội nghị Cấp cao ASEAN. Hội nghị diễn ra từ ngày 26 - 28/10. ASEAN được thành lập ngày 8/8/1967. "
            "Năm 2026, Philippines sẽ đảm nhận vai trò Chủ tịch ASEAN.")
    assert list(extract_text(text)["edtf"])[:2] == ["2025-10-26", "2025-10-26/2025-10-28"]


def test_next_year_in_a_sentence_that_tells_a_plan_counts_from_the_articles_year():
    text = ("Ngày 10/11/2024, các cựu học sinh gặp mặt. Từ năm 1995, các cựu học sinh về thăm trường 5 năm một lần. "
            "Năm sau, nhân dịp kỷ niệm 50 năm ra trường, Ban liên lạc dự kiến tổ chức chuyến về nguồn.")
    df = extract_text(text)
    assert df[df["date_text"] == "Năm sau"].iloc[0]["edtf"] == "2025"
    told = extract_text("Ngày 10/11/2024, các cựu học sinh gặp mặt. Năm 1995, ông nhập ngũ. Năm sau, ông đi học ở Liên Xô.")
    assert told[told["date_text"] == "Năm sau"].iloc[0]["edtf"] == "1996"


def test_a_count_before_thu_leaves_the_date_without_a_weekday():
    df = extract_text("Hội nghị Trung ương lần thứ 6 ngày 10/10/2022 bàn về nhiệm vụ.", reference_date=REF)
    assert list(df["date_text"]) == ["10/10/2022"]


def test_a_forecast_day_after_an_old_record_is_in_the_articles_year():
    text = ("Cập nhật: 16:40, Chủ nhật, 01/12/2024\n\nĐợt rét năm 2016 từng khiến Mẫu Sơn ghi nhận nhiệt độ -4 độ C "
            "vào ngày 24/1/2016. Dự báo đến cuối tuần, từ ngày 7/12, không khí lạnh suy yếu dần.")
    df = extract_text(text)
    assert df[df["date_text"].str.contains("7/12")].iloc[0]["edtf"] == "2024-12-07"


def test_a_meeting_named_for_the_month_before_keeps_the_articles_year():
    text = ("Thứ Tư, 02/04/2025 | 10:15\n\nChiều 1/4, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3 năm 2025 để đánh "
            "giá tình hình kinh tế - xã hội quý I.")
    assert extract_text(text).iloc[0]["edtf"] == "2025-04-01"


def test_a_yearly_day_across_the_turn_of_the_year_is_the_nearest_one():
    text = ("Cập nhật: 02/01/2025 15:20\n\nĐêm giao thừa dương lịch, tại Quảng trường 17-10, thành phố Lạng Sơn tổ chức "
            "chương trình nghệ thuật chào năm mới.")
    row = extract_text(text).iloc[0]
    assert row["edtf"] == "2024-12-31" and row["places"] == ["Quảng trường 17-10", "Lạng Sơn"]
    # (in its own year when the article is not at the turn)
    assert extract_text("Đêm giao thừa dương lịch, thành phố bắn pháo hoa.",
                        reference_date=dt.date(2024, 12, 20)).iloc[0]["edtf"] == "2024-12-31"


def test_the_same_day_after_a_history_told_on_past_its_old_day_is_the_news_day():
    text = ("Sáng 22/3/2024, tỉnh và nhà trường ký kết thỏa thuận hợp tác.\n\nNhà trường được thành lập ngày "
            "8/8/1959. Năm 2011, trường được nâng cấp. Ngay sau lễ ký kết, chiều cùng ngày, đoàn công tác làm việc "
            "với Sở Nông nghiệp.")
    df = extract_text(text)
    assert df[df["date_text"].str.contains("cùng ngày")].iloc[0]["edtf"] == "2024-03-22"


def test_a_weekday_in_brackets_after_the_day_is_checked_as_one_before_it():
    ref = dt.date(2025, 1, 3)
    right = extract_text("Ngày 06/01/2025 (thứ Hai), học sinh trở lại trường.", reference_date=ref).iloc[0]
    assert right["date_text"] == "06/01/2025 (thứ Hai)" and right["notes"] == []
    wrong = extract_text("Ngày 05/01/2025 (thứ Hai), học sinh trở lại trường.", reference_date=ref).iloc[0]
    assert wrong["edtf"] == "2025-01-05" and wrong["notes"] == ["the weekday written does not fall on this date"]


def test_an_agency_datelines_full_day_is_the_storys_over_a_backstorys_years():
    text = ("Đức bầu cử Quốc hội\n\nBerlin, 23/2/2025 (TTXVN) - Hôm nay, cử tri Đức đi bỏ phiếu. Liên minh cầm quyền tan "
            "rã vào tháng 11/2024. Ngày 16/12/2024, Thủ tướng không vượt qua cuộc bỏ phiếu tín nhiệm. Kết quả dự kiến "
            "được công bố vào sáng mai (24/2).")
    df = extract_text(text)
    assert df[df["date_text"] == "sáng mai (24/2)"].iloc[0]["edtf"] == "2025-02-24"


def test_a_year_less_stretch_after_a_history_told_on_past_its_day_is_the_articles():
    text = ("Sáng 21/4/2025, Thư viện tỉnh phát động Ngày Sách.\n\nNgày 24/2/2014, Thủ tướng ký quyết định lấy ngày 21/4 "
            "hằng năm là Ngày Sách Việt Nam. Năm 2022, ngày này được đổi tên. Trong tuần lễ từ 21 đến 27/4, Thư viện "
            "tỉnh mở cửa miễn phí.")
    df = extract_text(text)
    assert df[df["date_text"] == "từ 21 đến 27/4"].iloc[0]["edtf"] == "2025-04-21/2025-04-27"


def test_a_season_over_two_years_is_the_storys_time_when_nothing_else_says_it():
    text = ("Những ngày cuối tháng 9, nông dân xuống giống cây vụ đông. Vụ đông năm 2024 – 2025, huyện phấn đấu gieo "
            "trồng 1.200 ha. Khoai tây phải trồng xong trước ngày 15/11. Sau Tết, bà con sẽ chuẩn bị đất cho vụ xuân "
            "2025.")
    df = extract_text(text)
    assert df.iloc[0]["edtf"] == "2024-09-21/2024-09-30"
    assert df[df["date_text"] == "trước ngày 15/11"].iloc[0]["edtf"] == "../2024-11-15"


def test_a_forecasts_opening_word_leaves_its_date_leading_the_sentence():
    row = extract_text("Dự báo chiều tối mai (17/10), bão đi vào vùng biển Quảng Ninh.", reference_date=REF).iloc[0]
    assert row["edtf"] == "2020-10-17" and row["places"] == ["Quảng Ninh"]


def test_a_school_years_months_before_july_are_in_its_second_year():
    text = ("Chiều 30/5, Sở Giáo dục và Đào tạo tổng kết năm học 2024 – 2025.\n\nTại kỳ thi diễn ra trong 2 ngày 25 và "
            "26/12/2024, đội tuyển đoạt 21 giải.\n\nNăm học mới khai giảng vào ngày 5/9.")
    df = extract_text(text)
    assert df.iloc[0]["edtf"] == "2025-05-30"
    assert df[df["date_text"].str.contains("5/9")].iloc[0]["edtf"] == "2025-09-05"
    # a stretch of two years that is no season leaves the year told
    other = extract_text("Chiều 30/5, tỉnh tổng kết giai đoạn 2024 – 2025. Ngày 25/12/2024, đội tuyển đoạt 21 giải.")
    assert other.iloc[0]["edtf"] == "2024-05-30"


def test_a_documents_day_after_a_plan_is_a_fact_and_a_targets_horizon_no_year_to_come():
    text = ("Sáng 20/4, UBND tỉnh công bố Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 – 2030, tầm nhìn đến năm 2050. Quy "
            "hoạch được phê duyệt tại Quyết định số 236/QĐ-TTg ngày 14/3/2024. Theo quy hoạch, đến năm 2030, Lạng Sơn "
            "phấn đấu trở thành tỉnh phát triển khá.")
    df = extract_text(text)
    assert df.iloc[0]["edtf"] == "2024-04-20"


def test_a_plans_period_in_its_name_leaves_the_sentence_to_its_day():
    row = extract_text("Sáng 20/4, tại thành phố Lạng Sơn, UBND tỉnh tổ chức hội nghị công bố Quy hoạch tỉnh Lạng "
                       "Sơn thời kỳ 2021 – 2030, tầm nhìn đến năm 2050.", reference_date=REF).iloc[0]
    assert row["title"].startswith("UBND tỉnh tổ chức hội nghị công bố Quy hoạch")
    assert row["organisations"] == ["Ủy ban nhân dân tỉnh Lạng Sơn"]


@pytest.mark.parametrize("text,expected", [
    ("Hiện vật có niên đại từ thế kỷ XV đến đầu thế kỷ XX.", "14XX/1932"),
    ("Hiện vật có niên đại từ cuối thế kỷ XV đến đầu thế kỷ XX.", "1467/1932"),
    ("Dòng họ sinh sống ở đây từ đầu thế kỷ XIX đến nay.", "1800/.."),
    ("Từ những năm 1990 đến nay, làng nghề phát triển mạnh.", "199X/.."),
    ("Từ thế kỷ XVIII đến nay, lễ hội được duy trì.", "17XX/.."),
])
def test_centuries_and_decades_in_stretches(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == [expected]


def test_the_first_time_is_no_start_of_the_year():
    assert list(extract_text("Ngày hội được tổ chức lần đầu năm 1977.", reference_date=REF)["edtf"]) == ["1977"]
    assert list(extract_text("Đầu năm 1977, ngày hội được tổ chức.", reference_date=REF)["edtf"]) == ["1977-01/1977-04"]


@pytest.mark.parametrize("text,expected", [
    ("Ngày 2/11, nhân Ngày Pháp luật Việt Nam, Sở Tư pháp tổ chức mít tinh.", ["2020-11-02"]),
    ("Tối 20/12, lãnh đạo tỉnh đến thăm, chúc mừng Giáng sinh Tòa Giám mục.", ["2020-12-20"]),
    # with no day of its own, the feast dates the sentence
    ("Nhân dịp Giáng sinh, lãnh đạo tỉnh đến thăm Tòa Giám mục.", ["2020-12-25"]),
])
def test_a_yearly_day_named_as_the_occasion_of_a_dated_sentence_is_no_event(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


def test_the_same_day_after_a_history_paragraph_is_the_news_day_told_as_today():
    text = ("Moskva, 9/5/2025 (TTXVN) – Sáng nay, Nga tổ chức lễ duyệt binh.\n\nNgày 22/6/1941, phát xít Đức tấn công "
            "Liên Xô. Ngày 9/5/1945, nước Đức ký văn kiện đầu hàng.\n\nChiều cùng ngày, hai bên hội đàm.")
    df = extract_text(text)
    assert df[df["date_text"] == "Chiều cùng ngày"].iloc[0]["edtf"] == "2025-05-09"


def test_a_year_less_day_just_across_the_turn_of_the_year_from_the_storys_day_is_the_nearest():
    text = ("Cán bộ được nghỉ Tết Dương lịch vào thứ Tư (1/1/2025).\n\nDự báo lượng khách tăng cao từ chiều 31/12.\n\n"
            "Tết Nguyên đán, người lao động được nghỉ từ thứ Bảy (25/1/2025) đến hết Chủ nhật (2/2/2025).")
    df = extract_text(text)
    assert df[df["date_text"].str.contains("31/12")].iloc[0]["edtf"] == "2024-12-31"


def test_a_deadline_a_demand_sets_tells_the_storys_year():
    text = ("Đường tránh chậm tiến độ\n\nSáng 12/11, đoàn công tác kiểm tra tiến độ dự án.\n\n"
            "Dự án được khởi công tháng 10/2023, dự kiến hoàn thành trong quý II/2025.\n\n"
            "Đồng chí Phó Chủ tịch yêu cầu các địa phương hoàn thành bàn giao mặt bằng trước ngày 31/12/2024.")
    assert extract_text(text).iloc[0]["edtf"] == "2024-11-12"


def test_from_now_with_no_day_of_the_articles_own_starts_on_the_storys_latest_day():
    text = ("Từ đầu năm đến nay, toàn tỉnh ghi nhận 312 ca, tăng so với cùng kỳ năm 2023.\n\nSáng 12/11, đoàn công tác "
            "kiểm tra công tác phòng dịch.\n\nNgành y tế khuyến cáo người dân phòng bệnh từ nay đến hết tháng 12.")
    df = extract_text(text)
    assert df[df["date_text"].str.startswith("từ nay")].iloc[0]["edtf"] == "2024-11-12/2024-12"


def test_a_lunar_day_said_again_in_the_solar_calendar_takes_its_lunar_year_from_it():
    df = extract_text("Năm nay, đêm giao thừa rơi vào tối 29 tháng Chạp, tức ngày 28/1/2025.", reference_date=REF)
    assert df[df["date_text"] == "tối 29 tháng Chạp"].iloc[0]["edtf"] == "2025-01-28"


def test_a_custom_told_as_such_is_no_event():
    df = extract_text("Theo phong tục, ngày 23 tháng Chạp âm lịch, các gia đình làm lễ tiễn ông Công ông Táo.",
                      reference_date=REF)
    assert df.empty


def test_a_sentence_that_only_equates_two_dates_is_its_own_title():
    df = extract_text("Mùng 1 Tết Ất Tỵ là ngày 29/1/2025.", reference_date=REF)
    assert set(df["title"]) == {"Mùng 1 Tết Ất Tỵ là ngày 29/1/2025"}


def test_a_round_birthday_kept_tells_the_storys_year():
    text = ("Mừng thọ cụ bà tròn 100 tuổi\n\nSáng 15/3, UBND xã tổ chức lễ mừng thọ cụ Lương Thị Mìn, tròn 100 tuổi.\n\n"
            "Cụ Mìn sinh năm 1925 trong một gia đình nông dân.")
    assert extract_text(text).iloc[0]["edtf"] == "2025-03-15"


def test_todays_weekday_in_brackets_moves_the_storys_year():
    text = ("Học sinh nghỉ học do rét\n\nHôm nay (thứ Bảy, 30/11), Sở Giáo dục và Đào tạo ban hành văn bản.\n\n"
            "Năm học 2023 – 2024, học sinh đã phải nghỉ học 4 ngày vì rét. Từ đêm mai (1/12), không khí lạnh tràn về.")
    df = extract_text(text)
    assert df.iloc[0]["edtf"] == "2024-11-30"
    assert df[df["date_text"].str.contains("1/12")].iloc[0]["edtf"] == "2024-12-01"


def test_this_year_is_after_the_year_it_is_compared_with():
    text = "Năm 2022, sản phẩm đạt chuẩn OCOP. Vụ chè xuân năm nay, hợp tác xã thu mua 20 tấn, cao hơn năm 2023 khoảng 5 tấn."
    df = extract_text(text)
    assert df[df["date_text"] == "năm nay"].iloc[0]["edtf"] == "2024"


def test_days_to_come_in_a_year_named_before_them_tell_the_storys_year():
    text = ("Ngày hội sẽ diễn ra vào cuối tháng 9\n\nNgày hội lần thứ V, năm 2025 sẽ diễn ra từ ngày 26 đến 28/9. Lần thứ "
            "IV năm 2020 được tổ chức bù vào tháng 11/2021.\n\nChiều 12/8, Ban Tổ chức họp triển khai công tác chuẩn bị.")
    df = extract_text(text)
    assert df[df["date_text"] == "Chiều 12/8"].iloc[0]["edtf"] == "2025-08-12"


def test_a_part_counted_out_of_the_clause_before_is_no_background():
    # 'trong đó' opens no time clause ('Trong kháng chiến, …' does): what it tells is the event
    df = extract_text("Quốc hội đã thông qua 51 luật, trong đó nhiều luật có hiệu lực từ ngày 1/1/2026.",
                      reference_date=REF)
    assert df.iloc[0]["title"].endswith("trong đó nhiều luật có hiệu lực")
    df = extract_text("Trong kháng chiến, nhiều người đã hy sinh, năm 1947.", reference_date=REF)
    assert not df.iloc[0]["title"].startswith("Trong")


def test_a_season_told_of_by_a_later_date_is_part_of_its_title():
    df = extract_text("Mùa khô năm 2024 – 2025 trên địa bàn tỉnh dự báo kéo dài từ tháng 11/2024 đến tháng 4/2025, "
                      "lượng mưa thấp hơn trung bình.", reference_date=REF)
    row = df[df["date_text"].str.startswith("từ tháng")].iloc[0]
    assert row["title"].startswith("Mùa khô năm 2024 - 2025") and row["edtf"] == "2024-11/2025-04"


@pytest.mark.parametrize("text,expected", [
    ("Đêm 31/12/2024 rạng sáng 1/1/2025, thành phố bắn pháo hoa.", "2024-12-31/2025-01-01"),
    ("Đêm 31/12 rạng sáng 1/1, thành phố bắn pháo hoa.", "2020-12-31/2021-01-01"),
    ("Từ ngày 28/12 đến ngày 3/1, hội chợ diễn ra.", "2020-12-28/2021-01-03"),
])
def test_stretches_over_the_turn_of_the_year(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == [expected]


def test_a_stretch_from_now_to_a_month_dates_the_storys_days_before_it():
    # no date line; the winter told as past is the last one, the plan runs to next February
    text = ("Mẫu Sơn có thể có băng giá\n\nTừ đêm 7/12, nhiệt độ giảm mạnh; sáng 9/12 có thể có băng giá. "
            "Đêm 23 rạng sáng 24/1/2016, tuyết đã rơi trên đỉnh núi.\n\nMùa đông năm 2024 - 2025, khu du lịch đón "
            "150.000 lượt khách. Từ nay đến cuối tháng 2/2026, ban sẽ tổ chức nhiều hoạt động.")
    df = extract_text(text)
    assert list(df["edtf"])[:2] == ["2025-12-07", "2025-12-09"]
    assert "2024-11/2025-01" in list(df["edtf"])


@pytest.mark.parametrize("text,expected", [
    ("Mùa đông năm 2024 - 2025, khu du lịch đón 150.000 lượt khách.", ["2024-11/2025-01"]),
    ("Mùa đông 2024, trời rét đậm.", ["2024-11/2025-01"]),
])
def test_a_winter_over_two_years_is_one_season(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


def test_before_that_on_the_eve_and_last_years_new_year():
    text = ("Pháo hoa chào năm mới\n\nMàn bắn pháo hoa diễn ra từ 0h đến 0h15 ngày 1/1/2025. Trước đó, từ 21h ngày 31/12, "
            "chương trình nghệ thuật đã thu hút hàng nghìn người.\n\nTết Dương lịch năm ngoái, thành phố cũng bắn pháo hoa.")
    df = extract_text(text)
    assert df[df["date_text"].str.contains("31/12")].iloc[0]["edtf"] == "2024-12-31"
    assert df[df["date_text"].str.startswith("Tết")].iloc[0]["edtf"] == "2024-01-01"


def test_those_years_are_the_stretch_told_before():
    df = extract_text("Thời kỳ bao cấp kéo dài từ năm 1976 đến năm 1986. Trong những năm ấy, nhu yếu phẩm được phân phối "
                      "theo tem phiếu. Năm 1976, ông nhập ngũ. Cuối năm ấy, ông ra chiến trường.")
    assert list(df["edtf"]) == ["1976/1986", "1976/1986", "1976", "1976-09/1976-12"]


def test_the_days_counted_before_a_list_of_days_are_its_words():
    row = extract_text("Các ngày 14 và 15/9, Nhà Thiếu nhi tỉnh tổ chức đêm hội rước đèn.", reference_date=REF).iloc[0]
    assert row["date_text"] == "Các ngày 14 và 15/9" and row["title"] == "Nhà Thiếu nhi tỉnh tổ chức đêm hội rước đèn"
    assert row["organisations"] == ["Nhà Thiếu nhi tỉnh"]


def test_a_year_after_a_dated_day_is_the_storys_year():
    text = ("Một năm sau cơn bão\n\nTròn một năm sau cơn bão số 3 đổ bộ vào miền Bắc ngày 7/9/2024, cuộc sống của người dân "
            "đã dần ổn định.\n\nSáng 6/9, UBND huyện tổ chức bàn giao 12 căn nhà mới cho các hộ bị mất nhà trong cơn bão "
            "năm ngoái.")
    df = extract_text(text)
    assert df[df["date_text"] == "Sáng 6/9"].iloc[0]["edtf"] == "2025-09-06"
    assert df[df["date_text"] == "năm ngoái"].iloc[0]["edtf"] == "2024"


def test_before_a_season_of_a_year_is_before_that_year():
    assert list(extract_text("Huyện phấn đấu hoàn thành các công trình trước mùa mưa bão năm 2026.")["edtf"]) == ["../2026"]


def test_a_lead_day_before_a_month_told_after_it_as_done_is_in_the_next_year():
    text = ("Ra mắt cuốn sách\n\nChiều 14/1, Ban Thường vụ Huyện ủy tổ chức lễ ra mắt cuốn sách.\n\nCuốn sách được biên soạn "
            "từ năm 2021 đến năm 2023 và được Ban Thường vụ Tỉnh ủy thẩm định vào tháng 11/2024.")
    assert extract_text(text).iloc[0]["edtf"] == "2025-01-14"
    # (a lead day after the month told leaves its year)
    assert extract_text(text.replace("Chiều 14/1", "Chiều 14/12")).iloc[0]["edtf"] == "2024-12-14"


def test_a_history_that_opens_with_its_year_goes_on_in_it_month_after_month():
    text = ("Tháng 8/1945, thời cơ Tổng khởi nghĩa đã đến. Ngày 20/8, Ủy ban Dân tộc giải phóng tỉnh được thành lập.\n\n"
            "Tháng 9, quân Tưởng kéo vào Lạng Sơn. Đến tháng 12, Đảng bộ tỉnh chỉ đạo xây dựng lực lượng tự vệ.\n\n"
            "Ngày 6/1/1946, nhân dân đi bầu cử Quốc hội khóa I.")
    assert list(extract_text(text)["edtf"]) == ["1945-08", "1945-08-20", "1945-09", "1945-12", "1946-01-06"]


@pytest.mark.parametrize("text,expected", [
    ("Đêm trước ngày 30/4/1975, quân ta áp sát Sài Gòn.", ["1975-04-29"]),
    ("Trước ngày 30/4/1975, quân ta áp sát Sài Gòn.", ["../1975-04-30"]),
])
def test_the_eve_of_a_day_is_the_day_before_not_all_time_before(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


def test_before_during_and_after_a_feast_is_the_feasts_time_and_part_of_the_days_title():
    df = extract_text("Ngày 20/1/2025, Công an tỉnh ra quân bảo đảm an ninh, trật tự trước, trong và sau Tết Nguyên đán "
                      "Ất Tỵ 2025.")
    row = df[df["date_text"].str.startswith("trước")].iloc[0]
    assert row["edtf"] == "2025-01-29" and row["title"] == df.iloc[0]["title"]


@pytest.mark.parametrize("text,date_text,expected", [
    ("Xuân Ất Tỵ năm nay, Ban Quản lý di tích bố trí tình nguyện viên.", "Xuân Ất Tỵ năm nay", "2025"),
    ("Trong 9 ngày nghỉ Tết Giáp Thìn năm ngoái, toàn tỉnh xảy ra 6 vụ tai nạn.", "Tết Giáp Thìn năm ngoái", "2024-02-10"),
])
def test_a_cycle_year_said_again_as_this_or_last_year_is_one_expression(text, date_text, expected):
    df = extract_text(text, reference_date=dt.date(2025, 1, 20))
    assert list(df["date_text"]) == [date_text] and list(df["edtf"]) == [expected]


def test_a_years_review_held_early_in_the_next_year_needs_no_plan_to_say_so():
    text = ("Hội Nông dân tổng kết năm 2024\n\nSáng 8/1, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2024. "
            "Tháng 10/2024, Hội giải ngân 120 tỷ đồng cho hội viên.")
    assert extract_text(text).iloc[0]["edtf"] == "2025-01-08"
    assert extract_text(text.replace("Sáng 8/1", "Chiều 30/12")).iloc[0]["edtf"] == "2024-12-30"


def test_a_month_gone_by_with_no_day_of_the_articles_own_counts_from_the_storys_day():
    text = ("Kim ngạch lập kỷ lục\n\nNgày 3/1, Chi cục Hải quan cho biết, năm 2024 vừa qua, kim ngạch đạt 5,3 tỷ USD. "
            "Riêng tháng 12 vừa qua, kim ngạch đạt 620 triệu USD. Năm mới 2025 bắt đầu sôi động.")
    df = extract_text(text)
    assert df[df["date_text"] == "tháng 12 vừa qua"].iloc[0]["edtf"] == "2024-12"


def test_two_weekdays_that_agree_tell_a_later_year_than_the_years_told():
    text = ("Theo kết quả công bố hôm thứ Hai (27/10), đảng cầm quyền giành 220 ghế trong cuộc bầu cử hôm Chủ nhật "
            "(26/10). Đây là cuộc bầu cử đầu tiên kể từ tháng 10/2021. Quốc hội sẽ họp vào ngày 11/11.")
    assert list(extract_text(text)["edtf"]) == ["2025-10-27", "2025-10-26", "2021-10", "2025-11-11"]


@pytest.mark.parametrize("text,expected", [
    # the part of the year after the one a history has just told
    ("Sau Hiệp định Giơnevơ (7/1954), xã khôi phục kinh tế. Đầu năm sau, 100% số hộ vào tổ đổi công.",
     ["1954-07", "1955-01/1955-04"]),
    # opening its sentence, the same time of last year is when what follows happened
    ("Cùng thời điểm năm ngoái, miền Bắc cũng đón đợt rét đậm vào ngày 1/12.", ["2019-12-01"]),
    ("Kim ngạch tăng 20% so với cùng kỳ năm 2019.", []),
    # a quarter named again without its year in the sentence that gave it one
    ("GDP quý III/2020 tăng 8,23%, mức tăng cao nhất của quý III trong giai đoạn 2011 – 2020.",
     ["2020-35", "2011/2020"]),
])
def test_years_told_before_and_again(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


@pytest.mark.parametrize("text,expected", [
    # two worded days joined by 'và': one stretch when they follow each other
    ("Lễ hội diễn ra ngày 13 và 14 tháng 3 năm 2020.", ["2020-03-13/2020-03-14"]),
    ("Lễ hội diễn ra trong 2 ngày 13 và 14 tháng Giêng năm Canh Tý (tức ngày 6 và 7/2/2020).", ["2020-02-06/2020-02-07"]),
    ("Hội nghị diễn ra ngày 5 và 20 tháng 3 năm 2020.", ["2020-03-05", "2020-03-20"]),
    ("Cháu bé mới 5 và 6 tháng tuổi.", []),
])
def test_two_worded_days(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


@pytest.mark.parametrize("text,expected", [
    # a week or month said again by its dates is one expression, which they place
    ("Tuần qua (từ ngày 17 đến 23/11), giá lúa tăng.", ["2020-11-17/2020-11-23"]),
    ("Tuần qua, từ ngày 17 đến 23/11, giá lúa tăng.", ["2020-11-17/2020-11-23"]),
    ("Tháng trước (tháng 9), giá lúa tăng.", ["2020-09"]),
    # a month's last or first day (a stretch of that one day, as 'đầu tháng' is a stretch)
    ("Ngày cuối cùng của tháng 11, trời rét đậm.", ["2020-11-30/2020-11-30"]),
    ("Ngày cuối của tháng 2/2024, trời rét.", ["2024-02-29/2024-02-29"]),
    ("Ngày đầu tiên của tháng 3, trời ấm.", ["2020-03-01/2020-03-01"]),
])
def test_weeks_and_months_said_again_and_a_months_ends(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


def test_a_title_sheds_a_dangling_plural_but_not_a_names_syllable():
    df = extract_text("Trường đạt danh hiệu tập thể lao động xuất sắc các năm 2019, 2021 và 2023.", reference_date=REF)
    assert df.iloc[0]["title"] == "Trường đạt danh hiệu tập thể lao động xuất sắc"
    df = extract_text("Tháng 10 vừa qua, huyện trao 15 nhà đại đoàn kết tại các xã Hòa Bình, Tràng Các.", reference_date=REF)
    assert df.iloc[0]["title"].endswith("Tràng Các")


def test_an_interviews_speaker_is_no_part_of_the_answers_title():
    text = "PV: Ông bắt đầu từ khi nào?\n\nÔng Hoàng Văn Lâm: Tôi bắt đầu từ năm 1985, khi còn công tác tại Sở Văn hóa."
    assert extract_text(text, reference_date=REF).iloc[0]["title"] == "Tôi bắt đầu"
    # a place heading a headline stays
    assert extract_text("Lạng Sơn: Khai mạc hội chợ ngày 5/12/2024", reference_date=REF).iloc[0]["title"].startswith("Lạng Sơn")


def test_a_records_fields_and_lines():
    text = ("Đồng chí Phạm Văn Đồng\n\nNgày sinh: 01-03-1906\nNgày vào Đảng: 1940\n\n"
            "- 1984-10/1986: Phó Bí thư, Chủ tịch Ủy ban nhân dân tỉnh Bắc Thái;\n- 8/1948 : Bộ Trưởng bộ Tài chính.\n")
    df = extract_text(text, reference_date=REF)
    assert list(df["edtf"]) == ["1906-03-01", "1940", "1984/1986-10", "1948-08"]
    # (whose record it is: the heading above it names the person)
    assert list(df["title"])[:2] == ["Phạm Văn Đồng sinh", "Phạm Văn Đồng vào Đảng"]
    assert list(df.iloc[0]["persons"]) == ["Phạm Văn Đồng"]
    assert list(df.iloc[3]["organisations"]) == []  # a minister written big is a title, no ministry


def test_records_of_several_people_name_each_one():
    text = ("1. Chủ tịch Hồ Chí Minh\nNgày sinh: 19/05/1890\nNgày mất: 02/09/1969\n"
            "2. Tổng Bí thư Trần Phú\nHọ và tên: Trần Phú\nNgày sinh: 1/5/1904\nNgày mất: 6/9/1931\n")
    df = extract_text(text, reference_date=REF)
    assert list(df["title"]) == ["Hồ Chí Minh sinh", "Hồ Chí Minh mất", "Trần Phú sinh", "Trần Phú mất"]


def test_a_date_after_and_that_opens_its_own_subject_and_verb_is_its_own_event():
    df = extract_text("Năm 1925, đồng chí tham gia cuộc vận động đòi ân xá cho Phan Bội Châu và năm 1926 đồng chí "
                      "là một trong những người lãnh đạo cuộc bãi khóa.", reference_date=REF)
    assert list(df["title"]) == ["Đồng chí tham gia cuộc vận động đòi ân xá cho Phan Bội Châu",
                                 "Đồng chí là một trong những người lãnh đạo cuộc bãi khóa"]


@pytest.mark.parametrize("text,expected", [
    # before or after a holiday's break is before or after the feast
    ("Cao tốc sẽ đi vào hoạt động trước dịp nghỉ Tết Nguyên đán Canh Tý năm 2020.", ["../2020-01-25"]),
    ("Sau kỳ nghỉ lễ 2/9, học sinh trở lại trường.", ["2020-09-02/.."]),
])
def test_before_and_after_a_holidays_break(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


def test_a_stretch_from_a_bracketed_year_keeps_its_bracket_whole():
    text = "Từ sau khi kết thúc chiến tranh (1975) đến năm 2017, Việt Nam đã nhiều lần sắp xếp đơn vị hành chính."
    row = extract_text(text, reference_date=REF).iloc[0]
    assert row["date_text"] == "(1975) đến năm 2017" and row["edtf"] == "1975/2017"


@pytest.mark.parametrize("text,expected", [
    # a day of Tết with its cycle year and number in brackets
    ("Trưa ngày mồng 5 Tết (Kỷ Dậu, 1789), quân Tây Sơn vào Thăng Long.", ["1789-01-30"]),
    # years ago said again after a dash
    ("Cách đây tròn 234 năm - mùa xuân năm Kỷ Dậu 1789, quân Tây Sơn tiến công.", ["1789-02/1789-04"]),
])
def test_lunar_days_with_their_years(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


@pytest.mark.parametrize("text,expected", [
    # two following days listed with 'và' are one stretch; two sessions each with its hours are two
    ("Trong hai ngày Quốc tang (14/8 và 15/8/2020), các công sở treo cờ rủ.", ["2020-08-14/2020-08-15"]),
    ("Lễ viếng được tổ chức từ 7 giờ đến 22 giờ ngày 8/11/2020 và từ 7 giờ đến 11 giờ ngày 9/11/2020.",
     ["2020-11-08", "2020-11-09"]),
])
def test_following_days_listed_with_and(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


@pytest.mark.parametrize("text,expected", [
    ("Trong 8 tháng của năm 2019, kim ngạch đạt gần 59 tỷ USD.", ["2019-01/2019-08"]),
    ("Kim ngạch từ ngày 1 đến hết 15-12-2019 chỉ đạt 121,65 triệu USD.", ["2019-12-01/2019-12-15"]),
])
def test_a_years_months_with_cua_and_a_stretch_to_the_end_of_a_day(text, expected):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == expected


def test_the_story_is_told_after_a_span_of_works_and_at_the_age_its_lead_gives():
    text = ("Khánh thành nhà máy nước\n\nSáng 25/11, công ty tổ chức lễ khánh thành nhà máy.\n\n"
            "Nhà máy được khởi công từ tháng 3/2024. Sau hơn 18 tháng thi công, công trình đã hoàn thành và đi vào "
            "hoạt động từ ngày 1/11.")
    assert list(extract_text(text)["edtf"]) == ["2025-11-25", "2024-03", "2025-11-01"]
    text = ("Nghệ nhân giữ nghề\n\nÔng Hoàng Văn Nhị, 80 tuổi, ở thôn Nà Tèn là người giữ nghề.\n\n"
            "Năm 1960, khi mới 15 tuổi, ông theo bố học nghề. Tháng 9/2023, ông được tặng Bằng khen. "
            "Từ đầu năm nay, ông đã truyền nghề cho 10 thanh niên.")
    assert list(extract_text(text)["edtf"])[-1].startswith("2025-01")


def test_years_ago_in_a_history_that_tells_no_recent_year_count_from_nothing_it_says():
    """A page telling only old years (the latest 1949) is not told in 1949: 'cách đây tròn 73
    năm' counts from a day it does not say, so it dates nothing; given the day, it does."""
    text = ("Từ ngày thành lập cách đây tròn 73 năm, nhiều đơn vị đã được tặng danh hiệu.\n\n"
            "Ngày 12.1.1947, Hội nghị quân sự toàn quốc tặng Trung đoàn Liên khu 1 danh hiệu Trung đoàn Thủ đô. "
            "Ngày 19.8.1949, ba trung đoàn được sáp nhập thành Trung đoàn 174.")
    assert list(extract_text(text)["edtf"]) == ["1947-01-12", "1949-08-19"]
    assert list(extract_text(text, reference_date=dt.date(2017, 12, 20))["edtf"]) == ["1944", "1947-01-12", "1949-08-19"]


def test_a_day_told_before_after_a_span_of_works_that_came_to_now_is_the_storys():
    """'Dự án được khởi công ngày 1/1/2024. Sau gần 3 năm thi công, … Trước đó, hôm 15/11, …':
    the works have brought the story to its own time; 'trước đó' is before the story's day, not
    before the works began."""
    text = ("Thông xe cao tốc\n\nThứ Sáu, 27/11/2026 | 16:05\n\n"
            "Sáng 27/11, tỉnh tổ chức lễ thông xe kỹ thuật tuyến cao tốc.\n\n"
            "Dự án được khởi công vào ngày 1/1/2024. Sau gần 3 năm thi công, nhà thầu đã hoàn thành mặt đường. "
            "Trước đó, hôm 15/11, Hội đồng kiểm tra nhà nước về công tác nghiệm thu đã kiểm tra hiện trường.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2026-11-27", "2024-01-01", "2026-11-15"]
    assert df.iloc[2]["organisations"] == ["Hội đồng kiểm tra nhà nước về công tác nghiệm thu"]


@pytest.mark.parametrize("sentence", [
    "Theo truyền thống Bắc tông, Lễ Phật đản thường được tổ chức vào ngày 8 tháng 4 âm lịch.",
    "Năm 1950, các nước thống nhất lấy ngày rằm tháng 4 âm lịch là ngày Phật đản Quốc tế.",
    "Từ năm 1982, ngày 20/11 là Ngày Nhà giáo Việt Nam.",
    "Ngày hội thường diễn ra vào rằm tháng Tư âm lịch, tương đương với ngày 15/4.",
])
def test_days_of_the_calendar_that_recur_or_are_named_are_no_events(sentence):
    """A day a custom keeps ('thường được tổ chức vào'), a day given a name ('là Ngày …'), a day
    restated ('tương đương với ngày 15/4'): only the years told are events."""
    df = extract_text(sentence, reference_date=REF)
    assert all(len(v) == 4 for v in df["edtf"]), list(df["edtf"])


def test_a_street_named_after_an_event_in_an_address_is_no_time():
    df = extract_text("Sáng 12/5, chùa Phước Viên, số 318, Xô Viết Nghệ Tĩnh, quận Bình Thạnh tổ chức Đại lễ Phật đản.",
                      reference_date=REF)
    assert list(df["edtf"]) == [f"{REF.year}-05-12"]
    assert df.iloc[0]["title"] == "Chùa Phước Viên, số 318, Xô Viết Nghệ Tĩnh, quận Bình Thạnh tổ chức Đại lễ Phật đản"


def test_a_part_of_a_cycle_years_spring_then_a_part_of_a_year_told_later():
    """(Found by the recombining property test: a cycle year's part has no year of its own until
    resolved, and the turn of the year is no sum to take with it.)"""
    text = ("Những ngày đầu xuân Giáp Thìn, nhiều xã đã tổ chức lễ hội Lồng tồng. "
            "Riêng 10 tháng đầu năm 2024, lực lượng chức năng đã xử lý 45 vụ vi phạm.")
    assert list(extract_text(text)["edtf"])[-1] == "2024-01/2024-10"


def test_a_headlines_day_that_begins_the_storys_night_is_one_event():
    text = "Thứ Hai, 11/08/2025 - 16:30\n\nĐêm mai, mưa sao băng đạt cực đại\n\nMưa sao băng sẽ đạt cực đại vào đêm 12 rạng sáng 13/8."
    assert list(extract_text(text)["edtf"]) == ["2025-08-12/2025-08-13"]


def test_a_headlines_day_stays_when_the_story_tells_only_a_yearly_stretch():
    text = ("Thứ Sáu, 28/03/2025 - 09:10\n\nCấm khai thác thủy sản từ ngày 1/4\n\n"
            "Tỉnh cấm khai thác thủy sản từ ngày 1/4 đến hết ngày 30/6 hằng năm.")
    assert list(extract_text(text)["edtf"]) == ["2025-04-01"]


def test_a_headlines_week_told_to_the_day_in_the_story_is_one_event():
    text = ("Thứ Hai, 17/03/2025 - 08:00\n\nGiá lúa gạo tuần qua: giảm tuần thứ ba\n\n"
            "Trong tuần từ ngày 10 đến 15/3, giá lúa giảm 100 đồng/kg.")
    assert list(extract_text(text)["edtf"]) == ["2025-03-10/2025-03-15"]


@pytest.mark.parametrize("text,last", [
    # what may come ('có thể') lies ahead of the article's day, not in the year told before it
    ("Lần gần nhất là tháng 10/2020. Đợt rét đậm đầu tiên có thể xuất hiện vào cuối tháng 11.", "2025-11-21/2025-11-30"),
    # a season of now told in the sentence gives its year to the days after it
    ("Lần gần nhất là tháng 10/2020. Trong mùa đông năm nay, đợt rét đậm đầu tiên xuất hiện vào cuối tháng 11.",
     "2025-11-21/2025-11-30"),
    ("Lần gần nhất là tháng 10/2020. Mùa hè năm ngoái, trận lũ lớn nhất xảy ra vào giữa tháng 7.", "2024-07-11/2024-07-20"),
])
def test_yearless_days_after_an_old_year_told_of_now(text, last):
    assert list(extract_text(text, reference_date=dt.date(2025, 12, 20))["edtf"])[-1] == last


@pytest.mark.parametrize("sentence,edtf", [
    # parts of a quarter are its months, roughly
    ("Tỷ giá có thể chịu áp lực đến cuối quý IV.", "2025-12"),
    ("Đầu quý II/2025, giá tăng.", "2025-04"),
    ("Giữa quý III năm 2024, giá giảm.", "2024-08"),
])
def test_parts_of_a_quarter(sentence, edtf):
    row = extract_text(sentence, reference_date=dt.date(2025, 11, 5)).iloc[0]
    assert (row["edtf"], bool(row["approximate"])) == (edtf, True)


@pytest.mark.parametrize("sentence,edtf", [
    # what was done with a document ends its name: the year after is the doing's
    ("Pháp lệnh Dân số được ban hành năm 2003.", ["2003"]),
    ("Luật Đất đai được ban hành năm 2013 sẽ hết hiệu lực.", ["2013"]),
    # a year of the name stays no event
    ("Theo Bộ luật Hình sự 1999, ông bị phạt tù.", []),
    ("Luật Phổ biến, giáo dục pháp luật năm 2012 có hiệu lực.", []),
])
def test_a_documents_year_and_the_year_it_was_made(sentence, edtf):
    assert list(extract_text(sentence, reference_date=REF)["edtf"]) == edtf


@pytest.mark.parametrize("sentence,edtf", [
    # so many days or weeks from a day named right after the count
    ("Một tuần sau ngày 5/3/2025, ông trở lại.", "2025-03-12"),
    ("Hai ngày sau Quốc khánh 2/9/1945, ông lên đường.", "1945-09-04"),
    ("3 ngày trước Tết Nguyên đán 2026, chợ hoa mở.", "2026-02-14"),
])
def test_days_counted_from_a_named_day(sentence, edtf):
    assert list(extract_text(sentence, reference_date=REF)["edtf"]) == [edtf]


@pytest.mark.parametrize("sentence,edtf", [
    # a leap month (Ất Tỵ's sixth was doubled: 25/7 - 22/8/2025), whole or a day of it
    ("Tháng 6 nhuận năm Ất Tỵ, trời hạn.", "2025-08"),
    ("Tháng 6 năm Ất Tỵ, trời hạn.", "2025-07"),
    ("Ngày 1 tháng 6 nhuận âm lịch năm 2025, lễ diễn ra.", "2025-07-25"),
])
def test_leap_months(sentence, edtf):
    assert list(extract_text(sentence, reference_date=dt.date(2025, 9, 1))["edtf"]) == [edtf]


def test_the_sets_scores_after_a_matchs_score_are_no_days():
    text = "Rạng sáng nay, Sinner thắng với tỷ số 3-1 (4-6, 6-4, 6-4, 6-4) trong trận chung kết."
    assert list(extract_text(text, reference_date=dt.date(2025, 7, 14))["edtf"]) == ["2025-07-14"]


@pytest.mark.parametrize("sentence,edtf", [
    # ISO 8601, as forms and exports write it
    ("Hồ sơ nộp ngày 2025-03-05 tại Sở.", ["2025-03-05"]),
    ("Số hiệu 2025-03-05-01 được cấp.", []),
    # 'T3/2025': a month's shorthand; letters run into the numbers make a code
    ("Hạn chót T3/2025 phải xong.", ["2025-03"]),
    ("Mã AT3/2025 hết hạn.", []),
])
def test_iso_days_and_a_months_shorthand(sentence, edtf):
    assert list(extract_text(sentence, reference_date=REF)["edtf"]) == edtf


@pytest.mark.parametrize("sentence,edtf", [
    # a day told without its month is of the month the sentence told last
    ("Lễ hội diễn ra từ mùng 8 đến mùng 10 tháng Giêng, trong đó chính hội vào ngày mùng 9.",
     ["2025-02-05/2025-02-07", "2025-02-06"]),
    ("Ngày 1 tháng 7 âm lịch, lễ mở; đến mồng 3, lễ đóng.", ["2024-08-04", "2024-08-06"]),
    # but a day before the one told is of the month after, which it does not say; with no month told, none
    ("Từ ngày 20 tháng Chạp, chợ đông; đến mùng 5, chợ vẫn họp.", ["2025-01-19"]),
    ("Mùng 9, chính hội diễn ra.", []),
    # a year named again in the cycle is the same year
    ("Năm 1979 là năm Kỷ Mùi, quân ta chiến đấu ở biên giới.", ["1979"]),
])
def test_lone_days_and_cycle_names(sentence, edtf):
    assert list(extract_text(sentence, reference_date=dt.date(2025, 1, 10))["edtf"]) == edtf


@pytest.mark.parametrize("sentence,edtf", [
    # what usually happens in year-less months is no event
    ("Mùa hoa ở Hà Giang thường bắt đầu từ cuối tháng 10 và kéo dài đến hết tháng 12.", []),
    ("Lễ hội thường diễn ra vào ngày 10/3 âm lịch.", []),
    # (nor is a standing committee's word any habit)
    ("Ban Thường vụ Tỉnh ủy họp ngày 5/3.", ["2025-03-05"]),
])
def test_what_usually_happens(sentence, edtf):
    assert list(extract_text(sentence, reference_date=dt.date(2025, 10, 2))["edtf"]) == edtf


@pytest.mark.parametrize("sentence,edtf", [
    # an event's noun right before a bare day says it is a day
    ("Trận đấu 5/3 kết thúc với chiến thắng của đội nhà.", ["2025-03-05"]),
    ("Đợt rét 23/1 gây thiệt hại.", ["2025-01-23"]),
    # (a share after a plain noun stays a share)
    ("Tỷ lệ 3/4 học sinh đạt yêu cầu.", []),
])
def test_an_events_noun_before_a_bare_day(sentence, edtf):
    assert list(extract_text(sentence, reference_date=dt.date(2025, 6, 15))["edtf"]) == edtf


def test_a_cycle_year_restating_a_days_year_in_its_sentence_is_no_second_event():
    text = ("Hôm nay, thứ Bảy ngày 28/11/2026, nhằm ngày 20 tháng 10 năm Bính Ngọ, tức ngày Canh Dần, tháng Kỷ Hợi, "
            "năm Bính Ngọ. Năm Bính Ngọ, tỉnh phấn đấu tăng trưởng 8%.")
    assert list(extract_text(text, reference_date=dt.date(2026, 11, 28))["edtf"]) == ["2026-11-28", "2026"]


def test_days_counted_from_an_event_named_small_are_not_counted_from_the_day_before():
    text = "Ngày 8/5/1954, một ngày sau chiến thắng Điện Biên Phủ, Hội nghị Genève khai mạc."
    assert "1954-05-09" not in list(extract_text(text, reference_date=REF)["edtf"])


@pytest.mark.parametrize("sentence,edtf", [
    # half a century ago, a century ago: counted in years back from now, not the last century
    ("Hơn nửa thế kỷ trước, làng còn nghèo.", "1975"),
    ("Một thế kỷ trước, nơi đây là rừng.", "1925"),
    # the last century itself stays one
    ("Đầu thế kỷ trước, làng được lập.", "1900/1932"),
])
def test_centuries_counted_back(sentence, edtf):
    assert list(extract_text(sentence, reference_date=dt.date(2025, 4, 30))["edtf"]) == [edtf]


@pytest.mark.parametrize("sentence,edtf", [
    # the decade before the article's, its own, the next; parts of them
    ("Cuối thập kỷ trước, nhà máy đóng cửa.", ["2017/2019"]),
    ("Đầu thập niên này, dịch bệnh bùng phát.", ["2020/2022"]),
    ("Thập kỷ tới, tỉnh sẽ phát triển du lịch.", ["203X"]),
    # the ten years up to now, and a decade before a time told, are no decade of the calendar
    ("Trong thập niên qua, kinh tế tăng trưởng.", []),
    ("Năm 1990, ông về quê; thập kỷ trước đó, ông ở Hà Nội.", ["1990"]),
])
def test_decades_counted_from_now(sentence, edtf):
    assert list(extract_text(sentence, reference_date=dt.date(2026, 11, 27))["edtf"]) == edtf


def test_days_counted_from_a_bare_tet():
    # 'Tết' alone is a season, but days counted from it count from its first day (the nearest Tết)
    ref = dt.date(2026, 1, 20)
    assert list(extract_text("Hai tuần trước Tết, chợ đông nghịt.", reference_date=ref)["edtf"]) == ["2026-02-03"]
    assert list(extract_text("Trước Tết, công ty thưởng cho công nhân.", reference_date=ref)["edtf"]) == []


def test_yesterday_in_a_letter_counts_from_the_letters_day():
    text = ('Sáng 30/11/2026, gia đình nhận lại lá thư đề "Trường Sơn, ngày 15 tháng 3 năm 1972". '
            'Trong thư, ông viết: "Mẹ ơi, hôm qua đơn vị con vừa hành quân qua một cánh rừng".')
    assert list(extract_text(text)["edtf"]) == ["2026-11-30", "1972-03-15", "1972-03-14"]
    # what is said, not written, is said now
    text = 'Sáng 30/11/2026, lễ trao thư diễn ra. Ông Sình nói: "Hôm qua tôi đã chuẩn bị từ sớm".'
    assert list(extract_text(text)["edtf"]) == ["2026-11-30", "2026-11-29"]


@pytest.mark.parametrize("sentence,edtf", [
    # an annual visit's days this year are days; a habit kept every year at a time is none
    ("Ngày 25/11, đoàn IMF kết thúc chuyến tham vấn thường niên kéo dài từ ngày 12 đến 25/11.",
     ["2026-11-25", "2026-11-12/2026-11-25"]),
    ("Hội nghị thường niên diễn ra từ ngày 12 đến 14/3.", ["2026-03-12/2026-03-14"]),
    ("Giải được tổ chức thường niên vào tháng 4, dịp Ngày Sách.", []),
    ("Xe được bảo dưỡng định kỳ 6 tháng một lần, tháng 3 và tháng 9.", []),
])
def test_an_annual_things_days_this_year(sentence, edtf):
    assert list(extract_text(sentence, reference_date=dt.date(2026, 11, 26))["edtf"]) == edtf


def test_this_years_lunar_day_told_late_in_the_year_is_this_lunar_years():
    # told in November 2026: 10/3 of Bính Ngọ (26/4/2026), gone by, not Đinh Mùi's nearer one
    df = extract_text("Năm nay, lễ hội đền Hùng diễn ra vào ngày 10/3 âm lịch.", reference_date=dt.date(2026, 11, 27))
    assert "2026-04-26" in list(df["edtf"])


def test_a_weekly_habits_first_day_is_a_day():
    df = extract_text("Chợ đêm họp vào tối thứ Bảy hằng tuần, bắt đầu từ ngày 5/12.", reference_date=dt.date(2026, 11, 27))
    assert list(df["edtf"]) == ["2026-12-05"]
    df = extract_text("Chợ phiên họp vào ngày 5 và 10 hằng tháng.", reference_date=dt.date(2026, 11, 27))
    assert list(df["edtf"]) == []


def test_a_year_and_a_month_of_that_year_are_two_times():
    df = extract_text("Tôi tốt nghiệp năm 1984 và tháng 9 năm đó được phân công lên bản.", reference_date=REF)
    assert list(df["edtf"]) == ["1984", "1984-09"]


def test_a_feast_told_with_its_day_on_the_pages_day_is_the_storys_day():
    # 'Từ đó đến nay' and a retirement in 2022 do not make the story's year 2022
    text = ("Thứ Sáu, 20/11/2026\nGần 40 năm dạy học\nNhân Ngày Nhà giáo Việt Nam 20/11, phóng viên trò chuyện với cô Lan.\n"
            "Cô nghỉ hưu tháng 6/2022. Từ đó đến nay, cô vẫn mở lớp dạy chữ.")
    assert extract_text(text)["edtf"].iloc[0] == "2026-11-20"


def test_the_day_after_each_day_of_a_daily_timetable_is_no_day():
    text = "Tàu khởi hành từ ga Gia Lâm lúc 21h20 hằng ngày, đến ga Nam Ninh lúc 9h15 sáng hôm sau."
    assert list(extract_text(text, reference_date=REF)["edtf"]) == []
    # (the day after a day told is one)
    text = "Tàu khởi hành từ ga Gia Lâm lúc 21h20 ngày 1/12/2026, đến ga Nam Ninh lúc 9h15 sáng hôm sau."
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["2026-12-01", "2026-12-02"]


def test_the_same_day_told_again_as_this_day():
    text = "Ngày 5/8/1964, máy bay Mỹ ném bom. Cũng trong ngày này, quân dân miền Bắc bắn rơi 8 máy bay."
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["1964-08-05", "1964-08-05"]


def test_days_counted_from_a_disaster_are_not_counted_from_the_day_before():
    text = "Khu tái định cư được khởi công ngày 24/9/2024, chỉ hai tuần sau thảm họa, và hoàn thành sau 3 tháng thi công."
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["2024-09-24"]


def test_a_headlines_part_of_a_month_told_to_the_day_in_the_story_is_the_storys_event():
    text = ("Đỉnh mặn sẽ xuất hiện vào đầu tháng 3\n\nĐỉnh mặn dự kiến xuất hiện từ ngày 28/2 đến 4/3/2025 "
            "trên các cửa sông Tiền, sông Hậu.")
    assert list(extract_text(text)["edtf"]) == ["2025-02-28/2025-03-04"]
    # (a part the story does not reach is an event of its own)
    text = "Giá xăng sẽ giảm vào cuối tháng 3\n\nNgày 5/3/2025, giá xăng tăng 500 đồng."
    assert list(extract_text(text)["edtf"]) == ["2025-03-21/2025-03-31", "2025-03-05"]


@pytest.mark.parametrize("sentence,edtf", [
    # a birth's anniversary written 'năm năm sinh', its years in brackets: the birth and the anniversary
    ("Sáng 28/11/2025, tỉnh tổ chức hội thảo kỷ niệm 260 năm năm sinh Đại thi hào Nguyễn Du (1765 – 2025).",
     ["2025-11-28", "1765", "2025"]),
    # a death's anniversary counts back to the death
    ("Năm 2020, tỉnh tổ chức kỷ niệm 200 năm ngày mất Nguyễn Du.", ["2020", "1820"]),
    # a tournament's edition after its name is no time; a season told as one is
    ("Mùa giải V.League 2025/26 dự kiến khởi tranh vào ngày 15/8/2025.", ["2025-08-15"]),
    ("Tháng 8/2024, SEA Games 2023 được tổng kết.", ["2024-08"]),
    ("Ở mùa giải 2024/25, anh ghi 7 bàn thắng.", ["2024/2025"]),
    ("Anh ra mắt V.League năm 2015.", ["2015"]),
    # a law's long title holds its year; a decision's words that far back are what it is about
    ("Ngày 5/3/2025, hội đồng họp theo Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015.",
     ["2025-03-05"]),
    # (whose year, restating the day's, gives the day its year)
    ("Ngày 24/12, Thủ tướng ký Quyết định xếp hạng 11 di tích quốc gia đặc biệt năm 2018.", ["2018-12-24"]),
])
def test_anniversaries_editions_and_titles_years(sentence, edtf):
    assert list(extract_text(sentence)["edtf"]) == edtf


def test_a_part_of_the_year_naming_which_trip_gives_way_to_the_day_told():
    text = "Chuyến biển đầu năm của ông bắt đầu từ ngày mùng 6 Tết Ất Tỵ (tức ngày 3/2/2025)."
    assert list(extract_text(text)["edtf"]) == ["2025-02-03"]
    # (a part that opens the sentence is its time, beside a day inside it)
    text = "Đầu năm 2025, ông bắt đầu chuyến biển từ ngày 3/2/2025."
    assert list(extract_text(text)["edtf"])[-1] == "2025-02-03" and len(extract_text(text)) == 2


def test_an_editions_year_gives_no_year_to_a_day_before_it():
    # a programme's edition, after its quoted name, is no year the paragraph's story is told in
    text = ("Thứ Tư, 10/12/2025 - 09:20\n\nTin\n\nMột số doanh nghiệp cho công nhân nghỉ từ 14/2 đến 22/2/2026.\n\n"
            "Trước đó, ngày 5/12, Liên đoàn Lao động tỉnh đã triển khai chương trình \"Tết Sum vầy\" năm 2026.")
    assert list(extract_text(text)["edtf"]) == ["2026-02-14/2026-02-22", "2025-12-05"]


def test_a_year_after_sau_do_is_what_followed():
    df = extract_text("Dịch tả lợn châu Phi lần đầu xuất hiện tại Việt Nam vào tháng 2/2019 ở tỉnh Hưng Yên, "
                      "sau đó lan ra cả 63 tỉnh, thành phố trong năm 2019.")
    assert list(df["edtf"]) == ["2019-02", "2019"]
    assert df["title"].iloc[1].startswith("Sau đó lan ra cả 63 tỉnh")
    # (a disease named after a continent places nothing there)
    assert list(df["places"].iloc[0]) == ["Việt Nam", "Hưng Yên"]
    # (said again inside its clause, the year is no event of its own)
    assert list(extract_text("Ngày 16/2/2024, lễ hội Lồng tồng năm 2024 được tổ chức tại xã.")["edtf"]) == ["2024-02-16"]


@pytest.mark.parametrize("sentence,edtf", [
    # a day in figures, then its year after 'năm', is one date
    ("Ngày 30/4 năm 1975, miền Nam hoàn toàn giải phóng.", ["1975-04-30"]),
    ("Vào ngày 2-9 năm 1945, Bác đọc Tuyên ngôn Độc lập.", ["1945-09-02"]),
    ("Ông sinh ngày 5/3 năm 1990 tại Hà Nội.", ["1990-03-05"]),
    # (a comma between them parts two times)
    ("Ngày 15/8/2024, năm 2025 được chọn là năm chuyển đổi số.", ["2024-08-15", "2025"]),
])
def test_a_day_in_figures_then_its_year_in_words(sentence, edtf):
    assert list(extract_text(sentence, reference_date=REF)["edtf"]) == edtf


def test_an_age_at_death_after_the_year_told_is_no_second_event():
    # born in 226, 'khi mới 23 tuổi' counts as the old reckoning does: the year just told, 248
    text = ("Bà Triệu sinh năm 226 tại quận Cửu Chân. Năm 248, bà dựng cờ khởi nghĩa.\n\n"
            "Cuộc khởi nghĩa bị đàn áp, bà hy sinh trên núi Tùng khi mới 23 tuổi.")
    assert list(extract_text(text)["edtf"]) == ["0226", "0248"]


def test_days_counted_up_to_the_day_written_are_no_second_day():
    text = "Ngày 1/10/2025, anh xuất phát. Sau 15 ngày, anh đến Huế. Chiều 12/11, sau 43 ngày, anh chạm đích."
    assert list(extract_text(text)["edtf"]) == ["2025-10-01", "2025-10-16", "2025-11-12"]


@pytest.mark.parametrize("sentence,edtf", [
    # a day in words without 'ngày', after a part of a day or before 'âm lịch', is a day
    ("Rạng sáng 30 tháng 4, xe tăng tiến vào Dinh Độc Lập.", ["2020-04-30"]),
    ("Lễ rước diễn ra vào sáng 15 tháng 8 âm lịch.", ["2020-10-01"]),
    # (a count of months and days stays a duration)
    ("Sau 5 tháng 3 ngày, đoàn trở về.", []),
    # a stretch's worded ends without 'ngày'; not a stretch of counts
    ("Từ 20 tháng 8 đến 2 tháng 9, hội chợ diễn ra.", ["2020-08-20/2020-09-02"]),
    ("Thời gian thi công kéo dài từ 3 tháng 6 ngày đến 5 tháng.", []),
])
def test_a_worded_day_after_a_part_of_the_day(sentence, edtf):
    assert list(extract_text(sentence, reference_date=REF)["edtf"]) == edtf


def test_a_headlines_day_on_the_line_above_counts_nothing_below():
    # a line's end is no place for a count to reach across: 'Hôm nay (20/3)' under '… Hạnh phúc 20/3'
    text = ("Thứ Năm, 20/03/2025 - 07:30\nHưởng ứng Ngày Quốc tế Hạnh phúc 20/3\n"
            "Hôm nay (20/3), nhiều địa phương tổ chức các hoạt động hưởng ứng.")
    assert list(extract_text(text)["date_text"]) == ["Hôm nay (20/3)"]


def test_the_next_day_with_its_day_in_brackets_is_one_expression():
    df = extract_text("Hồi 14h30 ngày 5/3/2025, đối tượng cướp tiệm vàng. Khoảng 10h30 sáng hôm sau (6/3), "
                      "lực lượng trinh sát bắt giữ đối tượng.")
    assert list(df["date_text"]) == ["14h30 ngày 5/3/2025", "10h30 sáng hôm sau (6/3)"]
    assert list(df["edtf"]) == ["2025-03-05", "2025-03-06"]
    assert df["title"].iloc[1] == "Lực lượng trinh sát bắt giữ đối tượng"


def test_a_leads_day_restated_by_a_named_lunar_year_fixes_the_storys_year():
    # the cycle's name comes back every sixty years: the turn in which mùng 7 tháng Giêng fell on
    # 23/2 is 2026 (in 1966 it was 27/1); the story's other year-less days are of that year, not
    # of the latest year its history tells
    text = ("Ngày 23/2 (tức mùng 7 tháng Giêng năm Bính Ngọ), làng Định Công tổ chức lễ giỗ Tổ nghề.\n\n"
            "Năm 2011, làng được công nhận làng nghề truyền thống.\n\n"
            "Năm nay, phần trưng bày mở cửa đến hết ngày 1/3.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2026-02-23", "2011", "2026-03-01"]


def test_a_stretch_from_a_hedged_hour_tonight_to_dawn_tomorrow_is_one():
    df = extract_text("Thời điểm quan sát đẹp nhất là từ khoảng 18h tối nay đến rạng sáng mai.",
                      reference_date=dt.date(2026, 12, 23))
    assert list(df["date_text"]) == ["từ khoảng 18h tối nay đến rạng sáng mai"]
    assert list(df["edtf"]) == ["2026-12-23/2026-12-24"]
    assert list(extract_text("Tối mai, câu lạc bộ tổ chức buổi quan sát; rạng sáng mai trời quang.",
                             reference_date=dt.date(2026, 12, 23))["edtf"]) == ["2026-12-24", "2026-12-24"]


def test_this_year_named_in_the_cycle_is_the_storys_year():
    # a story planning for next year's Tết calls this year's by its name: its year-less days are
    # this year's, not the latest year it names
    text = ("Ngày 15/12, ngành đường sắt tăng cường tàu dịp Tết Đinh Mùi 2027. Các đoàn tàu chạy từ ngày "
            "15/1/2027 đến ngày 15/2/2027. Tết Bính Ngọ năm nay, ngành đã vận chuyển 520.000 lượt khách.")
    df = extract_text(text)
    assert df["edtf"].iloc[0] == "2026-12-15"


def test_not_until_a_day_is_a_day_the_story_tells():
    # 'Phải đến ngày …, … mới …' is when it happened, not where things stood: 'hôm đó' is that day
    text = ("Ngày 2/10/1936, chuyến tàu đầu tiên chạy suốt.\n\nPhải đến ngày 31/12/1976, tàu Thống Nhất mới "
            "lại chạy suốt. Tôi còn nhớ hôm đó ga Hàng Cỏ chật kín người.")
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["1936-10-02", "1976-12-31", "1976-12-31"]


def test_the_age_a_speaker_reaches_next_year_tells_the_storys_year():
    text = ("Tối 12/12, Nguyễn Thị Oanh giành huy chương vàng. Sinh ngày 15/8/1995, Oanh đến với điền kinh "
            "khá muộn. Ở SEA Games 32, cô giành 4 huy chương vàng từ ngày 9 đến 12/5/2023. "
            '"Năm sau tôi sẽ 31 tuổi, tôi muốn dành thời gian cho gia đình", cô chia sẻ.')
    assert extract_text(text)["edtf"].iloc[0] == "2025-12-12"
    # (a count that is no age says nothing)
    text = "Tối 12/12, đội bóng thắng. Năm 2023, đội vô địch. Năm sau, 30 cầu thủ sẽ được gọi."
    assert extract_text(text)["edtf"].iloc[0] == "2023-12-12"


def test_every_clause_of_a_sentence_opened_by_the_plan_is_to_come():
    # the second tower's half-year, after a comma, is the plan's too: not the story's year
    text = ("Sáng 28/11, UBND tỉnh khởi công dự án nhà ở xã hội. Theo kế hoạch, tòa thứ nhất sẽ hoàn thành "
            "trong quý IV/2027, tòa thứ hai trong nửa đầu năm 2028. Dự án được HĐND tỉnh chấp thuận tại "
            "Nghị quyết số 45/NQ-HĐND ngày 10/7/2025.")
    df = extract_text(text)
    assert df["edtf"].iloc[0] == "2025-11-28"
    # a document's day after 'tại' is the day of what was done by it, with who did it
    assert df["title"].iloc[-1].startswith("Dự án được HĐND tỉnh chấp thuận")
    assert list(df["organisations"].iloc[-1]) == ["Hội đồng nhân dân tỉnh"]


def test_a_speakers_titles_after_his_name_are_no_part_of_the_title():
    # written small, a title after a name is still the name's apposition
    df = extract_text("Theo PGS.TS Lâm Thị Mỹ Dung, trưởng đoàn khai quật, đáng chú ý nhất là khu cư trú "
                      "thuộc thế kỷ II – III sau Công nguyên.", reference_date=REF)
    assert df["title"].iloc[0].startswith("Đáng chú ý nhất là khu cư trú")
    # a unit word that opens a clause with its verb is the subject, not more of the speaker's address
    df = extract_text("Theo bà Lê Thị Hoa, Phó Chủ tịch UBND huyện, từ năm 2020 đến nay huyện đã xây 300 nhà.",
                      reference_date=REF)
    assert df["title"].iloc[0] == "Huyện đã xây 300 nhà"


def test_a_day_weeks_from_the_page_is_the_articles_not_the_old_storys():
    # an old founding day in the paragraph does not pull next month's free entry back fifty years
    text = "Bảo tàng được thành lập ngày 19/5/1976. Từ ngày 1/12 đến hết ngày 31/12, bảo tàng miễn phí vé."
    assert list(extract_text(text, reference_date=dt.date(2026, 11, 25))["edtf"]) == ["1976-05-19", "2026-12-01/2026-12-31"]
    # (a day a month after the old one goes on its story)
    text = "Ngày 19/5/1976, bảo tàng được thành lập. Ngày 20/6, bảo tàng đón những vị khách đầu tiên."
    assert list(extract_text(text, reference_date=dt.date(2026, 11, 25))["edtf"]) == ["1976-05-19", "1976-06-20"]


def test_an_occasion_named_with_its_date_times_the_clause_after_it():
    df = extract_text("Trong cuộc bầu cử năm 2022, Đảng Cộng hòa giành 222 ghế và nắm quyền kiểm soát Hạ viện "
                      "từ tháng 1/2023.", reference_date=REF)
    assert df["title"].iloc[0] == "Đảng Cộng hòa giành 222 ghế và nắm quyền kiểm soát Hạ viện"
    assert list(df["organisations"].iloc[0]) == ["Đảng Cộng hòa", "Hạ viện"]


def test_a_numbered_week_with_its_days_tells_the_year():
    # week 46 opens on Monday 9/11 in 2020 and 2026; the story tells 2023 as past, so it is 2026
    text = ("Trong tuần 46 (từ ngày 9 đến 15/11), toàn thành phố ghi nhận 412 ca mắc sốt xuất huyết. "
            "Năm 2023, Hà Nội ghi nhận hơn 36.000 ca mắc.")
    df = extract_text(text)
    assert list(df["date_text"]) == ["tuần 46 (từ ngày 9 đến 15/11)", "Năm 2023"]
    assert df["edtf"].iloc[0] == "2026-11-09/2026-11-15"
    assert df["title"].iloc[0] == "Toàn thành phố ghi nhận 412 ca mắc sốt xuất huyết"


def test_the_anniversary_of_a_dated_thing_tells_the_storys_year():
    text = ("Ngày 12/7/2016, Tòa Trọng tài ra phán quyết về vụ kiện. Ngày 12/7 vừa qua, nhân dịp tròn 10 năm "
            "phán quyết, Bộ Ngoại giao Philippines ra tuyên bố.")
    assert list(extract_text(text)["edtf"]) == ["2016-07-12", "2026-07-12"]


def test_an_earlier_day_in_the_lead_is_no_day_of_the_story():
    text = ("Từ hôm nay (10/5), giá điện tăng 4,8%. Đây là lần điều chỉnh đầu tiên trong năm 2025. Trước đó, "
            "ngày 11/10/2024, Tập đoàn Điện lực Việt Nam (EVN) đã tăng giá điện thêm 4,8%, và ngày 9/11/2023 tăng 4,5%.")
    df = extract_text(text)
    assert df["edtf"].iloc[0] == "2025-05-10"
    # the second day joined by 'và' with its verb has the group as its subject too
    assert list(df["organisations"].iloc[-1]) == ["Tập đoàn Điện lực Việt Nam"]


def test_a_weekly_habit_until_a_month_keeps_the_month():
    df = extract_text("Người dân diệt bọ gậy mỗi tuần một lần cho đến hết tháng 12.", reference_date=REF)
    assert list(df["edtf"]) == ["2020-12"]
    assert len(extract_text("Hằng năm, lễ hội kéo dài đến hết tháng 3.", reference_date=REF)) == 0


def test_years_before_a_dated_day_tell_the_storys_year_over_a_target():
    text = ("Hội nghị bế mạc tối 22/11 tại Belém. Tuyên bố chung kêu gọi các nước phát triển tăng gấp ba nguồn "
            "tài chính hỗ trợ thích ứng cho các nước đang phát triển vào năm 2035. Mười năm trước, tại COP21 ở "
            "Paris, gần 200 quốc gia đã thông qua Thỏa thuận Paris ngày 12/12/2015.")
    assert extract_text(text)["edtf"].iloc[0] == "2025-11-22"


def test_a_feast_next_year_after_a_told_year_is_the_year_after_it():
    text = ("Chiều 8/3, gia đình tổ chức lễ kỷ niệm 50 năm ngày cưới cho ông bà. Hai ông bà quen nhau năm 1975. "
            "Đúng ngày Quốc tế Phụ nữ năm sau, họ nên duyên vợ chồng.")
    assert extract_text(text, reference_date=dt.date(2026, 3, 10))["edtf"].iloc[-1] == "1976-03-08"


def test_a_birth_year_named_in_the_cycle_with_an_age_now_dates_the_story():
    text = ("Sáng nay (14/2), xã tổ chức lễ mừng thọ cụ Nông Thị Mai, tròn 100 tuổi. Cụ Mai sinh năm Bính Dần "
            "(1926). Chồng cụ hy sinh năm 1952.")
    assert extract_text(text)["edtf"].iloc[0] == "2026-02-14"


def test_yesterday_with_its_day_before_a_coming_tet_is_in_the_year_before_it():
    # the lead tells yesterday by its day; a dated day after it is background; the Tết to come in
    # February 2026 puts yesterday's December in 2025
    text = ("Đúng 6h sáng qua (20/12), chuyến bay đầu tiên hạ cánh xuống nhà ga mới. Dự án khởi công ngày "
            "26/3/2024. Dịp cao điểm Tết Nguyên đán Bính Ngọ, dự kiến từ ngày 1/2 đến 25/2/2026, sân bay sẽ phục vụ "
            "khoảng 3 triệu lượt khách.")
    df = extract_text(text)
    assert df["edtf"].iloc[0] == "2025-12-20"
    assert "2026-02-17" in list(df["edtf"])


def test_years_in_brackets_after_a_named_period_date_its_sentence():
    df = extract_text("Thời Lê sơ và Mạc (thế kỷ XV – XVI), gốm Bát Tràng được xuất khẩu sang Nhật Bản qua thương "
                      "cảng Phố Hiến.", reference_date=REF)
    last = df.iloc[-1]
    assert last["date_text"] == "thế kỷ XV – XVI"
    assert "Nhật Bản" in list(last["places"]) and last["title"].endswith("qua thương cảng Phố Hiến")


def test_a_deadline_to_come_months_before_the_storys_day_is_next_year():
    text = ("Sáng 5/9, các trường tổ chức lễ khai giảng năm học 2026 – 2027. Theo kế hoạch, học kỳ I sẽ kết thúc "
            "trước ngày 15/1, học kỳ II kết thúc trước ngày 25/5.")
    assert list(extract_text(text)["edtf"])[-2:] == ["../2027-01-15", "../2027-05-25"]


def test_months_of_a_year_so_far_tell_the_storys_year_over_next_years_budget():
    text = ("Chiều 13/11, Quốc hội thông qua Nghị quyết về dự toán ngân sách nhà nước năm 2027. Bội chi ngân sách "
            "năm 2027 được xác định ở mức 3,8% GDP. Theo Bộ Tài chính, 10 tháng đầu năm 2026, thu ngân sách đạt "
            "2,24 triệu tỷ đồng. Kỳ họp khai mạc ngày 20/10.")
    df = extract_text(text)
    assert df["edtf"].iloc[0] == "2026-11-13" and df["edtf"].iloc[-1] == "2026-10-20"


def test_a_rank_written_in_words_is_no_documents_number():
    # 'số một.' ends a sentence; the year opening the next is a year, not a document's
    text = "Anh là hạt giống số một. Năm 2026, chức vô địch thuộc về kỳ thủ Lê Văn An."
    assert list(extract_text(text, reference_date=REF)["edtf"]) == ["2026"]
    assert len(extract_text("Theo Quyết định số 123/QĐ-UBND năm 2024, tỉnh hỗ trợ.", reference_date=REF)) == 0


def test_a_daily_habit_over_a_stretch_keeps_the_stretch():
    df = extract_text("Giải thi đấu 9 ván, mỗi ngày một ván, từ ngày 6 đến 14/3.", reference_date=REF)
    assert list(df["edtf"]) == ["2020-03-06/2020-03-14"]


def test_another_peoples_new_year_is_no_vietnamese_tet():
    assert len(extract_text("Songkran là Tết cổ truyền của Thái Lan.", reference_date=REF)) == 0
    # (ours, of the Vietnamese, stays a feast)
    assert len(extract_text("Tết Nguyên đán của người Việt năm 2026 rơi vào ngày 17/2.",
                            reference_date=dt.date(2026, 4, 14))) == 1


def test_an_intake_for_next_school_year_is_held_in_its_first_year():
    text = ("Sở Giáo dục và Đào tạo vừa ban hành kế hoạch tuyển sinh vào lớp 10 năm học 2026 – 2027. Kỳ thi diễn ra "
            "trong hai ngày 6 và 7/6. Năm học 2025 – 2026, thành phố có hơn 128.000 học sinh lớp 9.")
    assert "2026-06-06/2026-06-07" in list(extract_text(text)["edtf"])


def test_a_headlines_count_from_a_year_the_story_tells_is_not_counted_again():
    text = ("5 năm sau thảm họa Rào Trăng 3\n\nNgày 12/10/2025, tại Khu tưởng niệm, Bộ Quốc phòng tổ chức lễ tưởng niệm. "
            "Rạng sáng 13/10/2020, đoàn công tác bị sạt lở đất vùi lấp. Khu tưởng niệm được khánh thành ngày 12/10/2021, "
            "đúng một năm sau thảm họa.")
    # (the day written, then counted again, is one event)
    assert list(extract_text(text)["edtf"]) == ["2025-10-12", "2020-10-13", "2021-10-12"]


def test_a_stretch_between_two_named_things_with_their_years_is_one():
    df = extract_text("Có 82 khoa thi, từ khoa Nhâm Tuất năm 1442 đến khoa Kỷ Hợi năm 1779.", reference_date=REF)
    assert list(df["edtf"]) == ["1442/1779"]
    # (two different things are two times)
    assert len(extract_text("Ông học từ lớp 1 năm 1960 đến lớp 10 năm 1970.", reference_date=REF)) == 2


def test_exactly_a_week_ago_is_a_day():
    assert list(extract_text("Cách đây đúng một tuần, ông vẫn đi làm.", reference_date=dt.date(2026, 11, 29))["edtf"]) \
        == ["2026-11-22"]


def test_last_year_said_with_its_number_tells_the_storys_year():
    text = ("Rạng sáng nay (10/9), Apple giới thiệu dòng iPhone 18. Máy lên kệ vào thứ Sáu tuần sau (18/9). "
            "Năm ngoái, iPhone 17 ra mắt ngày 9/9/2025.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2026-09-10", "2026-09-18", "2025-09-09"]
    # a weekday of a week counted from now with its day in brackets is one expression
    assert df["date_text"].iloc[1] == "thứ Sáu tuần sau (18/9)"


def test_a_speakers_age_this_year_dates_the_story():
    df = extract_text("Sáng 12/3, ông Hùng kể lại chuyện đời mình. Ông sinh năm 1956 ở Lạng Sơn. "
                      "Năm nay tôi đã 70 tuổi, ông nói.")
    assert list(df["edtf"]) == ["2026-03-12", "1956", "2026"]


def test_a_lunar_stretch_glossed_by_its_solar_days_tells_the_year():
    # lunar 10/2 falls on 28/3 in 2026 (not in 2023, the last festival the story tells)
    text = ("Từ ngày 10 đến 12 tháng Hai âm lịch (tức từ 28 đến 30/3), làng Phù Lưu tổ chức lễ hội cầu an. "
            "Lần tổ chức gần nhất là năm 2023.")
    assert extract_text(text)["edtf"].iloc[0] == "2026-03-28/2026-03-30"


def test_a_headline_that_asks_is_the_headline():
    # its month, told again in the story, is no event of its own
    text = ("Thứ Sáu, 27/11/2026\nHỏi – đáp: Lao động nam sinh tháng 5/1966 khi nào được nghỉ hưu?\n"
            "Hỏi: Tôi sinh tháng 5/1966, đóng bảo hiểm xã hội từ tháng 3/1992. Xin hỏi khi nào tôi được nghỉ hưu?\n"
            "Trả lời: Ông được hưởng lương hưu từ tháng 6/2028.")
    assert list(extract_text(text)["edtf"]) == ["1966-05", "1992-03", "2028-06"]


def test_a_feast_the_opening_days_act_welcomes():
    # the feast is part of what the opening date tells (its title is the act, not 'Tại Praha')
    df = extract_text("Tối 14/2/2026, tại Praha, Hội người Việt Nam tại Séc tổ chức chương trình đón Tết Nguyên đán Bính Ngọ.")
    assert df["title"].iloc[0].startswith("Hội người Việt Nam tại Séc tổ chức chương trình")
    # a year that ends a quoted name does not swallow the feast after it
    df = extract_text('Tối 14/2/2026, Hội tổ chức chương trình "Xuân quê hương 2026" đón Tết Nguyên đán Bính Ngọ.')
    assert "2026-02-17" in list(df["edtf"])


def test_a_month_of_the_year_before_is_no_count_of_years():
    ref = dt.date(2026, 11, 27)
    assert list(extract_text("Tháng 10 năm trước, ông về quê.", reference_date=ref)["edtf"]) == ["2025-10"]
    assert list(extract_text("Mười năm trước, ông về quê.", reference_date=ref)["edtf"]) == ["2016"]


def test_a_part_of_a_month_is_no_day_that_ties_the_story_to_its_page():
    # the survey's days, twelve days before the page's, tell its year; the end of September does not
    text = ("Thứ Sáu, 27/11/2026\nChim di cư về sớm\nTheo Ban quản lý, mùa chim năm nay bắt đầu từ cuối tháng 9. "
            "Trong đợt khảo sát từ ngày 15 đến 20/11, các chuyên gia ghi nhận 32.000 cá thể.\n"
            "Xuân Thủy được công nhận năm 1989. Năm 2003, vườn quốc gia được thành lập.")
    assert extract_text(text)["edtf"].iloc[1] == "2026-11-15/2026-11-20"


def test_a_headlines_year_told_to_the_day_in_the_story_is_the_storys_event():
    text = "Nhớ trận lũ năm 1971\n\nĐêm 20 rạng sáng 21/8/1971, nước sông Hồng dâng cao kỷ lục."
    assert list(extract_text(text)["edtf"]) == ["1971-08-20/1971-08-21"]


def test_a_lunar_day_after_another_in_its_paragraph_is_of_the_same_feast():
    """'Đêm mùng 3 Tết Kỷ Dậu, … Sáng mùng 5 Tết, …' in a history whose latest year is 1792: the
    fifth day of that Tết, not of 1792's."""
    text = ("Năm 1788, Nguyễn Huệ lên ngôi. Đêm mùng 3 Tết Kỷ Dậu, quân Tây Sơn vây đồn Hà Hồi. "
            "Sáng mùng 5 Tết, nghĩa quân tiến vào Thăng Long.\n\nNăm 1792, vua Quang Trung băng hà.")
    assert list(extract_text(text)["edtf"]) == ["1788", "1789-01-28", "1789-01-30", "1792"]


@pytest.mark.parametrize("sentence,edtf,approximate", [
    ("Cách đây 2 tuần, anh được Hội Nông dân tỉnh tặng Bằng khen.", "2020-09-28/2020-10-04", True),
    ("Cách đây 10 ngày, xã tổ chức hội nghị.", "2020-10-06", False),
    ("Cách nay hơn 3 tháng, anh mở cửa hàng.", "2020-07", True),
])
def test_days_weeks_and_months_counted_back_from_the_articles_day(sentence, edtf, approximate):
    df = extract_text(sentence, reference_date=REF)
    assert list(df["edtf"]) == [edtf] and list(df["approximate"]) == [approximate]


def test_a_clause_of_where_a_meeting_took_place_is_background_to_what_it_did():
    df = extract_text("Tại kỳ họp thứ 21 của Ủy ban, diễn ra từ ngày 23 đến 28/11/2026 tại New Delhi (Ấn Độ), "
                      "UNESCO đã thông qua quyết định ghi danh.")
    assert list(df["title"]) == ["UNESCO đã thông qua quyết định ghi danh"]


@pytest.mark.parametrize("sentence,edtf", [
    ("Ba anh em họ Trần (sinh thời khoảng năm 571-603) là tổ nghề chạm bạc.", "0571/0603"),
    ("Nhà Tiền Lý tồn tại trong những năm 544-602.", "0544/0602"),
    ("Chốt phiên 13/10, VN-Index tăng 17,57 điểm.", "2020-10-13"),
])
def test_early_year_ranges_after_nam_and_a_trading_sessions_day(sentence, edtf):
    df = extract_text(sentence, reference_date=REF)
    assert list(df["edtf"]) == [edtf]


def test_an_index_named_with_a_dash_is_no_agencys_credit():
    assert extract_text("Sáng 13/10, VN-Index tăng 17 điểm.", reference_date=REF).iloc[0]["title"] == "VN-Index tăng 17 điểm"


def test_a_named_events_own_day_after_it_without_ngay():
    """'Cách mạng Tháng Tám thành công 19/8': the day of the named month, told right after the
    event, is its day in its year (a bare '19/8' elsewhere needs a word that says it is a day)."""
    df = extract_text("Ngày Cách mạng Tháng Tám thành công 19/8, nhân dân cả nước hân hoan.", reference_date=REF)
    assert list(df["edtf"]) == ["1945-08-19"]
    ceremony = extract_text("Sáng 18/8, tỉnh tổ chức lễ kỷ niệm 80 năm Cách mạng Tháng Tám thành công 19/8 và "
                            "Quốc khánh 2/9.", reference_date=dt.date(2025, 8, 20))
    assert list(ceremony["edtf"])[0] == "2025-08-18" and "1945-08-19" in list(ceremony["edtf"])


def test_the_part_of_the_year_a_meeting_is_named_for_is_no_time_of_its_own():
    df = extract_text("Chiều 17/02/2021, Thủ tướng chủ trì phiên họp giao ban đầu năm của Thường trực Chính phủ.")
    assert list(df["edtf"]) == ["2021-02-17"]
    assert list(extract_text("Đầu năm, tỉnh tổ chức hội nghị.", reference_date=REF)["edtf"]) == ["2020-01/2020-04"]


def test_a_feast_held_in_the_month_its_sentence_tells_is_what_was_held_then():
    df = extract_text("Tháng 9/2026, xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc.", reference_date=REF)
    assert list(df["edtf"]) == ["2026-09"]
    assert df.iloc[0]["title"] == "Xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc"


@pytest.mark.parametrize("sentence,edtf", [
    ("Mùa xuân năm ngoái, tôi về quê thăm mẹ.", "2019-02/2019-04"),
    ("Mùa hè năm nay, nắng nóng kéo dài.", "2020-05/2020-07"),
])
def test_a_season_of_a_year_the_articles_time_names(sentence, edtf):
    assert list(extract_text(sentence, reference_date=REF)["edtf"]) == [edtf]


def test_a_crop_season_over_two_years_of_last_year_is_not_guessed():
    df = extract_text("Vụ Đông Xuân năm trước, năng suất lúa đạt 52 tạ/ha.", reference_date=REF)
    assert "Xuân" not in "".join(df["date_text"])


@pytest.mark.parametrize("sentence,date_text,edtf,title", [
    # a reign or an era with its years in brackets is one expression of time, not a king's life
    ("Dưới thời vua Minh Mạng (1820 – 1841), làng thuộc tổng Vân Nham.",
     "Dưới thời vua Minh Mạng (1820 – 1841)", "1820/1841", "Làng thuộc tổng Vân Nham"),
    ("Thời Pháp thuộc (1885 - 1945), thị xã là trung tâm quân sự của vùng.",
     "Thời Pháp thuộc (1885 - 1945)", "1885/1945", "Thị xã là trung tâm quân sự của vùng"),
])
def test_an_era_and_its_bracketed_years_are_one_time(sentence, date_text, edtf, title):
    df = extract_text(sentence, reference_date=REF)
    assert list(df["date_text"]) == [date_text] and list(df["edtf"]) == [edtf] and df.iloc[0]["title"] == title


def test_a_named_campaign_keeps_its_name_as_the_title_of_its_bracketed_days():
    df = extract_text("Chiến dịch Điện Biên Phủ (13/3 - 7/5/1954) kết thúc thắng lợi.", reference_date=REF)
    assert list(df["date_text"]) == ["13/3 - 7/5/1954"] and df.iloc[0]["title"] == "Chiến dịch Điện Biên Phủ"


@pytest.mark.parametrize("sentence,title,places", [
    # a bracket the date opens and goes on with what happened then, to the name before it
    ("Làng Nà Sầm thuộc tổng Văn Uyên (năm 1905 đổi thành tổng Na Sầm), châu Văn Uyên.",
     "Tổng Văn Uyên đổi thành tổng Na Sầm", ["Văn Uyên", "Na Sầm"]),
    ("Chùa Tam Thanh (được tôn tạo năm 2005) nằm trong quần thể di tích danh thắng.",
     "Chùa Tam Thanh được tôn tạo", ["Tam Thanh"]),
    # a name ending in a word that is also a function word, written capital: 'Kỳ Cùng'
    ("Đền Kỳ Cùng (được trùng tu năm 1998) nằm bên bờ sông.", "Đền Kỳ Cùng được trùng tu", ["Kỳ Cùng"]),
])
def test_what_a_bracket_tells_of_the_name_before_it(sentence, title, places):
    row = extract_text(sentence, reference_date=REF).iloc[0]
    assert row["title"] == title and list(row["places"]) == places


@pytest.mark.parametrize("sentence,titles", [
    # a time alone between commas after a subject, and a second time right after it: one time said twice
    ("Vùng đất này, đầu thế kỷ XX, năm 1907 thuộc châu Văn Uyên.",
     ["Vùng đất này thuộc châu Văn Uyên"] * 2),
    ("Bà Hoàng Thị Lan, năm 1968, tháng 3 lên đường ra chiến trường.", ["Bà Hoàng Thị Lan lên đường ra chiến trường"]),
    # a clause of its own subject after a background keeps its comma
    ("Gần 20 năm trước, những năm đầu thập niên 2000, chị Lan mở xưởng dệt.",
     ["Gần 20 năm trước, chị Lan mở xưởng dệt"]),
])
def test_a_time_between_a_subject_and_its_verb(sentence, titles):
    assert list(extract_text(sentence, reference_date=REF)["title"]) == titles


@pytest.mark.parametrize("sentence,titles", [
    # items of a record split by semicolons: a year after one opens its own item
    ("Năm 1950: nhập ngũ; vào Đảng 1953, làm Chính trị viên đại đội.",
     ["Nhập ngũ", "Vào Đảng, làm Chính trị viên đại đội"]),
    ("Năm 1950 nhập ngũ; vào Đảng năm 1953, làm Chính trị viên đại đội.",
     ["Nhập ngũ", "Vào Đảng, làm Chính trị viên đại đội"]),
    # the one picked out of many is whom the date tells of
    ("Tại buổi lễ, 20 đảng viên nhận Huy hiệu 60 năm tuổi Đảng, trong đó có đồng chí Lương Văn Tư, vào Đảng ngày 3/2/1964.",
     ["Đồng chí Lương Văn Tư vào Đảng"]),
])
def test_joining_the_party_is_what_its_date_tells(sentence, titles):
    assert list(extract_text(sentence, reference_date=REF)["title"]) == titles


def test_a_lead_opened_by_a_bracketed_credit():
    df = extract_text("(LSO) Chiều 4/10, Sở Tài chính công bố tình hình thu chi quý III và 9 tháng năm 2023.",
                      reference_date=REF)
    assert df.iloc[0]["title"].startswith("Sở Tài chính công bố")
    # the quarter listed before months counted within a year takes that year
    assert list(df["edtf"])[1:] == ["2023-35", "2023-01/2023-09"]


@pytest.mark.parametrize("sentence,date_text,edtf", [
    ("Phiên chợ kéo dài từ ngày 10 đến hết tháng 2/2023.", "từ ngày 10 đến hết tháng 2/2023", "2023-02-10/2023-02-28"),
    # a month word of the lunar year, with a lunar day: from that day to the lunar month's end
    ("Lễ hội năm 2021 kéo dài từ mùng 6 đến hết tháng Giêng.", "từ mùng 6 đến hết tháng Giêng", "2021-02-17/2021-03-12"),
])
def test_from_a_day_to_the_end_of_its_month(sentence, date_text, edtf):
    df = extract_text(sentence, reference_date=REF)
    assert df.iloc[-1]["date_text"] == date_text and df.iloc[-1]["edtf"] == edtf


def test_a_part_picked_out_with_rieng_leaves_no_rieng_in_the_title():
    df = extract_text("Riêng tháng 10/2023, tỉnh thu hút 3 dự án mới.", reference_date=REF)
    assert df.iloc[0]["title"] == "Tỉnh thu hút 3 dự án mới"


def test_an_anniversary_counts_back_from_its_ceremonys_day_in_the_sentence():
    df = extract_text("Tỉnh tổ chức Lễ kỷ niệm 60 năm Ngày thành lập Trường, tổ chức vào ngày 5/9/2022.",
                      reference_date=REF)
    assert list(df["edtf"]) == ["1962", "2022-09-05"]


@pytest.mark.parametrize("sentence,date_text,edtf", [
    # months counted or listed without a year of their own take the text's
    ("Năm 2017, mưa lũ kéo dài trong hai tháng 10 và 11.", "tháng 10 và 11", "2017-10/2017-11"),
    ("Năm 2016, các tháng 6, 7 và 8 nắng nóng gay gắt.", "tháng 6, 7 và 8", "2016-06/2016-08"),
    # to the end of a later month: its last day
    ("Đợt 1 diễn ra từ ngày 20/8 đến hết tháng 9/2022.", "từ ngày 20/8 đến hết tháng 9/2022", "2022-08-20/2022-09-30"),
])
def test_months_counted_and_stretches_to_a_months_end(sentence, date_text, edtf):
    df = extract_text(sentence, reference_date=REF)
    assert df.iloc[-1]["date_text"] == date_text and df.iloc[-1]["edtf"] == edtf


@pytest.mark.parametrize("sentence,titles", [
    # a two-syllable noun before a name a bracket of years follows goes with the name
    ("Năm 1936, ông gia nhập phong trào Thơ mới (1932 – 1945).", ["Ông gia nhập phong trào Thơ mới", "Phong trào Thơ mới"]),
    # a place or stage opening the clause is background ('Ở …', like 'Tại …')
    ("Ở vòng bảng diễn ra tối 5/12, đội tuyển thắng Lào 3-0.", ["Đội tuyển thắng Lào 3-0"]),
    # a verb alone with its date times the clause before it
    ("Sáng 3/3/2023, huyện cho biết sẽ tổ chức lễ hội đình làng, bắt đầu từ ngày 10/3/2023.",
     ["Huyện cho biết sẽ tổ chức lễ hội đình làng", "Huyện cho biết sẽ tổ chức lễ hội đình làng, bắt đầu"]),
])
def test_titles_of_brackets_stages_and_timing_verbs(sentence, titles):
    assert list(extract_text(sentence, reference_date=REF)["title"]) == titles


@pytest.mark.parametrize("sentence,title", [
    # a body's name with words written small, cut short by the words before a bracket of years
    ("Di tích Địa điểm Hội Phụ nữ cứu quốc Trung ương (1948 - 1951) được xếp hạng năm 2019.", "Hội Phụ nữ cứu quốc Trung ương"),
    ("Di tích Địa điểm cơ quan Bộ Tài chính (1947 - 1950) được xếp hạng năm 2019.", "Cơ quan Bộ Tài chính"),
])
def test_a_bodys_years_in_brackets_name_the_body_whole(sentence, title):
    df = extract_text(sentence, reference_date=REF)
    assert df.iloc[0]["title"] == title


@pytest.mark.parametrize("sentence,titles", [
    # awards listed each with its year were given by the same verb to the same one
    ("Nhà máy được tặng Huân chương Lao động hạng Ba năm 2001, Cờ thi đua của Chính phủ năm 2009.",
     ["Nhà máy được tặng Huân chương Lao động hạng Ba", "Nhà máy được tặng Cờ thi đua của Chính phủ"]),
    ("Bệnh viện được tặng thưởng Huân chương Lao động hạng Ba năm 2004 và hạng Nhì năm 2014.",
     ["Bệnh viện được tặng thưởng Huân chương Lao động hạng Ba", "Bệnh viện được tặng thưởng Huân chương Lao động hạng Nhì"]),
])
def test_awards_listed_with_their_years(sentence, titles):
    assert list(extract_text(sentence, reference_date=REF)["title"]) == titles


def test_a_date_inside_a_works_quoted_title_is_no_event():
    df = extract_text('Năm 1990, bà đóng vai chính trong phim "Mùa hè năm ấy" (1989) và "Tháng Ba có gì" (1991).',
                      reference_date=REF)
    assert list(df["edtf"]) == ["1990", "1989", "1991"]
    # a work's year in brackets after its quoted title names the work
    assert list(df["title"])[1:] == ["Mùa hè năm ấy", "Tháng Ba có gì"]


@pytest.mark.parametrize("sentence,date_text,edtf", [
    # two houses told as one time, from the first's start to the second's end
    ("Thời Trần – Hồ, vùng này thuộc lộ Lạng Giang.", "Thời Trần – Hồ", "1225/1407"),
    ("Dưới thời Lê - Mạc, gốm làng được bán sang Nhật Bản.", "Dưới thời Lê - Mạc", "1428/1677"),
])
def test_two_dynasties_as_one_time(sentence, date_text, edtf):
    row = extract_text(sentence, reference_date=REF).iloc[0]
    assert row["date_text"] == date_text and row["edtf"].rstrip("~") == edtf


def test_a_stretch_of_lunar_days_to_the_end_of_a_day():
    df = extract_text("Lễ Vu Lan năm 2025 được tổ chức từ mùng 1 đến hết ngày 15 tháng 7 âm lịch.", reference_date=REF)
    assert list(df["edtf"])[-1] == "2025-08-23/2025-09-06"
    # a feast that is its clause's subject stays in the title
    assert df.iloc[-1]["title"] == "Lễ Vu Lan năm 2025 được tổ chức"


@pytest.mark.parametrize("sentence,title", [
    # where, opening the title, is background to what happened there...
    ("Tối 5/3/2023, trên sân Hàng Đẫy, Hà Nội FC thắng 2-0.", "Hà Nội FC thắng 2-0"),
    # ...unless the clause holds what happened there
    ("Năm 2023, trên địa bàn huyện xảy ra 12 vụ cháy rừng.", "Trên địa bàn huyện xảy ra 12 vụ cháy rừng"),
])
def test_a_place_opening_the_title(sentence, title):
    assert extract_text(sentence, reference_date=REF).iloc[0]["title"] == title


def test_a_holiday_named_after_an_event_is_no_time_of_that_event():
    df = extract_text("Dịp nghỉ lễ Giải phóng miền Nam, thống nhất đất nước 30/4 năm 2025 kéo dài 5 ngày.",
                      reference_date=REF)
    assert "1975" not in "".join(df["edtf"])


@pytest.mark.parametrize("sentence,title", [
    # a person's word and name alone, a comma between it and its verb: one clause
    ("Năm 1946, đồng chí Lương Văn Tri, tham gia Ban cán sự tỉnh.", "Đồng chí Lương Văn Tri tham gia Ban cán sự tỉnh"),
    # (an aside between them stays parted: 'quê …' is no verb)
    ("Năm 1946, ông Nông Văn Bằng, quê Cao Bằng, tham gia cách mạng.", "Ông Nông Văn Bằng, quê Cao Bằng, tham gia cách mạng"),
])
def test_a_person_parted_from_the_verb_by_a_comma(sentence, title):
    assert extract_text(sentence, reference_date=REF).iloc[0]["title"] == title


def test_a_century_beside_a_weekly_custom_is_still_an_event():
    df = extract_text("Chợ họp vào Chủ nhật hằng tuần, được hình thành từ cuối thế kỷ XIX.", reference_date=REF)
    assert list(df["edtf"]) == ["1867/1899"]


def test_a_lunar_day_too_old_for_the_almanac_said_again_in_the_solar_calendar():
    df = extract_text("Vua sinh ngày 12 tháng 2 năm Giáp Tuất (tức ngày 8/3/974) tại châu Cổ Pháp.", reference_date=REF)
    assert list(df["edtf"]) == ["0974-03-08"]


@pytest.mark.parametrize("sentence,edtf", [
    # a count of thousands of years back, its separator a dot
    ("Các ngôi mộ có niên đại cách đây khoảng 2.500 năm.", "-0480"),
    ("Di chỉ có niên đại cách đây hơn 1.000 năm.", "1020"),
])
def test_thousands_of_years_ago(sentence, edtf):
    row = extract_text(sentence, reference_date=REF).iloc[0]
    assert row["edtf"].rstrip("~") == edtf and bool(row["approximate"])


@pytest.mark.parametrize("sentence,expected", [
    # a range's first end said again in the lunar calendar, in brackets
    ("Hội chợ mở cửa từ ngày 2/2/2027 (tức ngày 26 tháng Chạp năm Bính Ngọ) đến ngày 10/2/2027.",
     ["2027-02-02/2027-02-10"]),
    ("Đợt cao điểm kéo dài từ ngày 20/1 (nhằm ngày 2 tháng Chạp) đến hết ngày 5/2.", ["2026-01-20/2026-02-05"]),
    # the last months before a lunar new year named beside them are its run-up, the year before
    ("Bến xe bán vé Tết Đinh Mùi từ ngày 10/12.", ["2027-02-06", "2026-12-10"]),
    # a Tết counted back from the one at hand; a solar new year's day counted once
    ("Tết năm ngoái, chợ hoa đông nghịt.", ["2026"]),
    ("Tết Nguyên đán năm ngoái, chợ hoa đông nghịt.", ["2026-02-17"]),
    ("Tết Dương lịch năm ngoái, phố đi bộ đông nghịt.", ["2026-01-01"]),
])
def test_late_in_the_year_before_a_lunar_new_year(sentence, expected):
    df = extract_text(sentence, reference_date=__import__("datetime").date(2026, 11, 27))
    assert list(df["edtf"]) == expected


def test_tet_last_year_told_after_tet_is_the_one_before_it():
    df = extract_text("Tết năm ngoái, chợ hoa đông nghịt.", reference_date=__import__("datetime").date(2026, 3, 20))
    assert list(df["edtf"]) == ["2025"]


def test_a_comma_inside_a_quoted_title_parts_no_clause():
    df = extract_text('Năm 2022, bộ phim "Gạo, muối và tình người" giành giải Cánh diều.', reference_date=REF)
    assert df.iloc[0]["title"] == 'Bộ phim "Gạo, muối và tình người" giành giải Cánh diều'


@pytest.mark.parametrize("sentence,date_text,edtf", [
    # a deadline before an observance whose day stands in brackets
    ("Các xã phấn đấu gieo trồng xong trước tiết Đông chí (22/12).", "trước tiết Đông chí (22/12)", "../2020-12-22"),
    # the hour before a day told from today belongs to it
    ("Giá điện mới áp dụng từ 14 giờ chiều nay.", "14 giờ chiều nay", "2020-10-16"),
])
def test_observances_and_hours_of_today(sentence, date_text, edtf):
    row = extract_text(sentence, reference_date=REF).iloc[0]
    assert (row["date_text"], row["edtf"]) == (date_text, edtf)


def test_a_document_written_small_with_its_official_number_is_titled_by_it():
    df = extract_text("Ngày 8/4/2024, UBND xã gửi công văn số 57/UBND-VP ngày 5/4/2024 tới các thôn.", reference_date=REF)
    assert list(df["title"])[1] == "Công văn số 57/UBND-VP"


def test_a_term_in_brackets_after_a_governor_times_the_clause():
    df = extract_text("Chợ được lập dưới thời trấn thủ Ngô Thì Sĩ (1777 – 1780).", reference_date=REF)
    assert list(df["edtf"]) == ["1777/1780"] and df.iloc[0]["title"].startswith("Chợ được lập")


def test_the_years_and_quarters_counted_from_today():
    df = extract_text("Năm kia, huyện trồng 200 ha quế; quý trước, huyện trồng thêm 50 ha.", reference_date=REF)
    assert list(df["edtf"]) == ["2018", "2020-07/2020-09"]


@pytest.mark.parametrize("sentence,expected", [
    # a custom of the season is no time; a feast's night a year holds is the event, the year said again
    ("Sáng 3/3, hàng nghìn người về chùa cầu an đầu năm.", ["2020-03-03"]),
    ("Năm 2019, thành phố bắn pháo hoa vào đêm Giao thừa Tết Kỷ Hợi.", ["2019-02-04"]),
])
def test_customs_of_the_season_and_feasts_a_year_holds(sentence, expected):
    assert list(extract_text(sentence, reference_date=REF)["edtf"]) == expected


def test_the_bound_a_record_counts_from_may_follow_a_named_storm():
    text = ("Bão đổ bộ\n\nThứ Bảy, 21/11/2026\n\nSáng nay, bão số 14 đổ bộ vào Quảng Ngãi. Đây là cơn bão mạnh nhất "
            "đổ bộ vào khu vực này kể từ bão Damrey năm 2017.")
    assert list(extract_text(text)["edtf"])[0] == "2026-11-21"


def test_yesterday_with_its_day_under_a_date_bar_takes_the_bars_year():
    # an older year told in the body ('Năm 2025, …') is backstory: the bar's day and 'hôm qua
    # (11/1)' agree, so the story is the bar's year
    text = ("Thứ Hai, 12/1/2026\n\nGiải chạy vì sức khỏe\n\nChương trình diễn ra hôm qua (11/1) tại sân vận động.\n\n"
            "Năm 2025, tỉnh tổ chức 12 giải chạy. Từ nay đến hết tháng 2/2026, các giải sẽ tiếp tục.")
    assert list(extract_text(text)["edtf"]) == ["2026-01-11", "2025", "2026-01-12/2026-02"]


def test_years_later_past_the_storys_own_time_is_how_long_it_has_run():
    text = ("Thứ Hai, 12/1/2026\n\nNgày hội hiến máu\n\nSáng nay, ngày hội diễn ra tại Hà Nội. Ngày hội được tổ chức "
            "lần đầu vào tháng 1/2009. Sau 18 năm, chương trình đã lan rộng ra 40 tỉnh.")
    assert list(extract_text(text)["edtf"]) == ["2026-01-12", "2009-01"]
    # within the story's time it is still a year counted on
    text = ("Thứ Hai, 12/1/2026\n\nLịch sử trường\n\nSáng nay, trường đón học sinh. Trường được thành lập năm 1990. "
            "Sau 10 năm, trường được công nhận đạt chuẩn quốc gia.")
    assert list(extract_text(text)["edtf"])[-1] == "2000"


def test_an_anniversary_of_a_named_event_is_that_events_not_its_hosts():
    df = extract_text("Sáng 16/8/2025, tại Khu di tích Tân Trào, Tỉnh ủy Tuyên Quang tổ chức Lễ kỷ niệm 80 năm "
                      "Quốc dân Đại hội Tân Trào.")
    founding = df.iloc[1]
    assert founding["edtf"] == "1945" and founding["title"] == "Quốc dân Đại hội Tân Trào"
    assert list(founding["organisations"]) == [] and list(founding["places"]) == ["Tân Trào"]
    # the year in brackets after the name is the ceremony's
    df = extract_text("Dịp kỷ niệm 45 năm Ngày Giải phóng (năm 2020), thành phố không tổ chức diễu binh.")
    assert list(df["edtf"]) == ["1975", "2020"]
    assert list(df["title"]) == ["Ngày Giải phóng", "Kỷ niệm 45 năm Ngày Giải phóng"]


@pytest.mark.parametrize("text,values", [
    # in a history of the first centuries, short numbers after a month, a season or opening a
    # clause are years
    ("Năm 34, Tô Định làm Thái thú quận Giao Chỉ. Mùa xuân năm 40, nghĩa quân nổi dậy. Tháng 5 năm 43, nghĩa quân rút lui.",
     ["0034", "0040-02/0040-04", "0043-05"]),
    # elsewhere they are counts, or a year said short that we do not guess
    ("Tháng 8 năm 45, ông nhập ngũ. Học sinh năm 2 được khen.", [f"{REF.year}-08"]),
    ("Mùa thu năm 45, ông nhập ngũ.", []),
])
def test_short_years_of_the_first_centuries(text, values):
    assert list(extract_text(text, reference_date=REF)["edtf"]) == values


@pytest.mark.parametrize("sentence", [
    "Danh xưng Thạch Hà xuất hiện rất sớm, hơn nghìn năm nay.",
    "Bao năm nay, làng vẫn giữ nghề dệt thổ cẩm.",
    "Hàng trăm năm nay, người dân sống bằng nghề biển.",
])
def test_a_count_of_years_up_to_now_is_no_this_year(sentence):
    assert extract_text(sentence, reference_date=REF).empty


def test_a_day_after_the_pages_in_a_paragraph_told_of_now_keeps_the_articles_year():
    text = ("Thứ Hai, 23/11/2026\n\nNgày di sản\n\nNgày này gắn với sự kiện ngày 23/11/1945, Chủ tịch Hồ Chí Minh ký "
            "sắc lệnh.\n\nHôm qua, tại Bảo tàng tỉnh, Sở Văn hóa khai mạc triển lãm, kéo dài đến ngày 30/11.")
    assert list(extract_text(text)["edtf"]) == ["1945-11-23", "2026-11-22", "2026-11-30"]


def test_the_same_night_after_a_night_over_two_days():
    df = extract_text("Đêm 9 rạng sáng 10/2/1930, binh lính ở Yên Bái nổi dậy. Cùng đêm, ở Phú Thọ cũng nổ ra tấn công.",
                      reference_date=REF)
    assert list(df["edtf"]) == ["1930-02-09/1930-02-10", "1930-02-09"]


def test_the_very_day_after_a_clause_of_what_came_before_is_the_storys():
    text = ("Thứ Tư, 04/06/2025\n\nBầu cử\n\nSáng nay, ủy ban xác nhận kết quả. Cuộc bầu cử được tổ chức sau khi tòa "
            "án ngày 4/4 phế truất tổng thống. Ông Lee tuyên thệ nhậm chức ngay trong ngày.")
    assert list(extract_text(text)["edtf"]) == ["2025-06-04", "2025-04-04", "2025-06-04"]
    # a day that opens its sentence is still the one 'cùng ngày' goes back to
    df = extract_text("Sau khi nhận tin báo ngày 5/3/2025, công an đã đến hiện trường. Cùng ngày, nghi phạm bị bắt.")
    assert list(df["edtf"]) == ["2025-03-05", "2025-03-05"]


def test_parts_of_any_year_and_a_feast_in_a_sentence_of_now():
    assert extract_text("Cúm mùa thường tăng cao vào các tháng cuối năm và đầu năm.", reference_date=REF).empty
    text = ("Thứ Tư, 02/12/2026\n\nCúm A\n\nTừ đầu tháng 11 đến nay, bệnh viện tiếp nhận 450 ca. Năm 2024, tỉnh ghi nhận "
            "2 ca tử vong.\n\nNgười dân nên tiêm vắc xin trước ngày 31/12 để kịp bảo vệ trong dịp Tết Nguyên đán.")
    assert list(extract_text(text)["edtf"])[-1] == "2027-02-06"


def test_an_anniversary_of_a_citys_forming_with_its_two_years():
    df = extract_text("Tối 21/6/2023, thành phố tổ chức Lễ kỷ niệm 130 năm hình thành và phát triển (1893 – 2023).")
    assert list(df["edtf"]) == ["2023-06-21", "1893", "2023"]
    # a stretch of building, told as how long, is no anniversary
    assert extract_text("Trường đã trải qua 50 năm xây dựng và phát triển.", reference_date=REF).empty


def test_a_count_back_from_the_page_reaching_the_storys_year_makes_the_page_its_time():
    text = ("Thứ Hai, 29/12/2025\n\n53 năm Chiến thắng\n\nTối 18/12/1972, Mỹ mở cuộc tập kích vào Hà Nội. Đến ngày "
            "29/12/1972, Mỹ tuyên bố ngừng ném bom.\n\nSáng nay, Thành ủy tổ chức lễ dâng hương kỷ niệm 53 năm Chiến thắng.")
    assert list(extract_text(text)["edtf"]) == ["1972-12-18", "1972-12-29", "2025-12-29", "1972"]


def test_days_of_tet_from_one_to_another_and_an_interruption_counted():
    df = extract_text("Từ mùng 1 đến mùng 3 Tết (17 - 19/2/2026), VTV3 phát sóng phim truyện.")
    assert list(df["edtf"]) == ["2026-02-17/2026-02-19"]
    df = extract_text("Năm 1995, hội đua lần đầu. Sau 2 năm gián đoạn vì dịch (2020 – 2021), hội đua khôi phục từ năm 2022.")
    assert list(df["edtf"]) == ["1995", "2020/2021", "2022"]


def test_today_after_yesterday_told_as_a_lunar_day_is_the_pages():
    text = ("Chủ Nhật, 01/03/2026\n\nGiải vật\n\nHôm qua (ngày 12 tháng Giêng), xã tổ chức giải vật. Hôm nay, lễ hội "
            "bế mạc.")
    assert list(extract_text(text)["edtf"]) == ["2026-02-28", "2026-03-01"]


def test_a_lunar_month_restated_by_its_solar_year_in_brackets_is_one_event():
    df = extract_text("Hội nghị được triệu tập vào tháng Chạp năm Giáp Thân (đầu năm 1285) tại điện Diên Hồng.")
    assert list(df["edtf"]) == ["1285-01"]


def test_yesterday_with_its_day_just_before_the_pages_beats_an_older_lead_day():
    text = ("Thứ Bảy, 20/12/2025\n\nKhởi công\n\nSáng qua (19/12), tại Hà Nội, Thủ tướng dự lễ khởi công. Ngày "
            "30/11/2024, Quốc hội thông qua chủ trương đầu tư.\n\nCùng ngày, tại Lào Cai, một tuyến khác cũng khởi công.")
    assert list(extract_text(text)["edtf"]) == ["2025-12-19", "2024-11-30", "2025-12-19"]


@pytest.mark.parametrize("bar,edtf", [
    # a weekly review on a Saturday or a Sunday: the week ending that day
    ("Thứ Bảy, 21/11/2026", "2026-11-16/2026-11-22"),
    ("Chủ Nhật, 22/11/2026", "2026-11-16/2026-11-22"),
    # on a weekday: the week before
    ("Thứ Hai, 23/11/2026", "2026-11-16/2026-11-22"),
    ("Thứ Sáu, 20/11/2026", "2026-11-09/2026-11-15"),
])
def test_the_past_week_of_a_weekend_review_is_the_week_ending(bar, edtf):
    df = extract_text(f"{bar}\n\nGiá cà phê\n\nTrong tuần qua, giá cà phê tăng mạnh.")
    assert list(df["edtf"]) == [edtf]


@pytest.mark.parametrize("text,date_text,edtf", [
    ("Thứ Năm, 09/04/2026\n\nTin\n\nKhoảng 3 tháng trước, ông T. bị chó nhà cắn vào tay.", "Khoảng 3 tháng trước",
     "2026-01~"),
    ("Thứ Năm, 09/04/2026\n\nTin\n\nBa ngày trước, ông về quê.", "Ba ngày trước", "2026-04-06"),
    # in a story told in the past, the count is from the day it told
    ("Ngày 30/4/1975, quân ta tiến vào Sài Gòn. Ba ngày trước, sư đoàn nhận lệnh.", "Ba ngày trước", "1975-04-27"),
])
def test_a_count_back_opening_a_clause_is_when(text, date_text, edtf):
    df = extract_text(text, reference_date=None)
    row = df[df["date_text"] == date_text].iloc[0]
    assert row["edtf"].replace("%", "~") in (edtf, edtf.rstrip("~"))


def test_a_count_back_as_a_comparison_is_no_event():
    df = extract_text("Thứ Năm, 09/04/2026\n\nTin\n\nGiá lúa tăng 5% so với 3 tháng trước, theo báo cáo.")
    assert df.empty


@pytest.mark.parametrize("sentence,expected", [
    # a quoted name's edition in another year than the day the sentence tells: no event
    ('Sáng 19/12/2025, tại xã Chi Lăng, Bộ Chỉ huy Quân sự tỉnh tổ chức chương trình "Tết quân dân" năm 2026.',
     ["2025-12-19"]),
    # in the day's own year it restates it, and may be the only year the story has
    ('Ngày 23/11, UBND huyện Lộc Bình khai mạc Tuần lễ văn hóa "Mẫu Sơn – Mùa hoa đào" năm 2024.',
     ["2024-11-23"]),
    # alone in its sentence, the year of what was launched
    ('Tỉnh đoàn phát động phong trào "Ngày Chủ nhật xanh" năm 2024.', ["2024"]),
])
def test_the_edition_year_of_a_quoted_name(sentence, expected):
    assert list(extract_text(sentence, reference_date=None)["edtf"]) == expected


def test_a_flight_number_holds_no_year():
    df = extract_text("Sáng 18/12/2026, chuyến bay VN1234 của Vietnam Airlines hạ cánh.")
    assert list(df["edtf"]) == ["2026-12-18"]


def test_the_year_of_an_age_from_the_age_the_lead_gives_now():
    text = ("Thứ Hai, 01/12/2025\n\nKý ức người lính\n\nÔng Hoàng Văn Pản, 78 tuổi, ở thôn Nà Thâm, vẫn nhớ ngày nhập ngũ.\n\n"
            "\"Năm tôi 18 tuổi, tôi viết đơn tình nguyện. Mùa xuân năm sau, đơn vị chúng tôi hành quân vào Nam\", ông kể.")
    df = extract_text(text)
    assert list(df["date_text"]) == ["Năm tôi 18 tuổi", "Mùa xuân năm sau"]
    assert list(df["edtf"].str[:4]) == ["1965", "1966"]
    # who told what is quoted is no part of its title
    assert df.iloc[1]["title"] == "Đơn vị chúng tôi hành quân vào Nam"


@pytest.mark.parametrize("sentence,edtf", [
    # some days or weeks after the day told before: a rough stretch
    ("Ngày 10/5/1972, máy bay địch ném bom. Mấy ngày sau, nhân dân dựng lại nhà.", "1972-05-11/1972-05-17"),
    ("Ngày 10/5/1972, trận đánh nổ ra. Vài tuần sau đó, đơn vị rút quân.", "1972-05-17/1972-06-09"),
])
def test_some_days_after_a_day_told(sentence, edtf):
    df = extract_text(sentence, reference_date=REF)
    assert df.iloc[1]["edtf"].rstrip("~%") == edtf and bool(df.iloc[1]["approximate"])


@pytest.mark.parametrize("sentence,edtf", [
    # a century counted from the article's
    ("Đầu thế kỷ trước, làng có 50 hộ.", "1900/1932"),
    ("Cuối thế kỷ trước, đầu thế kỷ này, làng đổi mới.", "1967/2032"),
])
def test_the_century_before_the_articles(sentence, edtf):
    assert extract_text(sentence, reference_date=REF).iloc[0]["edtf"].rstrip("~%") == edtf


@pytest.mark.parametrize("sentence,ref,edtf", [
    # a day of the Tết a year on from the one at hand, or the one before it
    ("Mùng 2 Tết năm sau, đoàn sẽ về thăm.", dt.date(2026, 3, 20), "2027-02-07"),
    ("Mùng 2 Tết năm nay, đoàn về thăm.", dt.date(2026, 3, 20), "2026-02-18"),
    # the first and the last day of a year named
    ("Ngày đầu tiên của năm 2025, trời rét đậm.", REF, "2025-01-01"),
    ("Ngày đầu năm mới 2026, lượng khách tăng.", REF, "2026-01-01"),
    ("Ngày cuối cùng của năm 2024, ông qua đời.", REF, "2024-12-31"),
])
def test_days_of_tet_a_year_on_and_the_ends_of_a_year(sentence, ref, edtf):
    assert list(extract_text(sentence, reference_date=ref)["edtf"]) == [edtf]


def test_names_a_dropped_clause_lists_leave_the_title_with_it():
    df = extract_text("Hôm 15/1/2025, hai bên đạt được thỏa thuận, với sự trung gian của Qatar, Ai Cập và Mỹ.", reference_date=REF)
    assert df.iloc[0]["title"] == "Hai bên đạt được thỏa thuận"


def test_a_career_lines_posts_are_its_title():
    text = ("Quá trình công tác:\n- Từ năm 1955 đến năm 1975: Cán bộ, Phó Chánh Văn phòng, Chánh Văn phòng UBND tỉnh.\n"
            "- Tháng 6/1985: Nghỉ hưu.")
    df = extract_text(text, reference_date=REF)
    assert list(df["title"]) == ["Cán bộ, Phó Chánh Văn phòng, Chánh Văn phòng UBND tỉnh", "Nghỉ hưu"]


def test_advice_about_a_feast_is_for_the_coming_one_not_an_old_years():
    text = ("Thứ Ba, 10/02/2026\n\nDịch cúm\n\nNgày 9/2, xã phát hiện ổ dịch. Năm 2024, toàn tỉnh ghi nhận 2 ổ dịch "
            "cúm A/H5N6.\n\nNgành thú y khuyến cáo người dân không ăn thịt gà ốm; tiêm phòng vắc xin trước và sau Tết "
            "Nguyên đán.")
    df = extract_text(text)
    assert list(df["date_text"]) == ["9/2", "Năm 2024", "trước và sau Tết Nguyên đán"]
    assert list(df["edtf"]) == ["2026-02-09", "2024", "2026-02-17"]


def test_a_day_defined_by_what_happened_in_a_year_told_after_it():
    df = extract_text("Ngày 9/11 được chọn vì đây là ngày Quốc hội thông qua bản Hiến pháp đầu tiên vào năm 1946.",
                      reference_date=REF)
    assert list(df["edtf"]) == ["1946-11-09"]


def test_a_laws_year_after_a_name_holding_a_comma_is_no_event():
    df = extract_text("Ngày Pháp luật được quy định tại Luật Phổ biến, giáo dục pháp luật năm 2012, có hiệu lực từ "
                      "ngày 1/1/2013.", reference_date=REF)
    assert list(df["edtf"]) == ["2013-01-01"]


@pytest.mark.parametrize("sentence,date_text", [
    # parts of the day told as late or early, before a day
    ("Chiều muộn 12/5/2025, đoàn khảo sát về tới Hà Nội.", "Chiều muộn 12/5/2025"),
    ("Xế chiều 12/5/2025, đoàn khảo sát về tới Hà Nội.", "Xế chiều 12/5/2025"),
])
def test_late_and_early_parts_of_a_day(sentence, date_text):
    df = extract_text(sentence, reference_date=REF)
    assert list(df["date_text"]) == [date_text] and list(df["edtf"]) == ["2025-05-12"]


def test_a_deadline_still_to_come_after_an_old_case_keeps_the_articles_year():
    text = ("Thứ Tư, 15/07/2026\n\nÔ nhiễm\n\nTừ ngày 10/7, nước sông đổi màu.\n\nTháng 5/2023, hiện tượng tương tự đã "
            "xảy ra. Cơ quan chức năng đang xác định nguồn gây ô nhiễm; dự kiến công bố kết quả trước ngày 20/7.")
    assert list(extract_text(text)["edtf"]) == ["2026-07-10", "2023-05", "../2026-07-20"]


@pytest.mark.parametrize("sentence", ["Đêm qua rạng sáng nay, mưa lớn gây ngập.", "Đêm qua, rạng sáng nay, lũ về."])
def test_last_night_into_this_dawn_is_one_night(sentence):
    df = extract_text(sentence, reference_date=dt.date(2026, 4, 10))
    assert list(df["edtf"]) == ["2026-04-09/2026-04-10"]


def test_years_of_wandering_before_the_day_they_lead_to_are_how_long():
    df = extract_text("Sau 30 năm bôn ba ở nước ngoài, ngày 28/1/1941, Người trở về Tổ quốc.", reference_date=REF)
    assert list(df["edtf"]) == ["1941-01-28"]
