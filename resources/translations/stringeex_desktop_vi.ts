<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddAgentDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/add_agent_dialog.py" line="45"/>
        <source>Edit agent</source>
        <translation>Sửa nhân viên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/add_agent_dialog.py" line="47"/>
        <source>Deactivating keeps the agent&apos;s history; their open tickets go to other members of their queues.</source>
        <translation>Ngừng hoạt động vẫn giữ lịch sử của nhân viên; các ticket đang mở của họ được chuyển cho các thành viên khác trong hàng đợi của họ.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/add_agent_dialog.py" line="77"/>
        <source>Enter the agent&apos;s email address.</source>
        <translation>Nhập địa chỉ email của nhân viên.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/add_agent_dialog.py" line="79"/>
        <source>Enter the agent&apos;s full name.</source>
        <translation>Nhập họ tên đầy đủ của nhân viên.</translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="14"/>
        <source>Add agent</source>
        <translation>Thêm nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="23"/>
        <source>The agent works the tickets of the checked queues. Only admins add agents.</source>
        <translation>Nhân viên xử lý các ticket của những hàng đợi được đánh dấu. Chỉ quản trị viên mới thêm được nhân viên.</translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="41"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="51"/>
        <source>agent@acme.example</source>
        <translation>nhanvien@acme.example</translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="74"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="84"/>
        <source>Alex Nguyen</source>
        <translation>Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="107"/>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="136"/>
        <source>&amp;Queues:</source>
        <translation>&amp;Hàng đợi:</translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="175"/>
        <source>A deactivated agent cannot sign in, go online or be assigned tickets; their open tickets go back to routing</source>
        <translation>Nhân viên đã ngừng hoạt động không thể đăng nhập, vào trực tuyến hay được giao ticket; các ticket đang mở của họ được định tuyến lại</translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="178"/>
        <source>&amp;Active</source>
        <translation>Hoạ&amp;t động</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="20"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="20"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="20"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="21"/>
        <source>Presence</source>
        <translation>Trạng thái trực tuyến</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="21"/>
        <source>Queues</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="42"/>
        <source>Deactivated</source>
        <translation>Đã ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="43"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="43"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../../ui/agents_page.ui" line="29"/>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/agents_page.ui" line="39"/>
        <source>Admins manage the portal and everyone; supervisors manage email addresses, queues and all tickets; agents work the tickets of their queues.</source>
        <translation>Quản trị viên quản lý portal và mọi người; giám sát viên quản lý địa chỉ email, hàng đợi và mọi ticket; nhân viên xử lý ticket của hàng đợi mình.</translation>
    </message>
    <message>
        <location filename="../../ui/agents_page.ui" line="54"/>
        <source>&amp;Add agent…</source>
        <translation>&amp;Thêm nhân viên…</translation>
    </message>
    <message>
        <location filename="../../ui/agents_page.ui" line="68"/>
        <source>Change the selected agent&apos;s name, role, queues or whether they are active (Enter)</source>
        <translation>Đổi tên, vai trò, hàng đợi hoặc trạng thái hoạt động của nhân viên đã chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/agents_page.ui" line="71"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agents_page.py" line="51"/>
        <source>Select the agent to edit.</source>
        <translation>Chọn nhân viên cần sửa.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_list.py" line="27"/>
        <source>(unnamed)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_list.py" line="28"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_list.py" line="29"/>
        <source>{0}
{1}, {2}</source>
        <translation>{0}
{1}, {2}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_list.py" line="32"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_list.py" line="33"/>
        <source>Open {0}</source>
        <translation>Mở {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_list.py" line="36"/>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_list.py" line="37"/>
        <source>Save {0} as</source>
        <translation>Lưu {0} thành</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_opener.py" line="82"/>
        <source>Open a program?</source>
        <translation>Mở một chương trình?</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_opener.py" line="83"/>
        <source>{0} is a program or script. Opening it can run code on this computer with your rights. Open it only if you expected it from this sender and trust them.</source>
        <translation>{0} là một chương trình hoặc script. Mở nó có thể chạy mã trên máy tính này với quyền của bạn. Chỉ mở nếu bạn đang chờ tệp này từ người gửi này và tin tưởng họ.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_opener.py" line="86"/>
        <source>Open Anyway</source>
        <translation>Vẫn mở</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_opener.py" line="97"/>
        <source>{0} could not be written for opening: {1}</source>
        <translation>Không ghi được {0} để mở: {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_opener.py" line="101"/>
        <source>No program on this computer opens {0}; use Save as.</source>
        <translation>Không có chương trình nào trên máy tính này mở được {0}; hãy dùng Lưu thành.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_opener.py" line="123"/>
        <source>Save attachment</source>
        <translation>Lưu tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/attachment_opener.py" line="138"/>
        <source>{0} was not saved: {1}</source>
        <translation>Không lưu được {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CannedPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/canned_page.py" line="41"/>
        <source>Only supervisors and admins change canned replies.</source>
        <translation>Chỉ giám sát viên và quản trị viên mới thay đổi được câu trả lời mẫu.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/canned_page.py" line="103"/>
        <source>Saved “{0}”.</source>
        <translation>Đã lưu “{0}”.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/canned_page.py" line="116"/>
        <source>Removed “{0}”.</source>
        <translation>Đã xóa “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_page.ui" line="29"/>
        <source>Canned replies</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/canned_page.ui" line="39"/>
        <source>Answers agents insert into a reply with Ctrl+/. {customer_name}, {ticket_serial} and {agent_name} are filled in; supervisors and admins keep the list.</source>
        <translation>Nhân viên chèn các câu trả lời này vào thư trả lời bằng Ctrl+/. {customer_name}, {ticket_serial} và {agent_name} được điền tự động; giám sát viên và quản trị viên quản lý danh sách.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_page.ui" line="59"/>
        <source>&amp;Replies</source>
        <translation>&amp;Câu trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/canned_page.ui" line="74"/>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <location filename="../../ui/canned_page.ui" line="81"/>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/canned_page.ui" line="94"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../ui/canned_page.ui" line="111"/>
        <source>Te&amp;xt:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location filename="../../ui/canned_page.ui" line="124"/>
        <source>Hello {customer_name},

Thank you for writing about {ticket_serial}.

{agent_name}</source>
        <translation>Chào {customer_name},

Cảm ơn anh/chị đã liên hệ về {ticket_serial}.

{agent_name}</translation>
    </message>
    <message>
        <location filename="../../ui/canned_page.ui" line="154"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/canned_picker.py" line="27"/>
        <source>&amp;Insert</source>
        <translation>&amp;Chèn</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/canned_picker.py" line="39"/>
        <source>No canned replies yet: supervisors add them in Settings → Canned replies.</source>
        <translation>Chưa có câu trả lời mẫu nào: giám sát viên thêm chúng trong Cài đặt → Câu trả lời mẫu.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.ui" line="14"/>
        <source>Insert a canned reply</source>
        <translation>Chèn câu trả lời mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.ui" line="20"/>
        <source>Search titles and text</source>
        <translation>Tìm trong tiêu đề và nội dung</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.ui" line="26"/>
        <source>Search canned replies</source>
        <translation>Tìm câu trả lời mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.ui" line="35"/>
        <source>Canned replies</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/canned_picker.ui" line="48"/>
        <source>How it will read</source>
        <translation>Nội dung sẽ hiển thị</translation>
    </message>
</context>
<context>
    <name>CcDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/cc_dialog.py" line="28"/>
        <source>CCs of {0}</source>
        <translation>CC của {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cc_dialog.ui" line="14"/>
        <source>CCs of the ticket</source>
        <translation>CC của ticket</translation>
    </message>
    <message>
        <location filename="../../ui/cc_dialog.ui" line="23"/>
        <source>Every reply to this ticket is copied to these addresses. Changes are saved at once.</source>
        <translation>Mọi thư trả lời của ticket này đều được gửi bản sao tới các địa chỉ này. Thay đổi được lưu ngay.</translation>
    </message>
    <message>
        <location filename="../../ui/cc_dialog.ui" line="33"/>
        <source>CCs</source>
        <translation>Danh sách CC</translation>
    </message>
    <message>
        <location filename="../../ui/cc_dialog.ui" line="45"/>
        <source>&amp;Address:</source>
        <translation>Địa &amp;chỉ:</translation>
    </message>
    <message>
        <location filename="../../ui/cc_dialog.ui" line="55"/>
        <source>Name &lt;name@example.com&gt;</source>
        <translation>Tên &lt;ten@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cc_dialog.ui" line="62"/>
        <source>A&amp;dd</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location filename="../../ui/cc_dialog.ui" line="69"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>CoreController</name>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="50"/>
        <source>Core not started</source>
        <translation>Lõi chưa chạy</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="67"/>
        <source>Client of a running core</source>
        <translation>Kết nối tới một lõi đang chạy</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="68"/>
        <source> (pid {0})</source>
        <translation> (pid {0})</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="72"/>
        <source>Mail listener failed: {0}. {1}</source>
        <translation>Trình nhận thư gặp lỗi: {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="78"/>
        <source>Core running, receiving on {0}</source>
        <translation>Lõi đang chạy, nhận thư tại {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="79"/>
        <source>Core running</source>
        <translation>Lõi đang chạy</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="91"/>
        <source>Start the app with another --smtp HOST:PORT (or --lmtp).</source>
        <translation>Hãy khởi động ứng dụng với --smtp HOST:PORT khác (hoặc --lmtp).</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="92"/>
        <source>Change the address in Settings → This computer, or start the app with --smtp HOST:PORT.</source>
        <translation>Đổi địa chỉ trong Cài đặt → Máy tính này, hoặc khởi động ứng dụng với --smtp HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="100"/>
        <source>Core stopped</source>
        <translation>Lõi đã dừng</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/draft_keeper.py" line="81"/>
        <source>The draft could not be saved: {0}</source>
        <translation>Không lưu được bản nháp: {0}</translation>
    </message>
</context>
<context>
    <name>EmailChannelPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="58"/>
        <source>&amp;Internal email</source>
        <translation>Email &amp;nội bộ</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="62"/>
        <source>&amp;SMTP email</source>
        <translation>Email &amp;SMTP</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="60"/>
        <source>&amp;Gmail</source>
        <translation>&amp;Gmail</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="157"/>
        <source>Re-authorize…</source>
        <translation>Cấp quyền lại…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="171"/>
        <source>Remove email address</source>
        <translation>Xóa địa chỉ email</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="172"/>
        <source>Remove {0} from the email channel?

Mail to it will be refused. Its tickets stay in the list.</source>
        <translation>Xóa {0} khỏi kênh email?

Thư gửi tới địa chỉ này sẽ bị từ chối. Các ticket của nó vẫn ở trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="175"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="29"/>
        <source>Email channel</source>
        <translation>Kênh email</translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="39"/>
        <source>Every email that reaches one of these addresses becomes a ticket of its queue. Internal emails receive mail at the portal&apos;s own domain; Gmail and SMTP emails also send the agents&apos; replies.</source>
        <translation>Mọi email gửi tới một trong các địa chỉ này đều trở thành ticket của hàng đợi tương ứng. Email nội bộ nhận thư tại tên miền của portal; Gmail và email SMTP còn gửi các thư trả lời của nhân viên.</translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="54"/>
        <source>&amp;Add email address</source>
        <translation>&amp;Thêm địa chỉ email</translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="71"/>
        <source>&amp;Update…</source>
        <translation>&amp;Cập nhật…</translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="81"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="104"/>
        <source>&amp;Google OAuth client…</source>
        <translation>Ứng dụng &amp;Google OAuth…</translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="107"/>
        <source>Import the portal&apos;s Google OAuth client (client_secret.json), needed to add Gmail addresses</source>
        <translation>Nhập ứng dụng Google OAuth của portal (client_secret.json), cần có để thêm địa chỉ Gmail</translation>
    </message>
</context>
<context>
    <name>EventLine</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="27"/>
        <source>StringeeX</source>
        <translation>StringeeX</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="28"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="30"/>
        <source>{0}: {1} → {2}, by {3}</source>
        <translation>{0}: {1} → {2}, bởi {3}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="32"/>
        <source>StringeeX (routing or the customer&apos;s mail)</source>
        <translation>StringeeX (định tuyến hoặc thư của khách hàng)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="37"/>
        <source>{0} set status {1}</source>
        <translation>{0} đã đặt trạng thái {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="39"/>
        <source>{0} set priority {1}</source>
        <translation>{0} đã đặt mức ưu tiên {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="41"/>
        <source>{0} set type {1}</source>
        <translation>{0} đã đặt loại {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="43"/>
        <source>{0} moved the ticket to {1}</source>
        <translation>{0} đã chuyển ticket sang {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="46"/>
        <source>{0} unassigned {1}</source>
        <translation>{0} đã bỏ giao ticket cho {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="48"/>
        <source>{0} took the ticket</source>
        <translation>{0} đã nhận ticket</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="49"/>
        <source>{0} assigned {1}</source>
        <translation>{0} đã giao ticket cho {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="51"/>
        <source>{0} added CC {1}</source>
        <translation>{0} đã thêm CC {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/event_line.py" line="52"/>
        <source>{0} removed CC {1}</source>
        <translation>{0} đã bỏ CC {1}</translation>
    </message>
</context>
<context>
    <name>GmailConsentDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="64"/>
        <source>&amp;Sign in with Google…</source>
        <translation>Đăng &amp;nhập bằng Google…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="80"/>
        <source>Re-authorize {0}</source>
        <translation>Cấp quyền lại cho {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="82"/>
        <source>Google no longer accepts this app&apos;s access to {0}. Sign in to that account again and allow access; its sync and replies then resume.</source>
        <translation>Google không còn chấp nhận quyền truy cập của ứng dụng này vào {0}. Hãy đăng nhập lại tài khoản đó và cho phép truy cập; việc đồng bộ và gửi thư trả lời sẽ tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="133"/>
        <source>Take one among queues: it receives this address&apos;s tickets.</source>
        <translation>Chọn một hàng đợi: hàng đợi này nhận các ticket của địa chỉ này.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="135"/>
        <source>No queue exists yet: add one in Settings → Queues first.</source>
        <translation>Chưa có hàng đợi nào: hãy thêm một hàng đợi trong Cài đặt → Hàng đợi trước.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="143"/>
        <source>Opening Google&apos;s sign-in page…</source>
        <translation>Đang mở trang đăng nhập của Google…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="187"/>
        <source>Google answered; finishing the sign-in…</source>
        <translation>Google đã trả lời; đang hoàn tất đăng nhập…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="219"/>
        <source>No web browser could be opened. The sign-in address was copied to the clipboard: paste it into a web browser.</source>
        <translation>Không mở được trình duyệt web nào. Địa chỉ đăng nhập đã được sao chép vào bộ nhớ tạm: hãy dán nó vào một trình duyệt web.</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="14"/>
        <source>Add Gmail address</source>
        <translation>Thêm địa chỉ Gmail</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="39"/>
        <source>Google&apos;s sign-in page opens next: sign in to the Gmail account and allow StringeeX Desktop to read and send its mail. Its inbox then becomes tickets of the queue below. Nothing on the server is ever deleted or marked read.</source>
        <translation>Tiếp theo là trang đăng nhập của Google: đăng nhập tài khoản Gmail và cho phép StringeeX Desktop đọc và gửi thư của tài khoản. Hộp thư đến khi đó trở thành các ticket của hàng đợi bên dưới. Không thư nào trên máy chủ bị xóa hoặc đánh dấu đã đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="58"/>
        <source>No Google OAuth client is imported yet: Gmail addresses sign in through the portal&apos;s own client (a &quot;Desktop app&quot; client_secret.json).</source>
        <translation>Chưa nhập ứng dụng Google OAuth nào: địa chỉ Gmail đăng nhập qua ứng dụng riêng của portal (tệp client_secret.json loại &quot;Desktop app&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="71"/>
        <source>&amp;Import client…</source>
        <translation>&amp;Nhập ứng dụng…</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="92"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Hàng đợi:</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="102"/>
        <source>Take one among queues</source>
        <translation>Chọn một hàng đợi</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="125"/>
        <source>&amp;Prioritize online agent</source>
        <translation>&amp;Ưu tiên nhân viên trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="132"/>
        <source>Import:</source>
        <translation>Nhập thư:</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="139"/>
        <source>&amp;Everything in the inbox</source>
        <translation>&amp;Mọi thư trong hộp thư đến</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="154"/>
        <source>Only the &amp;last</source>
        <translation>Chỉ &amp;những ngày gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="161"/>
        <source>Days of mail to import</source>
        <translation>Số ngày thư cần nhập</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="177"/>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="246"/>
        <source>Sign in to the Gmail account and allow access. If Google refuses this window, the sign-in continues in your web browser.</source>
        <translation>Đăng nhập tài khoản Gmail và cho phép truy cập. Nếu Google từ chối cửa sổ này, việc đăng nhập sẽ tiếp tục trong trình duyệt web của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="278"/>
        <source>Google does not allow signing in inside this window (&quot;This browser or app may not be secure&quot;), so the sign-in continues in your web browser.</source>
        <translation>Google không cho phép đăng nhập trong cửa sổ này (&quot;Trình duyệt hoặc ứng dụng này có thể không an toàn&quot;), nên việc đăng nhập tiếp tục trong trình duyệt web của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="288"/>
        <source>Waiting for you to allow access in your browser…</source>
        <translation>Đang chờ bạn cho phép truy cập trong trình duyệt…</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="310"/>
        <source>Open the &amp;browser again</source>
        <translation>Mở lại &amp;trình duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="335"/>
        <source>When your browser shows &quot;You can close this window&quot;, this dialog closes by itself and the address is listed.</source>
        <translation>Khi trình duyệt hiện &quot;You can close this window&quot;, hộp thoại này tự đóng và địa chỉ được thêm vào danh sách.</translation>
    </message>
</context>
<context>
    <name>GmailEmailDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_email_dialog.py" line="61"/>
        <source>Take one among queues: it receives this address&apos;s tickets.</source>
        <translation>Chọn một hàng đợi: hàng đợi này nhận các ticket của địa chỉ này.</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="14"/>
        <source>Update Gmail</source>
        <translation>Cập nhật Gmail</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="31"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="51"/>
        <source>&amp;Active (inactive: its mail is not synced and replies cannot use it)</source>
        <translation>&amp;Hoạt động (khi tắt: thư không được đồng bộ và không dùng được để trả lời)</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="58"/>
        <source>Select &amp;queue:</source>
        <translation>Chọn &amp;hàng đợi:</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="68"/>
        <source>Take one among queues</source>
        <translation>Chọn một hàng đợi</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="91"/>
        <source>&amp;Prioritize online agent</source>
        <translation>&amp;Ưu tiên nhân viên trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="98"/>
        <source>Health:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="130"/>
        <source>&amp;Re-authorize…</source>
        <translation>&amp;Cấp quyền lại…</translation>
    </message>
</context>
<context>
    <name>GoogleClientDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="36"/>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="53"/>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="57"/>
        <source>Import Google OAuth client</source>
        <translation>Nhập ứng dụng Google OAuth</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="59"/>
        <source>Google client secret (*.json)</source>
        <translation>Khóa bí mật ứng dụng Google (*.json)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="59"/>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="68"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="74"/>
        <source>Not imported: {0}</source>
        <translation>Chưa nhập được: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="80"/>
        <source>Imported. Gmail addresses can now be added with Add email address → Gmail.</source>
        <translation>Đã nhập. Giờ có thể thêm địa chỉ Gmail bằng Thêm địa chỉ email → Gmail.</translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="14"/>
        <source>Google OAuth client</source>
        <translation>Ứng dụng Google OAuth</translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="23"/>
        <source>Gmail addresses sign in through the portal&apos;s own Google OAuth client. In the Google Cloud console (APIs &amp; Services → Credentials), create an OAuth client ID of type &quot;Desktop app&quot; and download its JSON file.</source>
        <translation>Địa chỉ Gmail đăng nhập qua ứng dụng Google OAuth riêng của portal. Trong Google Cloud console (APIs &amp; Services → Credentials), hãy tạo một OAuth client ID loại &quot;Desktop app&quot; và tải tệp JSON của nó về.</translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="33"/>
        <source>Reading and sending mail needs the scope https://mail.google.com/, which Google restricts: until Google has verified the app, only the test users named on its consent screen can allow it.</source>
        <translation>Đọc và gửi thư cần phạm vi https://mail.google.com/, một phạm vi bị Google hạn chế: cho tới khi Google xác minh ứng dụng, chỉ những người dùng thử có tên trên màn hình xin quyền mới cho phép được.</translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="51"/>
        <source>Imported client:</source>
        <translation>Ứng dụng đã nhập:</translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="78"/>
        <source>&amp;Import client_secret.json…</source>
        <translation>&amp;Nhập client_secret.json…</translation>
    </message>
</context>
<context>
    <name>InternalEmailDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="70"/>
        <source>Update internal email</source>
        <translation>Cập nhật email nội bộ</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="74"/>
        <source>An address cannot change; add a new one instead.</source>
        <translation>Không thể đổi địa chỉ; hãy thêm một địa chỉ mới.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="98"/>
        <source>Set up the portal domain first (Settings → Portal).</source>
        <translation>Hãy thiết lập tên miền của portal trước (Cài đặt → Portal).</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="108"/>
        <source>{0} is already in the email channel list.</source>
        <translation>{0} đã có trong danh sách kênh email.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="111"/>
        <source>Enter the full name shown as the sender of auto replies.</source>
        <translation>Nhập họ tên hiển thị là người gửi của thư trả lời tự động.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="113"/>
        <source>The full name is longer than {0} characters.</source>
        <translation>Họ tên dài quá {0} ký tự.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="115"/>
        <source>Take one among queues: it receives this address&apos;s tickets.</source>
        <translation>Chọn một hàng đợi: hàng đợi này nhận các ticket của địa chỉ này.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="117"/>
        <source>No queue exists yet: add one in Settings → Queues first.</source>
        <translation>Chưa có hàng đợi nào: hãy thêm một hàng đợi trong Cài đặt → Hàng đợi trước.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="122"/>
        <source>An auto reply needs a subject and content.</source>
        <translation>Trả lời tự động cần có tiêu đề và nội dung.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="124"/>
        <source>An auto reply needs a subject.</source>
        <translation>Trả lời tự động cần có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="126"/>
        <source>An auto reply needs content.</source>
        <translation>Trả lời tự động cần có nội dung.</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="14"/>
        <source>Internal email</source>
        <translation>Email nội bộ</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="23"/>
        <source>Email sent to this address from outside becomes a ticket. Agents cannot reply as an internal email; only its auto reply is sent from it.</source>
        <translation>Email từ bên ngoài gửi tới địa chỉ này trở thành ticket. Nhân viên không thể trả lời bằng email nội bộ; chỉ thư trả lời tự động được gửi từ địa chỉ này.</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="44"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="59"/>
        <source>support</source>
        <translation>hotro</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="62"/>
        <source>Email address, the part before the @</source>
        <translation>Địa chỉ email, phần trước dấu @</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="97"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="107"/>
        <source>Acme Support</source>
        <translation>Hỗ trợ Acme</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="130"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Hàng đợi:</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="140"/>
        <source>Take one among queues</source>
        <translation>Chọn một hàng đợi</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="163"/>
        <source>New tickets go to online members of the queue first; when nobody is online they wait for the next agent who comes online.</source>
        <translation>Ticket mới được giao trước cho các thành viên trực tuyến của hàng đợi; khi không ai trực tuyến, ticket chờ nhân viên tiếp theo vào trực tuyến.</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="166"/>
        <source>Assign to &amp;online agents</source>
        <translation>Giao cho nhân viên &amp;trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="173"/>
        <source>An inactive address refuses new mail.</source>
        <translation>Địa chỉ không hoạt động sẽ từ chối thư mới.</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="176"/>
        <source>Ac&amp;tive</source>
        <translation>&amp;Hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="186"/>
        <source>Answer the first message of every new ticket automatically (at most once a day per sender).</source>
        <translation>Tự động trả lời thư đầu tiên của mỗi ticket mới (mỗi người gửi nhiều nhất một lần một ngày).</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="189"/>
        <source>Auto &amp;reply</source>
        <translation>Trả lời &amp;tự động</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="196"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="206"/>
        <source>We received your email</source>
        <translation>Chúng tôi đã nhận được email của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="213"/>
        <source>&amp;Content:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="235"/>
        <source>Thank you for writing to us. An agent will answer soon.</source>
        <translation>Cảm ơn bạn đã liên hệ với chúng tôi. Nhân viên sẽ sớm trả lời bạn.</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <location filename="../../stringeex_desktop/gui/web/link_opener.py" line="40"/>
        <source>Open link</source>
        <translation>Mở liên kết</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/web/link_opener.py" line="50"/>
        <source>Open this link in your browser?</source>
        <translation>Mở liên kết này trong trình duyệt của bạn?</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/web/link_opener.py" line="52"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Mở trong trình duyệt</translation>
    </message>
</context>
<context>
    <name>MailboxTableModel</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="27"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="27"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="27"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="27"/>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="28"/>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="71"/>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="28"/>
        <source>Health</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="71"/>
        <source>Inactive</source>
        <translation>Không hoạt động</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="75"/>
        <source>Syncing {0} of {1}</source>
        <translation>Đang đồng bộ {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="88"/>
        <source>Last success: {0}</source>
        <translation>Thành công gần nhất: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="91"/>
        <source>Last error: {0}</source>
        <translation>Lỗi gần nhất: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="227"/>
        <source>Presence not changed: {0}</source>
        <translation>Chưa đổi được trạng thái trực tuyến: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="256"/>
        <source>Remote content not allowed: {0}</source>
        <translation>Chưa cho phép được nội dung từ xa: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="260"/>
        <source>Remote images are shown for {0}; Settings → Remote content takes it back.</source>
        <translation>Ảnh từ xa được hiển thị cho {0}; có thể thu hồi trong Cài đặt → Nội dung từ xa.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="291"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="297"/>
        <source>Any priority</source>
        <translation>Mọi mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="310"/>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="311"/>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="312"/>
        <source>All mailboxes</source>
        <translation>Mọi hộp thư</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="342"/>
        <source>All queues</source>
        <translation>Mọi hàng đợi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="378"/>
        <source>Search failed: {0}</source>
        <translation>Tìm kiếm thất bại: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="466"/>
        <source>{0} (F5 to try again)</source>
        <translation>{0} (nhấn F5 để thử lại)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="470"/>
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="471"/>
        <source>{0} tickets</source>
        <translation>{0} ticket</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="521"/>
        <source>No tickets selected</source>
        <translation>Chưa chọn ticket nào</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="525"/>
        <source>&amp;Take ({0})</source>
        <translation>&amp;Nhận ({0})</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="528"/>
        <source>&amp;Assign to</source>
        <translation>&amp;Giao cho</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="529"/>
        <source>Nobody (unassign)</source>
        <translation>Không ai (bỏ giao)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="533"/>
        <source>&amp;Status</source>
        <translation>&amp;Trạng thái</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="537"/>
        <source>&amp;Queue</source>
        <translation>Hàng đợ&amp;i</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="550"/>
        <source>Tickets not changed</source>
        <translation>Chưa đổi được các ticket</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="552"/>
        <source>{0} tickets changed.</source>
        <translation>Đã đổi {0} ticket.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="553"/>
        <source>1 ticket changed.</source>
        <translation>Đã đổi 1 ticket.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="581"/>
        <source>Next ticket</source>
        <translation>Ticket tiếp theo</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="582"/>
        <source>Previous ticket</source>
        <translation>Ticket trước</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="583"/>
        <source>Read the selected ticket</source>
        <translation>Đọc ticket đã chọn</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="584"/>
        <source>Close the ticket (in the list)</source>
        <translation>Đóng ticket đang xem (trong danh sách)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="585"/>
        <source>Clear the search (in the search box)</source>
        <translation>Xóa nội dung tìm kiếm (trong ô tìm kiếm)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="587"/>
        <source>Actions for the selected tickets</source>
        <translation>Thao tác cho các ticket đã chọn</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="676"/>
        <source>This window runs the mail core for its data folder.</source>
        <translation>Cửa sổ này chạy lõi thư cho thư mục dữ liệu của nó.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="677"/>
        <source>Another process runs the mail core, or it could not start; this window reads and writes the store and checks it for changes twice a second.</source>
        <translation>Một tiến trình khác đang chạy lõi thư, hoặc lõi không khởi động được; cửa sổ này đọc, ghi kho dữ liệu và kiểm tra thay đổi hai lần mỗi giây.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="698"/>
        <source>{0} waiting</source>
        <translation>{0} đang chờ</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="699"/>
        <source>{0} failed</source>
        <translation>{0} thất bại</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="704"/>
        <source>Click to open the Outbox.</source>
        <translation>Nhấn để mở Hộp thư đi.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="721"/>
        <source>{0} needs re-authorization</source>
        <translation>{0} cần cấp quyền lại</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="722"/>
        <source>{0} has an error</source>
        <translation>{0} đang gặp lỗi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="724"/>
        <source> (and {0} more)</source>
        <translation> (và {0} địa chỉ khác)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="726"/>
        <source>Click to open Settings → Email channel.</source>
        <translation>Nhấn để mở Cài đặt → Kênh email.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="821"/>
        <source>StringeeX Desktop is still running</source>
        <translation>StringeeX Desktop vẫn đang chạy</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="822"/>
        <source>New tickets still reach you here. Quit from this icon&apos;s menu.</source>
        <translation>Ticket mới vẫn được báo cho bạn tại đây. Thoát bằng menu của biểu tượng này.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="216"/>
        <source>You were set offline while the computer slept, so no new tickets were assigned to you. Go online when you are back at work.</source>
        <translation>Bạn đã được chuyển sang ngoại tuyến khi máy tính ngủ, nên không nhận ticket mới nào. Hãy vào trực tuyến khi bạn quay lại làm việc.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="219"/>
        <source>You were set offline when the screen locked, so no new tickets were assigned to you. Go online when you are back at work.</source>
        <translation>Bạn đã được chuyển sang ngoại tuyến khi màn hình khóa, nên không nhận ticket mới nào. Hãy vào trực tuyến khi bạn quay lại làm việc.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="222"/>
        <source>You were set offline after {0} idle minutes, so no new tickets were assigned to you. Go online when you are back at work.</source>
        <translation>Bạn đã được chuyển sang ngoại tuyến sau {0} phút không hoạt động, nên không nhận ticket mới nào. Hãy vào trực tuyến khi bạn quay lại làm việc.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="747"/>
        <location filename="../../ui/main_window.ui" line="462"/>
        <source>&amp;Online</source>
        <translation>&amp;Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="747"/>
        <source>&amp;Offline</source>
        <translation>&amp;Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="748"/>
        <source>You are online: new tickets can be assigned to you. Click to go offline (Ctrl+Shift+O).</source>
        <translation>Bạn đang trực tuyến: có thể được giao ticket mới. Nhấn để chuyển sang ngoại tuyến (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="750"/>
        <source>You are offline. Click to go online and receive new tickets (Ctrl+Shift+O).</source>
        <translation>Bạn đang ngoại tuyến. Nhấn để vào trực tuyến và nhận ticket mới (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="779"/>
        <source>Ticket {0} is not in the list with the current filters.</source>
        <translation>Ticket {0} không có trong danh sách với bộ lọc hiện tại.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="784"/>
        <source>About StringeeX Desktop</source>
        <translation>Giới thiệu StringeeX Desktop</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="785"/>
        <source>StringeeX Desktop

The email channel of a contact center: internal email, Gmail and SMTP email in one ticket list.

Licensed under the GNU GPL, version 3 or later.</source>
        <translation>StringeeX Desktop

Kênh email của tổng đài: email nội bộ, Gmail và email SMTP trong cùng một danh sách ticket.

Phát hành theo giấy phép GNU GPL, phiên bản 3 trở lên.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="789"/>
        <source>Version {0}. Its components and their licences are under Show Details; the installed app keeps their full texts in its licenses folder.</source>
        <translation>Phiên bản {0}. Các thành phần và giấy phép của chúng nằm trong Show Details; bản cài đặt giữ toàn văn giấy phép trong thư mục licenses.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14"/>
        <source>StringeeX Desktop</source>
        <translation>StringeeX Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>Search subjects, message text, requesters and serials like #000123 (Ctrl+F)</source>
        <translation>Tìm trong tiêu đề, nội dung thư, người yêu cầu và mã ticket như #000123 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Search tickets (Ctrl+F)</source>
        <translation>Tìm ticket (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199"/>
        <source>Go &amp;online</source>
        <translation>Vào &amp;trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209"/>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="286"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="297"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="310"/>
        <source>&amp;Agent</source>
        <translation>&amp;Nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="316"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="329"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="365"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="368"/>
        <source>Email channel, queues, agents and portal (Ctrl+,)</source>
        <translation>Kênh email, hàng đợi, nhân viên và portal (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="371"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="379"/>
        <source>&amp;Print Ticket…</source>
        <translation>&amp;In ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="382"/>
        <source>Print the open ticket: its header and every message</source>
        <translation>In ticket đang mở: phần đầu ticket và mọi thư</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="385"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="390"/>
        <source>&amp;Export Ticket as PDF…</source>
        <translation>&amp;Xuất ticket ra PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="393"/>
        <source>Save the open ticket as a PDF document</source>
        <translation>Lưu ticket đang mở thành tài liệu PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="484"/>
        <source>&amp;Views Sidebar</source>
        <translation>Thanh &amp;bên chế độ xem</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="487"/>
        <source>Show or hide the views and their counts (Ctrl+Shift+V)</source>
        <translation>Hiện hoặc ẩn các chế độ xem và số ticket của chúng (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="490"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="498"/>
        <source>Reading &amp;Pane</source>
        <translation>&amp;Khung đọc</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="501"/>
        <source>Show or hide the open ticket beside the list (Ctrl+Shift+P)</source>
        <translation>Hiện hoặc ẩn ticket đang mở bên cạnh danh sách (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="504"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="512"/>
        <source>Pane &amp;Below the List</source>
        <translation>Khung đọc ở &amp;dưới danh sách</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="515"/>
        <source>Put the open ticket below the list instead of beside it (Ctrl+Shift+B)</source>
        <translation>Đặt ticket đang mở bên dưới danh sách thay vì bên cạnh (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="518"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="523"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="526"/>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>Mọi phím tắt của ứng dụng (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="529"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="401"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60"/>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>Status filter</source>
        <translation>Bộ lọc trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="76"/>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>Priority filter</source>
        <translation>Bộ lọc mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="92"/>
        <location filename="../../ui/main_window.ui" line="95"/>
        <source>Queue filter</source>
        <translation>Bộ lọc hàng đợi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <location filename="../../ui/main_window.ui" line="111"/>
        <source>Assignee filter</source>
        <translation>Bộ lọc người phụ trách</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="124"/>
        <location filename="../../ui/main_window.ui" line="127"/>
        <source>Mailbox filter</source>
        <translation>Bộ lọc hộp thư</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="396"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="404"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="416"/>
        <source>&amp;Find Tickets</source>
        <translation>&amp;Tìm ticket</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="419"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="428"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="431"/>
        <source>Read the ticket list again (F5)</source>
        <translation>Đọc lại danh sách ticket (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="434"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="443"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="446"/>
        <source>Replies waiting to be sent, and those that failed, with Retry (Ctrl+Shift+U)</source>
        <translation>Thư trả lời đang chờ gửi và thư gửi thất bại, có nút Thử lại (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="449"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="465"/>
        <source>Online agents receive new tickets first (Ctrl+Shift+O)</source>
        <translation>Nhân viên trực tuyến được nhận ticket mới trước (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="468"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="473"/>
        <source>&amp;About StringeeX Desktop</source>
        <translation>&amp;Giới thiệu StringeeX Desktop</translation>
    </message>
</context>
<context>
    <name>MessageBlock</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="49"/>
        <source>Received</source>
        <translation>Thư đến</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="49"/>
        <source>Outgoing</source>
        <translation>Thư đi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="50"/>
        <source>Internal note</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="53"/>
        <source>Seen by agents only; never sent.</source>
        <translation>Chỉ nhân viên thấy; không bao giờ được gửi đi.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="69"/>
        <source>(unknown sender)</source>
        <translation>(không rõ người gửi)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="76"/>
        <source>More for this message</source>
        <translation>Thêm tùy chọn cho thư này</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="80"/>
        <source>View &amp;source…</source>
        <translation>Xem &amp;mã nguồn…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="89"/>
        <source>To: {0}</source>
        <translation>Tới: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="91"/>
        <source>Cc: {0}</source>
        <translation>Cc: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="97"/>
        <source>Queued</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="100"/>
        <source>Queued, next attempt {0}; last attempt: {1}</source>
        <translation>Đang chờ gửi, lần thử tiếp theo {0}; lần thử trước: {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="101"/>
        <source>Queued; last attempt: {0}</source>
        <translation>Đang chờ gửi; lần thử trước: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="104"/>
        <source>Sent ({0})</source>
        <translation>Đã gửi ({0})</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="106"/>
        <source>Failed: {0}</source>
        <translation>Thất bại: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="106"/>
        <source>no reason recorded</source>
        <translation>không ghi nhận lý do</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="123"/>
        <source>Failed: {0}. Retry did not work: {1}</source>
        <translation>Thất bại: {0}. Thử lại không thành công: {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="180"/>
        <source>The formatted version of this message could not be shown; this is its text.</source>
        <translation>Không hiển thị được bản định dạng của thư này; đây là phần văn bản của thư.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="194"/>
        <source>Attachments:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="214"/>
        <source>[… the first {0} of {1}]</source>
        <translation>[… {0} đầu tiên trong {1}]</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="104"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="130"/>
        <source>This message could not be read completely ({0}). It is shown as received.</source>
        <translation>Không đọc được trọn vẹn thư này ({0}). Thư được hiển thị đúng như khi nhận.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="146"/>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="181"/>
        <source>(no text)</source>
        <translation>(không có nội dung)</translation>
    </message>
    <message>
        <location filename="../../ui/message_block.ui" line="121"/>
        <source>Queue this reply again; the outbox sends it at once</source>
        <translation>Đưa thư trả lời này vào hàng chờ lại; hộp thư đi sẽ gửi ngay</translation>
    </message>
    <message>
        <location filename="../../ui/message_block.ui" line="124"/>
        <source>&amp;Retry</source>
        <translation>&amp;Thử lại</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../stringeex_desktop/gui/web/message_view.py" line="130"/>
        <source>Copy &amp;link address</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="27"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="27"/>
        <source>To</source>
        <translation>Tới</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="27"/>
        <source>Via</source>
        <translation>Gửi qua</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="27"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="28"/>
        <source>Attempts</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="28"/>
        <source>Next attempt</source>
        <translation>Lần thử tiếp theo</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="28"/>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="29"/>
        <source>Queued</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="29"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="30"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="68"/>
        <source>Portal relay (auto reply)</source>
        <translation>Máy chủ chuyển tiếp của portal (trả lời tự động)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="69"/>
        <source>(removed address)</source>
        <translation>(địa chỉ đã xóa)</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_view.py" line="78"/>
        <source>{0}, to {1}: {2}</source>
        <translation>{0}, tới {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_view.py" line="80"/>
        <source>Message</source>
        <translation>Thư</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_view.py" line="122"/>
        <source>Retry failed: {0}</source>
        <translation>Thử lại thất bại: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="14"/>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="23"/>
        <source>Replies and auto replies waiting to be sent, or that could not be sent. Sent mail leaves this list; a failed one stays until you retry it.</source>
        <translation>Thư trả lời và thư trả lời tự động đang chờ gửi hoặc không gửi được. Thư đã gửi sẽ rời danh sách này; thư thất bại ở lại cho tới khi bạn thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="83"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Không có thư nào đang chờ gửi.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="114"/>
        <source>Queue the selected failed messages again; they are sent at once</source>
        <translation>Đưa các thư thất bại đã chọn vào hàng chờ lại; chúng được gửi ngay</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="117"/>
        <source>&amp;Retry</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="127"/>
        <source>Retry &amp;all failed</source>
        <translation>Thử lại &amp;mọi thư thất bại</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="137"/>
        <source>Show the ticket of the selected message in the main window (Enter)</source>
        <translation>Hiện ticket của thư đã chọn trong cửa sổ chính (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="140"/>
        <source>&amp;Open ticket</source>
        <translation>&amp;Mở ticket</translation>
    </message>
</context>
<context>
    <name>PersonalPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/personal_page.py" line="32"/>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/personal_page.py" line="74"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/personal_page.py" line="74"/>
        <source>Saved: no signature.</source>
        <translation>Đã lưu: không có chữ ký.</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="29"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="39"/>
        <source>Notifications and presence on this computer</source>
        <translation>Thông báo và trạng thái trực tuyến trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="48"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Giữ ứng dụng chạy ở khay hệ thống khi đóng cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="55"/>
        <source>&amp;Do not disturb: no notifications (the tray still counts)</source>
        <translation>&amp;Không làm phiền: không hiện thông báo (khay hệ thống vẫn đếm)</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="62"/>
        <source>Play a &amp;sound with each notification</source>
        <translation>Phát &amp;âm thanh khi có thông báo</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="69"/>
        <source>Go offline when &amp;idle for:</source>
        <translation>Chuyển ngoại tuyến khi &amp;không hoạt động:</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="79"/>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="82"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="92"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="105"/>
        <source>A new language applies when the app starts again.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="121"/>
        <source>Your signature</source>
        <translation>Chữ ký của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="127"/>
        <source>Added under each reply you send from the app, never to notes. {agent_name} becomes your name, {mailbox_name} the name of the address the reply leaves from.</source>
        <translation>Được thêm dưới mỗi thư trả lời bạn gửi từ ứng dụng, không bao giờ thêm vào ghi chú. {agent_name} là tên của bạn, {mailbox_name} là tên của địa chỉ gửi thư trả lời.</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="143"/>
        <source>{agent_name}
{mailbox_name}</source>
        <translation>{agent_name}
{mailbox_name}</translation>
    </message>
    <message>
        <location filename="../../ui/personal_page.ui" line="170"/>
        <source>Save &amp;signature</source>
        <translation>Lưu &amp;chữ ký</translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="36"/>
        <source>Auto (TLS when the server offers it)</source>
        <translation>Tự động (TLS khi máy chủ hỗ trợ)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="37"/>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="38"/>
        <source>SSL/TLS (implicit, usually port 465)</source>
        <translation>SSL/TLS (ngay từ đầu, thường là cổng 465)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="39"/>
        <source>None (plain text, not recommended)</source>
        <translation>Không (văn bản thường, không khuyến nghị)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="81"/>
        <source>Internal emails are addresses of this domain. It cannot change while {0} internal email(s) use it.</source>
        <translation>Email nội bộ là các địa chỉ thuộc tên miền này. Không thể đổi tên miền khi còn {0} email nội bộ đang dùng nó.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="83"/>
        <source>Internal emails will be addresses of this domain.</source>
        <translation>Email nội bộ sẽ là các địa chỉ thuộc tên miền này.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="91"/>
        <source>stored in the system keyring</source>
        <translation>được lưu trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="92"/>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="129"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="136"/>
        <source>Testing {0}:{1}…</source>
        <translation>Đang kiểm tra {0}:{1}…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="141"/>
        <source>Test failed: {0}</source>
        <translation>Kiểm tra thất bại: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="144"/>
        <source>Test passed: {0}</source>
        <translation>Kiểm tra thành công: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="29"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="44"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Tên miền:</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="54"/>
        <source>acme.stringeex.local</source>
        <translation>acme.stringeex.local</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="77"/>
        <source>Internal emails are addresses of this domain.</source>
        <translation>Email nội bộ là các địa chỉ thuộc tên miền này.</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="92"/>
        <source>Outgoing relay</source>
        <translation>Máy chủ chuyển tiếp thư đi</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="101"/>
        <source>Auto replies of internal emails leave through this SMTP server. It must be allowed to send for the portal domain.</source>
        <translation>Thư trả lời tự động của email nội bộ được gửi qua máy chủ SMTP này. Máy chủ phải được phép gửi thư cho tên miền của portal.</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="114"/>
        <source>&amp;Host:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="124"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="147"/>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="186"/>
        <source>Se&amp;curity:</source>
        <translation>&amp;Bảo mật:</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="215"/>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="225"/>
        <source>Leave empty when the relay needs no login</source>
        <translation>Để trống khi máy chủ chuyển tiếp không cần đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="248"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="299"/>
        <source>&amp;Test</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="302"/>
        <source>Connect, start TLS and log in with these settings without saving them</source>
        <translation>Kết nối, bật TLS và đăng nhập bằng các thiết lập này mà không lưu chúng</translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="325"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
</context>
<context>
    <name>PortalSetupDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_setup_dialog.py" line="36"/>
        <source>&amp;Set up</source>
        <translation>&amp;Thiết lập</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_setup_dialog.py" line="51"/>
        <source>Enter the portal&apos;s domain.</source>
        <translation>Nhập tên miền của portal.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_setup_dialog.py" line="53"/>
        <source>Enter the admin&apos;s full name.</source>
        <translation>Nhập họ tên của quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_setup_dialog.py" line="55"/>
        <source>Enter the admin&apos;s email address.</source>
        <translation>Nhập địa chỉ email của quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="14"/>
        <source>Set up the portal</source>
        <translation>Thiết lập portal</translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="23"/>
        <source>Welcome to StringeeX Desktop. Choose the portal&apos;s domain: every internal email address ends with it. Then name the portal&apos;s first admin, the account this desktop signs in as.</source>
        <translation>Chào mừng bạn đến với StringeeX Desktop. Hãy chọn tên miền của portal: mọi địa chỉ email nội bộ đều kết thúc bằng tên miền này. Sau đó đặt tên cho quản trị viên đầu tiên của portal, tài khoản mà máy tính này đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="41"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Tên miền:</translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="51"/>
        <source>acme.stringeex.local</source>
        <translation>acme.stringeex.local</translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="74"/>
        <source>Admin &amp;full name:</source>
        <translation>&amp;Họ tên quản trị viên:</translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="84"/>
        <source>Jane Doe</source>
        <translation>Trần Thị Mai</translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="107"/>
        <source>Admin &amp;email:</source>
        <translation>&amp;Email quản trị viên:</translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="117"/>
        <source>jane@acme.example</source>
        <translation>mai@acme.example</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/print_actions.py" line="38"/>
        <source>Still printing the last ticket; try again in a moment.</source>
        <translation>Vẫn đang in ticket trước; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/print_actions.py" line="39"/>
        <source>Select a ticket to print it.</source>
        <translation>Chọn một ticket để in.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/print_actions.py" line="44"/>
        <location filename="../../stringeex_desktop/gui/tickets/print_actions.py" line="88"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/print_actions.py" line="51"/>
        <source>Export ticket as PDF</source>
        <translation>Xuất ticket ra PDF</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/print_actions.py" line="54"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/print_actions.py" line="69"/>
        <source>Print ticket {0}</source>
        <translation>In ticket {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/print_actions.py" line="81"/>
        <source>Preparing the ticket for printing…</source>
        <translation>Đang chuẩn bị ticket để in…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/print_actions.py" line="85"/>
        <source>Printed to {0}</source>
        <translation>Đã in ra {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/print_actions.py" line="89"/>
        <source>The ticket could not be printed to {0}.</source>
        <translation>Không in được ticket ra {0}.</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="77"/>
        <source>&amp;Members of {0}</source>
        <translation>&amp;Thành viên của {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="78"/>
        <location filename="../../ui/queues_page.ui" line="150"/>
        <source>&amp;Members</source>
        <translation>&amp;Thành viên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="103"/>
        <source>Rename queue</source>
        <translation>Đổi tên hàng đợi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="104"/>
        <source>New name for the queue {0}:</source>
        <translation>Tên mới cho hàng đợi {0}:</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="129"/>
        <source>Remove queue</source>
        <translation>Xóa hàng đợi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="130"/>
        <source>Remove the queue {0}? Its solved and closed tickets keep their history without a queue.</source>
        <translation>Xóa hàng đợi {0}? Các ticket đã giải quyết và đã đóng của nó vẫn giữ lịch sử, nhưng không còn thuộc hàng đợi nào.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="133"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="170"/>
        <source>Enter the name of the new queue.</source>
        <translation>Nhập tên hàng đợi mới.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="199"/>
        <source>Saved: {0} member(s).</source>
        <translation>Đã lưu: {0} thành viên.</translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="29"/>
        <source>Queues</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="39"/>
        <source>A queue receives the tickets of its email addresses and shares them among its member agents.</source>
        <translation>Một hàng đợi nhận các ticket của những địa chỉ email thuộc nó và chia chúng cho các nhân viên thành viên.</translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="59"/>
        <source>Q&amp;ueues</source>
        <translation>&amp;Hàng đợi</translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="74"/>
        <source>Give the selected queue another name; its tickets, emails and members stay (F2)</source>
        <translation>Đặt tên khác cho hàng đợi đã chọn; các ticket, email và thành viên của nó được giữ nguyên (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="77"/>
        <source>Re&amp;name…</source>
        <translation>Đổ&amp;i tên…</translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="87"/>
        <source>Remove the selected queue; refused while an email delivers to it or an open ticket is in it (Delete)</source>
        <translation>Xóa hàng đợi đã chọn; bị từ chối khi còn email chuyển thư vào hàng đợi này hoặc còn ticket đang mở trong đó (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="90"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="111"/>
        <location filename="../../ui/queues_page.ui" line="114"/>
        <source>New queue name</source>
        <translation>Tên hàng đợi mới</translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="121"/>
        <source>&amp;Add queue</source>
        <translation>&amp;Thêm hàng đợi</translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="165"/>
        <source>&amp;Save members</source>
        <translation>&amp;Lưu thành viên</translation>
    </message>
</context>
<context>
    <name>QuotedText</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/quoted_text.py" line="64"/>
        <source>Hide quoted text</source>
        <translation>Ẩn đoạn trích dẫn</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/quoted_text.py" line="64"/>
        <source>Show quoted text …</source>
        <translation>Hiện đoạn trích dẫn …</translation>
    </message>
</context>
<context>
    <name>RemoteContentBar</name>
    <message numerus="yes">
        <location filename="../../stringeex_desktop/gui/web/remote_content_bar.py" line="25"/>
        <source>%n remote image(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>Đã chặn %n ảnh từ xa để bảo vệ quyền riêng tư của bạn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/web/remote_content_bar.py" line="27"/>
        <source>Loading them would tell the sender that, when and where you read this mail.</source>
        <translation>Tải các ảnh này sẽ cho người gửi biết rằng bạn đã đọc thư, vào lúc nào và ở đâu.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/web/remote_content_bar.py" line="29"/>
        <source>Show remote images in every message from {0}; Settings → Remote content lists the senders and takes this back</source>
        <translation>Hiện ảnh từ xa trong mọi thư từ {0}; Cài đặt → Nội dung từ xa liệt kê những người gửi và cho phép thu hồi lựa chọn này</translation>
    </message>
    <message>
        <location filename="../../ui/remote_content_bar.ui" line="50"/>
        <source>Load this message&apos;s images from the web now; the sender may learn that you read it</source>
        <translation>Tải ảnh của thư này từ web ngay bây giờ; người gửi có thể biết rằng bạn đã đọc thư</translation>
    </message>
    <message>
        <location filename="../../ui/remote_content_bar.ui" line="53"/>
        <source>Show &amp;once</source>
        <translation>Hiện &amp;một lần</translation>
    </message>
    <message>
        <location filename="../../ui/remote_content_bar.ui" line="63"/>
        <source>&amp;Always for this sender</source>
        <translation>&amp;Luôn hiện với người gửi này</translation>
    </message>
</context>
<context>
    <name>RemoteContentPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/remote_content_page.py" line="48"/>
        <source>command line</source>
        <translation>dòng lệnh</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/remote_content_page.py" line="53"/>
        <source>No sender: remote images are blocked in all mail.</source>
        <translation>Không có người gửi nào: ảnh từ xa bị chặn trong mọi thư.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/remote_content_page.py" line="71"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/remote_content_page.ui" line="29"/>
        <source>Remote content</source>
        <translation>Nội dung từ xa</translation>
    </message>
    <message>
        <location filename="../../ui/remote_content_page.ui" line="39"/>
        <source>Images from the web are blocked in every message, so senders cannot see when and where mail is read. Mail from these senders shows them, because an agent chose &quot;Always for this sender&quot;. Removing a sender blocks their images again.</source>
        <translation>Ảnh từ web bị chặn trong mọi thư, để người gửi không thể biết thư được đọc khi nào và ở đâu. Thư từ những người gửi dưới đây vẫn hiện ảnh, vì một nhân viên đã chọn &quot;Luôn hiện với người gửi này&quot;. Xóa một người gửi sẽ chặn lại ảnh của họ.</translation>
    </message>
    <message>
        <location filename="../../ui/remote_content_page.ui" line="62"/>
        <source>Sender</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location filename="../../ui/remote_content_page.ui" line="67"/>
        <source>Allowed by</source>
        <translation>Người cho phép</translation>
    </message>
    <message>
        <location filename="../../ui/remote_content_page.ui" line="72"/>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <location filename="../../ui/remote_content_page.ui" line="95"/>
        <source>Block remote images from the selected senders again (Delete)</source>
        <translation>Chặn lại ảnh từ xa của những người gửi đã chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/remote_content_page.ui" line="98"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="77"/>
        <source>&amp;Canned…</source>
        <translation>&amp;Mẫu…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="78"/>
        <source>Insert a canned reply (Ctrl+/)</source>
        <translation>Chèn câu trả lời mẫu (Ctrl+/)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="115"/>
        <source>The ticket&apos;s Cc get it too: {0}</source>
        <translation>Những người Cc của ticket cũng nhận được: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="168"/>
        <source>Replies need an SMTP email or Gmail to leave through, and none is active: add one in Settings → Email channel.</source>
        <translation>Thư trả lời cần một email SMTP hoặc Gmail để gửi đi, và hiện không có địa chỉ nào hoạt động: hãy thêm một địa chỉ trong Cài đặt → Kênh email.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="172"/>
        <source>The address this ticket replied from can no longer send (inactive or removed). Choose the address to reply from in From; it is kept for this ticket.</source>
        <translation>Địa chỉ mà ticket này từng trả lời không còn gửi được (đã tắt hoặc đã xóa). Hãy chọn địa chỉ gửi trong Từ; lựa chọn được giữ cho ticket này.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="176"/>
        <source>The customer did not write to an SMTP email or Gmail, so this ticket has no address to reply from. Choose one in From; it is kept for this ticket.</source>
        <translation>Khách hàng không gửi thư tới email SMTP hay Gmail nào, nên ticket này chưa có địa chỉ để trả lời. Hãy chọn một địa chỉ trong Từ; lựa chọn được giữ cho ticket này.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="198"/>
        <source>No agent is signed in.</source>
        <translation>Chưa có nhân viên nào đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="220"/>
        <source>Choose the address to reply from (From) first.</source>
        <translation>Hãy chọn địa chỉ gửi thư trả lời (Từ) trước.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="224"/>
        <source>Write the reply first.</source>
        <translation>Hãy viết thư trả lời trước.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="243"/>
        <source>Write the note first.</source>
        <translation>Hãy viết ghi chú trước.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="248"/>
        <source>An internal note is never sent, so it takes no Cc or attachments: remove them, or Send a reply.</source>
        <translation>Ghi chú nội bộ không bao giờ được gửi đi, nên không có Cc hay tệp đính kèm: hãy bỏ chúng đi, hoặc Gửi một thư trả lời.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="274"/>
        <source>Ticket {0}: {1}</source>
        <translation>Ticket {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="322"/>
        <source>Write an internal note… (Ctrl+Enter adds it; never sent)</source>
        <translation>Viết ghi chú nội bộ… (Ctrl+Enter để thêm; không bao giờ được gửi đi)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="341"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="359"/>
        <source>{0} cannot be read: {1}</source>
        <translation>Không đọc được {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="365"/>
        <source>{0} ({1}) is not attached: one reply carries at most {2} of attachments ({3} attached already).</source>
        <translation>{0} ({1}) không được đính kèm: mỗi thư trả lời chỉ mang được tối đa {2} tệp đính kèm (đã đính kèm {3}).</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="398"/>
        <source>{0} of {1}</source>
        <translation>{0} trên {1}</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="56"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="66"/>
        <source>The SMTP email or Gmail the reply leaves through; the choice is kept for this ticket</source>
        <translation>Email SMTP hoặc Gmail dùng để gửi thư trả lời; lựa chọn được giữ cho ticket này</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="69"/>
        <source>Choose the address to reply from…</source>
        <translation>Chọn địa chỉ gửi thư trả lời…</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="76"/>
        <source>To:</source>
        <translation>Tới:</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="86"/>
        <source>A reply goes to the ticket&apos;s requester</source>
        <translation>Thư trả lời được gửi tới người yêu cầu của ticket</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="96"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="106"/>
        <source>More recipients, separated by commas</source>
        <translation>Thêm người nhận, phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="137"/>
        <source>Reply text</source>
        <translation>Nội dung thư trả lời</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="321"/>
        <location filename="../../ui/reply_composer.ui" line="143"/>
        <source>Write your reply… (Ctrl+Enter sends it)</source>
        <translation>Viết thư trả lời… (Ctrl+Enter để gửi)</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="150"/>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="184"/>
        <source>Attach files to the reply (25 MB in all at most)</source>
        <translation>Đính kèm tệp vào thư trả lời (tổng cộng tối đa 25 MB)</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="187"/>
        <source>Attach f&amp;iles…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="197"/>
        <source>Remove the selected attachments (Delete)</source>
        <translation>Bỏ các tệp đính kèm đã chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="200"/>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="249"/>
        <source>Add the text to the ticket for agents only; it is never sent</source>
        <translation>Thêm nội dung vào ticket, chỉ nhân viên thấy; không bao giờ được gửi đi</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="252"/>
        <source>Internal &amp;note</source>
        <translation>&amp;Ghi chú nội bộ</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="262"/>
        <source>Send the reply to the requester and Cc (Ctrl+Enter)</source>
        <translation>Gửi thư trả lời tới người yêu cầu và những người Cc (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="265"/>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="37"/>
        <source>Settings pages</source>
        <translation>Các trang cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="41"/>
        <source>Email channel</source>
        <translation>Kênh email</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="46"/>
        <source>Queues</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="51"/>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="56"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="61"/>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="66"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="71"/>
        <source>Canned replies</source>
        <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="76"/>
        <source>Remote content</source>
        <translation>Nội dung từ xa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="81"/>
        <source>Team store</source>
        <translation>Kho dữ liệu nhóm</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/shortcuts_dialog.py" line="36"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/shortcuts_dialog.py" line="36"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.ui" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.ui" line="23"/>
        <source>Every shortcut of this window, read from its menus and keys.</source>
        <translation>Mọi phím tắt của cửa sổ này, lấy từ các menu và phím của nó.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/sign_in_dialog.py" line="24"/>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/sign_in_dialog.py" line="25"/>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/sign_in_dialog.py" line="28"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="14"/>
        <source>Who is working?</source>
        <translation>Ai đang làm việc?</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="23"/>
        <source>Choose yourself: the tickets you see and what you may change follow your role.</source>
        <translation>Hãy chọn chính bạn: các ticket bạn thấy và những gì bạn được thay đổi tùy theo vai trò của bạn.</translation>
    </message>
</context>
<context>
    <name>SignaturePreview</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/signature_preview.py" line="21"/>
        <source>Added to replies, not to notes. Change it in Settings → You.</source>
        <translation>Được thêm vào thư trả lời, không thêm vào ghi chú. Đổi chữ ký trong Cài đặt → Bạn.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/signature_preview.py" line="32"/>
        <source>Send adds your signature:
-- 
{0}</source>
        <translation>Khi gửi sẽ thêm chữ ký của bạn:
-- 
{0}</translation>
    </message>
</context>
<context>
    <name>SmtpEmailDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="57"/>
        <source>Automatic (465 = TLS, else STARTTLS)</source>
        <translation>Tự động (465 = TLS, còn lại STARTTLS)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="58"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="59"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="60"/>
        <source>None (unencrypted)</source>
        <translation>Không (không mã hóa)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="65"/>
        <source>Password of the email account</source>
        <translation>Mật khẩu của tài khoản email</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="90"/>
        <source>Update SMTP email</source>
        <translation>Cập nhật email SMTP</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="93"/>
        <source>An address cannot change; add a new one instead.</source>
        <translation>Không thể đổi địa chỉ; hãy thêm một địa chỉ mới.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="94"/>
        <source>Leave empty to keep the stored password</source>
        <translation>Để trống để giữ mật khẩu đã lưu</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="152"/>
        <source>this address</source>
        <translation>địa chỉ này</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="155"/>
        <source>An SMTP email only sends. To receive customers&apos; email sent to {0}, configure the mail server of {0} to forward it to an internal email:</source>
        <translation>Email SMTP chỉ dùng để gửi. Để nhận email khách hàng gửi tới {0}, hãy cấu hình máy chủ thư của {0} chuyển tiếp thư tới một email nội bộ:</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="159"/>
        <source>An SMTP email only sends. To receive customers&apos; email sent to {0}, its mail server must forward it to an internal email, and none is active yet: add one with Add email address → Internal email.</source>
        <translation>Email SMTP chỉ dùng để gửi. Để nhận email khách hàng gửi tới {0}, máy chủ thư của nó phải chuyển tiếp thư tới một email nội bộ, nhưng hiện chưa có email nội bộ nào hoạt động: hãy thêm bằng Thêm địa chỉ email → Email nội bộ.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="169"/>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="170"/>
        <location filename="../../ui/smtp_email_dialog.ui" line="423"/>
        <source>Cop&amp;y address</source>
        <translation>&amp;Sao chép địa chỉ</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="187"/>
        <source>Enter the email address replies are sent from.</source>
        <translation>Nhập địa chỉ email dùng để gửi thư trả lời.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="196"/>
        <source>Enter the address alone, e.g. sales@example.com (the sender&apos;s name goes in Name).</source>
        <translation>Chỉ nhập địa chỉ, ví dụ sales@example.com (tên người gửi điền vào ô Tên).</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="200"/>
        <source>{0} is already in the email channel list.</source>
        <translation>{0} đã có trong danh sách kênh email.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="202"/>
        <source>Enter the password of the SMTP email, or turn off Sign in if the server needs none.</source>
        <translation>Nhập mật khẩu của email SMTP, hoặc tắt Đăng nhập nếu máy chủ không cần.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="206"/>
        <source>Enter the SMTP host, e.g. smtp.gmail.com.</source>
        <translation>Nhập máy chủ SMTP, ví dụ smtp.gmail.com.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="208"/>
        <source>A host name has no spaces.</source>
        <translation>Tên máy chủ không chứa dấu cách.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="211"/>
        <source>Port {0} is out of range (1–65535).</source>
        <translation>Cổng {0} nằm ngoài khoảng cho phép (1–65535).</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="213"/>
        <source>The name is longer than {0} characters.</source>
        <translation>Tên dài quá {0} ký tự.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="233"/>
        <source>Testing {0}:{1}…</source>
        <translation>Đang kiểm tra {0}:{1}…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="241"/>
        <source>Test failed: {0}</source>
        <translation>Kiểm tra thất bại: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="244"/>
        <source>Test passed: {0}</source>
        <translation>Kiểm tra thành công: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="261"/>
        <source>Checking {0}:{1} before saving…</source>
        <translation>Đang kiểm tra {0}:{1} trước khi lưu…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="269"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="276"/>
        <source>Not saved: the connection test failed: {0}</source>
        <translation>Chưa lưu: kiểm tra kết nối thất bại: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="14"/>
        <source>SMTP email</source>
        <translation>Email SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="23"/>
        <source>For an email server that provides SMTP (Gmail, Outlook, your company&apos;s own…). Agents&apos; replies to customers leave through it.</source>
        <translation>Dành cho máy chủ email có dịch vụ SMTP (Gmail, Outlook, máy chủ riêng của công ty bạn…). Thư trả lời của nhân viên gửi khách hàng được gửi qua đó.</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="44"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="54"/>
        <source>sales@example.com</source>
        <translation>sales@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="57"/>
        <source>The address agents reply from, e.g. a Gmail or Outlook address</source>
        <translation>Địa chỉ nhân viên dùng để trả lời, ví dụ một địa chỉ Gmail hoặc Outlook</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="80"/>
        <source>Most servers need a sign-in; uncheck it only for a server that accepts mail from this computer without one</source>
        <translation>Hầu hết máy chủ cần đăng nhập; chỉ bỏ chọn với máy chủ nhận thư từ máy tính này mà không cần đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="83"/>
        <source>S&amp;ign in with a password</source>
        <translation>Đăng &amp;nhập bằng mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="93"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="106"/>
        <source>Kept in the system keyring, never in the app&apos;s database. Gmail and Outlook want an app password here.</source>
        <translation>Được giữ trong kho khóa của hệ thống, không bao giờ nằm trong cơ sở dữ liệu của ứng dụng. Gmail và Outlook cần mật khẩu ứng dụng ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="129"/>
        <source>&amp;Host:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="139"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="162"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="172"/>
        <source>587 or 25: STARTTLS; 465: TLS from the start</source>
        <translation>587 hoặc 25: STARTTLS; 465: TLS ngay từ đầu</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="204"/>
        <source>Se&amp;curity:</source>
        <translation>&amp;Bảo mật:</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="214"/>
        <source>Follows the port until you choose; STARTTLS, when chosen, is required and never skipped</source>
        <translation>Theo cổng cho tới khi bạn chọn; khi đã chọn STARTTLS thì bắt buộc và không bao giờ bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="237"/>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="247"/>
        <source>Same as the email</source>
        <translation>Giống địa chỉ email</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="270"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="280"/>
        <source>Optional: the sender&apos;s name customers see, e.g. Acme Sales</source>
        <translation>Không bắt buộc: tên người gửi mà khách hàng thấy, ví dụ Acme Sales</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="303"/>
        <source>An inactive address sends no replies; tickets that reply from it ask for another</source>
        <translation>Địa chỉ không hoạt động sẽ không gửi thư trả lời; các ticket trả lời từ địa chỉ này sẽ yêu cầu chọn địa chỉ khác</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="306"/>
        <source>Acti&amp;ve</source>
        <translation>&amp;Hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="320"/>
        <source>Connect, secure the connection and sign in, without saving anything</source>
        <translation>Kết nối, bảo mật kết nối và đăng nhập mà không lưu gì cả</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="323"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="380"/>
        <source>Receiving customers&apos; replies</source>
        <translation>Nhận thư trả lời của khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="413"/>
        <source>Internal emails to forward to</source>
        <translation>Các email nội bộ để chuyển tiếp tới</translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="420"/>
        <source>Copy the selected internal email, to paste it into the mail server&apos;s forwarding setting</source>
        <translation>Sao chép email nội bộ đã chọn để dán vào thiết lập chuyển tiếp của máy chủ thư</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/source_dialog.py" line="33"/>
        <source>Source of “{0}”</source>
        <translation>Mã nguồn của “{0}”</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/source_dialog.py" line="38"/>
        <source>The message as it was received ({0}): every header and the body, encoded as sent.</source>
        <translation>Thư đúng như khi nhận ({0}): mọi trường đầu thư và phần thân thư, mã hóa như khi gửi.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/source_dialog.py" line="76"/>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/source_dialog.py" line="81"/>
        <source>Save message as</source>
        <translation>Lưu thư thành</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/source_dialog.py" line="84"/>
        <source>Email message (*.eml)</source>
        <translation>Thư email (*.eml)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/source_dialog.py" line="84"/>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/source_dialog.py" line="99"/>
        <source>Not saved: {0}</source>
        <translation>Chưa lưu được: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/source_dialog.py" line="103"/>
        <source>Saved to {0}</source>
        <translation>Đã lưu vào {0}</translation>
    </message>
    <message>
        <location filename="../../ui/source_dialog.ui" line="14"/>
        <source>Message source</source>
        <translation>Mã nguồn thư</translation>
    </message>
    <message>
        <location filename="../../ui/source_dialog.ui" line="44"/>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location filename="../../ui/source_dialog.ui" line="54"/>
        <source>Text in the headers or body (Ctrl+F)</source>
        <translation>Văn bản trong phần đầu hoặc phần thân thư (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/source_dialog.ui" line="64"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Kết quả trước (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ui/source_dialog.ui" line="67"/>
        <source>&amp;Previous</source>
        <translation>T&amp;rước</translation>
    </message>
    <message>
        <location filename="../../ui/source_dialog.ui" line="77"/>
        <source>Next match (F3 or Enter)</source>
        <translation>Kết quả tiếp theo (F3 hoặc Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/source_dialog.ui" line="80"/>
        <source>&amp;Next</source>
        <translation>Tiếp t&amp;heo</translation>
    </message>
    <message>
        <location filename="../../ui/source_dialog.ui" line="130"/>
        <source>Save the message exactly as received, to open in another mail program</source>
        <translation>Lưu thư đúng như khi nhận, để mở bằng một chương trình thư khác</translation>
    </message>
    <message>
        <location filename="../../ui/source_dialog.ui" line="133"/>
        <source>&amp;Save as .eml…</source>
        <translation>&amp;Lưu thành .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/source_dialog.ui" line="143"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
<context>
    <name>TeamStorePage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="34"/>
        <source>This app works on the team store at %1.</source>
        <translation>Ứng dụng này làm việc trên kho dữ liệu nhóm tại %1.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="36"/>
        <source>This app works on this computer&apos;s own store (a single seat).</source>
        <translation>Ứng dụng này làm việc trên kho dữ liệu riêng của máy tính này (chỉ dùng cho một máy).</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="58"/>
        <source>Fill in the host, the database and the user.</source>
        <translation>Hãy điền máy chủ, cơ sở dữ liệu và người dùng.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="79"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="84"/>
        <source>Test failed: %1</source>
        <translation>Kiểm tra thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="97"/>
        <source>Creating the team store…</source>
        <translation>Đang tạo kho dữ liệu nhóm…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="113"/>
        <source>The team store is ready, and the app opens it at its next start. This is its team key, shown only now: copy it somewhere safe and give it to each computer that joins.</source>
        <translation>Kho dữ liệu nhóm đã sẵn sàng và ứng dụng sẽ mở nó ở lần khởi động tiếp theo. Đây là khóa nhóm của kho, chỉ hiện lần này: hãy sao chép nó vào nơi an toàn và đưa cho mỗi máy tính gia nhập.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="135"/>
        <source>This computer has joined the team store: it can send and sync mail. The app opens the store at its next start.</source>
        <translation>Máy tính này đã gia nhập kho dữ liệu nhóm: nó có thể gửi và đồng bộ thư. Ứng dụng sẽ mở kho ở lần khởi động tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="150"/>
        <source>Saved: the app opens this team store at its next start.</source>
        <translation>Đã lưu: ứng dụng sẽ mở kho dữ liệu nhóm này ở lần khởi động tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="155"/>
        <source>Saved: the app opens this computer&apos;s own store at its next start.</source>
        <translation>Đã lưu: ứng dụng sẽ mở kho dữ liệu riêng của máy tính này ở lần khởi động tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="29"/>
        <source>Team store</source>
        <translation>Kho dữ liệu nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="52"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="61"/>
        <source>Leave these empty to work on this computer&apos;s own store. A team shares one PostgreSQL database: ask its admin for these, or make an empty database of its own and create the team store in it.</source>
        <translation>Để trống các ô này để làm việc trên kho dữ liệu riêng của máy tính này. Một nhóm dùng chung một cơ sở dữ liệu PostgreSQL: hãy hỏi quản trị viên của nó các thông tin này, hoặc tạo một cơ sở dữ liệu trống riêng và tạo kho dữ liệu nhóm trong đó.</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="77"/>
        <source>&amp;Host:</source>
        <translation>Máy c&amp;hủ:</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="87"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="94"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="117"/>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="127"/>
        <source>helpdesk</source>
        <translation>helpdesk</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="134"/>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="144"/>
        <source>stringeex</source>
        <translation>stringeex</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="151"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="161"/>
        <source>kept in this computer&apos;s keyring</source>
        <translation>được lưu trong kho khóa của máy tính này</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="171"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="199"/>
        <source>Test &amp;connection</source>
        <translation>K&amp;iểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="224"/>
        <source>Team key</source>
        <translation>Khóa nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="233"/>
        <source>Secrets every computer needs (relay and SMTP passwords, Gmail sign-ins) are kept in the team store, sealed with the team key. Creating the store shows its key once; each computer joins with it.</source>
        <translation>Các bí mật mà mọi máy tính cần (mật khẩu máy chủ chuyển tiếp và SMTP, đăng nhập Gmail) được lưu trong kho dữ liệu nhóm, niêm phong bằng khóa nhóm. Khi tạo kho, khóa của nó chỉ hiện một lần; mỗi máy tính gia nhập bằng khóa đó.</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="249"/>
        <source>Team &amp;key:</source>
        <translation>&amp;Khóa nhóm:</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="259"/>
        <source>43 letters, digits, - and _</source>
        <translation>43 chữ cái, chữ số, - và _</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="284"/>
        <source>C&amp;reate team store</source>
        <translation>Tạ&amp;o kho dữ liệu nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="291"/>
        <source>&amp;Join with key</source>
        <translation>&amp;Gia nhập bằng khóa</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="316"/>
        <source>New team key</source>
        <translation>Khóa nhóm mới</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="341"/>
        <source>&amp;Use on next start</source>
        <translation>Dùng ở lần khởi động &amp;tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="348"/>
        <source>Use this computer&apos;s &amp;own store</source>
        <translation>Dùng kho dữ liệu &amp;riêng của máy tính này</translation>
    </message>
</context>
<context>
    <name>ThisComputerPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/this_computer_page.py" line="28"/>
        <source>This run listens where --smtp/--lmtp on the command line say. What you apply here is used when the app starts without them.</source>
        <translation>Lần chạy này nhận thư ở nơi mà --smtp/--lmtp trên dòng lệnh chỉ định. Thiết lập bạn áp dụng ở đây được dùng khi ứng dụng khởi động mà không có các tùy chọn đó.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/this_computer_page.py" line="58"/>
        <source>Saved for the next start.</source>
        <translation>Đã lưu cho lần khởi động sau.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/this_computer_page.py" line="61"/>
        <source>Moving the listener…</source>
        <translation>Đang chuyển trình nhận thư…</translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="29"/>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="39"/>
        <source>Mail listener</source>
        <translation>Trình nhận thư</translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="48"/>
        <source>Mail to internal emails arrives here while this app runs the mail core (not when &lt;code&gt;serve&lt;/code&gt; runs it). Listening beyond this computer (0.0.0.0) needs a TLS certificate, which only &lt;code&gt;serve&lt;/code&gt; takes.</source>
        <translation>Thư gửi tới email nội bộ được nhận tại đây khi ứng dụng này chạy lõi thư (không phải khi &lt;code&gt;serve&lt;/code&gt; chạy lõi). Nhận thư từ ngoài máy tính này (0.0.0.0) cần chứng chỉ TLS, mà chỉ &lt;code&gt;serve&lt;/code&gt; nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="61"/>
        <source>SMTP &amp;host:</source>
        <translation>&amp;Máy chủ SMTP:</translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="71"/>
        <location filename="../../ui/this_computer_page.ui" line="118"/>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="78"/>
        <source>SMTP &amp;port:</source>
        <translation>&amp;Cổng SMTP:</translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="101"/>
        <source>Also receive over &amp;LMTP (from a local mail server)</source>
        <translation>Nhận thêm qua &amp;LMTP (từ một máy chủ thư cục bộ)</translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="108"/>
        <source>LMTP h&amp;ost:</source>
        <translation>Máy &amp;chủ LMTP:</translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="125"/>
        <source>LMTP p&amp;ort:</source>
        <translation>C&amp;ổng LMTP:</translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="179"/>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="34"/>
        <source>&amp;Ticket</source>
        <translation>Tic&amp;ket</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="36"/>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="120"/>
        <source>&amp;Take It</source>
        <translation>&amp;Nhận ticket</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="38"/>
        <source>Set &amp;Status…</source>
        <translation>Đặt t&amp;rạng thái…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="41"/>
        <source>&amp;Reply</source>
        <translation>&amp;Trả lời</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="43"/>
        <source>Add &amp;Note</source>
        <translation>Thêm &amp;ghi chú</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="45"/>
        <source>Edit &amp;CCs…</source>
        <translation>Sửa &amp;CC…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="48"/>
        <source>St&amp;atus</source>
        <translation>Trạng t&amp;hái</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="49"/>
        <source>&amp;Priority</source>
        <translation>&amp;Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="51"/>
        <source>T&amp;ype</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="52"/>
        <source>&amp;Queue</source>
        <translation>Hàng đợ&amp;i</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="53"/>
        <source>Assi&amp;gnee</source>
        <translation>Người &amp;phụ trách</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="120"/>
        <source>&amp;Assign…</source>
        <translation>Gia&amp;o cho…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_actions.py" line="155"/>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
</context>
<context>
    <name>TicketNotifier</name>
    <message>
        <location filename="../../stringeex_desktop/gui/ticket_notifier.py" line="111"/>
        <source>Ticket {0} assigned to you</source>
        <translation>Ticket {0} đã được giao cho bạn</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/ticket_notifier.py" line="112"/>
        <source>{0}
from {1}</source>
        <translation>{0}
từ {1}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/ticket_notifier.py" line="115"/>
        <source>{0} answered ticket {1}</source>
        <translation>{0} đã trả lời ticket {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stringeex_desktop/gui/ticket_notifier.py" line="121"/>
        <source>%n assigned to you</source>
        <translation>
            <numerusform>%n ticket được giao cho bạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stringeex_desktop/gui/ticket_notifier.py" line="123"/>
        <source>%n answered by customers</source>
        <translation>
            <numerusform>%n ticket có khách hàng trả lời</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stringeex_desktop/gui/ticket_notifier.py" line="124"/>
        <source>%n tickets need you</source>
        <translation>
            <numerusform>%n ticket cần bạn xử lý</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketPane</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="230"/>
        <location filename="../../ui/ticket_pane.ui" line="39"/>
        <source>Select a ticket to read its messages.</source>
        <translation>Chọn một ticket để đọc các thư của nó.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="235"/>
        <source>This ticket no longer exists.</source>
        <translation>Ticket này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="238"/>
        <source>The ticket could not be read: {0}</source>
        <translation>Không đọc được ticket: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="282"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="285"/>
        <source>unassigned</source>
        <translation>chưa giao</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="273"/>
        <source>From {0}</source>
        <translation>Từ {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="116"/>
        <source>Change the status (S)</source>
        <translation>Đổi trạng thái (S)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="117"/>
        <source>Change the priority</source>
        <translation>Đổi mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="118"/>
        <source>Change the type</source>
        <translation>Đổi loại</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="119"/>
        <source>Move the ticket to another queue</source>
        <translation>Chuyển ticket sang hàng đợi khác</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="120"/>
        <source>Assign the ticket (A)</source>
        <translation>Giao ticket (A)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="121"/>
        <source>Assign the ticket to yourself (A)</source>
        <translation>Nhận ticket về mình (A)</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="122"/>
        <source>Add or remove CCs</source>
        <translation>Thêm hoặc bỏ CC</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="130"/>
        <source>Take it</source>
        <translation>Nhận ticket</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="212"/>
        <source>{0} is replying</source>
        <translation>{0} đang trả lời</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="213"/>
        <source>{0} is writing a note</source>
        <translation>{0} đang viết ghi chú</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="274"/>
        <source>Created {0}</source>
        <translation>Tạo lúc {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="278"/>
        <source>Status: {0} ▾</source>
        <translation>Trạng thái: {0} ▾</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="279"/>
        <source>Priority: {0} ▾</source>
        <translation>Mức ưu tiên: {0} ▾</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="280"/>
        <source>Type: {0} ▾</source>
        <translation>Loại: {0} ▾</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="281"/>
        <source>Queue: {0} ▾</source>
        <translation>Hàng đợi: {0} ▾</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="283"/>
        <source>Assignee: {0} ▾</source>
        <translation>Người phụ trách: {0} ▾</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="287"/>
        <source>CC: {0}</source>
        <translation>CC: {0}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="288"/>
        <source>Add CC</source>
        <translation>Thêm CC</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="299"/>
        <source>Show 1 older message</source>
        <translation>Hiện 1 thư cũ hơn</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="300"/>
        <source>Show {0} older messages</source>
        <translation>Hiện {0} thư cũ hơn</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="363"/>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="366"/>
        <source>View source</source>
        <translation>Xem mã nguồn</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="367"/>
        <source>This message has no stored source.</source>
        <translation>Thư này không có mã nguồn được lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="177"/>
        <source>Ticket fields</source>
        <translation>Các trường của ticket</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="249"/>
        <source>Show the whole conversation</source>
        <translation>Hiện toàn bộ cuộc hội thoại</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="285"/>
        <source>Write a reply to the customer (R)</source>
        <translation>Viết thư trả lời cho khách hàng (R)</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="288"/>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="298"/>
        <source>Write an internal note, seen by agents only (N)</source>
        <translation>Viết ghi chú nội bộ, chỉ nhân viên thấy (N)</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="301"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="317"/>
        <source>Other agents writing on this ticket now: answer after them, or talk first</source>
        <translation>Nhân viên khác đang viết trên ticket này: hãy trả lời sau họ, hoặc trao đổi trước</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="346"/>
        <source>Draft kept</source>
        <translation>Đã giữ bản nháp</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="356"/>
        <source>Hide the composer; what you wrote is kept</source>
        <translation>Ẩn khung soạn thư; nội dung bạn đã viết được giữ lại</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="359"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="54"/>
        <source>Serial</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="54"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="54"/>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="55"/>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="55"/>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="55"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="56"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="56"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="259"/>
        <source>Nobody works this ticket yet.</source>
        <translation>Chưa có ai xử lý ticket này.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="261"/>
        <source>New customer mail since you last opened it.</source>
        <translation>Có thư mới của khách hàng kể từ lần cuối bạn mở ticket này.</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="278"/>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tray_icon.py" line="32"/>
        <source>&amp;Show StringeeX Desktop</source>
        <translation>&amp;Hiện StringeeX Desktop</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tray_icon.py" line="33"/>
        <source>&amp;Online</source>
        <translation>&amp;Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tray_icon.py" line="34"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stringeex_desktop/gui/tray_icon.py" line="71"/>
        <source>StringeeX Desktop: %n open ticket(s)</source>
        <translation>
            <numerusform>StringeeX Desktop: %n ticket đang mở</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stringeex_desktop/gui/tray_icon.py" line="72"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n mới</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/view_sidebar.py" line="22"/>
        <source>Views</source>
        <translation>Chế độ xem</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/view_sidebar.py" line="33"/>
        <source>My open</source>
        <translation>Đang mở của tôi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/view_sidebar.py" line="33"/>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/view_sidebar.py" line="34"/>
        <source>All open</source>
        <translation>Tất cả đang mở</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/view_sidebar.py" line="34"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/view_sidebar.py" line="35"/>
        <source>Solved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/view_sidebar.py" line="35"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/view_sidebar.py" line="54"/>
        <source>Open tickets of the queue {0}</source>
        <translation>Các ticket đang mở của hàng đợi {0}</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="27"/>
        <source>Unexpected error ({name}): {detail}</source>
        <translation>Lỗi không mong đợi ({name}): {detail}</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="104"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="105"/>
        <source>Processing</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="106"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="107"/>
        <source>Solved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="108"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="109"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="96"/>
        <source>yesterday</source>
        <translation>hôm qua</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="110"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="111"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="112"/>
        <source>Urgent</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="113"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="114"/>
        <source>Problem</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="115"/>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="116"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="117"/>
        <source>Internal email</source>
        <translation>Email nội bộ</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="118"/>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="119"/>
        <source>SMTP email</source>
        <translation>Email SMTP</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="120"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="121"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="122"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="123"/>
        <source>Needs re-authorization</source>
        <translation>Cần cấp quyền lại</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="124"/>
        <source>Inactive</source>
        <translation>Không hoạt động</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="127"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="128"/>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="129"/>
        <source>Admin</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
</TS>
