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
    # a list after a plural administrative word; 'và' between places
    ("Từ ngày 20 đến 25/2, các xã Hoàng Văn Thụ, Mông Ân và Hoa Thám tổ chức lễ hội.",
     {"places": ["Hoàng Văn Thụ", "Mông Ân", "Hoa Thám"]}),
    ("Năm 2021, xã Tân Thành và xã Hòa Bình về đích nông thôn mới.", {"places": ["Tân Thành", "Hòa Bình"]}),
    # a name ends at a verb once it has its proper part, and at another organisation's head
    ("Ngày 16/2, Sở Văn hóa, Thể thao và Du lịch tổ chức Lễ hội Lồng tồng.",
     {"organisations": ["Sở Văn hóa, Thể thao và Du lịch"]}),
    ("Năm 2021, UBND tỉnh chỉ đạo Sở Y tế triển khai tiêm chủng.",
     {"organisations": ["Ủy ban nhân dân tỉnh", "Sở Y tế"]}),
    # temples and citadels are places; 'UBND thành phố' is the city the text names
    ("Thế kỷ XVIII, đền Kỳ Cùng được xây dựng bên sông.", {"places": ["Kỳ Cùng"]}),
    ("Năm 2023, nhân dân thành phố Lạng Sơn góp tiền, UBND thành phố phê duyệt dự án.",
     {"organisations": ["Ủy ban nhân dân thành phố Lạng Sơn"]}),
    # a title after a canton word is no canton; a school's head inside a commune's name is no school
    ("Ngày 10/10, Tổng Bí thư Nguyễn Phú Trọng làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng.",
     {"places": ["Cao Bằng"], "persons": ["Nguyễn Phú Trọng"]}),
    ("Năm 1941, Nguyễn Ái Quốc về ở hang Cốc Bó, xã Trường Hà, huyện Hà Quảng.",
     {"places": ["Cốc Bó", "Trường Hà", "Hà Quảng"], "organisations": []}),
    # legal forms and two-syllable words of names
    ("Năm 2023, Công ty TNHH Một thành viên Xăng dầu Lạng Sơn nộp ngân sách 200 tỷ đồng.",
     {"organisations": ["Công ty TNHH Một thành viên Xăng dầu Lạng Sơn"]}),
    ("Năm 2023, Ngân hàng Nhà nước chi nhánh tỉnh Lạng Sơn triển khai nhiều giải pháp.",
     {"organisations": ["Ngân hàng Nhà nước chi nhánh tỉnh Lạng Sơn"]}),
    ("Năm 2020, Đài Phát thanh và Truyền hình tỉnh Cao Bằng ra mắt kênh mới.",
     {"organisations": ["Đài Phát thanh và Truyền hình tỉnh Cao Bằng"]}),
    # a place word that ends another word names no place
    ("Tháng 11/2020, Mặt trận Tổ quốc tỉnh đã phát động Tháng cao điểm Vì người nghèo.", {"places": []}),
    # a capitalised name after 'tại'/'ở' is a place, and the country in brackets after it
    ("Tháng 3/1935, đồng chí dự Đại hội lần thứ nhất của Đảng tại Ma Cao (Trung Quốc).",
     {"places": ["Ma Cao", "Trung Quốc"]}),
    ("Năm 2019, đoàn công tác làm việc tại Đồng Đăng và Tân Thanh.", {"places": ["Đồng Đăng", "Tân Thanh"]}),
    ("Ngày 24/5/1944, thực dân Pháp xử bắn đồng chí tại trường bắn Tương Mai (Hà Nội).",
     {"places": ["Tương Mai", "Hà Nội"]}),
    ("Tháng 11/1940, tại Hội nghị Trung ương lần thứ bảy, đồng chí được bầu vào Ban Thường vụ.", {"places": []}),
    # a document's number holds no organisation
    ("Năm 2020, theo quy định tại Quyết định số 123/QĐ-UBND, tỉnh hỗ trợ 100 hộ.",
     {"places": [], "organisations": []}),
    ("Năm 1945, ông về công tác ở Bộ Quốc phòng.", {"places": [], "organisations": ["Bộ Quốc phòng"]}),
    # 'Chính phủ' is no prefecture ('phủ') before a name
    ("Chiều 10/9, Thủ tướng Chính phủ Phạm Minh Chính đã đến thăm người dân vùng lũ.",
     {"places": [], "persons": ["Phạm Minh Chính"]}),
    # bodies of the province's Party committee and courts; a school named after a man is a school
    ("Ngày 5/10/2020, Ban Dân vận Tỉnh ủy Lạng Sơn phối hợp với Ban Nội chính Tỉnh ủy tổ chức hội nghị.",
     {"organisations": ["Ban Dân vận Tỉnh ủy Lạng Sơn", "Ban Nội chính Tỉnh ủy Lạng Sơn"]}),
    ("Năm 2020, Đảng ủy Khối các cơ quan tỉnh Lạng Sơn kết nạp 300 đảng viên.",
     {"organisations": ["Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"]}),
    ("Năm 2019, Viện Kiểm sát nhân dân tỉnh Cao Bằng triển khai nhiệm vụ.",
     {"organisations": ["Viện Kiểm sát nhân dân tỉnh Cao Bằng"]}),
    ("Năm 2020, Trường Chính trị Hoàng Văn Thụ khai giảng lớp cao cấp lý luận chính trị.",
     {"organisations": ["Trường Chính trị Hoàng Văn Thụ"], "persons": []}),
    ("Năm 2020, Tỉnh đoàn Lạng Sơn phát động chiến dịch Thanh niên tình nguyện hè.", {"places": ["Lạng Sơn"]}),
    # 'TP' is 'thành phố': the city, not the man
    ("Năm 2023, TP Hồ Chí Minh đón 5 triệu lượt khách quốc tế.", {"places": ["Thành phố Hồ Chí Minh"], "persons": []}),
    # a name that stands for a person's full name
    ("Năm 1950, Bác Hồ ra mặt trận Đông Khê.", {"persons": ["Hồ Chí Minh"], "places": ["Đông Khê"]}),
    # names written in sentence case: only a word's first syllable is capitalised
    ("Ngày 12/10/2020, Đài Khí tượng thủy văn tỉnh Hà Tĩnh phát tin cảnh báo lũ.",
     {"organisations": ["Đài Khí tượng thủy văn tỉnh Hà Tĩnh"], "places": ["Hà Tĩnh"]}),
    ("Ngày 10/10/2020, Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình ra công điện.",
     {"organisations": ["Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình"]}),
    # a man named after a province's chairman is no province; a school of a level
    ("Ngày 4/7/2020, Chủ tịch UBND tỉnh Trịnh Việt Hùng yêu cầu các sở hoàn thành chỉ tiêu.",
     {"places": [], "persons": ["Trịnh Việt Hùng"]}),
    ("Tháng 9/1964, Trường cấp III Thị xã Cao Bằng mở lớp chuyên toán.",
     {"organisations": ["Trường cấp III Thị xã Cao Bằng"], "places": ["Cao Bằng"]}),
    # a date opening the part after a semicolon times that part alone
    ("Sài Gòn được hoàn toàn giải phóng; ngày 2-5-1975, tỉnh Châu Đốc được giải phóng.", {"places": ["Châu Đốc"]}),
    # abbreviated administrative words
    ("Ngày 20/11/2020, UBND TP. Lạng Sơn tổ chức hội nghị.",
     {"places": ["Lạng Sơn"], "organisations": ["Ủy ban nhân dân thành phố Lạng Sơn"]}),
    ("Ngày 20/11/2020, Công an TX. Quảng Yên bắt giữ đối tượng.", {"organisations": ["Công an thị xã Quảng Yên"]}),
    ("Năm 2020, TP.HCM đón 5 triệu lượt khách.", {"places": ["Thành phố Hồ Chí Minh"]}),
    # industries and policy banks in names; a venue after 'tại' is no place
    ("Năm 2023, Công ty Cổ phần Xi măng Đồng Bành đạt doanh thu 500 tỷ đồng.",
     {"organisations": ["Công ty Cổ phần Xi măng Đồng Bành"]}),
    ("Tối 16/11/2020, tại Nhà Văn hóa thôn Nà Phặc, xã Hồng Phong, huyện Bình Gia diễn ra ngày hội.",
     {"places": ["Nà Phặc", "Hồng Phong", "Bình Gia"]}),
    # a number ends the name of a military unit or a hospital, not a count after it
    ("Năm 1954, Sư đoàn 308 tham gia Chiến dịch Điện Biên Phủ.", {"organisations": ["Sư đoàn 308"]}),
    ("Ngày 4/10/2013, ông từ trần tại Bệnh viện Trung ương Quân đội 108, hưởng thọ 93 tuổi.",
     {"organisations": ["Bệnh viện Trung ương Quân đội 108"]}),
    ("Năm 2020, Trường Tiểu học Kim Đồng 2 năm liền đạt chuẩn.", {"organisations": ["Trường Tiểu học Kim Đồng"]}),
    # a club named after its city is no place; a former province is no man; a direction alone no place
    ("Tối 21/11/2020, Thép Xanh Nam Định thắng Hà Nội FC 2-1 trên sân vận động Thiên Trường.",
     {"places": ["Nam Định", "Sân vận động Thiên Trường"]}),
    ("Năm 1985, Công nghiệp Hà Nam Ninh giành chức vô địch quốc gia.", {"places": ["Hà Nam Ninh"], "persons": []}),
    ("Năm 2020, đội bóng thành Nam vô địch.", {"places": []}),
    ("Ngày 21/11/2020, Trung tâm Dự báo khí tượng thủy văn quốc gia phát tin bão.",
     {"organisations": ["Trung tâm Dự báo khí tượng thủy văn quốc gia"]}),
    # parks, squares and industrial parks are places whose word is part of the name
    ("Tối 29/4/2020, tại Công viên Bến Bạch Đằng đã diễn ra chương trình nghệ thuật.",
     {"places": ["Công viên Bến Bạch Đằng"]}),
    ("Sáng 2/9/2020, lễ mít tinh diễn ra tại Quảng trường Ba Đình.", {"places": ["Quảng trường Ba Đình"]}),
    ("Tháng 3/2020, tỉnh cấp phép cho 3 dự án tại Khu công nghiệp Yên Bình.", {"places": ["Khu công nghiệp Yên Bình"]}),
    # historic places
    ("Năm 1010, vua Lý Thái Tổ dời đô từ Hoa Lư ra thành Đại La, đổi tên là Thăng Long.",
     {"places": ["Hoa Lư", "Đại La", "Thăng Long"]}),
    # a place's name and a person's in one run of capitals; a title's body is not its holder
    ("Năm 1779, Đốc trấn Lạng Sơn Ngô Thì Sĩ cho tu bổ chùa.", {"places": ["Lạng Sơn"], "persons": ["Ngô Thì Sĩ"]}),
    ("Năm 1882, Tổng đốc Hà Nội Hoàng Diệu tuẫn tiết.", {"places": ["Hà Nội"], "persons": ["Hoàng Diệu"]}),
    ("Ngày 22/12/2024, Bộ trưởng Bộ Quốc phòng Phan Văn Giang dự lễ.",
     {"organisations": [], "persons": ["Phan Văn Giang"]}),  # the body of a title is no actor
    ("Năm 1428, vua Lê Lợi lên ngôi.", {"persons": ["Lê Lợi"]}),
    ("Tối 2/9/2024, NSND Thu Hiền biểu diễn tại Nhà hát Lớn.", {"persons": ["Thu Hiền"]}),
    # a post's word that heads a body's name is no post ('Đồn Biên phòng …' is the border guard)
    ("Ngày 15/3/2025, Đồn Biên phòng Cửa khẩu Tân Thanh bắt giữ đối tượng.",
     {"organisations": ["Đồn Biên phòng Cửa khẩu Tân Thanh"], "places": ["Tân Thanh"]}),
    # another country's head of government names no person; a visit's country is where
    ("Ngày 10/9/2023, Thủ tướng Nhật Bản đón Thủ tướng Phạm Minh Chính thăm chính thức Nhật Bản.",
     {"persons": ["Phạm Minh Chính"], "places": ["Nhật Bản"]}),
    # a delegation is of the body it names; a name's parts joined by a spaced dash are one name
    ("Sáng 9/9/2023, Thủ tướng tiếp Đoàn Liên minh nghị sĩ hữu nghị Nhật - Việt.",
     {"organisations": ["Liên minh nghị sĩ hữu nghị Nhật - Việt"]}),
    # a common noun written with a capital after 'tại' is no place; a bare head names no body
    ("Lễ viếng bắt đầu từ 7 giờ ngày 14/5/2024 tại Nhà tang lễ tỉnh.", {"places": []}),
    ("Ngày 25/12/1944, Đội đánh thắng hai trận ở Phai Khắt và Nà Ngần.",
     {"organisations": [], "places": ["Phai Khắt", "Nà Ngần"]}),
    # abbreviations joined by '&' or '-', brands and fixed names of bodies
    ("Ngày 5/3/2024, Sở NN&PTNT tỉnh Lạng Sơn tổ chức hội nghị.",
     {"organisations": ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn"]}),
    ("Ngày 5/3/2024, Sở LĐ-TB&XH tỉnh Lạng Sơn tổ chức hội nghị.",
     {"organisations": ["Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn"]}),
    ("Ngày 5/3/2024, BHXH tỉnh Lạng Sơn tổ chức hội nghị.", {"organisations": ["Bảo hiểm xã hội tỉnh Lạng Sơn"]}),
    ("Ngày 5/3/2024, Bộ CHQS tỉnh Lạng Sơn tổ chức hội nghị.", {"organisations": ["Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"]}),
    ("Ngày 5/3/2024, VNPT Lạng Sơn tổ chức hội nghị.", {"organisations": ["VNPT Lạng Sơn"]}),
    ("Ngày 5/3/2024, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị.",
     {"organisations": ["Đảng ủy Khối các cơ quan tỉnh"]}),
    ("Ngày 5/3/2024, hội nghị diễn ra tại KCN Đồng Bành.", {"places": ["Khu công nghiệp Đồng Bành"]}),
    # a title's place and its holder's name in one run; a foreign name after a known place
    ("Ngày 5/3/2024, Bí thư Huyện ủy Lộc Bình Vy Văn Sơn dự lễ khai giảng.",
     {"places": ["Lộc Bình"], "persons": ["Vy Văn Sơn"]}),
    ("Ngày 5/3/2024, Chủ tịch nước Lương Cường thăm tỉnh.", {"places": [], "persons": ["Lương Cường"]}),
    ("Ngày 5/3/2024, Đại sứ Nhật Bản tại Việt Nam Ito Naoki thăm tỉnh.", {"places": ["Việt Nam"]}),
    # a street named after a person is a place, not the person; a customs office is a body
    ("Ngày 5/3/2024, vụ cháy xảy ra tại số nhà 25, đường Trần Đăng Ninh, phường Hoàng Văn Thụ.",
     {"places": ["Đường Trần Đăng Ninh", "Hoàng Văn Thụ"], "persons": []}),
    ("Ngày 5/3/2024, Hải quan cửa khẩu quốc tế Hữu Nghị thông quan 500 xe hàng.",
     {"organisations": ["Hải quan cửa khẩu quốc tế Hữu Nghị"]}),
    ("Năm 2024, Việt Nam là thiên đường Du lịch của châu Á.", {"places": ["châu Á"]}),  # no street; a continent
    ("Ngày 10/3/2024, Ban Chỉ đạo 389 tỉnh họp phiên thường kỳ.", {"organisations": ["Ban Chỉ đạo 389 tỉnh"]}),
    # foreign leaders after their titles and their country; foreign bodies
    ("Ngày 15/11/2024, Chủ tịch nước Lương Cường gặp Tổng thống Mỹ Joe Biden.",
     {"persons": ["Lương Cường", "Joe Biden"]}),
    ("Ngày 13/11/2024, Ủy ban châu Âu công bố dự báo kinh tế.", {"organisations": ["Ủy ban châu Âu"]}),
    # sites named after a day are places, and their day is no event
    ("Tối 19/3/2024, tại Quảng trường 17-10 diễn ra chương trình nghệ thuật.", {"places": ["Quảng trường 17-10"]}),
    ("Năm 2020, tỉnh nâng cấp đường 3/2 và phố 19/5.", {"places": ["Đường 3/2", "Phố 19/5"]}),
    # a name goes on after its bracketed abbreviation; 'tối cao' ends a name; a law's title holds no body
    ("Sáng 24/7/2025, Viện kiểm sát nhân dân (VKSND) tỉnh Lạng Sơn tổ chức lễ kỷ niệm.",
     {"organisations": ["Viện kiểm sát nhân dân tỉnh Lạng Sơn"]}),
    ("Năm 2024, đơn vị đón nhận Cờ thi đua của VKSND tối cao.",
     {"organisations": ["Viện kiểm sát nhân dân tối cao"]}),
    ("Ngày 26/7/1960, Chủ tịch Hồ Chí Minh ký Lệnh công bố Luật Tổ chức Viện Kiểm sát nhân dân.",
     {"organisations": [], "persons": ["Hồ Chí Minh"]}),
    # a province's nickname names the province
    ("Tháng 9/2023, Lễ hội Lồng tồng xứ Lạng được công nhận là di sản.", {"places": ["Lạng Sơn"]}),
    # roads named by their numbers
    ("Ngày 11 tháng 3 năm 1948, du kích phục kích địch trên Đường số 4.", {"places": ["Đường số 4"]}),
    ("Tháng 5/2023, tuyến quốc lộ 4B bị sạt lở.", {"places": ["Quốc lộ 4B"]}),
    # a name before a bracketed province or country is a place in it
    ("Rạng sáng 17/2/1979, địch tấn công từ Phong Thổ (Lai Châu) đến Pò Hèn (Quảng Ninh).",
     {"places": ["Phong Thổ", "Lai Châu", "Pò Hèn", "Quảng Ninh"]}),
    ("Năm 2020, ông Nguyễn Văn Bình (Lạng Sơn) đạt giải Nhất.", {"places": ["Lạng Sơn"], "persons": ["Nguyễn Văn Bình"]}),
    # a force, a family or a dynasty called after a place is none
    ("Tháng 1/1785, nghĩa quân Tây Sơn đánh tan quân Xiêm ở Rạch Gầm.", {"places": ["Rạch Gầm"]}),
    ("Năm 1771, khởi nghĩa nổ ra ở vùng Tây Sơn.", {"places": ["Tây Sơn"]}),
    # a country after 'khỏi', 'vào', 'lãnh thổ'; not as an army's
    ("Ngày 18/3/1979, quân Trung Quốc rút hết khỏi lãnh thổ Việt Nam.", {"places": ["Việt Nam"]}),
    # the body whose document an event carries out is background; a dated document is its issuer's
    ("Thực hiện Nghị quyết số 60-NQ/TW của Ban Chấp hành Trung ương, từ ngày 1/7/2025, tỉnh bỏ cấp huyện.",
     {"organisations": []}),
    # international bodies; a troupe of a district; a walking street is named by its place
    ("Tháng 12/2019, thực hành Then ở Việt Nam được UNESCO ghi danh.", {"organisations": ["UNESCO"], "places": ["Việt Nam"]}),
    ("Những năm 1960, bà tham gia Đội văn nghệ xung kích của huyện Bình Gia.",
     {"organisations": ["Đội văn nghệ xung kích của huyện Bình Gia"]}),
    ("Ngày 5/10/2024, chợ phiên họp tại khu vực Phố đi bộ Kỳ Lừa.", {"places": ["Kỳ Lừa"]}),
    # a cell of a village, a cooperative (its 'xã' no commune), a board of a border economic zone
    ("Ngày 5/3/2024, Chi bộ thôn Nà Pàn, xã Hồng Phong tổ chức sinh hoạt.",
     {"organisations": ["Chi bộ thôn Nà Pàn"], "places": ["Nà Pàn", "Hồng Phong"]}),
    ("Ngày 5/3/2024, Hợp tác xã Nông nghiệp Tân Thành ký hợp đồng.",
     {"organisations": ["Hợp tác xã Nông nghiệp Tân Thành"], "places": []}),
    ("Ngày 5/3/2024, Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn làm việc với doanh nghiệp.",
     {"organisations": ["Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"]}),
    # an international body's name is whole; a stronghold's word is its kind
    ("Tháng 5/2023, Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng được tái công nhận.",
     {"organisations": ["UNESCO"]}),
    ("Đợt 1 (từ ngày 13 đến 17/3/1954), quân ta tiêu diệt cứ điểm Him Lam.", {"places": ["Him Lam"]}),
    # the places in a bracket after a place; games are no place; a world capital with its dots
    ("Tối 15/5/2023, tại sân vận động Olympic (Phnom Penh, Campuchia), đội tuyển nữ thắng.",
     {"places": ["Sân vận động Olympic", "Phnom Penh", "Campuchia"]}),
    ("Năm 2022, tại SEA Games 31 tổ chức tại Việt Nam, đội giành ngôi vô địch.", {"places": ["Việt Nam"]}),
    ("Trưa 20/1/2025, ông Trump tuyên thệ tại Điện Capitol ở thủ đô Washington D.C.",
     {"places": ["Điện Capitol", "Washington D.C."]}),
    # a stupa named like a newspaper; a party named before its candidate
    ("Từ năm 1992 đến năm 1993, Bộ Văn hóa - Thông tin tu bổ bảo tháp Báo Nghiêm.",
     {"organisations": ["Bộ Văn hóa - Thông tin"]}),
    ("Ngày 5/11/2024, ông Trump đánh bại ứng cử viên Đảng Dân chủ Kamala Harris.", {"organisations": ["Đảng Dân chủ"]}),
    # a police post across the border, its country in brackets (each post named for its place); a college of several words
    ("Sáng 5/3/2024, Đồn Biên phòng Chi Ma tuần tra cùng Đồn Công an Ái Điểm (Trung Quốc).",
     {"organisations": ["Đồn Biên phòng Chi Ma", "Đồn Công an Ái Điểm"], "places": ["Chi Ma", "Ái Điểm", "Trung Quốc"]}),
    ("Sáng 5/3/2024, Trường Cao đẳng Công nghệ và Nông lâm Đông Bắc khai giảng.",
     {"organisations": ["Trường Cao đẳng Công nghệ và Nông lâm Đông Bắc"]}),
    # a district whose name begins with a site's word ('Đình Lập', 'Chợ Mới')
    ("Sáng 13/11/2024, Huyện ủy Đình Lập tổ chức lễ kỷ niệm.", {"places": ["Đình Lập"], "organisations": ["Huyện ủy Đình Lập"]}),
    # an old name with its ending and unit; a renaming 'thành' is no citadel; a central body
    ("Tháng 3/1954, Hội Nông dân cứu quốc tỉnh Lạng Sơn được thành lập.",
     {"organisations": ["Hội Nông dân cứu quốc tỉnh Lạng Sơn"]}),
    ("Năm 1988, Hội đổi tên thành Hội Nông dân Việt Nam tỉnh Lạng Sơn.",
     {"organisations": ["Hội Nông dân Việt Nam tỉnh Lạng Sơn"], "places": ["Lạng Sơn"]}),
    ("Năm 2023, Hội được Trung ương Hội Nông dân Việt Nam tặng Cờ thi đua.",
     {"organisations": ["Trung ương Hội Nông dân Việt Nam"]}),
    # a unit's name runs on into its parent body, a team keeps its number; a kilometre post is no place
    ("Ngày 3/12/2024, tại Km 18, Đội Quản lý thị trường số 3 phối hợp với Phòng Cảnh sát kinh tế Công an tỉnh kiểm tra xe.",
     {"organisations": ["Đội Quản lý thị trường số 3", "Phòng Cảnh sát kinh tế Công an tỉnh"], "places": []}),
    ("Năm 2020, UBND tỉnh chỉ đạo Công an tỉnh kiểm tra.",
     {"organisations": ["Ủy ban nhân dân tỉnh", "Công an tỉnh"]}),
    # a post of the French is no place called France; a country after 'nước' is
    ("Ngày 9/3/1945, quân Nhật tấn công đồn Pháp tại Lạng Sơn.", {"places": ["Lạng Sơn"]}),
    ("Năm 1911, Người sang nước Pháp.", {"places": ["Pháp"]}),
    # a leader's rank names no body ('Tiểu đội trưởng'); the regiment after it is one
    ("Từ năm 1947 đến năm 1954: Chiến sĩ, Tiểu đội trưởng, Trung đội trưởng Trung đoàn 28.",
     {"organisations": ["Trung đoàn 28"]}),
    # a Chinese region across the border, its country in brackets
    ("Ngày 15/1/2025, tỉnh hội đàm với đoàn Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc).",
     {"places": ["Quảng Tây", "Trung Quốc"]}),
    # a union's predecessor is no canton ('Tổng' before a body); 'Công đoàn' is one word of a name
    ("Ngày 28/7/1929, Tổng Công hội Đỏ Bắc Kỳ được thành lập tại Hà Nội.",
     {"organisations": ["Tổng Công hội Đỏ Bắc Kỳ"], "places": ["Bắc Kỳ", "Hà Nội"]}),
    ("Tháng 3/1957, Ban Liên hiệp Công đoàn tỉnh Lạng Sơn được thành lập.",
     {"organisations": ["Ban Liên hiệp Công đoàn tỉnh Lạng Sơn"]}),
    # a company's name may hold a word written small; two companies stay two
    ("Sáng 20/10/2024, Sở phối hợp với Công ty Cổ phần Sự kiện Thể thao Việt tổ chức giải chạy.",
     {"organisations": ["Công ty Cổ phần Sự kiện Thể thao Việt"]}),
    ("Năm 2020, Công ty ABC ký hợp đồng với Công ty XYZ.", {"organisations": ["Công ty ABC", "Công ty XYZ"]}),
    # after 'tại', a name a verb follows opens the next clause: a general, no place
    ("Năm 1427, nghĩa quân tiêu diệt quân Minh tại ải Chi Lăng, Liễu Thăng bị chém đầu tại núi Mã Yên.",
     {"places": ["Chi Lăng", "Mã Yên"]}),
    ("Năm 2020, hội thi diễn ra tại Đồng Đăng, Tân Thanh và Na Sầm.", {"places": ["Đồng Đăng", "Tân Thanh", "Na Sầm"]}),
    # a place inside a body's whole name is a word of that name
    ("Năm 1936, đồng chí được kết nạp vào Đảng Cộng sản Đông Dương.",
     {"places": [], "organisations": ["Đảng Cộng sản Đông Dương"]}),
    # a body's meeting names no place
    ("Ngày 15/10/1930, Hội nghị Ban Chấp hành Trung ương Đảng lần thứ nhất ra Nghị quyết về công tác vận động quần chúng.",
     {"places": [], "organisations": ["Ban Chấp hành Trung ương Đảng"]}),
    # a learned discipline in a body's name ('Sử học')
    ("Sáng 25/10/2024, Viện Sử học Việt Nam tổ chức hội thảo.", {"organisations": ["Viện Sử học Việt Nam"]}),
    # a description after a dash is no part of a name
    ("Ngày 15/6/1964, Báo Lạng Sơn - Tiếng nói của Đảng bộ và nhân dân các dân tộc tỉnh ra mắt bạn đọc.",
     {"organisations": ["Báo Lạng Sơn"]}),
    # steering committees named with a comma
    ("Ngày 13/8/2021, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Lạng Sơn họp khẩn.",
     {"organisations": ["Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Lạng Sơn"]}),
    # 'vũ trang' ends a force's name; border posts written small in running text
    ("Năm 1959, Công an nhân dân vũ trang tỉnh Lạng Sơn được thành lập.",
     {"places": ["Lạng Sơn"], "organisations": ["Công an nhân dân vũ trang tỉnh Lạng Sơn"]}),
    ("Tháng 2/1979, cán bộ đồn Công an vũ trang Đồng Đăng và đồn Biên phòng Na Hình chiến đấu kiên cường.",
     {"organisations": ["Đồn Công an vũ trang Đồng Đăng", "Đồn Biên phòng Na Hình"]}),
    # a document right after the event's date: its issuer acted ('thành lập … theo Quyết định … của')
    ("Trường được thành lập ngày 3/9/1974 theo Quyết định số 58/QĐ-UB của Ủy ban hành chính tỉnh Lạng Sơn.",
     {"organisations": ["Ủy ban hành chính tỉnh Lạng Sơn"]}),
    # … but a cited document's issuer is background
    ("Ngày 5/3/2024, thực hiện Nghị quyết số 60-NQ/TW của Ban Chấp hành Trung ương, tỉnh sáp nhập các xã.",
     {"organisations": []}),
    # a region in a school's name is a word of the name; a committee of a region names it
    ("Tối 16/11/2024, Trường THPT Việt Bắc tổ chức lễ kỷ niệm.",
     {"places": [], "organisations": ["Trường THPT Việt Bắc"]}),
    ("Tháng 3/1929, Xứ ủy Bắc Kỳ họp tại Hải Phòng.",
     {"places": ["Bắc Kỳ", "Hải Phòng"], "organisations": ["Xứ ủy Bắc Kỳ"]}),
    # what a department manages, and a second task joined by 'và', are its name
    ("Ngày 29/9/2025, Cục Quản lý đê điều và Phòng chống thiên tai tổ chức hội nghị tổng kết.",
     {"organisations": ["Cục Quản lý đê điều và Phòng chống thiên tai"]}),
    # (a body that reports, with or without a comma after 'cho biết', is no party to what it reports)
    ("Ngày 29/9/2025, Cục Quản lý đê điều và Phòng chống thiên tai cho biết bão làm 19 người chết.",
     {"organisations": []}),
    ("Ngày 29/9/2025, Ban Quản lý dự án và Phát triển quỹ đất huyện họp.",
     {"organisations": ["Ban Quản lý dự án và Phát triển quỹ đất huyện"]}),
    ("Ngày 29/9/2025, Sở Y tế và Phòng Y tế huyện họp.", {"organisations": ["Sở Y tế", "Phòng Y tế huyện"]}),
    # a club named with its owner is one body; a club named with 'FC' places nothing
    ("Tối 5/12/2024, Thể Công - Viettel đánh bại Hải Phòng 3-0.", {"organisations": ["Thể Công - Viettel"]}),
    ("Ngày 8/12/2024, tâm điểm là trận Hà Nội FC gặp Nam Định.", {"places": ["Nam Định"]}),
    ("Năm 1995, Ban Cán sự Đảng Chính phủ trình Tờ trình số 51.", {"organisations": ["Ban Cán sự Đảng Chính phủ"]}),
    # schools and nurseries named with their kind
    ("Năm 1990, nhà trẻ sáp nhập với Trường Mẫu giáo Hoa Mai thành Trường Mầm non Hoa Sen.",
     {"organisations": ["Trường Mẫu giáo Hoa Mai", "Trường Mầm non Hoa Sen"]}),
    ("Trường được thành lập ngày 5/9/1974 với tên gọi ban đầu là Nhà trẻ Hoa Sen.", {"organisations": ["Nhà trẻ Hoa Sen"]}),
    # a body's name in sentence case, its compound whole
    ("Ngày 5/3/2024, Cục Di sản văn hóa tổ chức hội thảo.", {"organisations": ["Cục Di sản văn hóa"]}),
    # a venue's first syllable is no place
    ("Ngày 19-8-2024, tại Đại lễ đường Nhân dân, thủ đô Bắc Kinh, hai bên ký các văn kiện.", {"places": ["Bắc Kinh"]}),
    # the regions of the centre
    ("Ngày 17/1/2025, không khí lạnh ảnh hưởng đến Trung Trung Bộ và Tây Nam Bộ.",
     {"places": ["Trung Trung Bộ", "Tây Nam Bộ"]}),
    # words glued to a name with a dash are no part of it
    ("Ngày 3-9-1944, đồng chí Quế thành lập Chi bộ Yên Lý (xã Phúc Sơn-lúc đó gồm cả xã Lam Cốt).",
     {"places": ["Phúc Sơn", "Lam Cốt"]}),
    ("Năm 2020, đoàn đến Mát-xcơ-va và Bà Rịa-Vũng Tàu.", {"places": ["Mát-xcơ-va", "Bà Rịa-Vũng Tàu"]}),
    # a body whose head is a family name is no person after a title word (its number ends its name)
    ("Ngày 5/1/2026, Đội quy tập hài cốt liệt sĩ Đoàn Kinh tế - Quốc phòng 337 tìm thấy 5 hài cốt.",
     {"persons": [], "organisations": ["Đoàn Kinh tế - Quốc phòng 337"]}),
    # older texts write the colonial regions small
    ("Năm 1936, ông tham gia Ủy ban Mặt trận Dân chủ Bắc kỳ tại Hà Nội.",
     {"places": ["Bắc Kỳ", "Hà Nội"], "organisations": ["Ủy ban Mặt trận Dân chủ Bắc Kỳ"]}),
    # (a member's post written small is a title as written capital: its body is the person's)
    ("Năm 1940, ông được cử vào Xứ ủy Nam kỳ.", {"places": ["Nam Kỳ"], "organisations": ["Xứ ủy Nam Kỳ"]}),
    ("Năm 1940, ông là ủy viên Xứ ủy Nam kỳ.", {"places": ["Nam Kỳ"], "organisations": []}),
    # a sector written small runs on to its unit; a lake written small is a place, 'Hồ' no lake
    ("Sáng 22/12/2023, Hội Văn học nghệ thuật tỉnh Cao Bằng tổ chức tọa đàm.",
     {"places": ["Cao Bằng"], "organisations": ["Hội Văn học nghệ thuật tỉnh Cao Bằng"]}),
    ("Năm 1990, ông về công tác tại Hội Văn học nghệ thuật tỉnh.",
     {"organisations": ["Hội Văn học nghệ thuật tỉnh"]}),
    ("Ngày 18/9/2025, Phòng Nghiệp vụ phối hợp với Đội Kiểm soát Hải quan bắt quả tang đối tượng.",
     {"organisations": ["Phòng Nghiệp vụ", "Đội Kiểm soát Hải quan"]}),
    # a word of two syllables, the second written small, inside a name; an international body in full
    ("Ngày 29/4/2016, Ban Biên tập Báo Lạng Sơn đã phát động cuộc thi viết.",
     {"organisations": ["Ban Biên tập Báo Lạng Sơn"]}),
    ("Vào đầu tháng 7/2012, Ban Chỉ đạo Giải thưởng cấp tỉnh tổ chức Lễ phát động sáng tác.",
     {"organisations": ["Ban Chỉ đạo Giải thưởng"]}),
    ("Ngày 2/6/2025, tại Trụ sở của Tổ chức Giáo dục, Khoa học và Văn hoá của Liên hợp quốc ở thủ đô Paris đã "
     "diễn ra buổi lễ.", {"organisations": ["Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc"]}),
    # a committee member's title is no body; the district committee of colonial times; the people after 'và'
    ("Năm 1940, Trần Đăng Ninh, Xứ ủy viên Bắc Kỳ, lãnh đạo cuộc khởi nghĩa.", {"organisations": []}),
    ("Ngày 14-10-1940, Châu ủy Bắc Sơn quyết định thành lập Chiến khu Bắc Sơn.",
     {"places": ["Bắc Sơn"], "organisations": ["Châu ủy Bắc Sơn"]}),
    ("Ngày 27-9-1940, cuộc khởi nghĩa do Chi bộ Cộng sản và Nhân dân Bắc Sơn tiến hành.",
     {"organisations": ["Chi bộ Cộng sản"]}),
    # a memorial's grounds are no place name, the ward in brackets is; a campaign is no place,
    # nor are its seasons part of the region it is named after
    ("Ngày 29/8/2025, lãnh đạo tỉnh dâng hương tại Khuôn viên lưu niệm Chủ tịch Hồ Chí Minh (phường Đông Kinh).",
     {"places": ["Đông Kinh"]}),
    ("Năm 1947, Chiến thắng Việt Bắc Thu - Đông và Chiến thắng Chiến dịch Biên giới 1950 là sự kiện lịch sử.",
     {"places": ["Việt Bắc"]}),
    # a head's word inside a known place ('Hải Phòng') is no body; the venue's list is not the subject's
    ("Đúng 9h ngày 24/8/2023, tại Trung tâm Hội nghị thành phố Hải Phòng, Ban Chấp hành Trung ương Đảng Cộng sản "
     "Việt Nam, Quốc hội và gia đình tổ chức Lễ viếng.",
     {"places": ["Hải Phòng"], "organisations": ["Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Quốc hội"]}),
    # 'thành' before a body is 'became', no citadel
    ("Ngày 3-3-1959, Thủ tướng ban hành Nghị định thống nhất các đơn vị thành Công an nhân dân vũ trang.",
     {"places": []}),
    # the south of a known country is that country
    ("Tháng 1-1928, Hoàng Văn Thụ tìm đường sang miền Nam Trung Quốc bắt liên lạc.", {"places": ["Trung Quốc"]}),
    # bodies listed with dashes share the unit the last one names; a national body does not
    ("Tối 16/10/2020, Thành ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam TP Lạng Sơn đã tổ chức Lễ kỷ niệm.",
     {"organisations": ["Thành ủy Lạng Sơn", "Hội đồng nhân dân Thành phố Lạng Sơn", "Ủy ban nhân dân Thành phố Lạng Sơn",
                        "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Lạng Sơn"]}),
    ("Sáng 30/4/2025, Quốc hội, Chính phủ và Thành ủy Thành phố Hồ Chí Minh tổ chức lễ kỷ niệm.",
     {"organisations": ["Quốc hội", "Chính phủ", "Thành ủy Thành phố Hồ Chí Minh"]}),
    # historical bodies named in sentence case, whole from the lexicon
    ("Năm 1936, cơ sở Hội Phản đế đầu tiên được thành lập ở xã Tú Đoạn.",
     {"places": ["Tú Đoạn"], "organisations": ["Hội Phản đế"]}),
    # the province's delegation to the National Assembly; a court closed by 'tối cao'; a numbered area
    ("Ngày 7/3/2025, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri tại xã Hợp Thành.",
     {"places": ["Hợp Thành"], "organisations": ["Đoàn đại biểu Quốc hội tỉnh"]}),
    ("Ngày 24/3/2025, Viện kiểm sát nhân dân tối cao kiểm tra tại Lạng Sơn.",
     {"organisations": ["Viện kiểm sát nhân dân tối cao"]}),
    ("Ngày 19/3/2025, Kho bạc Nhà nước khu vực VI khai trương trụ sở mới.",
     {"places": [], "organisations": ["Kho bạc Nhà nước khu vực VI"]}),
    # a school named after a person, with a word written small before the name; not a verb
    ("Năm 1979, ông theo học Trường Viết văn Nguyễn Du.", {"organisations": ["Trường Viết văn Nguyễn Du"]}),
    # a school's field written small after its capitalised field, up to the clause's end; not a
    # verb after a school named after a person
    ("Năm 1962, bà tốt nghiệp Trường Trung cấp Nông nghiệp miền núi, rồi về quê dạy học.",
     {"organisations": ["Trường Trung cấp Nông nghiệp miền núi"]}),
    ("Năm 1970, ông chuyển về Học viện Bưu chính viễn thông.", {"organisations": ["Học viện Bưu chính viễn thông"]}),
    ("Năm 1999, Trường THPT Lê Quý Đôn kỷ niệm.", {"organisations": ["Trường THPT Lê Quý Đôn"]}),
    # a foreign place's particle written small; a unit known by 'Đoàn' and its number, not a count
    # of delegates nor a battalion written with two capitals
    ("Ngày 10/7/2024, đoàn công tác làm việc tại Rio de Janeiro.", {"places": ["Rio de Janeiro"]}),
    ("Năm 1959, Bộ Chính trị quyết định thành lập Đoàn 559.", {"organisations": ["Bộ Chính trị", "Đoàn 559"]}),
    ("Ngày 2/3/2021, Đoàn 30 đại biểu của huyện lên đường.", {"organisations": []}),
    ("Hè 1972, Tiểu Đoàn 3 chiến đấu tại Đông Hà.", {"organisations": []}),
    # a pagoda whose name begins like a newspaper's; two ministries acting together; an index
    # provider known by its brand
    ("Năm 1884, nhà thờ được xây trên nền chùa Báo Thiên.", {"places": ["Báo Thiên"], "organisations": []}),
    ("Chiều 5/12, Liên Bộ Công Thương – Tài chính điều chỉnh giá xăng.",
     {"organisations": ["Bộ Công Thương", "Bộ Tài chính"]}),
    ("Ngày 8/4/2027, FTSE Russell công bố kết quả nâng hạng.", {"organisations": ["FTSE Russell"]}),
    # heads of state's seats are places; a common noun written big after 'ở' is none; a continent
    # after a kind of body names no place
    ("Sáng 19/11, tại Phủ Tổng thống ở thủ đô Seoul, hai nhà lãnh đạo hội đàm.", {"places": ["Phủ Tổng thống", "Seoul"]}),
    ("Ngày 13/11, ông phát biểu ở Vườn hồng trong Nhà Trắng.", {"places": ["Nhà Trắng"]}),
    ("Năm 2009, QS bắt đầu xếp hạng các đại học châu Á.", {"places": []}),
    ("Ngày 23/2/2025, liên minh CDU/CSU giành chiến thắng.", {"organisations": ["CDU/CSU"]}),
    # a body's short name with its home country in brackets: the short name stands for it later,
    # the country is no place of the event
    ("Ngày 4/11/2025, tổ chức Quacquarelli Symonds (QS, Anh) công bố bảng xếp hạng; QS làm việc này từ năm 2009.",
     {"places": [], "organisations": ["Quacquarelli Symonds"]}),
    # a school's numbered levels before its name
    ("Tháng 9/1956, Trường cấp 2 – 3 Việt Bắc được thành lập tại thị xã Lạng Sơn.",
     {"places": ["Lạng Sơn"], "organisations": ["Trường cấp 2 - 3 Việt Bắc"]}),
    ("Năm 1965, Trường cấp III Lộc Bình sơ tán về xã Mẫu Sơn.", {"organisations": ["Trường cấp III Lộc Bình"]}),
    # a guerrilla unit written small before its capitalised name, not without one
    ("Tháng 2/1941, đội du kích Bắc Sơn được đổi tên.", {"organisations": ["Đội du kích Bắc Sơn"]}),
    ("Năm 1947, đội du kích xã phục kích địch.", {"organisations": []}),
    # bodies of the August Revolution known by their names alone
    ("Tháng 3/1945, anh bỏ học, vào tổ chức Thanh niên Tiền phong.", {"organisations": ["Thanh niên Tiền phong"]}),
    ("Năm 1946, chị gia nhập Thanh niên Cứu quốc.", {"organisations": ["Thanh niên Cứu quốc"]}),
    # a field written small joined by 'và' to a capitalised one; a bloc of bodies and the unit it
    # serves; a name closed by 'vũ trang'
    ("Năm 2023, Trường Đại học Khoa học xã hội và Nhân văn tổ chức hội thảo.",
     {"organisations": ["Trường Đại học Khoa học xã hội và Nhân văn"]}),
    ("Ngày 5/3/2023, Đoàn Khối các cơ quan tỉnh Lạng Sơn tổ chức hội thi.",
     {"organisations": ["Đoàn Khối các cơ quan tỉnh Lạng Sơn"]}),
    ("Ngày 5/3/2023 tại Lạng Sơn, Đảng bộ Khối các cơ quan tỉnh tổ chức đại hội.",
     {"places": ["Lạng Sơn"], "organisations": ["Đảng bộ Khối các cơ quan tỉnh Lạng Sơn"]}),
    ("Ngày 3/3/1959, lực lượng Công an nhân dân vũ trang (CANDVT) được thành lập.",
     {"organisations": ["Công an nhân dân vũ trang"]}),
    # a unit's name that looks like a head ('Trường', 'Đoàn') is still the unit's name
    ("Sáng 2/4/2025, Đảng ủy, HĐND, UBND thị trấn Trường Sơn tổ chức lễ kỷ niệm.",
     {"places": ["Trường Sơn"], "organisations": ["Đảng ủy thị trấn Trường Sơn", "Hội đồng nhân dân thị trấn Trường Sơn",
                                                  "Ủy ban nhân dân thị trấn Trường Sơn"]}),
    ("Năm 2020, Đảng ủy xã Đoàn Kết tổ chức đại hội.", {"places": ["Đoàn Kết"], "organisations": ["Đảng ủy xã Đoàn Kết"]}),
    # what a board manages, written small, up to the unit or the name it reaches; an award is
    # no part of the body given it
    ("Năm 2020, Ban Quản lý dự án đầu tư xây dựng tỉnh Lạng Sơn tổ chức hội nghị.",
     {"organisations": ["Ban Quản lý dự án đầu tư xây dựng tỉnh Lạng Sơn"]}),
    ("Ngày 16/8/2014, Ban Quản lý dự án đường Hồ Chí Minh đón nhận Huân chương Độc lập hạng Ba.",
     {"organisations": ["Ban Quản lý dự án đường Hồ Chí Minh"]}),
    ("Ngày 25/8/2025, Tổng Bí thư trao tặng Bộ Ngoại giao Huân chương Lao động hạng Nhất.",
     {"organisations": ["Bộ Ngoại giao"]}),
    ("Tuần trước, Sở Du lịch tổ chức Hội chợ Du lịch quốc tế tại TP Hạ Long.", {"organisations": ["Sở Du lịch"]}),
    ("Ngày 13/8/1945, Hội nghị toàn quốc của Đảng quyết định thành lập Ủy ban Khởi nghĩa.",
     {"organisations": ["Ủy ban Khởi nghĩa"]}),
    # citing a guide is no base ('căn cứ')
    ("Căn cứ Hướng dẫn số 01-HD/TW ngày 20/9/2016 của Ban Chấp hành Trung ương, Đảng ủy ban hành quyết định.",
     {"places": []}),
    ("Chiều 13/1/2025, Văn phòng Quốc hội và Ban Công tác đại biểu tổ chức lễ trao tặng Huân chương Độc lập.",
     {"organisations": ["Văn phòng Quốc hội", "Ban Công tác đại biểu"]}),
    # the youth union's committees, named after their units
    ("Năm 2024, Huyện đoàn Cao Lộc và Thành đoàn Lạng Sơn tặng quà cho thiếu nhi.",
     {"places": ["Cao Lộc", "Lạng Sơn"], "organisations": ["Huyện đoàn Cao Lộc", "Thành đoàn Lạng Sơn"]}),
    # a sentence's first word, capitalised, is the honorific, not the name's ('Đình' no communal house)
    ("Ông Vương Đình Huệ được Bộ Chính trị phân công làm Bí thư Thành ủy Hà Nội vào tháng 2/2020.",
     {"places": ["Hà Nội"], "persons": ["Vương Đình Huệ"]}),
    # a body's short name in brackets is no second body; a number after a body a number names,
    # and the name the number carries; names of academies and lotteries
    ("Ngày 5/3/2024, Tập đoàn Điện lực Việt Nam (EVN) tổ chức hội nghị.", {"organisations": ["Tập đoàn Điện lực Việt Nam"]}),
    ("Ngày 5/3/2024, Bộ Tư lệnh Quân khu 1 và Sư đoàn 3 Sao Vàng tổ chức hội nghị.",
     {"organisations": ["Bộ Tư lệnh Quân khu 1", "Sư đoàn 3 Sao Vàng"]}),
    # a company turned into another kind ('chuyển đổi thành'), its kind's short name: no place
    ("Năm 2006, công ty chuyển đổi thành CTCP với vốn điều lệ 70 tỷ đồng.", {"places": []}),
    ("Năm 2007, xí nghiệp được nâng cấp thành Công ty Cơ khí Lạng Sơn.",
     {"places": [], "organisations": ["Công ty Cơ khí Lạng Sơn"]}),
    # a town named after the state farm it grew from; the farm itself a body
    ("Ngày 24/12/1981, thành lập thị trấn Nông trường Thái Bình.", {"places": ["Nông trường Thái Bình"], "organisations": []}),
    ("Năm 1962, Lâm trường Đình Lập ra đời.", {"organisations": ["Lâm trường Đình Lập"]}),
    # a space station is named like a body's post ('Trạm'), and is a thing
    ("Từ năm 1998, Trạm Vũ trụ Quốc tế (ISS) được lắp ráp trên quỹ đạo.", {"organisations": []}),
    # radio and television, science: short names expanded
    ("Ngày 5/3/2026, Đài PT-TH tỉnh Lạng Sơn ra mắt kênh mới.",
     {"places": ["Lạng Sơn"], "organisations": ["Đài Phát thanh - Truyền hình tỉnh Lạng Sơn"]}),
    ("Ngày 5/3/2026, Sở KH&CN tỉnh Cao Bằng tổ chức hội nghị.",
     {"places": ["Cao Bằng"], "organisations": ["Sở Khoa học và Công nghệ tỉnh Cao Bằng"]}),
    # the writers' and artists' associations, their trade written small
    ("Năm 1983, ông là hội viên Hội Nhà văn Việt Nam và Hội Nhà báo tỉnh Lạng Sơn.",
     {"places": ["Lạng Sơn"], "organisations": ["Hội Nhà văn Việt Nam", "Hội Nhà báo tỉnh Lạng Sơn"]}),
    ("Năm 2021, Hội Nghệ sĩ nhiếp ảnh Việt Nam trao giải.", {"organisations": ["Hội Nghệ sĩ nhiếp ảnh Việt Nam"]}),
    # a regiment named after its zone of the war against the French ('Liên khu' written small)
    ("Ngày 5/3/1950, Trung đoàn Liên khu 1 được thành lập tại Liên khu 3.",
     {"places": [], "organisations": ["Trung đoàn Liên khu 1"]}),
    ("Ngày 5/3/2024, Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức hội thảo.",
     {"organisations": ["Viện Hàn lâm Khoa học xã hội Việt Nam"]}),
    ("Ngày 5/3/2024, Công ty TNHH MTV Xổ số kiến thiết Lạng Sơn tổ chức hội nghị.",
     {"organisations": ["Công ty TNHH MTV Xổ số kiến thiết Lạng Sơn"]}),
    ("Ngày 5/3/2024, Kiểm toán Nhà nước khu vực X công bố kết quả kiểm toán.",
     {"organisations": ["Kiểm toán Nhà nước khu vực X"]}),
    ("Ngày 5/3/2024, Trung tâm Văn hóa, Thể thao và Du lịch thành phố tổ chức hội nghị.",
     {"organisations": ["Trung tâm Văn hóa, Thể thao và Du lịch thành phố"]}),
    ("Ngày 5/3/2024, Nhà xuất bản Chính trị quốc gia Sự thật ra mắt sách.",
     {"places": [], "organisations": ["Nhà xuất bản Chính trị quốc gia Sự thật"]}),
    ("Ngày 5/3/2024, Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Lạng Sơn tổ chức hội nghị.",
     {"organisations": ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Lạng Sơn"]}),
    # a word of kind between a place word and its name; a place inside a longer place's name;
    # a city whose name opens like a body's
    ("Ngày 5/3/2024, đoàn công tác làm việc tại Sân bay quốc tế Nội Bài.", {"places": ["Nội Bài"]}),
    ("Ngày 5/3/2024, du khách đổ về phố cổ Hội An.", {"places": ["Hội An"], "organisations": []}),
    ("Ngày 5/3/2024, hội nghị vùng Đồng bằng sông Cửu Long diễn ra tại Cần Thơ.",
     {"places": ["Đồng bằng sông Cửu Long", "Cần Thơ"]}),
    # a visit places the state it names, however long the verb
    ("Từ ngày 10 đến 13/11/2024, Chủ tịch nước thăm chính thức Cộng hòa Chile.", {"places": ["Chile"]}),
    ("Tối 6/5/2019, tại Nghĩa trang Liệt sỹ A1, Tỉnh Đoàn Điện Biên tổ chức dâng hương.",
     {"places": ["Điện Biên"], "organisations": ["Tỉnh Đoàn Điện Biên"]}),
    ("Năm 1907, ông cùng bạn bè lập trường Đông Kinh nghĩa thục.", {"places": [], "organisations": ["Đông Kinh nghĩa thục"]}),
    # a heading in capitals names no commune: 'XÃ HỘI' is society
    ("II. THỜI KỲ XÂY DỰNG CHỦ NGHĨA XÃ HỘI (1954 - 1975)", {"places": []}),
    # a parent body in brackets is a body; a village inside a site's name is still a place
    ("Ngày 22/2/2025, Đồn Biên phòng Lao Bảo (Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị) tổ chức lễ.",
     {"organisations": ["Đồn Biên phòng Lao Bảo", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"]}),
    # figures of history are persons, not places after 'khởi nghĩa'
    ("Năm 1418, Lê Lợi dựng cờ khởi nghĩa ở Lam Sơn.", {"places": ["Lam Sơn"], "persons": ["Lê Lợi"]}),
    ("Năm 1960, nhân dân lập đền thờ Hai Bà Trưng ở Mê Linh.", {"places": ["Mê Linh"], "persons": ["Hai Bà Trưng"]}),
    ("Năm 938, Ngô Quyền đánh tan quân Nam Hán trên sông Bạch Đằng.", {"places": ["Bạch Đằng"], "persons": ["Ngô Quyền"]}),
    # the units a count names after a colon or in brackets; names with an apostrophe
    ("Sau năm 1976, huyện Krông Nô gồm 3 xã: Đắk Mâm, Nam Đà và Buôn Choáh.",
     {"places": ["Krông Nô", "Đắk Mâm", "Nam Đà", "Buôn Choáh"]}),
    ("Năm 2012, thành phố có 3 phường (Phú Cường, Hiệp Thành, Chánh Nghĩa).",
     {"places": ["Phú Cường", "Hiệp Thành", "Chánh Nghĩa"]}),
    ("Năm 1986, chia huyện Đắk Nông thành 2 huyện: Đắk Nông và Đắk R'lấp.", {"places": ["Đắk Nông", "Đắk R'lấp"]}),
    # the subject after a directing body is no part of the direction; a counted list's units,
    # though named like bodies
    ("Chiều 19/11/2024, được sự chỉ đạo của Ban Thường vụ Huyện ủy, Đảng ủy xã Thụy Hùng tổ chức lễ ra mắt sách.",
     {"organisations": ["Đảng ủy xã Thụy Hùng"]}),
    ("Cuối năm 1984, huyện có 4 xã: Đại Đồng, Đoàn Kết, Đội Cấn và Quốc Khánh.",
     {"places": ["Đại Đồng", "Đoàn Kết", "Đội Cấn", "Quốc Khánh"], "organisations": []}),
    # a province's chairman named after it: the name is no part of the province's
    ("Chiều 29/10/2020, Chủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh kiểm tra dự án tại huyện Thạch An.",
     {"places": ["Cao Bằng", "Thạch An"], "persons": ["Hoàng Xuân Ánh"]}),
    ("Năm 2015, Trường Chính trị Hoàng Văn Thụ nhận Huân chương Lao động hạng Ba.",
     {"organisations": ["Trường Chính trị Hoàng Văn Thụ"]}),
    ("Đêm 28/1/2025, thành phố bắn pháo hoa tại khu vực hồ Phai Loạn.", {"places": ["Phai Loạn"]}),
    ("Ngày 5/6/1911, Hồ Chí Minh ra đi tìm đường cứu nước.", {"places": [], "persons": ["Hồ Chí Minh"]}),
    # one office of two bodies ('Văn phòng Đoàn ĐBQH và HĐND tỉnh', merged in 2021)
    ("Sáng 5/3/2024, Văn phòng Đoàn ĐBQH và HĐND tỉnh Lạng Sơn tổ chức hội nghị.",
     {"organisations": ["Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Lạng Sơn"]}),
    # after 'huyện' comes its name, not a verb: 'Đảng bộ huyện tổ chức Đại hội'
    ("Năm 1947, Đảng bộ huyện tổ chức Đại hội đại biểu lần thứ nhất.", {"organisations": ["Đảng bộ huyện"]}),
    # 'bản' before a text is its classifier, no village
    ("Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.", {"places": []}),
    # an association names itself in sentence case; a verb after a body's name is no part of it
    ("Ngày 15/8/2024, Hội Doanh nhân trẻ tỉnh Lạng Sơn tổ chức Đại hội.",
     {"organisations": ["Hội Doanh nhân trẻ tỉnh Lạng Sơn"]}),
    ("Năm 2024, Sở Y tế chỉ đạo huyện Lộc Bình tăng cường phòng dịch.",
     {"places": ["Lộc Bình"], "organisations": ["Sở Y tế"]}),
    # a hospital of the army named by its number
    ("Năm 1981, ông được đưa về điều trị tại Bệnh viện Quân y 110.", {"organisations": ["Bệnh viện Quân y 110"]}),
    # a brigade named by its arm and number; an airport; a renamed campaign is no citadel
    ("Ngày 30/4/1975, xe tăng của Lữ đoàn xe tăng 203 húc đổ cổng Dinh Độc Lập.",
     {"places": ["Dinh Độc Lập"], "organisations": ["Lữ đoàn xe tăng 203"]}),
    ("Đêm 26/4/1975, pháo binh ta bắn phá sân bay Tân Sơn Nhất.", {"places": ["Tân Sơn Nhất"]}),
    ("Ngày 14/4/1975, Bộ Chính trị đổi tên chiến dịch thành Chiến dịch Hồ Chí Minh.", {"places": []}),
    # a middle name 'Đình' is no communal house; a city after 'sang' with its country in brackets
    ("Đồng chí Hoàng Đình Giong sinh năm 1904 tại làng Nà Lắc, xã Hòa Chung.", {"places": ["Nà Lắc", "Hòa Chung"]}),
    ("Đầu năm 1926, đồng chí được cử sang Quảng Châu (Trung Quốc) dự lớp huấn luyện.",
     {"places": ["Quảng Châu", "Trung Quốc"]}),
    # a pass's word kept apart; a patient's initials and a reporter's are no wards
    ("Tháng 10/1427, nghĩa quân Lam Sơn phục kích tướng giặc tại Ải Chi Lăng.", {"places": ["Chi Lăng"]}),
    # the city's own word is in its name already
    ("Chiều 22/11/2024, tại Thành phố Hồ Chí Minh, UBND thành phố tổ chức hội nghị.",
     {"organisations": ["Ủy ban nhân dân Thành phố Hồ Chí Minh"]}),
    # a region after 'Cộng sản' is a word of the body's name
    ("Ngày 26/3/1931, Đảng quyết định thành lập Đoàn Thanh niên Cộng sản Đông Dương.", {"places": []}),
    # committees named by their task, written small
    ("Ngày 13/5/2021, Ủy ban Bầu cử tỉnh Lạng Sơn tổ chức diễn tập.", {"organisations": ["Ủy ban Bầu cử tỉnh Lạng Sơn"]}),
    # 'BQL' is a management board
    ("Ngày 5/3/2024, BQL Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn tổ chức hội nghị.",
     {"organisations": ["Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"]}),
    # a country listed after a placed one; not one named beside a country of no place
    ("Năm 2023, Thủ tướng thăm Lào và Campuchia.", {"places": ["Lào", "Campuchia"]}),
    ("Năm 2023, quan hệ Việt Nam và Lào phát triển tốt đẹp.", {"places": []}),
    # 'Sở hữu trí tuệ' is no 'Sở'
    ("Năm 2015, Cục Sở hữu trí tuệ cấp giấy chứng nhận nhãn hiệu.", {"organisations": ["Cục Sở hữu trí tuệ"]}),
    # two sites named as one after a site's word
    ("Năm 1962, quần thể di tích Nhị Thanh - Tam Thanh được xếp hạng.", {"places": ["Nhị Thanh", "Tam Thanh"]}),
    # districts and wards named by a number
    ("Sáng 5/10/2024, tại phường 5, quận 3, Thành phố Hồ Chí Minh đã xảy ra vụ cháy.",
     {"places": ["Phường 5", "Quận 3", "Thành phố Hồ Chí Minh"]}),
    # a title after a site's or a commune's word is no place's name
    ("Ngày 2/9/2024, người dân đến Lăng Chủ tịch Hồ Chí Minh viếng Bác.", {"places": ["Lăng Chủ tịch Hồ Chí Minh"]}),
    # a head alone is no body: 'Ban Quản lý chợ'
    ("Năm 2025, Ban Quản lý chợ bố trí thêm 120 điểm bán hàng.", {"organisations": []}),
    # a one-word city's or country's name that a longer name starts with ('Vinh Hải', 'Nga Sơn')
    ("Vinh Hải trong kháng chiến chống Pháp (1945-1954) là vùng tự do.", {"places": []}),
    ("Năm 1950, đơn vị hành quân về Vinh, rồi ra Hà Nội.", {"places": ["Vinh", "Hà Nội"]}),
    # a numbered body's name goes on with whose it is
    ("Ngày 5/3/2025, Ban Chỉ đạo 389 tỉnh Lạng Sơn tổ chức hội nghị.",
     {"organisations": ["Ban Chỉ đạo 389 tỉnh Lạng Sơn"], "places": ["Lạng Sơn"]}),
    ("Ngày 5/3/2025, Trung đoàn 174 tổ chức lễ tại xã Hữu Kiên.", {"organisations": ["Trung đoàn 174"]}),
    # 'T.Ư' is 'Trung ương' and 'VN' 'Việt Nam' in a body's name
    ("Chiều 23/9/2018, BCH T.Ư Đảng và Ủy ban T.Ư MTTQ VN ra thông cáo.",
     {"organisations": ["Ban Chấp hành Trung ương Đảng", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]}),
    ("Ngày 21/9/2018, ông từ trần tại Bệnh viện T.Ư Quân đội 108.",
     {"organisations": ["Bệnh viện Trung ương Quân đội 108"]}),
    # bodies: a funeral's committee, a weather station, the council of ministers
    ("Sáng 6/11/2025, Ban Lễ tang tổ chức lễ viếng.", {"organisations": ["Ban Lễ tang"]}),
    ("Ngày 30/11/2025, Trạm khí tượng Mẫu Sơn đo được 6,2 độ C.", {"organisations": ["Trạm khí tượng Mẫu Sơn"]}),
    ("Ngày 10/9/1981, Hội đồng Bộ trưởng chia xã Kim Đồng thành hai xã Kim Đồng và Quang Trung.",
     {"organisations": ["Hội đồng Bộ trưởng"], "places": ["Kim Đồng", "Quang Trung"], "persons": []}),
    # a region named by its provinces' first syllables is one place
    ("Năm 1947, đây là một phần của căn cứ địa Cao - Bắc - Lạng.", {"places": ["Cao - Bắc - Lạng"]}),
    # the neighbouring region, in full: a delegation's name, and the place 'Quảng Tây'
    ("Ngày 23/4/2020, Đoàn đại biểu tỉnh Lạng Sơn hội đàm với Đoàn đại biểu Khu tự trị dân tộc Choang Quảng Tây.",
     {"organisations": ["Đoàn đại biểu tỉnh Lạng Sơn", "Đoàn đại biểu Khu tự trị dân tộc Choang Quảng Tây"],
      "places": ["Lạng Sơn", "Quảng Tây"]}),
    ("Ngày 5/3/2025, đoàn công tác Khu tự trị Choang Quảng Tây thăm tỉnh.", {"places": ["Quảng Tây"]}),
    # a capitalised admin word inside a name is no admin word; a title in dashes is no region
    ("Tháng 4 năm 1407, Minh Thành Tổ hạ chiếu đổi làm quận Giao Chỉ.", {"places": ["Giao Chỉ"]}),
    ("Ngày 20/10/2024, Sở tổ chức Giải chạy \"Xứ Lạng - Con đường di sản\" tại thành phố Lạng Sơn.",
     {"places": ["Lạng Sơn"]}),
    # a cemetery of the fallen names a place, no person; a body's ground is no place of its own
    ("Sáng 20/12/2024, tại Nghĩa trang liệt sĩ Dốc Bắt, thị trấn Na Sầm, lễ truy điệu được tổ chức.",
     {"places": ["Dốc Bắt", "Na Sầm"], "persons": []}),
    ("Sáng 14/7/2024, trận bán kết diễn ra trên sân Trường Đại học Nông Lâm Bắc Giang - Phân hiệu Lạng Sơn.",
     {"places": ["Bắc Giang", "Lạng Sơn"], "organisations": ["Trường Đại học Nông Lâm Bắc Giang - Phân hiệu Lạng Sơn"]}),
    # a qualifier written big before a name ('Quốc tế'); a place's word alone after 'tại' names nothing
    ("Ngày 22/2/2025, tại Công viên trung tâm thị trấn Lao Bảo, Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo tổ chức Tết.",
     {"places": ["Lao Bảo"]}),
    ("Năm 1962, Khu di tích thành Cổ Loa được xếp hạng.", {"places": ["Cổ Loa"]}),
    # a member of a body's committee ('Quân khu ủy viên') names a post, no body
    ("Từ 10/1948 – 1950: Tham mưu trưởng Khu 7, Quân khu ủy viên.", {"organisations": []}),
    ("Sáng 30/4/2024, lễ rước tượng diễn ra tại Bảo tàng Chiến thắng lịch sử Điện Biên Phủ.",
     {"organisations": ["Bảo tàng Chiến thắng"]}),
    # 'Tỉnh Đoàn' is a body, no province called 'Đoàn'; ASEAN's full name is one body
    ("Năm 2021, Tỉnh Đoàn được Trung ương Đoàn tặng Cờ thi đua xuất sắc.", {"places": []}),
    ("Ngày 8/8/1967, Hiệp hội các quốc gia Đông Nam Á (ASEAN) được thành lập tại Bangkok.",
     {"organisations": ["Hiệp hội các quốc gia Đông Nam Á"], "places": ["Bangkok"]}),
    # a commune named like a victory, every word big, after its word
    ("Đêm 9/9/2024, lũ quét tại xã Vũ Lễ và xã Chiến Thắng, huyện Bắc Sơn.",
     {"places": ["Vũ Lễ", "Chiến Thắng", "Bắc Sơn"]}),
    # a street named after a person is no person
    ("Ngày 25/7/2024, lễ viếng được tổ chức tại Nhà tang lễ Quốc gia số 5 Trần Thánh Tông, Hà Nội.", {"persons": []}),
    ("Ngày 25/7/2024, cửa hàng trên phố Lê Lợi khai trương.", {"persons": []}),
    # two provinces named in a row are no person
    ("Năm 1950, Cao Bằng Lạng Sơn được giải phóng.", {"places": ["Cao Bằng", "Lạng Sơn"], "persons": []}),
    # a country's side that acts is a party; a tournament named after a body is no body
    ("Ngày 5/3/1979, phía Trung Quốc tuyên bố rút quân.", {"places": []}),
    ("Tháng 1/2025, đội tuyển vô địch ASEAN Cup 2024.", {"organisations": []}),
    ("Năm 1967, ASEAN được thành lập.", {"organisations": ["ASEAN"]}),
    # a provincial youth union's name is whole: the verb after it is none of it
    ("Tối 12/11, Tỉnh Đoàn tổ chức Chung kết Cuộc thi khởi nghiệp.", {"organisations": ["Tỉnh Đoàn"]}),
    ("Tối 12/11, Huyện Đoàn tổ chức Lễ ra quân.", {"organisations": ["Huyện Đoàn"]}),
    # a disease-control centre by its initials; a federal parliament
    ("Ngày 5/3, CDC Lạng Sơn tổ chức tiêm chủng.", {"organisations": ["Trung tâm Kiểm soát bệnh tật Lạng Sơn"]}),
    ("Ngày 23/2, cử tri Đức bầu Quốc hội Liên bang khóa mới.", {"organisations": ["Quốc hội Liên bang"]}),
    # a numbered meeting is no place
    ("Năm 2015, Thỏa thuận Paris được thông qua tại COP21.", {"places": ["Paris"]}),
    # a town named after the prefecture it was the seat of keeps the word
    ("Tháng 12/1894, tuyến đường nối Phủ Lạng Thương với Lạng Sơn hoàn thành.",
     {"places": ["Phủ Lạng Thương", "Lạng Sơn"]}),
    # a campaign named after a man is no place; a mountain's name is no newspaper
    ("Tháng 6/1950, Ban Thường vụ Trung ương Đảng mở Chiến dịch Biên giới, lấy mật danh Chiến dịch Lê Hồng Phong II.",
     {"places": [], "organisations": ["Ban Thường vụ Trung ương Đảng"]}),
    ("Hạ tuần tháng 9/1950, Bác chỉ đạo chiến dịch từ đài quan sát trên núi Báo Đông.",
     {"places": ["Báo Đông"], "organisations": []}),
    ("Ngày 3/5, tàu cập cảng trên đảo Trường Sa.", {"places": ["Trường Sa"], "organisations": []}),
    # a state's name in sentence case before its president's name is no person
    ("Ngày 21/4/1975, Tổng thống Việt Nam Cộng hòa Nguyễn Văn Thiệu tuyên bố từ chức.",
     {"persons": ["Nguyễn Văn Thiệu"]}),
    # a known body whatever its capitals
    ("Năm 1927, ông tham gia Hội Việt Nam cách mạng Thanh niên.", {"organisations": ["Hội Việt Nam Cách mạng Thanh niên"]}),
    ("Năm 1921, Nguyễn Ái Quốc sáng lập Hội Liên hiệp thuộc địa.", {"organisations": ["Hội Liên hiệp thuộc địa"]}),
    # a name broken over a page's wrapped lines is one name
    ("Năm  1837,  huyện  Bình  An  chia ra 2  huyện:  Bình An  (Thủ\n    Dầu  Một) và Ngãi  An.",
     {"places": ["Bình An", "Thủ Dầu Một"]}),
    # the party's name written small in a cell's name
    ("Năm 1944, Chi bộ Đảng cộng sản Yên Lý được thành lập.", {"organisations": ["Chi bộ Đảng cộng sản Yên Lý"]}),
    # a service centre's name in sentence case, whole
    ("Trong tháng 7, Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn đã tiếp nhận 1.200 hồ sơ.",
     {"organisations": ["Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn"]}),
    # a place's dateline before the lead's date: the lead's subject is still the date's
    ("Lạng Sơn - Chiều 29/9, UBND tỉnh tổ chức phiên họp thường kỳ để đánh giá quý III.",
     {"places": ["Lạng Sơn"], "organisations": ["Ủy ban nhân dân tỉnh Lạng Sơn"]}),
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


def test_a_title_after_dong_chi_is_no_person():
    df = extract_text("Ngày 24/11/2024, đồng chí Phó Chủ tịch UBND tỉnh đề nghị xã duy trì các tiêu chí.",
                      reference_date=REF)
    assert df.iloc[0]["persons"] == []


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


def test_founded_place_is_the_foundings_place():
    df = extract_text("Công trình chào mừng kỷ niệm 128 năm thành lập tỉnh Bắc Giang (10/10/1895 - 10/10/2023).",
                      reference_date=REF)
    founding = df[df["edtf"] == "1895-10-10"].iloc[0]
    assert founding["places"] == ["Bắc Giang"]
    assert founding["title"] == "Thành lập tỉnh Bắc Giang"


def test_a_communes_founding_is_the_communes():
    """'Đảng ủy, HĐND, UBND … xã Hữu Kiên tổ chức Lễ kỷ niệm 80 năm Ngày thành lập xã (5/9/1945 -
    5/9/2025)': the commune the sentence names was founded; a 'Đảng ủy' keeps its unit's word."""
    df = extract_text("Sáng 5/9/2025, Đảng ủy, HĐND, UBND xã Hữu Kiên tổ chức Lễ kỷ niệm 80 năm Ngày thành lập xã "
                      "(5/9/1945 - 5/9/2025).", reference_date=REF)
    founding = df[df["edtf"] == "1945-09-05"].iloc[0]
    assert founding["places"] == ["Hữu Kiên"]
    assert founding["title"] == "Thành lập xã Hữu Kiên"
    assert "Đảng ủy xã Hữu Kiên" in df.iloc[0]["organisations"]


def test_a_post_listed_after_a_semicolon_is_no_dates():
    """A profile's items: '…; nhập ngũ tháng 3/1965; nguyên Chính trị viên Tiểu đoàn 2, …': the
    former post belongs to no date."""
    df = extract_text("Đồng chí Hoàng Văn Chính, sinh năm 1945; nhập ngũ tháng 3/1965; nguyên Chính trị viên "
                      "Tiểu đoàn 2, Trung đoàn 12.", reference_date=REF)
    enlisted = df[df["edtf"] == "1965-03"].iloc[0]
    assert enlisted["organisations"] == []
    assert enlisted["title"] == "Hoàng Văn Chính nhập ngũ"  # the profile's person, carried on


def test_a_commemorated_events_place_is_its_foundings():
    """'… chào mừng 50 năm Ngày Giải phóng miền Nam … (30/4/1975 - 30/4/2025)': the place the
    commemorated name gives is the founding's, not the fireworks'."""
    df = extract_text("Tối 30/4, tại Quảng trường 17/10, thành phố Lạng Sơn bắn pháo hoa chào mừng 50 năm Ngày Giải "
                      "phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).", reference_date=REF)
    assert df[df["edtf"] == "1975-04-30"].iloc[0]["places"] == ["miền Nam"]
    assert "miền Nam" not in df.iloc[0]["places"]


@pytest.mark.parametrize("sentence,title", [
    # an invitation is background; a holder's titles, name and verb are the subject and what it did
    ("Nhận lời mời của Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường, Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận "
     "Bình có chuyến thăm cấp Nhà nước tới Việt Nam từ 14/4 - 15/4/2025.",
     "Chủ tịch nước Trung Quốc Tập Cận Bình có chuyến thăm cấp Nhà nước tới Việt Nam"),
    # a venue and its capital are the background's address
    ("Ngày 19-8-2024, tại Đại lễ đường Nhân dân, thủ đô Bắc Kinh (Trung Quốc), Tổng Bí thư Tô Lâm và Chủ tịch Trung "
     "Quốc Tập Cận Bình cùng chứng kiến lễ ký các văn kiện.",
     "Tổng Bí thư Tô Lâm và Chủ tịch Trung Quốc Tập Cận Bình cùng chứng kiến lễ ký các văn kiện"),
    # a body named by its kind alone opens a list of subjects
    ("Ngày 3-9-2024, Đảng bộ, chính quyền và nhân dân xã Phúc Sơn tổ chức lễ kỷ niệm.",
     "Đảng bộ, chính quyền và nhân dân xã Phúc Sơn tổ chức lễ kỷ niệm"),
    # what figures show is told after the comma
    ("Thống kê cho thấy, trong tháng đầu tiên của năm 2017 đã có 4 mặt hàng xuất khẩu vượt 1 tỷ USD.",
     "Có 4 mặt hàng xuất khẩu vượt 1 tỷ USD"),
    # a news story's closing mark is no part of its last title
    ("Dự kiến Hội thảo sẽ được tổ chức tại tỉnh Lạng Sơn vào ngày 03/11/2019./.",
     "Dự kiến Hội thảo sẽ được tổ chức tại tỉnh Lạng Sơn"),
    # who said more is background to what was said
    ("Nguồn tin của PLO thông tin thêm, đến khoảng 15 giờ chiều 7/3/2025, lực lượng công an đã khống chế đối tượng.",
     "Lực lượng công an đã khống chế đối tượng"),
    # a place named alone after a background clause's place goes on with the address
    ("Tháng 4/1407, sau trận đánh ở huyện Kỳ Anh, Hà Tĩnh, quân nhà Hồ tan vỡ.", "Quân nhà Hồ tan vỡ"),
    # a decimal comma cuts no clause; words leading into a cut date go with it
    ("Năm 1960, cây cầu dài 1,2 km thay thế bến phà.", "Cây cầu dài 1,2 km thay thế bến phà"),
    ("Cầu được khởi công từ tháng 10/2021 với tổng mức đầu tư 600 tỷ đồng.",
     "Cầu được khởi công với tổng mức đầu tư 600 tỷ đồng"),
    # a duration keeps its unit; a named period that is the clause's object stays
    # (the age it began, as Vietnamese histories count it from this year, is one event with it)
    ("Năm 179 TCN, Triệu Đà đánh chiếm Âu Lạc, mở đầu thời kỳ Bắc thuộc kéo dài hơn một nghìn năm.",
     "Triệu Đà đánh chiếm Âu Lạc, mở đầu thời kỳ Bắc thuộc kéo dài hơn một nghìn năm"),
    # attribution opens background: the clause after it is the event
    ("Theo ông Nguyễn Văn Hải, Giám đốc Ban Quản lý dự án giao thông tỉnh, trong quý IV/2022, "
     "đơn vị đã huy động 300 công nhân.", "Đơn vị đã huy động 300 công nhân"),
    ("Dịp Tết Nguyên đán Giáp Thìn vừa qua, huyện đã đón hơn 15.000 lượt khách.", "Huyện đã đón hơn 15.000 lượt khách"),
    # a period's kind left without its years says nothing of the event; nor does a vague opener
    ("Nhiệm kỳ 2019 - 2024, Ủy ban MTTQ huyện đã vận động nhân dân hiến đất.",
     "Ủy ban MTTQ huyện đã vận động nhân dân hiến đất"),
    ("Những năm gần đây, BĐBP tỉnh đã hoàn thành việc cắm mốc (năm 2008).", "BĐBP tỉnh đã hoàn thành việc cắm mốc"),
    ("Ngay trong chiều 16/10, Sở Y tế đã có văn bản chỉ đạo.", "Sở Y tế đã có văn bản chỉ đạo"),
    ("Kể từ ngày 1/1/2025, Luật Đất đai 2024 có hiệu lực.", "Luật Đất đai 2024 có hiệu lực"),
    ("Dưới thời nhà Nguyễn, Lạng Sơn là một trấn lớn.", "Lạng Sơn là một trấn lớn"),
    # a word pointing at the cut date, and a quotation's marks, go
    ("Năm Giáp Thìn này, Tết Đoan ngọ trùng vào ngày thứ Hai.", "Tết Đoan ngọ trùng vào ngày thứ Hai"),
    ('Bà Nhung cho biết: "Năm 2024, lá thuốc về nhiều hơn năm ngoái."', "Lá thuốc về nhiều hơn năm ngoái"),
    # a sentence that opens citing what it carries out: the citation is background; later in a
    # sentence 'thực hiện' may be what was done
    ("Từ ngày 1/7/2025, thực hiện Nghị quyết số 60-NQ/TW, tỉnh Lạng Sơn không tổ chức cấp huyện.",
     "Tỉnh Lạng Sơn không tổ chức cấp huyện"),
    ("Năm 1955, Đảng bộ lãnh đạo nhân dân khôi phục kinh tế, thực hiện giảm tô.",
     "Đảng bộ lãnh đạo nhân dân khôi phục kinh tế, thực hiện giảm tô"),
    # what a dropped place leaves in brackets goes too
    ("Khoảng 19 giờ ngày 21/3/2017, tại km 12 Quốc lộ 1A, thành phố Lạng Sơn (tỉnh Lạng Sơn), Tổ công tác kiểm tra "
     "một đối tượng.", "Tổ công tác kiểm tra một đối tượng"),
    ("Đúng 9h ngày 24/8/2023, tại Trung tâm Hội nghị thành phố Hải Phòng, Ban Chấp hành Trung ương Đảng, Quốc hội "
     "và gia đình tổ chức Lễ viếng.", "Ban Chấp hành Trung ương Đảng, Quốc hội và gia đình tổ chức Lễ viếng"),
    # a time clause around the date (its lead-in cut with it) is background, as is 'khi …'
    ("Những năm tháng ấy, giữa lúc cuộc kháng chiến chống Mỹ cứu nước đang diễn ra ác liệt, thầy trò vừa học "
     "vừa đào hầm.", "Thầy trò vừa học vừa đào hầm"),
    ("Năm 1976, khi hợp nhất tỉnh Cao Lạng, trường đổi tên thành Trường Đảng tỉnh Cao Lạng.",
     "Trường đổi tên thành Trường Đảng tỉnh Cao Lạng"),
    ("Năm 1950, Thất Khê nằm trên Đường số 4, giữa Lạng Sơn và Cao Bằng, là vị trí chiến lược.",
     "Thất Khê nằm trên Đường số 4, giữa Lạng Sơn và Cao Bằng, là vị trí chiến lược"),
    # who speaks before a comma is background; a named period that opens its clause and runs
    # on into the verb is its subject
    ("Bà Hoàng Thị Lan, Phó Chủ tịch UBND huyện cho biết, giai đoạn 2021 - 2025, huyện dành 2 tỷ đồng bảo tồn lễ hội.",
     "Huyện dành 2 tỷ đồng bảo tồn lễ hội"),
    ("Đại thắng mùa Xuân 1975 mở ra kỷ nguyên mới.", "Đại thắng mùa Xuân 1975 mở ra kỷ nguyên mới"),
    # a campaign's name with a dash before its dates in brackets; what a body also said is not
    # the title of what it did
    ("Tiếp đó, Chiến dịch Huế - Đà Nẵng (từ ngày 21-3 đến 29-3-1975) giành thắng lợi.", "Chiến dịch Huế - Đà Nẵng"),
    ("Cuối năm 1974, Bộ Chính trị họp và đề ra kế hoạch giải phóng miền Nam, đồng thời nhấn mạnh: thời cơ đã đến.",
     "Bộ Chính trị họp và đề ra kế hoạch giải phóng miền Nam"),
    # the last place of a background list may run on into what happened there
    ("Tối 16/11, tại Nhà Văn hóa thôn Nà Phặc, xã Hồng Phong, huyện Bình Gia diễn ra ngày hội đại đoàn kết.",
     "Diễn ra ngày hội đại đoàn kết"),
    # what an anniversary commemorates stays in the ceremony's title; a day responded to is background
    ("Sáng 7/5/2020, Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ được tổ chức trọng thể.",
     "Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ được tổ chức trọng thể"),
    ("Hưởng ứng Ngày hội Đại đoàn kết toàn dân tộc (18/11), các khu dân cư tổ chức ngày hội.",
     "Các khu dân cư tổ chức ngày hội"),
    # a count before the days goes with them; a bracket after 'tức' goes even in words no rule reads
    ("Lễ tang được tổ chức theo nghi thức Quốc tang trong hai ngày 12 và 13/10/2013.",
     "Lễ tang được tổ chức theo nghi thức Quốc tang"),
    ("Ngày 9/4/1288 (tức ngày 8 tháng 3 năm Mậu Tý), quân dân nhà Trần đại phá quân Nguyên Mông.",
     "Quân dân nhà Trần đại phá quân Nguyên Mông"),
    # a name before its bracketed date keeps the lowercase syllables of its capitalised words
    ("Đơn vị được tặng Huân chương Lao động hạng Ba (năm 2010), hạng Nhì (năm 2015).", "Huân chương Lao động hạng Ba"),
    ("Ông từng giữ các chức vụ: Bí thư Huyện ủy (1990 - 1995), Phó Chủ tịch UBND tỉnh (1996 - 2000).",
     "Bí thư Huyện ủy"),
    # the bodies of one background phrase go with the words between them
    ("Bước vào thời kỳ đổi mới, dưới sự lãnh đạo của Ban Chấp hành, Ban Thường vụ và trực tiếp là Thường trực "
     "Tỉnh ủy, Văn phòng Tỉnh ủy không ngừng lớn mạnh.", "Văn phòng Tỉnh ủy không ngừng lớn mạnh"),
    # two dates in one clause, each after its own words; a subject in the clause before the date;
    # 'Dự án' opens no background as 'Dự buổi lễ' does
    ("Thanh tra phát hiện sai phạm vào tháng 5/2022 và chuyển hồ sơ vào năm 2023.", "Thanh tra phát hiện sai phạm"),
    ("Dự án đường vành đai V (đoạn qua Thái Nguyên), khởi công tháng 12/2023, có tổng vốn 2.000 tỷ đồng.",
     "Dự án đường vành đai V (đoạn qua Thái Nguyên), khởi công, có tổng vốn 2.000 tỷ đồng"),
    # a restatement after 'tức' leaves the title with its date; a list of bodies keeps its commas
    ("Năm nay, lễ hội diễn ra từ ngày 16 đến 17/2 (tức mùng 7 và mùng 8 tháng Giêng), thu hút nhiều du khách.",
     "Lễ hội diễn ra, thu hút nhiều du khách"),
    ("Sáng 30/4/2025, Quốc hội, Chính phủ tổ chức trọng thể lễ kỷ niệm.", "Quốc hội, Chính phủ tổ chức trọng thể lễ kỷ niệm"),
    # a span of hours before the day goes with it
    ("Lễ viếng bắt đầu từ 7 giờ 00 đến 10 giờ 00, ngày 7/3/2024 tại Nhà tang lễ tỉnh.", "Lễ viếng bắt đầu tại Nhà tang lễ tỉnh"),
    # how long ago, and whose direction, are background to what happened
    ("Cách đây 75 năm, tháng 4 năm 1947, Chi bộ đầu tiên của huyện Na Hang được thành lập.",
     "Chi bộ đầu tiên của huyện Na Hang được thành lập"),
    ("Ngày 9/12/1937, được sự chỉ đạo của Tỉnh ủy, đồng chí Nguyễn Đức Thiệu triệu tập cuộc họp.",
     "Đồng chí Nguyễn Đức Thiệu triệu tập cuộc họp"),
    # carrying out an order, answering a call: background to what was done
    ("Ngày 19-8-1945, thi hành mệnh lệnh của Đảng, đáp lời kêu gọi của Hồ Chủ tịch, nhân dân Hà Nội đứng lên.",
     "Nhân dân Hà Nội đứng lên"),
    # a place has no time of its own to the month: the bracket dates the clause
    ("Quân ta đánh giá phản ứng của quân Mỹ sau khi rút khỏi miền Nam (tháng 3-1973).",
     "Quân ta đánh giá phản ứng của quân Mỹ sau khi rút khỏi miền Nam"),
    # walking back from a bracketed time to its name stops at 'khi'
    ("Sau khi nhà Ngô (939-965) sụp đổ, đất nước loạn 12 sứ quân.", "Nhà Ngô"),
    # documents that open the sentence are what its main clause was done by, on their day
    ("Tại Nghị quyết số 125/NQ-CP và Nghị quyết số 126/NQ-CP ngày 9/5/2025, Chính phủ đã thông qua hồ sơ Đề án.",
     "Chính phủ đã thông qua hồ sơ Đề án"),
    # the clock a day is told by is part of the day, and names no place
    ("Chiều 19/11/2024 giờ Hà Nội, trận đấu diễn ra tại sân Mỹ Đình.", "Trận đấu diễn ra tại sân Mỹ Đình"),
    # a day in local time restated in Vietnam's is one event
    ("Chiều 14/11/2024 (giờ địa phương), tức rạng sáng 15/11 theo giờ Việt Nam, Chủ tịch nước đến Lima.",
     "Chủ tịch nước đến Lima"),
    # a cited document's issuer is no actor, but stays in the title
    ("Tối 22/4/2012, tỉnh Quảng Ninh công bố Nghị quyết số 100/NQ-CP của Chính phủ về thành lập thị xã Quảng Yên.",
     "Tỉnh Quảng Ninh công bố Nghị quyết số 100/NQ-CP của Chính phủ về thành lập thị xã Quảng Yên"),
    ("Sáng 2/4/2025, xã tổ chức lễ kỷ niệm 78 năm trận chiến đấu chống càn (5/3/1947-5/3/2025 Âm lịch).",
     "Xã tổ chức lễ kỷ niệm 78 năm trận chiến đấu chống càn"),
    ("Sáng 30/4/2025, Ban Chấp hành Trung ương Đảng, Quốc hội, Chủ tịch nước, Chính phủ tổ chức lễ kỷ niệm.",
     "Ban Chấp hành Trung ương Đảng, Quốc hội, Chính phủ tổ chức lễ kỷ niệm"),
    # a date inside a clause that opens with where, with no comma, ends that clause
    ("Tại Hương Cảng dưới sự chủ trì của đồng chí Nguyễn Ái Quốc từ ngày 3/2 đến ngày 7/2/1930 hội nghị hợp nhất "
     "các tổ chức cộng sản.", "Hội nghị hợp nhất các tổ chức cộng sản"),
    # after where, a holder of a title is the subject, not an apposition of the place
    ("Ngày 22/10, tại huyện Thủy Nguyên, Phó Thủ tướng Trần Lưu Quang đã trao Huân chương Độc lập cho huyện.",
     "Phó Thủ tướng Trần Lưu Quang đã trao Huân chương Độc lập cho huyện"),
    # a verb of a life that the date left alone opens the title of where it happened
    ("Sinh ngày 25-8-1911, tại xã Lộc Thủy, huyện Lệ Thủy, tỉnh Quảng Bình.",
     "Sinh tại xã Lộc Thủy, huyện Lệ Thủy, tỉnh Quảng Bình"),
    ("Trước đó, vào tối 29/4, tại Công viên Bến Bạch Đằng đã diễn ra chương trình nghệ thuật.",
     "Tại Công viên Bến Bạch Đằng đã diễn ra chương trình nghệ thuật"),
    # a congress's name runs on over its small words and whose it is, up to its bracketed days
    ("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng (19 - 23/01/2026) đã thành công rất tốt đẹp.",
     "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
    # a document the proposal is made in is no place; a body's term after 'các cấp' is in its name
    ("Sáng 12/5, tại Tờ trình về việc rút ngắn nhiệm kỳ, Phó Chủ tịch Quốc hội đề xuất bầu cử Hội đồng nhân dân "
     "các cấp nhiệm kỳ 2021-2026.",
     "Phó Chủ tịch Quốc hội đề xuất bầu cử Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026"),
])
def test_titles(sentence, title):
    assert extract_text(sentence, reference_date=REF).iloc[0]["title"] == title


def test_named_period_as_object_keeps_its_name_in_the_title():
    df = extract_text("Năm 1941, Bác Hồ về nước trực tiếp lãnh đạo cách mạng, chuẩn bị cho Cách mạng Tháng Tám.",
                      reference_date=REF)
    assert df.iloc[1]["title"] == "Chuẩn bị cho Cách mạng Tháng Tám"


def test_bracketed_period_after_a_name_is_its_own_event():
    df = extract_text("Trong các thế kỷ XI - XIV, nhà Lý (1009 - 1225) và nhà Trần (1226 - 1400) đã xây dựng "
                      "Thăng Long.", reference_date=REF)
    assert list(df["title"]) == ["Nhà Lý và nhà Trần đã xây dựng Thăng Long", "Nhà Lý", "Nhà Trần"]
    df = extract_text("Năm 1911, Chủ tịch Hồ Chí Minh (1890 - 1969) ra đi tìm đường cứu nước.", reference_date=REF)
    assert list(df["edtf"]) == ["1911", "1890/1969"]
    assert df.iloc[1]["title"] == "Chủ tịch Hồ Chí Minh"


def test_dates_inside_what_an_opening_date_tells_share_its_event():
    df = extract_text("Ngày 5/10, UBND tỉnh Quảng Ninh tổ chức hội nghị đánh giá tình hình quý III và triển khai "
                      "nhiệm vụ quý IV/2020.", reference_date=REF)
    assert list(df["edtf"]) == ["2020-10-05", "2020-35", "2020-36"]
    assert len(set(df["title"])) == 1 and "quý III" in df.iloc[0]["title"]
    assert all(orgs == ["Ủy ban nhân dân tỉnh Quảng Ninh"] for orgs in df["organisations"])
    # a date after 'vào' times its own clause
    df = extract_text("Năm 1933, chi bộ được thành lập tại xã Thụy Hùng, mốc son là cuộc Khởi nghĩa Bắc Sơn vào "
                      "tháng 9/1940.", reference_date=REF)
    assert df.iloc[1]["title"] == "Mốc son là cuộc Khởi nghĩa Bắc Sơn"
    assert df.iloc[0]["places"] == ["Thụy Hùng"]


def test_a_date_after_va_then_la_opens_what_the_subject_was_then():
    df = extract_text("Năm 1925, ông tham gia vận động ân xá Phan Bội Châu và năm 1926 là một trong những người "
                      "lãnh đạo cuộc bãi khóa ở Nam Định.", reference_date=REF)
    assert list(df["title"]) == ["Ông tham gia vận động ân xá Phan Bội Châu",
                                 "Là một trong những người lãnh đạo cuộc bãi khóa ở Nam Định"]
    assert list(df["places"]) == [[], ["Nam Định"]]
    # years listed and then said what they were stay one clause
    df = extract_text("Các năm 2015, 2017 và 2019 là những năm tỉnh đạt giải cao.", reference_date=REF)
    assert len(set(df["title"])) == 1


def test_a_date_joined_by_va_at_a_clause_s_end_opens_what_follows():
    df = extract_text("Năm 1962, Huyện ủy quyết định thành lập Đảng bộ xã, gồm 3 chi bộ ở 3 thôn Kiến Phúc, Bảo Thái, "
                      "Phấn Mễ và đến tháng 7/2005, Đảng bộ đã có 392 đảng viên.", reference_date=REF)
    assert list(df["title"]) == ["Huyện ủy quyết định thành lập Đảng bộ xã, gồm 3 chi bộ ở 3 thôn Kiến Phúc, Bảo Thái, Phấn Mễ",
                                 "Đảng bộ đã có 392 đảng viên"]
    assert list(df["places"]) == [["Kiến Phúc", "Bảo Thái", "Phấn Mễ"], []]


def test_second_date_in_a_clause_takes_the_words_after_the_conjunction():
    df = extract_text("Thanh tra phát hiện sai phạm vào tháng 5/2022 và chuyển hồ sơ vào năm 2023.", reference_date=REF)
    # (the second predicate shares the subject the sentence opens with)
    assert list(df["title"]) == ["Thanh tra phát hiện sai phạm", "Thanh tra chuyển hồ sơ"]


def test_a_relative_date_inside_what_an_opening_date_tells_shares_its_event():
    df = extract_text("Chiều 15/10/2024, tỉnh sẽ họp bàn phương án làm cầu mới trước mùa mưa năm sau.")
    assert list(df["edtf"]) == ["2024-10-15", "2025"]
    assert df.iloc[1]["title"] == df.iloc[0]["title"] == "Tỉnh sẽ họp bàn phương án làm cầu mới trước mùa mưa năm sau"


def test_a_document_cited_in_brackets_leaves_the_year_its_event():
    df = extract_text("Năm 2017, lễ hội được Bộ Văn hóa, Thể thao và Du lịch công nhận là Di sản văn hóa phi vật thể "
                      "quốc gia (Quyết định số 1052/QĐ-BVHTTDL ngày 28/3/2017).", reference_date=REF)
    assert list(df["edtf"]) == ["2017", "2017-03-28"]
    title = "Lễ hội được Bộ Văn hóa, Thể thao và Du lịch công nhận là Di sản văn hóa phi vật thể quốc gia"
    assert list(df["title"]) == [title, title]


def test_a_birth_year_in_brackets_is_the_persons():
    df = extract_text("Ngày 20/11/2020, TAND tỉnh xét xử bị cáo Trần Văn Bình (SN 1971) về tội tham ô.", reference_date=REF)
    assert list(df["edtf"]) == ["2020-11-20", "1971"]
    assert df.iloc[1]["title"] == "Trần Văn Bình sinh"
    assert df.iloc[1]["persons"] == ["Trần Văn Bình"]


def test_a_birth_bracket_after_a_comma_is_the_persons():
    df = extract_text("Sáng 17/11/2020, TAND tỉnh xét xử vụ án Triệu Văn Lâm, (sinh năm 1969, trú tại thành phố "
                      "Lạng Sơn), cùng các đồng phạm.", reference_date=REF)
    assert list(df["edtf"]) == ["2020-11-17", "1969"]
    assert df.iloc[1]["title"] == "Triệu Văn Lâm sinh"


def test_a_birth_year_leading_a_longer_bracket_is_the_persons():
    df = extract_text("Khoảng 22 giờ ngày 15/3/2025, Công an huyện Văn Lãng bắt quả tang Hoàng Văn Tú (SN 1989, trú "
                      "tại xã Hoàng Văn Thụ, huyện Văn Lãng) đang vận chuyển heroin.", reference_date=REF)
    assert list(df["edtf"]) == ["2025-03-15", "1989"]
    main, birth = df.iloc[0], df.iloc[1]
    assert main["title"] == "Công an huyện Văn Lãng bắt quả tang Hoàng Văn Tú đang vận chuyển heroin"
    assert main["organisations"] == ["Công an huyện Văn Lãng"] and main["persons"] == ["Hoàng Văn Tú"]
    assert birth["title"] == "Hoàng Văn Tú sinh"


def test_an_initials_dot_before_a_birth_bracket_ends_no_sentence():
    df = extract_text("Khoảng 20 giờ ngày 5/1/2025, Công an huyện Cao Lộc bắt giữ đối tượng Hoàng Văn B. (SN 1995) "
                      "đang vận chuyển 50 kg pháo nổ.", reference_date=REF)
    assert list(df["edtf"]) == ["2025-01-05", "1995"]
    main, birth = df.iloc[0], df.iloc[1]
    assert main["title"] == "Công an huyện Cao Lộc bắt giữ đối tượng Hoàng Văn B. đang vận chuyển 50 kg pháo nổ"
    assert birth["title"] == "Hoàng Văn B sinh" and main["sentence"].endswith("pháo nổ.")


def test_bodies_without_a_name_are_no_organisations():
    df = extract_text("Ngày 20/11/2020, Hội đồng xét xử tuyên phạt bị cáo 12 năm tù; Ban Tổ chức trao giải.", reference_date=REF)
    assert df.iloc[0]["organisations"] == []


def test_the_source_of_a_report_is_background():
    df = extract_text("Theo Đài Khí tượng thủy văn tỉnh Hà Tĩnh, từ tối 12/10 đến sáng 14/10, lượng mưa phổ biến 150 mm.",
                      reference_date=REF)
    assert df.iloc[0]["organisations"] == []
    assert df.iloc[0]["title"] == "Lượng mưa phổ biến 150 mm"


def test_two_foundings_of_the_same_count_are_each_their_sentences():
    text = ("Sáng 17/6, Đảng bộ xã Thượng Vực tổ chức lễ kỷ niệm 75 năm ngày thành lập Chi bộ Yên Lý (22/6/1948 – "
            "22/6/2023).\nNgày 15/6, Huyện ủy Thạch Thất tổ chức kỷ niệm 75 năm Ngày thành lập Đảng bộ huyện "
            "(15/6/1945 - 15/6/2020).")
    df = extract_text(text, reference_date=REF).set_index("edtf")
    assert df.loc["1948-06-22", "organisations"] == ["Chi bộ Yên Lý"]
    assert df.loc["1945-06-15", "title"].startswith("Thành lập Đảng bộ huyện")


def test_an_address_after_a_subject_runs_on_to_its_verb():
    df = extract_text("Ngày 18/5, Đảng bộ xã Đức Hóa, huyện Tuyên Hóa đã tổ chức Lễ công bố cuốn Lịch sử Đảng bộ xã "
                      "giai đoạn 1930 – 2015.", reference_date=REF)
    assert df.iloc[0]["title"].startswith("Đảng bộ xã Đức Hóa, huyện Tuyên Hóa đã tổ chức")
    assert df.iloc[0]["places"] == ["Đức Hóa", "Tuyên Hóa"]


def test_a_founding_counted_back_is_the_named_bodys():
    df = extract_text("Sáng 20/11/2024, Trường Mầm non Hoa Sen, thành phố Lạng Sơn tổ chức kỷ niệm 50 năm Ngày thành "
                      "lập trường.", reference_date=REF)
    founding = df.iloc[1]
    assert founding["edtf"] == "1974" and founding["title"] == "Thành lập Trường Mầm non Hoa Sen"
    assert founding["organisations"] == ["Trường Mầm non Hoa Sen"] and founding["places"] == ["Lạng Sơn"]


def test_the_body_whose_indictment_tells_is_background():
    df = extract_text("Theo cáo trạng của Viện kiểm sát nhân dân tỉnh, khoảng 22 giờ ngày 15/3/2026, Đồn Biên phòng "
                      "Tân Thanh phát hiện đối tượng vận chuyển hàng lậu.", reference_date=REF)
    assert df.iloc[0]["organisations"] == ["Đồn Biên phòng Tân Thanh"]


def test_an_agreement_named_after_a_city_places_it_there():
    df = extract_text("Hiệp định Paris về chấm dứt chiến tranh ở Việt Nam được ký kết ngày 27-1-1973.", reference_date=REF)
    assert df.iloc[0]["places"] == ["Paris", "Việt Nam"]


def test_an_investigating_agency_names_its_police():
    df = extract_text("Ngày 15/6/2020, Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An khởi tố vụ án.", reference_date=REF)
    assert df.iloc[0]["organisations"] == ["Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An"]


def test_a_place_the_article_introduces_is_a_place_when_named_alone_later():
    text = ("Lễ hội của người Tày ở xã Yên Trạch, huyện Phú Lương được tổ chức hằng năm. "
            "Năm 2017, Lễ hội Lồng tồng Yên Trạch được công nhận là di sản. Năm 2018, Phú Lương đón 1.000 khách.")
    df = extract_text(text, reference_date=REF)
    assert list(df["places"]) == [["Yên Trạch"], ["Phú Lương"]]
    # a name that is a person's stays the person's
    df = extract_text("Quê ông ở xã Hoàng Văn Thụ. Năm 1943, đồng chí Hoàng Văn Thụ bị bắt.", reference_date=REF)
    assert df.iloc[0]["places"] == [] and df.iloc[0]["persons"] == ["Hoàng Văn Thụ"]


def test_a_founding_named_by_its_kind_is_the_bodys_the_sentence_names():
    df = extract_text("Ngày 18/11/2024, Trường THPT Chuyên Cao Bằng tổ chức Lễ kỷ niệm 60 năm thành lập trường (1964 - 2024).")
    founding = df[df["edtf"] == "1964"].iloc[0]
    assert founding["organisations"] == ["Trường THPT Chuyên Cao Bằng"]
    assert founding["title"] == "Thành lập Trường THPT Chuyên Cao Bằng"


def test_a_body_that_reports_is_no_actor():
    df = extract_text("Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết, ngày mai (17/10), không khí lạnh tràn về.",
                      reference_date=REF)
    assert df.iloc[0]["organisations"] == [] and df.iloc[0]["title"] == "Không khí lạnh tràn về"


def test_a_clause_that_goes_on_to_what_came_next_keeps_its_own_date_and_names():
    df = extract_text("Sau ngày miền Nam hoàn toàn giải phóng, ông về công tác tại Ty Văn hóa Cao Bằng, rồi làm "
                      "Chủ nhiệm hợp tác xã ở xã Hoàng Đồng từ năm 1980 đến năm 1990.", reference_date=REF)
    assert list(df["title"]) == ["Ông về công tác tại Ty Văn hóa Cao Bằng", "Ông làm Chủ nhiệm hợp tác xã ở xã Hoàng Đồng"]
    assert list(df["places"]) == [["Cao Bằng"], ["Hoàng Đồng"]]


def test_list_marks_are_no_part_of_a_title():
    df = extract_text("Các mốc chính:\n• 15/3/2020 – khánh thành cầu.\n- Tháng 12/2020: hoàn thành giai đoạn 1.", reference_date=REF)
    assert list(df["title"]) == ["Khánh thành cầu", "Hoàn thành giai đoạn 1"]


def test_a_lists_numbers_a_works_bracket_and_a_records_section_are_no_part_of_a_title():
    df = extract_text("Các nhà thơ:\n1- Nguyễn Văn An (1901-1960) quê xã Tân Lập.\n2. Trần Thị Bình (1910-1975) quê xã Yên Phú.",
                      reference_date=REF)
    assert list(df["title"]) == ["Nguyễn Văn An", "Trần Thị Bình"]
    works = extract_text("Tác phẩm:\nMùa gặt (tiểu thuyết, 1962)\nGió núi (thơ, 1970)", reference_date=REF)
    assert list(works["title"]) == ["Mùa gặt (tiểu thuyết)", "Gió núi (thơ)"]
    record = extract_text("* QUÁ TRÌNH CÔNG TÁC, SÁNG TÁC: Nhập ngũ năm 1946 liên tục hơn 30 năm phục vụ trong quân đội.",
                          reference_date=REF)
    assert record.iloc[0]["title"] == "Nhập ngũ liên tục hơn 30 năm phục vụ trong quân đội"


@pytest.mark.parametrize("bracket,title", [
    ("(Tiến công, từ ngày 18 tháng 4 đến ngày 1 tháng 5 năm 1948)", "Chiến dịch Nghĩa Lộ"),
    ("(26/4 - 30/4/1975)", "Chiến dịch Nghĩa Lộ"),
])
def test_a_bracketed_line_under_a_headline_dates_what_the_headline_names(bracket, title):
    df = extract_text(f"Chiến dịch Nghĩa Lộ\n{bracket}\n\nTừ cuối năm 1947, Pháp kiểm soát Tây Bắc.", reference_date=REF)
    assert df.iloc[0]["title"] == title and df.iloc[1]["title"] == "Pháp kiểm soát Tây Bắc"


def test_a_bracketed_line_that_tells_more_keeps_its_own_words():
    df = extract_text("Chiến dịch Nghĩa Lộ\n(Ngày 18/4/1948, bộ đội Khu 10 nổ súng tiến công cứ điểm Nghĩa Lộ)\n\n"
                      "Năm 1947, Pháp kiểm soát Tây Bắc.", reference_date=REF)
    assert df.iloc[0]["title"].startswith("Bộ đội Khu 10 nổ súng")


def test_a_birth_told_beside_a_name_takes_no_body_of_the_sentence():
    df = extract_text("TAND tỉnh đã đưa ra xét xử sơ thẩm vụ án hình sự đối với bị cáo Lý Thị Sông, sinh năm 1970, "
                      "trú tại bản Tà Dông, xã Cao Phạ, huyện Mù Cang Chải về tội mua bán trái phép chất ma túy.",
                      reference_date=REF)
    row = df.iloc[0]
    assert row["title"] == "Lý Thị Sông sinh" and row["organisations"] == [] and row["persons"] == ["Lý Thị Sông"]


@pytest.mark.parametrize("sentence,titles", [
    ("Huyện bổ sung 6 công trình vào kế hoạch năm 2024 theo Nghị quyết 20 (ngày 18/7/2023) với kinh phí 6,9 tỷ đồng.",
     ["Huyện bổ sung 6 công trình vào kế hoạch theo Nghị quyết 20 với kinh phí 6,9 tỷ đồng", "Nghị quyết 20"]),
    ("Năm 2024, huyện bổ sung 6 công trình theo Nghị quyết 34 (ngày 20/12/2023 của HĐND huyện Đông Giang).",
     ["Huyện bổ sung 6 công trình theo Nghị quyết 34 của HĐND huyện Đông Giang", "Nghị quyết 34 của HĐND huyện Đông Giang"]),
])
def test_a_documents_day_in_brackets_is_its_issue(sentence, titles):
    df = extract_text(sentence, reference_date=REF)
    assert list(df["title"]) == titles


def test_a_date_after_a_document_is_its_issue_and_the_issuer_is_its_own():
    df = extract_text("Sáng 21/11/2020, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện "
                      "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.", reference_date=REF)
    assert list(df["edtf"]) == ["2020-11-21", "2016-05-15"]
    assert df.iloc[1]["title"] == "Chỉ thị số 05-CT/TW của Bộ Chính trị"
    assert df.iloc[1]["organisations"] == ["Bộ Chính trị"]
    assert "Bộ Chính trị" not in df.iloc[0]["organisations"]


def test_a_birth_beside_a_name_in_a_profile_is_the_persons():
    df = extract_text("Đồng chí Nông Văn Bằng, sinh năm 1935; quê quán: xã Hợp Thành, huyện Cao Lộc; nguyên Phó "
                      "Chủ tịch UBND tỉnh.", reference_date=REF)
    assert df.iloc[0]["title"] == "Nông Văn Bằng sinh"
    assert df.iloc[0]["places"] == ["Hợp Thành", "Cao Lộc"]


def test_a_date_opening_the_part_after_a_label_and_colon_times_that_part():
    df = extract_text("Tóm tắt quá trình công tác: Từ năm 1954 đến năm 1960, đồng chí công tác tại xã Hợp Thành.",
                      reference_date=REF)
    assert df.iloc[0]["title"] == "Đồng chí công tác tại xã Hợp Thành"


def test_after_a_speaker_and_colon_the_sentence_keeps_the_speakers_places():
    df = extract_text("Ông Nông Văn Tài, thôn Nà Mè, xã Hưng Đạo cho biết: Tháng 3/2023, gia đình tôi được hỗ trợ "
                      "50 triệu đồng.", reference_date=REF)
    assert df.iloc[0]["places"] == ["Nà Mè", "Hưng Đạo"]


def test_a_bracket_after_a_date_is_no_part_of_the_title():
    df = extract_text("Chiều 10/9 (giờ địa phương), Thủ tướng hội đàm với Thủ tướng Nhật Bản tại Tokyo.",
                      reference_date=REF)
    assert df.iloc[0]["title"] == "Thủ tướng hội đàm với Thủ tướng Nhật Bản tại Tokyo"


def test_as_of_is_no_part_of_the_title():
    df = extract_text("Tính đến hết tháng 8/2023, Nhật Bản có hơn 5.200 dự án đầu tư tại Việt Nam.", reference_date=REF)
    assert df.iloc[0]["title"] == "Nhật Bản có hơn 5.200 dự án đầu tư tại Việt Nam"


def test_a_birth_told_before_the_subject_is_the_subjects_and_an_address_stays_whole():
    df = extract_text("Sinh năm 1958 tại thôn Khòn Pịt, xã Bình La, huyện Bình Gia, ông Hoàng Văn Páo nhập ngũ "
                      "năm 1978.", reference_date=REF)
    birth = df.iloc[0]
    assert birth["title"] == "Hoàng Văn Páo sinh tại thôn Khòn Pịt, xã Bình La, huyện Bình Gia"
    assert birth["places"] == ["Khòn Pịt", "Bình La", "Bình Gia"] and birth["persons"] == ["Hoàng Văn Páo"]
    assert df.iloc[1]["title"] == "Ông Hoàng Văn Páo nhập ngũ"


def test_a_short_named_campaign_in_a_sentence_dated_by_its_month_is_that_sentences_event():
    df = extract_text("Tháng 10/1950, phối hợp với bộ đội chủ lực, lực lượng vũ trang huyện tham gia Chiến dịch "
                      "Biên giới, góp phần giải phóng quê hương.", reference_date=REF)
    assert list(df["edtf"]) == ["1950-10"]
    assert "tham gia Chiến dịch Biên giới" in df.iloc[0]["title"]


def test_numbered_section_headings_title_their_periods():
    df = extract_text("Lịch sử Đảng bộ\n\nBài viết ôn lại chặng đường.\n\n1. Thời kỳ 1950 - 1954\n\nNăm 1951, huyện "
                      "mở lớp học.\n\nIII. Thời kỳ đổi mới (1986 - nay)\n\nNăm 2000, huyện được tuyên dương.",
                      reference_date=REF)
    assert list(df["title"])[::2] == ["Thời kỳ 1950 - 1954", "Thời kỳ đổi mới"]


@pytest.mark.parametrize("sentence,titles", [
    # a numbered phase opening its sentence times the clause after it
    ("Đợt 1 (từ ngày 13 đến 17/3/1954), quân ta tiêu diệt cứ điểm Him Lam.", ["Quân ta tiêu diệt cứ điểm Him Lam"]),
    # a time clause with its date last times the clause after it
    ("Sau ngày hòa bình lập lại năm 1954, cụ trở về quê làm ruộng.", ["Cụ trở về quê làm ruộng"]),
    # a clause of its own short verb is its title, not the sentence's first; its subject the person's
    ("Ông sinh năm 1932, nhập ngũ năm 1950 và tham gia Chiến dịch Biên giới ngay trong năm đó.",
     ["Ông sinh", "Ông nhập ngũ", "Ông tham gia Chiến dịch Biên giới"]),
    ("Bà sinh năm 1935, mất năm 2020.", ["Bà sinh", "Bà mất"]),
    # a modal left alone at a title's end once the date is cut goes too
    ("Năm 2027, lễ Phục sinh sẽ là ngày 28/3.", ["Lễ Phục sinh"]),
    # a predicate 'và' joins shares the named subject of the one before, and what it names
    ("Cầu Phong Châu được khởi công năm 1992 và đưa vào sử dụng năm 1995, dài gần 400 m.",
     ["Cầu Phong Châu được khởi công", "Cầu Phong Châu đưa vào sử dụng, dài gần 400 m"]),
    # nor the time zone left of a bracketed day
    ("Vào lúc 12h50 trưa 28/3/2025 (giờ địa phương), một trận động đất xảy ra ở Myanmar.",
     ["Một trận động đất xảy ra ở Myanmar"]),
    # a dateline, and 'Đúng' before an hour, are no part of a title
    ("Phú Thọ - Đúng 10 giờ 10 phút ngày 9/9/2024, nhịp cầu Phong Châu bị sập.", ["Nhịp cầu Phong Châu bị sập"]),
    ("Năm 1965, ông Nguyễn Văn Tâm nhập ngũ; năm 1972 được kết nạp vào Đảng.",
     ["Ông Nguyễn Văn Tâm nhập ngũ", "Ông Nguyễn Văn Tâm được kết nạp vào Đảng"]),
    # a second date opening its own predicate after 'và' is a second thing told, not a list
    ("Ông nhập ngũ năm 1965 và năm 1972 được kết nạp vào Đảng.", ["Ông nhập ngũ", "Ông được kết nạp vào Đảng"]),
    ("Ông được tặng Huân chương năm 1965 và năm 1972.", ["Ông được tặng Huân chương"] * 2),
    # what a date's lead-in leaves at a title's end goes with it ('… liên tục cho [đến ngày 30/3]')
    ("Từ ngày 10/3, lực lượng chức năng tuần tra liên tục cho đến ngày 30/3.",
     ["Lực lượng chức năng tuần tra liên tục"] * 2),
    ("Ông Hoàng Văn An, sinh năm 1960, quê xã Hồng Phong, nhập ngũ năm 1978.", ["Hoàng Văn An sinh", "Hoàng Văn An nhập ngũ"]),
    # a shorter time inside the lead's, told in a later clause, is an event of its own; a list of
    # places named bare is one object, no clause break
    ("Đến năm 1972, Mỹ tiếp tục mở cuộc chiến tranh phá hoại lần thứ hai, đỉnh điểm là cuộc tập kích bằng B52 "
     "vào Hà Nội, Hải Phòng cuối tháng 12/1972.",
     ["Mỹ tiếp tục mở cuộc chiến tranh phá hoại lần thứ hai",
      "Đỉnh điểm là cuộc tập kích bằng B52 vào Hà Nội, Hải Phòng"]),
    ("Trong giai đoạn 1997-2021, GRDP bình quân tăng 13,4%/năm; riêng năm 2021, GRDP tăng 8,29%.",
     ["GRDP bình quân tăng 13,4%/năm", "GRDP tăng 8,29%"]),
    # 'Nhân' leads into a feast's day, and goes with it
    ("Nhân Ngày Quốc tế Phụ nữ 8/3, Hội Liên hiệp Phụ nữ tỉnh tổ chức mít tinh.",
     ["Hội Liên hiệp Phụ nữ tỉnh tổ chức mít tinh"]),
    # (a clause of its own subject takes none)
    ("Năm 1999, ông về hưu; năm 2001 lễ hội được khôi phục.", ["Ông về hưu", "Lễ hội được khôi phục"]),
    # a date inside a quoted name is part of what the sentence's date tells; a person's post
    # before the subject is no list of bodies with it
    ("Chiều 20/5/2024, dưới sự chủ trì của đồng chí Nguyễn Văn Hà, Phó Bí thư thường trực Tỉnh ủy, Ban Thường vụ "
     "Tỉnh ủy thảo luận đề cương “Lịch sử Đảng bộ tỉnh giai đoạn 2000 – 2020”.",
     ["Ban Thường vụ Tỉnh ủy thảo luận đề cương “Lịch sử Đảng bộ tỉnh giai đoạn 2000 - 2020”"] * 2),
    ("Cuốn sách \"Lạng Sơn 1945 - 1975\" được xuất bản ngày 5/3/2021.",
     ["Cuốn sách \"Lạng Sơn 1945 - 1975\" được xuất bản"] * 2),
    # a congress's term after its name is part of the name, in the title of the days it is held
    ("Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025-2030 sẽ diễn ra từ ngày 2-4/10/2025.",
     ["Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025-2030 sẽ diễn ra"] * 2),
    ("VOV1 - Chiều nay, 23/9/2025, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, "
     "nhiệm kỳ 2025 - 2030 đã tiến hành phiên trù bị.",
     ["Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025 - 2030 đã tiến hành phiên trù bị"] * 2),
    # a consent given is background, and the body after it the subject
    ("Được sự đồng ý của Bộ Chính trị, Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025 quyết định triệu tập Đại hội.",
     ["Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025 quyết định triệu tập Đại hội"]),
    # not what someone said, after a colon
    ("Ông kể: “Năm 1979, tôi nhập ngũ”, rồi lặng im.", ["Tôi nhập ngũ, rồi lặng im"]),
])
def test_titles_of_time_clauses(sentence, titles):
    assert list(extract_text(sentence, reference_date=REF)["title"]) == titles


def test_a_wiki_page_s_footnote_marks_are_no_part_of_a_title():
    df = extract_text("Huyện Hiên tồn tại đến ngày 20 tháng 6 năm 2003.[1]\n\nNăm 1986, huyện được chia đôi[3].",
                      reference_date=REF)
    assert list(df["title"]) == ["Huyện Hiên tồn tại", "Huyện được chia đôi"]


def test_a_wiki_page_s_infobox_and_edit_links_are_no_events_nor_titles():
    text = ("Na Sầm – Wikipedia tiếng Việt\nThị trấn | ||\nTỉnh | Lạng Sơn | |\nNăm thành lập | 1958[1] | |\n"
            "Dân số (2019) | ||\nTổng cộng | 9.100 người[2] | |\n"
            "Na Sầm là thị trấn huyện lỵ của huyện Văn Lãng, tỉnh Lạng Sơn.\nLịch sử\n"
            "[sửa | sửa mã nguồn]Ngày 20 tháng 9 năm 1958, Bộ Nội vụ ban hành quyết định thành lập thị trấn Na Sầm.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["1958-09-20"]
    assert df.iloc[0]["title"] == "Bộ Nội vụ ban hành quyết định thành lập thị trấn Na Sầm"


def test_a_date_that_introduces_a_list_takes_its_title_and_names_from_the_items():
    text = ("Ngày 19 tháng 7 năm 1983[4]:\n\n"
            "  • Thành lập xã Sơn Nguyên trên cơ sở tách thôn Hòa Nguyên của xã Sơn Xuân\n"
            "  • Thành lập xã Sơn Giang trên cơ sở tách thôn Nhiễu Giang của xã Sơn Hà.\n\n"
            "Ngày 27 tháng 12 năm 1984, huyện Tây Sơn được chia thành hai huyện.")
    df = extract_text(text, reference_date=REF)
    first = df.iloc[0]
    assert first["title"] == "Thành lập xã Sơn Nguyên trên cơ sở tách thôn Hòa Nguyên của xã Sơn Xuân …"
    assert first["places"] == ["Sơn Nguyên", "Hòa Nguyên", "Sơn Xuân", "Sơn Giang", "Nhiễu Giang", "Sơn Hà"]
    assert df.iloc[1]["places"] == ["Tây Sơn"]


def test_two_provinces_named_as_often_leave_a_provincial_body_without_its_province():
    text = ("Sáng 12/5/2025, Tỉnh ủy tổ chức lễ kỷ niệm. Năm 1941, đồng chí bị giam tại nhà tù Sơn La. "
            "Tên của đồng chí được đặt cho một tuyến phố ở thành phố Lạng Sơn.")
    assert extract_text(text).iloc[0]["organisations"] == ["Tỉnh ủy"]


def test_a_tradition_day_of_a_body_named_in_full_is_its_founding():
    df = extract_text("Sáng 27/9/2024, Văn phòng UBND tỉnh tổ chức lễ kỷ niệm 79 năm Ngày truyền thống Văn phòng "
                      "Chính phủ (28/8/1945 - 28/8/2024).")
    founding = df[df["edtf"] == "1945-08-28"].iloc[0]
    assert founding["organisations"] == ["Văn phòng Chính phủ"]
    # a bare unit ('Ngày truyền thống Trung đoàn') names no body
    df = extract_text("Sáng 18/1/2025, tỉnh kỷ niệm 60 năm Ngày truyền thống Trung đoàn (20/1/1965 - 20/1/2025).")
    assert df[df["edtf"] == "1965-01-20"].iloc[0]["organisations"] == []


def test_a_ceremony_holds_no_part_of_the_founding_it_commemorates():
    df = extract_text("Ngày 28/4/2025, Huyện ủy Lộc Bình tổ chức lễ kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện Lộc Bình.",
                      reference_date=REF)
    ceremony = df[df["edtf"] == "2025-04-28"].iloc[0]
    assert ceremony["organisations"] == ["Huyện ủy Lộc Bình"]
    assert ceremony["title"].startswith("Huyện ủy Lộc Bình tổ chức lễ kỷ niệm 80 năm")


def test_a_second_anniversary_pair_after_va_is_titled_by_its_own_object():
    df = extract_text("Tối 30/8/2024, tỉnh tổ chức mít tinh kỷ niệm 79 năm Cách mạng Tháng Tám thành công "
                      "(19/8/1945 - 19/8/2024) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2024).",
                      reference_date=REF)
    titles = dict(zip(df["edtf"], df["title"], strict=False))
    assert titles["1945-09-02"] == "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert titles["2024-09-02"] == "Kỷ niệm 79 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    df = extract_text("Tối 5/10/2024, giải khai mạc, chào mừng kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - "
                      "10/10/2024) và hướng tới kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024).",
                      reference_date=REF)
    titles = dict(zip(df["edtf"], df["title"], strict=False))
    assert titles["2024-07-28"] == "Kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam"


def test_dates_inside_one_clause_take_the_places_told_with_them():
    df = extract_text("Sáng 10/11/2024, Chủ tịch nước rời Hà Nội, lên đường thăm cấp nhà nước tới Cộng hòa Chile từ "
                      "ngày 10-13/11 và Cộng hòa Peru từ ngày 13-16/11.", reference_date=REF)
    places = dict(zip(df["date_text"], df["places"], strict=False))
    assert places["từ ngày 10-13/11"] == ["Chile"]
    assert places["từ ngày 13-16/11"] == ["Peru"]
    # a country's experts name no place of the work they do
    df = extract_text("Từ năm 1992 đến năm 1993, Bộ Văn hóa phối hợp với chuyên gia Cộng hòa Liên bang Đức tu bổ "
                      "tòa thượng điện.", reference_date=REF)
    assert df.iloc[0]["places"] == []


def test_the_only_date_of_a_sentence_after_theo_quyet_dinh_dates_what_was_done():
    df = extract_text("Trường Đại học Nông Lâm được thành lập theo Quyết định số 98/TTg ngày 22/6/1970 của Thủ tướng "
                      "Chính phủ, trên cơ sở hợp nhất Trường Trung cấp Lâm nghiệp Trung ương.", reference_date=REF)
    row = df.iloc[0]
    assert row["title"].startswith("Trường Đại học Nông Lâm được thành lập")
    assert row["organisations"] == ["Trường Đại học Nông Lâm", "Trường Trung cấp Lâm nghiệp Trung ương"]


def test_initials_are_no_places_anywhere_in_the_article():
    text = ("Khoảng 21 giờ ngày 20/11/2024, bệnh nhân N.V.T (SN 1990, trú tại xã Yên Trạch) bị tai nạn.\n\nP.V")
    df = extract_text(text)
    assert df.iloc[0]["places"] == ["Yên Trạch"]


def test_a_tradition_day_named_of_no_one_is_the_sentence_subjects_founding():
    df = extract_text("Sáng 14/11/2024, Trường Chính trị Hoàng Văn Thụ tổ chức lễ kỷ niệm 75 năm Ngày truyền thống "
                      "(1949 - 2024).", reference_date=REF)
    founding = df[df["edtf"] == "1949"].iloc[0]
    assert founding["organisations"] == ["Trường Chính trị Hoàng Văn Thụ"]


def test_a_provincial_paper_s_credit_says_the_province_when_none_is_named():
    """'LSO - Sáng 5/9, …' with no province named: 'UBND tỉnh' is Lạng Sơn's."""
    df = extract_text("LSO - Sáng 5/9/2025, UBND tỉnh tổ chức hội nghị tổng kết năm học.")
    assert df.iloc[0]["organisations"] == ["Ủy ban nhân dân tỉnh Lạng Sơn"]


def test_a_hill_the_article_introduces_is_a_place_when_named_alone_later():
    text = ("Năm 1979, đơn vị bám trụ điểm cao Phai Môn suốt 10 ngày đêm.\n\n"
            "Tháng 2/2024, ông cùng đồng đội trở lại Phai Môn thắp hương.")
    assert extract_text(text, reference_date=REF).iloc[1]["places"] == ["Phai Môn"]


def test_an_occasion_opening_the_sentence_is_background_to_what_was_done_on_its_day():
    df = extract_text("Kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025), chiều 25/7, lãnh đạo tỉnh "
                      "thăm gia đình chính sách.", reference_date=REF)
    assert df.loc[df["date_text"] == "chiều 25/7", "title"].tolist() == ["Lãnh đạo tỉnh thăm gia đình chính sách"]
    assert df.loc[df["date_text"] == "27/7/1947", "title"].tolist() == ["Ngày Thương binh - Liệt sĩ"]


def test_a_bodys_term_after_two_days_opening_the_sentence_shares_that_telling():
    df = extract_text("Trong 2 ngày 15 - 16/9/2022, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Lạng Sơn lần thứ XVII, "
                      "nhiệm kỳ 2022 - 2027 đã diễn ra tại Trung tâm Hội nghị tỉnh.", reference_date=REF)
    assert list(df["edtf"]) == ["2022-09-15/2022-09-16", "2022/2027"]
    assert df.iloc[1]["organisations"] == df.iloc[0]["organisations"] == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lạng Sơn"]


def test_a_committee_of_the_provincial_youth_union_takes_the_province():
    text = "Báo Lạng Sơn - Chiều 16/9/2022, đại hội đã bầu Ban Chấp hành Tỉnh Đoàn khóa XVII gồm 35 đồng chí."
    assert extract_text(text).iloc[0]["organisations"] == ["Ban Chấp hành Tỉnh Đoàn Lạng Sơn"]


def test_a_birth_between_commas_before_the_names_predicate_cuts_no_scope():
    df = extract_text("Tại huyện Cao Lộc, anh Hoàng Văn Tùng, sinh năm 2003, đã tốt nghiệp đại học tháng 6/2024 nhưng "
                      "vẫn tình nguyện nhập ngũ.", reference_date=REF)
    assert list(df["edtf"]) == ["2003", "2024-06"]
    assert df.iloc[1]["places"] == ["Cao Lộc"]
    assert df.iloc[1]["title"] == "Anh Hoàng Văn Tùng đã tốt nghiệp đại học nhưng vẫn tình nguyện nhập ngũ"
    assert df.iloc[0]["title"] == "Hoàng Văn Tùng sinh"


@pytest.mark.parametrize("sentence, places, orgs", [
    ("Ngày 5/1, Đồn Biên phòng Tân Thanh phối hợp với Công an huyện Văn Lãng bắt giữ đối tượng.",
     ["Tân Thanh", "Văn Lãng"], ["Đồn Biên phòng Tân Thanh", "Công an huyện Văn Lãng"]),
    ("Ngày 5/1, cán bộ đồn Biên phòng Na Hình tuần tra biên giới.", ["Na Hình"], ["Đồn Biên phòng Na Hình"]),
    ("Ngày 5/1, Đồn Biên phòng Cửa khẩu Tân Thanh bắt giữ đối tượng.", ["Tân Thanh"],
     ["Đồn Biên phòng Cửa khẩu Tân Thanh"]),
    ("Ngày 5/1, Đồn Biên phòng Chi Ma và Đồn Biên phòng Bảo Lâm tuần tra.", ["Chi Ma", "Bảo Lâm"],
     ["Đồn Biên phòng Chi Ma", "Đồn Biên phòng Bảo Lâm"]),
])
def test_a_border_post_is_named_for_the_place_it_keeps(sentence, places, orgs):
    df = extract_text(sentence, reference_date=REF)
    assert df.iloc[0]["places"] == places and df.iloc[0]["organisations"] == orgs


@pytest.mark.parametrize("sentence, places, orgs", [
    # a hall where a ceremony is held is its venue, neither a body nor a place called 'Quốc gia'
    ("Sáng 2/10, tại Trung tâm Hội nghị Quốc gia, Quốc hội khai mạc kỳ họp thứ 8.", [], ["Quốc hội"]),
    ("Sáng 2/10, tại Nhà hát Lớn Hà Nội, Thành ủy tổ chức lễ kỷ niệm.", ["Hà Nội"], ["Thành ủy"]),
    # a pair of countries across a dash is one name; alone it names whose border, no place
    ("Tối 5/9, tại Cung Văn hóa Hữu nghị Việt - Xô, Bộ Giáo dục và Đào tạo trao giải.",
     ["Cung Văn hóa Hữu nghị Việt - Xô"], ["Bộ Giáo dục và Đào tạo"]),
    ("Ngày 7/5, tại biên giới Việt - Trung, hai bên tuần tra chung.", [], []),
    ("Ngày 3/4, đoàn đến thăm Đông Hà - Quảng Trị.", ["Đông Hà", "Quảng Trị"], []),
])
def test_venues_and_paired_names(sentence, places, orgs):
    df = extract_text(sentence, reference_date=REF)
    assert df.iloc[0]["places"] == places and df.iloc[0]["organisations"] == orgs


@pytest.mark.parametrize("sentence, orgs", [
    # a board names its task in lowercase words, commas among them, up to the unit it serves
    ("Sáng 15/4, Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Điện Biên tổ chức lễ phát động.",
     ["Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Điện Biên"]),
    ("Ngày 3/3, Hội đồng thi đua, khen thưởng huyện Bắc Sơn họp.", ["Hội đồng thi đua, khen thưởng huyện Bắc Sơn"]),
    # (a verb or a preposition after the head ends it: a board without its name is no body named)
    ("Sáng 15/4, Ban Chỉ đạo họp tại tỉnh Điện Biên.", []),
    ("Ngày 3/3, Ban Chỉ đạo đã kiểm tra tại huyện Lộc Bình.", []),
    # historic bodies whose names run in lowercase words to a capital
    ("Từ ngày 16 đến ngày 17/8/1945, Quốc dân Đại hội bầu ra Ủy ban Dân tộc giải phóng Việt Nam.",
     ["Ủy ban Dân tộc giải phóng Việt Nam"]),
])
def test_bodies_named_in_lowercase_words(sentence, orgs):
    df = extract_text(sentence, reference_date=REF)
    assert df.iloc[0]["organisations"] == orgs


@pytest.mark.parametrize("sentence, places, orgs", [
    # a territory is a place, though its first word heads radio stations' names
    ("Ngày 3/4, động đất xảy ra ngoài khơi huyện Hoa Liên, phía đông Đài Loan (Trung Quốc).",
     ["Hoa Liên", "Đài Loan", "Trung Quốc"], []),
    # a foreign agency named whole, or cut short by sentence case (then no body)
    ("Trưa 3/4, Cơ quan Khí tượng Nhật Bản đã phát cảnh báo sóng thần.", [], ["Cơ quan Khí tượng Nhật Bản"]),
    ("Tháng 11/2024, Cơ quan Thẩm định của UNESCO đã khuyến nghị ghi danh lễ hội.", [], ["UNESCO"]),
    # a state's name, given as the country's name
    ("Năm 968, Đinh Bộ Lĩnh lên ngôi, đặt quốc hiệu là Đại Cồ Việt, đóng đô ở Hoa Lư.", ["Đại Cồ Việt", "Hoa Lư"], []),
    # a named building is a place, unlike a hall named by its use and unit ('Trung tâm Hội nghị tỉnh')
    ("Sáng 21/10, tại Nhà Quốc hội, Quốc hội khai mạc Kỳ họp thứ 8.", ["Nhà Quốc hội"], ["Quốc hội"]),
    # a hall of fairs is a venue, no place
    ("Trong 2 ngày 25 và 26/10, vận động viên nhận số báo danh tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh.", [], []),
])
def test_territories_agencies_and_halls(sentence, places, orgs):
    df = extract_text(sentence, reference_date=REF)
    assert df.iloc[0]["places"] == places and df.iloc[0]["organisations"] == orgs


@pytest.mark.parametrize("sentence, orgs", [
    # the full name with a bare unit, as its abbreviation ('UBND tỉnh')
    ("Ngày 3/3, Ủy ban nhân dân tỉnh tổ chức hội nghị.", ["Ủy ban nhân dân tỉnh Lạng Sơn"]),
    ("Ngày 3/3, Hội đồng nhân dân tỉnh tổ chức kỳ họp.", ["Hội đồng nhân dân tỉnh Lạng Sơn"]),
    # a revolutionary committee's words run on to its unit
    ("Ngày 20/8/1945, Ủy ban nhân dân cách mạng lâm thời tỉnh được thành lập.",
     ["Ủy ban nhân dân cách mạng lâm thời tỉnh Lạng Sơn"]),
    ("Năm 1946, Ủy ban kháng chiến hành chính tỉnh được thành lập.", ["Ủy ban kháng chiến hành chính tỉnh Lạng Sơn"]),
    # two-syllable words of departments' names, the second written small
    ("Ngày 1/8/1930, Ban Chấp hành Trung ương Đảng lâm thời thành lập Ban Cổ động và Tuyên truyền.",
     ["Ban Chấp hành Trung ương Đảng lâm thời", "Ban Cổ động và Tuyên truyền"]),
    ("Năm 1945, Ban Tuyên huấn Tỉnh ủy được thành lập.", ["Ban Tuyên huấn Tỉnh ủy Lạng Sơn"]),
    # (no unit in 'xã hội')
    ("Ngày 3/3, Quốc hội xã hội chủ nghĩa họp.", ["Quốc hội"]),
    # religious and social boards, their second syllables written small
    ("Sáng 3/3, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Lạng Sơn tổ chức lễ dâng hương.",
     ["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Lạng Sơn"]),
    ("Ngày 5/5/2024, Ban Đại diện Hội Người cao tuổi tỉnh tổ chức hội nghị.",
     ["Ban Đại diện Hội Người cao tuổi tỉnh Lạng Sơn"]),
    ("Bệnh viện được thành lập năm 1960 trên cơ sở Bệnh xá tỉnh.", ["Bệnh xá tỉnh Lạng Sơn"]),
    # a site's qualifier inside a post's name; a police department's field written small; a branch
    ("Ngày 5/1, Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị bắt giữ đối tượng.",
     ["Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị"]),
    ("Ngày 5/1, Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh bắt giữ đối tượng.",
     ["Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lạng Sơn"]),
    ("Năm 2020, Chi nhánh Ngân hàng Chính sách xã hội tỉnh giải ngân 500 tỷ đồng.",
     ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lạng Sơn"]),
    ("Chiều 8/11, Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam tổ chức hội nghị.",
     ["Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam"]),
])
def test_full_names_of_committees_and_departments(sentence, orgs):
    df = extract_text(sentence + " Tỉnh Lạng Sơn có 11 huyện.", reference_date=REF)
    assert df.iloc[0]["organisations"] == orgs


def test_a_date_after_an_anniversary_pair_takes_the_ceremonys_title_not_the_pairs():
    df = extract_text("Chiều 5/12/2024, Hội Cựu chiến binh huyện Văn Lãng tổ chức lễ kỷ niệm 35 năm Ngày thành lập Hội "
                      "Cựu chiến binh Việt Nam (6/12/1989 - 6/12/2024) và tổng kết phong trào thi đua giai đoạn 2019 - 2024.")
    last = df.iloc[-1]
    assert last["edtf"] == "2019/2024" and last["title"] == df.iloc[0]["title"]
    assert last["organisations"] == ["Hội Cựu chiến binh huyện Văn Lãng"]


def test_a_counted_anniversary_opening_its_sentence_names_what_was_founded():
    df = extract_text("Năm 1976, Chi bộ được nâng lên thành Đảng bộ xã Hồng Phong. Nhân dịp kỷ niệm 80 năm Ngày thành lập "
                      "Đảng bộ xã, cuốn sách được tái bản vào quý II/2025.")
    founding = df[df["date_text"] == "Nhân dịp kỷ niệm 80 năm"].iloc[0]
    assert founding["edtf"] == "1945" and founding["organisations"] == ["Đảng bộ xã Hồng Phong"]


def test_a_term_told_after_a_founding_shares_its_telling():
    df = extract_text("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Lạng Sơn được thành lập tháng 8/2009, nhiệm kỳ đầu tiên "
                      "2009 – 2012.", reference_date=REF)
    assert list(df["edtf"]) == ["2009-08", "2009/2012"]
    assert df.iloc[1]["title"] == df.iloc[0]["title"]
    assert df.iloc[1]["organisations"] == df.iloc[0]["organisations"] == [
        "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Lạng Sơn"]


def test_a_cohorts_school_years_are_part_of_what_the_opening_date_tells():
    df = extract_text("Ngày 10/11/2024, tại Nhà văn hóa thành phố Lạng Sơn, Ban liên lạc cựu học sinh niên khóa 1972 – 1975 "
                      "Trường cấp III Việt Bắc tổ chức buổi gặp mặt kỷ niệm 49 năm ngày ra trường.")
    first = df.iloc[0]
    assert first["edtf"] == "2024-11-10" and first["organisations"] == ["Trường cấp III Việt Bắc"]
    assert first["title"].startswith("Ban liên lạc cựu học sinh niên khóa 1972 - 1975")
    assert df[df["date_text"] == "1972 – 1975"].iloc[0]["organisations"] == ["Trường cấp III Việt Bắc"]


def test_a_bracketed_range_the_sentence_counts_the_years_of_dates_that_count():
    df = extract_text("Sáng 13/11, UBND tỉnh Lạng Sơn tổ chức hội nghị sơ kết 15 năm thực hiện ba văn kiện pháp lý về biên "
                      "giới đất liền Việt Nam – Trung Quốc (2009 – 2024).", reference_date=REF)
    assert list(df["edtf"]) == ["2020-11-13", "2009/2024"]
    assert df.iloc[1]["title"] == df.iloc[0]["title"]
    assert df.iloc[1]["organisations"] == ["Ủy ban nhân dân tỉnh Lạng Sơn"]


def test_a_decree_issued_by_the_sentences_subject_is_the_issuing():
    df = extract_text("Để hướng dẫn thi hành, Chính phủ đã ban hành Nghị định số 102/2024/NĐ-CP ngày 30/7/2024.",
                      reference_date=REF)
    assert list(df["edtf"]) == ["2024-07-30"] and df.iloc[0]["organisations"] == ["Chính phủ"]


def test_a_date_ending_a_predicate_after_va_is_that_predicates_time():
    df = extract_text("Năm 1934, đồng chí tham gia hoạt động cách mạng và được kết nạp vào Đảng Cộng sản Đông Dương năm "
                      "1936.", reference_date=REF)
    assert list(df["edtf"]) == ["1934", "1936"]
    assert df.iloc[0]["title"] == "Đồng chí tham gia hoạt động cách mạng" and df.iloc[0]["organisations"] == []
    assert df.iloc[1]["organisations"] == ["Đảng Cộng sản Đông Dương"]
    # (a task's quarter after a common noun is still part of what the opening date tells)
    df = extract_text("Ngày 5/10, UBND tỉnh tổ chức hội nghị đánh giá tình hình quý III và triển khai nhiệm vụ quý "
                      "IV/2023.", reference_date=REF)
    assert df.iloc[2]["title"] == df.iloc[0]["title"]


def test_a_hometown_told_after_a_birth_is_the_births_place():
    df = extract_text("Cụ Hoàng Thị Nhung, sinh năm 1930, quê quán xã Tân Thành, huyện Hữu Lũng, tỉnh Lạng Sơn, đã từ "
                      "trần hồi 22h15 ngày 12/3/2025, hưởng thọ 95 tuổi.", reference_date=REF)
    assert list(df["edtf"]) == ["1930", "2025-03-12"]
    assert df.iloc[0]["places"] == ["Tân Thành", "Hữu Lũng", "Lạng Sơn"] and df.iloc[1]["places"] == []


def test_a_papers_own_dateline_is_no_part_of_the_leads_sentence():
    text = ("Chủ tịch Trung Quốc thăm Việt Nam\n\nHà Nội, 12/12/2023 - Chiều nay, Chủ tịch nước Cộng hòa Nhân dân Trung Hoa "
            "Tập Cận Bình đến Hà Nội, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam.")
    row = extract_text(text).iloc[0]
    assert row["edtf"] == "2023-12-12" and row["title"].startswith("Chủ tịch nước Cộng hòa Nhân dân Trung Hoa")
    assert row["places"] == ["Hà Nội", "Việt Nam"]


def test_a_laws_name_before_its_number_is_the_document_its_date_issued():
    df = extract_text("Luật Đất đai số 31/2024/QH15 ngày 18/1/2024 có hiệu lực thi hành kể từ ngày 1/8/2024.",
                      reference_date=REF)
    assert list(df["edtf"]) == ["2024-01-18", "2024-08-01"]
    assert df.iloc[0]["title"] == "Luật Đất đai số 31/2024/QH15"


def test_day_and_night_of_a_date_leave_no_word_in_the_title():
    row = extract_text("Ngày và đêm 23/10, Bắc Bộ có mưa rào.", reference_date=REF).iloc[0]
    assert row["date_text"] == "Ngày và đêm 23/10" and row["title"] == "Bắc Bộ có mưa rào"


@pytest.mark.parametrize("sentence, orgs", [
    ("Năm 1976, Công an hai tỉnh Cao Bằng và Lạng Sơn hợp nhất thành Công an tỉnh Cao Lạng.",
     ["Công an tỉnh Cao Bằng", "Công an tỉnh Lạng Sơn", "Công an tỉnh Cao Lạng"]),
    ("Năm 1950, Tỉnh ủy hai tỉnh Cao Bằng và Lạng Sơn họp bàn.", ["Tỉnh ủy Cao Bằng", "Tỉnh ủy Lạng Sơn"]),
    ("Năm 2020, Công an các xã Tân Thanh, Tân Mỹ và Hoàng Văn Thụ ra quân.",
     ["Công an xã Tân Thanh", "Công an xã Tân Mỹ", "Công an xã Hoàng Văn Thụ"]),
    ("Năm 2020, nhân dân hai tỉnh Cao Bằng và Lạng Sơn góp sức.", []),
])
def test_one_head_shared_by_the_units_listed_after_it_is_a_body_of_each(sentence, orgs):
    assert extract_text(sentence, reference_date=REF).iloc[0]["organisations"] == orgs


def test_a_force_founded_on_its_tradition_day_is_the_foundings_body():
    df = extract_text("Sáng 15/8, Công an tỉnh tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân "
                      "(19/8/1945 – 19/8/2025).", reference_date=REF)
    assert df.iloc[1]["edtf"] == "1945-08-19" and df.iloc[1]["organisations"] == ["Công an nhân dân"]


def test_the_body_a_policy_comes_from_is_background():
    df = extract_text("Từ năm 2018, thực hiện chủ trương sắp xếp tổ chức bộ máy của Bộ Công an, Công an tỉnh đã bố trí "
                      "công an chính quy về xã.", reference_date=REF)
    assert df.iloc[0]["organisations"] == ["Công an tỉnh"]


def test_the_day_a_source_made_known_what_the_sentence_tells_dates_it_all():
    row = extract_text("Theo kết quả Bộ Giáo dục và Đào tạo công bố chiều 13/2, tỉnh Lạng Sơn có 28 học sinh đạt giải "
                       "trong kỳ thi.", reference_date=REF).iloc[0]
    assert row["edtf"] == "2020-02-13" and row["places"] == ["Lạng Sơn"] and row["organisations"] == []
    assert row["title"].startswith("Tỉnh Lạng Sơn có 28 học sinh đạt giải")


def test_a_named_day_before_its_bracketed_date_titles_it_whole():
    df = extract_text("Dịp này cũng là dịp kỷ niệm Ngày Văn hóa các dân tộc Việt Nam (19/4) và Ngày Di sản văn hóa Việt "
                      "Nam (23/11).", reference_date=REF)
    assert list(df["title"]) == ["Ngày Văn hóa các dân tộc Việt Nam", "Ngày Di sản văn hóa Việt Nam"]


def test_a_flagpoles_word_is_no_place():
    row = extract_text("Chiều 10/10/1954, lễ chào cờ được tổ chức tại Cột cờ Hà Nội.", reference_date=REF).iloc[0]
    assert row["places"] == ["Hà Nội"]


def test_the_host_after_a_commemorated_founding_is_the_ceremonys_subject():
    row = extract_text("Chiều 2/2/2025, nhân dịp kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam, Đảng ủy phường "
                       "Chi Lăng tổ chức lễ trao Huy hiệu Đảng.", reference_date=REF).iloc[0]
    assert row["organisations"] == ["Đảng ủy phường Chi Lăng"] and row["places"] == ["Chi Lăng"]
    assert row["title"] == "Đảng ủy phường Chi Lăng tổ chức lễ trao Huy hiệu Đảng"


def test_an_international_day_names_no_body():
    row = extract_text("Sáng 18/5, nhân Ngày Quốc tế Bảo tàng, Bảo tàng tỉnh Lạng Sơn khai mạc triển lãm.",
                       reference_date=REF).iloc[0]
    assert row["organisations"] == ["Bảo tàng tỉnh Lạng Sơn"]


def test_a_square_named_after_a_theatre_is_a_place():
    row = extract_text("Ngày 17/8/1945, cuộc mít tinh diễn ra tại Quảng trường Nhà hát Lớn.", reference_date=REF).iloc[0]
    assert row["places"] == ["Quảng trường Nhà hát Lớn"] and row["organisations"] == []


def test_church_bodies():
    row = extract_text("Tối 20/12, lãnh đạo tỉnh đến thăm, chúc mừng Tòa Giám mục Giáo phận Lạng Sơn – Cao Bằng.",
                       reference_date=REF).iloc[0]
    assert row["organisations"] == ["Tòa Giám mục Giáo phận Lạng Sơn - Cao Bằng"]
    assert row["places"] == ["Lạng Sơn", "Cao Bằng"]
    row = extract_text("Linh mục Hòa, quản xứ Giáo xứ Bắc Sơn cho biết: thánh lễ cử hành lúc 20h ngày 24/12.",
                       reference_date=REF).iloc[0]
    assert "Giáo" not in row["places"]


@pytest.mark.parametrize("sentence,places", [
    ("Ngày 1/9/1939, Đức tấn công Ba Lan.", ["Ba Lan"]),
    ("Ngày 22/6/1941, phát xít Đức tấn công Liên Xô.", ["Liên Xô"]),
])
def test_the_country_attacked_is_where_it_happened(sentence, places):
    assert extract_text(sentence, reference_date=REF).iloc[0]["places"] == places


def test_an_agency_datelines_place_is_a_place_the_gazetteer_need_not_know():
    row = extract_text("Moscow, 9/5/2025 (TTXVN) – Sáng nay, tại Quảng trường Đỏ, Nga tổ chức lễ duyệt binh.").iloc[0]
    assert row["places"] == ["Moscow", "Quảng trường Đỏ"]


@pytest.mark.parametrize("sentence,orgs", [
    ("Tháng 11/1944, bài hát được in lần đầu trên báo Độc lập.", ["Báo Độc lập"]),
    ("Tháng 3/1942, tờ báo Cứu quốc ra số đầu tiên.", ["Báo Cứu quốc"]),
    ("Ngày 3/2/2025, Sở ra thông báo Kết luận về việc này.", []),
])
def test_a_paper_written_small_before_its_name(sentence, orgs):
    row = extract_text(sentence, reference_date=REF).iloc[0]
    assert [o for o in row["organisations"] if o.startswith("Báo")] == orgs


def test_a_declarations_classifier_is_no_village():
    row = extract_text("Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.", reference_date=REF).iloc[0]
    assert row["places"] == []


@pytest.mark.parametrize("sentence,places", [
    ("Tối 9/11, đội bóng thành Nam để thua Công an Hà Nội 1-2 ngay trên sân nhà.", []),
    ("Tối 15/11, Công an Hà Nội đánh bại Hồng Lĩnh Hà Tĩnh với tỷ số 2-1.", ["Hà Tĩnh"]),
    ("Ngày 3/2, Hội Nông dân Hà Nội tiếp đoàn công tác.", ["Hà Nội"]),
])
def test_a_clubs_city_in_a_match_places_nothing(sentence, places):
    assert extract_text(sentence, reference_date=REF).iloc[0]["places"] == places


def test_a_clocks_time_zone_and_a_peninsula():
    row = extract_text("Chiều 1/1/2024, động đất xảy ra tại bán đảo Noto, tỉnh Ishikawa, lúc 16h10 theo giờ địa phương "
                       "(tức 14h10 giờ Hà Nội).").iloc[0]
    assert row["places"] == ["bán đảo Noto", "Ishikawa"]


def test_an_embassy_is_a_body_named_with_its_seat():
    row = extract_text("Tối 4/9, tại Thủ đô Viêng Chăn, Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm.",
                       reference_date=REF).iloc[0]
    assert row["organisations"] == ["Đại sứ quán Việt Nam tại Lào"] and row["places"] == ["Viêng Chăn", "Lào"]


def test_words_in_sentence_case_after_a_treaty_are_no_place():
    row = extract_text("Ngày 18/7/1977, hai nước ký Hiệp ước Hữu nghị và Hợp tác.", reference_date=REF).iloc[0]
    assert row["places"] == []


def test_a_people_is_no_place_and_a_launch_site_abroad_is_one():
    row = extract_text("Ngày 23/7/1980, ông trở thành người Việt Nam và người châu Á đầu tiên bay vào vũ trụ.",
                       reference_date=REF).iloc[0]
    assert row["places"] == []
    row = extract_text("Rạng sáng 19/4/2008, vệ tinh được phóng từ bãi phóng Kourou ở Guyana.", reference_date=REF).iloc[0]
    assert row["places"] == ["Kourou", "Guyana"]


def test_a_cooperative_named_by_its_trade_and_commune():
    row = extract_text("Năm 2018, Hợp tác xã chè Bằng Mạc được thành lập.", reference_date=REF).iloc[0]
    assert row["organisations"] == ["Hợp tác xã chè Bằng Mạc"]
    row = extract_text("Năm 2013, Bưu điện tỉnh Lạng Sơn trở thành đơn vị thành viên của Tổng công ty Bưu điện Việt Nam.",
                       reference_date=REF).iloc[0]
    assert row["organisations"] == ["Bưu điện tỉnh Lạng Sơn", "Tổng công ty Bưu điện Việt Nam"]


@pytest.mark.parametrize("sentence,org", [
    ("Chiều 18/6, Ban Chỉ đạo triển khai Đề án 06 tỉnh Lạng Sơn tổ chức hội nghị.",
     "Ban Chỉ đạo triển khai Đề án 06 tỉnh Lạng Sơn"),
    ("Chiều 18/6, Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia tỉnh Cao Bằng họp.",
     "Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia tỉnh Cao Bằng"),
])
def test_a_board_whose_task_names_a_scheme(sentence, org):
    assert extract_text(sentence, reference_date=REF).iloc[0]["organisations"] == [org]


def test_the_day_counted_from_times_only_the_clause_that_names_it():
    row = extract_text("Tròn một năm sau cơn bão số 3 đổ bộ vào miền Bắc ngày 7/9/2024, cuộc sống của người dân xã Tân "
                       "Tri, huyện Bắc Sơn đã dần ổn định.", reference_date=REF).iloc[0]
    assert row["places"] == ["miền Bắc"]
    row = extract_text("Đúng 10 năm sau, ngày 23/9/1960, Bác về thăm nhân dân tỉnh Lạng Sơn.", reference_date=REF).iloc[0]
    assert row["places"] == ["Lạng Sơn"]


@pytest.mark.parametrize("sentence,org", [
    ("Tối 5.11, Ban Tổ chức Đại hội Thể dục thể thao tỉnh Lạng Sơn lần thứ X tổ chức lễ bế mạc.",
     "Ban Tổ chức Đại hội Thể dục thể thao tỉnh Lạng Sơn"),
    ("Từ ngày 10/11, Khu Quản lý đường bộ I tiến hành sửa chữa mặt đường.", "Khu Quản lý đường bộ I"),
])
def test_an_organising_committee_and_a_road_authority(sentence, org):
    assert extract_text(sentence, reference_date=REF).iloc[0]["organisations"] == [org]


def test_match_scores_are_no_dates():
    df = extract_text("Tối 5.11, đội thành phố thắng đội huyện Cao Lộc với tỷ số 3-1; huyện Hữu Lũng hòa huyện Chi Lăng 2-2.",
                      reference_date=REF)
    assert list(df["date_text"]) == ["Tối 5.11"]


@pytest.mark.parametrize("sentence,places", [
    # a one-word city or country after another capitalised word mid-sentence ends a longer name
    ("Năm 1931, sản phẩm mây tre đan Phú Vinh được đưa sang Paris.", ["Paris"]),
    ("Năm 1931, ông Minh Đức sang Paris.", ["Paris"]),
    # but a side of it is a place, as one at a sentence's start is
    ("Năm 1975, ông sang Tây Đức học tập.", ["Tây Đức"]),
    ("Tại Paris, năm 1931, triển lãm khai mạc.", ["Paris"]),
    # a fair is no market; a funeral home keeps its word
    ("Năm 1931, sản phẩm được trưng bày tại Hội chợ Đấu xảo Paris.", ["Paris"]),
    ("Ngày 8/11/2025, lễ viếng được tổ chức tại Nhà tang lễ Quốc gia, Hà Nội.", ["Nhà tang lễ Quốc gia", "Hà Nội"]),
])
def test_longer_names_fairs_and_funeral_homes(sentence, places):
    assert list(extract_text(sentence, reference_date=REF).iloc[0]["places"]) == places


def test_a_body_that_announces_is_no_body_of_what_it_announces():
    df = extract_text("Ban Lễ tang Nhà nước trân trọng thông báo: Đại tướng Nguyễn Văn Hòa sinh ngày 15/5/1930 "
                      "tại xã Tân Thành.", reference_date=REF)
    assert list(df.iloc[0]["organisations"]) == [] and list(df.iloc[0]["places"]) == ["Tân Thành"]


def test_a_notices_time_field_is_the_event_its_headline_announces_where_its_place_field_says():
    text = ("Thông báo tổ chức Hội nghị tổng kết công tác năm 2025 của ngành Văn hóa\n\n"
            "Sở Văn hóa, Thể thao và Du lịch trân trọng thông báo như sau:\n\n"
            "1. Thời gian: 8h00, thứ Sáu, ngày 9/1/2026.\n\n"
            "2. Địa điểm: Hội trường tầng 3, Sở Văn hóa, Thể thao và Du lịch, phường Lương Văn Tri, tỉnh Lạng Sơn.\n")
    df = extract_text(text)
    row = df[df["edtf"] == "2026-01-09"].iloc[0]
    assert row["title"] == "Tổ chức Hội nghị tổng kết công tác năm 2025 của ngành Văn hóa"
    assert {"Lương Văn Tri", "Lạng Sơn"} <= set(row["places"])
    assert any(o.startswith("Sở Văn hóa") for o in row["organisations"])


@pytest.mark.parametrize("sentence,places", [
    # a pair of border gates, each with its country in brackets
    ("Năm 2026, hai bên mở cặp cửa khẩu Chi Ma (Việt Nam) – Ái Điểm (Trung Quốc).",
     ["Chi Ma", "Việt Nam", "Ái Điểm", "Trung Quốc"]),
    # a club's country, in brackets after it, is where the player played (since 'CLB' is read as
    # a club: session 22)
    ("Mùa giải 2022-2023, Huỳnh Như thi đấu cho CLB Lank FC (Bồ Đào Nha).", ["Bồ Đào Nha"]),
])
def test_a_name_before_its_country_in_brackets(sentence, places):
    assert list(extract_text(sentence, reference_date=REF).iloc[0]["places"]) == places


def test_a_short_name_given_in_brackets_stands_for_its_body_and_parties_abroad():
    text = ("Hôm Chủ nhật (26/10), Đảng Dân chủ Tự do (LDP) giành 220 ghế tại Hạ viện Nhật Bản. "
            "Năm 2009, LDP từng mất quyền lực vào tay Đảng Dân chủ Nhật Bản (DPJ).")
    df = extract_text(text, reference_date=REF)
    assert list(df.iloc[0]["organisations"]) == ["Đảng Dân chủ Tự do", "Hạ viện Nhật Bản"]
    assert list(df.iloc[1]["organisations"]) == ["Đảng Dân chủ Tự do", "Đảng Dân chủ Nhật Bản"]
    df = extract_text("Ngày 5/11/2024, ông Trump đánh bại ứng cử viên Đảng Dân chủ Kamala Harris.", reference_date=REF)
    assert list(df.iloc[0]["organisations"]) == ["Đảng Dân chủ"]


def test_a_source_and_its_ministry_in_brackets_are_no_bodies_of_the_figures():
    df = extract_text("Theo số liệu Cục Thống kê (Bộ Tài chính) công bố ngày 6/10, GDP quý III/2020 ước tăng 8,23%.",
                      reference_date=REF)
    assert list(df.iloc[0]["organisations"]) == [] and df.iloc[0]["title"].startswith("GDP")


def test_the_north_east_of_the_north_is_one_region():
    df = extract_text("Năm 2020, không khí lạnh ảnh hưởng đến các tỉnh phía Đông Bắc Bộ.", reference_date=REF)
    assert list(df.iloc[0]["places"]) == ["Đông Bắc Bộ"]


@pytest.mark.parametrize("sentence,orgs,places", [
    # a school written small in running text is a body, no place
    ("Cuối năm 1929, ông học ở trường Cao đẳng Thương mại.", ["Trường Cao đẳng Thương mại"], []),
    ("Năm 1970, quân ta đánh địch trên chiến trường Quảng Trị.", [], ["Quảng Trị"]),
])
def test_schools_written_small(sentence, orgs, places):
    row = extract_text(sentence, reference_date=REF).iloc[0]
    assert list(row["organisations"]) == orgs and list(row["places"]) == places


def test_to_exist_is_no_place_word_and_a_date_typed_with_backslashes():
    df = extract_text("Châu Định Hóa tồn tại suốt thời Lê Sơ (1428-1527).", reference_date=REF)
    assert list(df.iloc[0]["places"]) == []
    df = extract_text("Sau ngày giành chính quyền (26\\3\\1945), châu đổi thành phủ Ngô Quyền.", reference_date=REF)
    assert df.iloc[0]["edtf"] == "1945-03-26" and df.iloc[0]["date_text"] == "26\\3\\1945"


@pytest.mark.parametrize("sentence,places", [
    # a continent keeps its word even when its name is a country's ('châu Mỹ' is no post of Americans)
    ("Từ năm 1911 đến năm 1913, ông đến châu Phi, châu Mỹ.", ["châu Phi", "châu Mỹ"]),
    # a country one goes back to, leaves or studies in is a place
    ("Năm 1923, ông trở lại Pháp hoạt động.", ["Pháp"]),
    ("Năm 1960, ông rời Pháp về nước.", ["Pháp"]),
    ("Năm 1965, anh du học Liên Xô.", ["Liên Xô"]),
])
def test_continents_and_countries_gone_to(sentence, places):
    assert list(extract_text(sentence, reference_date=REF).iloc[0]["places"]) == places


@pytest.mark.parametrize("sentence,org", [
    # a wartime committee's qualifier, then the region it served
    ("Năm 1946, ông được cử vào Ủy ban Hành chính kháng chiến Nam Bộ.", "Ủy ban Hành chính kháng chiến Nam Bộ"),
    ("Năm 1947, ông làm việc ở Ủy ban nhân dân kháng chiến Cao Bằng.", "Ủy ban nhân dân kháng chiến Cao Bằng"),
    ("Năm 1950, ông làm việc tại Bộ Tổng hành dinh.", "Bộ Tổng hành dinh"),
])
def test_wartime_committees_and_headquarters(sentence, org):
    assert org in list(extract_text(sentence, reference_date=REF).iloc[0]["organisations"])


@pytest.mark.parametrize("sentence,places,orgs", [
    # an old unit's word written small before a name that begins like a school's head
    ("Năm 1831, làng thuộc tổng Vân Mộng, phủ Trường Khánh.", ["Vân Mộng", "Trường Khánh"], []),
    # but leaders of a ministry are no unit ('lãnh đạo Bộ …', 'chỉ đạo Sở …')
    ("Năm 2021, UBND tỉnh chỉ đạo Sở Nội vụ rà soát.", [], ["Ủy ban nhân dân tỉnh", "Sở Nội vụ"]),
    ("Năm 2024, Tổng Công ty Điện lực miền Bắc khai trương trạm biến áp.", [], ["Tổng Công ty Điện lực miền Bắc"]),
])
def test_old_units_and_corporations(sentence, places, orgs):
    row = extract_text(sentence, reference_date=REF).iloc[0]
    assert list(row["places"]) == places and list(row["organisations"]) == orgs


@pytest.mark.parametrize("sentence,org", [
    # a body of a numbered district, ward or court area ends with the number
    ("Tháng 12/2011, TAND Quận 10 xét xử vụ án.", "Tòa án nhân dân Quận 10"),
    ("Năm 2020, UBND phường 5 tổ chức lễ mít tinh.", "Ủy ban nhân dân phường 5"),
    # (and the area's province after a dash: the court's whole name)
    ("Ngày 15/8/2025, Tòa án nhân dân khu vực 2 - Cần Thơ xét xử vụ án.", "Tòa án nhân dân khu vực 2 - Cần Thơ"),
])
def test_bodies_of_numbered_districts(sentence, org):
    assert org in list(extract_text(sentence, reference_date=REF).iloc[0]["organisations"])


@pytest.mark.parametrize("sentence,places,orgs", [
    # a country beaten is no place ('vượt qua' ends in a preposition of place)
    ("Chiều 10/12/2023, đội tuyển đã vượt qua Myanmar sau loạt sút luân lưu.", [], []),
    # police abbreviations expand in bodies' names
    ("Ngày 5/1/2024, Cơ quan CSĐT Công an tỉnh Bình Định khởi tố vụ án.", ["Bình Định"],
     ["Cơ quan Cảnh sát điều tra Công an tỉnh Bình Định"]),
    # a member's post written small is a title: its body is the person's
    ("Năm 1960, ông là ủy viên Ban Chấp hành Hội Nhạc sĩ Việt Nam.", [], []),
])
def test_beaten_countries_police_bodies_and_posts_written_small(sentence, places, orgs):
    row = extract_text(sentence, reference_date=REF).iloc[0]
    assert list(row["places"]) == places and list(row["organisations"]) == orgs


@pytest.mark.parametrize("sentence,places,orgs", [
    # a region after a style's or a people's word is no place
    ("Năm 1964, chùa được xây theo kiến trúc miền Bắc.", [], []),
    # an old unit's word inside a body's name names no unit
    ("Năm 1935, ông làm việc tại Bệnh viện Phủ Doãn.", [], ["Bệnh viện Phủ Doãn"]),
])
def test_styles_of_regions_and_units_inside_names(sentence, places, orgs):
    row = extract_text(sentence, reference_date=REF).iloc[0]
    assert list(row["places"]) == places and list(row["organisations"]) == orgs


def test_a_short_name_with_a_comma_inside():
    row = extract_text("Ngày 5/3/2024, Sở VH,TT&DL tỉnh Bắc Kạn tổ chức hội thi.", reference_date=REF).iloc[0]
    assert list(row["organisations"]) == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Kạn"]


@pytest.mark.parametrize("sentence,orgs", [
    # companies known by their brand alone are bodies; a branch's name runs on
    ("Năm 2024, Samsung đầu tư thêm 1,8 tỷ USD vào nhà máy ở Bắc Ninh.", ["Samsung"]),
    ("Năm 2023, Vietnam Airlines mở đường bay thẳng tới Munich.", ["Vietnam Airlines"]),
    # a vehicle's brand names a thing, no body
    ("Đêm 2/11/2023, đối tượng lấy trộm 1 chiếc xe máy Honda.", []),
])
def test_companies_known_by_their_brand(sentence, orgs):
    assert list(extract_text(sentence, reference_date=REF).iloc[0]["organisations"]) == orgs


def test_a_vietnamese_common_noun_written_big_after_a_locative_is_no_place():
    df = extract_text("Tối 12/8/2023, tại Cung thể thao dưới nước, đội tuyển giành chức vô địch; sáng 13/8, "
                      "đoàn chụp ảnh ở Vườn hoa trung tâm.", reference_date=REF)
    assert [p for ps in df["places"] for p in ps] == []


def test_nơi_takes_the_place_named_just_before_it():
    df = extract_text("Ngày 6/12/2024, đoàn dâng hương tại Khu di tích Nà Sản, nơi diễn ra trận đánh ngày 2/12/1952.",
                      reference_date=REF)
    assert list(df["places"])[1] == ["Nà Sản"]


def names_of(sentence: str, row: int = 0) -> tuple[list[str], list[str]]:
    """The places and organisations of one event of a sentence read on its own."""
    event = extract_text(sentence, reference_date=REF).iloc[row]
    return list(event["places"]), list(event["organisations"])


@pytest.mark.parametrize("sentence,places,orgs", [
    # a known city after a word of a school's own name is the city, and 'Bách khoa' is one word of a name
    ("Năm 1935, ông tốt nghiệp Trường Cầu đường Paris và Trường Đại học Bách khoa.", ["Paris"],
     ["Trường Cầu đường Paris", "Trường Đại học Bách khoa"]),
    # a named army of 1945 is one body, not two overlapping ones
    ("Chiều 16/8/1945, tại Tân Trào, Đội Việt Nam Giải phóng quân làm lễ xuất quân.", ["Tân Trào"],
     ["Đội Việt Nam Giải phóng quân"]),
    # a place's other name in brackets, before where it lies now
    ("Năm 1940, tại cửa sông Hát (Hát Môn, nay thuộc huyện Phúc Thọ), dân làng nổi dậy.",
     ["sông Hát", "Hát Môn", "Phúc Thọ"], []),
    # a cemetery named after a numbered road
    ("Năm 2010, hài cốt được quy tập về Nghĩa trang liệt sĩ Quốc gia Đường 9.", ["Đường 9"], []),
    # the subject a joined predicate shares gives it its place
    ("Cầu Phong Châu được khởi công năm 1992 và đưa vào sử dụng năm 1995.", ["Phong Châu"], []),
])
def test_cities_in_school_names_and_armies_of_1945(sentence, places, orgs):
    assert names_of(sentence, -1) == (places, orgs)


def test_a_bracketed_address_ends_in_its_country_but_not_a_bodys_home():
    row = extract_text("Ngày 27/1/1973, tại Trung tâm Hội nghị quốc tế Kléber (Paris, Pháp), hiệp định được ký kết.",
                       reference_date=REF).iloc[0]
    assert list(row["places"]) == ["Paris", "Pháp"]
    row = extract_text("Tối 4/11/2025, Tổ chức Quacquarelli Symonds (QS, Anh) công bố bảng xếp hạng.", reference_date=REF).iloc[0]
    assert list(row["places"]) == []


def test_a_documents_day_with_the_years_it_is_about_is_its_issue():
    df = extract_text("UBND tỉnh Lạng Sơn vừa ban hành Quyết định số 1234/QĐ-UBND ngày 17/7/2026 về kế hoạch thời "
                      "gian năm học 2026 – 2027 đối với giáo dục mầm non.", reference_date=REF)
    issue = df.iloc[0]
    assert issue["edtf"] == "2026-07-17" and list(issue["organisations"]) == ["Ủy ban nhân dân tỉnh Lạng Sơn"]
    assert issue["title"].startswith("UBND tỉnh Lạng Sơn vừa ban hành Quyết định") and "2026 - 2027" in issue["title"]
    assert df.iloc[1]["title"] == issue["title"]


def test_a_birth_after_a_semicolon_is_the_subjects_not_his_posts():
    row = extract_text("Đồng chí Trường Chinh, tên thật là Đặng Xuân Khu, nguyên Chủ tịch Hội đồng Nhà nước nước Cộng hòa "
                       "Xã hội Chủ nghĩa Việt Nam; sinh ngày 9/2/1907 ở làng Hành Thiện, huyện Xuân Trường, tỉnh Nam Định.",
                       reference_date=REF).iloc[0]
    assert row["title"].startswith("Trường Chinh sinh ở làng Hành Thiện")
    assert list(row["places"]) == ["Hành Thiện", "Xuân Trường", "Nam Định"] and list(row["organisations"]) == []


def test_a_record_field_above_is_no_name_for_the_next():
    text = ("Đồng chí Phạm Văn Đồng\n\nBí danh: Tô\nNgày sinh: 01-03-1906\nQuê quán: Huyện Mộ Đức, tỉnh Quảng Ngãi\n"
            "Ngày tham gia cách mạng: 1925\nNgày vào Đảng: 1940\n")
    df = extract_text(text)
    assert list(df["title"])[1] == "Tham gia cách mạng" and list(df["persons"])[1] == []


def test_a_birth_right_after_its_noun_is_an_aside():
    df = extract_text("Với chiến thắng này, tay vợt sinh năm 1997 dự kiến sẽ lọt vào top 15 thế giới trong bảng xếp "
                      "hạng công bố ngày 17/3/2026.", reference_date=REF)
    assert list(df["title"]) == ["Tay vợt sinh", "Tay vợt dự kiến sẽ lọt vào top 15 thế giới trong bảng xếp hạng công bố"]


@pytest.mark.parametrize("sentence,places,orgs", [
    # a body that reports, its short name between, is no body of the event
    ("Tập đoàn Điện lực Việt Nam (EVN) cho biết, từ ngày 10/5/2025, giá điện tăng 4,8%.", [], []),
    # 'Hiến pháp' is one word of a court's name
    ("Ngày 4/4/2025, Tòa án Hiến pháp phế truất tổng thống.", [], ["Tòa án Hiến pháp"]),
    # a head word inside a known country's name opens no body
    ("Ngày 12/8/2026, nhật thực quét qua Greenland, Iceland và miền Bắc Tây Ban Nha.", ["Greenland", "Iceland", "Tây Ban Nha"], []),
    # a reason's clause with its own date is no part of the clause before
    ("Ngày 4/4/2025, Tòa án Hiến pháp phế truất tổng thống vì ban bố thiết quân luật hồi tháng 12/2024.", [], []),
])
def test_reporters_courts_countries_and_reasons(sentence, places, orgs):
    assert names_of(sentence, -1) == (places, orgs)


@pytest.mark.parametrize("sentence,places,title", [
    # 'khánh thành' names no citadel; 'đúng dịp …' is background
    ("Sáng 19/5/2025, đúng dịp kỷ niệm Ngày sinh Bác, tỉnh tổ chức lễ khánh thành Tượng đài Bác Hồ tại Quảng trường 17-10.",
     ["Quảng trường 17-10"], "Tỉnh tổ chức lễ khánh thành Tượng đài Bác Hồ tại Quảng trường 17-10"),
    # a short name in capitals in brackets after a place is no place
    ("Tối 31/5/2025, Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF) khai mạc tại bờ sông Hàn.", ["Đà Nẵng", "sông Hàn"], None),
    # an institute whose name writes its second syllables small reports, as a whole
    ("Kon Tum - Theo Viện Vật lý Địa cầu, ngày 28/7/2024, huyện Kon Plông xảy ra 8 trận động đất.",
     ["Kon Tum", "Kon Plông"], "Huyện Kon Plông xảy ra 8 trận động đất"),
])
def test_monuments_short_names_and_institutes(sentence, places, title):
    row = extract_text(sentence, reference_date=REF).iloc[0]
    assert list(row["places"]) == places and list(row["organisations"]) == []
    assert title is None or row["title"] == title


@pytest.mark.parametrize("sentence,places", [
    # the games of a city place the day; a stadium named for the games is the stadium
    ("Tại Olympic Sydney 2000, võ sĩ Trần Hiếu Ngân giành huy chương bạc ngày 30/9/2000.", ["Sydney"]),
    ("Ngày 7/8/2016, xạ thủ Hoàng Xuân Vinh giành huy chương vàng tại Olympic Rio 2016 (Brazil).", ["Rio", "Brazil"]),
    ("Chiều 27/1/2018, trên sân vận động Olympic Thường Châu (Trung Quốc), U23 Việt Nam đá chung kết.",
     ["Sân vận động Olympic Thường Châu", "Trung Quốc"]),
    # a plateau; a city's address ending in its country; a post's domain is no place
    ("Ngày 21/6/1893, bác sĩ Yersin phát hiện ra cao nguyên Lang Biang.", ["Lang Biang"]),
    ("Hội nghị bế mạc chiều 23/11/2025 tại thành phố Johannesburg, Nam Phi, sau hai ngày làm việc.", ["Johannesburg", "Nam Phi"]),
    ("Năm 1916, Toàn quyền Đông Dương ký nghị định thành lập thị tứ Đà Lạt.", ["Đà Lạt"]),
])
def test_games_plateaus_addresses_and_posts(sentence, places):
    assert list(extract_text(sentence, reference_date=REF).iloc[0]["places"]) == places


def test_one_syllable_of_a_longer_name_is_no_place_the_article_introduced():
    df = extract_text("Năm 2025, hội nghị họp tại lục địa châu Phi. Ngày 1/12/2024, Nam Phi tiếp nhận chức chủ tịch.",
                      reference_date=REF)
    assert list(df["places"])[1] == []


@pytest.mark.parametrize("sentence,places,orgs", [
    # a code of letters and digits ends a body's name
    ("Sáng 29/12/2025, tại Bảo tàng Chiến thắng B-52, Thành ủy Hà Nội dâng hương.", ["Hà Nội"],
     ["Bảo tàng Chiến thắng B-52", "Thành ủy Hà Nội"]),
    # a ship's name with its number is no place; a shipping channel is
    ("Rạng sáng 6/3/2026, tàu chở dầu Hải Hà 08 bị mắc cạn tại khu vực luồng Cái Lân.", ["Cái Lân"], []),
    # a continent keeps its word
    ("Ngày 13/3/2013, ông trở thành vị Giáo hoàng đầu tiên đến từ châu Mỹ Latinh.", ["châu Mỹ Latinh"], []),
])
def test_codes_ships_and_continents(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


def test_a_department_runs_on_into_its_ministry():
    row = extract_text("Ngày 4/9/2020, Cục CSĐT tội phạm về ma túy Bộ Công an phối hợp với Công an tỉnh Hà Tĩnh bắt giữ "
                       "đối tượng.", reference_date=REF).iloc[0]
    assert list(row["organisations"]) == ["Cục Cảnh sát điều tra tội phạm về ma túy Bộ Công an", "Công an tỉnh Hà Tĩnh"]


@pytest.mark.parametrize("sentence,places,orgs", [
    # a centre or an institute that says its work in small words before its name
    ("Tối 31/10/2025, Trung Quốc phóng tàu Thần Châu-21 từ Trung tâm phóng vệ tinh Tửu Tuyền.", ["Tửu Tuyền"],
     ["Trung tâm phóng vệ tinh Tửu Tuyền"]),
    ("Năm 2024, Viện nghiên cứu lúa quốc tế IRRI hợp tác với tỉnh.", [], ["Viện nghiên cứu lúa quốc tế IRRI"]),
    # (not an academician's title before his name)
    ("Giáo sư, Viện sĩ Trần Đại Nghĩa sinh ngày 13/9/1913 tại Vĩnh Long.", ["Vĩnh Long"], []),
    # a district whose name begins with an old unit's word; a relic named with a common word written big
    ("Tháng 7/1940, Xứ ủy Nam Kỳ họp tại Tân Hương (Châu Thành, Mỹ Tho).", ["Nam Kỳ", "Tân Hương", "Châu Thành", "Mỹ Tho"],
     ["Xứ ủy Nam Kỳ"]),
    ("Sáng 1/3/2026, xã đón bằng xếp hạng Di tích Nơi thành lập Đội du kích Bắc Sơn.", ["Bắc Sơn"], ["Đội du kích Bắc Sơn"]),
])
def test_small_led_names_districts_and_relics(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


def test_a_unit_that_acts_after_a_venue_is_the_titles_subject():
    row = extract_text("Sáng 23/11/2025, tại Di tích lịch sử Nam Kỳ khởi nghĩa, tỉnh Đồng Tháp tổ chức lễ kỷ niệm 85 năm.",
                       reference_date=REF).iloc[0]
    assert row["title"] == "Tỉnh Đồng Tháp tổ chức lễ kỷ niệm 85 năm"


@pytest.mark.parametrize("sentence,orgs", [
    # the United Nations written small acts at a clause's head; inside another name it does not
    ("Năm 1977, Liên hợp quốc chính thức công nhận ngày 8/3 là Ngày Quốc tế Phụ nữ.", ["Liên hợp quốc"]),
    ("Năm 2019, Đại lễ Vesak Liên hợp quốc được tổ chức tại chùa Tam Chúc.", []),
])
def test_the_united_nations_written_small(sentence, orgs):
    assert list(extract_text(sentence, reference_date=REF).iloc[0]["organisations"]) == orgs


@pytest.mark.parametrize("sentence,places,orgs", [
    # a museum's branch is one body with it; a town's address ends in its country; a body's short
    # name after a meeting's word is no place
    ("Sáng 5/6/2025, tại Bảo tàng Hồ Chí Minh – Chi nhánh Thành phố Hồ Chí Minh (Bến Nhà Rồng), người dân dâng hương.",
     ["Thành phố Hồ Chí Minh", "Nhà Rồng"], ["Bảo tàng Hồ Chí Minh - Chi nhánh Thành phố Hồ Chí Minh"]),
    ("Chiều 22/1/2026, tại thị trấn Davos, Thụy Sĩ, Thủ tướng đã dự phiên thảo luận.", ["Davos", "Thụy Sĩ"], []),
    ("Tháng 6/2025, Thủ tướng đã dự Hội nghị WEF mùa hè tại Thiên Tân, Trung Quốc.", ["Thiên Tân", "Trung Quốc"], []),
])
def test_branches_towns_and_short_names_of_meetings(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


def test_a_country_opening_a_bracketed_aside_after_a_name_and_since_then_with_no_body():
    row = extract_text("Rạng sáng 26/4/1986, lò phản ứng số 4 của nhà máy Chernobyl (Ukraine, khi đó thuộc Liên Xô) phát nổ.",
                       reference_date=REF).iloc[0]
    assert list(row["places"]) == ["Ukraine", "Liên Xô"]
    df = extract_text("Ngày 28/11/1959, Chủ tịch Hồ Chí Minh viết bài đăng trên báo Nhân Dân. Từ đó đến nay, Tết trồng "
                      "cây đã trở thành nét đẹp văn hóa.", reference_date=REF)
    assert list(df["organisations"]) == [["Báo Nhân Dân"], []]


def test_the_north_of_a_foreign_land_is_that_land():
    row = extract_text("Năm 2018, đám cháy Camp ở miền Bắc California làm 85 người thiệt mạng.", reference_date=REF).iloc[0]
    assert list(row["places"]) == ["California"]


def test_a_hamlet_the_gazetteer_knows_written_small():
    row = extract_text("Ngày 2/1/1963, tại ấp Bắc, xã Tân Phú, huyện Cai Lậy, quân ta đánh bại cuộc càn.",
                       reference_date=REF).iloc[0]
    assert list(row["places"]) == ["Ấp Bắc", "Tân Phú", "Cai Lậy"]


@pytest.mark.parametrize("sentence,orgs", [
    # a body in the passive with the year its advice began is who gave it, no forecaster
    ("Vắc xin HPV được Tổ chức Y tế Thế giới khuyến cáo từ năm 2009.", ["Tổ chức Y tế Thế giới"]),
    # societies named with 'hội' last
    ("Năm 1904, ông cùng các đồng chí thành lập Duy Tân hội.", ["Duy Tân hội"]),
])
def test_passive_advisers_and_old_societies(sentence, orgs):
    assert list(extract_text(sentence, reference_date=REF).iloc[0]["organisations"]) == orgs


@pytest.mark.parametrize("sentence,orgs", [
    # words of a body's work written small after its capital: heritage, tropical diseases, defence
    ("Ngày 27/6/2011, Ủy ban Di sản thế giới họp tại Paris.", ["Ủy ban Di sản thế giới"]),
    ("Ngày 5/4/2025, ông được chuyển lên Bệnh viện Bệnh Nhiệt đới Trung ương.", ["Bệnh viện Bệnh Nhiệt đới Trung ương"]),
    ("Năm 2004, Trung tâm Bảo tồn di sản tiến hành khai quật.", ["Trung tâm Bảo tồn di sản"]),
    ("Ngày 5/4/2025, Ban Chỉ huy Phòng thủ khu vực 1 tổ chức hội thao.", ["Ban Chỉ huy Phòng thủ khu vực 1"]),
])
def test_bodies_named_for_their_work_written_small(sentence, orgs):
    assert names_of(sentence)[1] == orgs


@pytest.mark.parametrize("sentence,places", [
    # a people's name after a village or a tower word is no place; a tower's own name is
    ("Ngày 9/10/2025, lễ hội diễn ra tại các đền tháp và làng Chăm trên địa bàn tỉnh.", []),
    ("Ngày 5/6/2025, du khách tham quan tháp Chăm Pô Nagar.", ["Pô Nagar"]),
    ("Ngày 5/6/2025, lễ hội diễn ra tại các bản Tày, Nùng và làng Dao Tiền.", []),
    ("Năm 1992, Tháp Rùa được trùng tu.", ["Tháp Rùa"]),
    ("Sáng 9/10/2025, lễ khai mạc diễn ra tại Khu di tích tháp Pô Klong Garai.", ["Pô Klong Garai"]),
    # a unit's name that begins like a people's stays whole
    ("Ngày 4/7/2024, UBND tỉnh Thái Nguyên tổ chức hội nghị.", ["Thái Nguyên"]),
    # a lecture hall, numbered, is no street
    ("Ngày 15/11/1945, nhà trường khai giảng tại giảng đường số 19 Lê Thánh Tông, Hà Nội.", ["Hà Nội"]),
])
def test_peoples_towers_and_halls(sentence, places):
    assert names_of(sentence)[0] == places


@pytest.mark.parametrize("sentence,orgs", [
    # an abbreviation in brackets closes a name: 'và' after it joins another body
    ("Ngày 27/11/2026, Ngân hàng Á Châu (ACB) và Ngân hàng Quân đội tăng lãi suất.", ["Ngân hàng Á Châu", "Ngân hàng Quân đội"]),
    # a brand after 'và' is another body, not a field of the name ('… Nông nghiệp và Phát triển Nông thôn')
    ("Ngày 27/11/2026, Ngân hàng TMCP Á Châu và Techcombank tăng lãi suất.", ["Ngân hàng TMCP Á Châu", "Techcombank"]),
    ("Ngày 27/11/2026, Ngân hàng Nông nghiệp và Phát triển Nông thôn tăng lãi suất.",
     ["Ngân hàng Nông nghiệp và Phát triển Nông thôn"]),
    # a sponsor's brand before a league or a race names the competition, no body
    ("Vòng 7 LPBank V-League 1 diễn ra từ ngày 28 đến 30/11/2025.", []),
])
def test_bodies_joined_by_and_and_sponsors(sentence, orgs):
    assert names_of(sentence)[1] == orgs


@pytest.mark.parametrize("sentence,places,orgs", [
    # a sponsor's brand inside a tournament's name is no body
    ("Chiều 14/3/2026, ván cuối của Giải cờ vua quốc tế HDBank lần thứ 14 khép lại.", [], []),
    # a continent after a championship's words names the championship
    ("Tháng 4/2026, anh sẽ dự Giải vô địch cờ vua châu Á tại Kazakhstan.", ["Kazakhstan"], []),
    ("Năm 2018, U23 Việt Nam giành ngôi á quân châu Á.", [], []),
    # a site named after an old capital is the site
    ("Sáng 3/3/2026, Ngày Thơ Việt Nam diễn ra tại Khu di tích Hoàng thành Thăng Long.", ["Hoàng thành Thăng Long"], []),
    # the court at Huế is at Huế ('triều đình': no communal house)
    ("Năm 1884, triều đình Huế ký hiệp ước Giáp Thân.", ["Huế"], []),
])
def test_sponsors_championships_sites_and_courts(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


def test_here_opening_a_sentence_is_where_the_one_before_ended():
    df = extract_text("Năm 1885, vua Hàm Nghi rời kinh thành ra sơn phòng Tân Sở (Quảng Trị). Tại đây, ngày 13/7/1885, "
                      "Tôn Thất Thuyết ra Chiếu Cần Vương.", reference_date=REF)
    assert list(df.iloc[1]["places"]) == ["Tân Sở", "Quảng Trị"]


def test_where_a_named_rising_was_after_its_bracketed_years():
    df = extract_text("Tiêu biểu là khởi nghĩa Ba Đình (1886 – 1887) ở Thanh Hóa và khởi nghĩa Bãi Sậy (1883 – 1892) "
                      "ở Hưng Yên.", reference_date=REF)
    assert [list(p) for p in df["places"]] == [["Ba Đình", "Thanh Hóa"], ["Bãi Sậy", "Hưng Yên"]]


@pytest.mark.parametrize("sentence,places,orgs", [
    # bodies known by their short names, and a tournament named after one
    ("Tháng 11/2022, NASA đã phóng tàu Artemis I.", [], ["NASA"]),
    ("Năm 2026, FIFA World Cup diễn ra tại Mỹ.", ["Mỹ"], []),
    # a state after a body's name, and a space centre's name written small
    ("Ngày 6/2/2026, tên lửa rời bệ phóng tại Trung tâm Vũ trụ Kennedy, bang Florida.", ["Florida"],
     ["Trung tâm Vũ trụ Kennedy"]),
    # a governor's state is his post's domain
    ("Ngày 8/1/2025, Thống đốc bang California ban bố tình trạng khẩn cấp.", [], []),
    # roads numbered and written small, but not a stretch measured, nor a campaign named after a road
    ("Ngày 4/3/1975, quân giải phóng cắt đứt đường 19 và đường 21.", ["Đường 19", "Đường 21"], []),
    ("Ngày 4/3/2025, đoạn đường 3 km bị sạt lở.", [], []),
    ("Năm 1971, Sư đoàn 304 chiến đấu trong chiến dịch Đường 9 - Nam Lào.", [], ["Sư đoàn 304"]),
])
def test_short_names_states_and_roads(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


@pytest.mark.parametrize("sentence,places,orgs", [
    # a festival written with 'Hội' is no association
    ("Sáng 22/5/2026, Ban Tổ chức khai mạc Hội Gióng đền Phù Đổng.", ["Phù Đổng"], []),
    ("Ngày 5/2/2026, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị.", [], ["Hội Liên hiệp Phụ nữ tỉnh"]),
])
def test_festivals_written_with_hoi(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


def test_a_life_span_after_a_name_is_where_the_life_began():
    df = extract_text("Nhà thơ Chế Lan Viên (1920 – 1989) tên thật là Phan Ngọc Hoan, sinh tại xã Cam An, huyện Cam Lộ, "
                      "tỉnh Quảng Trị.", reference_date=REF)
    assert list(df.iloc[0]["places"]) == ["Cam An", "Cam Lộ", "Quảng Trị"]
    assert list(df.iloc[0]["persons"]) == ["Chế Lan Viên"]


def test_earth_hour_is_a_campaign_and_wwf_keeps_its_words():
    places, orgs = names_of("Năm 2007, Chiến dịch Giờ Trái đất do Quỹ Quốc tế Bảo vệ Thiên nhiên (WWF) khởi xướng tại "
                            "Sydney (Australia).")
    assert places == ["Sydney", "Australia"] and orgs == ["Quỹ Quốc tế Bảo vệ Thiên nhiên"]


def test_a_movement_known_by_its_name_is_a_body():
    assert names_of("Ngày 7/10/2023, Hamas tấn công bất ngờ vào miền Nam Israel.") == (["Israel"], ["Hamas"])


@pytest.mark.parametrize("sentence", [
    # posts of a unit's command give no body, as every post
    "Sáng 28/10/2026, tổ tuần tra do Đại úy Hoàng Văn Khánh, Đội trưởng Đội Vũ trang dẫn đầu đã lên đường.",
    "Năm 2020, ông Nông Văn Tuyến, Chính trị viên Đồn Biên phòng Bình Nghi, cho biết đơn vị đã bắt giữ 12 vụ.",
])
def test_posts_of_a_command_give_no_body(sentence):
    assert names_of(sentence)[1] == []


@pytest.mark.parametrize("sentence,places", [
    # where a force or a court moved is a place, known to the gazetteer or not
    ("Tháng 5 năm 43, Hai Bà Trưng rút về Cấm Khê.", ["Cấm Khê"]),
    ("Năm 1010, Lý Công Uẩn dời đô về Đại La.", ["Đại La"]),
    # a bridge's kind written small before its name
    ("Ngày 5/3/2025, cầu treo Nà Pàn được khánh thành.", ["Nà Pàn"]),
    # the three regions together are the country's people, no region
    ("Năm 2025, lễ hội thu hút du khách ba miền Bắc, Trung, Nam.", []),
])
def test_moves_bridges_and_the_three_regions(sentence, places):
    assert names_of(sentence)[0] == places


@pytest.mark.parametrize("sentence,orgs", [
    # a feast named after a body names no body of the event; a greeting for Christmas wishes a body well
    ("Tối 6/5/2025, Giáo hội Phật giáo Việt Nam khai mạc Đại lễ Phật đản Liên Hợp Quốc (Vesak) năm 2025.",
     ["Giáo hội Phật giáo Việt Nam"]),
    # a department's words written small
    ("Ngày 9/2/2026, Chi cục Chăn nuôi và Thú y tỉnh tiêu hủy đàn gà.", ["Chi cục Chăn nuôi và Thú y tỉnh"]),
])
def test_feasts_named_after_bodies_and_departments(sentence, orgs):
    assert names_of(sentence)[1] == orgs


def test_a_race_named_after_a_paper_and_a_climb_names_no_mountain():
    assert names_of("Sáng 8/3/2026, tại Quảng Ninh, Giải Việt dã toàn quốc và Leo núi Báo Tiền Phong khép lại.") \
        == (["Quảng Ninh"], [])


def test_the_merged_paper_and_broadcaster_keeps_its_comma():
    assert names_of("Sáng 2/3/2026, Công an tỉnh phối hợp với Báo và Phát thanh, Truyền hình Lạng Sơn phát động "
                    "cuộc thi.")[1] == ["Công an tỉnh Lạng Sơn", "Báo và Phát thanh, Truyền hình Lạng Sơn"]


@pytest.mark.parametrize("sentence,row,places,orgs", [
    # a predicate a comma joins shares the named subject the sentence opens with
    ("Đình Kim Lũ được dựng vào cuối thế kỷ XVII, trùng tu lớn vào năm 1867.", 1, ["Kim Lũ"], []),
    # after an opening phrase, and on through a predicate 'và' joins next
    ("Trước đó, cầu Kỳ Cùng cũ được xây dựng năm 1962, bị đánh sập năm 1979 và được xây lại năm 1983.", 2,
     ["Kỳ Cùng"], []),
    ("Nhà máy Thủy điện Hòa Bình khởi công ngày 6/11/1979, khánh thành ngày 20/12/1994, là công trình lớn nhất.", 1,
     ["Hòa Bình"], ["Nhà máy Thủy điện Hòa Bình"]),
    # a clause with names of its own keeps only its own
    ("Trường THPT Việt Bắc được thành lập năm 1945, đến năm 1960 chuyển về Lạng Sơn.", 1, ["Lạng Sơn"], []),
])
def test_a_predicate_joined_by_a_comma_shares_the_named_subject(sentence, row, places, orgs):
    assert names_of(sentence, row) == (places, orgs)


def test_a_description_after_the_verb_is_no_title():
    event = extract_text("Cầu Long Biên được xây dựng năm 1898, khánh thành năm 1902, là cây cầu thép đầu tiên.",
                         reference_date=REF).iloc[1]
    assert "khánh thành" in event["title"] and "cây cầu thép" not in event["title"]


@pytest.mark.parametrize("sentence,places", [
    # the country in a law's title is the law's scope
    ("Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam được Quốc hội thông qua "
     "ngày 24/6/2023.", []),
    # but a place after the law's title, once a word has ended it, is the event's
    ("Ngày 5/3/2025, ông tuyên truyền Luật Giao thông cho học sinh tại Trường Tiểu học Kim Đồng ở Lạng Sơn.",
     ["Lạng Sơn"]),
    ("Ngày 18/1/2024, Luật Đất đai được thông qua tại Hà Nội.", ["Hà Nội"]),
])
def test_a_place_inside_a_laws_title(sentence, places):
    assert names_of(sentence)[0] == places


@pytest.mark.parametrize("sentence,orgs", [
    # civil defence and immigration, written small inside a capitalised name
    ("Ngày 2/10/2025, Ban Chỉ đạo Phòng thủ dân sự quốc gia họp.", ["Ban Chỉ đạo Phòng thủ dân sự quốc gia"]),
    ("Ngày 5/3/2025, Cục Quản lý xuất nhập cảnh cấp 100 hộ chiếu.", ["Cục Quản lý xuất nhập cảnh"]),
    # so a ministry in brackets after a source is the source's, no body of the event
    ("Theo Cục Quản lý xuất nhập cảnh (Bộ Công an), trong 7 tháng đầu năm 2023, khách quốc tế tăng.", []),
    ("Năm 1931, Quốc tế Cộng sản công nhận Đảng Cộng sản Đông Dương.", ["Quốc tế Cộng sản", "Đảng Cộng sản Đông Dương"]),
    ("Ngày 5/3/2025, Cảnh sát biển Việt Nam bắt giữ tàu.", ["Cảnh sát biển Việt Nam"]),
])
def test_bodies_with_words_written_small(sentence, orgs):
    assert names_of(sentence)[1] == orgs


@pytest.mark.parametrize("sentence,orgs", [
    # a navy named with its country is a body (the country in its name places nothing)
    ("Sáng 2/8/2024, tàu INS Shivalik của Hải quân Ấn Độ cập cảng.", ["Hải quân Ấn Độ"]),
    # an arm after a numbered unit is part of its name
    ("Ngày 2/8/2024, Bộ Tư lệnh Vùng 3 Hải quân đón tàu.", ["Bộ Tư lệnh Vùng 3 Hải quân"]),
    # a club's sport written small, and its owner's brand after a dash
    ("Tối 23/10/2024, Câu lạc bộ bóng đá Thể Công – Viettel tổ chức lễ kỷ niệm.", ["Câu lạc bộ bóng đá Thể Công - Viettel"]),
    ("Tối 23/10/2024, Câu lạc bộ Bóng đá Hà Nội tổ chức lễ.", ["Câu lạc bộ Bóng đá Hà Nội"]),
])
def test_navies_numbered_units_and_clubs(sentence, orgs):
    assert names_of(sentence)[1] == orgs


def test_two_dates_of_one_clause_each_after_its_own_body():
    sentence = ("Đây là lần thứ ba tàu nước ngoài thăm Đà Nẵng trong năm 2024, sau tàu của Hải quân Nhật Bản hồi "
                "tháng 3 và tàu của Hải quân Pháp vào tháng 6.")
    assert [names_of(sentence, k)[1] for k in (0, 1)] == [["Hải quân Nhật Bản"], ["Hải quân Pháp"]]


@pytest.mark.parametrize("sentence,places", [
    # a lord's title holding a province's name is no place
    ("Đầu năm 1418, Lê Lợi dựng cờ khởi nghĩa ở Lam Sơn (Thanh Hóa), tự xưng là Bình Định Vương.", ["Lam Sơn", "Thanh Hóa"]),
    ("Năm 1788, Bắc Bình Vương Nguyễn Huệ lên ngôi.", []),
    # a pact named after where it was sworn names its place
    ("Ngày 10/12/1427, Hội thề Đông Quan được tổ chức.", ["Đông Quan"]),
])
def test_lords_titles_and_pacts(sentence, places):
    assert names_of(sentence)[0] == places


@pytest.mark.parametrize("sentence,places", [
    # a route's two ends: the one the gazetteer does not know is a place too
    ("Ngày 8/8/2024, tuyến đường sắt đô thị Nhổn – ga Hà Nội chính thức vận hành, với 8 nhà ga từ Nhổn đến Cầu Giấy.",
     ["Nhổn", "Hà Nội", "Cầu Giấy"]),
    ("Ngày 6/11/2021, tuyến Cát Linh – Hà Đông đi vào khai thác.", ["Cát Linh", "Hà Đông"]),
    # but days of the week are no route's ends
    ("Ngày 5/3/2025, ông làm việc từ Thứ Hai đến Thứ Sáu tại Hà Nội.", ["Hà Nội"]),
    # a volcano, and its bare foreign name told again later
    ("Ngày 9/12/2024, núi lửa Kanlaon phun trào. Ngày 10/12/2024, Kanlaon tiếp tục phun trào.", ["núi lửa Kanlaon"]),
])
def test_routes_and_volcanoes(sentence, places):
    assert names_of(sentence, -1)[0] == places


def test_a_vietnamese_syllable_alone_is_no_place_told_again():
    assert names_of("Ngày 5/3/2025, sông Hồng lên cao. Ngày 6/3/2025, Hồng về quê.", 1)[0] == []


def test_a_central_banks_name_written_small():
    assert names_of("Cục Dự trữ liên bang Mỹ (Fed) họp vào ngày 9 – 10/12/2025.")[1] == ["Cục Dự trữ liên bang Mỹ"]


def test_a_sessions_month_in_brackets_is_when_the_sentence_tells_it_happens():
    sentence = ("Dự án luật dự kiến được trình Quốc hội cho ý kiến tại Kỳ họp thứ 10 (tháng 10/2025) và thông qua "
                "tại Kỳ họp thứ 11 (tháng 5/2026).")
    assert [names_of(sentence, k)[1] for k in (0, 1)] == [["Quốc hội"], ["Quốc hội"]]


def test_brands_listed_with_and_are_each_a_body():
    assert names_of("Ngày 11/11/2025, doanh số trên các sàn Shopee, Lazada, Tiki và Sendo tăng mạnh.")[1] \
        == ["Shopee", "Lazada", "Tiki", "Sendo"]


@pytest.mark.parametrize("sentence,places", [
    # a language is no country
    ("Năm 1994, tác phẩm được dịch sang tiếng Anh và phát hành tại London.", ["London"]),
    ("Năm 1990, ông sang Anh học tập.", ["Anh"]),
    # a walking street named after a man is the street
    ("Chiều 9/4/2026, đoàn biểu diễn tại phố đi bộ Nguyễn Đình Chiểu.", ["Phố Nguyễn Đình Chiểu"]),
    # after a move, two small words are a verb, not common nouns before a name
    ("Từ năm 2023, thành phố chuyển sang tổ chức Festival 4 mùa.", []),
])
def test_languages_walking_streets_and_moves(sentence, places):
    assert names_of(sentence)[0] == places


def test_an_association_written_half_small_and_its_short_name_later():
    text = ("Sáng 19/9/2024, Hội Bảo vệ thiên nhiên và môi trường Việt Nam (VACNE) tổ chức lễ. "
            "Chương trình được VACNE khởi động từ năm 2010.")
    assert [names_of(text, k)[1] for k in (0, 1)] == [["Hội Bảo vệ thiên nhiên và môi trường Việt Nam"]] * 2


def test_a_quick_reports_source_is_no_party():
    text = ("Chiều 3/11/2025, mưa đá xảy ra. Theo báo cáo nhanh của Ban Chỉ huy Phòng thủ dân sự tỉnh, đến 19 giờ "
            "cùng ngày, có 213 ngôi nhà bị tốc mái.")
    assert names_of(text, 1)[1] == []


def test_a_records_body_written_half_small():
    assert names_of("Năm 2012, chùa được Tổ chức Kỷ lục Việt Nam công nhận.")[1] == ["Tổ chức Kỷ lục Việt Nam"]


@pytest.mark.parametrize("sentence,places", [
    # numbered districts and wards written short
    ("Ngày 14/6/2025, vụ cháy xảy ra ở Q.1, TP.HCM.", ["Quận 1", "Thành phố Hồ Chí Minh"]),
    ("Ngày 14/6/2025, cháy tại P.6, Q.8, TP.HCM.", ["Phường 6", "Quận 8", "Thành phố Hồ Chí Minh"]),
])
def test_numbered_units_written_short(sentence, places):
    assert names_of(sentence)[0] == places


def test_a_country_after_the_part_of_it_a_province_is_in():
    assert names_of("Ngày 23/6/2018, đội bóng mắc kẹt trong hang Tham Luang ở tỉnh Chiang Rai, miền bắc Thái Lan.")[0] \
        == ["Tham Luang", "Chiang Rai", "Thái Lan"]


def test_a_scholarships_giver_is_no_party():
    assert names_of("Ngày 15/1/2026, Đại sứ quán Australia tại Việt Nam mở đơn Học bổng Chính phủ Australia.")[1] \
        == ["Đại sứ quán Australia tại Việt Nam"]


@pytest.mark.parametrize("sentence,orgs", [
    # a name of two parts joined by a dash
    ("Sáng 23/7/2025, Bảo tàng Phòng không – Không quân tổ chức tọa đàm.", ["Bảo tàng Phòng không - Không quân"]),
    ("Năm 1965, ông gia nhập Quân chủng Phòng không - Không quân.", ["Quân chủng Phòng không - Không quân"]),
])
def test_a_name_of_two_parts_joined_by_a_dash(sentence, orgs):
    assert names_of(sentence)[1] == orgs


@pytest.mark.parametrize("sentence,places", [
    # what a meeting is about is no place of it
    ("Ngày 8/5/1954, Hội nghị Genève về Đông Dương khai mạc tại Thụy Sĩ.", ["Genève", "Thụy Sĩ"]),
    ("Ngày 5/3/2024, hội thảo khoa học về Hà Nội được tổ chức tại Huế.", ["Huế"]),
    ("Ngày 5/3/2024, đoàn trở về Hà Nội.", ["Hà Nội"]),
])
def test_what_a_meeting_is_about(sentence, places):
    assert names_of(sentence)[0] == places


@pytest.mark.parametrize("sentence,places", [
    # a gulf drops its word before a two-syllable name, as a river does; a river mouth keeps it before one
    ("Ngày 5/3/2024, tàu du lịch trên vịnh Hạ Long bị chìm.", ["Hạ Long"]),
    ("Ngày 5/3/2024, tàu cá cập cửa Nhượng an toàn.", ["cửa Nhượng"]),
    # (a shop is no river mouth)
    ("Ngày 5/3/2024, ông mở cửa hàng ở Hà Nội.", ["Hà Nội"]),
])
def test_gulfs_and_river_mouths(sentence, places):
    assert names_of(sentence)[0] == places


def test_a_labelled_dates_title_is_its_label():
    df = extract_text("Các mốc thời gian:\n- Hạn nộp tóm tắt: 15/3/2026.\n- Hạn nộp toàn văn: 30/6/2026.\n",
                      reference_date=REF)
    assert list(df["title"]) == ["Hạn nộp tóm tắt", "Hạn nộp toàn văn"]


def test_what_a_speaker_passes_on_is_the_later_days():
    # the day the sentence opens with is when it was said; the fault told inside what was said,
    # with a day of its own, takes the told words and their names
    sentence = ("Sáng nay (15/1), đại diện Cục Viễn thông (Bộ Thông tin và Truyền thông) cho biết tuyến cáp quang biển đã gặp sự cố trên "
                "nhánh kết nối về Việt Nam từ khoảng 3h ngày 13/1, làm giảm dung lượng kết nối.")
    df = extract_text(sentence, reference_date=REF)
    assert list(df["edtf"]) == ["2020-01-15", "2020-01-13"]
    assert df["title"].iloc[1].startswith("Tuyến cáp quang biển đã gặp sự cố")
    # (who speaks is no body of the event, nor the ministry it belongs to, in brackets)
    assert names_of(sentence, 0) == ([], []) and names_of(sentence, 1)[0] == ["Việt Nam"]
    # (a body announcing its own act is that act's body: 'thông báo' passes on nothing)
    notice = "Ngày 15/8, Sở Giáo dục và Đào tạo thông báo lùi thời gian tựu trường đến ngày 1/9."
    assert names_of(notice, 1)[1] == ["Sở Giáo dục và Đào tạo"]


@pytest.mark.parametrize("sentence,row,places", [
    # a predicate after a comma shares the subject though the first one goes on past its date
    ("Thành cổ Quảng Trị được xây dựng năm 1809 bằng đất, đến năm 1837 thì được xây lại bằng gạch.", 1,
     ["Thành cổ Quảng Trị"]),
    ("Đình Kim Lũ được dựng vào cuối thế kỷ XVII bằng gỗ lim, trùng tu lớn vào năm 1867.", 1, ["Kim Lũ"]),
])
def test_a_comma_predicate_after_words_that_end_the_first(sentence, row, places):
    assert names_of(sentence, row)[0] == places


@pytest.mark.parametrize("sentence,places,orgs", [
    # 'Hoạt động' is one capitalised word of a body's name: its small second syllable is no cave
    ("Ngày 19/11/2023, Trung tâm Hoạt động Văn hóa Khoa học Văn Miếu tổ chức lễ tôn vinh.", ["Văn Miếu"],
     ["Trung tâm Hoạt động Văn hóa Khoa học Văn Miếu"]),
    # an old administration's 'trấn' is a unit; a governor's title ending in it before his name is not
    ("Năm 1802, Văn Miếu trở thành Văn Miếu của trấn Bắc Thành.", ["Văn Miếu", "Bắc Thành"], []),
    ("Năm 1778, Đốc trấn Ngô Thì Sĩ cho xây chùa.", [], []),
    ("Năm 1860, ông làm Tuần phủ Hà Nội.", ["Hà Nội"], []),
    # reefs listed after their word, as communes are
    ("Ngày 14/3/1988, tại các bãi đá Gạc Ma, Cô Lin, Len Đao thuộc quần đảo Trường Sa, 64 chiến sĩ đã hy sinh.",
     ["Gạc Ma", "Cô Lin", "Len Đao", "Trường Sa"], []),
    # the city a cup or an award is named after is no place of what is told
    ("Ngày 3/4/2025, giải đua xe đạp tranh Cúp Truyền hình Thành phố Hồ Chí Minh khởi tranh tại Vũng Tàu.",
     ["Vũng Tàu"], []),
    ("Ngày 5/3/2025, ông nhận Giải thưởng Văn học Thành phố Hồ Chí Minh tại Hà Nội.", ["Hà Nội"], []),
    # a known theatre is the venue, not the province its name shares; a sluice is a place
    ("Tối 27/2/2024, tại Nhà hát Hòa Bình, Thành phố Hồ Chí Minh, đêm nhạc được tổ chức.",
     ["Nhà hát Hòa Bình", "Thành phố Hồ Chí Minh"], []),
    ("Ngày 5/2/2025, tỉnh Tiền Giang đã đóng cống Xuân Hòa để ngăn mặn.", ["Tiền Giang", "Xuân Hòa"], []),
    ("Ngày 5/2/2025, công nhân nạo vét cống thoát nước tại Hà Nội.", ["Hà Nội"], []),
    # (a body named after the city still places it)
    ("Ngày 5/3/2025, Đài Truyền hình Thành phố Hồ Chí Minh tổ chức lễ tại Vũng Tàu.",
     ["Thành phố Hồ Chí Minh", "Vũng Tàu"], ["Đài Truyền hình Thành phố Hồ Chí Minh"]),
])
def test_names_of_a_history_page_and_a_race(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


def test_an_era_that_dates_a_thing_shares_what_its_clause_tells():
    # 'triều Lê' dates the steles: a date still, but no cut in what the register's day tells
    df = extract_text("Ngày 9/3/2010, 82 bia đá các khoa thi tiến sĩ triều Lê và Mạc được UNESCO công nhận "
                      "là Di sản tư liệu thế giới.", reference_date=REF)
    assert list(df["date_text"]) == ["9/3/2010", "triều Lê"]
    assert all(t.startswith("82 bia đá các khoa thi tiến sĩ triều Lê và Mạc được UNESCO công nhận") for t in df["title"])
    assert all(list(o) == ["UNESCO"] for o in df["organisations"])
    # (after a verb an era is a time of its own)
    alone = extract_text("Ngôi chùa được xây dựng từ thời Lê.", reference_date=REF)
    assert list(alone["date_text"]) == ["thời Lê"]


@pytest.mark.parametrize("sentence,places,orgs", [
    # a memorial named after a man places nothing; its commune does
    ("Sáng 28/11/2025, tại Khu lưu niệm Nguyễn Du, xã Tiên Điền, UBND tỉnh Hà Tĩnh tổ chức hội thảo.", ["Tiên Điền", "Hà Tĩnh"],
     ["Ủy ban nhân dân tỉnh Hà Tĩnh"]),
    # a life's span takes where he was born and his home town, an address's word between its parts
    ("Đại thi hào Nguyễn Du (1765 – 1820), tên chữ Tố Như, sinh ra tại phường Bích Câu, kinh thành Thăng Long, "
     "quê ở làng Tiên Điền, huyện Nghi Xuân.", ["Bích Câu", "Thăng Long", "Tiên Điền", "Nghi Xuân"], []),
    ("Trần Tế Xương (1870-1907) còn gọi là Tú Xương, quê ở Vị Xuyên, Mỹ Lộc, Nam Định.", ["Vị Xuyên", "Mỹ Lộc", "Nam Định"], []),
    # an embassy goes to a country; a country's envoy comes from it
    ("Năm 1813, ông đi sứ Trung Quốc.", ["Trung Quốc"], []),
    ("Năm 1813, sứ Trung Quốc sang thăm.", [], []),
    # 'CLB' is a club; a known club's name holds a family name and a province; 'chính thức' ends a name
    ("Năm 2023, anh được CLB Seoul E-Land (Hàn Quốc) cho mượn.", ["Hàn Quốc"], ["Câu lạc bộ Seoul E-Land"]),
    ("Anh ra mắt năm 2015 trong màu áo Hoàng Anh Gia Lai.", [], ["Hoàng Anh Gia Lai"]),
    ("Ngày 1/7/2025, Câu lạc bộ Thép Xanh Nam Định chính thức công bố bản hợp đồng mới.", ["Nam Định"],
     ["Câu lạc bộ Thép Xanh Nam Định"]),
    ("Ngày 30/11/2025, Hội đồng bầu cử quốc gia tổ chức hội nghị.", [], ["Hội đồng bầu cử quốc gia"]),
])
def test_names_of_a_poet_a_footballer_and_an_election(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


def test_a_city_opening_the_sentence_after_a_capitalised_preposition():
    # 'Tại' written capital before 'Thành phố' is no part of a name ('Minh Thành Tổ' is)
    sentence = "Tại Thành phố Hồ Chí Minh, hiện tượng này đã xảy ra vào ngày 17/4/2025 và sẽ lặp lại vào ngày 25/8/2025."
    assert names_of(sentence, 0)[0] == ["Thành phố Hồ Chí Minh"]
    assert names_of(sentence, 1)[0] == ["Thành phố Hồ Chí Minh"]


@pytest.mark.parametrize("sentence,places,orgs", [
    # a tunnel is a place, as a bridge is
    ("Hầm Hải Vân được khởi công ngày 27/8/2000.", ["Hải Vân"], []),
    # a church named by its place ('thánh đường', not a street: 'đường')
    ("Ngày 22/8/1961, Tòa Thánh Vatican nâng thánh đường La Vang lên hàng Tiểu Vương cung Thánh đường.",
     ["La Vang"], ["Tòa Thánh Vatican"]),
    # 'Hành hương' is one capitalised word of a centre's name
    ("Ngày 13/8/2026, đại hội diễn ra tại Trung tâm Hành hương Đức Mẹ La Vang, xã Hải Phú.", ["Hải Phú"],
     ["Trung tâm Hành hương Đức Mẹ La Vang"]),
])
def test_names_of_a_tunnel_and_a_pilgrimage(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


def test_a_place_told_whole_is_the_subject_it_opens_again():
    text = ("Sáng 22/5/2026, tại Đàn Nam Giao, phường Trường An, thành phố Huế, Trung tâm Bảo tồn Di tích Cố đô Huế "
            "tổ chức tái hiện Lễ tế Nam Giao triều Nguyễn.\n\nĐàn Nam Giao được vua Gia Long cho xây dựng vào năm 1806.")
    df = extract_text(text, reference_date=REF)
    first = df[df["edtf"] == "2026-05-22"].iloc[0]
    # (the former capital in the centre's name is the city; the era after the rite's name dates the rite)
    assert list(first["places"]) == ["Đàn Nam Giao", "Trường An", "Huế"]
    assert list(first["organisations"]) == ["Trung tâm Bảo tồn Di tích Cố đô Huế"]
    assert all(t == first["title"] for t in df[df["edtf"] != "1806"]["title"])
    assert list(df[df["edtf"] == "1806"].iloc[0]["places"]) == ["Đàn Nam Giao"]
    # (a survey cited with 'Theo' gives no body nor its province)
    assert names_of("Theo khảo sát của Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh, ngày 5/3/2025, "
                    "doanh nghiệp cho công nhân nghỉ.") == ([], [])


@pytest.mark.parametrize("sentence,places,orgs", [
    ("Từ tháng 6/2025, Hội đồng Sơ khảo đã làm việc.", [], ["Hội đồng Sơ khảo"]),
    ("Tối 5/12/2025, lễ trao giải diễn ra tại Nhà hát Hồ Gươm, Hà Nội.", ["Nhà hát Hồ Gươm", "Hà Nội"], []),
])
def test_a_jury_and_a_theatre(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


@pytest.mark.parametrize("sentence,places,orgs", [
    # world cities are places wherever they stand
    ("Ngày 5/3/2025, Vietnam Airlines mở đường bay mới tới Milan.", ["Milan"], ["Vietnam Airlines"]),
    ("Ngày 5/3/2025, đoàn công tác thăm Seoul và Busan.", ["Seoul", "Busan"], []),
    # the United Nations' bodies, named whole ('Nhi đồng', 'Liên hợp quốc' written small after a capital)
    ("Ngày 5/3/2025, Quỹ Nhi đồng Liên hợp quốc (UNICEF) trao tặng vắc xin.", [], ["Quỹ Nhi đồng Liên hợp quốc"]),
    ("Năm 1999, Đại hội đồng Liên Hợp Quốc thông qua nghị quyết.", [], ["Đại hội đồng Liên hợp quốc"]),
])
def test_world_cities_and_the_united_nations(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


@pytest.mark.parametrize("sentence,places,orgs", [
    # a firm's own name after its trade word written small
    ("Ngày 5/3/2025, hãng xe Toyota ra mắt mẫu xe mới tại Hà Nội.", ["Hà Nội"], ["Toyota"]),
    ("Từ năm 1960 đến 1964, ông làm cho hãng Reuters.", [], ["Reuters"]),
    # a temple named after the heroine it honours places nothing (one named after its place does)
    ("Năm 1979, đền Bà Triệu được Bộ Văn hóa xếp hạng di tích quốc gia.", [], ["Bộ Văn hóa"]),
    ("Năm 1979, đền Kỳ Cùng được trùng tu.", ["Kỳ Cùng"], []),
])
def test_firms_and_temples(sentence, places, orgs):
    assert names_of(sentence) == (places, orgs)


def test_an_auction_abroad():
    sentence = ("Tối qua (2/4, giờ Hồng Kông), tại phiên đấu giá của nhà Sotheby's ở Hồng Kông (Trung Quốc), "
                "bức tranh của danh họa Lê Phổ (1907 – 2001) được bán với giá hơn 3 triệu USD.")
    df = extract_text(sentence, reference_date=REF)
    # (a named city's time zone in the bracket is no part of what happened)
    assert df["title"].iloc[0] == "Bức tranh của danh họa Lê Phổ được bán với giá hơn 3 triệu USD"
    assert list(df["organisations"].iloc[0]) == ["Sotheby's"]
    # (the painter's life, after his title of two words)
    assert df["title"].iloc[1] == "Danh họa Lê Phổ"


def test_a_short_name_written_as_a_word_stands_for_its_body():
    text = ("Ngày 18/9/2024, Cục Dự trữ Liên bang Mỹ (Fed) giảm lãi suất. "
            "Từ tháng 3/2022 đến tháng 7/2023, Fed đã 11 lần tăng lãi suất.")
    df = extract_text(text, reference_date=REF)
    assert [list(o) for o in df["organisations"]] == [["Cục Dự trữ Liên bang Mỹ"]] * 2
    # (a known country in brackets is no short name: 'Anh' is England)
    assert names_of("Năm 2024, tổ chức Quacquarelli Symonds (Anh) công bố bảng xếp hạng.")[1] != ["Anh"]


def test_an_alliance_named_whole_with_its_treaty():
    # 'Hiệp ước' is one capitalised word of the name; the ocean inside it is no place
    assert names_of("Hội nghị thượng đỉnh Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) diễn ra ngày 24/6/2025 "
                    "tại thành phố The Hague (Hà Lan).") == (["The Hague", "Hà Lan"], ["Tổ chức Hiệp ước Bắc Đại Tây Dương"])


def test_a_name_ending_in_a_syllable_that_is_also_a_small_word_keeps_it():
    df = extract_text("Sáng 15/8/2025, Ban Tuyên giáo tổ chức lễ kỷ niệm ngày sinh nhà bác học Lương Định Của.",
                      reference_date=REF)
    assert df["title"].iloc[0].endswith("nhà bác học Lương Định Của")
    # (written small, the same word dangles and goes)
    assert extract_text("Năm 2020, dự án được triển khai tại Hà Nội và.", reference_date=REF)["title"].iloc[0] \
        == "Dự án được triển khai tại Hà Nội"


def test_streets_listed_after_their_word_each_keep_it_and_are_no_persons():
    # a street named after a man ('Lý Quốc Sư') in the list is the street, as the first one is
    assert names_of("Từ ngày 20/12, Công an phường Hoàn Kiếm phân luồng các tuyến phố Nhà Chung, Lý Quốc Sư "
                    "và Nhà Thờ.") == (["Hoàn Kiếm", "Phố Nhà Chung", "Phố Lý Quốc Sư", "Phố Nhà Thờ"],
                                       ["Công an phường Hoàn Kiếm"])
    assert extract_text("Ngày 3/9, thành phố cấm xe trên các tuyến đường Trần Phú, Lê Lợi và Điện Biên Phủ.",
                        reference_date=REF)["persons"].iloc[0] == []
    # a house's number before the street lists nothing: the city after it is the city
    assert names_of("Năm 1929, Tổng Công hội Đỏ được thành lập tại số nhà 15 phố Hàng Nón, Hà Nội.")[0] \
        == ["Phố Hàng Nón", "Hà Nội"]


def test_a_bodys_name_runs_through_its_scope_written_small_before_its_abbreviation():
    assert names_of("Tháng 2/2024, Liên đoàn Bóng đá thế giới (FIFA) công bố lịch thi đấu.")[1] \
        == ["Liên đoàn Bóng đá thế giới"]
    assert names_of("Tháng 2/2024, Hiệp hội Bóng đá khu vực (AFF) công bố lịch thi đấu.")[1] \
        == ["Hiệp hội Bóng đá khu vực"]
    # (without the abbreviation the small words may be what the body did)
    assert names_of("Tháng 2/2024, Liên đoàn Bóng đá công bố lịch thi đấu thế giới.")[1] == ["Liên đoàn Bóng đá"]


def test_a_high_court_is_named_with_its_seat():
    assert names_of("Sáng 27/11, Tòa án nhân dân cấp cao tại Hà Nội mở phiên tòa phúc thẩm.") \
        == (["Hà Nội"], ["Tòa án nhân dân cấp cao tại Hà Nội"])
    assert names_of("Sáng 27/11, Viện Kiểm sát nhân dân cấp cao tại Đà Nẵng kháng nghị bản án.")[1] \
        == ["Viện Kiểm sát nhân dân cấp cao tại Đà Nẵng"]
    # (a delegation 'cấp cao' with no seat stays as it was)
    assert names_of("Chiều 18/11, Đoàn đại biểu cấp cao Việt Nam tới Hàn Quốc.")[1] == []


def test_a_branch_of_a_body_named_with_cua_is_one_body():
    assert names_of("Năm 2022, sai phạm xảy ra tại Chi nhánh Hà Nội của Ngân hàng Thương mại cổ phần Đông Á.")[1] \
        == ["Ngân hàng Thương mại cổ phần Đông Á - Chi nhánh Hà Nội"]


def test_the_earth_and_the_moon_are_no_places_of_an_event():
    assert names_of("Trăng tròn đạt cực đại lúc 8h29 ngày 24/12, khi Mặt Trăng ở gần Trái Đất nhất.")[0] == []


def test_a_craft_or_science_written_small_after_a_capital_is_the_names():
    assert names_of("Năm 1936, Hội Kim hoàn Định Công được thành lập.")[1] == ["Hội Kim hoàn Định Công"]
    assert names_of("Tối 24/12, Câu lạc bộ Thiên văn nghiệp dư tổ chức buổi quan sát.")[1][0].startswith(
        "Câu lạc bộ Thiên văn")


def test_a_continent_in_a_bodys_name_is_no_place_as_a_country_is_not():
    assert names_of("Năm 2017, Ủy ban châu Âu (EC) rút thẻ vàng đối với thủy sản.") == ([], ["Ủy ban châu Âu"])
    assert names_of("Năm 2017, ông sang châu Âu học tập.")[0] == ["châu Âu"]


def test_a_clause_counting_the_years_gone_by_gives_way_to_the_when_clause():
    df = extract_text("Đã 8 năm trôi qua kể từ ngày 23/10/2017, khi Ủy ban châu Âu (EC) rút thẻ vàng đối với "
                      "thủy sản Việt Nam.", reference_date=REF)
    assert df["title"].iloc[0] == "Ủy ban châu Âu (EC) rút thẻ vàng đối với thủy sản Việt Nam"


def test_a_games_edition_with_a_country_in_brackets_was_held_there():
    assert names_of("Một năm sau, ở SEA Games 32 (Campuchia), cô giành 4 huy chương vàng từ ngày 9 đến 12/5/2023.")[0] \
        == ["Campuchia"]
    # (a year in the bracket is no place)
    assert names_of("Tại SEA Games 31 (2022), cô giành 3 huy chương vàng.")[0] == []
    # a sentence's preposition and a games' word are no part of the city before its country
    assert names_of("Ở Olympic Tokyo (Nhật Bản) năm 2021, cô giành vé dự chung kết.")[0] == ["Tokyo", "Nhật Bản"]


def test_the_procuracy_written_viện_ksnd_is_expanded():
    assert names_of("Sáng 2/3/2026, Viện KSND tỉnh Lạng Sơn kháng nghị bản án.")[1] == ["Viện Kiểm sát nhân dân tỉnh Lạng Sơn"]


def test_an_archaeological_site_is_named_without_its_word():
    assert names_of("Di chỉ Vườn Chuối được phát hiện năm 1969.")[0] == ["Vườn Chuối"]
    assert names_of("Năm 2012, di chỉ khảo cổ Đồng Đậu được khai quật lần thứ sáu.")[0] == ["Đồng Đậu"]


def test_vietnamese_bodies_abroad_are_named_with_their_country():
    assert names_of("Năm 2009, Hội Giáo chức Việt Nam tại Pháp được thành lập.")[1] == ["Hội Giáo chức Việt Nam tại Pháp"]
    assert names_of("Năm 2010, Hội Sinh viên Việt Nam tại Nhật Bản tổ chức hội thảo tại Tokyo.") \
        == (["Nhật Bản", "Tokyo"], ["Hội Sinh viên Việt Nam tại Nhật Bản"])  # (its country a place, as an embassy's)
    # (a city after 'tại' stays the place it is)
    assert "Sài Gòn" in names_of("Ngày 1/5/1975, bộ đội tiếp quản Công ty Điện lực Việt Nam tại Sài Gòn.")[0]


def test_a_country_after_a_site_word_in_a_bodys_name_is_no_place():
    assert names_of("Ngày 26/3/2024, Tổng công ty Cảng hàng không Việt Nam (ACV) khởi công dự án.") \
        == ([], ["Tổng công ty Cảng hàng không Việt Nam"])
    # a short name that reports is a speaker, as its full name is
    assert names_of("Ngày 26/3/2024, Tổng công ty Cảng hàng không Việt Nam (ACV) khởi công dự án. "
                    "Ngày 20/12/2025, ACV cho biết sẽ khởi công nhà ga T3.", row=1)[1] == []


def test_a_head_written_alone_before_its_act_is_the_body_named_before():
    text = ("Sáng 12/1/2025, Sở Tư pháp tổng kết công tác năm. Từ ngày 1/7/2024, Sở triển khai cấp phiếu lý lịch "
            "tư pháp trực tuyến.")
    assert names_of(text, row=1)[1] == ["Sở Tư pháp"]
    # (two bodies of that head told before: which one is not known)
    text = "Sáng 12/1/2025, Sở Y tế và Sở Tài chính họp. Ngày 20/1/2025, Sở đã tổ chức hội nghị."
    assert names_of(text, row=1)[1] == []
    # (the head inside a word is no body: 'Hội nghị')
    text = "Năm 1930, Hội Việt Nam Cách mạng Thanh niên giải tán. Tháng 11/1940, tại Hội nghị Trung ương, ông phát biểu."
    assert "Hội Việt Nam Cách mạng Thanh niên" not in names_of(text, row=1)[1]


def test_a_director_and_a_chess_player_are_persons_not_places():
    # 'Trấn' opens a name after 'đạo diễn', no old unit 'trấn'
    assert names_of("Phim Mai của đạo diễn Trấn Thành ra mắt dịp Tết Giáp Thìn 2024.")[0] == []
    assert names_of("Số khách từ Việt Nam đi Bangkok và Chiang Mai tăng 35% trong tháng 4/2026.")[0] \
        == ["Việt Nam", "Bangkok", "Chiang Mai"]


def test_a_ground_named_like_a_bodys_word_and_a_bearing():
    assert names_of("Tối 14/10/2025, trên sân Thống Nhất (TP Hồ Chí Minh), đội tuyển thắng 2-1.")[0] \
        == ["Thống Nhất", "Thành phố Hồ Chí Minh"]
    # 'về phía Đông Bắc' is a bearing, not the north-east region
    assert names_of("Ngày 23/11/2025, tàu bị chìm cách đảo Lý Sơn 30 hải lý về phía Đông Bắc.")[0] == ["Lý Sơn"]
    assert names_of("Ngày 7/9/2024, bão đổ bộ vào vùng Đông Bắc.")[0] == ["Đông Bắc"]


def test_a_product_after_its_brand_is_no_body():
    assert names_of("Ngày 10/9/2026, Apple giới thiệu đồng hồ Apple Watch Series 12.")[1] == ["Apple"]
    assert names_of("Ngày 10/9/2026, Samsung Việt Nam tuyển dụng 500 kỹ sư.")[1] == ["Samsung Việt Nam"]


def test_a_capital_letter_is_no_small_word_of_a_firms_trade():
    # 'công ty ở phường Đông Kinh': 'Đông' is a capital, so 'Kinh' is no firm's name after 'công ty'
    assert names_of("Từ tháng 3/1992, tôi làm việc tại một công ty ở phường Đông Kinh, tỉnh Lạng Sơn.") \
        == (["Đông Kinh", "Lạng Sơn"], [])
    assert names_of("Ngày 19/7/2024, hãng bảo mật CrowdStrike gây sự cố toàn cầu.")[1] == ["CrowdStrike"]


def test_where_the_subject_works_told_after_a_birth_goes_with_the_birth():
    text = "Tôi sinh tháng 5/1966, làm việc tại một công ty ở phường Đông Kinh, tỉnh Lạng Sơn, đóng bảo hiểm từ tháng 3/1992."
    assert names_of(text, row=0)[0] == ["Đông Kinh", "Lạng Sơn"]
    assert names_of(text, row=1)[0] == []
    # an old unit written small goes on with the address ('trấn Sơn Tây'), not a capital 'Tổng Bí thư'
    text = "Cụ Hoàng Phúc Thiện sinh năm 1760 tại làng Đông Ngạc, trấn Sơn Tây, mất năm 1792."
    assert names_of(text, row=0)[0] == ["Đông Ngạc", "Sơn Tây"]
    assert names_of(text, row=1)[0] == []


def test_a_sponsor_ending_a_tournaments_name_is_no_persons_name_and_no_body():
    text = "Sáng 29/11/2026, tại Giải Marathon Quốc tế Hà Nội Techcombank 2026, Hoàng Nguyên Thanh về nhất."
    assert names_of(text) == (["Hà Nội"], [])
    assert list(extract_text(text, reference_date=REF).iloc[0]["persons"]) == ["Hoàng Nguyên Thanh"]


def test_a_provinces_tax_office_is_a_body():
    assert names_of("Tính đến ngày 20/3/2026, Thuế tỉnh Lạng Sơn đã tiếp nhận 12.500 hồ sơ.") \
        == (["Lạng Sơn"], ["Thuế tỉnh Lạng Sơn"])
    assert names_of("Ngày 20/3/2026, thuế thu nhập cá nhân tăng 18%.") == ([], [])


def test_an_exchange_its_short_name_and_an_association_abroad():
    text = "Sáng 2/12/2026, cổ phiếu LSP giao dịch trên Sở Giao dịch Chứng khoán TP Hồ Chí Minh (HoSE)."
    assert names_of(text) == (["Thành phố Hồ Chí Minh"], ["Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh"])
    # a short name with a capital inside its word is no place after 'sang'
    assert names_of("Ngày 15/3/2017, cổ phiếu chuyển sang UPCoM.")[0] == []
    text = "Tối 14/2/2026, Hội người Việt Nam tại Séc tổ chức đón Tết."
    assert names_of(text) == (["Séc"], ["Hội người Việt Nam tại Séc"])


def test_a_nguyen_governors_province_is_no_person():
    assert names_of("Năm 1831, Tổng đốc Lạng Bình dâng bản tấu về việc đặt đồn canh.")[0] == ["Lạng Bình"]


def test_a_posts_body_by_its_name_today_is_still_the_post():
    text = ("Từ tháng 3/2020 đến nay, đồng chí giữ chức Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, "
            "nay là Sở Nông nghiệp và Môi trường.")
    assert names_of(text)[1] == []


def test_a_place_told_with_its_kind_in_a_lead_without_dates_is_known_again():
    text = ("Hằng năm, từ tháng 10 năm trước đến tháng 4 năm sau, chim di cư về Vườn quốc gia Xuân Thủy (tỉnh Ninh Bình). "
            "Xuân Thủy là khu Ramsar đầu tiên của cả nước, được công nhận năm 1989.")
    df = extract_text(text, reference_date=REF)
    assert list(df["edtf"]) == ["1989"]  # (the yearly stretch is no event, no count of ten years)
    assert list(df["places"].iloc[0]) == ["Xuân Thủy"]


def test_a_firm_named_after_its_trades_word_is_the_firm_when_named_alone_later():
    text = "Ngày 30/11/2022, công ty OpenAI (Mỹ) ra mắt ChatGPT. Tháng 3/2023, OpenAI công bố mô hình GPT-4."
    assert names_of(text, row=1)[1] == ["OpenAI"]
    # (who reports is no body of the event, as with its full name)
    text = "Ngày 19/7/2024, hãng bảo mật CrowdStrike gây sự cố. CrowdStrike cho biết đã sửa lỗi trong ngày 20/7/2024."
    assert names_of(text, row=1)[1] == []


def test_a_courts_area_and_its_province_after_a_dash_and_the_new_offices():
    assert names_of("Ngày 20/11/2026, Tòa án nhân dân khu vực 3 – Lạng Sơn mở phiên tòa.")[1] \
        == ["Tòa án nhân dân khu vực 3 - Lạng Sơn"]  # (the canonical name writes one dash)
    assert names_of("Ngày 20/11/2026, Viện kiểm sát nhân dân khu vực 1 - Lạng Sơn thực hành quyền công tố.")[1] \
        == ["Viện kiểm sát nhân dân khu vực 1 - Lạng Sơn"]
    assert names_of("Ngày 20/11/2026, Thi hành án dân sự tỉnh Lạng Sơn thông báo kết quả.")[1] \
        == ["Thi hành án dân sự tỉnh Lạng Sơn"]
    # (two numbered bodies joined by a dash stay two)
    assert names_of("Ngày 5/3/2026, Quân khu 1 - Quân khu 2 phối hợp diễn tập.")[1] == ["Quân khu 1", "Quân khu 2"]


def test_a_named_subject_carries_over_a_dateless_predicate_to_a_later_date():
    text = "Cầu Kỳ Cùng được xây dựng năm 1982, đã qua nhiều lần sửa chữa, lần gần nhất vào năm 2015."
    assert names_of(text, row=1)[0] == ["Kỳ Cùng"]
    # a bridge named after a day and a round-the-clock watch are no dates
    df = extract_text("Từ ngày 1/12/2026, xe đi theo hướng cầu 17/10; cảnh sát trực 24/24 giờ.", reference_date=REF)
    assert list(df["edtf"]) == ["2026-12-01"]
