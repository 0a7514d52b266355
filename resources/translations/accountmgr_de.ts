<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AccountActions</name>
        <message>
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>%1 löschen</translation>
        </message>
        <message>
            <source>Delete %1 and everything about it?</source>
            <translation>%1 mit allen zugehörigen Daten löschen?</translation>
        </message>
        <message>
            <source>Its deals, activities, notes and files are deleted too; its people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation>Auch die Deals, Aktivitäten, Notizen und Dateien werden gelöscht; die Kontakte bleiben im Adressbuch. Sie können dies mit Strg+Z rückgängig machen.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s)</source>
            <translation>
                <numerusform>%n Organisation löschen</numerusform>
                <numerusform>%n Organisationen löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV, separated by commas (*.csv)</source>
            <translation>CSV, durch Kommas getrennt (*.csv)</translation>
        </message>
        <message>
            <source>CSV, separated by semicolons (*.csv)</source>
            <translation>CSV, durch Semikolons getrennt (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s) and everything about them?</source>
            <translation>
                <numerusform>%n Organisation mit allen zugehörigen Daten löschen?</numerusform>
                <numerusform>%n Organisationen mit allen zugehörigen Daten löschen?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1.

Their deals, activities, notes and files are deleted too; their people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation>%1.

Auch ihre Deals, Aktivitäten, Notizen und Dateien werden gelöscht; ihre Kontakte bleiben im Adressbuch. Sie können dies mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Kein Inhaber</translation>
        </message>
        <message>
            <source>Change owner of %1</source>
            <translation>Inhaber von %1 ändern</translation>
        </message>
        <message>
            <source>New owner of %1:</source>
            <translation>Neuer Inhaber von %1:</translation>
        </message>
        <message numerus="yes">
            <source>Change owner of %n organization(s)</source>
            <translation>
                <numerusform>Inhaber von %n Organisation ändern</numerusform>
                <numerusform>Inhaber von %n Organisationen ändern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New owner of %n organization(s) (%1):</source>
            <translation>
                <numerusform>Neuer Inhaber von %n Organisation (%1):</numerusform>
                <numerusform>Neuer Inhaber von %n Organisationen (%1):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Schedule “%1” for %n account(s)</source>
            <translation>
                <numerusform>„%1“ für %n Account planen</numerusform>
                <numerusform>„%1“ für %n Accounts planen</numerusform>
            </translation>
        </message>
        <message>
            <source>Scheduling activities…</source>
            <translation>Aktivitäten werden geplant…</translation>
        </message>
        <message>
            <source>Export accounts</source>
            <translation>Accounts exportieren</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting accounts…</source>
            <translation>Accounts werden exportiert…</translation>
        </message>
        <message>
            <source>CSV, separated by semicolons, decimal commas (*.csv)</source>
            <translation>CSV, durch Semikolons getrennt, Dezimalkomma (*.csv)</translation>
        </message>
        <message>
            <source>Export organizations</source>
            <translation>Organisationen exportieren</translation>
        </message>
        <message>
            <source>Export people</source>
            <translation>Kontakte exportieren</translation>
        </message>
        <message>
            <source>Export deals</source>
            <translation>Deals exportieren</translation>
        </message>
        <message>
            <source>Export activities</source>
            <translation>Aktivitäten exportieren</translation>
        </message>
        <message>
            <source>Export notes</source>
            <translation>Notizen exportieren</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export läuft…</translation>
        </message>
        <message>
            <source>Export activities to calendar</source>
            <translation>Aktivitäten in Kalender exportieren</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-Dateien (*.ics)</translation>
        </message>
        <message>
            <source>Exporting activities…</source>
            <translation>Aktivitäten werden exportiert…</translation>
        </message>
        <message>
            <source>Reschedule to %1</source>
            <translation>Verschieben auf %1</translation>
        </message>
        <message>
            <source>Moved “%1” of %2 to %3 (%4)</source>
            <translation>„%1“ von %2 auf %3 verschoben (%4)</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n activities to %1 (%2)</source>
            <translation>
                <numerusform>%n Aktivität auf %1 verschoben (%2)</numerusform>
                <numerusform>%n Aktivitäten auf %1 verschoben (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Als erledigt markieren</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n activities done</source>
            <translation>
                <numerusform>%n Aktivität als erledigt markiert</numerusform>
                <numerusform>%n Aktivitäten als erledigt markiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountCharts</name>
        <message>
            <source>Won value by quarter</source>
            <translation>Gewonnener Wert pro Quartal</translation>
        </message>
        <message>
            <source>Contacts by month</source>
            <translation>Kontakte pro Monat</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <comment>a quarter of a year, and the year</comment>
            <translation>Q%1 %2</translation>
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation>Gewonnen %1: %2</translation>
        </message>
        <message>
            <source>Q%1</source>
            <comment>a quarter of a year</comment>
            <translation>Q%1</translation>
        </message>
        <message>
            <source>Won value by quarter, %1</source>
            <translation>Gewonnener Wert pro Quartal, %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n activities done</source>
            <translation>
                <numerusform>%1: %n Aktivität erledigt</numerusform>
                <numerusform>%1: %n Aktivitäten erledigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Activities done</source>
            <translation>Erledigte Aktivitäten</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Contacts by month, %1</source>
            <translation>Kontakte pro Monat, %1</translation>
        </message>
        <message>
            <source>Won before %1: %2</source>
            <translation>Gewonnen vor %1: %2</translation>
        </message>
        <message>
            <source>Nobody contacted this account in the last 12 months.</source>
            <translation>Niemand hat diesen Account in den letzten 12 Monaten kontaktiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n contacts in the last 12 months</source>
            <translation>
                <numerusform>%n Kontakt in den letzten 12 Monaten</numerusform>
                <numerusform>%n Kontakte in den letzten 12 Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, one every %n days on average</source>
            <translation>
                <numerusform>%1, im Schnitt einer alle %n Tag</numerusform>
                <numerusform>%1, im Schnitt einer alle %n Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountNames</name>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n weiterer</numerusform>
                <numerusform>%n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountOverview</name>
        <message>
            <source>Account since %1</source>
            <translation>Account seit %1</translation>
        </message>
        <message>
            <source>No longer an account: no deal of this organization is won any more. Everything about it is kept.</source>
            <translation>Kein Account mehr: Kein Deal dieser Organisation ist mehr gewonnen. Alle Daten bleiben erhalten.</translation>
        </message>
        <message>
            <source>Not an account: no deal of this organization is won yet.</source>
            <translation>Kein Account: Noch kein Deal dieser Organisation ist gewonnen.</translation>
        </message>
        <message>
            <source>Last changed by %1, %2</source>
            <translation>Zuletzt geändert von %1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln won</source>
            <translation>
                <numerusform>%Ln gewonnen</numerusform>
                <numerusform>%Ln gewonnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln open</source>
            <translation>
                <numerusform>%Ln offen</numerusform>
                <numerusform>%Ln offen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lost</source>
            <translation>
                <numerusform>%Ln verloren</numerusform>
                <numerusform>%Ln verloren</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>%1 (no exchange rate yet)</source>
            <translation>%1 (noch kein Wechselkurs)</translation>
        </message>
        <message>
            <source>No won deal</source>
            <translation>Kein gewonnener Deal</translation>
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation>Noch kein Wechselkurs für %1: Diese Deals fehlen im gewonnenen Wert.</translation>
        </message>
        <message>
            <source>Won value in %1; per currency:</source>
            <translation>Gewonnener Wert in %1; je Währung:</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Kein Inhaber</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Account-Felder</translation>
        </message>
        <message>
            <source>No account fields yet: add them in Settings ▸ Custom fields.</source>
            <translation>Noch keine Account-Felder: Fügen Sie sie unter Einstellungen ▸ Benutzerdefinierte Felder hinzu.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pinned notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Angeheftete Notizen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Alle Notizen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; nothing planned. &lt;a href='schedule'&gt;Schedule a follow-up&lt;/a&gt;</source>
            <translation>&lt;b&gt;Als Nächstes:&lt;/b&gt; nichts geplant. &lt;a href='schedule'&gt;Nachverfolgung planen&lt;/a&gt;</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, überfällig</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; %1 — %2, %3</source>
            <translation>&lt;b&gt;Als Nächstes:&lt;/b&gt; %1 – %2, %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last contacted:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Zuletzt kontaktiert:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Rename organization</source>
            <translation>Organisation umbenennen</translation>
        </message>
        <message>
            <source>Change owner</source>
            <translation>Inhaber ändern</translation>
        </message>
        <message>
            <source>Change label</source>
            <translation>Label ändern</translation>
        </message>
        <message>
            <source>Edit address</source>
            <translation>Adresse bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>AccountPanel</name>
        <message>
            <source>Un&amp;pin</source>
            <translation>&amp;Lösen</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>&amp;Anheften</translation>
        </message>
        <message>
            <source>Reope&amp;n</source>
            <translation>&amp;Wieder öffnen</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>&amp;Erledigt</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Nothing planned or done yet. Schedule… plans the next contact.</source>
            <translation>Noch nichts geplant oder erledigt. Mit „Planen…“ planen Sie den nächsten Kontakt.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Noch keine Notizen.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>No files yet: drop files here, or use Attach…</source>
            <translation>Noch keine Dateien: Ziehen Sie Dateien hierher oder verwenden Sie „Anhängen…“.</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>No deals yet.</source>
            <translation>Noch keine Deals.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Nobody yet. Add… a person or Link… one.</source>
            <translation>Noch niemand. Mit „Hinzufügen…“ einen Kontakt anlegen oder mit „Verknüpfen…“ einen verknüpfen.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 accounts selected</source>
            <translation>%1 Accounts ausgewählt</translation>
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation>Wählen Sie einen Account aus, um hier alles dazu zu sehen.</translation>
        </message>
        <message>
            <source>The team database cannot be reached: this account is shown again as soon as it can.</source>
            <translation>Die Team-Datenbank ist nicht erreichbar: Dieses Konto wird wieder angezeigt, sobald sie es ist.</translation>
        </message>
        <message>
            <source>Write to %1</source>
            <translation>E-Mail an %1</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>%1 anrufen</translation>
        </message>
    </context>
    <context>
        <name>AccountPrinting</name>
        <message>
            <source>Print account</source>
            <translation>Account drucken</translation>
        </message>
        <message>
            <source>Select an account first, in the list or the board.</source>
            <translation>Wählen Sie zuerst einen Account aus, in der Liste oder im Board.</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>%1 drucken</translation>
        </message>
        <message>
            <source>Export account as PDF</source>
            <translation>Account als PDF exportieren</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>AccountSummary</name>
        <message>
            <source>Owner: %1</source>
            <translation>Inhaber: %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>Label: %1</source>
            <translation>Label: %1</translation>
        </message>
        <message>
            <source>Account since %1</source>
            <translation>Account seit %1</translation>
        </message>
        <message>
            <source>Last contacted: %1</source>
            <translation>Zuletzt kontaktiert: %1</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>Nie kontaktiert</translation>
        </message>
        <message>
            <source>Won value: %1</source>
            <translation>Gewonnener Wert: %1</translation>
        </message>
        <message>
            <source>Deals: %1 won, %2 open, %3 lost</source>
            <translation>Deals: %1 gewonnen, %2 offen, %3 verloren</translation>
        </message>
        <message>
            <source>In their own currencies: %1</source>
            <translation>In ihren eigenen Währungen: %1</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Account-Felder</translation>
        </message>
        <message>
            <source>None filled in.</source>
            <translation>Keines ausgefüllt.</translation>
        </message>
        <message>
            <source>Next activities</source>
            <translation>Nächste Aktivitäten</translation>
        </message>
        <message>
            <source>Nothing planned.</source>
            <translation>Nichts geplant.</translation>
        </message>
        <message>
            <source>Recent history</source>
            <translation>Letzte Aktivitäten</translation>
        </message>
        <message>
            <source>No contact yet.</source>
            <translation>Noch kein Kontakt.</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>jemand</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Angeheftet</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Keine Notizen.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>No people.</source>
            <translation>Keine Kontakte.</translation>
        </message>
        <message>
            <source>won</source>
            <translation>gewonnen</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>verloren</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>No deals.</source>
            <translation>Keine Deals.</translation>
        </message>
        <message>
            <source>Printed on %1 from accountmgr</source>
            <translation>Gedruckt am %1 aus accountmgr</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>The next activity is overdue</source>
            <translation>Die nächste Aktivität ist überfällig</translation>
        </message>
        <message>
            <source>An activity is due today</source>
            <translation>Heute ist eine Aktivität fällig</translation>
        </message>
        <message>
            <source>A follow-up is planned</source>
            <translation>Eine Nachverfolgung ist geplant</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nichts geplant</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation>Noch kein Wechselkurs für %1: Diese Deals fehlen im gewonnenen Wert.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>Gewonnene Deals</translation>
        </message>
        <message>
            <source>Won value</source>
            <translation>Gewonnener Wert</translation>
        </message>
        <message>
            <source>Open deals value</source>
            <translation>Wert offener Deals</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Zuletzt kontaktiert</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Nächste Aktivität</translation>
        </message>
        <message>
            <source>Account since</source>
            <translation>Account seit</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesModel</name>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Today — %1</source>
            <translation>Heute – %1</translation>
        </message>
        <message>
            <source>Tomorrow — %1</source>
            <translation>Morgen – %1</translation>
        </message>
        <message>
            <source>Overdue — %1</source>
            <translation>Überfällig – %1</translation>
        </message>
        <message>
            <source>Scheduled by %1</source>
            <translation>Geplant von %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>done %1</source>
            <translation>erledigt um %1</translation>
        </message>
    </context>
    <context>
        <name>ActivityType</name>
        <message>
            <source>Account review</source>
            <translation>Account-Review</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Check-in email</source>
            <translation>Check-in-E-Mail</translation>
        </message>
        <message>
            <source>Customer lunch</source>
            <translation>Kundenessen</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Mittagessen</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Renewal deadline</source>
            <translation>Verlängerungsfrist</translation>
        </message>
        <message>
            <source>Satisfaction call</source>
            <translation>Zufriedenheitsanruf</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
    </context>
    <context>
        <name>ActivityTypesDialog</name>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Move activity type</source>
            <translation>Aktivitätstyp verschieben</translation>
        </message>
        <message>
            <source>Stop offering the selected type; its activities keep it</source>
            <translation>Den gewählten Typ nicht mehr anbieten; seine Aktivitäten behalten ihn</translation>
        </message>
        <message>
            <source>Offer the selected type again when scheduling</source>
            <translation>Den gewählten Typ beim Planen wieder anbieten</translation>
        </message>
        <message>
            <source>New activity type</source>
            <translation>Neuer Aktivitätstyp</translation>
        </message>
        <message>
            <source>Add activity type</source>
            <translation>Aktivitätstyp hinzufügen</translation>
        </message>
        <message>
            <source>Activity type “%1”</source>
            <translation>Aktivitätstyp „%1“</translation>
        </message>
        <message>
            <source>Edit activity type</source>
            <translation>Aktivitätstyp bearbeiten</translation>
        </message>
        <message>
            <source>Restore activity type</source>
            <translation>Aktivitätstyp reaktivieren</translation>
        </message>
        <message>
            <source>Retire activity type</source>
            <translation>Aktivitätstyp deaktivieren</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>Aktivitätstypen</translation>
        </message>
        <message>
            <source>Add an activity type at the end of the list</source>
            <translation>Einen Aktivitätstyp am Ende der Liste hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <source>Change the name, icon, colour and defaults of the selected type (F2)</source>
            <translation>Name, Symbol, Farbe und Standardwerte des gewählten Typs ändern (F2)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Offer the selected type earlier (Alt+Up)</source>
            <translation>Den gewählten Typ weiter oben anbieten (Alt+↑)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Offer the selected type later (Alt+Down)</source>
            <translation>Den gewählten Typ weiter unten anbieten (Alt+↓)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <source>A retired type is no longer offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation>Ein deaktivierter Typ wird beim Planen nicht mehr angeboten; seine Aktivitäten behalten ihn. Reaktivieren Sie ihn, um ihn wieder anzubieten.</translation>
        </message>
    </context>
    <context>
        <name>ActivityTypesModel</name>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>%1 day</source>
            <translation>%1 Tag</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 Tage</translation>
        </message>
        <message>
            <source>Not offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation>Wird beim Planen nicht angeboten; seine Aktivitäten behalten ihn. Reaktivieren Sie ihn, um ihn wieder anzubieten.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Default subject</source>
            <translation>Standardbetreff</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unexpected error</source>
            <translation>Unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Something went wrong: %1

Your data is safe: the last change was not saved. Details are in %2.</source>
            <translation>Etwas ist schiefgelaufen: %1

Ihre Daten sind sicher: Die letzte Änderung wurde nicht gespeichert. Details finden Sie in %2.</translation>
        </message>
        <message>
            <source>The daily backup could not be taken: %1</source>
            <translation>Die tägliche Sicherung konnte nicht erstellt werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 is damaged and cannot be opened. Restore the newest good backup, taken on %2 with %Ln account(s)? The damaged file is kept beside it as %3.</source>
            <translation>
                <numerusform>%1 ist beschädigt und kann nicht geöffnet werden. Die neueste intakte Sicherung vom %2 mit %Ln Account wiederherstellen? Die beschädigte Datei wird daneben als %3 aufbewahrt.</numerusform>
                <numerusform>%1 ist beschädigt und kann nicht geöffnet werden. Die neueste intakte Sicherung vom %2 mit %Ln Accounts wiederherstellen? Die beschädigte Datei wird daneben als %3 aufbewahrt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Beschädigte Datenbank</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Datenbank kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Restored the backup of %1; the damaged file is kept as %2</source>
            <translation>Sicherung vom %1 wiederhergestellt; die beschädigte Datei wird als %2 aufbewahrt</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>Nothing planned</source>
            <translation>Nichts geplant</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>Nie kontaktiert</translation>
        </message>
        <message>
            <source>Last contacted today</source>
            <translation>Heute kontaktiert</translation>
        </message>
        <message numerus="yes">
            <source>Last contacted %n day(s) ago</source>
            <translation>
                <numerusform>Kontaktiert vor %n Tag</numerusform>
                <numerusform>Kontaktiert vor %n Tagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Offline account management. Without a command, opens the application.</source>
            <translation>Account-Verwaltung offline. Ohne Befehl öffnet sich die Anwendung.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>zeigt die Versionsnummer des Programms und beendet es</translation>
        </message>
        <message>
            <source>database file, or a team database as postgresql://user@host:5432/dbname (default: $ACCOUNTMGR_DB, else accountmgr.db in the application-data folder)</source>
            <translation>Datenbankdatei oder eine Team-Datenbank als postgresql://benutzer@host:5432/datenbank (Standard: $ACCOUNTMGR_DB, sonst accountmgr.db im Anwendungsdatenordner)</translation>
        </message>
        <message>
            <source>pretend today is this date (demos and tests)</source>
            <translation>so tun, als wäre heute dieses Datum (Demos und Tests)</translation>
        </message>
        <message>
            <source>first day of the week for kanban buckets (default: the locale's, as in the window)</source>
            <translation>erster Tag der Woche für die Kanban-Spalten (Standard: der des Gebietsschemas, wie im Fenster)</translation>
        </message>
        <message>
            <source>start the application, show the main window briefly, exit 0</source>
            <translation>startet die Anwendung, zeigt kurz das Hauptfenster, endet mit 0</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: Warnung: %2</translation>
        </message>
        <message>
            <source>%1 could not be read or written: %2</source>
            <translation>%1 konnte nicht gelesen oder geschrieben werden: %2</translation>
        </message>
        <message>
            <source>text that is not valid Unicode: %1</source>
            <translation>Text, der kein gültiges Unicode ist: %1</translation>
        </message>
        <message>
            <source>interrupted; the unfinished command's changes were rolled back</source>
            <translation>unterbrochen; die Änderungen des nicht beendeten Befehls wurden zurückgenommen</translation>
        </message>
        <message>
            <source>%1 is a team database: it is backed up on its server (with pg_dump, for example), not with '%2 %3'</source>
            <translation>%1 ist eine Team-Datenbank: Sie wird auf ihrem Server gesichert (zum Beispiel mit pg_dump), nicht mit „%2 %3“</translation>
        </message>
        <message>
            <source>back up the database now, into backups/ beside it (or to FILE)</source>
            <translation>sichert die Datenbank jetzt, in backups/ daneben (oder nach FILE)</translation>
        </message>
        <message>
            <source>write the backup to this file (or folder) instead</source>
            <translation>schreibt die Sicherung stattdessen in diese Datei (oder diesen Ordner)</translation>
        </message>
        <message>
            <source>put a backup in place of the database's data (kept first as a restore backup)</source>
            <translation>setzt eine Sicherung an die Stelle der Daten der Datenbank (diese werden zuvor als Wiederherstellungs-Sicherung aufbewahrt)</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>die wiederherzustellende Sicherung</translation>
        </message>
        <message>
            <source>list the backups of the database</source>
            <translation>listet die Sicherungen der Datenbank auf</translation>
        </message>
        <message>
            <source>Backed up the database to %1</source>
            <translation>Datenbank gesichert nach %1</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>%Ln Account gesichert nach %1</numerusform>
                <numerusform>%Ln Accounts gesichert nach %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2</source>
            <translation>
                <numerusform>Sicherung %1 wiederhergestellt (%Ln Account); die ersetzten Daten sind in %2 aufbewahrt</numerusform>
                <numerusform>Sicherung %1 wiederhergestellt (%Ln Accounts); die ersetzten Daten sind in %2 aufbewahrt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2 (that copy is damaged, as the data was)</source>
            <translation>
                <numerusform>Sicherung %1 wiederhergestellt (%Ln Account); die ersetzten Daten sind in %2 aufbewahrt (diese Kopie ist beschädigt, wie es die Daten waren)</numerusform>
                <numerusform>Sicherung %1 wiederhergestellt (%Ln Accounts); die ersetzten Daten sind in %2 aufbewahrt (diese Kopie ist beschädigt, wie es die Daten waren)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 The database was left as it was.</source>
            <translation>%1 %2 Die Datenbank wurde unverändert gelassen.</translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the damaged database was set aside as %2</source>
            <translation>
                <numerusform>Sicherung %1 wiederhergestellt (%Ln Account); die beschädigte Datenbank wurde als %2 beiseitegelegt</numerusform>
                <numerusform>Sicherung %1 wiederhergestellt (%Ln Accounts); die beschädigte Datenbank wurde als %2 beiseitegelegt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); there was no database file to set aside</source>
            <translation>
                <numerusform>Sicherung %1 wiederhergestellt (%Ln Account); es gab keine Datenbankdatei zum Beiseitelegen</numerusform>
                <numerusform>Sicherung %1 wiederhergestellt (%Ln Accounts); es gab keine Datenbankdatei zum Beiseitelegen</numerusform>
            </translation>
        </message>
        <message>
            <source>No backups in %1</source>
            <translation>Keine Sicherungen in %1</translation>
        </message>
        <message>
            <source>? accounts</source>
            <translation>? Accounts</translation>
        </message>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln Account</numerusform>
                <numerusform>%Ln Accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>zeigt diese Hilfe und beendet das Programm</translation>
        </message>
        <message>
            <source>one JSON object per line</source>
            <translation>ein JSON-Objekt pro Zeile</translation>
        </message>
        <message>
            <source>%1: error: %2 (see '%3 --help')</source>
            <translation>%1: Fehler: %2 (siehe „%3 --help“)</translation>
        </message>
        <message>
            <source>'%1' is not a date of the form YYYY-MM-DD</source>
            <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>%1: error: %2</source>
            <translation>%1: Fehler: %2</translation>
        </message>
        <message>
            <source>'%1' is not a whole number</source>
            <translation>„%1“ ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>'%1' must be between 1 and %2</source>
            <translation>„%1“ muss zwischen 1 und %2 liegen</translation>
        </message>
        <message>
            <source>fill an empty database with realistic demo data</source>
            <translation>füllt eine leere Datenbank mit realistischen Demodaten</translation>
        </message>
        <message>
            <source>number of organizations (default: 200)</source>
            <translation>Anzahl der Organisationen (Standard: 200)</translation>
        </message>
        <message>
            <source>random seed; the same seed and day give the same data</source>
            <translation>Zufallsstartwert; derselbe Startwert und Tag ergeben dieselben Daten</translation>
        </message>
        <message>
            <source>add demo data even though the database holds data</source>
            <translation>fügt Demodaten hinzu, auch wenn die Datenbank Daten enthält</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>listet die Accounts auf</translation>
        </message>
        <message>
            <source>only accounts in this kanban column</source>
            <translation>nur Accounts in dieser Kanban-Spalte</translation>
        </message>
        <message>
            <source>only accounts whose name, people, emails or phones contain TEXT</source>
            <translation>nur Accounts, deren Name, Kontakte, E-Mails oder Telefonnummern TEXT enthalten</translation>
        </message>
        <message>
            <source>check integrity and that every summary matches live data</source>
            <translation>prüft die Integrität und dass jede Zusammenfassung zu den aktuellen Daten passt</translation>
        </message>
        <message>
            <source>write one account's summary page to a PDF file</source>
            <translation>die Übersichtsseite eines Accounts in eine PDF-Datei schreiben</translation>
        </message>
        <message>
            <source>the organization's id (see `accounts --json`)</source>
            <translation>die ID der Organisation (siehe `accounts --json`)</translation>
        </message>
        <message>
            <source>the PDF file</source>
            <translation>die PDF-Datei</translation>
        </message>
        <message>
            <source>render the main views to PNG files</source>
            <translation>rendert die Hauptansichten in PNG-Dateien</translation>
        </message>
        <message>
            <source>folder for the PNG files</source>
            <translation>Ordner für die PNG-Dateien</translation>
        </message>
        <message>
            <source>the interface's language (en, fr, de, es, it, pt_BR; the system's by default)</source>
            <translation>die Sprache der Oberfläche (en, fr, de, es, it, pt_BR; standardmäßig die des Systems)</translation>
        </message>
        <message>
            <source>%1 Use 'demo --force' to add it anyway.</source>
            <translation>%1 Mit „demo --force“ werden sie trotzdem hinzugefügt.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln Organisation</numerusform>
                <numerusform>%Ln Organisationen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln Kontakt</numerusform>
                <numerusform>%Ln Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln Deal</numerusform>
                <numerusform>%Ln Deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(s)</source>
            <translation>
                <numerusform>%Ln Aktivität</numerusform>
                <numerusform>%Ln Aktivitäten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln Notiz</numerusform>
                <numerusform>%Ln Notizen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln Datei</numerusform>
                <numerusform>%Ln Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s in the team database %8.</source>
            <translation>%1, %2, %3, %4, %5 und %6 in %7 s in der Team-Datenbank %8 erstellt.</translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s; %8 is %9 MB.</source>
            <translation>%1, %2, %3, %4, %5 und %6 in %7 s erstellt; %8 ist %9 MB groß.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has problems (%Ln shown above)</source>
            <translation>
                <numerusform>%1 hat Probleme (%Ln oben gezeigt)</numerusform>
                <numerusform>%1 hat Probleme (%Ln oben gezeigt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: OK; %Ln account(s); every summary matches live data.</source>
            <translation>
                <numerusform>%1: OK; %Ln Account; jede Zusammenfassung passt zu den aktuellen Daten.</numerusform>
                <numerusform>%1: OK; %Ln Accounts; jede Zusammenfassung passt zu den aktuellen Daten.</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no organization with the id %1</source>
            <translation>es gibt keine Organisation mit der ID %1</translation>
        </message>
        <message>
            <source>Wrote the summary of %1 to %2</source>
            <translation>Übersicht von %1 nach %2 geschrieben</translation>
        </message>
        <message>
            <source>list the exchange rates to the default currency, or set some</source>
            <translation>listet die Wechselkurse zur Standardwährung auf oder legt welche fest</translation>
        </message>
        <message>
            <source>what one unit of CODE is worth in the default currency (e.g. USD=0.92); repeat it for several, all set in one transaction</source>
            <translation>was eine Einheit von CODE in der Standardwährung wert ist (z. B. USD=0.92); für mehrere wiederholen, alle in einer Transaktion festgelegt</translation>
        </message>
        <message>
            <source>--set takes CODE=RATE with a decimal RATE (e.g. USD=0.92), not '%1'</source>
            <translation>--set erwartet CODE=RATE mit einem Dezimalwert RATE (z. B. USD=0.92), nicht „%1“</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>kein Kurs</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>(Standard)</translation>
        </message>
        <message>
            <source>write activities to an iCalendar (.ics) file for calendar apps</source>
            <translation>schreibt Aktivitäten in eine iCalendar-Datei (.ics) für Kalender-Apps</translation>
        </message>
        <message>
            <source>the .ics file to write</source>
            <translation>die zu schreibende .ics-Datei</translation>
        </message>
        <message>
            <source>only activities assigned to this user (name or id)</source>
            <translation>nur Aktivitäten, die diesem Benutzer zugewiesen sind (Name oder ID)</translation>
        </message>
        <message>
            <source>only activities due on or after this day</source>
            <translation>nur Aktivitäten, die an oder nach diesem Tag fällig sind</translation>
        </message>
        <message>
            <source>only activities due on or before this day</source>
            <translation>nur Aktivitäten, die an oder vor diesem Tag fällig sind</translation>
        </message>
        <message>
            <source>completed activities too (default: open only)</source>
            <translation>auch erledigte Aktivitäten (Standard: nur offene)</translation>
        </message>
        <message>
            <source>import records from a CSV or Excel file (creates the database if there is none)</source>
            <translation>importiert Datensätze aus einer CSV- oder Excel-Datei (legt die Datenbank an, wenn es keine gibt)</translation>
        </message>
        <message>
            <source>what the file's rows are</source>
            <translation>was die Zeilen der Datei sind</translation>
        </message>
        <message>
            <source>the .csv or .xlsx file to import</source>
            <translation>die zu importierende .csv- oder .xlsx-Datei</translation>
        </message>
        <message>
            <source>columns to import as which field, as {"Header": "field key"} (null skips a column); columns not named are matched by their headers</source>
            <translation>welche Spalten als welches Feld importiert werden, als {"Header": "field key"} (null überspringt eine Spalte); nicht genannte Spalten werden über ihre Überschrift zugeordnet</translation>
        </message>
        <message>
            <source>what to do with a row that matches an existing record (default: skip)</source>
            <translation>was mit einer Zeile geschieht, die einem vorhandenen Datensatz entspricht (Standard: skip)</translation>
        </message>
        <message>
            <source>check the file and report, but write nothing</source>
            <translation>prüft die Datei und berichtet, schreibt aber nichts</translation>
        </message>
        <message>
            <source>import nothing and exit 1 when any row would be rejected</source>
            <translation>importiert nichts und endet mit 1, wenn eine Zeile abgelehnt würde</translation>
        </message>
        <message>
            <source>read dates like 03/04/2026 as month/day (default: day/month)</source>
            <translation>liest Daten wie 03/04/2026 als Monat/Tag (Standard: Tag/Monat)</translation>
        </message>
        <message>
            <source>reject rows naming an organization, person or deal that does not exist (default: create it)</source>
            <translation>lehnt Zeilen ab, die eine nicht vorhandene Organisation, einen Kontakt oder einen Deal nennen (Standard: anlegen)</translation>
        </message>
        <message>
            <source>write all records of one kind to a CSV or Excel file that imports again</source>
            <translation>schreibt alle Datensätze einer Art in eine CSV- oder Excel-Datei, die sich wieder importieren lässt</translation>
        </message>
        <message>
            <source>what to export</source>
            <translation>was exportiert wird</translation>
        </message>
        <message>
            <source>file format (default: from the file name's extension, else csv)</source>
            <translation>Dateiformat (Standard: nach der Endung des Dateinamens, sonst csv)</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>die zu schreibende Datei</translation>
        </message>
        <message>
            <source>what separates a CSV file's cells (default: semicolon where the system's locale writes decimals with a comma, as Excel there expects; comma elsewhere)</source>
            <translation>was die Zellen einer CSV-Datei trennt (Standard: Semikolon, wo das Gebietsschema des Systems Dezimalzahlen mit Komma schreibt, wie Excel es dort erwartet; sonst Komma)</translation>
        </message>
        <message>
            <source>write a CSV file's decimals with a comma, as a spreadsheet in such a language reads numbers, and separate its cells with semicolons unless --delimiter says otherwise (default: a dot, for other programs)</source>
            <translation>die Dezimalzahlen einer CSV-Datei mit Komma schreiben, wie eine Tabellenkalkulation in einer solchen Sprache Zahlen liest, und ihre Zellen durch Semikolons trennen, sofern --delimiter nichts anderes sagt (Standard: ein Punkt, für andere Programme)</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 liegt nach --to %2</translation>
        </message>
        <message>
            <source>several users are named '%1'; give the id instead (%2)</source>
            <translation>mehrere Benutzer heißen „%1“; geben Sie stattdessen die ID an (%2)</translation>
        </message>
        <message>
            <source>there is no user with the name or id '%1'</source>
            <translation>es gibt keinen Benutzer mit dem Namen oder der ID „%1“</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln activity(s) to %1</source>
            <translation>
                <numerusform>%Ln Aktivität in %1 geschrieben</numerusform>
                <numerusform>%Ln Aktivitäten in %1 geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2</source>
            <translation>%1 ist kein gültiges JSON: %2</translation>
        </message>
        <message>
            <source>%1 must be a JSON object like {"Header": "field key"}</source>
            <translation>%1 muss ein JSON-Objekt wie {"Header": "field key"} sein</translation>
        </message>
        <message>
            <source>the file has no column '%1' (named in %2)</source>
            <translation>die Datei hat keine Spalte „%1“ (genannt in %2)</translation>
        </message>
        <message>
            <source>'%1' is not a field of %2; use one of: %3</source>
            <translation>„%1“ ist kein Feld von %2; verwenden Sie eines von: %3</translation>
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4 (dry run: nothing was written)</source>
            <translation>Angelegt %1, aktualisiert %2, übersprungen %3, abgelehnt %4 (Probelauf: nichts wurde geschrieben)</translation>
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4</source>
            <translation>Angelegt %1, aktualisiert %2, übersprungen %3, abgelehnt %4</translation>
        </message>
        <message numerus="yes">
            <source>Created %Ln linked record(s)</source>
            <translation>
                <numerusform>%Ln verknüpfter Datensatz angelegt</numerusform>
                <numerusform>%Ln verknüpfte Datensätze angelegt</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>%1 has no column for %2; name it with --mapping</source>
            <translation>%1 hat keine Spalte für %2; nennen Sie sie mit --mapping</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the rows would be rejected (listed above); nothing was imported</source>
            <translation>
                <numerusform>%Ln der Zeilen würde abgelehnt (oben aufgeführt); nichts wurde importiert</numerusform>
                <numerusform>%Ln der Zeilen würden abgelehnt (oben aufgeführt); nichts wurde importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln row(s) to %1</source>
            <translation>
                <numerusform>%Ln Zeile in %1 geschrieben</numerusform>
                <numerusform>%Ln Zeilen in %1 geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source>id %1</source>
            <translation>ID %1</translation>
        </message>
        <message>
            <source>ids %1-%2</source>
            <translation>IDs %1–%2</translation>
        </message>
        <message>
            <source>%1: could not read %2 (the database is damaged)</source>
            <translation>%1: %2 konnte nicht gelesen werden (die Datenbank ist beschädigt)</translation>
        </message>
        <message>
            <source>%1: %2 written without %3 (the database is damaged)</source>
            <translation>%1: %2 ohne %3 geschrieben (die Datenbank ist beschädigt)</translation>
        </message>
        <message>
            <source>the export is incomplete; run '%1 check' and restore the database from a backup</source>
            <translation>der Export ist unvollständig; führen Sie „%1 check“ aus und stellen Sie die Datenbank aus einer Sicherung wieder her</translation>
        </message>
        <message>
            <source>make an empty PostgreSQL database a team database (or bring one up to date)</source>
            <translation>eine leere PostgreSQL-Datenbank zur Team-Datenbank machen (oder eine aktualisieren)</translation>
        </message>
        <message>
            <source>the database, as postgresql://user@host:5432/dbname</source>
            <translation>die Datenbank, als postgresql://benutzer@host:5432/datenbank</translation>
        </message>
        <message>
            <source>copy a whole database into a new file or an empty team database (a file to a server, a server to a file, or a file to a file)</source>
            <translation>eine ganze Datenbank in eine neue Datei oder eine leere Team-Datenbank kopieren (eine Datei auf einen Server, einen Server in eine Datei oder eine Datei in eine andere)</translation>
        </message>
        <message>
            <source>the database to copy: a file, or a postgresql:// URL</source>
            <translation>die zu kopierende Datenbank: eine Datei oder eine postgresql://-URL</translation>
        </message>
        <message>
            <source>where to copy it: a new file, or the URL of an empty team database</source>
            <translation>wohin sie kopiert wird: eine neue Datei oder die URL einer leeren Team-Datenbank</translation>
        </message>
        <message>
            <source>%1 is ready for a team: schema %2</source>
            <translation>%1 ist bereit für ein Team: Schema %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln row(s)</source>
            <translation>
                <numerusform>%1: %Ln Zeile</numerusform>
                <numerusform>%1: %Ln Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>the copy from %1 to %2 failed, and nothing was copied: %3</source>
            <translation>das Kopieren von %1 nach %2 ist fehlgeschlagen, und nichts wurde kopiert: %3</translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %Ln row(s) in %3 s</source>
            <translation>
                <numerusform>%1 nach %2 kopiert: %Ln Zeile in %3 s</numerusform>
                <numerusform>%1 nach %2 kopiert: %Ln Zeilen in %3 s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Spalten zuordnen</translation>
        </message>
        <message>
            <source>Choose what each column of the file holds. Columns set to “Do not import” are left out.</source>
            <translation>Wählen Sie, was jede Spalte der Datei enthält. Spalten mit „Nicht importieren“ werden ausgelassen.</translation>
        </message>
        <message>
            <source>Choose a column for each required field: %1.</source>
            <translation>Wählen Sie für jedes Pflichtfeld eine Spalte: %1.</translation>
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation>Wählen Sie mindestens eine Spalte zum Importieren.</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation>Währungen</translation>
        </message>
        <message>
            <source>Totals are shown in the default currency; amounts in a currency without a rate count in no total until it has one.</source>
            <translation>Summen werden in der Standardwährung angezeigt; Beträge in einer Währung ohne Wechselkurs zählen in keiner Summe, bis sie einen hat.</translation>
        </message>
        <message>
            <source>&amp;Edit rate…</source>
            <translation>Kurs &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>Make &amp;default…</source>
            <translation>Als &amp;Standard festlegen…</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Kurs bearbeiten</translation>
        </message>
        <message>
            <source>Give it a rate first: totals can only be turned into it with one.</source>
            <translation>Geben Sie ihr zuerst einen Kurs: Nur mit einem Kurs lassen sich Summen in sie umrechnen.</translation>
        </message>
        <message>
            <source>Change the rate of %1</source>
            <translation>Kurs von %1 ändern</translation>
        </message>
        <message>
            <source>Default currency</source>
            <translation>Standardwährung</translation>
        </message>
        <message>
            <source>Show every total in %1 (%2) from now on?</source>
            <translation>Alle Summen ab jetzt in %1 (%2) anzeigen?</translation>
        </message>
        <message>
            <source>Every exchange rate becomes a rate to %1, and the amounts of money custom fields are converted to it. Edit ▸ Undo changes it back.</source>
            <translation>Jeder Wechselkurs wird zu einem Kurs in %1, und die Beträge benutzerdefinierter Geldfelder werden in %1 umgerechnet. Bearbeiten ▸ Rückgängig stellt alles wieder her.</translation>
        </message>
        <message>
            <source>These currencies will have no rate to %1 (it would be too large): %2</source>
            <translation>Diese Währungen haben dann keinen Kurs in %1 (er wäre zu groß): %2</translation>
        </message>
        <message>
            <source>Make %1 the default currency</source>
            <translation>%1 als Standardwährung festlegen</translation>
        </message>
        <message>
            <source>Turning every total into %1…</source>
            <translation>Alle Summen werden in %1 umgerechnet…</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesModel</name>
        <message>
            <source>no rate</source>
            <translation>kein Kurs</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Gesetzt am</translation>
        </message>
        <message>
            <source>Rate to %1</source>
            <translation>Kurs in %1</translation>
        </message>
        <message>
            <source>The default currency: totals are in it.</source>
            <translation>Die Standardwährung: Summen werden in ihr angegeben.</translation>
        </message>
        <message>
            <source>Its amounts count in no total until it has a rate.</source>
            <translation>Ihre Beträge zählen in keiner Summe, bis sie einen Kurs hat.</translation>
        </message>
        <message>
            <source>1 %1 is worth %2 %3</source>
            <translation>1 %1 entspricht %2 %3</translation>
        </message>
        <message>
            <source>A built-in rate: check it before relying on its totals.</source>
            <translation>Ein mitgelieferter Kurs: Prüfen Sie ihn, bevor Sie sich auf seine Summen verlassen.</translation>
        </message>
    </context>
    <context>
        <name>Currency</name>
        <message>
            <source>Afghan afghani</source>
            <translation>Afghanischer Afghani</translation>
        </message>
        <message>
            <source>Albanian lek</source>
            <translation>Albanischer Lek</translation>
        </message>
        <message>
            <source>Algerian dinar</source>
            <translation>Algerischer Dinar</translation>
        </message>
        <message>
            <source>Angolan kwanza</source>
            <translation>Angolanischer Kwanza</translation>
        </message>
        <message>
            <source>Argentine peso</source>
            <translation>Argentinischer Peso</translation>
        </message>
        <message>
            <source>Armenian dram</source>
            <translation>Armenischer Dram</translation>
        </message>
        <message>
            <source>Aruban florin</source>
            <translation>Aruba-Florin</translation>
        </message>
        <message>
            <source>Australian dollar</source>
            <translation>Australischer Dollar</translation>
        </message>
        <message>
            <source>Azerbaijani manat</source>
            <translation>Aserbaidschan-Manat</translation>
        </message>
        <message>
            <source>Bahamian dollar</source>
            <translation>Bahamas-Dollar</translation>
        </message>
        <message>
            <source>Bahraini dinar</source>
            <translation>Bahrain-Dinar</translation>
        </message>
        <message>
            <source>Bangladeshi taka</source>
            <translation>Bangladesch-Taka</translation>
        </message>
        <message>
            <source>Barbados dollar</source>
            <translation>Barbados-Dollar</translation>
        </message>
        <message>
            <source>Belarusian ruble</source>
            <translation>Weißrussischer Rubel</translation>
        </message>
        <message>
            <source>Belize dollar</source>
            <translation>Belize-Dollar</translation>
        </message>
        <message>
            <source>Bermudian dollar</source>
            <translation>Bermuda-Dollar</translation>
        </message>
        <message>
            <source>Bhutanese ngultrum</source>
            <translation>Bhutan-Ngultrum</translation>
        </message>
        <message>
            <source>Boliviano</source>
            <translation>Bolivianischer Boliviano</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina convertible mark</source>
            <translation>Konvertible Mark Bosnien und Herzegowina</translation>
        </message>
        <message>
            <source>Botswana pula</source>
            <translation>Botswanischer Pula</translation>
        </message>
        <message>
            <source>Brazilian real</source>
            <translation>Brasilianischer Real</translation>
        </message>
        <message>
            <source>Brunei dollar</source>
            <translation>Brunei-Dollar</translation>
        </message>
        <message>
            <source>Bulgarian lev</source>
            <translation>Bulgarischer Lew</translation>
        </message>
        <message>
            <source>Burundian franc</source>
            <translation>Burundi-Franc</translation>
        </message>
        <message>
            <source>CFP franc</source>
            <translation>CFP-Franc</translation>
        </message>
        <message>
            <source>Cambodian riel</source>
            <translation>Kambodschanischer Riel</translation>
        </message>
        <message>
            <source>Canadian dollar</source>
            <translation>Kanadischer Dollar</translation>
        </message>
        <message>
            <source>Cape Verdean escudo</source>
            <translation>Cabo-Verde-Escudo</translation>
        </message>
        <message>
            <source>Cayman Islands dollar</source>
            <translation>Kaiman-Dollar</translation>
        </message>
        <message>
            <source>Central African CFA franc</source>
            <translation>CFA-Franc (BEAC)</translation>
        </message>
        <message>
            <source>Chilean peso</source>
            <translation>Chilenischer Peso</translation>
        </message>
        <message>
            <source>Colombian peso</source>
            <translation>Kolumbianischer Peso</translation>
        </message>
        <message>
            <source>Comoro franc</source>
            <translation>Komoren-Franc</translation>
        </message>
        <message>
            <source>Congolese franc</source>
            <translation>Kongo-Franc</translation>
        </message>
        <message>
            <source>Costa Rican colón</source>
            <translation>Costa-Rica-Colón</translation>
        </message>
        <message>
            <source>Cuban peso</source>
            <translation>Kubanischer Peso</translation>
        </message>
        <message>
            <source>Czech koruna</source>
            <translation>Tschechische Krone</translation>
        </message>
        <message>
            <source>Danish krone</source>
            <translation>Dänische Krone</translation>
        </message>
        <message>
            <source>Djiboutian franc</source>
            <translation>Dschibuti-Franc</translation>
        </message>
        <message>
            <source>Dominican peso</source>
            <translation>Dominikanischer Peso</translation>
        </message>
        <message>
            <source>East Caribbean dollar</source>
            <translation>Ostkaribischer Dollar</translation>
        </message>
        <message>
            <source>Egyptian pound</source>
            <translation>Ägyptisches Pfund</translation>
        </message>
        <message>
            <source>Eritrean nakfa</source>
            <translation>Eritreischer Nakfa</translation>
        </message>
        <message>
            <source>Ethiopian birr</source>
            <translation>Äthiopischer Birr</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>Euro</translation>
        </message>
        <message>
            <source>Falkland Islands pound</source>
            <translation>Falkland-Pfund</translation>
        </message>
        <message>
            <source>Fiji dollar</source>
            <translation>Fidschi-Dollar</translation>
        </message>
        <message>
            <source>Gambian dalasi</source>
            <translation>Gambia-Dalasi</translation>
        </message>
        <message>
            <source>Georgian lari</source>
            <translation>Georgischer Lari</translation>
        </message>
        <message>
            <source>Ghanaian cedi</source>
            <translation>Ghanaischer Cedi</translation>
        </message>
        <message>
            <source>Gibraltar pound</source>
            <translation>Gibraltar-Pfund</translation>
        </message>
        <message>
            <source>Guatemalan quetzal</source>
            <translation>Guatemaltekischer Quetzal</translation>
        </message>
        <message>
            <source>Guinean franc</source>
            <translation>Guinea-Franc</translation>
        </message>
        <message>
            <source>Guyanese dollar</source>
            <translation>Guyana-Dollar</translation>
        </message>
        <message>
            <source>Haitian gourde</source>
            <translation>Haitianische Gourde</translation>
        </message>
        <message>
            <source>Honduran lempira</source>
            <translation>Honduras-Lempira</translation>
        </message>
        <message>
            <source>Hong Kong dollar</source>
            <translation>Hongkong-Dollar</translation>
        </message>
        <message>
            <source>Hungarian forint</source>
            <translation>Ungarischer Forint</translation>
        </message>
        <message>
            <source>Icelandic króna</source>
            <translation>Isländische Krone</translation>
        </message>
        <message>
            <source>Indian rupee</source>
            <translation>Indische Rupie</translation>
        </message>
        <message>
            <source>Indonesian rupiah</source>
            <translation>Indonesische Rupiah</translation>
        </message>
        <message>
            <source>Iranian rial</source>
            <translation>Iranischer Rial</translation>
        </message>
        <message>
            <source>Iraqi dinar</source>
            <translation>Irakischer Dinar</translation>
        </message>
        <message>
            <source>Israeli new shekel</source>
            <translation>Israelischer Neuer Schekel</translation>
        </message>
        <message>
            <source>Jamaican dollar</source>
            <translation>Jamaika-Dollar</translation>
        </message>
        <message>
            <source>Japanese yen</source>
            <translation>Japanischer Yen</translation>
        </message>
        <message>
            <source>Jordanian dinar</source>
            <translation>Jordanischer Dinar</translation>
        </message>
        <message>
            <source>Kazakhstani tenge</source>
            <translation>Kasachischer Tenge</translation>
        </message>
        <message>
            <source>Kenyan shilling</source>
            <translation>Kenia-Schilling</translation>
        </message>
        <message>
            <source>Kuwaiti dinar</source>
            <translation>Kuwait-Dinar</translation>
        </message>
        <message>
            <source>Kyrgyzstani som</source>
            <translation>Kirgisischer Som</translation>
        </message>
        <message>
            <source>Lao kip</source>
            <translation>Laotischer Kip</translation>
        </message>
        <message>
            <source>Lebanese pound</source>
            <translation>Libanesisches Pfund</translation>
        </message>
        <message>
            <source>Lesotho loti</source>
            <translation>Loti</translation>
        </message>
        <message>
            <source>Liberian dollar</source>
            <translation>Liberianischer Dollar</translation>
        </message>
        <message>
            <source>Libyan dinar</source>
            <translation>Libyscher Dinar</translation>
        </message>
        <message>
            <source>Macanese pataca</source>
            <translation>Macao-Pataca</translation>
        </message>
        <message>
            <source>Macedonian denar</source>
            <translation>Mazedonischer Denar</translation>
        </message>
        <message>
            <source>Malagasy ariary</source>
            <translation>Madagaskar-Ariary</translation>
        </message>
        <message>
            <source>Malawian kwacha</source>
            <translation>Malawi-Kwacha</translation>
        </message>
        <message>
            <source>Malaysian ringgit</source>
            <translation>Malaysischer Ringgit</translation>
        </message>
        <message>
            <source>Maldivian rufiyaa</source>
            <translation>Malediven-Rufiyaa</translation>
        </message>
        <message>
            <source>Mauritanian ouguiya</source>
            <translation>Mauretanischer Ouguiya</translation>
        </message>
        <message>
            <source>Mauritian rupee</source>
            <translation>Mauritius-Rupie</translation>
        </message>
        <message>
            <source>Mexican peso</source>
            <translation>Mexikanischer Peso</translation>
        </message>
        <message>
            <source>Moldovan leu</source>
            <translation>Moldau-Leu</translation>
        </message>
        <message>
            <source>Mongolian tögrög</source>
            <translation>Mongolischer Tögrög</translation>
        </message>
        <message>
            <source>Moroccan dirham</source>
            <translation>Marokkanischer Dirham</translation>
        </message>
        <message>
            <source>Mozambican metical</source>
            <translation>Mosambikanischer Metical</translation>
        </message>
        <message>
            <source>Myanmar kyat</source>
            <translation>Myanmarischer Kyat</translation>
        </message>
        <message>
            <source>Namibian dollar</source>
            <translation>Namibia-Dollar</translation>
        </message>
        <message>
            <source>Nepalese rupee</source>
            <translation>Nepalesische Rupie</translation>
        </message>
        <message>
            <source>Netherlands Antillean guilder</source>
            <translation>Niederländische-Antillen-Gulden</translation>
        </message>
        <message>
            <source>New Taiwan dollar</source>
            <translation>Neuer Taiwan-Dollar</translation>
        </message>
        <message>
            <source>New Zealand dollar</source>
            <translation>Neuseeland-Dollar</translation>
        </message>
        <message>
            <source>Nicaraguan córdoba</source>
            <translation>Nicaragua-Córdoba</translation>
        </message>
        <message>
            <source>Nigerian naira</source>
            <translation>Nigerianischer Naira</translation>
        </message>
        <message>
            <source>North Korean won</source>
            <translation>Nordkoreanischer Won</translation>
        </message>
        <message>
            <source>Norwegian krone</source>
            <translation>Norwegische Krone</translation>
        </message>
        <message>
            <source>Omani rial</source>
            <translation>Omanischer Rial</translation>
        </message>
        <message>
            <source>Pakistani rupee</source>
            <translation>Pakistanische Rupie</translation>
        </message>
        <message>
            <source>Panamanian balboa</source>
            <translation>Panamaischer Balboa</translation>
        </message>
        <message>
            <source>Papua New Guinean kina</source>
            <translation>Papua-neuguineischer Kina</translation>
        </message>
        <message>
            <source>Paraguayan guaraní</source>
            <translation>Paraguayischer Guaraní</translation>
        </message>
        <message>
            <source>Peruvian sol</source>
            <translation>Peruanischer Sol</translation>
        </message>
        <message>
            <source>Philippine peso</source>
            <translation>Philippinischer Peso</translation>
        </message>
        <message>
            <source>Polish złoty</source>
            <translation>Polnischer Złoty</translation>
        </message>
        <message>
            <source>Pound sterling</source>
            <translation>Britisches Pfund</translation>
        </message>
        <message>
            <source>Qatari riyal</source>
            <translation>Katar-Riyal</translation>
        </message>
        <message>
            <source>Renminbi</source>
            <translation>Renminbi Yuan</translation>
        </message>
        <message>
            <source>Romanian leu</source>
            <translation>Rumänischer Leu</translation>
        </message>
        <message>
            <source>Russian ruble</source>
            <translation>Russischer Rubel</translation>
        </message>
        <message>
            <source>Rwandan franc</source>
            <translation>Ruanda-Franc</translation>
        </message>
        <message>
            <source>Saint Helena pound</source>
            <translation>St.-Helena-Pfund</translation>
        </message>
        <message>
            <source>Salvadoran colón</source>
            <translation>El Salvador Colon</translation>
        </message>
        <message>
            <source>Samoan tālā</source>
            <translation>Samoanischer Tala</translation>
        </message>
        <message>
            <source>Saudi riyal</source>
            <translation>Saudi-Rial</translation>
        </message>
        <message>
            <source>Serbian dinar</source>
            <translation>Serbischer Dinar</translation>
        </message>
        <message>
            <source>Seychelles rupee</source>
            <translation>Seychellen-Rupie</translation>
        </message>
        <message>
            <source>Sierra Leonean leone</source>
            <translation>Sierra-leonischer Leone</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation>Singapur-Dollar</translation>
        </message>
        <message>
            <source>Solomon Islands dollar</source>
            <translation>Salomonen-Dollar</translation>
        </message>
        <message>
            <source>Somali shilling</source>
            <translation>Somalia-Schilling</translation>
        </message>
        <message>
            <source>South African rand</source>
            <translation>Südafrikanischer Rand</translation>
        </message>
        <message>
            <source>South Korean won</source>
            <translation>Südkoreanischer Won</translation>
        </message>
        <message>
            <source>South Sudanese pound</source>
            <translation>Südsudanesisches Pfund</translation>
        </message>
        <message>
            <source>Sri Lankan rupee</source>
            <translation>Sri-Lanka-Rupie</translation>
        </message>
        <message>
            <source>Sudanese pound</source>
            <translation>Sudanesisches Pfund</translation>
        </message>
        <message>
            <source>Surinamese dollar</source>
            <translation>Suriname-Dollar</translation>
        </message>
        <message>
            <source>Swazi lilangeni</source>
            <translation>Swasiländischer Lilangeni</translation>
        </message>
        <message>
            <source>Swedish krona</source>
            <translation>Schwedische Krone</translation>
        </message>
        <message>
            <source>Swiss franc</source>
            <translation>Schweizer Franken</translation>
        </message>
        <message>
            <source>Syrian pound</source>
            <translation>Syrisches Pfund</translation>
        </message>
        <message>
            <source>São Tomé and Príncipe dobra</source>
            <translation>São-toméischer Dobra</translation>
        </message>
        <message>
            <source>Tajikistani somoni</source>
            <translation>Tadschikistan-Somoni</translation>
        </message>
        <message>
            <source>Tanzanian shilling</source>
            <translation>Tansania-Schilling</translation>
        </message>
        <message>
            <source>Thai baht</source>
            <translation>Thailändischer Baht</translation>
        </message>
        <message>
            <source>Tongan pa'anga</source>
            <translation>Tongaischer Paʻanga</translation>
        </message>
        <message>
            <source>Trinidad and Tobago dollar</source>
            <translation>Trinidad-und-Tobago-Dollar</translation>
        </message>
        <message>
            <source>Tunisian dinar</source>
            <translation>Tunesischer Dinar</translation>
        </message>
        <message>
            <source>Turkish lira</source>
            <translation>Türkische Lira</translation>
        </message>
        <message>
            <source>Turkmenistan manat</source>
            <translation>Turkmenistan-Manat</translation>
        </message>
        <message>
            <source>UAE dirham</source>
            <translation>VAE-Dirham</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>US-Dollar</translation>
        </message>
        <message>
            <source>Ugandan shilling</source>
            <translation>Uganda-Schilling</translation>
        </message>
        <message>
            <source>Ukrainian hryvnia</source>
            <translation>Ukrainische Hrywnja</translation>
        </message>
        <message>
            <source>Unidad de Fomento</source>
            <translation>Chilenische Unidades de Fomento</translation>
        </message>
        <message>
            <source>Unidad previsional</source>
            <translation>UYW</translation>
        </message>
        <message>
            <source>Uruguay peso en unidades indexadas</source>
            <translation>Uruguayischer Peso (Indexierte Rechnungseinheiten)</translation>
        </message>
        <message>
            <source>Uruguayan peso</source>
            <translation>Uruguayischer Peso</translation>
        </message>
        <message>
            <source>Uzbekistani sum</source>
            <translation>Usbekistan-Sum</translation>
        </message>
        <message>
            <source>Vanuatu vatu</source>
            <translation>Vanuatu-Vatu</translation>
        </message>
        <message>
            <source>Venezuelan digital bolívar</source>
            <translation>VED</translation>
        </message>
        <message>
            <source>Venezuelan sovereign bolívar</source>
            <translation>Venezolanischer Bolívar</translation>
        </message>
        <message>
            <source>Vietnamese đồng</source>
            <translation>Vietnamesischer Dong</translation>
        </message>
        <message>
            <source>West African CFA franc</source>
            <translation>CFA-Franc (BCEAO)</translation>
        </message>
        <message>
            <source>Yemeni rial</source>
            <translation>Jemen-Rial</translation>
        </message>
        <message>
            <source>Zambian kwacha</source>
            <translation>Kwacha</translation>
        </message>
        <message>
            <source>Zimbabwe gold</source>
            <translation>ZWG</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Move field</source>
            <translation>Feld verschieben</translation>
        </message>
        <message>
            <source>Hide the selected field everywhere; its values are kept</source>
            <translation>Das gewählte Feld überall ausblenden; seine Werte bleiben erhalten</translation>
        </message>
        <message>
            <source>Show the selected field again, with the values it kept</source>
            <translation>Das gewählte Feld wieder anzeigen, mit seinen erhaltenen Werten</translation>
        </message>
        <message>
            <source>New field</source>
            <translation>Neues Feld</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Feld hinzufügen</translation>
        </message>
        <message>
            <source>Rename field</source>
            <translation>Feld umbenennen</translation>
        </message>
        <message>
            <source>Options of “%1”</source>
            <translation>Optionen von „%1“</translation>
        </message>
        <message>
            <source>Edit options</source>
            <translation>Optionen bearbeiten</translation>
        </message>
        <message>
            <source>Restore field</source>
            <translation>Feld reaktivieren</translation>
        </message>
        <message>
            <source>Retire field</source>
            <translation>Feld deaktivieren</translation>
        </message>
        <message>
            <source>Mark the renewal date</source>
            <translation>Verlängerungsdatum festlegen</translation>
        </message>
        <message>
            <source>Unmark the renewal date</source>
            <translation>Verlängerungsdatum aufheben</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Benutzerdefinierte Felder</translation>
        </message>
        <message>
            <source>&amp;Fields of:</source>
            <translation>&amp;Felder von:</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>Add a field at the end of the list</source>
            <translation>Ein Feld am Ende der Liste hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <source>Rename the selected field (F2); its values stay</source>
            <translation>Das gewählte Feld umbenennen (F2); seine Werte bleiben erhalten</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <source>Add, reorder or remove the options of the selected field</source>
            <translation>Optionen des gewählten Felds hinzufügen, neu anordnen oder entfernen</translation>
        </message>
        <message>
            <source>Edit &amp;options…</source>
            <translation>&amp;Optionen bearbeiten…</translation>
        </message>
        <message>
            <source>Show the selected field earlier (Alt+Up)</source>
            <translation>Das gewählte Feld weiter oben anzeigen (Alt+↑)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach o&amp;ben</translation>
        </message>
        <message>
            <source>Show the selected field later (Alt+Down)</source>
            <translation>Das gewählte Feld weiter unten anzeigen (Alt+↓)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach u&amp;nten</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <source>Renewal &amp;date</source>
            <translation>&amp;Verlängerungsdatum</translation>
        </message>
        <message>
            <source>Mark the selected date field as the date each account renews: the view “Renewal in the next 60 days” lists those renewing soon</source>
            <translation>Das gewählte Datumsfeld als Verlängerungsdatum jedes Accounts festlegen: die Ansicht „Verlängerung in den nächsten 60 Tagen“ zeigt die bald fälligen</translation>
        </message>
        <message>
            <source>A retired field is hidden everywhere but keeps its values; restore it to show them again.</source>
            <translation>Ein deaktiviertes Feld ist überall ausgeblendet, behält aber seine Werte; reaktivieren Sie es, um sie wieder anzuzeigen.</translation>
        </message>
    </context>
    <context>
        <name>CustomValuesModel</name>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Delete clears the date.</source>
            <translation>Entf löscht das Datum.</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>New deal</source>
            <translation>Neuer Deal</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Kein Inhaber</translation>
        </message>
        <message>
            <source>New deal for %1</source>
            <translation>Neuer Deal für %1</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Deal bearbeiten</translation>
        </message>
        <message>
            <source>won on %1</source>
            <translation>gewonnen am %1</translation>
        </message>
        <message>
            <source>lost on %1</source>
            <translation>verloren am %1</translation>
        </message>
        <message>
            <source>No person</source>
            <translation>Kein Kontakt</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>For example: Annual licence renewal</source>
            <translation>Zum Beispiel: Verlängerung der Jahreslizenz</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation>Zum Suchen tippen; leer lassen für keine</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Kontakt:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Wert:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Inhaber:</translation>
        </message>
        <message>
            <source>E&amp;xpected close:</source>
            <translation>Erwarteter &amp;Abschluss:</translation>
        </message>
        <message>
            <source>No &amp;date</source>
            <translation>Kein &amp;Datum</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Op&amp;en</source>
            <translation>O&amp;ffen</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>&amp;Gewonnen</translation>
        </message>
        <message>
            <source>&amp;Lost</source>
            <translation>&amp;Verloren</translation>
        </message>
        <message>
            <source>Lost &amp;reason:</source>
            <translation>Verlustgr&amp;und:</translation>
        </message>
        <message>
            <source>Why the customer said no</source>
            <translation>Warum der Kunde abgelehnt hat</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gewonnen</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Verloren</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>Kontakt: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Verlustgrund</translation>
        </message>
    </context>
    <context>
        <name>DemoOffer</name>
        <message>
            <source>Creating demo data…</source>
            <translation>Demodaten werden erstellt…</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demodaten</translation>
        </message>
        <message>
            <source>Welcome to accountmgr</source>
            <translation>Willkommen bei accountmgr</translation>
        </message>
        <message>
            <source>Your database is empty.</source>
            <translation>Ihre Datenbank ist leer.</translation>
        </message>
        <message>
            <source>Would you like to explore the application with demo customers, deals and activities? You can delete them later.</source>
            <translation>Möchten Sie die Anwendung mit Demo-Kunden, -Deals und -Aktivitäten erkunden? Sie können sie später löschen.</translation>
        </message>
        <message>
            <source>Create demo data</source>
            <translation>Demodaten erstellen</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Leer beginnen</translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <source>--db needs a file name.</source>
            <translation>--db erfordert einen Dateinamen.</translation>
        </message>
        <message>
            <source>A backup cannot be restored while a change is being written.</source>
            <translation>Eine Sicherung kann nicht wiederhergestellt werden, während eine Änderung geschrieben wird.</translation>
        </message>
        <message>
            <source>A backup cannot be taken while a change is being written.</source>
            <translation>Eine Sicherung kann nicht erstellt werden, während eine Änderung geschrieben wird.</translation>
        </message>
        <message>
            <source>A deal value cannot be negative.</source>
            <translation>Ein Deal-Wert darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>A deal value must be a whole number of minor units.</source>
            <translation>Ein Deal-Wert muss eine ganze Zahl kleinster Währungseinheiten sein.</translation>
        </message>
        <message>
            <source>A field with this name or id exists again.</source>
            <translation>Es gibt inzwischen wieder ein Feld mit diesem Namen oder dieser ID.</translation>
        </message>
        <message>
            <source>A note needs an organization.</source>
            <translation>Eine Notiz braucht eine Organisation.</translation>
        </message>
        <message>
            <source>A retired activity type is already called “{name}”: restore it instead.</source>
            <translation>Ein deaktivierter Aktivitätstyp heißt bereits „{name}“: Reaktivieren Sie stattdessen diesen.</translation>
        </message>
        <message>
            <source>A retired field is already called “{name}”: restore it instead.</source>
            <translation>Ein deaktiviertes Feld heißt bereits „{name}“: Reaktivieren Sie stattdessen dieses.</translation>
        </message>
        <message>
            <source>A sheet of “{name}” has more than {limit} rows, more than an Excel sheet can hold; it cannot be imported.</source>
            <translation>Ein Blatt von „{name}“ hat mehr als {limit} Zeilen, mehr als ein Excel-Blatt fassen kann; es kann nicht importiert werden.</translation>
        </message>
        <message>
            <source>A text of {length} characters does not fit in an Excel cell (at most {limit}); export as CSV instead.</source>
            <translation>Ein Text mit {length} Zeichen passt nicht in eine Excel-Zelle (höchstens {limit}); exportieren Sie stattdessen als CSV.</translation>
        </message>
        <message>
            <source>A view needs a name.</source>
            <translation>Eine Ansicht braucht einen Namen.</translation>
        </message>
        <message>
            <source>A view's name has at most {limit} characters.</source>
            <translation>Der Name einer Ansicht hat höchstens {limit} Zeichen.</translation>
        </message>
        <message>
            <source>Activities have no field “{field}”.</source>
            <translation>Aktivitäten haben kein Feld „{field}“.</translation>
        </message>
        <message>
            <source>Activities of the type “{name}” exist already; retire it instead.</source>
            <translation>Es gibt bereits Aktivitäten vom Typ „{name}“; deaktivieren Sie ihn stattdessen.</translation>
        </message>
        <message>
            <source>Activity types have no field “{field}”.</source>
            <translation>Aktivitätstypen haben kein Feld „{field}“.</translation>
        </message>
        <message>
            <source>An activity type with this key or id exists again.</source>
            <translation>Es gibt inzwischen wieder einen Aktivitätstyp mit diesem Schlüssel oder dieser ID.</translation>
        </message>
        <message>
            <source>An exchange rate must be a whole number of millionths.</source>
            <translation>Ein Wechselkurs muss eine ganze Zahl von Millionsteln sein.</translation>
        </message>
        <message>
            <source>An exchange rate must be greater than 0 and at most 1000.</source>
            <translation>Ein Wechselkurs muss größer als 0 und höchstens 1000 sein.</translation>
        </message>
        <message>
            <source>An option field needs at least one option.</source>
            <translation>Ein Auswahlfeld braucht mindestens eine Option.</translation>
        </message>
        <message>
            <source>Cannot create the folder {path}: {reason}.</source>
            <translation>Der Ordner {path} kann nicht angelegt werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: {exc}.</source>
            <translation>{path} kann nicht geöffnet werden: {exc}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write to {folder}: {reason}.</source>
            <translation>In {folder} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>Choose the column that holds “{field}”.</source>
            <translation>Wählen Sie die Spalte, die „{field}“ enthält.</translation>
        </message>
        <message>
            <source>Column {column} is mapped to “{field}”, which {kind} do not have.</source>
            <translation>Spalte {column} ist „{field}“ zugeordnet, einem Feld, das „{kind}“ nicht haben.</translation>
        </message>
        <message>
            <source>Deals have no field “{field}”.</source>
            <translation>Deals haben kein Feld „{field}“.</translation>
        </message>
        <message>
            <source>Its organization was deleted meanwhile.</source>
            <translation>Ihre Organisation wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>Line {line} of “{name}” cannot be read: {reason}.</source>
            <translation>Zeile {line} von „{name}“ kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>No column gives the {field}.</source>
            <translation>Keine Spalte liefert das Feld „{field}“.</translation>
        </message>
        <message>
            <source>No database file is open, so there is nothing to back up or restore.</source>
            <translation>Es ist keine Datenbankdatei geöffnet, daher gibt es nichts zu sichern oder wiederherzustellen.</translation>
        </message>
        <message>
            <source>Only a date field of organizations can be the renewal date.</source>
            <translation>Nur ein Datumsfeld von Organisationen kann das Verlängerungsdatum sein.</translation>
        </message>
        <message>
            <source>Organizations have no field “{field}”.</source>
            <translation>Organisationen haben kein Feld „{field}“.</translation>
        </message>
        <message>
            <source>People have no field “{field}”.</source>
            <translation>Kontakte haben kein Feld „{field}“.</translation>
        </message>
        <message>
            <source>Row {row} of “{name}” has a cell of {length} characters; no field takes more than {limit}.</source>
            <translation>Zeile {row} von „{name}“ hat eine Zelle mit {length} Zeichen; kein Feld nimmt mehr als {limit} auf.</translation>
        </message>
        <message>
            <source>Several organizations are named “{name}”; pick one from the list.</source>
            <translation>Mehrere Organisationen heißen „{name}“; wählen Sie eine aus der Liste.</translation>
        </message>
        <message>
            <source>Someone else changed {name} meanwhile, so your change was not saved. What is on screen now is the latest; make your change again if it still applies.</source>
            <translation>Jemand anderes hat {name} inzwischen geändert, daher wurde Ihre Änderung nicht gespeichert. Angezeigt wird jetzt der neueste Stand; nehmen Sie Ihre Änderung erneut vor, falls sie noch zutrifft.</translation>
        </message>
        <message>
            <source>Someone else changed {name} while you were editing it, so your changes were not saved. The dialog now shows the latest; make your changes again if they still apply.</source>
            <translation>Jemand anderes hat {name} geändert, während Sie es bearbeitet haben, daher wurden Ihre Änderungen nicht gespeichert. Der Dialog zeigt jetzt den neuesten Stand; nehmen Sie Ihre Änderungen erneut vor, falls sie noch zutreffen.</translation>
        </message>
        <message>
            <source>That view was deleted meanwhile.</source>
            <translation>Diese Ansicht wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>The amount is too large.</source>
            <translation>Der Betrag ist zu groß.</translation>
        </message>
        <message>
            <source>The backup to {path} could not be written: {exc}.</source>
            <translation>Die Sicherung nach {path} konnte nicht geschrieben werden: {exc}.</translation>
        </message>
        <message>
            <source>The copy did not pass its check, so no backup was kept: {problem}. The database itself may be damaged.</source>
            <translation>Die Kopie hat ihre Prüfung nicht bestanden, daher wurde keine Sicherung aufbewahrt: {problem}. Die Datenbank selbst ist möglicherweise beschädigt.</translation>
        </message>
        <message>
            <source>The copy of “{name}” is missing from the file store; please attach it again.</source>
            <translation>Die Kopie von „{name}“ fehlt im Dateispeicher; bitte hängen Sie die Datei erneut an.</translation>
        </message>
        <message>
            <source>The database already holds data; demo data is only added to an empty database unless forced.</source>
            <translation>Die Datenbank enthält bereits Daten; Demodaten werden nur einer leeren Datenbank hinzugefügt, sofern dies nicht erzwungen wird.</translation>
        </message>
        <message>
            <source>The database is busy with another change; nothing was saved. Please try again.</source>
            <translation>Die Datenbank ist mit einer anderen Änderung beschäftigt; es wurde nichts gespeichert. Bitte versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The deal belongs to another organization.</source>
            <translation>Der Deal gehört zu einer anderen Organisation.</translation>
        </message>
        <message>
            <source>The default currency's rate is always 1.</source>
            <translation>Der Kurs der Standardwährung ist immer 1.</translation>
        </message>
        <message>
            <source>The default duration must be between 0 and {limit} minutes.</source>
            <translation>Die Standarddauer muss zwischen 0 und {limit} Minuten liegen.</translation>
        </message>
        <message>
            <source>The default subject is too long ({length} characters; at most {limit}).</source>
            <translation>Der Standardbetreff ist zu lang ({length} Zeichen; höchstens {limit}).</translation>
        </message>
        <message>
            <source>The default subject must be text.</source>
            <translation>Der Standardbetreff muss Text sein.</translation>
        </message>
        <message>
            <source>The destination has no table {table}; it cannot take a copy.</source>
            <translation>Das Ziel hat keine Tabelle {table}; es kann keine Kopie aufnehmen.</translation>
        </message>
        <message>
            <source>The destination's table {table} has no column {columns}; it cannot take a copy.</source>
            <translation>Die Tabelle {table} des Ziels hat keine Spalte {columns}; es kann keine Kopie aufnehmen.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space on the disk that holds the database and try again.</source>
            <translation>Der Datenträger ist voll: Es wurde nichts gespeichert. Schaffen Sie Platz auf dem Datenträger mit der Datenbank und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full, so no backup could be taken and nothing was changed. Free some space and try again.</source>
            <translation>Der Datenträger mit {path} ist voll, daher konnte keine Sicherung erstellt werden, und nichts wurde geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full, so the database cannot be opened. Free some space and try again; the database was not changed.</source>
            <translation>Der Datenträger mit {path} ist voll, daher kann die Datenbank nicht geöffnet werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut; die Datenbank wurde nicht geändert.</translation>
        </message>
        <message>
            <source>The due date is not a date.</source>
            <translation>Das Fälligkeitsdatum ist kein Datum.</translation>
        </message>
        <message>
            <source>The due time is not a time of day.</source>
            <translation>Die Fälligkeitszeit ist keine Uhrzeit.</translation>
        </message>
        <message>
            <source>The duration must be between 0 and 31 days.</source>
            <translation>Die Dauer muss zwischen 0 und 31 Tagen liegen.</translation>
        </message>
        <message>
            <source>The end of the repetition is not a date.</source>
            <translation>Das Ende der Wiederholung ist kein Datum.</translation>
        </message>
        <message>
            <source>The expected close date is not a date.</source>
            <translation>Das erwartete Abschlussdatum ist kein Datum.</translation>
        </message>
        <message>
            <source>The export range must be given as dates.</source>
            <translation>Der Exportzeitraum muss als Datumsangaben angegeben werden.</translation>
        </message>
        <message>
            <source>The export range starts ({start}) after it ends ({end}).</source>
            <translation>Der Exportzeitraum beginnt ({start}) nach seinem Ende ({end}).</translation>
        </message>
        <message>
            <source>The field “{name}” already holds values; retire it instead.</source>
            <translation>Das Feld „{name}“ enthält bereits Werte; deaktivieren Sie es stattdessen.</translation>
        </message>
        <message>
            <source>The field “{name}” has no options.</source>
            <translation>Das Feld „{name}“ hat keine Optionen.</translation>
        </message>
        <message>
            <source>The file name must be text.</source>
            <translation>Der Dateiname muss Text sein.</translation>
        </message>
        <message>
            <source>The file store {folder} cannot be written to: {reason}.</source>
            <translation>In den Dateispeicher {folder} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>The file “{name}” cannot be read: {reason}.</source>
            <translation>Die Datei „{name}“ kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>The file “{name}” does not exist.</source>
            <translation>Die Datei „{name}“ existiert nicht.</translation>
        </message>
        <message>
            <source>The file “{name}” has no header row.</source>
            <translation>Die Datei „{name}“ hat keine Kopfzeile.</translation>
        </message>
        <message>
            <source>The file “{name}” is empty.</source>
            <translation>Die Datei „{name}“ ist leer.</translation>
        </message>
        <message>
            <source>The first sheet of “{name}” is empty.</source>
            <translation>Das erste Blatt von „{name}“ ist leer.</translation>
        </message>
        <message>
            <source>The follow-up delay must be empty or between 1 and {limit} days.</source>
            <translation>Der Abstand bis zur Nachverfolgung muss leer sein oder zwischen 1 und {limit} Tagen liegen.</translation>
        </message>
        <message>
            <source>The icon must be the file name of an SVG image.</source>
            <translation>Das Symbol muss der Dateiname eines SVG-Bildes sein.</translation>
        </message>
        <message>
            <source>The note must not be empty.</source>
            <translation>Die Notiz darf nicht leer sein.</translation>
        </message>
        <message>
            <source>The number of organizations must be at least 1.</source>
            <translation>Die Anzahl der Organisationen muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>The option “{option}” cannot be removed: one record uses it. Choose another value for it first.</source>
            <translation>Die Option „{option}“ kann nicht entfernt werden: Ein Datensatz verwendet sie. Wählen Sie dort zuerst einen anderen Wert.</translation>
        </message>
        <message>
            <source>The option “{option}” cannot be removed: {count} records use it. Choose another value for them first.</source>
            <translation>Die Option „{option}“ kann nicht entfernt werden: {count} Datensätze verwenden sie. Wählen Sie dort zuerst einen anderen Wert.</translation>
        </message>
        <message>
            <source>The option “{option}” is listed twice.</source>
            <translation>Die Option „{option}“ ist doppelt aufgeführt.</translation>
        </message>
        <message>
            <source>The repetition ends ({until}) before the activity is due ({due}).</source>
            <translation>Die Wiederholung endet ({until}), bevor die Aktivität fällig ist ({due}).</translation>
        </message>
        <message>
            <source>The repetition interval must be a whole number from 1 to {limit}.</source>
            <translation>Das Wiederholungsintervall muss eine ganze Zahl von 1 bis {limit} sein.</translation>
        </message>
        <message>
            <source>The repetition is not a repetition rule.</source>
            <translation>Die Wiederholung ist keine Wiederholungsregel.</translation>
        </message>
        <message>
            <source>The repetition must end on or after the first date.</source>
            <translation>Die Wiederholung muss am ersten Datum oder danach enden.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is damaged; please attach the file again.</source>
            <translation>Die gespeicherte Kopie von „{name}“ ist beschädigt; bitte hängen Sie die Datei erneut an.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is missing; please attach the file again.</source>
            <translation>Die gespeicherte Kopie von „{name}“ fehlt; bitte hängen Sie die Datei erneut an.</translation>
        </message>
        <message>
            <source>The tables {tables} refer to each other; they cannot be copied in order.</source>
            <translation>Die Tabellen {tables} verweisen aufeinander; sie können nicht der Reihe nach kopiert werden.</translation>
        </message>
        <message>
            <source>The team database cannot be reached: nothing was saved. Changes can be saved again once the connection is back.</source>
            <translation>Die Team-Datenbank ist nicht erreichbar: Es wurde nichts gespeichert. Änderungen können wieder gespeichert werden, sobald die Verbindung zurück ist.</translation>
        </message>
        <message>
            <source>The team database {url} cannot be reached: {reason}.</source>
            <translation>Die Team-Datenbank {url} ist nicht erreichbar: {reason}.</translation>
        </message>
        <message>
            <source>The text has bytes that are not valid UTF-8.</source>
            <translation>Der Text enthält Bytes, die kein gültiges UTF-8 sind.</translation>
        </message>
        <message>
            <source>The workbook “{name}” has no sheet.</source>
            <translation>Die Arbeitsmappe „{name}“ hat kein Blatt.</translation>
        </message>
        <message>
            <source>The {field} is missing.</source>
            <translation>Das Feld „{field}“ fehlt.</translation>
        </message>
        <message>
            <source>The {table} table is too damaged to find its last record; check the database and restore it from a backup.</source>
            <translation>Die Tabelle {table} ist zu stark beschädigt, um ihren letzten Datensatz zu finden; prüfen Sie die Datenbank und stellen Sie sie aus einer Sicherung wieder her.</translation>
        </message>
        <message>
            <source>The {what} are too long ({length} characters; at most {limit}).</source>
            <translation>„{what}“ ist zu lang ({length} Zeichen; höchstens {limit}).</translation>
        </message>
        <message>
            <source>The {what} is too long ({length} characters; at most {limit}).</source>
            <translation>„{what}“ ist zu lang ({length} Zeichen; höchstens {limit}).</translation>
        </message>
        <message>
            <source>The {what} must be text.</source>
            <translation>„{what}“ muss Text sein.</translation>
        </message>
        <message>
            <source>The {what} must not be empty.</source>
            <translation>„{what}“ darf nicht leer sein.</translation>
        </message>
        <message>
            <source>There is already a field called “{name}”.</source>
            <translation>Es gibt bereits ein Feld namens „{name}“.</translation>
        </message>
        <message>
            <source>There is already an activity type called “{name}”.</source>
            <translation>Es gibt bereits einen Aktivitätstyp namens „{name}“.</translation>
        </message>
        <message>
            <source>There is no accountmgr database at {path}.</source>
            <translation>Unter {path} gibt es keine accountmgr-Datenbank.</translation>
        </message>
        <message>
            <source>There is no activity type to give the activity.</source>
            <translation>Es gibt keinen Aktivitätstyp für die Aktivität.</translation>
        </message>
        <message>
            <source>There is no deal “{title}”.</source>
            <translation>Es gibt keinen Deal „{title}“.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Es gibt keine Datei {path}.</translation>
        </message>
        <message>
            <source>There is no organization named “{name}”.</source>
            <translation>Es gibt keine Organisation namens „{name}“.</translation>
        </message>
        <message>
            <source>There is no organization with id {id}.</source>
            <translation>Es gibt keine Organisation mit der ID {id}.</translation>
        </message>
        <message>
            <source>There is no organization “{name}”.</source>
            <translation>Es gibt keine Organisation „{name}“.</translation>
        </message>
        <message>
            <source>There is no person “{name}”.</source>
            <translation>Es gibt keinen Kontakt „{name}“.</translation>
        </message>
        <message>
            <source>There is no user with id {id}.</source>
            <translation>Es gibt keinen Benutzer mit der ID {id}.</translation>
        </message>
        <message>
            <source>There is no user “{name}”.</source>
            <translation>Es gibt keinen Benutzer „{name}“.</translation>
        </message>
        <message>
            <source>There is no user “{value}”.</source>
            <translation>Es gibt keinen Benutzer „{value}“.</translation>
        </message>
        <message>
            <source>There is no {what} with id {id}.</source>
            <translation>Es gibt keinen Datensatz „{what}“ mit der ID {id}.</translation>
        </message>
        <message>
            <source>This organization exists already.</source>
            <translation>Diese Organisation existiert bereits.</translation>
        </message>
        <message>
            <source>This record exists already.</source>
            <translation>Dieser Datensatz existiert bereits.</translation>
        </message>
        <message>
            <source>Two columns are mapped to “{field}”.</source>
            <translation>Zwei Spalten sind „{field}“ zugeordnet.</translation>
        </message>
        <message>
            <source>Unknown column “{key}”.</source>
            <translation>Unbekannte Spalte „{key}“.</translation>
        </message>
        <message>
            <source>{backup} could not be put in place of {path}: {exc}.</source>
            <translation>{backup} konnte nicht an die Stelle von {path} gesetzt werden: {exc}.</translation>
        </message>
        <message>
            <source>{code} has no exchange rate yet: give it one before making it the default currency.</source>
            <translation>{code} hat noch keinen Wechselkurs: Geben Sie ihr einen, bevor Sie sie zur Standardwährung machen.</translation>
        </message>
        <message>
            <source>{count} rows do not fit on an Excel sheet (at most {limit}); export as CSV instead.</source>
            <translation>{count} Zeilen passen nicht auf ein Excel-Blatt (höchstens {limit}); exportieren Sie stattdessen als CSV.</translation>
        </message>
        <message>
            <source>{name} lies beside {path}; choose another file name.</source>
            <translation>{name} liegt neben {path}; wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>{path} already exists; copy needs a new file (or an empty team database).</source>
            <translation>{path} ist bereits vorhanden; zum Kopieren wird eine neue Datei (oder eine leere Team-Datenbank) benötigt.</translation>
        </message>
        <message>
            <source>{path} could not be restored ({exc}); your data was left as it was.</source>
            <translation>{path} konnte nicht wiederhergestellt werden ({exc}); Ihre Daten blieben unverändert.</translation>
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation>{path} konnte nicht auf diese Version aktualisiert werden ({exc}); die Datei blieb unverändert.</translation>
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); your data was left as it was.</source>
            <translation>{path} konnte nicht auf diese Version aktualisiert werden ({exc}); Ihre Daten blieben unverändert.</translation>
        </message>
        <message>
            <source>{path} is a database of another application, not an accountmgr backup.</source>
            <translation>{path} ist eine Datenbank einer anderen Anwendung, keine accountmgr-Sicherung.</translation>
        </message>
        <message>
            <source>{path} is a database of another application, not of accountmgr.</source>
            <translation>{path} ist eine Datenbank einer anderen Anwendung, nicht von accountmgr.</translation>
        </message>
        <message>
            <source>{path} is an empty SQLite file, not an accountmgr database.</source>
            <translation>{path} ist eine leere SQLite-Datei, keine accountmgr-Datenbank.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be opened: {exc}.</source>
            <translation>{path} ist beschädigt und kann nicht geöffnet werden: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be read: {exc}.</source>
            <translation>{path} ist beschädigt und kann nicht gelesen werden: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be updated: {exc}.</source>
            <translation>{path} ist beschädigt und kann nicht aktualisiert werden: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}.</source>
            <translation>{path} ist beschädigt: {problem}.</translation>
        </message>
        <message>
            <source>{path} is not a database, so it is no accountmgr backup.</source>
            <translation>{path} ist keine Datenbank und daher keine accountmgr-Sicherung.</translation>
        </message>
        <message>
            <source>{path} is not a file.</source>
            <translation>{path} ist keine Datei.</translation>
        </message>
        <message>
            <source>{path} is not a regular file.</source>
            <translation>{path} ist keine reguläre Datei.</translation>
        </message>
        <message>
            <source>{path} is not an accountmgr database.</source>
            <translation>{path} ist keine accountmgr-Datenbank.</translation>
        </message>
        <message>
            <source>{path} is open; restore a backup into it with restore().</source>
            <translation>{path} ist geöffnet; stellen Sie eine Sicherung darin mit restore() wieder her.</translation>
        </message>
        <message>
            <source>{path} is the database accountmgr has open; choose another file name.</source>
            <translation>{path} ist die Datenbank, die accountmgr geöffnet hat; wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>{path} is the open database itself, not a backup of it.</source>
            <translation>{path} ist die geöffnete Datenbank selbst, keine Sicherung davon.</translation>
        </message>
        <message>
            <source>{path} is the open database itself; choose another file name.</source>
            <translation>{path} ist die geöffnete Datenbank selbst; wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>{path} is the source itself; copy it into another database.</source>
            <translation>{path} ist die Quelle selbst; kopieren Sie sie in eine andere Datenbank.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application to use it.</source>
            <translation>{path} wurde von einer neueren Version von accountmgr geschrieben (Schema {version}; diese Version kennt bis {latest}). Bitte aktualisieren Sie die Anwendung, um sie zu verwenden.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application; the file was left untouched.</source>
            <translation>{path} wurde von einer neueren Version von accountmgr geschrieben (Schema {version}; diese Version kennt bis {latest}). Bitte aktualisieren Sie die Anwendung; die Datei blieb unverändert.</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>{url} already holds other tables ({tables}): accountmgr needs an empty database of its own.</source>
            <translation>{url} enthält bereits andere Tabellen ({tables}): accountmgr braucht eine eigene, leere Datenbank.</translation>
        </message>
        <message>
            <source>{url} already holds records ({tables}); copy needs an empty team database.</source>
            <translation>{url} enthält bereits Datensätze ({tables}); zum Kopieren wird eine leere Team-Datenbank benötigt.</translation>
        </message>
        <message>
            <source>{url} could not be prepared: {reason}. The database's owner (or a superuser) can run: CREATE EXTENSION pg_trgm;</source>
            <translation>{url} konnte nicht vorbereitet werden: {reason}. Der Eigentümer der Datenbank (oder ein Superuser) kann Folgendes ausführen: CREATE EXTENSION pg_trgm;</translation>
        </message>
        <message>
            <source>{url} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation>{url} konnte nicht auf diese Version aktualisiert werden ({exc}); sie blieb, wie sie war.</translation>
        </message>
        <message>
            <source>{url} is a database of another application, not of accountmgr.</source>
            <translation>{url} ist eine Datenbank einer anderen Anwendung, nicht von accountmgr.</translation>
        </message>
        <message>
            <source>{url} is not an accountmgr team database. To make an empty PostgreSQL database one, run: accountmgr init-server {url}</source>
            <translation>{url} ist keine accountmgr-Team-Datenbank. Um eine leere PostgreSQL-Datenbank dazu zu machen, führen Sie aus: accountmgr init-server {url}</translation>
        </message>
        <message>
            <source>{url} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application.</source>
            <translation>{url} wurde von einer neueren Version von accountmgr geschrieben (Schema {version}; diese Version kennt bis {latest}). Bitte aktualisieren Sie die Anwendung.</translation>
        </message>
        <message>
            <source>“{choice}” is not a way to handle duplicates.</source>
            <translation>„{choice}“ ist keine gültige Behandlung von Duplikaten.</translation>
        </message>
        <message>
            <source>“{code}” is not a known currency.</source>
            <translation>„{code}“ ist keine bekannte Währung.</translation>
        </message>
        <message>
            <source>“{code}” is not a two-letter country code.</source>
            <translation>„{code}“ ist kein zweistelliger Ländercode.</translation>
        </message>
        <message>
            <source>“{color}” is not a colour like #2e7d32.</source>
            <translation>„{color}“ ist keine Farbe wie #2e7d32.</translation>
        </message>
        <message>
            <source>“{delimiter}” cannot separate the cells of a CSV file.</source>
            <translation>„{delimiter}“ kann die Zellen einer CSV-Datei nicht trennen.</translation>
        </message>
        <message>
            <source>“{entity}” has no custom fields.</source>
            <translation>„{entity}“ hat keine benutzerdefinierten Felder.</translation>
        </message>
        <message>
            <source>“{field}” can only be changed one occurrence at a time.</source>
            <translation>„{field}“ kann nur für jeweils einen Termin geändert werden.</translation>
        </message>
        <message>
            <source>“{format}” is not an export format (csv or xlsx).</source>
            <translation>„{format}“ ist kein Exportformat (csv oder xlsx).</translation>
        </message>
        <message>
            <source>“{icon}” is not the file name of an SVG image (like “call.svg”).</source>
            <translation>„{icon}“ ist nicht der Dateiname eines SVG-Bildes (wie „call.svg“).</translation>
        </message>
        <message>
            <source>“{key}” is not a field of {kind}.</source>
            <translation>„{key}“ ist kein Feld von „{kind}“.</translation>
        </message>
        <message>
            <source>“{key}” is not an activity type.</source>
            <translation>„{key}“ ist kein Aktivitätstyp.</translation>
        </message>
        <message>
            <source>“{kind}” is not something that can be exported.</source>
            <translation>„{kind}“ kann nicht exportiert werden.</translation>
        </message>
        <message>
            <source>“{kind}” is not something that can be imported.</source>
            <translation>„{kind}“ kann nicht importiert werden.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened.</source>
            <translation>„{name}“ kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}</source>
            <translation>„{name}“ kann nicht geöffnet werden: {reason}</translation>
        </message>
        <message>
            <source>“{name}” cannot be put back: its organization no longer exists.</source>
            <translation>„{name}“ kann nicht zurückgeholt werden: Die zugehörige Organisation existiert nicht mehr.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: permission denied.</source>
            <translation>„{name}“ kann nicht gelesen werden: Zugriff verweigert.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>„{name}“ kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” could not be copied into the file store: {reason}.</source>
            <translation>„{name}“ konnte nicht in den Dateispeicher kopiert werden: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” does not exist (any more).</source>
            <translation>„{name}“ existiert nicht (mehr).</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a file.</source>
            <translation>„{name}“ ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <source>“{name}” is an old Excel file (.xls): save it as .xlsx or CSV first.</source>
            <translation>„{name}“ ist eine alte Excel-Datei (.xls): Speichern Sie sie zuerst als .xlsx oder CSV.</translation>
        </message>
        <message>
            <source>“{name}” is attached already.</source>
            <translation>„{name}“ ist bereits angehängt.</translation>
        </message>
        <message>
            <source>“{name}” is not a readable Excel file ({reason}).</source>
            <translation>„{name}“ ist keine lesbare Excel-Datei ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (it may be a device or a pipe) and cannot be attached.</source>
            <translation>„{name}“ ist keine reguläre Datei (vielleicht ein Gerät oder eine Pipe) und kann nicht angehängt werden.</translation>
        </message>
        <message>
            <source>“{name}” is not a text (CSV) file: line {line} holds a NUL byte.</source>
            <translation>„{name}“ ist keine Textdatei (CSV): Zeile {line} enthält ein NUL-Byte.</translation>
        </message>
        <message>
            <source>“{name}” is not a text file in a known encoding.</source>
            <translation>„{name}“ ist keine Textdatei in einer bekannten Kodierung.</translation>
        </message>
        <message>
            <source>“{name}” is not a valid Excel file.</source>
            <translation>„{name}“ ist keine gültige Excel-Datei.</translation>
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be attached. To keep a copy of it, use File ▸ Back up now.</source>
            <translation>„{name}“ ist die Datenbank, die accountmgr geöffnet hat; sie kann nicht angehängt werden. Um eine Kopie davon aufzubewahren, verwenden Sie Datei ▸ Jetzt sichern.</translation>
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be imported.</source>
            <translation>„{name}“ ist die Datenbank, die accountmgr geöffnet hat; sie kann nicht importiert werden.</translation>
        </message>
        <message>
            <source>“{name}” is the last active activity type; at least one must stay active.</source>
            <translation>„{name}“ ist der letzte aktive Aktivitätstyp; mindestens einer muss aktiv bleiben.</translation>
        </message>
        <message>
            <source>“{name}” is too large to attach (at most {limit} GiB).</source>
            <translation>„{name}“ ist zu groß zum Anhängen (höchstens {limit} GiB).</translation>
        </message>
        <message>
            <source>“{name}” is too large to attach to a team database (at most {limit} MiB).</source>
            <translation>„{name}“ ist zu groß zum Anhängen an eine Team-Datenbank (höchstens {limit} MiB).</translation>
        </message>
        <message>
            <source>“{name}” unpacks to {size} MB, more than the {limit} MB an Excel file may have to be imported; save it as CSV and import that.</source>
            <translation>„{name}“ ist entpackt {size} MB groß, mehr als die {limit} MB, die eine Excel-Datei für den Import haben darf; speichern Sie sie als CSV und importieren Sie diese.</translation>
        </message>
        <message>
            <source>“{name}” was not copied into the file store.</source>
            <translation>„{name}“ wurde nicht in den Dateispeicher kopiert.</translation>
        </message>
        <message>
            <source>“{point}” cannot be the decimal point of a CSV file separated by “{delimiter}”.</source>
            <translation>„{point}“ kann nicht das Dezimalzeichen einer CSV-Datei sein, die durch „{delimiter}“ getrennt ist.</translation>
        </message>
        <message>
            <source>“{status}” is not a deal status.</source>
            <translation>„{status}“ ist kein Deal-Status.</translation>
        </message>
        <message>
            <source>“{text}” cannot be read.</source>
            <translation>„{text}“ kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>“{text}” has more decimals than the currency allows ({exponent}).</source>
            <translation>„{text}“ hat mehr Nachkommastellen, als die Währung erlaubt ({exponent}).</translation>
        </message>
        <message>
            <source>“{text}” is in {named} but the currency column says {column}.</source>
            <translation>„{text}“ ist in {named} angegeben, laut Währungsspalte aber in {column}.</translation>
        </message>
        <message>
            <source>“{text}” is neither yes nor no.</source>
            <translation>„{text}“ ist weder Ja noch Nein.</translation>
        </message>
        <message>
            <source>“{text}” is not a date and time.</source>
            <translation>„{text}“ ist kein Datum mit Uhrzeit.</translation>
        </message>
        <message>
            <source>“{text}” is not a date.</source>
            <translation>„{text}“ ist kein Datum.</translation>
        </message>
        <message>
            <source>“{text}” is not a deal status (open, won or lost).</source>
            <translation>„{text}“ ist kein Deal-Status (offen, gewonnen oder verloren).</translation>
        </message>
        <message>
            <source>“{text}” is not a duration in minutes (at most 31 days).</source>
            <translation>„{text}“ ist keine Dauer in Minuten (höchstens 31 Tage).</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>„{text}“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number.</source>
            <translation>„{text}“ ist keine Telefonnummer.</translation>
        </message>
        <message>
            <source>“{text}” is not a time of day.</source>
            <translation>„{text}“ ist keine Uhrzeit.</translation>
        </message>
        <message>
            <source>“{text}” is not a valid date.</source>
            <translation>„{text}“ ist kein gültiges Datum.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>„{text}“ ist kein Betrag.</translation>
        </message>
        <message>
            <source>“{text}” is not an email address.</source>
            <translation>„{text}“ ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>“{type}” is not a field type.</source>
            <translation>„{type}“ ist kein Feldtyp.</translation>
        </message>
        <message>
            <source>“{unit}” is not a repetition unit; use day, week or month.</source>
            <translation>„{unit}“ ist keine Wiederholungseinheit; verwenden Sie day, week oder month.</translation>
        </message>
        <message>
            <source>“{url}” is not a team database address: write postgresql://user@host:5432/database.</source>
            <translation>„{url}“ ist keine Adresse einer Team-Datenbank: Schreiben Sie postgresql://benutzer@host:5432/datenbank.</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>„{value}“ ist kein Datum (JJJJ-MM-TT).</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>„{value}“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>“{value}” is not a number: write it with a decimal point.</source>
            <translation>„{value}“ ist keine Zahl: Schreiben Sie sie mit Dezimalpunkt.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid phone number.</source>
            <translation>„{value}“ ist keine gültige Telefonnummer.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid {what}.</source>
            <translation>„{value}“ ist kein gültiger Wert für „{what}“.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the options of “{field}”.</source>
            <translation>„{value}“ ist keine der Optionen von „{field}“.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the options.</source>
            <translation>„{value}“ ist keine der Optionen.</translation>
        </message>
    </context>
    <context>
        <name>FieldDefinitionsModel</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Langer Text</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <source>Monetary</source>
            <translation>Geldbetrag</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Single option</source>
            <translation>Einfachauswahl</translation>
        </message>
        <message>
            <source>Multiple options</source>
            <translation>Mehrfachauswahl</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Hidden everywhere; its values are kept. Restore it to show it again.</source>
            <translation>Überall ausgeblendet; seine Werte bleiben erhalten. Reaktivieren Sie es, um es wieder anzuzeigen.</translation>
        </message>
    </context>
    <context>
        <name>FieldDelegate</name>
        <message>
            <source>Ctrl+Enter saves; Enter starts a new line.</source>
            <translation>Strg+Eingabe speichert; Eingabe beginnt eine neue Zeile.</translation>
        </message>
        <message>
            <source>Space ticks an option; Enter saves.</source>
            <translation>Leertaste hakt eine Option an; Eingabe speichert.</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Niemand</translation>
        </message>
        <message>
            <source>“%1” is not a number. Write it like %2.</source>
            <translation>„%1“ ist keine Zahl. Schreiben Sie sie etwa so: %2.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <source>One option per line</source>
            <translation>Eine Option pro Zeile</translation>
        </message>
        <message>
            <source>&amp;Options:
(one per line)</source>
            <translation>&amp;Optionen:
(eine pro Zeile)</translation>
        </message>
        <message>
            <source>For example: Contract number</source>
            <translation>Zum Beispiel: Vertragsnummer</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Typ:</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>%1 file</source>
            <translation>%1-Datei</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>That file is the database accountmgr has open. Choose another name.</source>
            <translation>Diese Datei ist die Datenbank, die accountmgr geöffnet hat. Wählen Sie einen anderen Namen.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Datei auswählen</translation>
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV file or an Excel workbook (.xlsx). Nothing is written before the last step.</source>
            <translation>Importieren Sie Organisationen, Kontakte, Deals, Aktivitäten oder Notizen aus einer CSV-Datei oder einer Excel-Arbeitsmappe (.xlsx). Erst im letzten Schritt wird etwas geschrieben.</translation>
        </message>
        <message>
            <source>Import from a file</source>
            <translation>Aus Datei importieren</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Tabellen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation>Die Datei hat keine Zeilen unter der Kopfzeile.</translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>Spalten: %1</translation>
        </message>
        <message>
            <source>%1 · Excel workbook, first sheet</source>
            <translation>%1 · Excel-Arbeitsmappe, erstes Blatt</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>Komma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>Semikolon</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>Senkrechter Strich</translation>
        </message>
        <message>
            <source>%1 · Text encoding: %2 · Separator: %3</source>
            <translation>%1 · Textkodierung: %2 · Trennzeichen: %3</translation>
        </message>
    </context>
    <context>
        <name>FilesModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Betrifft</translation>
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>Erstellt am</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Done time</source>
            <translation>Erledigt am</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>Due time</source>
            <translation>Fälligkeitszeit</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Erwartetes Abschlussdatum</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Verlustgrund</translation>
        </message>
        <message>
            <source>Lost time</source>
            <translation>Verloren am</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Angeheftet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Won time</source>
            <translation>Gewonnen am</translation>
        </message>
    </context>
    <context>
        <name>ImportFilePage</name>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Noch keine Datei ausgewählt</translation>
        </message>
        <message>
            <source>Choose a CSV file or an Excel workbook (.xlsx)</source>
            <translation>Wählen Sie eine CSV-Datei oder eine Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <source>The file &amp;holds:</source>
            <translation>Die Datei &amp;enthält:</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>&amp;Dates are written:</source>
            <translation>Datums&amp;format:</translation>
        </message>
        <message>
            <source>How to read dates such as 03/04/2026, which could be either</source>
            <translation>Wie mehrdeutige Datumsangaben wie 03/04/2026 gelesen werden</translation>
        </message>
        <message>
            <source>Day first (31/12/2026)</source>
            <translation>Tag zuerst (31/12/2026)</translation>
        </message>
        <message>
            <source>Month first (12/31/2026)</source>
            <translation>Monat zuerst (12/31/2026)</translation>
        </message>
        <message>
            <source>When a record &amp;exists already:</source>
            <translation>Wenn ein Datensatz &amp;bereits existiert:</translation>
        </message>
        <message>
            <source>Skip the row</source>
            <translation>Zeile überspringen</translation>
        </message>
        <message>
            <source>Update the record with the row's values</source>
            <translation>Datensatz mit den Werten der Zeile aktualisieren</translation>
        </message>
        <message>
            <source>Create another record anyway</source>
            <translation>Trotzdem einen weiteren Datensatz anlegen</translation>
        </message>
        <message>
            <source>Create the organizations, people and deals the rows &amp;name that do not exist yet</source>
            <translation>Fehlende Organisationen, Kontakte und Deals der Zeilen an&amp;legen</translation>
        </message>
        <message>
            <source>Otherwise a row that names one that does not exist is not imported, and the report says why</source>
            <translation>Sonst wird eine Zeile, die einen nicht vorhandenen Eintrag nennt, nicht importiert, und der Bericht nennt den Grund</translation>
        </message>
    </context>
    <context>
        <name>ImportModels</name>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gewonnen</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Verloren</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Spalte %1</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Erste Werte</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <source>This column is left out</source>
            <translation>Diese Spalte wird ausgelassen</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>Nicht importieren</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (Pflichtfeld)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>This row will be skipped and reported:</source>
            <translation>Diese Zeile wird übersprungen und gemeldet:</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>The line (or sheet row) in the file</source>
            <translation>Die Zeile (oder Tabellenzeile) in der Datei</translation>
        </message>
        <message>
            <source>day first</source>
            <translation>Tag zuerst</translation>
        </message>
        <message>
            <source>month first</source>
            <translation>Monat zuerst</translation>
        </message>
        <message>
            <source>“%1” could be read day first or month first; it is read %2. The first page says which.</source>
            <translation>„%1“ kann mit Tag oder Monat zuerst gelesen werden; gelesen wird: %2. Das legt die erste Seite fest.</translation>
        </message>
        <message>
            <source>From the column “%1”</source>
            <translation>Aus der Spalte „%1“</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Die Datei kann nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>ImportReportPage</name>
        <message>
            <source>Created:</source>
            <translation>Angelegt:</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>Aktualisiert:</translation>
        </message>
        <message>
            <source>Skipped (already there):</source>
            <translation>Übersprungen (bereits vorhanden):</translation>
        </message>
        <message>
            <source>Created because rows named them:</source>
            <translation>Angelegt, weil Zeilen sie nennen:</translation>
        </message>
        <message>
            <source>Organizations, people and deals that rows named and that did not exist yet</source>
            <translation>Organisationen, Kontakte und Deals, die Zeilen nannten und die noch nicht existierten</translation>
        </message>
        <message>
            <source>Not imported:</source>
            <translation>Nicht importiert:</translation>
        </message>
        <message>
            <source>Save the counts and the rows not imported, with their reasons, as a CSV file</source>
            <translation>Die Anzahlen und die nicht importierten Zeilen mit ihren Gründen als CSV-Datei speichern</translation>
        </message>
        <message>
            <source>&amp;Save report…</source>
            <translation>Bericht &amp;speichern…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Schritt %1 von %2</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import läuft…</translation>
        </message>
        <message>
            <source>Importing… %1 of about %2 rows read</source>
            <translation>Import läuft… %1 von etwa %2 Zeilen gelesen</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>KanbanModel</name>
        <message>
            <source>%1, next: %2 on %3 (%4)</source>
            <translation>%1, als Nächstes: %2 am %3 (%4)</translation>
        </message>
        <message>
            <source>%1, nothing planned</source>
            <translation>%1, nichts geplant</translation>
        </message>
    </context>
    <context>
        <name>KanbanTab</name>
        <message>
            <source>No activity</source>
            <translation>Keine Aktivität</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Morgen</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Nächste Woche</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n Account</numerusform>
                <numerusform>%n Accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark next activity &amp;done</source>
            <translation>Nächste Aktivität &amp;erledigt</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Schedule for</source>
            <translation>&amp;Planen für</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Sprache…</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Systemsprache (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Language of accountmgr:</source>
            <translation>Sprache von accountmgr:</translation>
        </message>
        <message>
            <source>accountmgr speaks the chosen language from its next start. Restart now?</source>
            <translation>accountmgr verwendet die gewählte Sprache ab dem nächsten Start. Jetzt neu starten?</translation>
        </message>
    </context>
    <context>
        <name>LinkPersonDialog</name>
        <message>
            <source>Link a person to %1</source>
            <translation>Kontakt mit %1 verknüpfen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>%1 (now at %2)</source>
            <translation>%1 (jetzt bei %2)</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Show every account: no search, no filter</source>
            <translation>Alle Accounts zeigen: keine Suche, kein Filter</translation>
        </message>
        <message>
            <source>Owner filter</source>
            <translation>Inhaberfilter</translation>
        </message>
        <message>
            <source>Label filter</source>
            <translation>Labelfilter</translation>
        </message>
        <message>
            <source>Next activity filter</source>
            <translation>Filter nächste Aktivität</translation>
        </message>
        <message>
            <source>Contacted or not</source>
            <translation>Kontaktiert oder nicht</translation>
        </message>
        <message>
            <source>Not contacted in days</source>
            <translation>Tage ohne Kontakt</translation>
        </message>
        <message>
            <source>Contacted lately filter</source>
            <translation>Filter letzter Kontakt</translation>
        </message>
        <message>
            <source>Any last contact</source>
            <translation>Letzter Kontakt: alle</translation>
        </message>
        <message>
            <source>Contacted in 30 days</source>
            <translation>Binnen 30 Tagen kontaktiert</translation>
        </message>
        <message>
            <source>Contacted in 90 days</source>
            <translation>Binnen 90 Tagen kontaktiert</translation>
        </message>
        <message>
            <source>Accounts only</source>
            <translation>Nur Accounts</translation>
        </message>
        <message>
            <source>Uncheck to list every organization, also those without a won deal</source>
            <translation>Haken entfernen, um alle Organisationen aufzulisten, auch solche ohne gewonnenen Deal</translation>
        </message>
        <message>
            <source>Show the accounts of the other filters again</source>
            <translation>Wieder die Accounts der übrigen Filter zeigen</translation>
        </message>
        <message>
            <source>Show the accounts of one owner</source>
            <translation>Die Accounts eines Inhabers anzeigen</translation>
        </message>
        <message>
            <source>Show the accounts with one label</source>
            <translation>Die Accounts mit einem bestimmten Label anzeigen</translation>
        </message>
        <message>
            <source>Show the accounts by the date of their next activity</source>
            <translation>Die Accounts nach dem Datum ihrer nächsten Aktivität anzeigen</translation>
        </message>
        <message>
            <source>Show the accounts nobody contacted lately</source>
            <translation>Die Accounts anzeigen, die länger niemand kontaktiert hat</translation>
        </message>
        <message>
            <source>Show the accounts someone contacted lately</source>
            <translation>Die Accounts anzeigen, die kürzlich kontaktiert wurden</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Alle Inhaber</translation>
        </message>
        <message>
            <source>My accounts</source>
            <translation>Meine Accounts</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Kein Inhaber</translation>
        </message>
        <message>
            <source>All labels</source>
            <translation>Alle Labels</translation>
        </message>
        <message>
            <source>Any next activity</source>
            <translation>Nächste Aktivität: alle</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n accounts)</source>
            <translation>
                <numerusform>%1 (%n Account)</numerusform>
                <numerusform>%1 (%n Accounts)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Renewal in the next %n days</source>
            <translation>
                <numerusform>Verlängerung am nächsten %n Tag</numerusform>
                <numerusform>Verlängerung in den nächsten %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Move column left</source>
            <translation>Spalte nach links</translation>
        </message>
        <message>
            <source>Move column right</source>
            <translation>Spalte nach rechts</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>Spalten zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Accounts — accountmgr</source>
            <translation>Accounts – accountmgr</translation>
        </message>
        <message>
            <source>The team database cannot be reached. Changes are not saved until it is back; the connection is tried again every few seconds.</source>
            <translation>Die Team-Datenbank ist nicht erreichbar. Änderungen werden nicht gespeichert, bis sie wieder da ist; die Verbindung wird alle paar Sekunden erneut versucht.</translation>
        </message>
        <message>
            <source>The team database can be reached again.</source>
            <translation>Die Team-Datenbank ist wieder erreichbar.</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Wiederholt: %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Rückgängig gemacht: %1</translation>
        </message>
        <message>
            <source>Select an account first: the activity is scheduled for it.</source>
            <translation>Wählen Sie zuerst einen Account aus: Die Aktivität wird für ihn geplant.</translation>
        </message>
        <message>
            <source>&amp;Reminders</source>
            <translation>&amp;Erinnerungen</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Liste</translation>
        </message>
        <message>
            <source>&amp;Kanban</source>
            <translation>&amp;Kanban</translation>
        </message>
        <message>
            <source>Ove&amp;rview</source>
            <translation>Übe&amp;rsicht</translation>
        </message>
        <message>
            <source>Who is planned and who is forgotten, across every account</source>
            <translation>Wer eingeplant ist und wer vergessen wurde, über alle Accounts</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Export &amp;data</source>
            <translation>Daten e&amp;xportieren</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptsymbolleiste</translation>
        </message>
        <message>
            <source>+ &amp;Organization</source>
            <translation>+ &amp;Organisation</translation>
        </message>
        <message>
            <source>New organization (Ctrl+N)</source>
            <translation>Neue Organisation (Strg+N)</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>+ &amp;Activity</source>
            <translation>+ &amp;Aktivität</translation>
        </message>
        <message>
            <source>Schedule an activity for the selected account (Ctrl+Shift+A)</source>
            <translation>Eine Aktivität für den ausgewählten Account planen (Strg+Umschalt+A)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV or Excel file (Ctrl+I)</source>
            <translation>Organisationen, Kontakte, Deals, Aktivitäten oder Notizen aus einer CSV- oder Excel-Datei importieren (Strg+I)</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Organizations…</source>
            <translation>&amp;Organisationen…</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>&amp;Kontakte…</translation>
        </message>
        <message>
            <source>&amp;Deals…</source>
            <translation>&amp;Deals…</translation>
        </message>
        <message>
            <source>&amp;Activities…</source>
            <translation>&amp;Aktivitäten…</translation>
        </message>
        <message>
            <source>&amp;Notes…</source>
            <translation>&amp;Notizen…</translation>
        </message>
        <message>
            <source>Export activities to &amp;calendar…</source>
            <translation>Aktivitäten in Ka&amp;lender exportieren…</translation>
        </message>
        <message>
            <source>Write the open activities to an iCalendar (.ics) file for Outlook, Apple Calendar or Thunderbird</source>
            <translation>Die offenen Aktivitäten in eine iCalendar-Datei (.ics) für Outlook, Apple Kalender oder Thunderbird schreiben</translation>
        </message>
        <message>
            <source>&amp;Print account…</source>
            <translation>Account &amp;drucken…</translation>
        </message>
        <message>
            <source>Print the selected account's summary: won value, fields, next activities, history, notes, people and deals</source>
            <translation>Die Übersicht des ausgewählten Accounts drucken: gewonnener Wert, Felder, nächste Aktivitäten, Verlauf, Notizen, Kontakte und Deals</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>Export account as P&amp;DF…</source>
            <translation>Account als P&amp;DF exportieren…</translation>
        </message>
        <message>
            <source>Write the selected account's summary to a PDF file</source>
            <translation>Die Übersicht des ausgewählten Accounts in eine PDF-Datei schreiben</translation>
        </message>
        <message>
            <source>&amp;Activity types…</source>
            <translation>&amp;Aktivitätstypen…</translation>
        </message>
        <message>
            <source>Add, edit, reorder and retire the types of activities</source>
            <translation>Aktivitätstypen hinzufügen, bearbeiten, neu anordnen und deaktivieren</translation>
        </message>
        <message>
            <source>&amp;Custom fields…</source>
            <translation>&amp;Benutzerdefinierte Felder…</translation>
        </message>
        <message>
            <source>Add, rename, reorder and retire the custom fields of organizations, people and deals</source>
            <translation>Benutzerdefinierte Felder von Organisationen, Kontakten und Deals hinzufügen, umbenennen, neu anordnen und deaktivieren</translation>
        </message>
        <message>
            <source>+ &amp;Person</source>
            <translation>+ &amp;Kontakt</translation>
        </message>
        <message>
            <source>New person (Ctrl+Shift+P)</source>
            <translation>Neuer Kontakt (Strg+Umschalt+P)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>+ &amp;Deal</source>
            <translation>+ &amp;Deal</translation>
        </message>
        <message>
            <source>New deal (Ctrl+Shift+D)</source>
            <translation>Neuer Deal (Strg+Umschalt+D)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+D</source>
            <translation>Ctrl+Shift+D</translation>
        </message>
        <message>
            <source>&amp;Export view to CSV…</source>
            <translation>Ansicht als CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Edit organization…</source>
            <translation>&amp;Organisation bearbeiten…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Change &amp;owner…</source>
            <translation>&amp;Inhaber ändern…</translation>
        </message>
        <message>
            <source>&amp;Schedule activity for selection…</source>
            <translation>Aktivität für Auswahl &amp;planen…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <source>Side &amp;panel</source>
            <translation>&amp;Seitenleiste</translation>
        </message>
        <message>
            <source>Show or hide the panel beside the list and the board (F9)</source>
            <translation>Seitenleiste neben Liste und Kanban-Board ein- oder ausblenden (F9)</translation>
        </message>
        <message>
            <source>F9</source>
            <translation>F9</translation>
        </message>
        <message>
            <source>&amp;About accountmgr</source>
            <translation>&amp;Über accountmgr</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Connect to &amp;team database…</source>
            <translation>Mit &amp;Team-Datenbank verbinden…</translation>
        </message>
        <message>
            <source>A team database is backed up on its server (with pg_dump, for example).</source>
            <translation>Eine Team-Datenbank wird auf ihrem Server gesichert (zum Beispiel mit pg_dump).</translation>
        </message>
        <message>
            <source>C&amp;urrencies…</source>
            <translation>&amp;Währungen…</translation>
        </message>
        <message>
            <source>See and edit the exchange rates to the default currency</source>
            <translation>Wechselkurse zur Standardwährung ansehen und bearbeiten</translation>
        </message>
        <message>
            <source>Wrote the account's summary to %1</source>
            <translation>Übersicht des Accounts nach %1 geschrieben</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>%n Zeile nach %1 exportiert</numerusform>
                <numerusform>%n Zeilen nach %1 exportiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n activities to %1</source>
            <translation>
                <numerusform>%n Aktivität nach %1 exportiert</numerusform>
                <numerusform>%n Aktivitäten nach %1 exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Datenbank wird gesichert…</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>%Ln Account in %1 gesichert</numerusform>
                <numerusform>%Ln Accounts in %1 gesichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored. The data it replaced is kept in %1</source>
            <translation>Wiederhergestellt. Die ersetzten Daten liegen in %1</translation>
        </message>
        <message>
            <source>About accountmgr</source>
            <translation>Über accountmgr</translation>
        </message>
        <message>
            <source>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;Account management after the sale: plan follow-ups, see what every customer is worth, and never forget a customer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;Account Management nach dem Verkauf: Nachverfolgungen planen, den Wert jedes Kunden im Blick behalten und keinen Kunden vergessen.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Show the %n organization(s) without a won deal</source>
            <translation>
                <numerusform>Die %n Organisation ohne gewonnenen Deal anzeigen</numerusform>
                <numerusform>Die %n Organisationen ohne gewonnenen Deal anzeigen</numerusform>
            </translation>
        </message>
        <message>
            <source>No account matches “%1”.</source>
            <translation>Kein Account passt zu „%1“.</translation>
        </message>
        <message>
            <source>No account matches the filters.</source>
            <translation>Kein Account passt zu den Filtern.</translation>
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation>Suche und Filter zurücksetzen</translation>
        </message>
        <message>
            <source>No accounts yet: an organization becomes an account when one of its deals is won.</source>
            <translation>Noch keine Accounts: Eine Organisation wird zum Account, sobald einer ihrer Deals gewonnen ist.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Your database is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add a customer with + Organization (Ctrl+N) and a won deal, &lt;a href='import'&gt;import your customers&lt;/a&gt; from a CSV or Excel file, or &lt;a href='demo'&gt;try the application with demo data&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Ihre Datenbank ist leer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fügen Sie mit + Organisation (Strg+N) einen Kunden und einen gewonnenen Deal hinzu, &lt;a href='import'&gt;importieren Sie Ihre Kunden&lt;/a&gt; aus einer CSV- oder Excel-Datei oder &lt;a href='demo'&gt;testen Sie die Anwendung mit Demodaten&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageViewsDialog</name>
        <message>
            <source>Manage views</source>
            <translation>Ansichten verwalten</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Gespeicherte Ansichten</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach o&amp;ben</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Update with what is shown</source>
            <translation>Mit der aktuellen Anzeige &amp;aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Rename view</source>
            <translation>Ansicht umbenennen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
    </context>
    <context>
        <name>NotContactedBox</name>
        <message numerus="yes">
            <source>Not contacted in %n day(s)</source>
            <translation>
                <numerusform>Seit %n Tag nicht kontaktiert</numerusform>
                <numerusform>Seit %n Tagen nicht kontaktiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Edit note about %1</source>
            <translation>Notiz zu %1 bearbeiten</translation>
        </message>
        <message>
            <source>New note about %1</source>
            <translation>Neue Notiz zu %1</translation>
        </message>
        <message>
            <source>What happened, what was agreed, what to remember</source>
            <translation>Was passiert ist, was vereinbart wurde, woran zu denken ist</translation>
        </message>
        <message>
            <source>&amp;Pin to the top of the account</source>
            <translation>Oben im Account &amp;anheften</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;Betrifft:</translation>
        </message>
        <message>
            <source>&amp;Deal:</source>
            <translation>&amp;Deal:</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Angeheftet</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>zu %1</translation>
        </message>
        <message>
            <source>deal: %1</source>
            <translation>Deal: %1</translation>
        </message>
        <message>
            <source>pinned</source>
            <translation>angeheftet</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>New organization</source>
            <translation>Neue Organisation</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Kein Inhaber</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <source>Unknown country code</source>
            <translation>Unbekannter Ländercode</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Firmenname</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>Street, postcode and town</source>
            <translation>Straße, PLZ und Ort</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>DE</source>
            <translation>DE</translation>
        </message>
        <message>
            <source>Two-letter ISO country code, for example DE, FR or US</source>
            <translation>Zweistelliger ISO-Ländercode, zum Beispiel DE, AT oder CH</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Inhaber:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>La&amp;bel:</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>No account yet. The Overview counts the accounts: the organizations with a won deal. Mark a deal won, or import your customers with File ▸ Import…</source>
            <translation>Noch kein Account. Die Übersicht zählt die Accounts: die Organisationen mit einem gewonnenen Deal. Markieren Sie einen Deal als gewonnen oder importieren Sie Ihre Kunden mit Datei ▸ Importieren…</translation>
        </message>
        <message>
            <source>Next activity by owner</source>
            <translation>Nächste Aktivität nach Verantwortlichem</translation>
        </message>
        <message>
            <source>Contact coverage</source>
            <translation>Kontaktabdeckung</translation>
        </message>
        <message>
            <source>Won value by month</source>
            <translation>Gewonnener Wert pro Monat</translation>
        </message>
        <message>
            <source>Accounts at risk: most won, not contacted in 90 days</source>
            <translation>Gefährdet: meist gewonnen, 90 Tage ohne Kontakt</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Niemand</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2: %n accounts</source>
            <translation>
                <numerusform>%1, %2: %n Account</numerusform>
                <numerusform>%1, %2: %n Accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation>Gewonnen %1: %2</translation>
        </message>
        <message>
            <source>Won in %1</source>
            <translation>Gewonnen %1</translation>
        </message>
        <message>
            <source>Won value by month, %1</source>
            <translation>Gewonnener Wert pro Monat, %1</translation>
        </message>
        <message>
            <source>never contacted · %1</source>
            <translation>nie kontaktiert · %1</translation>
        </message>
        <message numerus="yes">
            <source>%n days · %1</source>
            <translation>
                <numerusform>%n Tag · %1</numerusform>
                <numerusform>%n Tage · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: won %2. Click to show it in the List.</source>
            <translation>%1: %2 gewonnen. Klicken, um ihn in der Liste zu zeigen.</translation>
        </message>
        <message>
            <source>Accounts at risk: none, everyone was contacted</source>
            <translation>Gefährdete Accounts: keine, alle wurden kontaktiert</translation>
        </message>
        <message>
            <source>Contact coverage: could not count the last 12 months</source>
            <translation>Kontaktabdeckung: die letzten 12 Monate konnten nicht gezählt werden</translation>
        </message>
        <message>
            <source>Contact coverage: counting the last 12 months…</source>
            <translation>Kontaktabdeckung: die letzten 12 Monate werden gezählt…</translation>
        </message>
        <message>
            <source>Contact coverage, %1</source>
            <translation>Kontaktabdeckung, %1</translation>
        </message>
        <message>
            <source>In 30 days</source>
            <translation>Binnen 30 Tagen</translation>
        </message>
        <message>
            <source>In 31 to 90 days</source>
            <translation>31 bis 90 Tage</translation>
        </message>
        <message>
            <source>Not in 90 days</source>
            <translation>Nicht in 90 Tagen</translation>
        </message>
        <message>
            <source>%1 by %2: %3 of %4 accounts</source>
            <translation>%1 am %2: %3 von %4 Accounts</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 am %2</translation>
        </message>
        <message>
            <source>% of accounts</source>
            <translation>% der Accounts</translation>
        </message>
    </context>
    <context>
        <name>OwnerDelegate</name>
        <message>
            <source>No owner</source>
            <translation>Kein Inhaber</translation>
        </message>
    </context>
    <context>
        <name>PanelEdits</name>
        <message>
            <source>Edit field</source>
            <translation>Feld bearbeiten</translation>
        </message>
        <message>
            <source>Schedule activity</source>
            <translation>Aktivität planen</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Aktivität bearbeiten</translation>
        </message>
        <message>
            <source>Edit recurring activity</source>
            <translation>Wiederkehrende Aktivität bearbeiten</translation>
        </message>
        <message>
            <source>Recurring activity</source>
            <translation>Wiederkehrende Aktivität</translation>
        </message>
        <message>
            <source>“%1” repeats. Change only this one, or this one and all future ones?</source>
            <translation>„%1“ wiederholt sich. Nur diese ändern oder diese und alle künftigen?</translation>
        </message>
        <message>
            <source>Only &amp;this one</source>
            <translation>Nur &amp;diese</translation>
        </message>
        <message>
            <source>&amp;All future ones</source>
            <translation>&amp;Alle künftigen</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Als erledigt markieren</translation>
        </message>
        <message>
            <source>Reopen activity</source>
            <translation>Aktivität wieder öffnen</translation>
        </message>
        <message>
            <source>Follow-up for %1</source>
            <translation>Nachverfolgung für %1</translation>
        </message>
        <message>
            <source>Schedule the next activity for %1 on %2?</source>
            <translation>Nächste Aktivität für %1 am %2 planen?</translation>
        </message>
        <message>
            <source>“%1” is done and nothing else is planned for %2.</source>
            <translation>„%1“ ist erledigt, und für %2 ist nichts weiter geplant.</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Aktivität löschen</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>Unpin note</source>
            <translation>Notiz lösen</translation>
        </message>
        <message>
            <source>Pin note</source>
            <translation>Notiz anheften</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>Notiz gelöscht. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Attach files to %1</source>
            <translation>Dateien an %1 anhängen</translation>
        </message>
        <message>
            <source>Copying files…</source>
            <translation>Dateien werden kopiert…</translation>
        </message>
        <message>
            <source>Not attached</source>
            <translation>Nicht angehängt</translation>
        </message>
        <message numerus="yes">
            <source>Attached %n file(s).</source>
            <translation>
                <numerusform>%n Datei angehängt.</numerusform>
                <numerusform>%n Dateien angehängt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attach %1</source>
            <translation>%1 anhängen</translation>
        </message>
        <message numerus="yes">
            <source>Attach %n file(s)</source>
            <translation>
                <numerusform>%n Datei anhängen</numerusform>
                <numerusform>%n Dateien anhängen</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Öffnen nicht möglich</translation>
        </message>
        <message>
            <source>No application opens “%1”.</source>
            <translation>Keine Anwendung kann „%1“ öffnen.</translation>
        </message>
        <message>
            <source>Open a program?</source>
            <translation>Ein Programm öffnen?</translation>
        </message>
        <message>
            <source>“%1” is a program or a script: opening it runs it on this computer. Open it only if you trust where it came from.</source>
            <translation>„%1“ ist ein Programm oder ein Skript: Beim Öffnen wird es auf diesem Computer ausgeführt. Öffnen Sie es nur, wenn Sie seiner Herkunft vertrauen.</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
        <message>
            <source>“%1” removed. Undo with Ctrl+Z.</source>
            <translation>„%1“ entfernt. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Mark deal won</source>
            <translation>Deal als gewonnen markieren</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>Deal verloren</translation>
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation>Warum wurde „%1“ verloren?</translation>
        </message>
        <message>
            <source>Mark deal lost</source>
            <translation>Deal als verloren markieren</translation>
        </message>
        <message>
            <source>Reopen deal</source>
            <translation>Deal wieder öffnen</translation>
        </message>
        <message>
            <source>Link person</source>
            <translation>Kontakt verknüpfen</translation>
        </message>
        <message>
            <source>Unlink %1</source>
            <translation>Verknüpfung mit %1 lösen</translation>
        </message>
        <message>
            <source>%1 is no longer linked; the person stays in the address book.</source>
            <translation>%1 ist nicht mehr verknüpft; der Kontakt bleibt im Adressbuch.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Write to %1</source>
            <translation>E-Mail an %1</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>%1 anrufen</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>New person at %1</source>
            <translation>Neuer Kontakt bei %1</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Kontakt bearbeiten</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Vor- und Nachname</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>For example: Head of purchasing</source>
            <translation>Zum Beispiel: Leitung Einkauf</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation>Zum Suchen tippen; leer lassen für keine</translation>
        </message>
        <message>
            <source>&amp;Emails:</source>
            <translation>&amp;E-Mails:</translation>
        </message>
        <message>
            <source>One address per line</source>
            <translation>Eine Adresse pro Zeile</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Telefonnummern:</translation>
        </message>
        <message>
            <source>One number per line</source>
            <translation>Eine Nummer pro Zeile</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the first rows</source>
            <translation>Erste Zeilen prüfen</translation>
        </message>
        <message>
            <source>The first rows (at most %1) as they will be imported. Cells in red cannot be imported: point at them to see why. Press Import to import the whole file.</source>
            <translation>Die ersten Zeilen (höchstens %1), wie sie importiert werden. Rote Zellen können nicht importiert werden: Zeigen Sie darauf, um den Grund zu sehen. Klicken Sie auf „Importieren“, um die ganze Datei zu importieren.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>%1 of %2 rows have problems; they will be skipped and reported.</source>
            <translation>%1 von %2 Zeilen haben Probleme; sie werden übersprungen und gemeldet.</translation>
        </message>
        <message>
            <source>All %1 rows shown can be imported.</source>
            <translation>Alle %1 angezeigten Zeilen können importiert werden.</translation>
        </message>
        <message>
            <source>Rows with a date that could be read day first or month first (orange): %1; the first page says which way dates are read.</source>
            <translation>Zeilen mit einem Datum, das mit Tag oder Monat zuerst gelesen werden kann (orange): %1; die erste Seite legt fest, wie Datumsangaben gelesen werden.</translation>
        </message>
        <message>
            <source>The rest of the file is checked as it is imported.</source>
            <translation>Der Rest der Datei wird beim Import geprüft.</translation>
        </message>
    </context>
    <context>
        <name>RateDialog</name>
        <message>
            <source>Exchange rate of %1</source>
            <translation>Wechselkurs von %1</translation>
        </message>
        <message>
            <source>1 %1 &amp;is worth, in %2:</source>
            <translation>1 %1 &amp;entspricht in %2:</translation>
        </message>
        <message>
            <source>“%1” is not a number.</source>
            <translation>„%1“ ist keine Zahl.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialogs</name>
        <message>
            <source>New organization</source>
            <translation>Neue Organisation</translation>
        </message>
        <message>
            <source>Edit organization</source>
            <translation>Organisation bearbeiten</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Neuer Deal</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Kontakt bearbeiten</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Deal bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>Every day</source>
            <translation>Täglich</translation>
        </message>
        <message>
            <source>Every day until {until}</source>
            <translation>Täglich bis {until}</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Monatlich</translation>
        </message>
        <message>
            <source>Every month until {until}</source>
            <translation>Monatlich bis {until}</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Wöchentlich</translation>
        </message>
        <message>
            <source>Every week until {until}</source>
            <translation>Wöchentlich bis {until}</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>Alle {n} Tage</translation>
        </message>
        <message>
            <source>Every {n} days until {until}</source>
            <translation>Alle {n} Tage bis {until}</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>Alle {n} Monate</translation>
        </message>
        <message>
            <source>Every {n} months until {until}</source>
            <translation>Alle {n} Monate bis {until}</translation>
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation>Alle {n} Wochen</translation>
        </message>
        <message>
            <source>Every {n} weeks until {until}</source>
            <translation>Alle {n} Wochen bis {until}</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Snooze 10 minutes</source>
            <translation>In 10 Minuten erneut erinnern</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>In 1 Stunde erneut erinnern</translation>
        </message>
        <message>
            <source>Snooze until tomorrow %1</source>
            <translation>Morgen um %1 erneut erinnern</translation>
        </message>
        <message>
            <source>Reminders on</source>
            <translation>Erinnerungen an</translation>
        </message>
        <message>
            <source>%1 due: %2</source>
            <translation>%1 fällig: %2</translation>
        </message>
        <message>
            <source>%1 due</source>
            <translation>%1 fällig</translation>
        </message>
        <message numerus="yes">
            <source>%n activities due</source>
            <translation>
                <numerusform>%n Aktivität fällig</numerusform>
                <numerusform>%n Aktivitäten fällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activities fell due while accountmgr was closed</source>
            <translation>
                <numerusform>%n Aktivität wurde fällig, während accountmgr geschlossen war</numerusform>
                <numerusform>%n Aktivitäten wurden fällig, während accountmgr geschlossen war</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminders off</source>
            <translation>Erinnerungen aus</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weitere</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) of the file were not imported; the table says why.</source>
            <translation>
                <numerusform>%Ln Zeile der Datei wurde nicht importiert; die Tabelle nennt den Grund.</numerusform>
                <numerusform>%Ln Zeilen der Datei wurden nicht importiert; die Tabelle nennt die Gründe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row of the file was imported or was there already.</source>
            <translation>Jede Zeile der Datei wurde importiert oder war bereits vorhanden.</translation>
        </message>
        <message>
            <source>Added the currencies %1 without an exchange rate yet: won values in them are marked “no rate yet” and left out of totals until their rate is set.</source>
            <translation>Die Währungen %1 wurden noch ohne Wechselkurs hinzugefügt: Gewonnene Werte in diesen Währungen sind mit „noch kein Wechselkurs“ markiert und fehlen in den Summen, bis ihr Kurs festgelegt ist.</translation>
        </message>
        <message>
            <source>%1 import report.csv</source>
            <translation>%1 Importbericht.csv</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>The report was not saved: %1</source>
            <translation>Der Bericht wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Gespeichert als %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>First start of the day</source>
            <translation>Erster Start des Tages</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Vor einem Import</translation>
        </message>
        <message>
            <source>Before an update of the file</source>
            <translation>Vor einer Aktualisierung der Datei</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>Manuell gesichert</translation>
        </message>
        <message>
            <source>The data a restore replaced</source>
            <translation>Durch Wiederherstellung ersetzte Daten</translation>
        </message>
        <message>
            <source>Other copy</source>
            <translation>Andere Kopie</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Choose the copy to put in place of the current data. The current data is kept as a backup first, so a restore can be undone by restoring that copy. Attached files are not part of a backup.</source>
            <translation>Wählen Sie die Kopie, die an die Stelle der aktuellen Daten treten soll. Die aktuellen Daten werden vorher gesichert, sodass Sie eine Wiederherstellung rückgängig machen können, indem Sie diese Kopie wiederherstellen. Angehängte Dateien sind nicht Teil einer Sicherung.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>Es gibt noch keine Sicherung.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message numerus="yes">
            <source>Replace the current data with the backup taken on %1 at %2 (%Ln account(s))?</source>
            <translation>
                <numerusform>Die aktuellen Daten durch die Sicherung vom %1 um %2 ersetzen (%Ln Account)?</numerusform>
                <numerusform>Die aktuellen Daten durch die Sicherung vom %1 um %2 ersetzen (%Ln Accounts)?</numerusform>
            </translation>
        </message>
        <message>
            <source>The current data is kept as a backup first.</source>
            <translation>Die aktuellen Daten werden vorher gesichert.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Nicht wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>SaveViewDialog</name>
        <message>
            <source>Save view</source>
            <translation>Ansicht speichern</translation>
        </message>
        <message>
            <source>Gold tier not contacted in 60 days</source>
            <translation>Gold-Stufe, seit 60 Tagen nicht kontaktiert</translation>
        </message>
        <message>
            <source>Only for me</source>
            <translation>Nur für mich</translation>
        </message>
        <message>
            <source>Unchecked, everyone on this database sees the view</source>
            <translation>Nicht angehakt, sehen alle in dieser Datenbank die Ansicht</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
    </context>
    <context>
        <name>SavedViews</name>
        <message>
            <source>My accounts</source>
            <translation>Meine Accounts</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nichts geplant</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Not contacted in 90 days</source>
            <translation>Seit 90 Tagen nicht kontaktiert</translation>
        </message>
        <message>
            <source>Renewal in the next 60 days</source>
            <translation>Verlängerung in den nächsten 60 Tagen</translation>
        </message>
        <message>
            <source>%1 (only me)</source>
            <translation>%1 (nur ich)</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsMenu</name>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>Pick a saved view, or save what is shown as one</source>
            <translation>Eine gespeicherte Ansicht wählen oder die aktuelle Anzeige als Ansicht speichern</translation>
        </message>
        <message>
            <source>&amp;Save view…</source>
            <translation>Ansicht &amp;speichern…</translation>
        </message>
        <message>
            <source>Mark a date field as the renewal date in Settings ▸ Custom fields…</source>
            <translation>Legen Sie ein Datumsfeld unter Einstellungen ▸ Benutzerdefinierte Felder… als Verlängerungsdatum fest</translation>
        </message>
        <message>
            <source>&amp;Manage views…</source>
            <translation>Ansichten &amp;verwalten…</translation>
        </message>
        <message>
            <source>S&amp;tart with</source>
            <translation>Beim S&amp;tart</translation>
        </message>
        <message>
            <source>The last search and filters</source>
            <translation>Die letzte Suche und die letzten Filter</translation>
        </message>
        <message>
            <source>Save view %1</source>
            <translation>Ansicht %1 speichern</translation>
        </message>
        <message>
            <source>Saved the view “%1”.</source>
            <translation>Ansicht „%1“ gespeichert.</translation>
        </message>
        <message>
            <source>Rename view %1</source>
            <translation>Ansicht %1 umbenennen</translation>
        </message>
        <message>
            <source>Move view %1</source>
            <translation>Ansicht %1 verschieben</translation>
        </message>
        <message>
            <source>Update view %1</source>
            <translation>Ansicht %1 aktualisieren</translation>
        </message>
        <message>
            <source>Delete view %1</source>
            <translation>Ansicht %1 löschen</translation>
        </message>
    </context>
    <context>
        <name>ScheduleActivityDialog</name>
        <message>
            <source>Schedule activity</source>
            <translation>Aktivität planen</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>&amp;Betreff:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>at</source>
            <translation>um</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;auer:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>A check-in that comes back: completing one schedules the next</source>
            <translation>Ein wiederkehrender Check-in: Ist einer erledigt, wird der nächste geplant</translation>
        </message>
        <message>
            <source>every </source>
            <translation>alle </translation>
        </message>
        <message>
            <source>until</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>&amp;Assigned to:</source>
            <translation>&amp;Zugewiesen an:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Kontakt:</translation>
        </message>
        <message>
            <source>D&amp;eal:</source>
            <translation>D&amp;eal:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Nobody</source>
            <translation>Niemand</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Keine Wiederholung</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>The subject must not be empty.</source>
            <translation>Der Betreff darf nicht leer sein.</translation>
        </message>
        <message>
            <source>Schedule an activity for %1</source>
            <translation>Aktivität für %1 planen</translation>
        </message>
        <message>
            <source>The activity is scheduled for %1.</source>
            <translation>Die Aktivität wird für %1 geplant.</translation>
        </message>
        <message numerus="yes">
            <source>Schedule an activity for %n account(s)</source>
            <translation>
                <numerusform>Aktivität für %n Account planen</numerusform>
                <numerusform>Aktivität für %n Accounts planen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The activity is scheduled for each of the %n account(s): %1.</source>
            <translation>
                <numerusform>Die Aktivität wird für %n Account geplant: %1.</numerusform>
                <numerusform>Die Aktivität wird für jeden der %n Accounts geplant: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit activity of %1</source>
            <translation>Aktivität von %1 bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Search names, people, emails, phones</source>
            <translation>Namen, Kontakte, E-Mails, Telefonnummern durchsuchen</translation>
        </message>
        <message>
            <source>Search accounts</source>
            <translation>Accounts durchsuchen</translation>
        </message>
    </context>
    <context>
        <name>SettingsTableDialog</name>
        <message>
            <source>Re&amp;store</source>
            <translation>&amp;Reaktivieren</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
    </context>
    <context>
        <name>SidePanel</name>
        <message>
            <source>%1 accounts selected</source>
            <translation>%1 Accounts ausgewählt</translation>
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation>Wählen Sie einen Account aus, um hier alles dazu zu sehen.</translation>
        </message>
        <message>
            <source>%1 is no longer in the list: the current search or filters hide it.</source>
            <translation>%1 ist nicht mehr in der Liste: Die aktuelle Suche oder die Filter blenden den Account aus.</translation>
        </message>
        <message>
            <source>%1 is hidden by the current search or filters.</source>
            <translation>%1 wird durch die aktuelle Suche oder die Filter ausgeblendet.</translation>
        </message>
        <message>
            <source>Clear filters and show it</source>
            <translation>Filter zurücksetzen und Account anzeigen</translation>
        </message>
        <message numerus="yes">
            <source>%n selected accounts are hidden by the current search or filters.</source>
            <translation>
                <numerusform>%n ausgewählter Account wird durch die aktuelle Suche oder die Filter ausgeblendet.</numerusform>
                <numerusform>%n ausgewählte Accounts werden durch die aktuelle Suche oder die Filter ausgeblendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear filters and show them</source>
            <translation>Filter zurücksetzen und Accounts anzeigen</translation>
        </message>
        <message>
            <source>The organization's name: edit it here</source>
            <translation>Name der Organisation: hier bearbeiten</translation>
        </message>
        <message>
            <source>Organization name</source>
            <translation>Name der Organisation</translation>
        </message>
        <message>
            <source>Won value:</source>
            <translation>Gewonnener Wert:</translation>
        </message>
        <message>
            <source>Click for the value per currency</source>
            <translation>Klicken für den Wert je Währung</translation>
        </message>
        <message>
            <source>Deals:</source>
            <translation>Deals:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Inhaber:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Label:</translation>
        </message>
        <message>
            <source>Schedule…</source>
            <translation>Planen…</translation>
        </message>
        <message>
            <source>Schedule an activity for this account</source>
            <translation>Eine Aktivität für diesen Account planen</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Notiz…</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>Anhängen…</translation>
        </message>
        <message>
            <source>Attach a file (or drop files on the panel)</source>
            <translation>Datei anhängen (oder Dateien auf die Leiste ziehen)</translation>
        </message>
        <message>
            <source>Deal…</source>
            <translation>Deal…</translation>
        </message>
        <message>
            <source>Add a deal</source>
            <translation>Deal hinzufügen</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>Street, city, postcode</source>
            <translation>Straße, Ort, PLZ</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Account-Felder</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>&amp;Erledigt</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>&amp;Anheften</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>&amp;Gewonnen</translation>
        </message>
        <message>
            <source>Los&amp;t…</source>
            <translation>&amp;Verloren…</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Wieder öffnen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>A&amp;dd…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <source>Lin&amp;k…</source>
            <translation>Ver&amp;knüpfen…</translation>
        </message>
        <message>
            <source>U&amp;nlink</source>
            <translation>&amp;Trennen</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>What this customer is worth over time, and how often they are contacted</source>
            <translation>Was dieser Kunde im Lauf der Zeit wert ist und wie oft er kontaktiert wird</translation>
        </message>
    </context>
    <context>
        <name>StatusFigures</name>
        <message>
            <source>Show the accounts contacted in the last 30 days</source>
            <translation>Die Accounts anzeigen, die in den letzten 30 Tagen kontaktiert wurden</translation>
        </message>
        <message>
            <source>Show the accounts contacted in the last 90 days</source>
            <translation>Die Accounts anzeigen, die in den letzten 90 Tagen kontaktiert wurden</translation>
        </message>
        <message>
            <source>Show the accounts with nothing planned</source>
            <translation>Die Accounts ohne geplante Aktivität anzeigen</translation>
        </message>
        <message>
            <source>Show every organization, also those without a won deal</source>
            <translation>Alle Organisationen anzeigen, auch solche ohne gewonnenen Deal</translation>
        </message>
        <message>
            <source>Accounts shown: %1</source>
            <translation>Angezeigte Accounts: %1</translation>
        </message>
        <message>
            <source>Shown: %1</source>
            <translation>Angezeigt: %1</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>Won value: %1</source>
            <translation>Gewonnener Wert: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) have won deals in a currency without an exchange rate yet: those deals are not in this total.</source>
            <translation>
                <numerusform>%n Account hat gewonnene Deals in einer Währung ohne Wechselkurs: Diese Deals sind in dieser Summe nicht enthalten.</numerusform>
                <numerusform>%n Accounts haben gewonnene Deals in einer Währung ohne Wechselkurs: Diese Deals sind in dieser Summe nicht enthalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacted in 30 days: %1</source>
            <translation>Binnen 30 Tagen kontaktiert: %1</translation>
        </message>
        <message>
            <source>in 90 days: %1</source>
            <translation>binnen 90 Tagen: %1</translation>
        </message>
        <message>
            <source>Nothing planned: %1</source>
            <translation>Nichts geplant: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s) without a won deal — show them</source>
            <translation>
                <numerusform>%n Organisation ohne gewonnenen Deal – anzeigen</numerusform>
                <numerusform>%n Organisationen ohne gewonnenen Deal – anzeigen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Connect to team database</source>
            <translation>Mit Team-Datenbank verbinden</translation>
        </message>
        <message>
            <source>A team shares one PostgreSQL database on its network. Ask whoever runs the server for these; the database is made once with accountmgr init-server.</source>
            <translation>Ein Team teilt sich eine PostgreSQL-Datenbank in seinem Netzwerk. Fragen Sie die Person, die den Server betreut, nach diesen Angaben; die Datenbank wird einmal mit accountmgr init-server eingerichtet.</translation>
        </message>
        <message>
            <source>server.office.lan</source>
            <translation>server.buero.lan</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keychain</source>
            <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
        </message>
        <message>
            <source>This computer has no keychain: the password is used for this session only (the server's own means, ~/.pgpass or PGPASSWORD, can keep it).</source>
            <translation>Dieser Computer hat keinen Schlüsselbund: Das Passwort gilt nur für diese Sitzung (die Mittel des Servers, ~/.pgpass oder PGPASSWORD, können es aufbewahren).</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
    </context>
    <context>
        <name>TypeDialog</name>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Check box</source>
            <translation>Kontrollkästchen</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Uhr</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Briefumschlag</translation>
        </message>
        <message>
            <source>Knife and fork</source>
            <translation>Messer und Gabel</translation>
        </message>
        <message>
            <source>Map pin</source>
            <translation>Stecknadel</translation>
        </message>
        <message>
            <source>Video camera</source>
            <translation>Videokamera</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Fahne</translation>
        </message>
        <message>
            <source>For example: Site visit</source>
            <translation>Zum Beispiel: Vor-Ort-Besuch</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Icon:</source>
            <translation>&amp;Symbol:</translation>
        </message>
        <message>
            <source>Choose the colour of the type</source>
            <translation>Farbe des Typs wählen</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Farbe:</translation>
        </message>
        <message>
            <source>Offered as the subject when scheduling</source>
            <translation>Wird beim Planen als Betreff vorgeschlagen</translation>
        </message>
        <message>
            <source>Default &amp;subject:</source>
            <translation>Standard&amp;betreff:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Default &amp;duration:</source>
            <translation>Standard&amp;dauer:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>After an activity of this type is done, offer a follow-up this many days later</source>
            <translation>Nach Erledigung einer Aktivität dieses Typs eine Nachverfolgung so viele Tage später vorschlagen</translation>
        </message>
        <message>
            <source>Default &amp;follow-up:</source>
            <translation>Nach&amp;verfolgung:</translation>
        </message>
        <message>
            <source>Colour of the activity type</source>
            <translation>Farbe des Aktivitätstyps</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Wiederholen: %1</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
    </context>
    <context>
        <name>UserChoice</name>
        <message>
            <source>&amp;I am</source>
            <translation>&amp;Ich bin</translation>
        </message>
        <message>
            <source>Anyone (every activity)</source>
            <translation>Alle (jede Aktivität)</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Wer sind Sie?</translation>
        </message>
        <message>
            <source>Choose your name, or type it to add yourself: new activities are assigned to you, your notes carry your name, and “My accounts” shows the accounts you own.</source>
            <translation>Wählen Sie Ihren Namen oder geben Sie ihn ein, um sich hinzuzufügen: Neue Aktivitäten werden Ihnen zugewiesen, Ihre Notizen tragen Ihren Namen, und „Meine Accounts“ zeigt die Accounts, deren Inhaber Sie sind.</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>Das bin ich</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
    </context>
</TS>
