# Demo course IU02: Sử dụng máy tính cơ bản. Plain data only; see README.md in this folder.

COURSE = {
    "code": "IU02",
    "title": "Sử dụng máy tính cơ bản",
    "slug": "iu02-su-dung-may-tinh-co-ban",
    "summary": (
        "Làm chủ chiếc máy tính trên bàn làm việc: bật, tắt và khóa máy đúng cách, dùng chuột, "
        "bàn phím và gõ tiếng Việt, sắp xếp hồ sơ điện tử trong thư mục khoa học, in tài liệu "
        "và giữ cho máy luôn an toàn."
    ),
    "outcomes": [
        "Khởi động, đăng nhập, khóa màn hình và tắt máy tính đúng cách.",
        "Sử dụng thành thạo chuột, bàn phím, các phím tắt thông dụng và gõ tiếng Việt Unicode.",
        "Tạo, đặt tên, sao chép, di chuyển, tìm và khôi phục tệp, thư mục trong File Explorer.",
        "Tổ chức hồ sơ điện tử của cá nhân theo cấu trúc thư mục rõ ràng.",
        "Kết nối máy in, ổ USB, máy chiếu và giữ máy tính được cập nhật, an toàn.",
    ],
    "hours": "8",
    "level": "basic",
    "audience": "Cán bộ, công chức, viên chức và người lao động",
    "topic": "Kiến thức nền tảng",
    "competencies": ["IU02"],
    "lessons": [
        {
            "title": "Bật, tắt và làm quen với màn hình nền",
            "slug": "bat-tat-va-man-hinh-nen",
            "minutes": 20,
            "body": [
                ("heading", "Khởi động và đăng nhập"),
                (
                    "paragraph",
                    "<p>Nhấn nút nguồn trên thân máy (máy để bàn) hoặc cạnh bàn phím (máy xách tay) "
                    "một lần, rồi chờ hệ điều hành khởi động. Trên màn hình đăng nhập, chọn tài "
                    "khoản của bạn và nhập mật khẩu hoặc mã PIN. Máy tính của cơ quan nên có tài "
                    "khoản riêng cho từng người dùng: như vậy tài liệu, thư mục, lịch sử trình duyệt "
                    "của mỗi người tách biệt, và khi có sự cố biết được ai đã dùng máy.</p>"
                    "<p>Sau khi đăng nhập, bạn thấy <b>màn hình nền</b> (Desktop) của Windows 10 hoặc "
                    "Windows 11. Dưới cùng là <b>thanh tác vụ</b> (Taskbar) với nút <b>Start</b> để "
                    "mở mọi chương trình, ô tìm kiếm, biểu tượng các chương trình đang chạy, và ở "
                    "góc phải là đồng hồ, âm lượng, kết nối mạng, bộ gõ tiếng Việt.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "desktop-windows",
                        "alt": (
                            "Màn hình nền có các biểu tượng bên trái, hai cửa sổ chồng lên nhau "
                            "và thanh tác vụ ở dưới cùng"
                        ),
                        "caption": (
                            "Màn hình nền với biểu tượng lối tắt, hai cửa sổ đang mở và thanh tác "
                            "vụ."
                        ),
                    },
                ),
                ("heading", "Khóa máy, ngủ, khởi động lại và tắt máy"),
                (
                    "paragraph",
                    "<p>Khi rời chỗ ngồi dù chỉ vài phút, hãy nhấn <b>Windows + L</b> để khóa màn "
                    "hình: các chương trình vẫn chạy, nhưng người khác không xem hay dùng được máy "
                    "của bạn. Chế độ <b>Sleep</b> (Ngủ) tạm dừng máy, tốn rất ít điện và bật lại "
                    "nhanh; phù hợp khi nghỉ trưa. <b>Restart</b> (Khởi động lại) cần thiết sau khi "
                    "cài cập nhật hoặc khi máy chạy chậm bất thường.</p>"
                    "<p>Cuối ngày, lưu và đóng tài liệu, rồi chọn <b>Start → Power → Shut down</b>. "
                    "Không tắt máy bằng cách giữ nút nguồn hay rút điện, trừ khi máy bị treo hoàn "
                    "toàn: làm vậy có thể mất dữ liệu chưa lưu và làm hỏng tệp đang ghi dở.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>Tập phản xạ <b>Windows + L</b> mỗi khi đứng dậy. Màn hình để mở "
                            "trong phòng tiếp dân là cách dễ nhất để lộ hồ sơ của người dân.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Chuột, bàn phím, cửa sổ và gõ tiếng Việt",
            "slug": "chuot-ban-phim-va-go-tieng-viet",
            "minutes": 30,
            "body": [
                ("heading", "Các thao tác với chuột"),
                (
                    "paragraph",
                    "<p><b>Nhấp</b> nút trái một lần để chọn; <b>nhấp đúp</b> để mở tệp hoặc chương "
                    "trình; <b>nhấp phải</b> để mở trình đơn các lệnh dùng được cho đối tượng đang "
                    "trỏ; <b>kéo thả</b> (giữ nút trái, di chuột, thả ra) để di chuyển tệp hay chọn "
                    "một đoạn văn bản; lăn <b>bánh xe</b> để cuộn trang. Trên máy xách tay, bàn di "
                    "chuột làm được các việc tương tự: chạm một ngón để nhấp, chạm hai ngón để nhấp "
                    "phải, vuốt hai ngón để cuộn.</p>",
                ),
                ("heading", "Làm việc với cửa sổ"),
                (
                    "paragraph",
                    "<p>Mỗi chương trình mở trong một <b>cửa sổ</b>. Ba nút ở góc trên bên phải lần "
                    "lượt thu nhỏ cửa sổ xuống thanh tác vụ, phóng to đầy màn hình và đóng cửa sổ. "
                    "Khi cần đối chiếu hai tài liệu, như dự thảo và văn bản góp ý, nhấn "
                    "<b>Windows + ←</b> ở cửa sổ thứ nhất và <b>Windows + →</b> ở cửa sổ thứ hai để "
                    "chia đôi màn hình. <b>Alt + Tab</b> chuyển nhanh giữa các cửa sổ; "
                    "<b>Windows + D</b> thu nhỏ tất cả để xem màn hình nền.</p>",
                ),
                ("heading", "Bàn phím và phím tắt"),
                (
                    "paragraph",
                    "<p>Ngoài các phím chữ và số, cần nhớ: <b>Enter</b> xác nhận hoặc xuống dòng, "
                    "<b>Backspace</b> xóa ký tự bên trái con trỏ, <b>Delete</b> xóa ký tự bên phải "
                    "hoặc xóa đối tượng đang chọn, <b>Esc</b> hủy thao tác, <b>Shift</b> gõ chữ hoa. "
                    "Các phím tắt dùng được trong hầu hết chương trình: <b>Ctrl + C</b> sao chép, "
                    "<b>Ctrl + X</b> cắt, <b>Ctrl + V</b> dán, <b>Ctrl + Z</b> hoàn tác, "
                    "<b>Ctrl + S</b> lưu, <b>Ctrl + P</b> in, <b>Ctrl + F</b> tìm kiếm.</p>",
                ),
                ("heading", "Gõ tiếng Việt đúng chuẩn"),
                (
                    "paragraph",
                    "<p>Văn bản hành chính dùng bộ mã <b>Unicode</b> (TCVN 6909:2001). Máy tính cơ "
                    "quan thường cài bộ gõ UniKey hoặc EVKey; Windows cũng có sẵn bàn phím tiếng "
                    "Việt. Kiểu gõ phổ biến nhất là <b>Telex</b>: <code>aa</code> thành â, "
                    "<code>aw</code> thành ă, <code>ee</code> thành ê, <code>oo</code> thành ô, "
                    "<code>ow</code> thành ơ, <code>uw</code> thành ư, <code>dd</code> thành đ; dấu "
                    "thanh gõ bằng <code>s</code> (sắc), <code>f</code> (huyền), <code>r</code> "
                    "(hỏi), <code>x</code> (ngã), <code>j</code> (nặng). Ví dụ: gõ "
                    "<code>Nooij vuj</code> được “Nội vụ”.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Thiết lập UniKey để gõ tiếng Việt Unicode",
                        "steps": [
                            "<p>Nhấp phải vào biểu tượng UniKey ở góc phải thanh tác vụ, chọn "
                            "<b>Bảng điều khiển</b>.</p>",
                            "<p>Ở <b>Bảng mã</b>, chọn <b>Unicode</b>.</p>",
                            "<p>Ở <b>Kiểu gõ</b>, chọn <b>Telex</b> (hoặc VNI nếu bạn quen gõ "
                            "dấu bằng số).</p>",
                            "<p>Nhấn <b>Đóng</b>. Dùng <b>Ctrl + Shift</b> để bật, tắt tiếng "
                            "Việt khi cần gõ từ tiếng Anh hay địa chỉ trang web.</p>",
                        ],
                    },
                ),
            ],
        },
        {
            "title": "Quản lý thư mục và tệp tin",
            "slug": "quan-ly-thu-muc-va-tep-tin",
            "minutes": 30,
            "body": [
                ("heading", "Ổ đĩa, thư mục, tệp và đường dẫn"),
                (
                    "paragraph",
                    "<p>Mọi tài liệu trên máy được lưu thành <b>tệp</b> (file). Tệp được xếp trong "
                    "<b>thư mục</b> (folder), thư mục có thể chứa thư mục con, tất cả nằm trên một "
                    "<b>ổ đĩa</b> như C: hay D:. Vị trí đầy đủ của một tệp gọi là <b>đường dẫn</b>, "
                    "ví dụ <code>D:\\HoSo\\2025\\BaoCao\\2025-06-30_bao-cao-6-thang.docx</code>. "
                    "Chương trình <b>File Explorer</b> (mở nhanh bằng <b>Windows + E</b>) là nơi xem "
                    "và sắp xếp tất cả.</p>"
                    "<p>Phần sau dấu chấm cuối tên tệp là <b>phần mở rộng</b>, cho biết loại tệp và "
                    "chương trình mở nó: <code>.docx</code> (Word), <code>.xlsx</code> (Excel), "
                    "<code>.pdf</code>, <code>.jpg</code>, <code>.zip</code>. Nên bật hiển thị phần mở "
                    "rộng (thẻ <b>View</b> của File Explorer) để nhận ra tệp giả mạo kiểu "
                    "<code>danh-sach.pdf.exe</code>.</p>",
                ),
                ("heading", "Sắp xếp hồ sơ điện tử"),
                (
                    "paragraph",
                    "<p>Một cấu trúc thư mục tốt giúp tìm lại tài liệu sau nhiều năm và bàn giao "
                    "công việc dễ dàng. Nên chia theo <b>năm</b>, rồi theo <b>lĩnh vực</b> hoặc "
                    "<b>hồ sơ công việc</b>, thống nhất với danh mục hồ sơ của cơ quan. Đặt tên tệp "
                    "ngắn, có nghĩa, bắt đầu bằng ngày viết theo thứ tự năm-tháng-ngày để tệp tự xếp "
                    "theo thời gian: <code>2025-03-15_to-trinh-kien-toan-to-cong-tac.docx</code>. "
                    'Tên tệp không được chứa các ký tự <code>\\ / : * ? " &lt; &gt; |</code>.</p>',
                ),
                (
                    "steps",
                    {
                        "title": "Tạo thư mục mới và chuyển tệp vào đó",
                        "steps": [
                            "<p>Mở File Explorer bằng <b>Windows + E</b> và đi tới thư mục cha, "
                            "ví dụ <code>D:\\HoSo\\2025</code>.</p>",
                            "<p>Nhấp phải vào chỗ trống, chọn <b>New → Folder</b>, gõ tên thư mục "
                            "rồi nhấn <b>Enter</b>.</p>",
                            "<p>Chọn các tệp cần chuyển: giữ <b>Ctrl</b> và nhấp từng tệp, hoặc "
                            "giữ <b>Shift</b> để chọn một dãy liền nhau.</p>",
                            "<p>Nhấn <b>Ctrl + X</b>, mở thư mục mới và nhấn <b>Ctrl + V</b>. "
                            "Muốn giữ bản gốc ở chỗ cũ thì dùng <b>Ctrl + C</b> thay cho "
                            "Ctrl + X.</p>",
                        ],
                    },
                ),
                ("heading", "Đổi tên, xóa, khôi phục và nén tệp"),
                (
                    "paragraph",
                    "<p>Chọn tệp và nhấn <b>F2</b> để đổi tên. Nhấn <b>Delete</b> để xóa: tệp trên "
                    "ổ cứng của máy được đưa vào <b>Thùng rác</b> (Recycle Bin) và khôi phục được "
                    "bằng cách nhấp phải, chọn <b>Restore</b>. Cẩn thận: <b>Shift + Delete</b>, và "
                    "việc xóa tệp trên ổ USB, xóa hẳn mà không qua Thùng rác.</p>"
                    "<p>Khi cần gửi nhiều tệp một lúc, nhấp phải vào thư mục chứa chúng, chọn "
                    "<b>Compress to ZIP file</b> (Windows 11) hoặc <b>Send to → Compressed (zipped) "
                    "folder</b> (Windows 10) để được một tệp <code>.zip</code> gọn hơn.</p>",
                ),
                (
                    "check",
                    {
                        "question": (
                            "Bạn lỡ xóa một tệp trên ổ USB. Có tìm lại được trong Thùng rác của máy "
                            "tính không?"
                        ),
                        "answer": (
                            "<p><b>Không.</b> Tệp xóa trên ổ USB và tệp xóa bằng Shift + Delete "
                            "không vào Thùng rác. Vì vậy hãy sao lưu tài liệu quan trọng vào thư "
                            "mục của cơ quan, đừng chỉ giữ trên USB.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Máy in, thiết bị ngoại vi và giữ máy tính an toàn",
            "slug": "may-in-thiet-bi-ngoai-vi-va-an-toan",
            "minutes": 25,
            "body": [
                ("heading", "In tài liệu"),
                (
                    "paragraph",
                    "<p>Máy in dùng chung trong phòng thường đã được bộ phận công nghệ thông tin cài "
                    "sẵn. Trong chương trình đang mở, nhấn <b>Ctrl + P</b>, chọn đúng máy in, số bản, "
                    "các trang cần in và in hai mặt nếu máy hỗ trợ. Xem trước bản in để tránh in "
                    "lỗi cả tập giấy. Nếu máy in báo kẹt giấy, tắt máy in trước khi mở nắp lấy giấy "
                    "ra; đừng gửi lệnh in nhiều lần vì các lệnh sẽ xếp hàng và in ra hàng loạt khi "
                    "máy hoạt động lại.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "computer-parts",
                        "alt": "Bộ máy tính để bàn gồm màn hình, thân máy, bàn phím và chuột",
                        "caption": (
                            "Máy in, ổ USB hay máy chiếu đều cắm vào các cổng trên thân máy hoặc "
                            "kết nối qua mạng."
                        ),
                    },
                ),
                ("heading", "Ổ USB và máy chiếu"),
                (
                    "paragraph",
                    "<p>Trước khi rút ổ USB, nhấp biểu tượng ổ cắm ở góc phải thanh tác vụ và chọn "
                    "<b>Eject</b> (Tháo an toàn) để chắc chắn dữ liệu đã ghi xong. Khi trình chiếu "
                    "trong phòng họp, cắm cáp HDMI từ máy chiếu vào máy tính rồi nhấn "
                    "<b>Windows + P</b> để chọn <b>Duplicate</b> (hiển thị giống nhau) hoặc "
                    "<b>Extend</b> (mở rộng màn hình).</p>",
                ),
                ("heading", "Giữ máy tính an toàn"),
                (
                    "paragraph",
                    "<p>Windows Update vá các lỗ hổng mà kẻ xấu lợi dụng để cài mã độc: khi máy "
                    "nhắc cập nhật, hãy lưu tài liệu và khởi động lại vào cuối buổi. "
                    "<b>Windows Security</b> có sẵn trong Windows phát hiện và chặn virus; đừng tắt "
                    "nó. Quét ổ USB trước khi mở tệp bên trong, nhất là USB người dân mang đến nộp "
                    "hồ sơ. Cuối cùng, sao lưu định kỳ các thư mục công việc sang thư mục dùng chung "
                    "của cơ quan hoặc ổ lưu trữ được cấp.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p>Không tự cài phần mềm lạ, tiện ích “tăng tốc máy” hay bản "
                            "“crack”. Khi cần phần mềm mới, hãy đề nghị bộ phận công nghệ thông "
                            "tin của cơ quan.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Bài kiểm tra IU02",
        "slug": "bai-kiem-tra",
        "intro": (
            "<p>Bài kiểm tra về các thao tác cơ bản với máy tính: bật tắt máy, chuột và bàn phím, "
            "gõ tiếng Việt, quản lý tệp và thư mục, in ấn và giữ máy an toàn.</p>"
        ),
        "pass_mark": 70,
        "max_attempts": 3,
        "time_limit_minutes": 20,
        "draw_count": None,
        "questions": [
            {
                "kind": "single",
                "text": "Tổ hợp phím nào khóa màn hình Windows ngay lập tức?",
                "answers": [
                    ("Windows + L", True),
                    ("Windows + D", False),
                    ("Alt + F4", False),
                    ("Ctrl + L", False),
                ],
                "explanation": "<p><b>Windows + L</b> khóa máy; Windows + D chỉ thu nhỏ các cửa sổ.</p>",
            },
            {
                "kind": "single",
                "text": "Cách tắt máy tính đúng vào cuối ngày làm việc là",
                "answers": [
                    ("Lưu, đóng tài liệu rồi chọn Start → Power → Shut down", True),
                    ("Giữ nút nguồn cho tới khi máy tắt", False),
                    ("Rút dây điện của máy", False),
                    ("Tắt màn hình, để thân máy chạy qua đêm", False),
                ],
                "explanation": "<p>Tắt qua Start → Power → Shut down để hệ điều hành đóng mọi tệp an "
                "toàn.</p>",
            },
            {
                "kind": "single",
                "text": "Theo kiểu gõ Telex, để có chữ “đ” ta gõ",
                "answers": [("dd", True), ("d9", False), ("dj", False), ("dw", False)],
                "explanation": "<p>Telex dùng <b>dd</b> cho đ; <b>d9</b> là cách gõ của kiểu VNI.</p>",
            },
            {
                "kind": "single",
                "text": "Văn bản hành chính phải dùng bộ mã ký tự nào?",
                "answers": [
                    ("Unicode (TCVN 6909:2001)", True),
                    ("TCVN3 (ABC)", False),
                    ("VNI Windows", False),
                    ("Bộ mã tùy máy", False),
                ],
                "explanation": "<p>Nghị định 30/2020/NĐ-CP yêu cầu phông chữ tiếng Việt bộ mã Unicode "
                "theo TCVN 6909:2001.</p>",
            },
            {
                "kind": "multiple",
                "text": "Những phím tắt nào đúng với tác dụng ghi bên cạnh?",
                "answers": [
                    ("Ctrl + Z: hoàn tác thao tác vừa làm", True),
                    ("Alt + Tab: chuyển giữa các cửa sổ", True),
                    ("Ctrl + P: dán", False),
                    ("Ctrl + X: lưu tài liệu", False),
                ],
                "explanation": "<p>Ctrl + P là in, Ctrl + V là dán; Ctrl + X là cắt, Ctrl + S là lưu.</p>",
            },
            {
                "kind": "single",
                "text": "Phím nào dùng để đổi tên tệp đang chọn trong File Explorer?",
                "answers": [("F2", True), ("F5", False), ("Delete", False), ("Esc", False)],
                "explanation": "<p>F2 đổi tên; F5 làm mới danh sách.</p>",
            },
            {
                "kind": "single",
                "text": "Tên tệp nào sắp xếp theo thời gian tốt nhất khi xem trong thư mục?",
                "answers": [
                    ("2025-03-15_to-trinh.docx", True),
                    ("15-3-2025 to trinh.docx", False),
                    ("To trinh moi nhat.docx", False),
                    ("To trinh (sua lan 2).docx", False),
                ],
                "explanation": "<p>Ngày viết theo thứ tự năm-tháng-ngày, đủ hai chữ số, làm tệp tự xếp "
                "đúng thứ tự thời gian.</p>",
            },
            {
                "kind": "true_false",
                "text": "Tệp bị xóa trên ổ USB được chuyển vào Thùng rác của máy tính.",
                "answers": [("Đúng", False), ("Sai", True)],
                "explanation": "<p>Xóa trên ổ USB là xóa hẳn, không qua Thùng rác.</p>",
            },
            {
                "kind": "multiple",
                "text": "Những ký tự nào không được dùng trong tên tệp trên Windows?",
                "answers": [
                    ("?", True),
                    (":", True),
                    ("-", False),
                    ("_", False),
                    ("*", True),
                ],
                "explanation": '<p>Windows không cho dùng \\ / : * ? " &lt; &gt; | trong tên tệp; gạch '
                "nối và gạch dưới thì dùng được.</p>",
            },
            {
                "kind": "single",
                "text": "Tệp “danh-sach.pdf.exe” gửi kèm thư có phần mở rộng thật là gì?",
                "answers": [
                    (".exe, một chương trình chạy được, rất có thể là mã độc", True),
                    (".pdf, một tài liệu an toàn", False),
                    (".pdf.exe, một loại tài liệu mới", False),
                    ("Không có phần mở rộng", False),
                ],
                "explanation": "<p>Phần mở rộng là phần sau dấu chấm <b>cuối cùng</b>. Bật hiển thị "
                "phần mở rộng để nhận ra tệp giả mạo.</p>",
            },
            {
                "kind": "single",
                "text": "Khi cắm máy chiếu, tổ hợp phím nào mở lựa chọn Duplicate hoặc Extend?",
                "answers": [
                    ("Windows + P", True),
                    ("Windows + E", False),
                    ("Ctrl + P", False),
                    ("Alt + P", False),
                ],
                "explanation": "<p>Windows + P chọn cách hiển thị trên màn hình thứ hai; Ctrl + P là "
                "lệnh in.</p>",
            },
            {
                "kind": "true_false",
                "text": "Nên tắt Windows Security để máy chạy nhanh hơn.",
                "answers": [("Đúng", False), ("Sai", True)],
                "explanation": "<p>Windows Security chặn virus và mã độc; tắt nó khiến máy và dữ liệu "
                "cơ quan gặp nguy hiểm.</p>",
            },
        ],
    },
}
