# Demo course IU05: Sử dụng trình chiếu cơ bản. Plain data only; see README.md in this folder.

from .iu05_quiz import QUIZ

COURSE = {
    "code": "IU05",
    "title": "Sử dụng trình chiếu cơ bản",
    "slug": "iu05-su-dung-trinh-chieu-co-ban",
    "summary": (
        "Khóa học hướng dẫn xây dựng bài trình chiếu bằng Microsoft PowerPoint hoặc LibreOffice "
        "Impress: chọn bố cục, viết chữ ngắn gọn, chèn hình ảnh và biểu đồ, dùng hiệu ứng tiết chế, "
        "trình bày tự tin tại cuộc họp và in tài liệu phát tay cho đại biểu."
    ),
    "outcomes": [
        "Tạo bài trình chiếu mới, chọn bố cục slide và dùng slide cái để thống nhất giao diện.",
        "Viết nội dung slide ngắn gọn, dễ đọc từ cuối phòng họp.",
        "Chèn và căn chỉnh hình ảnh, bảng, biểu đồ minh hoạ số liệu.",
        "Dùng hiệu ứng chuyển slide một cách tiết chế, phù hợp môi trường công vụ.",
        "Trình chiếu tại cuộc họp với chế độ người thuyết trình và in tài liệu phát tay.",
    ],
    "hours": "6",
    "level": "basic",
    "audience": "Cán bộ, công chức, viên chức và người lao động",
    "topic": "Ứng dụng văn phòng",
    "competencies": ["IU05"],
    "lessons": [
        {
            "title": "Bài trình chiếu và bố cục slide",
            "slug": "bai-trinh-chieu-va-bo-cuc-slide",
            "minutes": 30,
            "body": [
                ("heading", "Khi nào cần một bài trình chiếu?"),
                (
                    "paragraph",
                    "<p>Cán bộ, công chức thường phải trình bày trước tập thể: báo cáo kết quả công tác "
                    "quý tại cuộc họp giao ban, giới thiệu dự thảo văn bản để lấy ý kiến, tập huấn "
                    "nghiệp vụ cho cấp xã, hay hướng dẫn người dân dùng dịch vụ công trực tuyến. Bài "
                    "trình chiếu giúp người nghe theo dõi được cấu trúc bài nói, nhìn thấy số liệu và "
                    "hình ảnh minh hoạ. Tuy vậy, slide chỉ là công cụ hỗ trợ người nói, không thay thế "
                    "văn bản báo cáo: nội dung đầy đủ vẫn nằm trong báo cáo chính thức.</p>"
                    "<p>Hai phần mềm phổ biến là <b>Microsoft PowerPoint</b> (tệp <b>.pptx</b>) và "
                    "<b>LibreOffice Impress</b> (miễn phí, tệp <b>.odp</b>). Cửa sổ làm việc của cả "
                    "hai gồm: danh sách slide thu nhỏ bên trái, slide đang soạn ở giữa, vùng ghi chú "
                    "của người thuyết trình ở phía dưới và thanh lệnh ở trên.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "slide-deck",
                        "alt": "Một bộ slide gồm slide tiêu đề và các slide có gạch đầu dòng",
                        "caption": "Mỗi slide có tiêu đề rõ ràng và một vài ý chính.",
                    },
                ),
                ("heading", "Bố cục slide"),
                (
                    "paragraph",
                    "<p>Mỗi slide được tạo theo một <b>bố cục</b> (Layout) có sẵn các khung giữ chỗ "
                    "cho tiêu đề, nội dung, hình ảnh. Các bố cục hay dùng: <b>Title Slide</b> cho slide "
                    "mở đầu (tên báo cáo, đơn vị, ngày trình bày), <b>Title and Content</b> cho slide "
                    "nội dung thông thường, <b>Two Content</b> để đặt hai nội dung cạnh nhau, ví dụ "
                    "bảng số liệu và nhận xét, <b>Section Header</b> để chuyển phần. Hãy gõ vào khung "
                    "giữ chỗ thay vì tự vẽ hộp văn bản: khi đó tiêu đề có vị trí thống nhất và xuất "
                    "hiện đúng trong dàn ý.</p>"
                    "<p>Muốn đổi bố cục một slide đã có, chọn slide, vào <b>Home → Layout</b> "
                    "(Impress: <b>Slide → Layout</b>). Kích thước slide nên để <b>16:9</b>, phù hợp "
                    "với hầu hết màn hình và máy chiếu hiện nay.</p>",
                ),
                ("heading", "Dàn ý trước, thiết kế sau"),
                (
                    "paragraph",
                    "<p>Trước khi mở phần mềm, hãy viết dàn ý trên giấy: mục đích bài trình bày, người "
                    "nghe là ai, họ cần nhớ điều gì, cần quyết định điều gì. Một bài báo cáo 10 phút "
                    "tại cuộc họp thường chỉ cần 8–12 slide, theo cấu trúc: slide tiêu đề; nội dung "
                    "chính (tình hình, kết quả, tồn tại, nguyên nhân); đề xuất, kiến nghị; slide kết "
                    "thúc. Mỗi slide nên truyền tải <b>một ý chính</b>, thể hiện ngay ở tiêu đề, ví dụ "
                    "“Tỷ lệ hồ sơ đúng hạn tăng lên 96%” thay vì chỉ ghi “Kết quả”.</p>"
                    "<p>Để cả bộ slide thống nhất phông chữ, màu sắc, vị trí logo, hãy dùng <b>slide "
                    "cái</b>: <b>View → Slide Master</b> (Impress: <b>View → Master Slide</b>). Sửa một "
                    "lần trên slide cái, mọi slide dùng bố cục đó thay đổi theo. Nhiều cơ quan có sẵn "
                    "mẫu trình chiếu; nếu có, hãy dùng mẫu chung.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Tạo bài trình chiếu báo cáo quý",
                        "steps": [
                            "<p>Mở PowerPoint, chọn <b>Blank Presentation</b> hoặc mẫu của cơ quan.</p>",
                            "<p>Ở slide đầu, gõ tên báo cáo vào khung tiêu đề và tên đơn vị, ngày "
                            "họp vào khung phụ đề.</p>",
                            "<p>Nhấn <b>Ctrl + M</b> để thêm slide mới; chọn bố cục <b>Title and "
                            "Content</b>.</p>",
                            "<p>Gõ tiêu đề của từng slide theo dàn ý đã chuẩn bị, chưa cần trang "
                            "trí.</p>",
                            "<p>Lưu tệp với tên rõ ràng, ví dụ <code>BaoCao_Quy1_PhongTCHC.pptx</code>, "
                            "và nhấn <b>Ctrl + S</b> thường xuyên.</p>",
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Vì sao nên gõ tiêu đề vào khung giữ chỗ của bố cục thay vì tự chèn "
                        "một hộp văn bản?",
                        "answer": "<p>Khung giữ chỗ giữ vị trí, phông chữ thống nhất theo slide cái và "
                        "tiêu đề xuất hiện trong dàn ý, giúp điều hướng và tạo mục lục dễ dàng.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Trình bày văn bản trên slide",
            "slug": "trinh-bay-van-ban-tren-slide",
            "minutes": 30,
            "body": [
                ("heading", "Ít chữ, chữ to, đủ tương phản"),
                (
                    "paragraph",
                    "<p>Lỗi thường gặp nhất là chép nguyên đoạn văn từ báo cáo lên slide. Người nghe "
                    "không thể vừa đọc một đoạn dài vừa nghe người nói; cuối cùng họ không tiếp nhận "
                    "được cả hai. Slide chỉ nên chứa <b>từ khoá</b> và <b>con số chính</b>, còn lời "
                    "giải thích do người trình bày nói. Một gợi ý dễ nhớ: mỗi slide không quá khoảng "
                    "sáu dòng, mỗi dòng không quá một câu ngắn.</p>"
                    "<p>Cỡ chữ phải đọc được từ cuối phòng họp: tiêu đề khoảng 32–40 pt, nội dung "
                    "không nhỏ hơn 24 pt. Nếu phải giảm cỡ chữ xuống dưới mức đó để “nhét” cho vừa, "
                    "đó là dấu hiệu cần tách thành hai slide. Chọn phông chữ đơn giản, hỗ trợ tiếng Việt "
                    "Unicode đầy đủ như Arial, Calibri, Roboto hay Times New Roman; dùng tối đa hai "
                    "phông trong một bài. Tránh phông trang trí và tránh gõ toàn chữ in hoa cho đoạn "
                    "dài vì khó đọc.</p>"
                    "<p>Độ tương phản quan trọng hơn màu sắc đẹp: chữ tối trên nền sáng, hoặc chữ sáng "
                    "trên nền tối. Máy chiếu trong phòng họp thường làm màu nhạt đi, nên chữ xám nhạt "
                    "trên nền trắng hoặc chữ đỏ trên nền xanh có thể gần như không đọc được.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Khi mở tệp trên máy khác, chữ tiếng Việt có thể bị lỗi nếu dùng "
                        "phông chữ không có sẵn trên máy đó (ví dụ phông TCVN3 cũ như .VnTime). Hãy dùng "
                        "phông Unicode phổ biến, hoặc nhúng phông khi lưu: <b>File → Options → Save → "
                        "Embed fonts in the file</b>.</p>",
                    },
                ),
                ("heading", "Danh sách gạch đầu dòng và ghi chú"),
                (
                    "paragraph",
                    "<p>Danh sách gạch đầu dòng giúp tách ý, nhưng không nên lồng quá hai cấp. Dùng "
                    "phím <b>Tab</b> để lùi một dòng xuống cấp dưới và <b>Shift + Tab</b> để đưa lên "
                    "cấp trên. Với các bước có trình tự (ví dụ quy trình tiếp nhận hồ sơ), dùng danh "
                    "sách đánh số thay cho gạch đầu dòng.</p>"
                    "<p>Những gì cần nói nhưng không cần hiện lên màn hình, hãy ghi vào vùng "
                    "<b>Notes</b> (Ghi chú) bên dưới slide. Khi trình chiếu ở chế độ người thuyết "
                    "trình, chỉ bạn nhìn thấy ghi chú này trên màn hình máy tính, còn đại biểu chỉ "
                    "thấy slide. Ghi chú cũng có thể in ra cùng slide để làm tài liệu ôn tập.</p>",
                ),
                ("heading", "Ví dụ: rút gọn một slide"),
                (
                    "paragraph",
                    "<p>Bản nháp: “Trong quý I năm 2025, Bộ phận Một cửa của huyện đã tiếp nhận tổng "
                    "cộng 3.245 hồ sơ, trong đó có 2.110 hồ sơ được nộp trực tuyến qua Cổng dịch vụ "
                    "công, chiếm tỷ lệ 65%, tăng so với quý IV năm 2024…”. Bản tốt hơn có tiêu đề "
                    "“Hồ sơ trực tuyến đạt 65%” và ba dòng: <i>3.245 hồ sơ tiếp nhận</i>; <i>2.110 hồ "
                    "sơ trực tuyến (65%)</i>; <i>tăng so với quý IV/2024</i>. Phần diễn giải, người "
                    "trình bày nói bằng lời.</p>",
                ),
                (
                    "check",
                    {
                        "question": "Một slide có 12 dòng chữ cỡ 16 pt. Nên xử lý thế nào?",
                        "answer": "<p>Rút gọn thành từ khóa và con số chính, chuyển phần diễn giải vào "
                        "Ghi chú, hoặc tách thành hai slide để cỡ chữ nội dung không nhỏ hơn khoảng "
                        "24 pt.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Hình ảnh, bảng và biểu đồ",
            "slug": "hinh-anh-bang-va-bieu-do",
            "minutes": 35,
            "body": [
                ("heading", "Chèn hình ảnh đúng mục đích"),
                (
                    "paragraph",
                    "<p>Một hình ảnh phù hợp có thể thay cho nhiều dòng chữ: ảnh chụp màn hình các "
                    "bước nộp hồ sơ trên Cổng dịch vụ công, sơ đồ tổ chức bộ máy, ảnh hiện trạng công "
                    "trình cần đầu tư. Chèn ảnh bằng <b>Insert → Pictures</b> (Impress: <b>Insert → "
                    "Image</b>). Kéo các núm ở <i>góc</i> ảnh để đổi kích thước mà không làm méo; dùng "
                    "<b>Crop</b> (Cắt xén) để bỏ phần thừa. Khi chụp màn hình phần mềm, hãy cắt chỉ "
                    "lấy vùng cần thiết và có thể khoanh đỏ nút cần bấm.</p>"
                    "<p>Chỉ dùng ảnh do cơ quan tự chụp, ảnh có giấy phép sử dụng rõ ràng hoặc ảnh từ "
                    "nguồn chính thống, tránh tải tuỳ tiện ảnh có bản quyền trên mạng. Không đưa lên "
                    "slide ảnh chụp giấy tờ có thông tin cá nhân của người dân (căn cước, địa chỉ, số "
                    "điện thoại) nếu chưa che đi. Ảnh trang trí không liên quan đến nội dung chỉ làm "
                    "người nghe phân tán.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Ảnh chụp từ điện thoại thường rất nặng, khiến tệp trình chiếu lên tới "
                        "hàng trăm MB, khó gửi qua thư điện tử. Chọn ảnh, vào <b>Picture Format → "
                        "Compress Pictures</b>, bỏ các phần đã cắt và chọn độ phân giải phù hợp để giảm "
                        "dung lượng.</p>",
                    },
                ),
                ("heading", "Bảng và biểu đồ"),
                (
                    "paragraph",
                    "<p>Bảng trên slide nên nhỏ: tối đa khoảng 5–6 hàng và 4–5 cột. Nếu bảng gốc trong "
                    "báo cáo lớn hơn, hãy chỉ đưa các dòng quan trọng nhất hoặc chuyển thành biểu đồ; "
                    "bảng đầy đủ để trong tài liệu phát tay. Chèn bảng bằng <b>Insert → Table</b> "
                    "và tô đậm hoặc tô màu ô cần nhấn mạnh.</p>"
                    "<p>Biểu đồ là cách tốt nhất để trình bày số liệu trước đông người. Có hai cách: "
                    "tạo biểu đồ trong Excel hoặc Calc rồi sao chép sang slide, hoặc dùng <b>Insert → "
                    "Chart</b> ngay trong PowerPoint, khi đó một bảng dữ liệu nhỏ mở ra để nhập số "
                    "liệu. Nguyên tắc chọn loại biểu đồ giống như trong bảng tính: cột để so sánh, "
                    "đường cho xu hướng theo thời gian, tròn cho cơ cấu ít phần. Trên slide, hãy bỏ "
                    "bớt chi tiết thừa như đường lưới, chú thích không cần thiết; phóng to nhãn dữ "
                    "liệu; dùng một màu nổi bật cho cột cần người nghe chú ý, ví dụ đơn vị mình.</p>"
                    "<p>Với quy trình hoặc sơ đồ tổ chức, dùng <b>SmartArt</b> (Impress: vẽ bằng các "
                    "hình khối và đường nối) thay cho danh sách chữ.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Chèn biểu đồ số hồ sơ trực tuyến theo tháng",
                        "steps": [
                            "<p>Thêm slide bố cục <b>Title and Content</b>, gõ tiêu đề “Hồ sơ trực "
                            "tuyến tăng đều qua các tháng”.</p>",
                            "<p>Nhấn biểu tượng biểu đồ trong khung nội dung, chọn <b>Line</b> "
                            "(đường), nhấn OK.</p>",
                            "<p>Trong bảng dữ liệu mở ra, nhập các tháng ở cột đầu và số hồ sơ ở cột "
                            "thứ hai, xoá các cột mẫu không dùng, rồi đóng bảng.</p>",
                            "<p>Bật nhãn dữ liệu, xoá đường lưới, tăng cỡ chữ trục lên khoảng 18 pt.</p>",
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Bạn cần trình bày bảng 40 dòng số liệu của các xã. Nên làm gì trên "
                        "slide?",
                        "answer": "<p>Không đưa cả bảng lên slide. Chọn vài dòng quan trọng hoặc chuyển "
                        "thành biểu đồ, còn bảng đầy đủ đưa vào tài liệu phát tay hoặc phụ lục báo "
                        "cáo.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Hiệu ứng chuyển slide và chuẩn bị trình bày",
            "slug": "hieu-ung-va-chuan-bi-trinh-bay",
            "minutes": 25,
            "body": [
                ("heading", "Hiệu ứng: ít mà tinh"),
                (
                    "paragraph",
                    "<p>Phần mềm trình chiếu có hai loại hiệu ứng. <b>Hiệu ứng chuyển slide</b> "
                    "(Transitions) xảy ra khi chuyển từ slide này sang slide khác. <b>Hiệu ứng hoạt "
                    "ảnh</b> (Animations) áp dụng cho từng đối tượng trên slide, ví dụ cho các dòng "
                    "xuất hiện lần lượt. Dùng quá nhiều hiệu ứng xoay, bay, nảy, kèm âm thanh khiến "
                    "bài trình bày thiếu nghiêm túc trong môi trường công vụ, làm người nghe mất tập "
                    "trung và tốn thời gian chờ.</p>"
                    "<p>Nguyên tắc gợi ý: chọn <b>một</b> kiểu chuyển slide nhẹ nhàng như <b>Fade</b> "
                    "(mờ dần) hoặc không dùng, áp dụng cho tất cả slide bằng <b>Apply To All</b>. Chỉ "
                    "dùng hoạt ảnh khi nó giúp hiểu nội dung: cho các bước của quy trình xuất hiện lần "
                    "lượt khi bạn giải thích, hoặc làm nổi bật một con số. Không dùng âm thanh hiệu "
                    "ứng. Trong Impress, các lệnh nằm ở <b>Slide → Slide Transition</b> và "
                    "<b>Format → Animation</b>.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "text": "<p>Hiệu ứng không hiện khi in và khi xuất PDF. Vì vậy, đừng để nội "
                        "dung chồng lên nhau chờ hiệu ứng ẩn hiện: trên bản in, các nội dung đó sẽ "
                        "đè lên nhau.</p>",
                    },
                ),
                ("heading", "Kiểm tra và tập dượt"),
                (
                    "paragraph",
                    "<p>Trước buổi họp, hãy xem lại toàn bộ bài ở chế độ <b>Slide Sorter</b> (sắp xếp "
                    "slide) để kiểm tra trình tự và sự thống nhất. Đọc soát lỗi chính tả, tên đơn vị, "
                    "chức danh, số liệu, đặc biệt đối chiếu số liệu trên slide với báo cáo chính thức; "
                    "một con số lệch giữa slide và báo cáo sẽ làm giảm độ tin cậy của cả bài. Có thể "
                    "dùng <b>Review → Spelling</b> nhưng công cụ này kiểm tra tiếng Việt hạn chế, nên "
                    "vẫn cần đọc lại.</p>"
                    "<p>Tập nói thành tiếng ít nhất một lần với đồng hồ. Chức năng <b>Slide Show → "
                    "Rehearse Timings</b> ghi lại thời gian trên từng slide, giúp bạn biết bài có vượt "
                    "thời lượng được phân công hay không. Nếu chỉ có 7 phút, hãy lược bớt slide thay vì "
                    "nói nhanh hơn.</p>"
                    "<p>Cuối cùng, chuẩn bị phương án dự phòng: lưu bài vào máy, vào USB đã quét virus "
                    "và một bản PDF; đến sớm để thử máy chiếu, kiểm tra phông chữ và video (nếu có) "
                    "trên máy tính của phòng họp.</p>",
                ),
                (
                    "check",
                    {
                        "question": "Bài trình bày 15 slide, mỗi slide dùng một kiểu chuyển slide khác "
                        "nhau và có âm thanh vỗ tay. Nên sửa thế nào?",
                        "answer": "<p>Chọn một kiểu chuyển nhẹ nhàng như Fade (hoặc không dùng), áp dụng "
                        "cho tất cả slide, và bỏ âm thanh hiệu ứng.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Trình chiếu tại cuộc họp và in tài liệu phát tay",
            "slug": "trinh-chieu-tai-cuoc-hop-va-in-tai-lieu",
            "minutes": 35,
            "body": [
                ("heading", "Kết nối máy chiếu và chế độ người thuyết trình"),
                (
                    "paragraph",
                    "<p>Khi cắm máy tính xách tay vào máy chiếu hoặc màn hình lớn qua cổng HDMI, nhấn "
                    "<b>Windows + P</b> để chọn chế độ hiển thị. Chọn <b>Extend</b> (Mở rộng) để dùng "
                    "<b>chế độ người thuyết trình</b> (Presenter View; Impress gọi là Presenter "
                    "Console): màn hình lớn chỉ hiện slide, còn màn hình máy tính của bạn hiện slide "
                    "hiện tại, slide tiếp theo, ghi chú và đồng hồ. Chọn <b>Duplicate</b> (Nhân bản) "
                    "nếu muốn hai màn hình giống hệt nhau.</p>"
                    "<p>Các phím tắt cần nhớ khi trình chiếu:</p>"
                    "<ul><li><b>F5</b>: trình chiếu từ slide đầu; <b>Shift + F5</b>: từ slide hiện "
                    "tại.</li>"
                    "<li><b>Mũi tên phải</b>, <b>Enter</b> hoặc <b>Space</b>: slide tiếp; <b>mũi tên "
                    "trái</b>: quay lại.</li>"
                    "<li>Gõ số slide rồi nhấn <b>Enter</b>: nhảy đến slide đó, tiện khi đại biểu hỏi "
                    "lại một nội dung.</li>"
                    "<li><b>B</b>: màn hình đen, <b>W</b>: màn hình trắng, để người nghe tập trung vào "
                    "thảo luận; nhấn lại để tiếp tục.</li>"
                    "<li><b>Esc</b>: kết thúc trình chiếu.</li></ul>",
                ),
                ("heading", "Trình bày trước cuộc họp"),
                (
                    "paragraph",
                    "<p>Đứng ở vị trí không che màn hình, nói với người nghe chứ không đọc slide. Mở đầu "
                    "bằng mục đích và thời lượng, ví dụ: “Tôi xin báo cáo kết quả cải cách hành chính "
                    "quý I trong 10 phút, gồm ba phần và hai đề xuất cần cuộc họp cho ý kiến”. Khi nói "
                    "đến số liệu, hãy chỉ rõ trên biểu đồ. Kết thúc bằng slide tóm tắt đề xuất, để nó "
                    "hiển thị trong lúc thảo luận thay vì slide “Xin cảm ơn”. Trước khi cắm máy vào máy "
                    "chiếu, hãy đóng các ứng dụng nhắn tin và tắt thông báo để tránh tin nhắn riêng "
                    "hoặc tài liệu không liên quan hiện lên màn hình chung.</p>",
                ),
                ("heading", "In tài liệu phát tay"),
                (
                    "paragraph",
                    "<p>Tài liệu phát tay giúp đại biểu ghi chú và lưu lại nội dung. In toàn trang mỗi "
                    "slide một tờ rất tốn giấy; thay vào đó hãy in dạng <b>Handouts</b> nhiều slide "
                    "trên một trang. Kiểu <b>3 slides</b> có các dòng kẻ bên cạnh để ghi chú; kiểu 6 "
                    "slide tiết kiệm giấy hơn. Nên in đen trắng (Grayscale) nếu slide có nền màu đậm. "
                    "Nếu gửi tài liệu trước cuộc họp qua thư điện tử hoặc hệ thống quản lý văn bản, hãy "
                    "xuất bản PDF: <b>File → Export → Create PDF/XPS</b> (Impress: <b>File → Export "
                    "as PDF</b>).</p>",
                ),
                (
                    "steps",
                    {
                        "title": "In tài liệu phát tay 3 slide mỗi trang",
                        "steps": [
                            "<p>Nhấn <b>Ctrl + P</b> để mở màn hình in.</p>",
                            "<p>Ở mục <b>Settings</b>, nhấn vào ô <b>Full Page Slides</b> và chọn "
                            "<b>3 Slides</b> trong nhóm Handouts (Impress: mục Document chọn "
                            "<b>Handouts</b>, số slide mỗi trang là 3).</p>",
                            "<p>Chọn <b>Grayscale</b> nếu in đen trắng; chọn in hai mặt nếu máy in hỗ "
                            "trợ.</p>",
                            "<p>Xem trước ở khung bên phải, chọn số bản theo số đại biểu rồi nhấn "
                            "<b>Print</b>.</p>",
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Khi trình chiếu, đại biểu hỏi lại số liệu ở slide 6 trong khi bạn "
                        "đang ở slide 11. Cách nhanh nhất để quay lại là gì?",
                        "answer": "<p>Gõ <b>6</b> rồi nhấn <b>Enter</b>; sau khi trả lời, gõ 11 và Enter "
                        "để trở lại.</p>",
                    },
                ),
            ],
        },
    ],
    "quiz": QUIZ,
}
