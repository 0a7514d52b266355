<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AccountActions</name>
        <message>
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %1 and everything about it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its deals, activities, notes and files are deleted too; its people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s)</source>
            <translation>
                <numerusform>Delete %n organization</numerusform>
                <numerusform>Delete %n organizations</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV, separated by commas (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV, separated by semicolons (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s) and everything about them?</source>
            <translation>
                <numerusform>Delete %n organization and everything about it?</numerusform>
                <numerusform>Delete %n organizations and everything about them?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1.

Their deals, activities, notes and files are deleted too; their people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change owner of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New owner of %1:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Change owner of %n organization(s)</source>
            <translation>
                <numerusform>Change owner of %n organization</numerusform>
                <numerusform>Change owner of %n organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New owner of %n organization(s) (%1):</source>
            <translation>
                <numerusform>New owner of %n organization (%1):</numerusform>
                <numerusform>New owner of %n organizations (%1):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Schedule “%1” for %n account(s)</source>
            <translation>
                <numerusform>Schedule “%1” for %n account</numerusform>
                <numerusform>Schedule “%1” for %n accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>Scheduling activities…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV, separated by semicolons, decimal commas (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export activities to calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting activities…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved “%1” of %2 to %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Moved %n activities to %1 (%2)</source>
            <translation>
                <numerusform>Moved %n activity to %1 (%2)</numerusform>
                <numerusform>Moved %n activities to %1 (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Marked %n activities done</source>
            <translation>
                <numerusform>Marked %n activity done</numerusform>
                <numerusform>Marked %n activities done</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountCharts</name>
        <message>
            <source>Won value by quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Q%1 %2</source>
            <comment>a quarter of a year, and the year</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Q%1</source>
            <comment>a quarter of a year</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won value by quarter, %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1: %n activities done</source>
            <translation>
                <numerusform>%1: %n activity done</numerusform>
                <numerusform>%1: %n activities done</numerusform>
            </translation>
        </message>
        <message>
            <source>Activities done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts by month, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won before %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody contacted this account in the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contacts in the last 12 months</source>
            <translation>
                <numerusform>%n contact in the last 12 months</numerusform>
                <numerusform>%n contacts in the last 12 months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, one every %n days on average</source>
            <translation>
                <numerusform>%1, one every %n day on average</numerusform>
                <numerusform>%1, one every %n days on average</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountNames</name>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n more</numerusform>
                <numerusform>%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountOverview</name>
        <message>
            <source>Account since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No longer an account: no deal of this organization is won any more. Everything about it is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not an account: no deal of this organization is won yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last changed by %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln won</source>
            <translation>
                <numerusform>%Ln won</numerusform>
                <numerusform>%Ln won</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln open</source>
            <translation>
                <numerusform>%Ln open</numerusform>
                <numerusform>%Ln open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lost</source>
            <translation>
                <numerusform>%Ln lost</numerusform>
                <numerusform>%Ln lost</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (no exchange rate yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No won deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won value in %1; per currency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No account fields yet: add them in Settings ▸ Custom fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Pinned notes&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; nothing planned. &lt;a href='schedule'&gt;Schedule a follow-up&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; %1 — %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Last contacted:&lt;/b&gt; %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountPanel</name>
        <message>
            <source>Un&amp;pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reope&amp;n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing planned or done yet. Schedule… plans the next contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No files yet: drop files here, or use Attach…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No deals yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody yet. Add… a person or Link… one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 accounts selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database cannot be reached: this account is shown again as soon as it can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountPrinting</name>
        <message>
            <source>Print account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an account first, in the list or the board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export account as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountSummary</name>
        <message>
            <source>Owner: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contacted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won value: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals: %1 won, %2 open, %3 lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In their own currencies: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None filled in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pinned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No deals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed on %1 from accountmgr</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>The next activity is overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity is due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A follow-up is planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>yesterday</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open deals value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivitiesModel</name>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityType</name>
        <message>
            <source>Account review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer lunch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lunch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityTypesDialog</name>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop offering the selected type; its activities keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer the selected type again when scheduling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity type “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an activity type at the end of the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the name, icon, colour and defaults of the selected type (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer the selected type earlier (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer the selected type later (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A retired type is no longer offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityTypesModel</name>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong: %1

Your data is safe: the last change was not saved. Details are in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The daily backup could not be taken: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 is damaged and cannot be opened. Restore the newest good backup, taken on %2 with %Ln account(s)? The damaged file is kept beside it as %3.</source>
            <translation>
                <numerusform>%1 is damaged and cannot be opened. Restore the newest good backup, taken on %2 with %Ln account? The damaged file is kept beside it as %3.</numerusform>
                <numerusform>%1 is damaged and cannot be opened. Restore the newest good backup, taken on %2 with %Ln accounts? The damaged file is kept beside it as %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the backup of %1; the damaged file is kept as %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>Nothing planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contacted today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last contacted %n day(s) ago</source>
            <translation>
                <numerusform>Last contacted yesterday</numerusform>
                <numerusform>Last contacted %n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Offline account management. Without a command, opens the application.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>database file, or a team database as postgresql://user@host:5432/dbname (default: $ACCOUNTMGR_DB, else accountmgr.db in the application-data folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pretend today is this date (demos and tests)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first day of the week for kanban buckets (default: the locale's, as in the window)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start the application, show the main window briefly, exit 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read or written: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text that is not valid Unicode: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>interrupted; the unfinished command's changes were rolled back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a team database: it is backed up on its server (with pg_dump, for example), not with '%2 %3'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>back up the database now, into backups/ beside it (or to FILE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the backup to this file (or folder) instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>put a backup in place of the database's data (kept first as a restore backup)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the backup to restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the backups of the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up the database to %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>Backed up %Ln account to %1</numerusform>
                <numerusform>Backed up %Ln accounts to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2</source>
            <translation>
                <numerusform>Restored %1 (%Ln account); the data it replaced is kept in %2</numerusform>
                <numerusform>Restored %1 (%Ln accounts); the data it replaced is kept in %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2 (that copy is damaged, as the data was)</source>
            <translation>
                <numerusform>Restored %1 (%Ln account); the data it replaced is kept in %2 (that copy is damaged, as the data was)</numerusform>
                <numerusform>Restored %1 (%Ln accounts); the data it replaced is kept in %2 (that copy is damaged, as the data was)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 The database was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the damaged database was set aside as %2</source>
            <translation>
                <numerusform>Restored %1 (%Ln account); the damaged database was set aside as %2</numerusform>
                <numerusform>Restored %1 (%Ln accounts); the damaged database was set aside as %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); there was no database file to set aside</source>
            <translation>
                <numerusform>Restored %1 (%Ln account); there was no database file to set aside</numerusform>
                <numerusform>Restored %1 (%Ln accounts); there was no database file to set aside</numerusform>
            </translation>
        </message>
        <message>
            <source>No backups in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>? accounts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln account</numerusform>
                <numerusform>%Ln accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>problem: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 kB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one JSON object per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: error: %2 (see '%3 --help')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' is not a date of the form YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: error: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' must be between 1 and %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fill an empty database with realistic demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number of organizations (default: 200)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>random seed; the same seed and day give the same data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add demo data even though the database holds data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only accounts in this kanban column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only accounts whose name, people, emails or phones contain TEXT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check integrity and that every summary matches live data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write one account's summary page to a PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the organization's id (see `accounts --json`)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>render the main views to PNG files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>folder for the PNG files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the interface's language (en, fr, de, es, it, pt_BR; the system's by default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Use 'demo --force' to add it anyway.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln organization</numerusform>
                <numerusform>%Ln organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln deal</numerusform>
                <numerusform>%Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(s)</source>
            <translation>
                <numerusform>%Ln activity</numerusform>
                <numerusform>%Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln note</numerusform>
                <numerusform>%Ln notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln file</numerusform>
                <numerusform>%Ln files</numerusform>
            </translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s in the team database %8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s; %8 is %9 MB.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 has problems (%Ln shown above)</source>
            <translation>
                <numerusform>%1 has problems (%Ln shown above)</numerusform>
                <numerusform>%1 has problems (%Ln shown above)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: OK; %Ln account(s); every summary matches live data.</source>
            <translation>
                <numerusform>%1: OK; %Ln account; every summary matches live data.</numerusform>
                <numerusform>%1: OK; %Ln accounts; every summary matches live data.</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no organization with the id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the summary of %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the exchange rates to the default currency, or set some</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what one unit of CODE is worth in the default currency (e.g. USD=0.92); repeat it for several, all set in one transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--set takes CODE=RATE with a decimal RATE (e.g. USD=0.92), not '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write activities to an iCalendar (.ics) file for calendar apps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the .ics file to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only activities assigned to this user (name or id)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only activities due on or after this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only activities due on or before this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>completed activities too (default: open only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import records from a CSV or Excel file (creates the database if there is none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what the file's rows are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the .csv or .xlsx file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>columns to import as which field, as {"Header": "field key"} (null skips a column); columns not named are matched by their headers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what to do with a row that matches an existing record (default: skip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check the file and report, but write nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import nothing and exit 1 when any row would be rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read dates like 03/04/2026 as month/day (default: day/month)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reject rows naming an organization, person or deal that does not exist (default: create it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write all records of one kind to a CSV or Excel file that imports again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file format (default: from the file name's extension, else csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what separates a CSV file's cells (default: semicolon where the system's locale writes decimals with a comma, as Excel there expects; comma elsewhere)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a CSV file's decimals with a comma, as a spreadsheet in such a language reads numbers, and separate its cells with semicolons unless --delimiter says otherwise (default: a dot, for other programs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--from %1 is after --to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>several users are named '%1'; give the id instead (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no user with the name or id '%1'</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %Ln activity(s) to %1</source>
            <translation>
                <numerusform>Wrote %Ln activity to %1</numerusform>
                <numerusform>Wrote %Ln activities to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not valid JSON: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be a JSON object like {"Header": "field key"}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file has no column '%1' (named in %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' is not a field of %2; use one of: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4 (dry run: nothing was written)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Created %Ln linked record(s)</source>
            <translation>
                <numerusform>Created %Ln linked record</numerusform>
                <numerusform>Created %Ln linked records</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no column for %2; name it with --mapping</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln of the rows would be rejected (listed above); nothing was imported</source>
            <translation>
                <numerusform>%Ln of the rows would be rejected (listed above); nothing was imported</numerusform>
                <numerusform>%Ln of the rows would be rejected (listed above); nothing was imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln row(s) to %1</source>
            <translation>
                <numerusform>Wrote %Ln row to %1</numerusform>
                <numerusform>Wrote %Ln rows to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ids %1-%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: could not read %2 (the database is damaged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 written without %3 (the database is damaged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the export is incomplete; run '%1 check' and restore the database from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>make an empty PostgreSQL database a team database (or bring one up to date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database, as postgresql://user@host:5432/dbname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>copy a whole database into a new file or an empty team database (a file to a server, a server to a file, or a file to a file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database to copy: a file, or a postgresql:// URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where to copy it: a new file, or the URL of an empty team database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is ready for a team: schema %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1: %Ln row(s)</source>
            <translation>
                <numerusform>%1: %Ln row</numerusform>
                <numerusform>%1: %Ln rows</numerusform>
            </translation>
        </message>
        <message>
            <source>the copy from %1 to %2 failed, and nothing was copied: %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %Ln row(s) in %3 s</source>
            <translation>
                <numerusform>Copied %1 to %2: %Ln row in %3 s</numerusform>
                <numerusform>Copied %1 to %2: %Ln rows in %3 s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what each column of the file holds. Columns set to “Do not import” are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a column for each required field: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals are shown in the default currency; amounts in a currency without a rate count in no total until it has one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit rate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make &amp;default…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give it a rate first: totals can only be turned into it with one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the rate of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every total in %1 (%2) from now on?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every exchange rate becomes a rate to %1, and the amounts of money custom fields are converted to it. Edit ▸ Undo changes it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These currencies will have no rate to %1 (it would be too large): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make %1 the default currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turning every total into %1…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CurrenciesModel</name>
        <message>
            <source>no rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default currency: totals are in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its amounts count in no total until it has a rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 %1 is worth %2 %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A built-in rate: check it before relying on its totals.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Currency</name>
        <message>
            <source>Afghan afghani</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Albanian lek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Algerian dinar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Angolan kwanza</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Argentine peso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Armenian dram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aruban florin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Australian dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Azerbaijani manat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bahamian dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bahraini dinar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bangladeshi taka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barbados dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Belarusian ruble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Belize dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bermudian dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bhutanese ngultrum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Boliviano</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bosnia and Herzegovina convertible mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Botswana pula</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brazilian real</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brunei dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bulgarian lev</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Burundian franc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CFP franc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambodian riel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canadian dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cape Verdean escudo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cayman Islands dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Central African CFA franc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chilean peso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colombian peso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comoro franc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congolese franc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Costa Rican colón</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cuban peso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Czech koruna</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Danish krone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Djiboutian franc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dominican peso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>East Caribbean dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Egyptian pound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eritrean nakfa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ethiopian birr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Euro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Falkland Islands pound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fiji dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gambian dalasi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Georgian lari</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ghanaian cedi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gibraltar pound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guatemalan quetzal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guinean franc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guyanese dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Haitian gourde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Honduran lempira</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hong Kong dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hungarian forint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Icelandic króna</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indian rupee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indonesian rupiah</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iranian rial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iraqi dinar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Israeli new shekel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jamaican dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese yen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jordanian dinar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kazakhstani tenge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kenyan shilling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kuwaiti dinar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kyrgyzstani som</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lao kip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lebanese pound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lesotho loti</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Liberian dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Libyan dinar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Macanese pataca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Macedonian denar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Malagasy ariary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Malawian kwacha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Malaysian ringgit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maldivian rufiyaa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mauritanian ouguiya</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mauritian rupee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mexican peso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moldovan leu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mongolian tögrög</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moroccan dirham</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mozambican metical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Myanmar kyat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Namibian dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nepalese rupee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Netherlands Antillean guilder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Taiwan dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Zealand dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nicaraguan córdoba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nigerian naira</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>North Korean won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Norwegian krone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Omani rial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pakistani rupee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Panamanian balboa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Papua New Guinean kina</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paraguayan guaraní</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peruvian sol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Philippine peso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Polish złoty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pound sterling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qatari riyal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renminbi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Romanian leu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian ruble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rwandan franc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saint Helena pound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Salvadoran colón</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samoan tālā</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saudi riyal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serbian dinar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seychelles rupee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sierra Leonean leone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solomon Islands dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Somali shilling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>South African rand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>South Korean won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>South Sudanese pound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sri Lankan rupee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sudanese pound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Surinamese dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swazi lilangeni</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swedish krona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swiss franc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syrian pound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>São Tomé and Príncipe dobra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tajikistani somoni</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tanzanian shilling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai baht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tongan pa'anga</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trinidad and Tobago dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tunisian dinar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turkish lira</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turkmenistan manat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UAE dirham</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ugandan shilling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ukrainian hryvnia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unidad de Fomento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unidad previsional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uruguay peso en unidades indexadas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uruguayan peso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uzbekistani sum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vanuatu vatu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venezuelan digital bolívar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venezuelan sovereign bolívar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vietnamese đồng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>West African CFA franc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yemeni rial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zambian kwacha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zimbabwe gold</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide the selected field everywhere; its values are kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the selected field again, with the values it kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the renewal date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unmark the renewal date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fields of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a field at the end of the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the selected field (F2); its values stay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add, reorder or remove the options of the selected field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit &amp;options…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the selected field earlier (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the selected field later (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal &amp;date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the selected date field as the date each account renews: the view “Renewal in the next 60 days” lists those renewing soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A retired field is hidden everywhere but keeps its values; restore it to show them again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomValuesModel</name>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Delete clears the date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>New deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New deal for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>won on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lost on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: Annual licence renewal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xpected close:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No &amp;date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Op&amp;en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost &amp;reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the customer said no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoOffer</name>
        <message>
            <source>Creating demo data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to accountmgr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your database is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Would you like to explore the application with demo customers, deals and activities? You can delete them later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start empty</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <source>--db needs a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup cannot be restored while a change is being written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup cannot be taken while a change is being written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A deal value cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A deal value must be a whole number of minor units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A field with this name or id exists again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note needs an organization.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A retired activity type is already called “{name}”: restore it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A retired field is already called “{name}”: restore it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sheet of “{name}” has more than {limit} rows, more than an Excel sheet can hold; it cannot be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text of {length} characters does not fit in an Excel cell (at most {limit}); export as CSV instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A view needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A view's name has at most {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities have no field “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities of the type “{name}” exist already; retire it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity types have no field “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity type with this key or id exists again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An exchange rate must be a whole number of millionths.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An exchange rate must be greater than 0 and at most 1000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An option field needs at least one option.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open {path}: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write to {folder}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column that holds “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column {column} is mapped to “{field}”, which {kind} do not have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals have no field “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its organization was deleted meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} of “{name}” cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No column gives the {field}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No database file is open, so there is nothing to back up or restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a date field of organizations can be the renewal date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organizations have no field “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People have no field “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row} of “{name}” has a cell of {length} characters; no field takes more than {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several organizations are named “{name}”; pick one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else changed {name} meanwhile, so your change was not saved. What is on screen now is the latest; make your change again if it still applies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else changed {name} while you were editing it, so your changes were not saved. The dialog now shows the latest; make your changes again if they still apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That view was deleted meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup to {path} could not be written: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy did not pass its check, so no backup was kept: {problem}. The database itself may be damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy of “{name}” is missing from the file store; please attach it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database already holds data; demo data is only added to an empty database unless forced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is busy with another change; nothing was saved. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The deal belongs to another organization.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default currency's rate is always 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default duration must be between 0 and {limit} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default subject is too long ({length} characters; at most {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default subject must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The destination has no table {table}; it cannot take a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The destination's table {table} has no column {columns}; it cannot take a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space on the disk that holds the database and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk that holds {path} is full, so no backup could be taken and nothing was changed. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk that holds {path} is full, so the database cannot be opened. Free some space and try again; the database was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The due date is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The due time is not a time of day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The duration must be between 0 and 31 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end of the repetition is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The expected close date is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export range must be given as dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export range starts ({start}) after it ends ({end}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The field “{name}” already holds values; retire it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The field “{name}” has no options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file store {folder} cannot be written to: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file “{name}” cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file “{name}” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file “{name}” has no header row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file “{name}” is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first sheet of “{name}” is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The follow-up delay must be empty or between 1 and {limit} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The icon must be the file name of an SVG image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note must not be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of organizations must be at least 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The option “{option}” cannot be removed: one record uses it. Choose another value for it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The option “{option}” cannot be removed: {count} records use it. Choose another value for them first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The option “{option}” is listed twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The repetition ends ({until}) before the activity is due ({due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The repetition interval must be a whole number from 1 to {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The repetition is not a repetition rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The repetition must end on or after the first date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored copy of “{name}” is damaged; please attach the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored copy of “{name}” is missing; please attach the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tables {tables} refer to each other; they cannot be copied in order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database cannot be reached: nothing was saved. Changes can be saved again once the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database {url} cannot be reached: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text has bytes that are not valid UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workbook “{name}” has no sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {field} is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {table} table is too damaged to find its last record; check the database and restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} are too long ({length} characters; at most {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} is too long ({length} characters; at most {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} must not be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a field called “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already an activity type called “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no accountmgr database at {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no activity type to give the activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no deal “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no organization named “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no organization with id {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no organization “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no person “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no user with id {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no user “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no user “{value}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no {what} with id {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This organization exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two columns are mapped to “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown column “{key}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{backup} could not be put in place of {path}: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} has no exchange rate yet: give it one before making it the default currency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} rows do not fit on an Excel sheet (at most {limit}); export as CSV instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} lies beside {path}; choose another file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} already exists; copy needs a new file (or an empty team database).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} could not be restored ({exc}); your data was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); your data was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a database of another application, not an accountmgr backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a database of another application, not of accountmgr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is an empty SQLite file, not an accountmgr database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is damaged and cannot be opened: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is damaged and cannot be read: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is damaged and cannot be updated: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is damaged: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a database, so it is no accountmgr backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a regular file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not an accountmgr database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is open; restore a backup into it with restore().</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is the database accountmgr has open; choose another file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is the open database itself, not a backup of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is the open database itself; choose another file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is the source itself; copy it into another database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application to use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application; the file was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} already holds other tables ({tables}): accountmgr needs an empty database of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} already holds records ({tables}); copy needs an empty team database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} could not be prepared: {reason}. The database's owner (or a superuser) can run: CREATE EXTENSION pg_trgm;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} is a database of another application, not of accountmgr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} is not an accountmgr team database. To make an empty PostgreSQL database one, run: accountmgr init-server {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{choice}” is not a way to handle duplicates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{code}” is not a known currency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{code}” is not a two-letter country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{color}” is not a colour like #2e7d32.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{delimiter}” cannot separate the cells of a CSV file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{entity}” has no custom fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{field}” can only be changed one occurrence at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{format}” is not an export format (csv or xlsx).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{icon}” is not the file name of an SVG image (like “call.svg”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{key}” is not a field of {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{key}” is not an activity type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{kind}” is not something that can be exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{kind}” is not something that can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be put back: its organization no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be read: permission denied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be copied into the file store: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a folder, not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is an old Excel file (.xls): save it as .xlsx or CSV first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is attached already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a readable Excel file ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a regular file (it may be a device or a pipe) and cannot be attached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a text (CSV) file: line {line} holds a NUL byte.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a text file in a known encoding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a valid Excel file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be attached. To keep a copy of it, use File ▸ Back up now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is the last active activity type; at least one must stay active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large to attach (at most {limit} GiB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large to attach to a team database (at most {limit} MiB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” unpacks to {size} MB, more than the {limit} MB an Excel file may have to be imported; save it as CSV and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was not copied into the file store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{point}” cannot be the decimal point of a CSV file separated by “{delimiter}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{status}” is not a deal status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” has more decimals than the currency allows ({exponent}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is in {named} but the currency column says {column}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is neither yes nor no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a deal status (open, won or lost).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a duration in minutes (at most 31 days).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a time of day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a valid date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not an email address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{type}” is not a field type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{unit}” is not a repetition unit; use day, week or month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{url}” is not a team database address: write postgresql://user@host:5432/database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a number: write it with a decimal point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a valid phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a valid {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not one of the options of “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not one of the options.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldDefinitionsModel</name>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Large text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monetary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Single option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Multiple options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden everywhere; its values are kept. Restore it to show it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldDelegate</name>
        <message>
            <source>Ctrl+Enter saves; Enter starts a new line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space ticks an option; Enter saves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a number. Write it like %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <source>One option per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Options:
(one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: Contract number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That file is the database accountmgr has open. Choose another name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV file or an Excel workbook (.xlsx). Nothing is written before the last step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · Excel workbook, first sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vertical bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · Text encoding: %2 · Separator: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilesModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected close date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pinned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportFilePage</name>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a CSV file or an Excel workbook (.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file &amp;holds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dates are written:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to read dates such as 03/04/2026, which could be either</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day first (31/12/2026)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month first (12/31/2026)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When a record &amp;exists already:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update the record with the row's values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create another record anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the organizations, people and deals the rows &amp;name that do not exist yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Otherwise a row that names one that does not exist is not imported, and the report says why</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportModels</name>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This column is left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This row will be skipped and reported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The line (or sheet row) in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>month first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” could be read day first or month first; it is read %2. The first page says which.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the column “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>The file cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportReportPage</name>
        <message>
            <source>Created:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped (already there):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created because rows named them:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organizations, people and deals that rows named and that did not exist yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not imported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the counts and the rows not imported, with their reasons, as a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save report…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing… %1 of about %2 rows read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KanbanModel</name>
        <message>
            <source>%1, next: %2 on %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, nothing planned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KanbanTab</name>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n account</numerusform>
                <numerusform>%n accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark next activity &amp;done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Schedule for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>&amp;Language…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of accountmgr:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accountmgr speaks the chosen language from its next start. Restart now?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkPersonDialog</name>
        <message>
            <source>Link a person to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (now at %2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every account: no search, no filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next activity filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacted or not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not contacted in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacted lately filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacted in 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacted in 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uncheck to list every organization, also those without a won deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the accounts of the other filters again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the accounts of one owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the accounts with one label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the accounts by the date of their next activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the accounts nobody contacted lately</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the accounts someone contacted lately</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All owners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any next activity</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 (%n accounts)</source>
            <translation>
                <numerusform>%1 (%n account)</numerusform>
                <numerusform>%1 (%n accounts)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Renewal in the next %n days</source>
            <translation>
                <numerusform>Renewal in the next %n day</numerusform>
                <numerusform>Renewal in the next %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move column left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move column right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset columns</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Accounts — accountmgr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database cannot be reached. Changes are not saved until it is back; the connection is tried again every few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database can be reached again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an account first: the activity is scheduled for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kanban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ove&amp;rview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is planned and who is forgotten, across every account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ &amp;Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New organization (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ &amp;Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule an activity for the selected account (Ctrl+Shift+A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV or Excel file (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organizations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;People…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deals…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Activities…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export activities to &amp;calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the open activities to an iCalendar (.ics) file for Outlook, Apple Calendar or Thunderbird</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the selected account's summary: won value, fields, next activities, history, notes, people and deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export account as P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the selected account's summary to a PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Activity types…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add, edit, reorder and retire the types of activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Custom fields…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add, rename, reorder and retire the custom fields of organizations, people and deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ &amp;Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person (Ctrl+Shift+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ &amp;Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New deal (Ctrl+Shift+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+D</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export view to CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit organization…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change &amp;owner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Schedule activity for selection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side &amp;panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the panel beside the list and the board (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About accountmgr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to &amp;team database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team database is backed up on its server (with pg_dump, for example).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;urrencies…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See and edit the exchange rates to the default currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the account's summary to %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>Exported %n row to %1</numerusform>
                <numerusform>Exported %n rows to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n activities to %1</source>
            <translation>
                <numerusform>Exported %n activity to %1</numerusform>
                <numerusform>Exported %n activities to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>Backed up %Ln account to %1</numerusform>
                <numerusform>Backed up %Ln accounts to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored. The data it replaced is kept in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About accountmgr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;Account management after the sale: plan follow-ups, see what every customer is worth, and never forget a customer.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Show the %n organization(s) without a won deal</source>
            <translation>
                <numerusform>Show the %Ln organization without a won deal</numerusform>
                <numerusform>Show the %Ln organizations without a won deal</numerusform>
            </translation>
        </message>
        <message>
            <source>No account matches “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No account matches the filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No accounts yet: an organization becomes an account when one of its deals is won.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Your database is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add a customer with + Organization (Ctrl+N) and a won deal, &lt;a href='import'&gt;import your customers&lt;/a&gt; from a CSV or Excel file, or &lt;a href='demo'&gt;try the application with demo data&lt;/a&gt;.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManageViewsDialog</name>
        <message>
            <source>Manage views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Update with what is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotContactedBox</name>
        <message numerus="yes">
            <source>Not contacted in %n day(s)</source>
            <translation>
                <numerusform>Not contacted in %n day</numerusform>
                <numerusform>Not contacted in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Edit note about %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New note about %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened, what was agreed, what to remember</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pin to the top of the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deal:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pinned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deal: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pinned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>New organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown country code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street, postcode and town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two-letter ISO country code, for example DE, FR or US</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>No account yet. The Overview counts the accounts: the organizations with a won deal. Mark a deal won, or import your customers with File ▸ Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next activity by owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won value by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts at risk: most won, not contacted in 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1, %2: %n accounts</source>
            <translation>
                <numerusform>%1, %2: %n account</numerusform>
                <numerusform>%1, %2: %n accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won value by month, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never contacted · %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n days · %1</source>
            <translation>
                <numerusform>%n day · %1</numerusform>
                <numerusform>%n days · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: won %2. Click to show it in the List.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts at risk: none, everyone was contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact coverage: could not count the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact coverage: counting the last 12 months…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact coverage, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 31 to 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 by %2: %3 of %4 accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of accounts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnerDelegate</name>
        <message>
            <source>No owner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PanelEdits</name>
        <message>
            <source>Edit field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit recurring activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recurring activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” repeats. Change only this one, or this one and all future ones?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only &amp;this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;All future ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule the next activity for %1 on %2?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is done and nothing else is planned for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unpin note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach files to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copying files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not attached</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Attached %n file(s).</source>
            <translation>
                <numerusform>Attached %n file.</numerusform>
                <numerusform>Attached %n files.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attach %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Attach %n file(s)</source>
            <translation>
                <numerusform>Attach %n file</numerusform>
                <numerusform>Attach %n files</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No application opens “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a program?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a program or a script: opening it runs it on this computer. Open it only if you trust where it came from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” removed. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark deal won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark deal lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlink %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is no longer linked; the person stays in the address book.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First and last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: Head of purchasing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Emails:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One address per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One number per line</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the first rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first rows (at most %1) as they will be imported. Cells in red cannot be imported: point at them to see why. Press Import to import the whole file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 rows have problems; they will be skipped and reported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All %1 rows shown can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows with a date that could be read day first or month first (orange): %1; the first page says which way dates are read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rest of the file is checked as it is imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RateDialog</name>
        <message>
            <source>Exchange rate of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 %1 &amp;is worth, in %2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a number.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordDialogs</name>
        <message>
            <source>New organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit deal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>Every day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every day until {until}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every month until {until}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every week until {until}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every {n} days until {until}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every {n} months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every {n} months until {until}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every {n} weeks until {until}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Snooze 10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze until tomorrow %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 due: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 due</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n activities due</source>
            <translation>
                <numerusform>%n activity due</numerusform>
                <numerusform>%n activities due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activities fell due while accountmgr was closed</source>
            <translation>
                <numerusform>%n activity fell due while accountmgr was closed</numerusform>
                <numerusform>%n activities fell due while accountmgr was closed</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminders off</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln row(s) of the file were not imported; the table says why.</source>
            <translation>
                <numerusform>%Ln row of the file was not imported; the table says why.</numerusform>
                <numerusform>%Ln rows of the file were not imported; the table says why.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row of the file was imported or was there already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the currencies %1 without an exchange rate yet: won values in them are marked “no rate yet” and left out of totals until their rate is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 import report.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>First start of the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before an import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before an update of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data a restore replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the copy to put in place of the current data. The current data is kept as a backup first, so a restore can be undone by restoring that copy. Attached files are not part of a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Replace the current data with the backup taken on %1 at %2 (%Ln account(s))?</source>
            <translation>
                <numerusform>Replace the current data with the backup taken on %1 at %2 (%Ln account)?</numerusform>
                <numerusform>Replace the current data with the backup taken on %1 at %2 (%Ln accounts)?</numerusform>
            </translation>
        </message>
        <message>
            <source>The current data is kept as a backup first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not restored</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SaveViewDialog</name>
        <message>
            <source>Save view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gold tier not contacted in 60 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unchecked, everyone on this database sees the view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavedViews</name>
        <message>
            <source>My accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not contacted in 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal in the next 60 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (only me)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavedViewsMenu</name>
        <message>
            <source>Views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a saved view, or save what is shown as one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark a date field as the renewal date in Settings ▸ Custom fields…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Manage views…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tart with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last search and filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save view %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the view “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename view %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move view %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update view %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete view %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScheduleActivityDialog</name>
        <message>
            <source>Schedule activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A check-in that comes back: completing one schedules the next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Assigned to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;eal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does not repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The subject must not be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule an activity for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activity is scheduled for %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Schedule an activity for %n account(s)</source>
            <translation>
                <numerusform>Schedule an activity for %n account</numerusform>
                <numerusform>Schedule an activity for %n accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The activity is scheduled for each of the %n account(s): %1.</source>
            <translation>
                <numerusform>The activity is scheduled for %n account: %1.</numerusform>
                <numerusform>The activity is scheduled for each of the %n accounts: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit activity of %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Search names, people, emails, phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search accounts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsTableDialog</name>
        <message>
            <source>Re&amp;store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SidePanel</name>
        <message>
            <source>%1 accounts selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is no longer in the list: the current search or filters hide it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is hidden by the current search or filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters and show it</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n selected accounts are hidden by the current search or filters.</source>
            <translation>
                <numerusform>%n selected account is hidden by the current search or filters.</numerusform>
                <numerusform>%n selected accounts are hidden by the current search or filters.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear filters and show them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organization's name: edit it here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won value:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click for the value per currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule an activity for this account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a file (or drop files on the panel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street, city, postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los&amp;t…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lin&amp;k…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>U&amp;nlink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this customer is worth over time, and how often they are contacted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusFigures</name>
        <message>
            <source>Show the accounts contacted in the last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the accounts contacted in the last 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the accounts with nothing planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every organization, also those without a won deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts shown: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won value: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacted in 30 days: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in 90 days: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing planned: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n organization(s) without a won deal — show them</source>
            <translation>
                <numerusform>%Ln organization without a won deal — show it</numerusform>
                <numerusform>%Ln organizations without a won deal — show them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) have won deals in a currency without an exchange rate yet: those deals are not in this total.</source>
            <translation>
                <numerusform>%n account has won deals in a currency without an exchange rate yet: those deals are not in this total.</numerusform>
                <numerusform>%n accounts have won deals in a currency without an exchange rate yet: those deals are not in this total.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Connect to team database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team shares one PostgreSQL database on its network. Ask whoever runs the server for these; the database is made once with accountmgr init-server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>server.office.lan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remember the password in the system keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no keychain: the password is used for this session only (the server's own means, ~/.pgpass or PGPASSWORD, can keep it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TypeDialog</name>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Envelope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knife and fork</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: Site visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Icon:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the colour of the type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offered as the subject when scheduling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default &amp;subject:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default &amp;duration:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After an activity of this type is done, offer a follow-up this many days later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default &amp;follow-up:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour of the activity type</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserChoice</name>
        <message>
            <source>&amp;I am</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone (every activity)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who are you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your name, or type it to add yourself: new activities are assigned to you, your notes carry your name, and “My accounts” shows the accounts you own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That's me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
