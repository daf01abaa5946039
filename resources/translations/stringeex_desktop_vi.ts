<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddAgentDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/add_agent_dialog.py" line="59"/>
        <source>Enter the agent&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/add_agent_dialog.py" line="61"/>
        <source>Enter the agent&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="14"/>
        <source>Add agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="23"/>
        <source>The agent works the tickets of the checked queues. Only admins add agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="41"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="51"/>
        <source>agent@acme.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="67"/>
        <location filename="../../ui/add_agent_dialog.ui" line="100"/>
        <location filename="../../ui/add_agent_dialog.ui" line="129"/>
        <location filename="../../ui/add_agent_dialog.ui" line="168"/>
        <location filename="../../ui/add_agent_dialog.ui" line="186"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="74"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="84"/>
        <source>Alex Nguyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="107"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/add_agent_dialog.ui" line="136"/>
        <source>&amp;Queues:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="20"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="20"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="20"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="21"/>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="21"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="41"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/agent_table_model.py" line="41"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../../ui/agents_page.ui" line="29"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agents_page.ui" line="32"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agents_page.ui" line="39"/>
        <source>Admins manage the portal and everyone; supervisors manage email addresses, queues and all tickets; agents work the tickets of their queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agents_page.ui" line="45"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agents_page.ui" line="54"/>
        <source>&amp;Add agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agents_page.ui" line="92"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreController</name>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="50"/>
        <source>Core not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="67"/>
        <source>Client of a running core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="68"/>
        <source> (pid {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="72"/>
        <source>Mail listener failed: {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="78"/>
        <source>Core running, receiving on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="79"/>
        <source>Core running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="91"/>
        <source>Start the app with another --smtp HOST:PORT (or --lmtp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="92"/>
        <source>Change the address in Settings → This computer, or start the app with --smtp HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/core_controller.py" line="100"/>
        <source>Core stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailChannelPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="58"/>
        <source>&amp;Internal email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="62"/>
        <source>&amp;SMTP email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="60"/>
        <source>&amp;Gmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="157"/>
        <source>Re-authorize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="171"/>
        <source>Remove email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="172"/>
        <source>Remove {0} from the email channel?

Mail to it will be refused. Its tickets stay in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/email_channel_page.py" line="175"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="29"/>
        <source>Email channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="32"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="39"/>
        <source>Every email that reaches one of these addresses becomes a ticket of its queue. Internal emails receive mail at the portal&apos;s own domain; Gmail and SMTP emails also send the agents&apos; replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="45"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="54"/>
        <source>&amp;Add email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="71"/>
        <source>&amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="81"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="104"/>
        <source>&amp;Google OAuth client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="107"/>
        <source>Import the portal&apos;s Google OAuth client (client_secret.json), needed to add Gmail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_channel_page.ui" line="156"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GmailConsentDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="64"/>
        <source>&amp;Sign in with Google…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="80"/>
        <source>Re-authorize {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="82"/>
        <source>Google no longer accepts this app&apos;s access to {0}. Sign in to that account again and allow access; its sync and replies then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="133"/>
        <source>Take one among queues: it receives this address&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="135"/>
        <source>No queue exists yet: add one in Settings → Queues first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="143"/>
        <source>Opening Google&apos;s sign-in page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="187"/>
        <source>Google answered; finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_consent_dialog.py" line="219"/>
        <source>No web browser could be opened. The sign-in address was copied to the clipboard: paste it into a web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="14"/>
        <source>Add Gmail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="39"/>
        <source>Google&apos;s sign-in page opens next: sign in to the Gmail account and allow StringeeX Desktop to read and send its mail. Its inbox then becomes tickets of the queue below. Nothing on the server is ever deleted or marked read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="58"/>
        <source>No Google OAuth client is imported yet: Gmail addresses sign in through the portal&apos;s own client (a &quot;Desktop app&quot; client_secret.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="64"/>
        <location filename="../../ui/gmail_consent_dialog.ui" line="118"/>
        <location filename="../../ui/gmail_consent_dialog.ui" line="208"/>
        <location filename="../../ui/gmail_consent_dialog.ui" line="374"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="71"/>
        <source>&amp;Import client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="92"/>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="102"/>
        <source>Take one among queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="125"/>
        <source>&amp;Prioritize online agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="132"/>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="139"/>
        <source>&amp;Everything in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="154"/>
        <source>Only the &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="161"/>
        <source>Days of mail to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="177"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="246"/>
        <source>Sign in to the Gmail account and allow access. If Google refuses this window, the sign-in continues in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="252"/>
        <location filename="../../ui/gmail_consent_dialog.ui" line="341"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="278"/>
        <source>Google does not allow signing in inside this window (&quot;This browser or app may not be secure&quot;), so the sign-in continues in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="288"/>
        <source>Waiting for you to allow access in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="310"/>
        <source>Open the &amp;browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_consent_dialog.ui" line="335"/>
        <source>When your browser shows &quot;You can close this window&quot;, this dialog closes by itself and the address is listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GmailEmailDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/gmail_email_dialog.py" line="61"/>
        <source>Take one among queues: it receives this address&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="14"/>
        <source>Update Gmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="31"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="51"/>
        <source>&amp;Active (inactive: its mail is not synced and replies cannot use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="58"/>
        <source>Select &amp;queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="68"/>
        <source>Take one among queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="84"/>
        <location filename="../../ui/gmail_email_dialog.ui" line="151"/>
        <location filename="../../ui/gmail_email_dialog.ui" line="169"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="91"/>
        <source>&amp;Prioritize online agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="98"/>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gmail_email_dialog.ui" line="130"/>
        <source>&amp;Re-authorize…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleClientDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="36"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="53"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="57"/>
        <source>Import Google OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="59"/>
        <source>Google client secret (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="59"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="68"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="74"/>
        <source>Not imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/google_client_dialog.py" line="80"/>
        <source>Imported. Gmail addresses can now be added with Add email address → Gmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="14"/>
        <source>Google OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="23"/>
        <source>Gmail addresses sign in through the portal&apos;s own Google OAuth client. In the Google Cloud console (APIs &amp; Services → Credentials), create an OAuth client ID of type &quot;Desktop app&quot; and download its JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="33"/>
        <source>Reading and sending mail needs the scope https://mail.google.com/, which Google restricts: until Google has verified the app, only the test users named on its consent screen can allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="39"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="51"/>
        <source>Imported client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/google_client_dialog.ui" line="78"/>
        <source>&amp;Import client_secret.json…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InternalEmailDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="70"/>
        <source>Update internal email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="74"/>
        <source>An address cannot change; add a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="98"/>
        <source>Set up the portal domain first (Settings → Portal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="108"/>
        <source>{0} is already in the email channel list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="111"/>
        <source>Enter the full name shown as the sender of auto replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="113"/>
        <source>The full name is longer than {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="115"/>
        <source>Take one among queues: it receives this address&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="117"/>
        <source>No queue exists yet: add one in Settings → Queues first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="122"/>
        <source>An auto reply needs a subject and content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="124"/>
        <source>An auto reply needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/internal_email_dialog.py" line="126"/>
        <source>An auto reply needs content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="14"/>
        <source>Internal email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="23"/>
        <source>Email sent to this address from outside becomes a ticket. Agents cannot reply as an internal email; only its auto reply is sent from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="29"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="44"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="59"/>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="62"/>
        <source>Email address, the part before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="90"/>
        <location filename="../../ui/internal_email_dialog.ui" line="123"/>
        <location filename="../../ui/internal_email_dialog.ui" line="156"/>
        <location filename="../../ui/internal_email_dialog.ui" line="251"/>
        <location filename="../../ui/internal_email_dialog.ui" line="269"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="97"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="107"/>
        <source>Acme Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="130"/>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="140"/>
        <source>Take one among queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="163"/>
        <source>New tickets go to online members of the queue first; when nobody is online they wait for the next agent who comes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="166"/>
        <source>Assign to &amp;online agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="173"/>
        <source>An inactive address refuses new mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="176"/>
        <source>Ac&amp;tive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="186"/>
        <source>Answer the first message of every new ticket automatically (at most once a day per sender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="189"/>
        <source>Auto &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="196"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="206"/>
        <source>We received your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="213"/>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/internal_email_dialog.ui" line="235"/>
        <source>Thank you for writing to us. An agent will answer soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxTableModel</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="26"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="26"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="26"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="26"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="27"/>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="70"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="27"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="70"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="74"/>
        <source>Syncing {0:,} of {1:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="87"/>
        <source>Last success: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/mailbox_table_model.py" line="90"/>
        <source>Last error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="139"/>
        <source>Presence not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="143"/>
        <source>You were set Offline after {0} minutes without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="173"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="190"/>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="209"/>
        <source>Search failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="276"/>
        <source>{0} (F5 to try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="280"/>
        <source>1 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="281"/>
        <source>{0} tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="336"/>
        <source>This window runs the mail core for its data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="337"/>
        <source>Another process runs the mail core, or it could not start; this window reads and writes the store and checks it for changes twice a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="358"/>
        <source>{0} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="359"/>
        <source>{0} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="364"/>
        <source>Click to open the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="381"/>
        <source>{0} needs re-authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="382"/>
        <source>{0} has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="384"/>
        <source> (and {0} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="386"/>
        <source>Click to open Settings → Email channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="398"/>
        <source>You were set offline while the computer slept, so no new tickets were assigned to you. Go online when you are back at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="409"/>
        <location filename="../../ui/main_window.ui" line="391"/>
        <source>&amp;Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="409"/>
        <source>&amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="410"/>
        <source>You are online: new tickets can be assigned to you. Click to go offline (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="412"/>
        <source>You are offline. Click to go online and receive new tickets (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="439"/>
        <source>Ticket {0} is not in the list with the current filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="444"/>
        <source>About StringeeX Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="445"/>
        <source>StringeeX Desktop

The email channel of a contact center: internal email, Gmail and SMTP email in one ticket list.

Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/main_window.py" line="449"/>
        <source>Version {0}. Its components and their licences are under Show Details; the installed app keeps their full texts in its licenses folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14"/>
        <source>StringeeX Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>Search subjects, message text, requesters and serials like #000123 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Search tickets (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="77"/>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="116"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="159"/>
        <source>Go &amp;online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="169"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="254"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="263"/>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="280"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="316"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="319"/>
        <source>Email channel, queues, agents and portal (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="322"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="330"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="333"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="345"/>
        <source>&amp;Find Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="348"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="357"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="360"/>
        <source>Read the ticket list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="363"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="372"/>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="375"/>
        <source>Replies waiting to be sent, and those that failed, with Retry (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="378"/>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="394"/>
        <source>Online agents receive new tickets first (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="397"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="402"/>
        <source>&amp;About StringeeX Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBlock</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="39"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="39"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="40"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="43"/>
        <source>Seen by agents only; never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="44"/>
        <source>(unknown sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="55"/>
        <source>To: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="57"/>
        <source>Cc: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="63"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="66"/>
        <source>Queued, next attempt {0}; last attempt: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="67"/>
        <source>Queued; last attempt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="70"/>
        <source>Sent ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="72"/>
        <source>Failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="72"/>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="89"/>
        <source>Failed: {0}. Retry did not work: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="119"/>
        <source>The formatted version of this message could not be shown; this is its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="146"/>
        <source>[… the first {0} of {1}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="70"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="96"/>
        <source>This message could not be read completely ({0}). It is shown as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="110"/>
        <source>Remote images in this message were blocked to protect your privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="113"/>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="120"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/message_block.py" line="131"/>
        <source>Attachments: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/message_block.ui" line="43"/>
        <source>badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/message_block.ui" line="93"/>
        <location filename="../../ui/message_block.ui" line="195"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/message_block.ui" line="127"/>
        <source>Queue this reply again; the outbox sends it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/message_block.ui" line="130"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/message_block.ui" line="154"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="27"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="27"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="27"/>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="27"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="28"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="28"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="28"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="29"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="29"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="30"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="68"/>
        <source>Portal relay (auto reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_table_model.py" line="69"/>
        <source>(removed address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_view.py" line="78"/>
        <source>{0}, to {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_view.py" line="80"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/outbox_view.py" line="122"/>
        <source>Retry failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="14"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="23"/>
        <source>Replies and auto replies waiting to be sent, or that could not be sent. Sent mail leaves this list; a failed one stays until you retry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="29"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="83"/>
        <source>Nothing is waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="89"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="105"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="114"/>
        <source>Queue the selected failed messages again; they are sent at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="117"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="127"/>
        <source>Retry &amp;all failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="137"/>
        <source>Show the ticket of the selected message in the main window (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.ui" line="140"/>
        <source>&amp;Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="36"/>
        <source>Auto (TLS when the server offers it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="37"/>
        <source>STARTTLS (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="38"/>
        <source>SSL/TLS (implicit, usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="39"/>
        <source>None (plain text, not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="81"/>
        <source>Internal emails are addresses of this domain. It cannot change while {0} internal email(s) use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="83"/>
        <source>Internal emails will be addresses of this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="91"/>
        <source>stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="92"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="129"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="136"/>
        <source>Testing {0}:{1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="141"/>
        <source>Test failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_page.py" line="144"/>
        <source>Test passed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="29"/>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="32"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="44"/>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="54"/>
        <source>acme.stringeex.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="70"/>
        <location filename="../../ui/portal_page.ui" line="140"/>
        <location filename="../../ui/portal_page.ui" line="179"/>
        <location filename="../../ui/portal_page.ui" line="208"/>
        <location filename="../../ui/portal_page.ui" line="241"/>
        <location filename="../../ui/portal_page.ui" line="274"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="77"/>
        <source>Internal emails are addresses of this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="83"/>
        <location filename="../../ui/portal_page.ui" line="107"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="92"/>
        <source>Outgoing relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="101"/>
        <source>Auto replies of internal emails leave through this SMTP server. It must be allowed to send for the portal domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="114"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="124"/>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="147"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="186"/>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="215"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="225"/>
        <source>Leave empty when the relay needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="248"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="290"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="299"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="302"/>
        <source>Connect, start TLS and log in with these settings without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_page.ui" line="325"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalSetupDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_setup_dialog.py" line="36"/>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_setup_dialog.py" line="51"/>
        <source>Enter the portal&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_setup_dialog.py" line="53"/>
        <source>Enter the admin&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/portal_setup_dialog.py" line="55"/>
        <source>Enter the admin&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="14"/>
        <source>Set up the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="23"/>
        <source>Welcome to StringeeX Desktop. Choose the portal&apos;s domain: every internal email address ends with it. Then name the portal&apos;s first admin, the account this desktop signs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="41"/>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="51"/>
        <source>acme.stringeex.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="67"/>
        <location filename="../../ui/portal_setup_dialog.ui" line="100"/>
        <location filename="../../ui/portal_setup_dialog.ui" line="133"/>
        <location filename="../../ui/portal_setup_dialog.ui" line="151"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="74"/>
        <source>Admin &amp;full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="84"/>
        <source>Jane Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="107"/>
        <source>Admin &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/portal_setup_dialog.ui" line="117"/>
        <source>jane@acme.example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="68"/>
        <source>&amp;Members of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="69"/>
        <location filename="../../ui/queues_page.ui" line="113"/>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="99"/>
        <source>Enter the name of the new queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/queues_page.py" line="130"/>
        <source>Saved: {0} member(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="29"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="32"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="39"/>
        <source>A queue receives the tickets of its email addresses and shares them among its member agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="45"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="59"/>
        <source>Q&amp;ueues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="74"/>
        <location filename="../../ui/queues_page.ui" line="77"/>
        <source>New queue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="84"/>
        <source>&amp;Add queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="102"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queues_page.ui" line="128"/>
        <source>&amp;Save members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="96"/>
        <source>The ticket&apos;s Cc get it too: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="137"/>
        <source>Replies need an SMTP email or Gmail to leave through, and none is active: add one in Settings → Email channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="141"/>
        <source>The address this ticket replied from can no longer send (inactive or removed). Choose the address to reply from in From; it is kept for this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="145"/>
        <source>The customer did not write to an SMTP email or Gmail, so this ticket has no address to reply from. Choose one in From; it is kept for this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="167"/>
        <source>No agent is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="189"/>
        <source>Choose the address to reply from (From) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="193"/>
        <source>Write the reply first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="212"/>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="217"/>
        <source>An internal note is never sent, so it takes no Cc or attachments: remove them, or Send a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="242"/>
        <source>Ticket {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="264"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="282"/>
        <source>{0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="288"/>
        <source>{0} ({1}) is not attached: one reply carries at most {2} of attachments ({3} attached already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/reply_composer.py" line="321"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="41"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="56"/>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="66"/>
        <source>The SMTP email or Gmail the reply leaves through; the choice is kept for this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="69"/>
        <source>Choose the address to reply from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="76"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="86"/>
        <source>A reply goes to the ticket&apos;s requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="96"/>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="106"/>
        <source>More recipients, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="122"/>
        <location filename="../../ui/reply_composer.ui" line="213"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="137"/>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="143"/>
        <source>Write your reply… (Ctrl+Enter sends it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="150"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="172"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="184"/>
        <source>Attach files to the reply (25 MB in all at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="187"/>
        <source>Attach f&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="197"/>
        <source>Remove the selected attachments (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="200"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="249"/>
        <source>Add the text to the ticket for agents only; it is never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="252"/>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="262"/>
        <source>Send the reply to the requester and Cc (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reply_composer.ui" line="265"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="37"/>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="41"/>
        <source>Email channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="46"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="51"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="56"/>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="61"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="66"/>
        <source>Team store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpEmailDialog</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="57"/>
        <source>Automatic (465 = TLS, else STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="58"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="59"/>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="60"/>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="65"/>
        <source>Password of the email account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="90"/>
        <source>Update SMTP email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="93"/>
        <source>An address cannot change; add a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="94"/>
        <source>Leave empty to keep the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="152"/>
        <source>this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="155"/>
        <source>An SMTP email only sends. To receive customers&apos; email sent to {0}, configure the mail server of {0} to forward it to an internal email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="159"/>
        <source>An SMTP email only sends. To receive customers&apos; email sent to {0}, its mail server must forward it to an internal email, and none is active yet: add one with Add email address → Internal email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="169"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="170"/>
        <location filename="../../ui/smtp_email_dialog.ui" line="423"/>
        <source>Cop&amp;y address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="187"/>
        <source>Enter the email address replies are sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="196"/>
        <source>Enter the address alone, e.g. sales@example.com (the sender&apos;s name goes in Name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="200"/>
        <source>{0} is already in the email channel list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="202"/>
        <source>Enter the password of the SMTP email, or turn off Sign in if the server needs none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="206"/>
        <source>Enter the SMTP host, e.g. smtp.gmail.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="208"/>
        <source>A host name has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="211"/>
        <source>Port {0} is out of range (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="213"/>
        <source>The name is longer than {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="233"/>
        <source>Testing {0}:{1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="241"/>
        <source>Test failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="244"/>
        <source>Test passed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="261"/>
        <source>Checking {0}:{1} before saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="269"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/smtp_email_dialog.py" line="276"/>
        <source>Not saved: the connection test failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="14"/>
        <source>SMTP email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="23"/>
        <source>For an email server that provides SMTP (Gmail, Outlook, your company&apos;s own…). Agents&apos; replies to customers leave through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="29"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="44"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="54"/>
        <source>sales@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="57"/>
        <source>The address agents reply from, e.g. a Gmail or Outlook address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="73"/>
        <location filename="../../ui/smtp_email_dialog.ui" line="122"/>
        <location filename="../../ui/smtp_email_dialog.ui" line="155"/>
        <location filename="../../ui/smtp_email_dialog.ui" line="197"/>
        <location filename="../../ui/smtp_email_dialog.ui" line="230"/>
        <location filename="../../ui/smtp_email_dialog.ui" line="263"/>
        <location filename="../../ui/smtp_email_dialog.ui" line="296"/>
        <location filename="../../ui/smtp_email_dialog.ui" line="447"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="80"/>
        <source>Most servers need a sign-in; uncheck it only for a server that accepts mail from this computer without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="83"/>
        <source>S&amp;ign in with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="93"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="106"/>
        <source>Kept in the system keyring, never in the app&apos;s database. Gmail and Outlook want an app password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="129"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="139"/>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="162"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="172"/>
        <source>587 or 25: STARTTLS; 465: TLS from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="204"/>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="214"/>
        <source>Follows the port until you choose; STARTTLS, when chosen, is required and never skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="237"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="247"/>
        <source>Same as the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="270"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="280"/>
        <source>Optional: the sender&apos;s name customers see, e.g. Acme Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="303"/>
        <source>An inactive address sends no replies; tickets that reply from it ask for another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="306"/>
        <source>Acti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="320"/>
        <source>Connect, secure the connection and sign in, without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="323"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="380"/>
        <source>Receiving customers&apos; replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="413"/>
        <source>Internal emails to forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/smtp_email_dialog.ui" line="420"/>
        <source>Copy the selected internal email, to paste it into the mail server&apos;s forwarding setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStorePage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="34"/>
        <source>This app works on the team store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="36"/>
        <source>This app works on this computer&apos;s own store (a single seat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="58"/>
        <source>Fill in the host, the database and the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="79"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="84"/>
        <source>Test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="97"/>
        <source>Creating the team store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="112"/>
        <source>The team store is ready, and the app opens it at its next start. This is its team key, shown only now: copy it somewhere safe and give it to each computer that joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="134"/>
        <source>This computer has joined the team store: it can send and sync mail. The app opens the store at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="149"/>
        <source>Saved: the app opens this team store at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/team_store_page.py" line="154"/>
        <source>Saved: the app opens this computer&apos;s own store at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="29"/>
        <source>Team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="32"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="52"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="61"/>
        <source>Leave these empty to work on this computer&apos;s own store. A team shares one PostgreSQL database: ask its admin for these, or make an empty database of its own and create the team store in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="70"/>
        <location filename="../../ui/team_store_page.ui" line="242"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="77"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="87"/>
        <source>db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="94"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="117"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="127"/>
        <source>helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="134"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="144"/>
        <source>stringeex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="151"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="161"/>
        <source>kept in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="171"/>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="199"/>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="224"/>
        <source>Team key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="233"/>
        <source>Secrets every computer needs (relay and SMTP passwords, Gmail sign-ins) are kept in the team store, sealed with the team key. Creating the store shows its key once; each computer joins with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="249"/>
        <source>Team &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="259"/>
        <source>43 letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="284"/>
        <source>C&amp;reate team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="291"/>
        <source>&amp;Join with key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="316"/>
        <source>New team key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="341"/>
        <source>&amp;Use on next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_store_page.ui" line="348"/>
        <source>Use this computer&apos;s &amp;own store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThisComputerPage</name>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/this_computer_page.py" line="28"/>
        <source>This run listens where --smtp/--lmtp on the command line say. What you apply here is used when the app starts without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/this_computer_page.py" line="58"/>
        <source>Saved for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/settings/this_computer_page.py" line="61"/>
        <source>Moving the listener…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="29"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="32"/>
        <source>pageTitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="39"/>
        <source>Mail listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="48"/>
        <source>Mail to internal emails arrives here while this app runs the mail core (not when &lt;code&gt;serve&lt;/code&gt; runs it). Listening beyond this computer (0.0.0.0) needs a TLS certificate, which only &lt;code&gt;serve&lt;/code&gt; takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="54"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="61"/>
        <source>SMTP &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="71"/>
        <location filename="../../ui/this_computer_page.ui" line="118"/>
        <source>127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="78"/>
        <source>SMTP &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="101"/>
        <source>Also receive over &amp;LMTP (from a local mail server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="108"/>
        <source>LMTP h&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="125"/>
        <source>LMTP p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="157"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/this_computer_page.ui" line="179"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPane</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="65"/>
        <location filename="../../ui/ticket_pane.ui" line="39"/>
        <source>Select a ticket to read its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="70"/>
        <source>This ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="73"/>
        <source>The ticket could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="98"/>
        <source>Queue: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="98"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="99"/>
        <source>Assignee: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="99"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="100"/>
        <source>From {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_pane.py" line="102"/>
        <source>Created {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="48"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="107"/>
        <source>badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_pane.ui" line="130"/>
        <source>hint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="46"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="46"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="46"/>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="47"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="47"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="48"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/tickets/ticket_table_model.py" line="218"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="26"/>
        <source>Unexpected error ({name}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="82"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="83"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="84"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="85"/>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="86"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="87"/>
        <source>Internal email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="88"/>
        <source>Gmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="89"/>
        <source>SMTP email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="90"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="91"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="92"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="93"/>
        <source>Needs re-authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="94"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="97"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="98"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../stringeex_desktop/gui/widgets/common.py" line="99"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
