# Demo course IU03: Xử lý văn bản cơ bản. Plain data only; see README.md in this folder.

COURSE = {
    "code": "IU03",
    "title": "Xử lý văn bản cơ bản",
    "slug": "iu03-xu-ly-van-ban-co-ban",
    "summary": (
        "Soạn thảo, định dạng và trình bày văn bản hành chính đúng thể thức theo Nghị định "
        "30/2020/NĐ-CP bằng Microsoft Word hoặc LibreOffice Writer; chèn bảng, in và xuất văn bản "
        "ra PDF để ký số và phát hành."
    ),
    "outcomes": [
        "Tạo, mở, lưu tài liệu ở các định dạng .docx, .odt và .pdf.",
        "Định dạng ký tự, đoạn văn và danh sách nhanh, thống nhất.",
        "Thiết lập khổ giấy, lề, phông chữ và các thành phần thể thức của văn bản hành chính.",
        "Chèn và định dạng bảng trong văn bản.",
        "Xem trước, in văn bản và xuất ra tệp PDF sẵn sàng để ký số.",
    ],
    "hours": "10",
    "level": "basic",
    "audience": "Cán bộ, công chức, viên chức và người lao động",
    "topic": "Ứng dụng văn phòng",
    "competencies": ["IU03"],
    "lessons": [
        {
            "title": "Làm quen với phần mềm soạn thảo",
            "slug": "lam-quen-voi-phan-mem-soan-thao",
            "minutes": 25,
            "body": [
                ("heading", "Word và Writer"),
                (
                    "paragraph",
                    "<p>Hai phần mềm soạn thảo phổ biến trong cơ quan là <b>Microsoft Word</b> (bộ "
                    "Microsoft 365 hoặc Office) và <b>LibreOffice Writer</b> (miễn phí, mã nguồn "
                    "mở). Cách làm việc của chúng rất giống nhau; bài học mô tả theo Word và nêu tên "
                    "lệnh của Writer khi khác. Word lưu tệp dạng <code>.docx</code>, Writer mặc định "
                    "lưu <code>.odt</code>; cả hai mở và lưu được định dạng của nhau.</p>"
                    "<p>Cửa sổ Word có <b>thanh Ribbon</b> ở trên với các thẻ: <b>Home</b> (phông "
                    "chữ, đoạn văn, kiểu), <b>Insert</b> (bảng, hình, số trang), <b>Layout</b> (lề, "
                    "khổ giấy, hướng trang), <b>Review</b> (kiểm tra chính tả, theo dõi thay đổi). "
                    "Writer dùng thanh trình đơn cổ điển (<b>File, Edit, View, Insert, Format, "
                    "Table</b>) kèm thanh công cụ và thanh bên.</p>",
                ),
                ("heading", "Tạo, lưu và mở tài liệu"),
                (
                    "paragraph",
                    "<p>Tạo tài liệu mới bằng <b>Ctrl + N</b>. Lần lưu đầu tiên, nhấn <b>Ctrl + S</b>, "
                    "chọn thư mục đúng trong cấu trúc hồ sơ của bạn và đặt tên tệp có nghĩa. Từ đó, "
                    "mỗi lần nhấn Ctrl + S chỉ ghi đè lên tệp đã có. Muốn giữ nguyên bản cũ và tạo "
                    "một bản mới, ví dụ khi chuyển từ dự thảo lần 1 sang lần 2, dùng <b>File → Save "
                    "As</b> (Lưu thành) và đặt tên khác.</p>"
                    "<p>Khi soạn thảo, chọn văn bản bằng cách kéo chuột hoặc giữ <b>Shift</b> và "
                    "dùng phím mũi tên; nhấp ba lần để chọn cả đoạn; <b>Ctrl + A</b> chọn toàn bộ. "
                    "<b>Ctrl + H</b> mở hộp <b>Find and Replace</b> (Tìm và thay thế), rất tiện khi "
                    "cần đổi tên một cơ quan xuất hiện nhiều lần trong tài liệu sau khi sắp xếp tổ "
                    "chức bộ máy.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>Trong Word, vào <b>File → Options → Advanced</b>, mục "
                            "<b>Display</b>, chọn đơn vị <b>Centimeters</b> để đặt lề và thụt "
                            "dòng theo đúng số đo của quy định.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Bạn muốn giữ dự thảo lần 1 và sửa tiếp thành dự thảo lần 2. Nên dùng "
                            "Save hay Save As?"
                        ),
                        "answer": (
                            "<p><b>Save As</b>, đặt tên mới như "
                            "<code>2025-05-10_du-thao-lan-2.docx</code>. Save ghi đè lên tệp đang "
                            "mở và làm mất dự thảo lần 1.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Định dạng ký tự, đoạn văn và danh sách",
            "slug": "dinh-dang-ky-tu-va-doan-van",
            "minutes": 30,
            "body": [
                ("heading", "Định dạng ký tự"),
                (
                    "paragraph",
                    "<p>Nhóm <b>Font</b> trên thẻ Home đổi phông chữ, cỡ chữ, kiểu chữ đậm "
                    "(<b>Ctrl + B</b>), nghiêng (<b>Ctrl + I</b>), gạch chân (<b>Ctrl + U</b>) và "
                    "màu chữ. Văn bản hành chính dùng phông <b>Times New Roman</b>, màu đen; chỉ "
                    "dùng chữ đậm, nghiêng ở những thành phần mà quy định yêu cầu, không tô màu hay "
                    "gạch chân tùy ý để nhấn mạnh.</p>",
                ),
                ("heading", "Định dạng đoạn văn"),
                (
                    "paragraph",
                    "<p>Một <b>đoạn</b> kết thúc ở chỗ bạn nhấn Enter. Nhóm <b>Paragraph</b> (trong "
                    "Writer là <b>Format → Paragraph</b>) quy định cách trình bày cả đoạn: căn lề "
                    "trái, giữa, phải hoặc <b>đều hai bên</b> (<b>Ctrl + J</b>); thụt lề dòng đầu "
                    "(<b>First line</b>); khoảng cách trước và sau đoạn (<b>Spacing Before/After</b>); "
                    "khoảng cách giữa các dòng (<b>Line spacing</b>).</p>"
                    "<p>Lỗi hay gặp là dùng phím cách để thụt đầu dòng và nhấn Enter hai lần để tách "
                    "đoạn. Văn bản trông đúng trên máy bạn nhưng lệch khi mở ở máy khác hoặc khi "
                    "sửa chữ. Hãy để định dạng đoạn văn làm những việc đó.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Định dạng phần nội dung của một công văn",
                        "steps": [
                            "<p>Chọn toàn bộ phần nội dung, nhấp phải và chọn "
                            "<b>Paragraph</b>.</p>",
                            "<p>Ở <b>Alignment</b> chọn <b>Justified</b> (đều hai bên).</p>",
                            "<p>Ở <b>Special</b> chọn <b>First line</b>, <b>By</b> nhập "
                            "<b>1 cm</b> hoặc <b>1,27 cm</b>.</p>",
                            "<p>Ở <b>Spacing</b>, đặt <b>Before</b> 6 pt; <b>Line spacing</b> chọn "
                            "<b>Single</b> hoặc <b>Exactly</b> 17 pt, không quá 1,5 dòng.</p>",
                            "<p>Nhấn <b>OK</b>, rồi đặt cỡ chữ 13 hoặc 14 cho phần đã chọn.</p>",
                        ],
                    },
                ),
                ("heading", "Danh sách, sao chép định dạng và kiểu"),
                (
                    "paragraph",
                    "<p>Nút <b>Bullets</b> và <b>Numbering</b> tạo danh sách gạch đầu dòng hoặc đánh "
                    "số tự động; khi thêm hay xóa một mục, số thứ tự tự cập nhật. Công cụ "
                    "<b>Format Painter</b> (cây chổi; trong Writer là <b>Clone Formatting</b>) chép "
                    "định dạng của đoạn này sang đoạn khác chỉ bằng hai cú nhấp.</p>"
                    "<p>Với tài liệu dài như đề án, báo cáo tổng kết, hãy dùng <b>Styles</b> (kiểu): "
                    "định dạng “Heading 1” cho tên phần, “Heading 2” cho tên mục. Sửa kiểu một lần "
                    "là mọi tiêu đề cùng kiểu thay đổi theo, và Word tạo được mục lục tự động từ "
                    "các tiêu đề đó.</p>",
                ),
            ],
        },
        {
            "title": "Trình bày văn bản hành chính theo Nghị định 30/2020/NĐ-CP",
            "slug": "the-thuc-van-ban-hanh-chinh",
            "minutes": 35,
            "body": [
                ("heading", "Khổ giấy, lề và phông chữ"),
                (
                    "paragraph",
                    "<p>Nghị định 30/2020/NĐ-CP về công tác văn thư quy định thể thức và kỹ thuật "
                    "trình bày văn bản hành chính. Văn bản trình bày trên khổ giấy <b>A4</b> "
                    "(210 mm × 297 mm), theo chiều dài của trang. Lề trên và lề dưới cách mép "
                    "<b>20–25 mm</b>, lề trái <b>30–35 mm</b>, lề phải <b>15–20 mm</b>. Phông chữ "
                    "<b>Times New Roman</b>, bộ mã Unicode theo TCVN 6909:2001, màu đen.</p>"
                    "<p>Trong Word, đặt lề ở <b>Layout → Margins → Custom Margins</b>; trong Writer "
                    "ở <b>Format → Page Style</b>, thẻ <b>Page</b>. Nên lưu một tệp mẫu đã đặt sẵn "
                    "khổ giấy, lề và phông để mọi văn bản của phòng dùng chung.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "document-page",
                        "alt": (
                            "Trang văn bản có tên cơ quan ở góc trái, quốc hiệu ở góc phải, tên "
                            "loại văn bản ở giữa, các đoạn nội dung và khối chữ ký có con dấu ở "
                            "cuối trang"
                        ),
                        "caption": (
                            "Bố cục trang đầu văn bản hành chính: tên cơ quan và quốc hiệu, tên "
                            "loại, nội dung, chữ ký và dấu."
                        ),
                    },
                ),
                ("heading", "Các thành phần ở đầu văn bản"),
                (
                    "paragraph",
                    "<p>Ở trang đầu, bên phải là <b>Quốc hiệu</b> “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                    "NAM” in hoa, cỡ chữ 12–13, đứng, đậm; ngay dưới là <b>Tiêu ngữ</b> “Độc lập - "
                    "Tự do - Hạnh phúc” cỡ 13–14, đứng, đậm, căn giữa, có đường kẻ ngang nét liền "
                    "dài bằng dòng chữ. Bên trái là <b>tên cơ quan ban hành</b> và dưới đó là "
                    "<b>số, ký hiệu</b> của văn bản.</p>"
                    "<p>Dưới tiêu ngữ là <b>địa danh và thời gian ban hành</b>, chữ in thường, "
                    "nghiêng, ví dụ “Đồng Nai, ngày 05 tháng 01 năm 2026”; ngày nhỏ hơn 10 và "
                    "tháng 1, 2 phải thêm số 0 ở trước. Để hai khối trái và phải thẳng hàng, người "
                    "ta thường đặt chúng trong một <b>bảng hai cột không viền</b>.</p>",
                ),
                ("heading", "Phần nội dung và số trang"),
                (
                    "paragraph",
                    "<p>Nội dung dùng cỡ chữ 13–14, căn đều hai lề, lùi đầu dòng 1 cm hoặc 1,27 cm; "
                    "khoảng cách giữa các đoạn tối thiểu 6 pt; khoảng cách dòng từ dòng đơn đến 1,5 "
                    "dòng. Số trang ghi bằng chữ số Ả Rập, cỡ 13–14, đặt giữa phần lề trên, và "
                    "<b>không hiển thị ở trang thứ nhất</b>: trong Word chèn ở <b>Insert → Page "
                    "Number → Top of Page</b>, rồi đánh dấu <b>Different First Page</b>.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "text": (
                            "<p>Mỗi cơ quan có thể có quy chế công tác văn thư chi tiết hơn. Khi "
                            "phân vân, hãy hỏi văn thư cơ quan và đối chiếu Phụ lục I của Nghị định "
                            "30/2020/NĐ-CP.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": "Viết đúng dòng địa danh, thời gian cho văn bản ký ngày 3/2/2026 "
                        "tại Đồng Nai.",
                        "answer": "<p><i>Đồng Nai, ngày 03 tháng 02 năm 2026</i>: ngày và tháng có "
                        "thêm số 0, chữ in thường, nghiêng.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Bảng, in ấn và xuất PDF để ký số",
            "slug": "bang-in-an-va-xuat-pdf",
            "minutes": 30,
            "body": [
                ("heading", "Chèn và định dạng bảng"),
                (
                    "paragraph",
                    "<p>Bảng giúp trình bày danh sách, số liệu, phụ lục gọn gàng. Chọn "
                    "<b>Insert → Table</b> và kéo chuột để chọn số cột, số hàng (Writer: "
                    "<b>Table → Insert Table</b>, <b>Ctrl + F12</b>). Nhấn <b>Tab</b> ở ô cuối cùng "
                    "để thêm hàng mới. Nhấp phải để chèn, xóa hàng hay cột, hoặc <b>Merge Cells</b> "
                    "(gộp ô) cho tiêu đề nhóm.</p>"
                    "<p>Với bảng dài nhiều trang, chọn hàng tiêu đề và bật <b>Repeat Header Rows</b> "
                    "(Lặp lại hàng tiêu đề) để mỗi trang đều có tên cột. Số liệu nên căn phải, chữ "
                    "căn trái, tiêu đề cột in đậm và căn giữa. Nếu số liệu cần tính toán, hãy lập "
                    "trong bảng tính rồi dán sang, thay vì cộng tay trong Word.</p>",
                ),
                ("heading", "Xem trước và in"),
                (
                    "paragraph",
                    "<p>Nhấn <b>Ctrl + P</b> để mở màn hình in: bên phải là bản xem trước, bên trái "
                    "là các lựa chọn máy in, số bản, phạm vi trang (ví dụ <code>1-3, 5</code>), in "
                    "một mặt hay hai mặt. Luôn xem trước để phát hiện trang trắng thừa, bảng bị cắt "
                    "hay chữ ký bị đẩy sang trang sau một mình.</p>",
                ),
                ("heading", "Xuất PDF và ký số"),
                (
                    "paragraph",
                    "<p>Văn bản điện tử của cơ quan được phát hành ở định dạng <b>PDF</b>, phiên bản "
                    "1.4 trở lên, và được ký số bởi người có thẩm quyền và của cơ quan. Tệp PDF giữ "
                    "nguyên bố cục trên mọi máy và không bị sửa nhầm như tệp .docx. Sau khi văn bản "
                    "được duyệt, văn thư hoặc người được giao xuất PDF rồi ký số bằng phần mềm ký số "
                    "mà cơ quan cung cấp, thường ngay trong hệ thống quản lý văn bản và điều "
                    "hành.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Xuất văn bản ra PDF",
                        "steps": [
                            "<p>Kiểm tra lần cuối bằng <b>Ctrl + P</b> (xem trước), rồi đóng màn "
                            "hình in.</p>",
                            "<p>Trong Word chọn <b>File → Save As</b>, ở <b>Save as type</b> chọn "
                            "<b>PDF (*.pdf)</b>. Trong Writer chọn <b>File → Export as → Export as "
                            "PDF</b>.</p>",
                            "<p>Đặt tên tệp theo quy ước của cơ quan, ví dụ "
                            "<code>125-UBND-VP_2026-01-05.pdf</code>, rồi nhấn <b>Save</b>.</p>",
                            "<p>Mở tệp PDF vừa tạo để kiểm tra phông chữ, số trang và bố cục "
                            "trước khi chuyển đi ký số.</p>",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p>Đã ký số thì không sửa tệp PDF. Nếu phát hiện sai sót, sửa bản "
                            "<code>.docx</code>, xuất PDF mới và ký lại; mọi chỉnh sửa sau khi ký "
                            "đều làm chữ ký số mất hiệu lực.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Bài kiểm tra IU03",
        "slug": "bai-kiem-tra",
        "intro": (
            "<p>Bài kiểm tra về soạn thảo, định dạng, thể thức văn bản hành chính, bảng, in ấn và "
            "xuất văn bản ra PDF.</p>"
        ),
        "pass_mark": 70,
        "max_attempts": 3,
        "time_limit_minutes": 25,
        "draw_count": None,
        "questions": [
            {
                "kind": "single",
                "text": "Theo Nghị định 30/2020/NĐ-CP, văn bản hành chính dùng phông chữ nào?",
                "answers": [
                    ("Times New Roman", True),
                    ("Arial", False),
                    ("VNI-Times", False),
                    (".VnTime", False),
                ],
                "explanation": "<p>Phông <b>Times New Roman</b>, bộ mã Unicode theo TCVN 6909:2001, "
                "màu đen.</p>",
            },
            {
                "kind": "single",
                "text": "Lề trái của văn bản hành chính cách mép trang bao nhiêu?",
                "answers": [
                    ("30–35 mm", True),
                    ("15–20 mm", False),
                    ("20–25 mm", False),
                    ("40–45 mm", False),
                ],
                "explanation": "<p>Lề trái 30–35 mm; lề phải 15–20 mm; lề trên, dưới 20–25 mm.</p>",
            },
            {
                "kind": "single",
                "text": "Tổ hợp phím nào căn đều hai bên cho đoạn văn?",
                "answers": [
                    ("Ctrl + J", True),
                    ("Ctrl + E", False),
                    ("Ctrl + L", False),
                    ("Ctrl + R", False),
                ],
                "explanation": "<p>Ctrl + J căn đều hai bên; Ctrl + E căn giữa, Ctrl + L căn trái, "
                "Ctrl + R căn phải.</p>",
            },
            {
                "kind": "multiple",
                "text": "Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” được trình bày thế nào?",
                "answers": [
                    ("In hoa", True),
                    ("Đứng, đậm", True),
                    ("In nghiêng", False),
                    ("Cỡ chữ 16", False),
                ],
                "explanation": "<p>Quốc hiệu in hoa, cỡ chữ 12–13, kiểu chữ đứng, đậm.</p>",
            },
            {
                "kind": "single",
                "text": "Dòng địa danh, thời gian nào đúng thể thức?",
                "answers": [
                    ("Đồng Nai, ngày 05 tháng 01 năm 2026", True),
                    ("Đồng Nai, ngày 5 tháng 1 năm 2026", False),
                    ("Đồng Nai, 05/01/2026", False),
                    ("Đồng Nai, ngày 05 tháng 1 năm 2026", False),
                ],
                "explanation": "<p>Ngày nhỏ hơn 10 và tháng 1, 2 phải thêm số 0 ở trước.</p>",
            },
            {
                "kind": "true_false",
                "text": "Số trang của văn bản hành chính được hiển thị ở cả trang thứ nhất.",
                "answers": [("Đúng", False), ("Sai", True)],
                "explanation": "<p>Số trang đặt giữa lề trên và không hiển thị ở trang thứ nhất.</p>",
            },
            {
                "kind": "single",
                "text": "Muốn giữ bản dự thảo cũ và lưu bản sửa thành một tệp khác, bạn dùng lệnh nào?",
                "answers": [
                    ("File → Save As", True),
                    ("Ctrl + S", False),
                    ("File → Close", False),
                    ("Ctrl + Z", False),
                ],
                "explanation": "<p>Save As tạo tệp mới; Ctrl + S ghi đè lên tệp đang mở.</p>",
            },
            {
                "kind": "multiple",
                "text": "Cách nào đúng để thụt đầu dòng và tách các đoạn văn?",
                "answers": [
                    ("Đặt First line trong hộp Paragraph", True),
                    ("Đặt khoảng cách Before hoặc After cho đoạn", True),
                    ("Gõ nhiều dấu cách ở đầu đoạn", False),
                    ("Nhấn Enter hai lần giữa các đoạn", False),
                ],
                "explanation": "<p>Định dạng đoạn văn giữ bố cục ổn định trên mọi máy; dấu cách và "
                "dòng trống thừa làm văn bản lệch khi sửa.</p>",
            },
            {
                "kind": "single",
                "text": "Tính năng nào giúp bảng dài nhiều trang có tên cột ở đầu mỗi trang?",
                "answers": [
                    ("Repeat Header Rows", True),
                    ("Merge Cells", False),
                    ("Format Painter", False),
                    ("Different First Page", False),
                ],
                "explanation": "<p>Repeat Header Rows lặp lại hàng tiêu đề của bảng ở mỗi trang.</p>",
            },
            {
                "kind": "single",
                "text": "Văn bản điện tử của cơ quan được phát hành ở định dạng nào?",
                "answers": [
                    ("PDF, phiên bản 1.4 trở lên", True),
                    ("DOCX", False),
                    ("Ảnh chụp JPG", False),
                    ("ODT", False),
                ],
                "explanation": "<p>Nghị định 30/2020/NĐ-CP quy định văn bản điện tử dạng .pdf, phiên "
                "bản 1.4 trở lên, được ký số.</p>",
            },
            {
                "kind": "true_false",
                "text": "Có thể sửa lỗi chính tả trực tiếp trên tệp PDF đã ký số mà chữ ký số vẫn còn "
                "hiệu lực.",
                "answers": [("Đúng", False), ("Sai", True)],
                "explanation": "<p>Mọi thay đổi sau khi ký làm chữ ký số mất hiệu lực; phải sửa bản gốc, "
                "xuất PDF mới và ký lại.</p>",
            },
            {
                "kind": "single",
                "text": "Dùng Styles (kiểu) như Heading 1, Heading 2 cho các tiêu đề có lợi gì?",
                "answers": [
                    (
                        "Sửa một lần áp dụng cho mọi tiêu đề cùng kiểu và tạo được mục lục tự động",
                        True,
                    ),
                    ("Làm tệp nhỏ hơn một nửa", False),
                    ("Tự kiểm tra thể thức theo Nghị định 30", False),
                    ("Khóa tài liệu để không ai sửa được", False),
                ],
                "explanation": "<p>Kiểu giữ định dạng thống nhất và là nguồn để tạo mục lục tự động.</p>",
            },
        ],
    },
}
