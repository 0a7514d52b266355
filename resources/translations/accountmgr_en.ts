<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>KanbanTab</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln account(s) to %1</source>
        <translation>
            <numerusform>Backed up %Ln account to %1</numerusform>
            <numerusform>Backed up %Ln accounts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n activities to %1</source>
        <translation>
            <numerusform>Exported %n activity to %1</numerusform>
            <numerusform>Exported %n activities to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
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
</context>
<context>
    <name>AccountActions</name>
    <message numerus="yes">
        <source>Delete %n organization(s)</source>
        <translation>
            <numerusform>Delete %n organization</numerusform>
            <numerusform>Delete %n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organization(s) and everything about them?</source>
        <translation>
            <numerusform>Delete %n organization and everything about it?</numerusform>
            <numerusform>Delete %n organizations and everything about them?</numerusform>
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
        <source>Change owner of %n organization(s)</source>
        <translation>
            <numerusform>Change owner of %n organization</numerusform>
            <numerusform>Change owner of %n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule “%1” for %n account(s)</source>
        <translation>
            <numerusform>Schedule “%1” for %n account</numerusform>
            <numerusform>Schedule “%1” for %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n activities done</source>
        <translation>
            <numerusform>Marked %n activity done</numerusform>
            <numerusform>Marked %n activities done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n activities to %1 (%2)</source>
        <translation>
            <numerusform>Moved %n activity to %1 (%2)</numerusform>
            <numerusform>Moved %n activities to %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>Last contacted %n day(s) ago</source>
        <translation>
            <numerusform>Last contacted yesterday</numerusform>
            <numerusform>Last contacted %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>yesterday</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelEdits</name>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Attach %n file</numerusform>
            <numerusform>Attach %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation>
            <numerusform>Attached %n file.</numerusform>
            <numerusform>Attached %n files.</numerusform>
        </translation>
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Show the %n organization(s) without a won deal</source>
        <translation>
            <numerusform>Show the %Ln organization without a won deal</numerusform>
            <numerusform>Show the %Ln organizations without a won deal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>%n selected accounts are hidden by the current search or filters.</source>
        <translation>
            <numerusform>%n selected account is hidden by the current search or filters.</numerusform>
            <numerusform>%n selected accounts are hidden by the current search or filters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusFigures</name>
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
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>Replace the current data with the backup taken on %1 at %2 (%Ln account(s))?</source>
        <translation>
            <numerusform>Replace the current data with the backup taken on %1 at %2 (%Ln account)?</numerusform>
            <numerusform>Replace the current data with the backup taken on %1 at %2 (%Ln accounts)?</numerusform>
        </translation>
    </message>
</context>
</TS>
