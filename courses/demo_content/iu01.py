# Demo course IU01: Hiểu biết về công nghệ thông tin cơ bản. Plain data only; see README.md.

COURSE = {
    "code": "IU01",
    "title": "Hiểu biết về công nghệ thông tin cơ bản",
    "slug": "iu01-hieu-biet-ve-cntt-co-ban",
    "summary": (
        "Khóa học nền tảng của chuẩn kỹ năng sử dụng công nghệ thông tin: máy tính gồm những gì, "
        "mạng và Internet hoạt động ra sao, cơ quan nhà nước đang dùng công nghệ thông tin vào "
        "những việc gì, và cách làm việc an toàn, đúng pháp luật, giữ gìn sức khỏe trên máy tính."
    ),
    "outcomes": [
        "Phân biệt phần cứng, phần mềm và các đơn vị đo dung lượng thường gặp.",
        "Giải thích được mạng nội bộ, Internet và điện toán đám mây bằng ví dụ ở cơ quan.",
        "Kể được các hệ thống thông tin dùng chung trong cơ quan nhà nước và việc mỗi hệ thống hỗ trợ.",
        "Nhận biết các nguy cơ mất an toàn thông tin phổ biến và cách phòng tránh.",
        "Sử dụng máy tính đúng tư thế, tiết kiệm năng lượng và tôn trọng bản quyền phần mềm.",
    ],
    "hours": "6",
    "level": "basic",
    "audience": "Cán bộ, công chức, viên chức và người lao động",
    "topic": "Kiến thức nền tảng",
    "competencies": ["IU01"],
    "lessons": [
        {
            "title": "Máy tính gồm những gì",
            "slug": "may-tinh-gom-nhung-gi",
            "minutes": 25,
            "body": [
                ("heading", "Phần cứng và phần mềm"),
                (
                    "paragraph",
                    "<p>Mỗi chiếc máy tính trên bàn làm việc đều gồm hai phần gắn bó với nhau. "
                    "<b>Phần cứng</b> là những gì cầm nắm được: màn hình, bàn phím, chuột, thân máy, "
                    "máy in. <b>Phần mềm</b> là các chương trình chạy trên phần cứng đó và cho máy "
                    "biết phải làm gì: hệ điều hành Windows, phần mềm soạn thảo Microsoft Word hay "
                    "LibreOffice Writer, trình duyệt Chrome, Edge hoặc Cốc Cốc, phần mềm quản lý văn "
                    "bản và điều hành của cơ quan.</p>"
                    "<p>Phần mềm lại chia làm hai nhóm. <b>Phần mềm hệ thống</b>, mà quan trọng nhất "
                    "là hệ điều hành (Windows, macOS, Linux trên máy tính; Android, iOS trên điện "
                    "thoại), quản lý toàn bộ thiết bị và là nền cho mọi chương trình khác. "
                    "<b>Phần mềm ứng dụng</b> phục vụ một công việc cụ thể: soạn công văn, lập bảng "
                    "chấm công, họp trực tuyến, tiếp nhận hồ sơ dịch vụ công.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "computer-parts",
                        "alt": ("Một bộ máy tính để bàn gồm màn hình, thân máy, bàn phím và chuột"),
                        "caption": (
                            "Bộ máy tính để bàn: màn hình và bàn phím, chuột để giao tiếp; "
                            "thân máy chứa bộ xử lý, bộ nhớ và ổ lưu trữ."
                        ),
                    },
                ),
                ("heading", "Bên trong thân máy"),
                (
                    "paragraph",
                    "<p><b>Bộ xử lý trung tâm (CPU)</b> thực hiện các phép tính và điều khiển mọi "
                    "hoạt động của máy; CPU càng mạnh, máy chạy càng nhanh. <b>Bộ nhớ trong (RAM)</b> "
                    "giữ tạm các chương trình và tài liệu đang mở; dữ liệu trong RAM mất khi tắt "
                    "máy, vì vậy phải lưu tài liệu trước khi tắt. <b>Ổ lưu trữ</b> giữ dữ liệu lâu "
                    "dài kể cả khi không có điện: ổ cứng cơ (HDD) dung lượng lớn, giá rẻ; ổ thể rắn "
                    "(SSD) nhanh và bền hơn, nay có trong hầu hết máy mới.</p>"
                    "<p>Các thiết bị gắn với máy được gọi theo hướng đi của thông tin. "
                    "<b>Thiết bị vào</b> đưa thông tin vào máy: bàn phím, chuột, máy quét, micrô, "
                    "webcam, đầu đọc thẻ căn cước. <b>Thiết bị ra</b> đưa kết quả ra ngoài: màn hình, "
                    "máy in, loa, máy chiếu. Ổ USB và ổ cứng di động vừa đọc vừa ghi được.</p>",
                ),
                ("heading", "Đơn vị đo dung lượng"),
                (
                    "paragraph",
                    "<p>Đơn vị nhỏ nhất là <b>bit</b> (0 hoặc 1). Tám bit làm thành một <b>byte</b>, "
                    "đủ để ghi một ký tự không dấu. Các bậc tiếp theo lớn gấp 1.024 lần bậc trước: "
                    "kilobyte (KB), megabyte (MB), gigabyte (GB), terabyte (TB). Một công văn hai "
                    "trang dạng .docx thường chỉ vài chục KB; bản quét PDF của nó có thể vài MB; "
                    "một ổ SSD phổ biến hiện nay có 256 GB hoặc 512 GB.</p>"
                    "<p>Hiểu các đơn vị này giúp trả lời những câu hỏi thường ngày: tệp quét có "
                    "gửi được qua thư điện tử công vụ không, nên quét ở độ phân giải nào để tệp vừa "
                    "giới hạn đính kèm, ổ USB 16 GB chứa được bao nhiêu hồ sơ.</p>",
                ),
                (
                    "check",
                    {
                        "question": (
                            "Bạn đang soạn dở báo cáo thì mất điện đột ngột. Phần chưa lưu nằm ở "
                            "đâu, và vì sao nó bị mất?"
                        ),
                        "answer": (
                            "<p>Phần chưa lưu chỉ nằm trong <b>RAM</b>, bộ nhớ tạm mất sạch khi mất "
                            "điện. Chỉ những gì đã lưu xuống <b>ổ lưu trữ</b> mới còn. Hãy tập thói "
                            "quen nhấn <b>Ctrl + S</b> sau mỗi đoạn quan trọng.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Mạng máy tính, Internet và điện toán đám mây",
            "slug": "mang-may-tinh-va-internet",
            "minutes": 25,
            "body": [
                ("heading", "Mạng máy tính là gì"),
                (
                    "paragraph",
                    "<p>Mạng máy tính là các máy tính và thiết bị được nối với nhau để dùng chung "
                    "dữ liệu, máy in và đường truyền. Trong một trụ sở, các máy nối qua dây cáp hoặc "
                    "sóng Wi-Fi thành <b>mạng cục bộ (LAN)</b>: nhờ đó cả phòng in chung một máy in, "
                    "lưu chung một thư mục trên máy chủ. Khi nhiều mạng ở nhiều nơi nối với nhau qua "
                    "khoảng cách xa, ta có <b>mạng diện rộng (WAN)</b>.</p>"
                    "<p><b>Internet</b> là mạng toàn cầu nối hàng tỷ thiết bị. Riêng các cơ quan "
                    "Đảng, Nhà nước còn dùng <b>mạng truyền số liệu chuyên dùng</b>, một mạng diện "
                    "rộng tách biệt, an toàn hơn, để chạy các hệ thống như quản lý văn bản và điều "
                    "hành, họp trực tuyến giữa tỉnh với xã, phường.</p>",
                ),
                (
                    "paragraph",
                    "<p>Tốc độ đường truyền, hay <b>băng thông</b>, đo bằng số bit truyền được mỗi "
                    "giây, thường tính bằng Mbps (megabit mỗi giây). Một cuộc họp trực tuyến có hình "
                    "cần đường truyền ổn định vài Mbps cho mỗi điểm cầu; nếu nhiều người trong phòng "
                    "cùng xem video, cuộc họp sẽ giật, tiếng bị ngắt quãng.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "network-cloud",
                        "alt": (
                            "Máy tính xách tay, điện thoại, máy tính để bàn và máy in cùng nối "
                            "đường truyền tới một đám mây"
                        ),
                        "caption": (
                            "Điện toán đám mây: dữ liệu và phần mềm đặt ở trung tâm dữ liệu, mọi "
                            "thiết bị truy cập qua mạng."
                        ),
                    },
                ),
                ("heading", "Điện toán đám mây"),
                (
                    "paragraph",
                    "<p>Khi dùng <b>điện toán đám mây</b>, dữ liệu và phần mềm không nằm trên máy "
                    "của bạn mà ở các trung tâm dữ liệu; bạn truy cập chúng qua mạng bằng trình "
                    "duyệt hoặc ứng dụng. Hệ thống thư điện tử công vụ, Cổng Dịch vụ công quốc gia "
                    "hay nền tảng họp trực tuyến đều vận hành theo cách này. Lợi ích là làm việc được "
                    "ở nhiều nơi, trên nhiều thiết bị, không lo mất dữ liệu khi hỏng máy.</p>"
                    "<p>Đổi lại, dữ liệu công vụ chỉ được đặt trên các hệ thống do cơ quan có thẩm "
                    "quyền cung cấp hoặc cho phép. Không tải tài liệu nội bộ lên dịch vụ lưu trữ cá "
                    "nhân, nhóm Zalo hay Facebook chỉ vì tiện chia sẻ.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p>Tài liệu <b>mật</b> tuyệt đối không soạn thảo, lưu trữ hay truyền "
                            "đi trên máy tính có kết nối Internet. Hãy làm theo quy chế bảo vệ bí mật "
                            "nhà nước của cơ quan bạn.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Công nghệ thông tin trong cơ quan nhà nước",
            "slug": "cntt-trong-co-quan-nha-nuoc",
            "minutes": 30,
            "body": [
                ("heading", "Từ chính quyền điện tử đến chính quyền số"),
                (
                    "paragraph",
                    "<p>Chính quyền điện tử đưa các thủ tục và văn bản giấy lên môi trường mạng. "
                    "Chính quyền số đi xa hơn: dữ liệu được chia sẻ giữa các cơ quan để người dân "
                    "khai một lần, dùng nhiều lần; quyết định dựa trên số liệu cập nhật thay vì báo "
                    "cáo giấy tổng hợp thủ công. Mỗi cán bộ, công chức là một mắt xích: hệ thống chỉ "
                    "chạy tốt khi từng người nhập đúng, xử lý đúng hạn trên hệ thống.</p>",
                ),
                ("heading", "Những hệ thống bạn sẽ dùng hằng ngày"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Hệ thống quản lý văn bản và điều hành</b>: nhận, xử lý, trình ký và phát "
                    "hành văn bản điện tử; theo dõi hạn xử lý từng việc.</li>"
                    "<li><b>Thư điện tử công vụ</b>: địa chỉ theo tên miền của cơ quan (như "
                    "@dongnai.gov.vn), dùng cho trao đổi công việc thay cho hộp thư cá nhân.</li>"
                    "<li><b>Chữ ký số chuyên dùng công vụ</b>: do Ban Cơ yếu Chính phủ cung cấp, "
                    "giúp văn bản điện tử có giá trị pháp lý như văn bản giấy có chữ ký và con "
                    "dấu.</li>"
                    "<li><b>Hệ thống thông tin giải quyết thủ tục hành chính</b> của tỉnh, kết nối "
                    "với <b>Cổng Dịch vụ công quốc gia</b> (dichvucong.gov.vn), nơi người dân nộp hồ "
                    "sơ trực tuyến và tra cứu kết quả.</li>"
                    "<li><b>Hệ thống họp trực tuyến</b> nối các điểm cầu tỉnh, sở, xã, phường.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p>Luật Giao dịch điện tử năm 2023 công nhận giá trị pháp lý của thông điệp dữ "
                    "liệu và chữ ký điện tử; Nghị định 30/2020/NĐ-CP quy định văn bản điện tử của cơ "
                    "quan phải được ký số bởi người có thẩm quyền và ký số của cơ quan. Vì vậy một "
                    "văn bản điện tử ký số hợp lệ không cần in ra, ký tay, đóng dấu rồi quét lại.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Tra cứu tình trạng một hồ sơ trên Cổng Dịch vụ công quốc gia",
                        "steps": [
                            "<p>Mở trình duyệt và vào địa chỉ <b>dichvucong.gov.vn</b>; kiểm tra "
                            "địa chỉ có đuôi <b>.gov.vn</b>.</p>",
                            "<p>Chọn mục <b>Tra cứu hồ sơ</b>.</p>",
                            "<p>Nhập <b>mã hồ sơ</b> ghi trên giấy tiếp nhận, rồi nhấn "
                            "<b>Tra cứu</b>.</p>",
                            "<p>Đọc trạng thái xử lý và hạn trả kết quả; hướng dẫn người dân "
                            "liên hệ bộ phận một cửa nếu hồ sơ quá hạn.</p>",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>Người dân đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định "
                            "danh điện tử <b>VNeID</b>. Khi hướng dẫn, hãy nhắc họ không bao giờ "
                            "đọc mật khẩu hay mã xác thực cho bất kỳ ai, kể cả cán bộ.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "An toàn, sức khỏe và pháp luật khi dùng máy tính",
            "slug": "an-toan-suc-khoe-va-phap-luat",
            "minutes": 30,
            "body": [
                ("heading", "Những nguy cơ thường gặp"),
                (
                    "paragraph",
                    "<p><b>Mã độc</b> là phần mềm được viết ra để gây hại: virus lây qua tệp và ổ "
                    "USB, phần mềm gián điệp đánh cắp mật khẩu, và nguy hiểm nhất là "
                    "<b>mã độc tống tiền</b>, mã hóa toàn bộ dữ liệu rồi đòi tiền chuộc. "
                    "<b>Lừa đảo trực tuyến</b> thường đến dưới dạng thư điện tử hoặc tin nhắn giả "
                    "danh cấp trên, ngân hàng, cơ quan công an, kèm đường link hoặc tệp đính kèm "
                    "“khẩn”. Một cú nhấp vội có thể làm lộ tài khoản công vụ của cả cơ quan.</p>"
                    "<p>Các thói quen phòng tránh đơn giản mà hiệu quả: dùng mật khẩu mạnh và khác "
                    "nhau cho từng tài khoản; bật xác thực hai lớp; cập nhật hệ điều hành và phần "
                    "mềm diệt virus; không cắm USB không rõ nguồn gốc; khóa màn hình khi rời chỗ "
                    "ngồi; sao lưu dữ liệu quan trọng định kỳ.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "padlock-shield",
                        "alt": "Một ổ khóa màu trắng đặt trên tấm khiên màu xanh",
                        "caption": ("An toàn thông tin bắt đầu từ thói quen của mỗi người dùng."),
                    },
                ),
                ("heading", "Dữ liệu cá nhân và bản quyền"),
                (
                    "paragraph",
                    "<p>Cán bộ tiếp xúc hằng ngày với dữ liệu cá nhân của người dân: số định danh, "
                    "địa chỉ, tình trạng sức khỏe, hoàn cảnh gia đình. Nghị định 13/2023/NĐ-CP và "
                    "Luật Bảo vệ dữ liệu cá nhân yêu cầu chỉ thu thập, sử dụng dữ liệu đúng mục đích "
                    "và bảo vệ nó khỏi bị lộ. Không chụp màn hình hồ sơ gửi vào nhóm chat, không để "
                    "danh sách có số định danh trên bàn hay trong thư mục dùng chung.</p>"
                    "<p>Phần mềm cũng là tài sản được pháp luật về sở hữu trí tuệ bảo hộ. Chỉ cài "
                    "phần mềm có giấy phép do cơ quan cung cấp, hoặc phần mềm nguồn mở như "
                    "LibreOffice; không dùng bản “bẻ khóa”, vừa vi phạm bản quyền vừa thường bị cài "
                    "sẵn mã độc.</p>",
                ),
                ("heading", "Sức khỏe và môi trường"),
                (
                    "paragraph",
                    "<p>Ngồi máy tính nhiều giờ dễ gây mỏi mắt, đau cổ, vai và cổ tay. Đặt màn hình "
                    "cách mắt khoảng một cánh tay, mép trên ngang hoặc thấp hơn tầm mắt; ngồi tựa "
                    "lưng, bàn chân đặt phẳng trên sàn; cổ tay thẳng khi gõ phím. Áp dụng quy tắc "
                    "<b>20-20-20</b>: cứ 20 phút, nhìn ra xa khoảng 6 mét trong 20 giây.</p>"
                    "<p>Tắt máy tính, màn hình và máy in khi hết giờ làm việc; in hai mặt và chỉ in "
                    "khi cần; nộp máy tính, pin, hộp mực cũ cho bộ phận quản lý tài sản để thu gom "
                    "đúng quy định thay vì bỏ chung với rác sinh hoạt.</p>",
                ),
                (
                    "check",
                    {
                        "question": (
                            "Bạn nhận thư “khẩn” từ một địa chỉ lạ xưng là lãnh đạo sở, yêu cầu mở "
                            "tệp đính kèm để xem danh sách khen thưởng. Bạn làm gì?"
                        ),
                        "answer": (
                            "<p>Không mở tệp và không nhấp đường link. Kiểm tra địa chỉ người gửi, "
                            "gọi điện hoặc hỏi trực tiếp người được cho là đã gửi, và báo cho bộ "
                            "phận công nghệ thông tin của cơ quan.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Bài kiểm tra IU01",
        "slug": "bai-kiem-tra",
        "intro": (
            "<p>Bài kiểm tra gồm các câu hỏi về phần cứng, phần mềm, mạng máy tính, ứng dụng công "
            "nghệ thông tin trong cơ quan nhà nước và an toàn khi sử dụng máy tính.</p>"
        ),
        "pass_mark": 70,
        "max_attempts": 3,
        "time_limit_minutes": 20,
        "draw_count": None,
        "questions": [
            {
                "kind": "single",
                "text": "Thiết bị nào sau đây là thiết bị vào?",
                "answers": [
                    ("Máy quét", True),
                    ("Máy in", False),
                    ("Loa", False),
                    ("Máy chiếu", False),
                ],
                "explanation": "<p>Máy quét đưa hình ảnh tài liệu vào máy tính; ba thiết bị còn lại "
                "đưa kết quả ra ngoài.</p>",
            },
            {
                "kind": "single",
                "text": "Dữ liệu trong bộ nhớ nào bị mất khi tắt máy?",
                "answers": [
                    ("RAM", True),
                    ("Ổ cứng SSD", False),
                    ("Ổ USB", False),
                    ("Ổ cứng HDD", False),
                ],
                "explanation": "<p>RAM chỉ giữ dữ liệu khi có điện; các ổ lưu trữ giữ dữ liệu lâu dài.</p>",
            },
            {
                "kind": "single",
                "text": "Một byte gồm bao nhiêu bit?",
                "answers": [("8", True), ("2", False), ("10", False), ("1.024", False)],
                "explanation": "<p>1 byte = 8 bit; còn 1 KB = 1.024 byte.</p>",
            },
            {
                "kind": "multiple",
                "text": "Những phần mềm nào là hệ điều hành?",
                "answers": [
                    ("Windows", True),
                    ("Android", True),
                    ("Microsoft Word", False),
                    ("Cốc Cốc", False),
                    ("LibreOffice Writer", False),
                ],
                "explanation": "<p>Windows và Android là hệ điều hành; Word, Writer và Cốc Cốc là "
                "phần mềm ứng dụng chạy trên hệ điều hành.</p>",
            },
            {
                "kind": "single",
                "text": "Các máy tính trong một trụ sở nối với nhau để in chung, lưu chung tạo thành",
                "answers": [
                    ("mạng cục bộ (LAN)", True),
                    ("mạng diện rộng (WAN)", False),
                    ("Internet", False),
                    ("điện toán đám mây", False),
                ],
                "explanation": "<p>Mạng trong phạm vi một tòa nhà hay một cơ quan là mạng cục bộ.</p>",
            },
            {
                "kind": "single",
                "text": "Tốc độ đường truyền Internet thường được đo bằng đơn vị nào?",
                "answers": [("Mbps", True), ("GB", False), ("GHz", False), ("dpi", False)],
                "explanation": "<p>Mbps là số megabit truyền được mỗi giây; GB đo dung lượng, GHz đo "
                "xung nhịp CPU, dpi đo độ phân giải máy quét, máy in.</p>",
            },
            {
                "kind": "true_false",
                "text": "Có thể đưa tài liệu nội bộ của cơ quan lên dịch vụ lưu trữ đám mây cá nhân để "
                "tiện làm việc ở nhà.",
                "answers": [("Đúng", False), ("Sai", True)],
                "explanation": "<p>Dữ liệu công vụ chỉ đặt trên hệ thống do cơ quan có thẩm quyền cung "
                "cấp hoặc cho phép.</p>",
            },
            {
                "kind": "single",
                "text": "Chữ ký số chuyên dùng công vụ do đơn vị nào cung cấp?",
                "answers": [
                    ("Ban Cơ yếu Chính phủ", True),
                    ("Ngân hàng nơi cán bộ mở tài khoản", False),
                    ("Nhà mạng di động", False),
                    ("Văn phòng của từng cơ quan tự tạo", False),
                ],
                "explanation": "<p>Ban Cơ yếu Chính phủ cung cấp dịch vụ chứng thực chữ ký số chuyên "
                "dùng cho các cơ quan nhà nước.</p>",
            },
            {
                "kind": "single",
                "text": "Người dân đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản nào?",
                "answers": [
                    ("Tài khoản định danh điện tử VNeID", True),
                    ("Tài khoản Zalo", False),
                    ("Tài khoản thư điện tử công vụ", False),
                    ("Không cần đăng nhập để nộp hồ sơ", False),
                ],
                "explanation": "<p>Cổng Dịch vụ công quốc gia xác thực người dân bằng tài khoản định "
                "danh điện tử VNeID.</p>",
            },
            {
                "kind": "multiple",
                "text": "Những việc nào giúp phòng tránh mã độc?",
                "answers": [
                    ("Cập nhật hệ điều hành và phần mềm diệt virus", True),
                    ("Không cắm ổ USB không rõ nguồn gốc", True),
                    ("Cài phần mềm bẻ khóa để đỡ tốn chi phí", False),
                    ("Mở mọi tệp đính kèm có tiêu đề “khẩn”", False),
                ],
                "explanation": "<p>Cập nhật thường xuyên và cẩn trọng với USB lạ giảm nguy cơ nhiễm "
                "mã độc; phần mềm bẻ khóa và tệp đính kèm lạ là đường lây phổ biến.</p>",
            },
            {
                "kind": "true_false",
                "text": "Văn bản điện tử đã được ký số hợp lệ vẫn phải in ra, ký tay và đóng dấu mới có "
                "giá trị pháp lý.",
                "answers": [("Đúng", False), ("Sai", True)],
                "explanation": "<p>Luật Giao dịch điện tử và Nghị định 30/2020/NĐ-CP công nhận giá trị "
                "pháp lý của văn bản điện tử ký số.</p>",
            },
            {
                "kind": "single",
                "text": "Quy tắc 20-20-20 khi làm việc với máy tính nghĩa là gì?",
                "answers": [
                    ("Cứ 20 phút, nhìn ra xa khoảng 6 mét trong 20 giây", True),
                    ("Ngồi cách màn hình 20 cm", False),
                    ("Cứ 20 phút lưu tài liệu một lần", False),
                    ("Đặt độ sáng màn hình ở mức 20%", False),
                ],
                "explanation": "<p>Nghỉ mắt ngắn và đều đặn giúp giảm mỏi mắt khi làm việc lâu với "
                "màn hình.</p>",
            },
        ],
    },
}
