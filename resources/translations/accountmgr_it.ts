<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
    <context>
        <name>AccountActions</name>
        <message>
            <source>Edit %1</source>
            <translation>Modifica %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Elimina %1</translation>
        </message>
        <message>
            <source>Delete %1 and everything about it?</source>
            <translation>Eliminare %1 e tutti i dati collegati?</translation>
        </message>
        <message>
            <source>Its deals, activities, notes and files are deleted too; its people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation>Verranno eliminate anche le sue trattative, attività, note e file; le sue persone restano nella rubrica. Puoi annullare con Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s)</source>
            <translation>
                <numerusform>Elimina %n organizzazione</numerusform>
                <numerusform>Elimina %n organizzazioni</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV, separated by commas (*.csv)</source>
            <translation>CSV, separato da virgole (*.csv)</translation>
        </message>
        <message>
            <source>CSV, separated by semicolons (*.csv)</source>
            <translation>CSV, separato da punti e virgola (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s) and everything about them?</source>
            <translation>
                <numerusform>Eliminare %n organizzazione e tutti i dati collegati?</numerusform>
                <numerusform>Eliminare %n organizzazioni e tutti i dati collegati?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1.

Their deals, activities, notes and files are deleted too; their people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation>%1.

Verranno eliminate anche le loro trattative, attività, note e file; le loro persone restano nella rubrica. Puoi annullare con Ctrl+Z.</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Nessun proprietario</translation>
        </message>
        <message>
            <source>Change owner of %1</source>
            <translation>Cambia proprietario di %1</translation>
        </message>
        <message>
            <source>New owner of %1:</source>
            <translation>Nuovo proprietario di %1:</translation>
        </message>
        <message numerus="yes">
            <source>Change owner of %n organization(s)</source>
            <translation>
                <numerusform>Cambia proprietario di %n organizzazione</numerusform>
                <numerusform>Cambia proprietario di %n organizzazioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New owner of %n organization(s) (%1):</source>
            <translation>
                <numerusform>Nuovo proprietario di %n organizzazione (%1):</numerusform>
                <numerusform>Nuovo proprietario di %n organizzazioni (%1):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Schedule “%1” for %n account(s)</source>
            <translation>
                <numerusform>Pianifica “%1” per %n account</numerusform>
                <numerusform>Pianifica “%1” per %n account</numerusform>
            </translation>
        </message>
        <message>
            <source>Scheduling activities…</source>
            <translation>Pianificazione delle attività…</translation>
        </message>
        <message>
            <source>Export accounts</source>
            <translation>Esporta account</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting accounts…</source>
            <translation>Esportazione degli account…</translation>
        </message>
        <message>
            <source>CSV, separated by semicolons, decimal commas (*.csv)</source>
            <translation>CSV, separato da punto e virgola, virgola decimale (*.csv)</translation>
        </message>
        <message>
            <source>Export organizations</source>
            <translation>Esporta organizzazioni</translation>
        </message>
        <message>
            <source>Export people</source>
            <translation>Esporta persone</translation>
        </message>
        <message>
            <source>Export deals</source>
            <translation>Esporta trattative</translation>
        </message>
        <message>
            <source>Export activities</source>
            <translation>Esporta attività</translation>
        </message>
        <message>
            <source>Export notes</source>
            <translation>Esporta note</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Esportazione…</translation>
        </message>
        <message>
            <source>Export activities to calendar</source>
            <translation>Esporta attività nel calendario</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>File iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Exporting activities…</source>
            <translation>Esportazione delle attività…</translation>
        </message>
        <message>
            <source>Reschedule to %1</source>
            <translation>Riprogramma al %1</translation>
        </message>
        <message>
            <source>Moved “%1” of %2 to %3 (%4)</source>
            <translation>“%1” di %2 spostata in %3 (%4)</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n activities to %1 (%2)</source>
            <translation>
                <numerusform>%n attività spostata in %1 (%2)</numerusform>
                <numerusform>%n attività spostate in %1 (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Segna come completata</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n activities done</source>
            <translation>
                <numerusform>%n attività segnata come completata</numerusform>
                <numerusform>%n attività segnate come completate</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountCharts</name>
        <message>
            <source>Won value by quarter</source>
            <translation>Valore vinto per trimestre</translation>
        </message>
        <message>
            <source>Contacts by month</source>
            <translation>Contatti per mese</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <comment>a quarter of a year, and the year</comment>
            <translation>T%1 %2</translation>
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation>Vinto in %1: %2</translation>
        </message>
        <message>
            <source>Q%1</source>
            <comment>a quarter of a year</comment>
            <translation>T%1</translation>
        </message>
        <message>
            <source>Won value by quarter, %1</source>
            <translation>Valore vinto per trimestre, %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n activities done</source>
            <translation>
                <numerusform>%1: %n attività svolta</numerusform>
                <numerusform>%1: %n attività svolte</numerusform>
            </translation>
        </message>
        <message>
            <source>Activities done</source>
            <translation>Attività svolte</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>Contacts by month, %1</source>
            <translation>Contatti per mese, %1</translation>
        </message>
        <message>
            <source>Won before %1: %2</source>
            <translation>Vinto prima di %1: %2</translation>
        </message>
        <message>
            <source>Nobody contacted this account in the last 12 months.</source>
            <translation>Nessuno ha contattato questo account negli ultimi 12 mesi.</translation>
        </message>
        <message numerus="yes">
            <source>%n contacts in the last 12 months</source>
            <translation>
                <numerusform>%n contatto negli ultimi 12 mesi</numerusform>
                <numerusform>%n contatti negli ultimi 12 mesi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, one every %n days on average</source>
            <translation>
                <numerusform>%1, uno ogni %n giorno in media</numerusform>
                <numerusform>%1, uno ogni %n giorni in media</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountNames</name>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n altro</numerusform>
                <numerusform>altri %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountOverview</name>
        <message>
            <source>Account since %1</source>
            <translation>Account dal %1</translation>
        </message>
        <message>
            <source>No longer an account: no deal of this organization is won any more. Everything about it is kept.</source>
            <translation>Non è più un account: nessuna trattativa di questa organizzazione risulta più vinta. Tutti i dati vengono conservati.</translation>
        </message>
        <message>
            <source>Not an account: no deal of this organization is won yet.</source>
            <translation>Non è un account: nessuna trattativa di questa organizzazione è ancora stata vinta.</translation>
        </message>
        <message>
            <source>Last changed by %1, %2</source>
            <translation>Ultima modifica di %1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln won</source>
            <translation>
                <numerusform>%Ln vinta</numerusform>
                <numerusform>%Ln vinte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln open</source>
            <translation>
                <numerusform>%Ln aperta</numerusform>
                <numerusform>%Ln aperte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lost</source>
            <translation>
                <numerusform>%Ln persa</numerusform>
                <numerusform>%Ln perse</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>%1 (no exchange rate yet)</source>
            <translation>%1 (tasso di cambio non ancora impostato)</translation>
        </message>
        <message>
            <source>No won deal</source>
            <translation>Nessuna trattativa vinta</translation>
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation>Nessun tasso di cambio ancora impostato per %1: il valore vinto esclude quelle trattative.</translation>
        </message>
        <message>
            <source>Won value in %1; per currency:</source>
            <translation>Valore vinto in %1; per valuta:</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Nessun proprietario</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Campi dell'account</translation>
        </message>
        <message>
            <source>No account fields yet: add them in Settings ▸ Custom fields.</source>
            <translation>Nessun campo dell'account: aggiungili in Impostazioni ▸ Campi personalizzati.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pinned notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Note fissate&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Tutte le note</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; nothing planned. &lt;a href='schedule'&gt;Schedule a follow-up&lt;/a&gt;</source>
            <translation>&lt;b&gt;Prossima:&lt;/b&gt; nessuna attività pianificata. &lt;a href='schedule'&gt;Pianifica un follow-up&lt;/a&gt;</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, scaduta</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; %1 — %2, %3</source>
            <translation>&lt;b&gt;Prossima:&lt;/b&gt; %1 — %2, %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last contacted:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Ultimo contatto:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Rename organization</source>
            <translation>Rinomina organizzazione</translation>
        </message>
        <message>
            <source>Change owner</source>
            <translation>Cambia proprietario</translation>
        </message>
        <message>
            <source>Change label</source>
            <translation>Cambia etichetta</translation>
        </message>
        <message>
            <source>Edit address</source>
            <translation>Modifica indirizzo</translation>
        </message>
    </context>
    <context>
        <name>AccountPanel</name>
        <message>
            <source>Un&amp;pin</source>
            <translation>&amp;Sblocca</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>&amp;Fissa</translation>
        </message>
        <message>
            <source>Reope&amp;n</source>
            <translation>&amp;Riapri</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Segna come &amp;completata</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>Nothing planned or done yet. Schedule… plans the next contact.</source>
            <translation>Nessuna attività pianificata o svolta. Pianifica… programma il prossimo contatto.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Ancora nessuna nota.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>File</translation>
        </message>
        <message>
            <source>No files yet: drop files here, or use Attach…</source>
            <translation>Ancora nessun file: trascina qui i file oppure usa Allega…</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Trattative</translation>
        </message>
        <message>
            <source>No deals yet.</source>
            <translation>Ancora nessuna trattativa.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Persone</translation>
        </message>
        <message>
            <source>Nobody yet. Add… a person or Link… one.</source>
            <translation>Ancora nessuno. Aggiungi… una persona o Collega… una esistente.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 accounts selected</source>
            <translation>%1 account selezionati</translation>
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation>Seleziona un account per vedere qui tutti i suoi dati.</translation>
        </message>
        <message>
            <source>The team database cannot be reached: this account is shown again as soon as it can.</source>
            <translation>Il database del team non è raggiungibile: questo account verrà mostrato di nuovo appena possibile.</translation>
        </message>
        <message>
            <source>Write to %1</source>
            <translation>Scrivi a %1</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>Chiama %1</translation>
        </message>
    </context>
    <context>
        <name>AccountPrinting</name>
        <message>
            <source>Print account</source>
            <translation>Stampa account</translation>
        </message>
        <message>
            <source>Select an account first, in the list or the board.</source>
            <translation>Selezionate prima un account, nell’elenco o nella bacheca.</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Stampa %1</translation>
        </message>
        <message>
            <source>Export account as PDF</source>
            <translation>Esporta account come PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>Impossibile scrivere %1: %2</translation>
        </message>
    </context>
    <context>
        <name>AccountSummary</name>
        <message>
            <source>Owner: %1</source>
            <translation>Proprietario: %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>Label: %1</source>
            <translation>Etichetta: %1</translation>
        </message>
        <message>
            <source>Account since %1</source>
            <translation>Account dal %1</translation>
        </message>
        <message>
            <source>Last contacted: %1</source>
            <translation>Ultimo contatto: %1</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>Mai contattato</translation>
        </message>
        <message>
            <source>Won value: %1</source>
            <translation>Valore vinto: %1</translation>
        </message>
        <message>
            <source>Deals: %1 won, %2 open, %3 lost</source>
            <translation>Trattative: %1 vinte, %2 aperte, %3 perse</translation>
        </message>
        <message>
            <source>In their own currencies: %1</source>
            <translation>Nelle loro valute: %1</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Campi dell'account</translation>
        </message>
        <message>
            <source>None filled in.</source>
            <translation>Nessuno compilato.</translation>
        </message>
        <message>
            <source>Next activities</source>
            <translation>Prossime attività</translation>
        </message>
        <message>
            <source>Nothing planned.</source>
            <translation>Nessuna attività pianificata.</translation>
        </message>
        <message>
            <source>Recent history</source>
            <translation>Cronologia recente</translation>
        </message>
        <message>
            <source>No contact yet.</source>
            <translation>Ancora nessun contatto.</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>qualcuno</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fissata</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Nessuna nota.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Persone</translation>
        </message>
        <message>
            <source>No people.</source>
            <translation>Nessuna persona.</translation>
        </message>
        <message>
            <source>won</source>
            <translation>vinta</translation>
        </message>
        <message>
            <source>open</source>
            <translation>aperta</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>persa</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Trattative</translation>
        </message>
        <message>
            <source>No deals.</source>
            <translation>Nessuna trattativa.</translation>
        </message>
        <message>
            <source>Printed on %1 from accountmgr</source>
            <translation>Stampato il %1 da accountmgr</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>The next activity is overdue</source>
            <translation>La prossima attività è scaduta</translation>
        </message>
        <message>
            <source>An activity is due today</source>
            <translation>Un'attività scade oggi</translation>
        </message>
        <message>
            <source>A follow-up is planned</source>
            <translation>È pianificato un follow-up</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nessuna attività pianificata</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation>Nessun tasso di cambio ancora impostato per %1: il valore vinto esclude quelle trattative.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n giorno fa</numerusform>
                <numerusform>%n giorni fa</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Proprietario</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>Trattative vinte</translation>
        </message>
        <message>
            <source>Won value</source>
            <translation>Valore vinto</translation>
        </message>
        <message>
            <source>Open deals value</source>
            <translation>Valore trattative aperte</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Persone</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Ultimo contatto</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Prossima attività</translation>
        </message>
        <message>
            <source>Account since</source>
            <translation>Account dal</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etichetta</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesModel</name>
        <message>
            <source>History</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>Today — %1</source>
            <translation>Oggi — %1</translation>
        </message>
        <message>
            <source>Tomorrow — %1</source>
            <translation>Domani — %1</translation>
        </message>
        <message>
            <source>Overdue — %1</source>
            <translation>Scadute — %1</translation>
        </message>
        <message>
            <source>Scheduled by %1</source>
            <translation>Pianificata da %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>done %1</source>
            <translation>completata alle %1</translation>
        </message>
    </context>
    <context>
        <name>ActivityType</name>
        <message>
            <source>Account review</source>
            <translation>Revisione dell'account</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Chiamata</translation>
        </message>
        <message>
            <source>Check-in email</source>
            <translation>Email di verifica</translation>
        </message>
        <message>
            <source>Customer lunch</source>
            <translation>Pranzo con il cliente</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Pranzo</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Riunione</translation>
        </message>
        <message>
            <source>Renewal deadline</source>
            <translation>Scadenza del rinnovo</translation>
        </message>
        <message>
            <source>Satisfaction call</source>
            <translation>Chiamata di soddisfazione</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Compito</translation>
        </message>
    </context>
    <context>
        <name>ActivityTypesDialog</name>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>Move activity type</source>
            <translation>Sposta tipo di attività</translation>
        </message>
        <message>
            <source>Stop offering the selected type; its activities keep it</source>
            <translation>Non proporre più il tipo selezionato; le sue attività lo mantengono</translation>
        </message>
        <message>
            <source>Offer the selected type again when scheduling</source>
            <translation>Proponi di nuovo il tipo selezionato durante la pianificazione</translation>
        </message>
        <message>
            <source>New activity type</source>
            <translation>Nuovo tipo di attività</translation>
        </message>
        <message>
            <source>Add activity type</source>
            <translation>Aggiungi tipo di attività</translation>
        </message>
        <message>
            <source>Activity type “%1”</source>
            <translation>Tipo di attività “%1”</translation>
        </message>
        <message>
            <source>Edit activity type</source>
            <translation>Modifica tipo di attività</translation>
        </message>
        <message>
            <source>Restore activity type</source>
            <translation>Ripristina tipo di attività</translation>
        </message>
        <message>
            <source>Retire activity type</source>
            <translation>Archivia tipo di attività</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>Tipi di attività</translation>
        </message>
        <message>
            <source>Add an activity type at the end of the list</source>
            <translation>Aggiungi un tipo di attività in fondo all'elenco</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Aggiungi…</translation>
        </message>
        <message>
            <source>Change the name, icon, colour and defaults of the selected type (F2)</source>
            <translation>Cambia nome, icona, colore e valori predefiniti del tipo selezionato (F2)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifica…</translation>
        </message>
        <message>
            <source>Offer the selected type earlier (Alt+Up)</source>
            <translation>Proponi prima il tipo selezionato (Alt+Su)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Sposta &amp;su</translation>
        </message>
        <message>
            <source>Offer the selected type later (Alt+Down)</source>
            <translation>Proponi dopo il tipo selezionato (Alt+Giù)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Sposta &amp;giù</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Arc&amp;hivia</translation>
        </message>
        <message>
            <source>A retired type is no longer offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation>Un tipo archiviato non viene più proposto durante la pianificazione; le sue attività lo mantengono. Ripristinalo per proporlo di nuovo.</translation>
        </message>
    </context>
    <context>
        <name>ActivityTypesModel</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 day</source>
            <translation>%1 giorno</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 giorni</translation>
        </message>
        <message>
            <source>Not offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation>Non proposto durante la pianificazione; le sue attività lo mantengono. Ripristinalo per proporlo di nuovo.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colore</translation>
        </message>
        <message>
            <source>Default subject</source>
            <translation>Oggetto predefinito</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Archiviato</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unexpected error</source>
            <translation>Errore imprevisto</translation>
        </message>
        <message>
            <source>Something went wrong: %1

Your data is safe: the last change was not saved. Details are in %2.</source>
            <translation>Si è verificato un problema: %1

I tuoi dati sono al sicuro: l'ultima modifica non è stata salvata. I dettagli sono in %2.</translation>
        </message>
        <message>
            <source>The daily backup could not be taken: %1</source>
            <translation>Non è stato possibile eseguire il backup giornaliero: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 is damaged and cannot be opened. Restore the newest good backup, taken on %2 with %Ln account(s)? The damaged file is kept beside it as %3.</source>
            <translation>
                <numerusform>%1 è danneggiato e non può essere aperto. Ripristinare il backup integro più recente, eseguito il %2 con %Ln account? Il file danneggiato viene conservato accanto come %3.</numerusform>
                <numerusform>%1 è danneggiato e non può essere aperto. Ripristinare il backup integro più recente, eseguito il %2 con %Ln account? Il file danneggiato viene conservato accanto come %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Database danneggiato</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Ripristina</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Impossibile aprire il database</translation>
        </message>
        <message>
            <source>Restored the backup of %1; the damaged file is kept as %2</source>
            <translation>Backup del %1 ripristinato; il file danneggiato è conservato come %2</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>Nothing planned</source>
            <translation>Nessuna attività pianificata</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>Mai contattato</translation>
        </message>
        <message>
            <source>Last contacted today</source>
            <translation>Ultimo contatto oggi</translation>
        </message>
        <message numerus="yes">
            <source>Last contacted %n day(s) ago</source>
            <translation>
                <numerusform>Ultimo contatto %n giorno fa</numerusform>
                <numerusform>Ultimo contatto %n giorni fa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Offline account management. Without a command, opens the application.</source>
            <translation>Gestione degli account offline. Senza un comando, apre l'applicazione.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>mostra il numero di versione del programma ed esce</translation>
        </message>
        <message>
            <source>database file, or a team database as postgresql://user@host:5432/dbname (default: $ACCOUNTMGR_DB, else accountmgr.db in the application-data folder)</source>
            <translation>file del database, o un database del team come postgresql://utente@host:5432/database (predefinito: $ACCOUNTMGR_DB, altrimenti accountmgr.db nella cartella dei dati dell'applicazione)</translation>
        </message>
        <message>
            <source>pretend today is this date (demos and tests)</source>
            <translation>fa come se oggi fosse questa data (demo e test)</translation>
        </message>
        <message>
            <source>first day of the week for kanban buckets (default: the locale's, as in the window)</source>
            <translation>primo giorno della settimana per le colonne kanban (predefinito: quello delle impostazioni locali, come nella finestra)</translation>
        </message>
        <message>
            <source>start the application, show the main window briefly, exit 0</source>
            <translation>avvia l'applicazione, mostra brevemente la finestra principale, esce con 0</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: avviso: %2</translation>
        </message>
        <message>
            <source>%1 could not be read or written: %2</source>
            <translation>Impossibile leggere o scrivere %1: %2</translation>
        </message>
        <message>
            <source>text that is not valid Unicode: %1</source>
            <translation>testo che non è Unicode valido: %1</translation>
        </message>
        <message>
            <source>interrupted; the unfinished command's changes were rolled back</source>
            <translation>interrotto; le modifiche del comando non terminato sono state annullate</translation>
        </message>
        <message>
            <source>%1 is a team database: it is backed up on its server (with pg_dump, for example), not with '%2 %3'</source>
            <translation>%1 è un database del team: il suo backup si fa sul suo server (con pg_dump, per esempio), non con “%2 %3”</translation>
        </message>
        <message>
            <source>back up the database now, into backups/ beside it (or to FILE)</source>
            <translation>esegue ora il backup del database, in backups/ accanto a esso (o in FILE)</translation>
        </message>
        <message>
            <source>write the backup to this file (or folder) instead</source>
            <translation>scrive invece il backup in questo file (o cartella)</translation>
        </message>
        <message>
            <source>put a backup in place of the database's data (kept first as a restore backup)</source>
            <translation>mette un backup al posto dei dati del database (prima conservati in un backup di ripristino)</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>il backup da ripristinare</translation>
        </message>
        <message>
            <source>list the backups of the database</source>
            <translation>elenca i backup del database</translation>
        </message>
        <message>
            <source>Backed up the database to %1</source>
            <translation>Backup del database eseguito in %1</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>Backup di %Ln account eseguito in %1</numerusform>
                <numerusform>Backup di %Ln account eseguito in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2</source>
            <translation>
                <numerusform>Backup %1 ripristinato (%Ln account); i dati che ha sostituito sono conservati in %2</numerusform>
                <numerusform>Backup %1 ripristinato (%Ln account); i dati che ha sostituito sono conservati in %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2 (that copy is damaged, as the data was)</source>
            <translation>
                <numerusform>Backup %1 ripristinato (%Ln account); i dati che ha sostituito sono conservati in %2 (quella copia è danneggiata, come lo erano i dati)</numerusform>
                <numerusform>Backup %1 ripristinato (%Ln account); i dati che ha sostituito sono conservati in %2 (quella copia è danneggiata, come lo erano i dati)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 The database was left as it was.</source>
            <translation>%1 %2 Il database è stato lasciato com'era.</translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the damaged database was set aside as %2</source>
            <translation>
                <numerusform>Backup %1 ripristinato (%Ln account); il database danneggiato è stato messo da parte come %2</numerusform>
                <numerusform>Backup %1 ripristinato (%Ln account); il database danneggiato è stato messo da parte come %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); there was no database file to set aside</source>
            <translation>
                <numerusform>Backup %1 ripristinato (%Ln account); non c'era alcun file di database da mettere da parte</numerusform>
                <numerusform>Backup %1 ripristinato (%Ln account); non c'era alcun file di database da mettere da parte</numerusform>
            </translation>
        </message>
        <message>
            <source>No backups in %1</source>
            <translation>Nessun backup in %1</translation>
        </message>
        <message>
            <source>? accounts</source>
            <translation>? account</translation>
        </message>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln account</numerusform>
                <numerusform>%Ln account</numerusform>
            </translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>problem: %1</source>
            <translation>problema: %1</translation>
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
            <translation>mostra questo messaggio di aiuto ed esce</translation>
        </message>
        <message>
            <source>one JSON object per line</source>
            <translation>un oggetto JSON per riga</translation>
        </message>
        <message>
            <source>%1: error: %2 (see '%3 --help')</source>
            <translation>%1: errore: %2 (vedere “%3 --help”)</translation>
        </message>
        <message>
            <source>'%1' is not a date of the form YYYY-MM-DD</source>
            <translation>“%1” non è una data nella forma AAAA-MM-GG</translation>
        </message>
        <message>
            <source>%1: error: %2</source>
            <translation>%1: errore: %2</translation>
        </message>
        <message>
            <source>'%1' is not a whole number</source>
            <translation>“%1” non è un numero intero</translation>
        </message>
        <message>
            <source>'%1' must be between 1 and %2</source>
            <translation>“%1” deve essere compreso tra 1 e %2</translation>
        </message>
        <message>
            <source>fill an empty database with realistic demo data</source>
            <translation>riempie un database vuoto con dati dimostrativi realistici</translation>
        </message>
        <message>
            <source>number of organizations (default: 200)</source>
            <translation>numero di organizzazioni (predefinito: 200)</translation>
        </message>
        <message>
            <source>random seed; the same seed and day give the same data</source>
            <translation>seme casuale; lo stesso seme e lo stesso giorno danno gli stessi dati</translation>
        </message>
        <message>
            <source>add demo data even though the database holds data</source>
            <translation>aggiunge dati dimostrativi anche se il database contiene già dati</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>elenca gli account</translation>
        </message>
        <message>
            <source>only accounts in this kanban column</source>
            <translation>solo gli account in questa colonna kanban</translation>
        </message>
        <message>
            <source>only accounts whose name, people, emails or phones contain TEXT</source>
            <translation>solo gli account il cui nome, persone, e-mail o telefoni contengono TEXT</translation>
        </message>
        <message>
            <source>check integrity and that every summary matches live data</source>
            <translation>verifica l'integrità e che ogni riepilogo corrisponda ai dati attuali</translation>
        </message>
        <message>
            <source>write one account's summary page to a PDF file</source>
            <translation>scrivere la pagina di riepilogo di un account in un file PDF</translation>
        </message>
        <message>
            <source>the organization's id (see `accounts --json`)</source>
            <translation>l’id dell’organizzazione (vedi `accounts --json`)</translation>
        </message>
        <message>
            <source>the PDF file</source>
            <translation>il file PDF</translation>
        </message>
        <message>
            <source>render the main views to PNG files</source>
            <translation>genera le viste principali in file PNG</translation>
        </message>
        <message>
            <source>folder for the PNG files</source>
            <translation>cartella per i file PNG</translation>
        </message>
        <message>
            <source>the interface's language (en, fr, de, es, it, pt_BR; the system's by default)</source>
            <translation>la lingua dell'interfaccia (en, fr, de, es, it, pt_BR; per impostazione predefinita quella del sistema)</translation>
        </message>
        <message>
            <source>%1 Use 'demo --force' to add it anyway.</source>
            <translation>%1 Usare “demo --force” per aggiungerli comunque.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln organizzazione</numerusform>
                <numerusform>%Ln organizzazioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln persone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln trattativa</numerusform>
                <numerusform>%Ln trattative</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(s)</source>
            <translation>
                <numerusform>%Ln attività</numerusform>
                <numerusform>%Ln attività</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln nota</numerusform>
                <numerusform>%Ln note</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln file</numerusform>
                <numerusform>%Ln file</numerusform>
            </translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s in the team database %8.</source>
            <translation>Creati in %7 s nel database del team %8: %1, %2, %3, %4, %5 e %6.</translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s; %8 is %9 MB.</source>
            <translation>Creati in %7 s: %1, %2, %3, %4, %5 e %6; %8 occupa %9 MB.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has problems (%Ln shown above)</source>
            <translation>
                <numerusform>%1 ha dei problemi (%Ln mostrato sopra)</numerusform>
                <numerusform>%1 ha dei problemi (%Ln mostrati sopra)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: OK; %Ln account(s); every summary matches live data.</source>
            <translation>
                <numerusform>%1: OK; %Ln account; ogni riepilogo corrisponde ai dati attuali.</numerusform>
                <numerusform>%1: OK; %Ln account; ogni riepilogo corrisponde ai dati attuali.</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no organization with the id %1</source>
            <translation>non esiste un’organizzazione con id %1</translation>
        </message>
        <message>
            <source>Wrote the summary of %1 to %2</source>
            <translation>Riepilogo di %1 scritto in %2</translation>
        </message>
        <message>
            <source>list the exchange rates to the default currency, or set some</source>
            <translation>elenca i tassi di cambio verso la valuta predefinita, o ne imposta alcuni</translation>
        </message>
        <message>
            <source>what one unit of CODE is worth in the default currency (e.g. USD=0.92); repeat it for several, all set in one transaction</source>
            <translation>quanto vale un'unità di CODE nella valuta predefinita (ad es. USD=0.92); ripeterlo per più valute, tutte impostate in un'unica transazione</translation>
        </message>
        <message>
            <source>--set takes CODE=RATE with a decimal RATE (e.g. USD=0.92), not '%1'</source>
            <translation>--set richiede CODE=RATE con un RATE decimale (ad es. USD=0.92), non “%1”</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>nessun tasso</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>(predefinita)</translation>
        </message>
        <message>
            <source>write activities to an iCalendar (.ics) file for calendar apps</source>
            <translation>scrive le attività in un file iCalendar (.ics) per le app di calendario</translation>
        </message>
        <message>
            <source>the .ics file to write</source>
            <translation>il file .ics da scrivere</translation>
        </message>
        <message>
            <source>only activities assigned to this user (name or id)</source>
            <translation>solo le attività assegnate a questo utente (nome o id)</translation>
        </message>
        <message>
            <source>only activities due on or after this day</source>
            <translation>solo le attività in scadenza in questo giorno o dopo</translation>
        </message>
        <message>
            <source>only activities due on or before this day</source>
            <translation>solo le attività in scadenza in questo giorno o prima</translation>
        </message>
        <message>
            <source>completed activities too (default: open only)</source>
            <translation>anche le attività completate (predefinito: solo quelle aperte)</translation>
        </message>
        <message>
            <source>import records from a CSV or Excel file (creates the database if there is none)</source>
            <translation>importa record da un file CSV o Excel (crea il database se non esiste)</translation>
        </message>
        <message>
            <source>what the file's rows are</source>
            <translation>cosa sono le righe del file</translation>
        </message>
        <message>
            <source>the .csv or .xlsx file to import</source>
            <translation>il file .csv o .xlsx da importare</translation>
        </message>
        <message>
            <source>columns to import as which field, as {"Header": "field key"} (null skips a column); columns not named are matched by their headers</source>
            <translation>quali colonne importare come quale campo, come {"Header": "field key"} (null salta una colonna); le colonne non indicate sono abbinate tramite la loro intestazione</translation>
        </message>
        <message>
            <source>what to do with a row that matches an existing record (default: skip)</source>
            <translation>cosa fare di una riga che corrisponde a un record esistente (predefinito: skip)</translation>
        </message>
        <message>
            <source>check the file and report, but write nothing</source>
            <translation>verifica il file e riporta, ma non scrive nulla</translation>
        </message>
        <message>
            <source>import nothing and exit 1 when any row would be rejected</source>
            <translation>non importa nulla ed esce con 1 se una riga venisse rifiutata</translation>
        </message>
        <message>
            <source>read dates like 03/04/2026 as month/day (default: day/month)</source>
            <translation>legge date come 03/04/2026 come mese/giorno (predefinito: giorno/mese)</translation>
        </message>
        <message>
            <source>reject rows naming an organization, person or deal that does not exist (default: create it)</source>
            <translation>rifiuta le righe che nominano un'organizzazione, una persona o una trattativa inesistente (predefinito: crearla)</translation>
        </message>
        <message>
            <source>write all records of one kind to a CSV or Excel file that imports again</source>
            <translation>scrive tutti i record di un tipo in un file CSV o Excel che si può reimportare</translation>
        </message>
        <message>
            <source>what to export</source>
            <translation>cosa esportare</translation>
        </message>
        <message>
            <source>file format (default: from the file name's extension, else csv)</source>
            <translation>formato del file (predefinito: dall'estensione del nome, altrimenti csv)</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>il file da scrivere</translation>
        </message>
        <message>
            <source>what separates a CSV file's cells (default: semicolon where the system's locale writes decimals with a comma, as Excel there expects; comma elsewhere)</source>
            <translation>cosa separa le celle di un file CSV (predefinito: punto e virgola dove le impostazioni locali del sistema scrivono i decimali con la virgola, come lì si aspetta Excel; altrove virgola)</translation>
        </message>
        <message>
            <source>write a CSV file's decimals with a comma, as a spreadsheet in such a language reads numbers, and separate its cells with semicolons unless --delimiter says otherwise (default: a dot, for other programs)</source>
            <translation>scrivere i decimali di un file CSV con la virgola, come un foglio di calcolo in tale lingua legge i numeri, e separarne le celle con punto e virgola salvo diversa indicazione di --delimiter (predefinito: un punto, per altri programmi)</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 è successivo a --to %2</translation>
        </message>
        <message>
            <source>several users are named '%1'; give the id instead (%2)</source>
            <translation>più utenti si chiamano “%1”; indicare invece l'id (%2)</translation>
        </message>
        <message>
            <source>there is no user with the name or id '%1'</source>
            <translation>non c'è alcun utente con il nome o l'id “%1”</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln activity(s) to %1</source>
            <translation>
                <numerusform>Scritta %Ln attività in %1</numerusform>
                <numerusform>Scritte %Ln attività in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>impossibile leggere %1: %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2</source>
            <translation>%1 non è JSON valido: %2</translation>
        </message>
        <message>
            <source>%1 must be a JSON object like {"Header": "field key"}</source>
            <translation>%1 deve essere un oggetto JSON come {"Header": "field key"}</translation>
        </message>
        <message>
            <source>the file has no column '%1' (named in %2)</source>
            <translation>il file non ha una colonna “%1” (indicata in %2)</translation>
        </message>
        <message>
            <source>'%1' is not a field of %2; use one of: %3</source>
            <translation>“%1” non è un campo di %2; usarne uno tra: %3</translation>
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4 (dry run: nothing was written)</source>
            <translation>Creati %1, aggiornati %2, saltati %3, rifiutati %4 (prova: non è stato scritto nulla)</translation>
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4</source>
            <translation>Creati %1, aggiornati %2, saltati %3, rifiutati %4</translation>
        </message>
        <message numerus="yes">
            <source>Created %Ln linked record(s)</source>
            <translation>
                <numerusform>Creato %Ln record collegato</numerusform>
                <numerusform>Creati %Ln record collegati</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>riga %1: %2</translation>
        </message>
        <message>
            <source>%1 has no column for %2; name it with --mapping</source>
            <translation>%1 non ha una colonna per %2; indicarla con --mapping</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the rows would be rejected (listed above); nothing was imported</source>
            <translation>
                <numerusform>%Ln delle righe verrebbe rifiutata (elencata sopra); non è stato importato nulla</numerusform>
                <numerusform>%Ln delle righe verrebbero rifiutate (elencate sopra); non è stato importato nulla</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln row(s) to %1</source>
            <translation>
                <numerusform>Scritta %Ln riga in %1</numerusform>
                <numerusform>Scritte %Ln righe in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>id %1</source>
            <translation>l'id %1</translation>
        </message>
        <message>
            <source>ids %1-%2</source>
            <translation>gli id %1-%2</translation>
        </message>
        <message>
            <source>%1: could not read %2 (the database is damaged)</source>
            <translation>%1: impossibile leggere %2 (il database è danneggiato)</translation>
        </message>
        <message>
            <source>%1: %2 written without %3 (the database is damaged)</source>
            <translation>%1: %2 scritto senza %3 (il database è danneggiato)</translation>
        </message>
        <message>
            <source>the export is incomplete; run '%1 check' and restore the database from a backup</source>
            <translation>l'esportazione è incompleta; eseguire “%1 check” e ripristinare il database da un backup</translation>
        </message>
        <message>
            <source>make an empty PostgreSQL database a team database (or bring one up to date)</source>
            <translation>trasformare un database PostgreSQL vuoto in un database del team (o aggiornarne uno)</translation>
        </message>
        <message>
            <source>the database, as postgresql://user@host:5432/dbname</source>
            <translation>il database, come postgresql://utente@host:5432/database</translation>
        </message>
        <message>
            <source>copy a whole database into a new file or an empty team database (a file to a server, a server to a file, or a file to a file)</source>
            <translation>copiare un intero database in un nuovo file o in un database del team vuoto (da un file a un server, da un server a un file o da un file a un altro)</translation>
        </message>
        <message>
            <source>the database to copy: a file, or a postgresql:// URL</source>
            <translation>il database da copiare: un file o un URL postgresql://</translation>
        </message>
        <message>
            <source>where to copy it: a new file, or the URL of an empty team database</source>
            <translation>dove copiarlo: un nuovo file o l'URL di un database del team vuoto</translation>
        </message>
        <message>
            <source>%1 is ready for a team: schema %2</source>
            <translation>%1 è pronto per un team: schema %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln row(s)</source>
            <translation>
                <numerusform>%1: %Ln riga</numerusform>
                <numerusform>%1: %Ln righe</numerusform>
            </translation>
        </message>
        <message>
            <source>the copy from %1 to %2 failed, and nothing was copied: %3</source>
            <translation>la copia da %1 a %2 non è riuscita e non è stato copiato nulla: %3</translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %Ln row(s) in %3 s</source>
            <translation>
                <numerusform>%1 copiato in %2: %Ln riga in %3 s</numerusform>
                <numerusform>%1 copiato in %2: %Ln righe in %3 s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Associa le colonne</translation>
        </message>
        <message>
            <source>Choose what each column of the file holds. Columns set to “Do not import” are left out.</source>
            <translation>Scegli cosa contiene ogni colonna del file. Le colonne impostate su “Non importare” vengono escluse.</translation>
        </message>
        <message>
            <source>Choose a column for each required field: %1.</source>
            <translation>Scegli una colonna per ogni campo obbligatorio: %1.</translation>
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation>Scegli almeno una colonna da importare.</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation>Valute</translation>
        </message>
        <message>
            <source>Totals are shown in the default currency; amounts in a currency without a rate count in no total until it has one.</source>
            <translation>I totali sono espressi nella valuta predefinita; gli importi in una valuta senza tasso di cambio non contano in nessun totale finché non ne ha uno.</translation>
        </message>
        <message>
            <source>&amp;Edit rate…</source>
            <translation>&amp;Modifica tasso…</translation>
        </message>
        <message>
            <source>Make &amp;default…</source>
            <translation>Rendi &amp;predefinita…</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Modifica tasso</translation>
        </message>
        <message>
            <source>Give it a rate first: totals can only be turned into it with one.</source>
            <translation>Assegnale prima un tasso: senza tasso i totali non possono essere convertiti in essa.</translation>
        </message>
        <message>
            <source>Change the rate of %1</source>
            <translation>Modifica il tasso di %1</translation>
        </message>
        <message>
            <source>Default currency</source>
            <translation>Valuta predefinita</translation>
        </message>
        <message>
            <source>Show every total in %1 (%2) from now on?</source>
            <translation>Mostrare d’ora in poi tutti i totali in %1 (%2)?</translation>
        </message>
        <message>
            <source>Every exchange rate becomes a rate to %1, and the amounts of money custom fields are converted to it. Edit ▸ Undo changes it back.</source>
            <translation>Ogni tasso di cambio diventa un tasso in %1 e gli importi dei campi personalizzati monetari vengono convertiti in %1. Modifica ▸ Annulla ripristina tutto.</translation>
        </message>
        <message>
            <source>These currencies will have no rate to %1 (it would be too large): %2</source>
            <translation>Queste valute non avranno un tasso in %1 (sarebbe troppo alto): %2</translation>
        </message>
        <message>
            <source>Make %1 the default currency</source>
            <translation>Rendere %1 la valuta predefinita</translation>
        </message>
        <message>
            <source>Turning every total into %1…</source>
            <translation>Conversione di tutti i totali in %1…</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesModel</name>
        <message>
            <source>no rate</source>
            <translation>nessun tasso</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Fissato il</translation>
        </message>
        <message>
            <source>Rate to %1</source>
            <translation>Tasso in %1</translation>
        </message>
        <message>
            <source>The default currency: totals are in it.</source>
            <translation>La valuta predefinita: i totali sono espressi in essa.</translation>
        </message>
        <message>
            <source>Its amounts count in no total until it has a rate.</source>
            <translation>I suoi importi non contano in nessun totale finché non ha un tasso.</translation>
        </message>
        <message>
            <source>1 %1 is worth %2 %3</source>
            <translation>1 %1 vale %2 %3</translation>
        </message>
        <message>
            <source>A built-in rate: check it before relying on its totals.</source>
            <translation>Un tasso incluso: verificalo prima di fidarti dei suoi totali.</translation>
        </message>
    </context>
    <context>
        <name>Currency</name>
        <message>
            <source>Afghan afghani</source>
            <translation>Afghani</translation>
        </message>
        <message>
            <source>Albanian lek</source>
            <translation>Lek albanese</translation>
        </message>
        <message>
            <source>Algerian dinar</source>
            <translation>Dinaro algerino</translation>
        </message>
        <message>
            <source>Angolan kwanza</source>
            <translation>Kwanza angolano</translation>
        </message>
        <message>
            <source>Argentine peso</source>
            <translation>Peso argentino</translation>
        </message>
        <message>
            <source>Armenian dram</source>
            <translation>Dram armeno</translation>
        </message>
        <message>
            <source>Aruban florin</source>
            <translation>Fiorino di Aruba</translation>
        </message>
        <message>
            <source>Australian dollar</source>
            <translation>Dollaro australiano</translation>
        </message>
        <message>
            <source>Azerbaijani manat</source>
            <translation>Manat azero</translation>
        </message>
        <message>
            <source>Bahamian dollar</source>
            <translation>Dollaro delle Bahamas</translation>
        </message>
        <message>
            <source>Bahraini dinar</source>
            <translation>Dinaro del Bahrein</translation>
        </message>
        <message>
            <source>Bangladeshi taka</source>
            <translation>Taka bangladese</translation>
        </message>
        <message>
            <source>Barbados dollar</source>
            <translation>Dollaro di Barbados</translation>
        </message>
        <message>
            <source>Belarusian ruble</source>
            <translation>Rublo bielorusso</translation>
        </message>
        <message>
            <source>Belize dollar</source>
            <translation>Dollaro del Belize</translation>
        </message>
        <message>
            <source>Bermudian dollar</source>
            <translation>Dollaro delle Bermuda</translation>
        </message>
        <message>
            <source>Bhutanese ngultrum</source>
            <translation>Ngultrum bhutanese</translation>
        </message>
        <message>
            <source>Boliviano</source>
            <translation>Boliviano</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina convertible mark</source>
            <translation>Marco convertibile della Bosnia-Herzegovina</translation>
        </message>
        <message>
            <source>Botswana pula</source>
            <translation>Pula del Botswana</translation>
        </message>
        <message>
            <source>Brazilian real</source>
            <translation>Real brasiliano</translation>
        </message>
        <message>
            <source>Brunei dollar</source>
            <translation>Dollaro del Brunei</translation>
        </message>
        <message>
            <source>Bulgarian lev</source>
            <translation>Lev bulgaro</translation>
        </message>
        <message>
            <source>Burundian franc</source>
            <translation>Franco del Burundi</translation>
        </message>
        <message>
            <source>CFP franc</source>
            <translation>Franco CFP</translation>
        </message>
        <message>
            <source>Cambodian riel</source>
            <translation>Riel cambogiano</translation>
        </message>
        <message>
            <source>Canadian dollar</source>
            <translation>Dollaro canadese</translation>
        </message>
        <message>
            <source>Cape Verdean escudo</source>
            <translation>Escudo capoverdiano</translation>
        </message>
        <message>
            <source>Cayman Islands dollar</source>
            <translation>Dollaro delle Isole Cayman</translation>
        </message>
        <message>
            <source>Central African CFA franc</source>
            <translation>Franco CFA BEAC</translation>
        </message>
        <message>
            <source>Chilean peso</source>
            <translation>Peso cileno</translation>
        </message>
        <message>
            <source>Colombian peso</source>
            <translation>Peso colombiano</translation>
        </message>
        <message>
            <source>Comoro franc</source>
            <translation>Franco comoriano</translation>
        </message>
        <message>
            <source>Congolese franc</source>
            <translation>Franco congolese</translation>
        </message>
        <message>
            <source>Costa Rican colón</source>
            <translation>Colón costaricano</translation>
        </message>
        <message>
            <source>Cuban peso</source>
            <translation>Peso cubano</translation>
        </message>
        <message>
            <source>Czech koruna</source>
            <translation>Corona ceca</translation>
        </message>
        <message>
            <source>Danish krone</source>
            <translation>Corona danese</translation>
        </message>
        <message>
            <source>Djiboutian franc</source>
            <translation>Franco di Gibuti</translation>
        </message>
        <message>
            <source>Dominican peso</source>
            <translation>Peso dominicano</translation>
        </message>
        <message>
            <source>East Caribbean dollar</source>
            <translation>Dollaro dei Caraibi orientali</translation>
        </message>
        <message>
            <source>Egyptian pound</source>
            <translation>Sterlina egiziana</translation>
        </message>
        <message>
            <source>Eritrean nakfa</source>
            <translation>Nakfa eritreo</translation>
        </message>
        <message>
            <source>Ethiopian birr</source>
            <translation>Birr etiope</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>Euro</translation>
        </message>
        <message>
            <source>Falkland Islands pound</source>
            <translation>Sterlina delle Falkland</translation>
        </message>
        <message>
            <source>Fiji dollar</source>
            <translation>Dollaro delle Figi</translation>
        </message>
        <message>
            <source>Gambian dalasi</source>
            <translation>Dalasi gambiano</translation>
        </message>
        <message>
            <source>Georgian lari</source>
            <translation>Lari georgiano</translation>
        </message>
        <message>
            <source>Ghanaian cedi</source>
            <translation>Cedi ghanese</translation>
        </message>
        <message>
            <source>Gibraltar pound</source>
            <translation>Sterlina di Gibilterra</translation>
        </message>
        <message>
            <source>Guatemalan quetzal</source>
            <translation>Quetzal guatemalteco</translation>
        </message>
        <message>
            <source>Guinean franc</source>
            <translation>Franco della Guinea</translation>
        </message>
        <message>
            <source>Guyanese dollar</source>
            <translation>Dollaro della Guyana</translation>
        </message>
        <message>
            <source>Haitian gourde</source>
            <translation>Gourde haitiano</translation>
        </message>
        <message>
            <source>Honduran lempira</source>
            <translation>Lempira honduregna</translation>
        </message>
        <message>
            <source>Hong Kong dollar</source>
            <translation>Dollaro di Hong Kong</translation>
        </message>
        <message>
            <source>Hungarian forint</source>
            <translation>Fiorino ungherese</translation>
        </message>
        <message>
            <source>Icelandic króna</source>
            <translation>Corona islandese</translation>
        </message>
        <message>
            <source>Indian rupee</source>
            <translation>Rupia indiana</translation>
        </message>
        <message>
            <source>Indonesian rupiah</source>
            <translation>Rupia indonesiana</translation>
        </message>
        <message>
            <source>Iranian rial</source>
            <translation>Rial iraniano</translation>
        </message>
        <message>
            <source>Iraqi dinar</source>
            <translation>Dinaro iracheno</translation>
        </message>
        <message>
            <source>Israeli new shekel</source>
            <translation>Nuovo siclo israeliano</translation>
        </message>
        <message>
            <source>Jamaican dollar</source>
            <translation>Dollaro giamaicano</translation>
        </message>
        <message>
            <source>Japanese yen</source>
            <translation>Yen giapponese</translation>
        </message>
        <message>
            <source>Jordanian dinar</source>
            <translation>Dinaro giordano</translation>
        </message>
        <message>
            <source>Kazakhstani tenge</source>
            <translation>Tenge kazako</translation>
        </message>
        <message>
            <source>Kenyan shilling</source>
            <translation>Scellino keniota</translation>
        </message>
        <message>
            <source>Kuwaiti dinar</source>
            <translation>Dinaro kuwaitiano</translation>
        </message>
        <message>
            <source>Kyrgyzstani som</source>
            <translation>Som kirghiso</translation>
        </message>
        <message>
            <source>Lao kip</source>
            <translation>Kip laotiano</translation>
        </message>
        <message>
            <source>Lebanese pound</source>
            <translation>Lira libanese</translation>
        </message>
        <message>
            <source>Lesotho loti</source>
            <translation>Loti del Lesotho</translation>
        </message>
        <message>
            <source>Liberian dollar</source>
            <translation>Dollaro liberiano</translation>
        </message>
        <message>
            <source>Libyan dinar</source>
            <translation>Dinaro libico</translation>
        </message>
        <message>
            <source>Macanese pataca</source>
            <translation>Pataca di Macao</translation>
        </message>
        <message>
            <source>Macedonian denar</source>
            <translation>Dinaro macedone</translation>
        </message>
        <message>
            <source>Malagasy ariary</source>
            <translation>Ariary malgascio</translation>
        </message>
        <message>
            <source>Malawian kwacha</source>
            <translation>Kwacha malawiano</translation>
        </message>
        <message>
            <source>Malaysian ringgit</source>
            <translation>Ringgit malese</translation>
        </message>
        <message>
            <source>Maldivian rufiyaa</source>
            <translation>Rufiyaa delle Maldive</translation>
        </message>
        <message>
            <source>Mauritanian ouguiya</source>
            <translation>Ouguiya della Mauritania</translation>
        </message>
        <message>
            <source>Mauritian rupee</source>
            <translation>Rupia mauriziana</translation>
        </message>
        <message>
            <source>Mexican peso</source>
            <translation>Peso messicano</translation>
        </message>
        <message>
            <source>Moldovan leu</source>
            <translation>Leu moldavo</translation>
        </message>
        <message>
            <source>Mongolian tögrög</source>
            <translation>Tugrik mongolo</translation>
        </message>
        <message>
            <source>Moroccan dirham</source>
            <translation>Dirham marocchino</translation>
        </message>
        <message>
            <source>Mozambican metical</source>
            <translation>Metical mozambicano</translation>
        </message>
        <message>
            <source>Myanmar kyat</source>
            <translation>Kyat di Myanmar</translation>
        </message>
        <message>
            <source>Namibian dollar</source>
            <translation>Dollaro namibiano</translation>
        </message>
        <message>
            <source>Nepalese rupee</source>
            <translation>Rupia nepalese</translation>
        </message>
        <message>
            <source>Netherlands Antillean guilder</source>
            <translation>Fiorino delle Antille olandesi</translation>
        </message>
        <message>
            <source>New Taiwan dollar</source>
            <translation>Nuovo dollaro taiwanese</translation>
        </message>
        <message>
            <source>New Zealand dollar</source>
            <translation>Dollaro neozelandese</translation>
        </message>
        <message>
            <source>Nicaraguan córdoba</source>
            <translation>Córdoba nicaraguense</translation>
        </message>
        <message>
            <source>Nigerian naira</source>
            <translation>Naira nigeriana</translation>
        </message>
        <message>
            <source>North Korean won</source>
            <translation>Won nordcoreano</translation>
        </message>
        <message>
            <source>Norwegian krone</source>
            <translation>Corona norvegese</translation>
        </message>
        <message>
            <source>Omani rial</source>
            <translation>Rial omanita</translation>
        </message>
        <message>
            <source>Pakistani rupee</source>
            <translation>Rupia pakistana</translation>
        </message>
        <message>
            <source>Panamanian balboa</source>
            <translation>Balboa panamense</translation>
        </message>
        <message>
            <source>Papua New Guinean kina</source>
            <translation>Kina papuana</translation>
        </message>
        <message>
            <source>Paraguayan guaraní</source>
            <translation>Guaraní paraguayano</translation>
        </message>
        <message>
            <source>Peruvian sol</source>
            <translation>Sol peruviano</translation>
        </message>
        <message>
            <source>Philippine peso</source>
            <translation>Peso filippino</translation>
        </message>
        <message>
            <source>Polish złoty</source>
            <translation>Zloty polacco</translation>
        </message>
        <message>
            <source>Pound sterling</source>
            <translation>Sterlina britannica</translation>
        </message>
        <message>
            <source>Qatari riyal</source>
            <translation>Rial qatariano</translation>
        </message>
        <message>
            <source>Renminbi</source>
            <translation>Yuan cinese</translation>
        </message>
        <message>
            <source>Romanian leu</source>
            <translation>Leu rumeno</translation>
        </message>
        <message>
            <source>Russian ruble</source>
            <translation>Rublo russo</translation>
        </message>
        <message>
            <source>Rwandan franc</source>
            <translation>Franco ruandese</translation>
        </message>
        <message>
            <source>Saint Helena pound</source>
            <translation>Sterlina di Sant’Elena</translation>
        </message>
        <message>
            <source>Salvadoran colón</source>
            <translation>Colón salvadoregno</translation>
        </message>
        <message>
            <source>Samoan tālā</source>
            <translation>Tala samoano</translation>
        </message>
        <message>
            <source>Saudi riyal</source>
            <translation>Riyal saudita</translation>
        </message>
        <message>
            <source>Serbian dinar</source>
            <translation>Dinaro serbo</translation>
        </message>
        <message>
            <source>Seychelles rupee</source>
            <translation>Rupia delle Seychelles</translation>
        </message>
        <message>
            <source>Sierra Leonean leone</source>
            <translation>Leone della Sierra Leone</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation>Dollaro di Singapore</translation>
        </message>
        <message>
            <source>Solomon Islands dollar</source>
            <translation>Dollaro delle Isole Salomone</translation>
        </message>
        <message>
            <source>Somali shilling</source>
            <translation>Scellino somalo</translation>
        </message>
        <message>
            <source>South African rand</source>
            <translation>Rand sudafricano</translation>
        </message>
        <message>
            <source>South Korean won</source>
            <translation>Won sudcoreano</translation>
        </message>
        <message>
            <source>South Sudanese pound</source>
            <translation>Sterlina sud-sudanese</translation>
        </message>
        <message>
            <source>Sri Lankan rupee</source>
            <translation>Rupia di Sri Lanka</translation>
        </message>
        <message>
            <source>Sudanese pound</source>
            <translation>Sterlina sudanese</translation>
        </message>
        <message>
            <source>Surinamese dollar</source>
            <translation>Dollaro del Suriname</translation>
        </message>
        <message>
            <source>Swazi lilangeni</source>
            <translation>Lilangeni</translation>
        </message>
        <message>
            <source>Swedish krona</source>
            <translation>Corona svedese</translation>
        </message>
        <message>
            <source>Swiss franc</source>
            <translation>Franco svizzero</translation>
        </message>
        <message>
            <source>Syrian pound</source>
            <translation>Lira siriana</translation>
        </message>
        <message>
            <source>São Tomé and Príncipe dobra</source>
            <translation>Dobra di Sao Tomé e Príncipe</translation>
        </message>
        <message>
            <source>Tajikistani somoni</source>
            <translation>Somoni tagiko</translation>
        </message>
        <message>
            <source>Tanzanian shilling</source>
            <translation>Scellino della Tanzania</translation>
        </message>
        <message>
            <source>Thai baht</source>
            <translation>Baht thailandese</translation>
        </message>
        <message>
            <source>Tongan pa'anga</source>
            <translation>Paʻanga tongano</translation>
        </message>
        <message>
            <source>Trinidad and Tobago dollar</source>
            <translation>Dollaro di Trinidad e Tobago</translation>
        </message>
        <message>
            <source>Tunisian dinar</source>
            <translation>Dinaro tunisino</translation>
        </message>
        <message>
            <source>Turkish lira</source>
            <translation>Lira turca</translation>
        </message>
        <message>
            <source>Turkmenistan manat</source>
            <translation>Manat turkmeno</translation>
        </message>
        <message>
            <source>UAE dirham</source>
            <translation>Dirham degli Emirati Arabi Uniti</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>Dollaro statunitense</translation>
        </message>
        <message>
            <source>Ugandan shilling</source>
            <translation>Scellino ugandese</translation>
        </message>
        <message>
            <source>Ukrainian hryvnia</source>
            <translation>Grivnia ucraina</translation>
        </message>
        <message>
            <source>Unidad de Fomento</source>
            <translation>Unidades de fomento chilene</translation>
        </message>
        <message>
            <source>Unidad previsional</source>
            <translation>UYW</translation>
        </message>
        <message>
            <source>Uruguay peso en unidades indexadas</source>
            <translation>Peso uruguaiano in unità indicizzate</translation>
        </message>
        <message>
            <source>Uruguayan peso</source>
            <translation>Peso uruguayano</translation>
        </message>
        <message>
            <source>Uzbekistani sum</source>
            <translation>Sum uzbeco</translation>
        </message>
        <message>
            <source>Vanuatu vatu</source>
            <translation>Vatu di Vanuatu</translation>
        </message>
        <message>
            <source>Venezuelan digital bolívar</source>
            <translation>VED</translation>
        </message>
        <message>
            <source>Venezuelan sovereign bolívar</source>
            <translation>Bolívar venezuelano</translation>
        </message>
        <message>
            <source>Vietnamese đồng</source>
            <translation>Dong vietnamita</translation>
        </message>
        <message>
            <source>West African CFA franc</source>
            <translation>Franco CFA BCEAO</translation>
        </message>
        <message>
            <source>Yemeni rial</source>
            <translation>Riyal yemenita</translation>
        </message>
        <message>
            <source>Zambian kwacha</source>
            <translation>Kwacha zambiano</translation>
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
            <translation>Rinomina…</translation>
        </message>
        <message>
            <source>Move field</source>
            <translation>Sposta campo</translation>
        </message>
        <message>
            <source>Hide the selected field everywhere; its values are kept</source>
            <translation>Nascondi ovunque il campo selezionato; i suoi valori vengono conservati</translation>
        </message>
        <message>
            <source>Show the selected field again, with the values it kept</source>
            <translation>Mostra di nuovo il campo selezionato, con i valori conservati</translation>
        </message>
        <message>
            <source>New field</source>
            <translation>Nuovo campo</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Aggiungi campo</translation>
        </message>
        <message>
            <source>Rename field</source>
            <translation>Rinomina campo</translation>
        </message>
        <message>
            <source>Options of “%1”</source>
            <translation>Opzioni di “%1”</translation>
        </message>
        <message>
            <source>Edit options</source>
            <translation>Modifica opzioni</translation>
        </message>
        <message>
            <source>Restore field</source>
            <translation>Ripristina campo</translation>
        </message>
        <message>
            <source>Retire field</source>
            <translation>Archivia campo</translation>
        </message>
        <message>
            <source>Mark the renewal date</source>
            <translation>Imposta la data di rinnovo</translation>
        </message>
        <message>
            <source>Unmark the renewal date</source>
            <translation>Rimuovi la data di rinnovo</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Campi personalizzati</translation>
        </message>
        <message>
            <source>&amp;Fields of:</source>
            <translation>&amp;Campi di:</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizzazioni</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Persone</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Trattative</translation>
        </message>
        <message>
            <source>Add a field at the end of the list</source>
            <translation>Aggiungi un campo in fondo all'elenco</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Aggiungi…</translation>
        </message>
        <message>
            <source>Rename the selected field (F2); its values stay</source>
            <translation>Rinomina il campo selezionato (F2); i suoi valori restano</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Rinomina…</translation>
        </message>
        <message>
            <source>Add, reorder or remove the options of the selected field</source>
            <translation>Aggiungi, riordina o rimuovi le opzioni del campo selezionato</translation>
        </message>
        <message>
            <source>Edit &amp;options…</source>
            <translation>Modifica &amp;opzioni…</translation>
        </message>
        <message>
            <source>Show the selected field earlier (Alt+Up)</source>
            <translation>Mostra prima il campo selezionato (Alt+Su)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Sposta &amp;su</translation>
        </message>
        <message>
            <source>Show the selected field later (Alt+Down)</source>
            <translation>Mostra dopo il campo selezionato (Alt+Giù)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Sposta &amp;giù</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Arc&amp;hivia</translation>
        </message>
        <message>
            <source>Renewal &amp;date</source>
            <translation>&amp;Data di rinnovo</translation>
        </message>
        <message>
            <source>Mark the selected date field as the date each account renews: the view “Renewal in the next 60 days” lists those renewing soon</source>
            <translation>Imposta il campo data selezionato come data di rinnovo di ogni account: la visualizzazione «Rinnovo nei prossimi 60 giorni» elenca quelli in rinnovo a breve</translation>
        </message>
        <message>
            <source>A retired field is hidden everywhere but keeps its values; restore it to show them again.</source>
            <translation>Un campo archiviato è nascosto ovunque ma conserva i suoi valori; ripristinalo per mostrarli di nuovo.</translation>
        </message>
    </context>
    <context>
        <name>CustomValuesModel</name>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valore</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Delete clears the date.</source>
            <translation>Canc cancella la data.</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>New deal</source>
            <translation>Nuova trattativa</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Nessun proprietario</translation>
        </message>
        <message>
            <source>New deal for %1</source>
            <translation>Nuova trattativa per %1</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Modifica trattativa</translation>
        </message>
        <message>
            <source>won on %1</source>
            <translation>vinta il %1</translation>
        </message>
        <message>
            <source>lost on %1</source>
            <translation>persa il %1</translation>
        </message>
        <message>
            <source>No person</source>
            <translation>Nessuna persona</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Trattativa</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titolo:</translation>
        </message>
        <message>
            <source>For example: Annual licence renewal</source>
            <translation>Ad esempio: Rinnovo licenza annuale</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>Or&amp;ganizzazione:</translation>
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation>Digita per cercare; lascia vuoto per nessuna</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valore:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>Pr&amp;oprietario:</translation>
        </message>
        <message>
            <source>E&amp;xpected close:</source>
            <translation>C&amp;hiusura prevista:</translation>
        </message>
        <message>
            <source>No &amp;date</source>
            <translation>Nessuna &amp;data</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stato:</translation>
        </message>
        <message>
            <source>Op&amp;en</source>
            <translation>&amp;Aperta</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>V&amp;inta</translation>
        </message>
        <message>
            <source>&amp;Lost</source>
            <translation>P&amp;ersa</translation>
        </message>
        <message>
            <source>Lost &amp;reason:</source>
            <translation>&amp;Motivo della perdita:</translation>
        </message>
        <message>
            <source>Why the customer said no</source>
            <translation>Perché il cliente ha detto no</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <source>Open</source>
            <translation>Aperta</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Vinta</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Persa</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Trattativa</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>Contatto: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Chiusa</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Motivo della perdita</translation>
        </message>
    </context>
    <context>
        <name>DemoOffer</name>
        <message>
            <source>Creating demo data…</source>
            <translation>Creazione dei dati dimostrativi…</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Dati dimostrativi</translation>
        </message>
        <message>
            <source>Welcome to accountmgr</source>
            <translation>Benvenuto in accountmgr</translation>
        </message>
        <message>
            <source>Your database is empty.</source>
            <translation>Il database è vuoto.</translation>
        </message>
        <message>
            <source>Would you like to explore the application with demo customers, deals and activities? You can delete them later.</source>
            <translation>Vuoi esplorare l'applicazione con clienti, trattative e attività dimostrativi? Potrai eliminarli in seguito.</translation>
        </message>
        <message>
            <source>Create demo data</source>
            <translation>Crea dati dimostrativi</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Inizia senza dati</translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <source>--db needs a file name.</source>
            <translation>--db richiede un nome di file.</translation>
        </message>
        <message>
            <source>A backup cannot be restored while a change is being written.</source>
            <translation>Non è possibile ripristinare un backup mentre viene scritta una modifica.</translation>
        </message>
        <message>
            <source>A backup cannot be taken while a change is being written.</source>
            <translation>Non è possibile eseguire un backup mentre viene scritta una modifica.</translation>
        </message>
        <message>
            <source>A deal value cannot be negative.</source>
            <translation>Il valore di una trattativa non può essere negativo.</translation>
        </message>
        <message>
            <source>A deal value must be a whole number of minor units.</source>
            <translation>Il valore di una trattativa deve essere un numero intero di unità minori della valuta.</translation>
        </message>
        <message>
            <source>A field with this name or id exists again.</source>
            <translation>Esiste di nuovo un campo con questo nome o id.</translation>
        </message>
        <message>
            <source>A note needs an organization.</source>
            <translation>Una nota richiede un'organizzazione.</translation>
        </message>
        <message>
            <source>A retired activity type is already called “{name}”: restore it instead.</source>
            <translation>Un tipo di attività archiviato si chiama già “{name}”: ripristinalo.</translation>
        </message>
        <message>
            <source>A retired field is already called “{name}”: restore it instead.</source>
            <translation>Un campo archiviato si chiama già “{name}”: ripristinalo.</translation>
        </message>
        <message>
            <source>A sheet of “{name}” has more than {limit} rows, more than an Excel sheet can hold; it cannot be imported.</source>
            <translation>Un foglio di “{name}” ha più di {limit} righe, più di quante un foglio Excel possa contenerne; non può essere importato.</translation>
        </message>
        <message>
            <source>A text of {length} characters does not fit in an Excel cell (at most {limit}); export as CSV instead.</source>
            <translation>Un testo di {length} caratteri non entra in una cella di Excel (al massimo {limit}); esporta in CSV.</translation>
        </message>
        <message>
            <source>A view needs a name.</source>
            <translation>Una visualizzazione ha bisogno di un nome.</translation>
        </message>
        <message>
            <source>A view's name has at most {limit} characters.</source>
            <translation>Il nome di una visualizzazione ha al massimo {limit} caratteri.</translation>
        </message>
        <message>
            <source>Activities have no field “{field}”.</source>
            <translation>Le attività non hanno il campo “{field}”.</translation>
        </message>
        <message>
            <source>Activities of the type “{name}” exist already; retire it instead.</source>
            <translation>Esistono già attività del tipo “{name}”; archivialo.</translation>
        </message>
        <message>
            <source>Activity types have no field “{field}”.</source>
            <translation>I tipi di attività non hanno il campo “{field}”.</translation>
        </message>
        <message>
            <source>An activity type with this key or id exists again.</source>
            <translation>Esiste di nuovo un tipo di attività con questa chiave o id.</translation>
        </message>
        <message>
            <source>An exchange rate must be a whole number of millionths.</source>
            <translation>Un tasso di cambio deve essere un numero intero di milionesimi.</translation>
        </message>
        <message>
            <source>An exchange rate must be greater than 0 and at most 1000.</source>
            <translation>Un tasso di cambio deve essere maggiore di 0 e al massimo 1000.</translation>
        </message>
        <message>
            <source>An option field needs at least one option.</source>
            <translation>Un campo a opzioni richiede almeno un'opzione.</translation>
        </message>
        <message>
            <source>Cannot create the folder {path}: {reason}.</source>
            <translation>Impossibile creare la cartella {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: {exc}.</source>
            <translation>Impossibile aprire {path}: {exc}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Impossibile leggere {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write to {folder}: {reason}.</source>
            <translation>Impossibile scrivere in {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Impossibile scrivere {path}: {reason}.</translation>
        </message>
        <message>
            <source>Choose the column that holds “{field}”.</source>
            <translation>Scegli la colonna che contiene “{field}”.</translation>
        </message>
        <message>
            <source>Column {column} is mapped to “{field}”, which {kind} do not have.</source>
            <translation>La colonna {column} è associata a “{field}”, un campo che {kind} non hanno.</translation>
        </message>
        <message>
            <source>Deals have no field “{field}”.</source>
            <translation>Le trattative non hanno il campo “{field}”.</translation>
        </message>
        <message>
            <source>Its organization was deleted meanwhile.</source>
            <translation>Nel frattempo la sua organizzazione è stata eliminata.</translation>
        </message>
        <message>
            <source>Line {line} of “{name}” cannot be read: {reason}.</source>
            <translation>Impossibile leggere la riga {line} di “{name}”: {reason}.</translation>
        </message>
        <message>
            <source>No column gives the {field}.</source>
            <translation>Nessuna colonna fornisce il campo {field}.</translation>
        </message>
        <message>
            <source>No database file is open, so there is nothing to back up or restore.</source>
            <translation>Nessun file di database è aperto, quindi non c'è nulla di cui eseguire il backup o da ripristinare.</translation>
        </message>
        <message>
            <source>Only a date field of organizations can be the renewal date.</source>
            <translation>Solo un campo data delle organizzazioni può essere la data di rinnovo.</translation>
        </message>
        <message>
            <source>Organizations have no field “{field}”.</source>
            <translation>Le organizzazioni non hanno il campo “{field}”.</translation>
        </message>
        <message>
            <source>People have no field “{field}”.</source>
            <translation>Le persone non hanno il campo “{field}”.</translation>
        </message>
        <message>
            <source>Row {row} of “{name}” has a cell of {length} characters; no field takes more than {limit}.</source>
            <translation>La riga {row} di “{name}” ha una cella di {length} caratteri; nessun campo ne accetta più di {limit}.</translation>
        </message>
        <message>
            <source>Several organizations are named “{name}”; pick one from the list.</source>
            <translation>Più organizzazioni si chiamano “{name}”; scegline una dall'elenco.</translation>
        </message>
        <message>
            <source>Someone else changed {name} meanwhile, so your change was not saved. What is on screen now is the latest; make your change again if it still applies.</source>
            <translation>Qualcun altro ha modificato {name} nel frattempo, quindi la tua modifica non è stata salvata. Ciò che vedi ora è la versione più recente; ripeti la modifica se è ancora valida.</translation>
        </message>
        <message>
            <source>Someone else changed {name} while you were editing it, so your changes were not saved. The dialog now shows the latest; make your changes again if they still apply.</source>
            <translation>Qualcun altro ha modificato {name} mentre lo stavi modificando, quindi le tue modifiche non sono state salvate. La finestra mostra ora la versione più recente; ripeti le modifiche se sono ancora valide.</translation>
        </message>
        <message>
            <source>That view was deleted meanwhile.</source>
            <translation>Questa visualizzazione è stata eliminata nel frattempo.</translation>
        </message>
        <message>
            <source>The amount is too large.</source>
            <translation>L'importo è troppo grande.</translation>
        </message>
        <message>
            <source>The backup to {path} could not be written: {exc}.</source>
            <translation>Non è stato possibile scrivere il backup in {path}: {exc}.</translation>
        </message>
        <message>
            <source>The copy did not pass its check, so no backup was kept: {problem}. The database itself may be damaged.</source>
            <translation>La copia non ha superato la verifica, quindi non è stato conservato alcun backup: {problem}. Il database stesso potrebbe essere danneggiato.</translation>
        </message>
        <message>
            <source>The copy of “{name}” is missing from the file store; please attach it again.</source>
            <translation>La copia di “{name}” manca dall'archivio dei file; allegalo di nuovo.</translation>
        </message>
        <message>
            <source>The database already holds data; demo data is only added to an empty database unless forced.</source>
            <translation>Il database contiene già dati; i dati dimostrativi vengono aggiunti solo a un database vuoto, salvo forzatura.</translation>
        </message>
        <message>
            <source>The database is busy with another change; nothing was saved. Please try again.</source>
            <translation>Il database è occupato da un'altra modifica; non è stato salvato nulla. Riprova.</translation>
        </message>
        <message>
            <source>The deal belongs to another organization.</source>
            <translation>La trattativa appartiene a un'altra organizzazione.</translation>
        </message>
        <message>
            <source>The default currency's rate is always 1.</source>
            <translation>Il tasso della valuta predefinita è sempre 1.</translation>
        </message>
        <message>
            <source>The default duration must be between 0 and {limit} minutes.</source>
            <translation>La durata predefinita deve essere compresa tra 0 e {limit} minuti.</translation>
        </message>
        <message>
            <source>The default subject is too long ({length} characters; at most {limit}).</source>
            <translation>L'oggetto predefinito è troppo lungo ({length} caratteri; al massimo {limit}).</translation>
        </message>
        <message>
            <source>The default subject must be text.</source>
            <translation>L'oggetto predefinito deve essere un testo.</translation>
        </message>
        <message>
            <source>The destination has no table {table}; it cannot take a copy.</source>
            <translation>La destinazione non ha la tabella {table}; non può ricevere una copia.</translation>
        </message>
        <message>
            <source>The destination's table {table} has no column {columns}; it cannot take a copy.</source>
            <translation>La tabella {table} della destinazione non ha la colonna {columns}; non può ricevere una copia.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space on the disk that holds the database and try again.</source>
            <translation>Il disco è pieno: non è stato salvato nulla. Libera spazio sul disco che contiene il database e riprova.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full, so no backup could be taken and nothing was changed. Free some space and try again.</source>
            <translation>Il disco che contiene {path} è pieno, quindi non è stato possibile eseguire alcun backup e non è stato modificato nulla. Liberare spazio e riprovare.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full, so the database cannot be opened. Free some space and try again; the database was not changed.</source>
            <translation>Il disco che contiene {path} è pieno, quindi il database non può essere aperto. Liberare spazio e riprovare; il database non è stato modificato.</translation>
        </message>
        <message>
            <source>The due date is not a date.</source>
            <translation>La data di scadenza non è una data.</translation>
        </message>
        <message>
            <source>The due time is not a time of day.</source>
            <translation>L'ora di scadenza non è un'ora del giorno.</translation>
        </message>
        <message>
            <source>The duration must be between 0 and 31 days.</source>
            <translation>La durata deve essere compresa tra 0 e 31 giorni.</translation>
        </message>
        <message>
            <source>The end of the repetition is not a date.</source>
            <translation>La fine della ripetizione non è una data.</translation>
        </message>
        <message>
            <source>The expected close date is not a date.</source>
            <translation>La data di chiusura prevista non è una data.</translation>
        </message>
        <message>
            <source>The export range must be given as dates.</source>
            <translation>L'intervallo di esportazione deve essere indicato con delle date.</translation>
        </message>
        <message>
            <source>The export range starts ({start}) after it ends ({end}).</source>
            <translation>L'intervallo di esportazione inizia ({start}) dopo la fine ({end}).</translation>
        </message>
        <message>
            <source>The field “{name}” already holds values; retire it instead.</source>
            <translation>Il campo “{name}” contiene già dei valori; archivialo.</translation>
        </message>
        <message>
            <source>The field “{name}” has no options.</source>
            <translation>Il campo “{name}” non ha opzioni.</translation>
        </message>
        <message>
            <source>The file name must be text.</source>
            <translation>Il nome del file deve essere un testo.</translation>
        </message>
        <message>
            <source>The file store {folder} cannot be written to: {reason}.</source>
            <translation>Impossibile scrivere nell'archivio dei file {folder}: {reason}.</translation>
        </message>
        <message>
            <source>The file “{name}” cannot be read: {reason}.</source>
            <translation>Impossibile leggere il file “{name}”: {reason}.</translation>
        </message>
        <message>
            <source>The file “{name}” does not exist.</source>
            <translation>Il file “{name}” non esiste.</translation>
        </message>
        <message>
            <source>The file “{name}” has no header row.</source>
            <translation>Il file “{name}” non ha una riga di intestazione.</translation>
        </message>
        <message>
            <source>The file “{name}” is empty.</source>
            <translation>Il file “{name}” è vuoto.</translation>
        </message>
        <message>
            <source>The first sheet of “{name}” is empty.</source>
            <translation>Il primo foglio di “{name}” è vuoto.</translation>
        </message>
        <message>
            <source>The follow-up delay must be empty or between 1 and {limit} days.</source>
            <translation>Il ritardo del follow-up deve essere vuoto o compreso tra 1 e {limit} giorni.</translation>
        </message>
        <message>
            <source>The icon must be the file name of an SVG image.</source>
            <translation>L'icona deve essere il nome di file di un'immagine SVG.</translation>
        </message>
        <message>
            <source>The note must not be empty.</source>
            <translation>La nota non può essere vuota.</translation>
        </message>
        <message>
            <source>The number of organizations must be at least 1.</source>
            <translation>Il numero di organizzazioni deve essere almeno 1.</translation>
        </message>
        <message>
            <source>The option “{option}” cannot be removed: one record uses it. Choose another value for it first.</source>
            <translation>Impossibile rimuovere l'opzione “{option}”: è usata da un record. Scegli prima un altro valore per quel record.</translation>
        </message>
        <message>
            <source>The option “{option}” cannot be removed: {count} records use it. Choose another value for them first.</source>
            <translation>Impossibile rimuovere l'opzione “{option}”: è usata da {count} record. Scegli prima un altro valore per quei record.</translation>
        </message>
        <message>
            <source>The option “{option}” is listed twice.</source>
            <translation>L'opzione “{option}” compare due volte.</translation>
        </message>
        <message>
            <source>The repetition ends ({until}) before the activity is due ({due}).</source>
            <translation>La ripetizione termina ({until}) prima della scadenza dell'attività ({due}).</translation>
        </message>
        <message>
            <source>The repetition interval must be a whole number from 1 to {limit}.</source>
            <translation>L'intervallo di ripetizione deve essere un numero intero da 1 a {limit}.</translation>
        </message>
        <message>
            <source>The repetition is not a repetition rule.</source>
            <translation>La ripetizione non è una regola di ripetizione.</translation>
        </message>
        <message>
            <source>The repetition must end on or after the first date.</source>
            <translation>La ripetizione deve terminare alla prima data o dopo.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is damaged; please attach the file again.</source>
            <translation>La copia archiviata di “{name}” è danneggiata; allega di nuovo il file.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is missing; please attach the file again.</source>
            <translation>La copia archiviata di “{name}” manca; allega di nuovo il file.</translation>
        </message>
        <message>
            <source>The tables {tables} refer to each other; they cannot be copied in order.</source>
            <translation>Le tabelle {tables} si riferiscono l'una all'altra; non possono essere copiate in ordine.</translation>
        </message>
        <message>
            <source>The team database cannot be reached: nothing was saved. Changes can be saved again once the connection is back.</source>
            <translation>Il database del team non è raggiungibile: non è stato salvato nulla. Le modifiche potranno essere salvate di nuovo quando la connessione sarà tornata.</translation>
        </message>
        <message>
            <source>The team database {url} cannot be reached: {reason}.</source>
            <translation>Il database del team {url} non è raggiungibile: {reason}.</translation>
        </message>
        <message>
            <source>The text has bytes that are not valid UTF-8.</source>
            <translation>Il testo contiene byte non validi in UTF-8.</translation>
        </message>
        <message>
            <source>The workbook “{name}” has no sheet.</source>
            <translation>La cartella di lavoro “{name}” non ha fogli.</translation>
        </message>
        <message>
            <source>The {field} is missing.</source>
            <translation>Manca il campo {field}.</translation>
        </message>
        <message>
            <source>The {table} table is too damaged to find its last record; check the database and restore it from a backup.</source>
            <translation>La tabella {table} è troppo danneggiata per trovarne l'ultimo record; controlla il database e ripristinalo da un backup.</translation>
        </message>
        <message>
            <source>The {what} are too long ({length} characters; at most {limit}).</source>
            <translation>Il campo {what} è troppo lungo ({length} caratteri; al massimo {limit}).</translation>
        </message>
        <message>
            <source>The {what} is too long ({length} characters; at most {limit}).</source>
            <translation>Il campo {what} è troppo lungo ({length} caratteri; al massimo {limit}).</translation>
        </message>
        <message>
            <source>The {what} must be text.</source>
            <translation>Il campo {what} deve essere un testo.</translation>
        </message>
        <message>
            <source>The {what} must not be empty.</source>
            <translation>Il campo {what} non può essere vuoto.</translation>
        </message>
        <message>
            <source>There is already a field called “{name}”.</source>
            <translation>Esiste già un campo chiamato “{name}”.</translation>
        </message>
        <message>
            <source>There is already an activity type called “{name}”.</source>
            <translation>Esiste già un tipo di attività chiamato “{name}”.</translation>
        </message>
        <message>
            <source>There is no accountmgr database at {path}.</source>
            <translation>Non esiste un database di accountmgr in {path}.</translation>
        </message>
        <message>
            <source>There is no activity type to give the activity.</source>
            <translation>Non c'è alcun tipo di attività da assegnare all'attività.</translation>
        </message>
        <message>
            <source>There is no deal “{title}”.</source>
            <translation>Non esiste alcuna trattativa “{title}”.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Il file {path} non esiste.</translation>
        </message>
        <message>
            <source>There is no organization named “{name}”.</source>
            <translation>Non esiste alcuna organizzazione di nome “{name}”.</translation>
        </message>
        <message>
            <source>There is no organization with id {id}.</source>
            <translation>Non esiste alcuna organizzazione con id {id}.</translation>
        </message>
        <message>
            <source>There is no organization “{name}”.</source>
            <translation>Non esiste alcuna organizzazione “{name}”.</translation>
        </message>
        <message>
            <source>There is no person “{name}”.</source>
            <translation>Non esiste alcuna persona “{name}”.</translation>
        </message>
        <message>
            <source>There is no user with id {id}.</source>
            <translation>Non esiste alcun utente con id {id}.</translation>
        </message>
        <message>
            <source>There is no user “{name}”.</source>
            <translation>Non esiste alcun utente “{name}”.</translation>
        </message>
        <message>
            <source>There is no user “{value}”.</source>
            <translation>Non esiste alcun utente “{value}”.</translation>
        </message>
        <message>
            <source>There is no {what} with id {id}.</source>
            <translation>Non esiste alcun record {what} con id {id}.</translation>
        </message>
        <message>
            <source>This organization exists already.</source>
            <translation>Questa organizzazione esiste già.</translation>
        </message>
        <message>
            <source>This record exists already.</source>
            <translation>Questo record esiste già.</translation>
        </message>
        <message>
            <source>Two columns are mapped to “{field}”.</source>
            <translation>Due colonne sono associate a “{field}”.</translation>
        </message>
        <message>
            <source>Unknown column “{key}”.</source>
            <translation>Colonna “{key}” sconosciuta.</translation>
        </message>
        <message>
            <source>{backup} could not be put in place of {path}: {exc}.</source>
            <translation>Non è stato possibile mettere {backup} al posto di {path}: {exc}.</translation>
        </message>
        <message>
            <source>{code} has no exchange rate yet: give it one before making it the default currency.</source>
            <translation>{code} non ha ancora un tasso di cambio: assegnagliene uno prima di renderla la valuta predefinita.</translation>
        </message>
        <message>
            <source>{count} rows do not fit on an Excel sheet (at most {limit}); export as CSV instead.</source>
            <translation>{count} righe non entrano in un foglio Excel (al massimo {limit}); esporta in CSV.</translation>
        </message>
        <message>
            <source>{name} lies beside {path}; choose another file name.</source>
            <translation>{name} si trova accanto a {path}; scegliere un altro nome di file.</translation>
        </message>
        <message>
            <source>{path} already exists; copy needs a new file (or an empty team database).</source>
            <translation>{path} esiste già; la copia richiede un nuovo file (o un database del team vuoto).</translation>
        </message>
        <message>
            <source>{path} could not be restored ({exc}); your data was left as it was.</source>
            <translation>Non è stato possibile ripristinare {path} ({exc}); i dati sono stati lasciati com'erano.</translation>
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation>Non è stato possibile aggiornare {path} a questa versione ({exc}); è stato lasciato com'era.</translation>
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); your data was left as it was.</source>
            <translation>Non è stato possibile aggiornare {path} a questa versione ({exc}); i dati sono stati lasciati com'erano.</translation>
        </message>
        <message>
            <source>{path} is a database of another application, not an accountmgr backup.</source>
            <translation>{path} è un database di un'altra applicazione, non un backup di accountmgr.</translation>
        </message>
        <message>
            <source>{path} is a database of another application, not of accountmgr.</source>
            <translation>{path} è un database di un'altra applicazione, non di accountmgr.</translation>
        </message>
        <message>
            <source>{path} is an empty SQLite file, not an accountmgr database.</source>
            <translation>{path} è un file SQLite vuoto, non un database di accountmgr.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be opened: {exc}.</source>
            <translation>{path} è danneggiato e non può essere aperto: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be read: {exc}.</source>
            <translation>{path} è danneggiato e non può essere letto: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be updated: {exc}.</source>
            <translation>{path} è danneggiato e non può essere aggiornato: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}.</source>
            <translation>{path} è danneggiato: {problem}.</translation>
        </message>
        <message>
            <source>{path} is not a database, so it is no accountmgr backup.</source>
            <translation>{path} non è un database, quindi non è un backup di accountmgr.</translation>
        </message>
        <message>
            <source>{path} is not a file.</source>
            <translation>{path} non è un file.</translation>
        </message>
        <message>
            <source>{path} is not a regular file.</source>
            <translation>{path} non è un file normale.</translation>
        </message>
        <message>
            <source>{path} is not an accountmgr database.</source>
            <translation>{path} non è un database di accountmgr.</translation>
        </message>
        <message>
            <source>{path} is open; restore a backup into it with restore().</source>
            <translation>{path} è aperto; ripristinarvi un backup con restore().</translation>
        </message>
        <message>
            <source>{path} is the database accountmgr has open; choose another file name.</source>
            <translation>{path} è il database aperto in accountmgr; scegli un altro nome di file.</translation>
        </message>
        <message>
            <source>{path} is the open database itself, not a backup of it.</source>
            <translation>{path} è il database aperto stesso, non un suo backup.</translation>
        </message>
        <message>
            <source>{path} is the open database itself; choose another file name.</source>
            <translation>{path} è il database aperto stesso; scegliere un altro nome di file.</translation>
        </message>
        <message>
            <source>{path} is the source itself; copy it into another database.</source>
            <translation>{path} è l'origine stessa; copiala in un altro database.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application to use it.</source>
            <translation>{path} è stato scritto da una versione più recente di accountmgr (schema {version}; questa versione conosce fino al {latest}). Aggiornare l'applicazione per usarlo.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application; the file was left untouched.</source>
            <translation>{path} è stato scritto da una versione più recente di accountmgr (schema {version}; questa versione conosce fino al {latest}). Aggiornare l'applicazione; il file non è stato toccato.</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>{url} already holds other tables ({tables}): accountmgr needs an empty database of its own.</source>
            <translation>{url} contiene già altre tabelle ({tables}): accountmgr ha bisogno di un database vuoto tutto suo.</translation>
        </message>
        <message>
            <source>{url} already holds records ({tables}); copy needs an empty team database.</source>
            <translation>{url} contiene già dei record ({tables}); la copia richiede un database del team vuoto.</translation>
        </message>
        <message>
            <source>{url} could not be prepared: {reason}. The database's owner (or a superuser) can run: CREATE EXTENSION pg_trgm;</source>
            <translation>Impossibile preparare {url}: {reason}. Il proprietario del database (o un superutente) può eseguire: CREATE EXTENSION pg_trgm;</translation>
        </message>
        <message>
            <source>{url} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation>Impossibile aggiornare {url} a questa versione ({exc}); è stato lasciato com’era.</translation>
        </message>
        <message>
            <source>{url} is a database of another application, not of accountmgr.</source>
            <translation>{url} è un database di un’altra applicazione, non di accountmgr.</translation>
        </message>
        <message>
            <source>{url} is not an accountmgr team database. To make an empty PostgreSQL database one, run: accountmgr init-server {url}</source>
            <translation>{url} non è un database del team di accountmgr. Per trasformare un database PostgreSQL vuoto in uno, esegui: accountmgr init-server {url}</translation>
        </message>
        <message>
            <source>{url} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application.</source>
            <translation>{url} è stato scritto da una versione più recente di accountmgr (schema {version}; questa versione conosce fino al {latest}). Aggiorna l’applicazione.</translation>
        </message>
        <message>
            <source>“{choice}” is not a way to handle duplicates.</source>
            <translation>“{choice}” non è un modo valido di gestire i duplicati.</translation>
        </message>
        <message>
            <source>“{code}” is not a known currency.</source>
            <translation>“{code}” non è una valuta conosciuta.</translation>
        </message>
        <message>
            <source>“{code}” is not a two-letter country code.</source>
            <translation>“{code}” non è un codice paese di due lettere.</translation>
        </message>
        <message>
            <source>“{color}” is not a colour like #2e7d32.</source>
            <translation>“{color}” non è un colore come #2e7d32.</translation>
        </message>
        <message>
            <source>“{delimiter}” cannot separate the cells of a CSV file.</source>
            <translation>“{delimiter}” non può separare le celle di un file CSV.</translation>
        </message>
        <message>
            <source>“{entity}” has no custom fields.</source>
            <translation>“{entity}” non ha campi personalizzati.</translation>
        </message>
        <message>
            <source>“{field}” can only be changed one occurrence at a time.</source>
            <translation>“{field}” può essere modificato solo per un'occorrenza alla volta.</translation>
        </message>
        <message>
            <source>“{format}” is not an export format (csv or xlsx).</source>
            <translation>“{format}” non è un formato di esportazione (csv o xlsx).</translation>
        </message>
        <message>
            <source>“{icon}” is not the file name of an SVG image (like “call.svg”).</source>
            <translation>“{icon}” non è il nome di file di un'immagine SVG (come “call.svg”).</translation>
        </message>
        <message>
            <source>“{key}” is not a field of {kind}.</source>
            <translation>“{key}” non è un campo di {kind}.</translation>
        </message>
        <message>
            <source>“{key}” is not an activity type.</source>
            <translation>“{key}” non è un tipo di attività.</translation>
        </message>
        <message>
            <source>“{kind}” is not something that can be exported.</source>
            <translation>“{kind}” non è qualcosa che si possa esportare.</translation>
        </message>
        <message>
            <source>“{kind}” is not something that can be imported.</source>
            <translation>“{kind}” non è qualcosa che si possa importare.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened.</source>
            <translation>Impossibile aprire “{name}”.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}</source>
            <translation>Impossibile aprire “{name}”: {reason}</translation>
        </message>
        <message>
            <source>“{name}” cannot be put back: its organization no longer exists.</source>
            <translation>Impossibile ripristinare “{name}”: la sua organizzazione non esiste più.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: permission denied.</source>
            <translation>Impossibile leggere “{name}”: autorizzazione negata.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>Impossibile leggere “{name}”: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” could not be copied into the file store: {reason}.</source>
            <translation>Impossibile copiare “{name}” nell'archivio dei file: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” does not exist (any more).</source>
            <translation>“{name}” non esiste (più).</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a file.</source>
            <translation>“{name}” è una cartella, non un file.</translation>
        </message>
        <message>
            <source>“{name}” is an old Excel file (.xls): save it as .xlsx or CSV first.</source>
            <translation>“{name}” è un file Excel di vecchio formato (.xls): salvalo prima come .xlsx o CSV.</translation>
        </message>
        <message>
            <source>“{name}” is attached already.</source>
            <translation>“{name}” è già allegato.</translation>
        </message>
        <message>
            <source>“{name}” is not a readable Excel file ({reason}).</source>
            <translation>“{name}” non è un file Excel leggibile ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (it may be a device or a pipe) and cannot be attached.</source>
            <translation>“{name}” non è un file normale (potrebbe essere un dispositivo o una pipe) e non può essere allegato.</translation>
        </message>
        <message>
            <source>“{name}” is not a text (CSV) file: line {line} holds a NUL byte.</source>
            <translation>“{name}” non è un file di testo (CSV): la riga {line} contiene un byte NUL.</translation>
        </message>
        <message>
            <source>“{name}” is not a text file in a known encoding.</source>
            <translation>“{name}” non è un file di testo in una codifica conosciuta.</translation>
        </message>
        <message>
            <source>“{name}” is not a valid Excel file.</source>
            <translation>“{name}” non è un file Excel valido.</translation>
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be attached. To keep a copy of it, use File ▸ Back up now.</source>
            <translation>“{name}” è il database aperto in accountmgr; non può essere allegato. Per conservarne una copia, usa File ▸ Esegui backup ora.</translation>
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be imported.</source>
            <translation>“{name}” è il database aperto in accountmgr; non può essere importato.</translation>
        </message>
        <message>
            <source>“{name}” is the last active activity type; at least one must stay active.</source>
            <translation>“{name}” è l'ultimo tipo di attività attivo; almeno uno deve restare attivo.</translation>
        </message>
        <message>
            <source>“{name}” is too large to attach (at most {limit} GiB).</source>
            <translation>“{name}” è troppo grande per essere allegato (al massimo {limit} GiB).</translation>
        </message>
        <message>
            <source>“{name}” is too large to attach to a team database (at most {limit} MiB).</source>
            <translation>“{name}” è troppo grande per essere allegato a un database del team (al massimo {limit} MiB).</translation>
        </message>
        <message>
            <source>“{name}” unpacks to {size} MB, more than the {limit} MB an Excel file may have to be imported; save it as CSV and import that.</source>
            <translation>Decompresso, “{name}” occupa {size} MB, più dei {limit} MB consentiti per importare un file Excel; salvalo come CSV e importa quello.</translation>
        </message>
        <message>
            <source>“{name}” was not copied into the file store.</source>
            <translation>“{name}” non è stato copiato nell'archivio dei file.</translation>
        </message>
        <message>
            <source>“{point}” cannot be the decimal point of a CSV file separated by “{delimiter}”.</source>
            <translation>“{point}” non può essere il separatore decimale di un file CSV separato da “{delimiter}”.</translation>
        </message>
        <message>
            <source>“{status}” is not a deal status.</source>
            <translation>“{status}” non è uno stato di trattativa.</translation>
        </message>
        <message>
            <source>“{text}” cannot be read.</source>
            <translation>Impossibile leggere “{text}”.</translation>
        </message>
        <message>
            <source>“{text}” has more decimals than the currency allows ({exponent}).</source>
            <translation>“{text}” ha più decimali di quelli consentiti dalla valuta ({exponent}).</translation>
        </message>
        <message>
            <source>“{text}” is in {named} but the currency column says {column}.</source>
            <translation>“{text}” è in {named}, ma la colonna della valuta indica {column}.</translation>
        </message>
        <message>
            <source>“{text}” is neither yes nor no.</source>
            <translation>“{text}” non è né sì né no.</translation>
        </message>
        <message>
            <source>“{text}” is not a date and time.</source>
            <translation>“{text}” non è una data e ora.</translation>
        </message>
        <message>
            <source>“{text}” is not a date.</source>
            <translation>“{text}” non è una data.</translation>
        </message>
        <message>
            <source>“{text}” is not a deal status (open, won or lost).</source>
            <translation>“{text}” non è uno stato di trattativa (aperta, vinta o persa).</translation>
        </message>
        <message>
            <source>“{text}” is not a duration in minutes (at most 31 days).</source>
            <translation>“{text}” non è una durata in minuti (al massimo 31 giorni).</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}” non è un numero.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number.</source>
            <translation>“{text}” non è un numero di telefono.</translation>
        </message>
        <message>
            <source>“{text}” is not a time of day.</source>
            <translation>“{text}” non è un'ora del giorno.</translation>
        </message>
        <message>
            <source>“{text}” is not a valid date.</source>
            <translation>“{text}” non è una data valida.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>“{text}” non è un importo.</translation>
        </message>
        <message>
            <source>“{text}” is not an email address.</source>
            <translation>“{text}” non è un indirizzo email.</translation>
        </message>
        <message>
            <source>“{type}” is not a field type.</source>
            <translation>“{type}” non è un tipo di campo.</translation>
        </message>
        <message>
            <source>“{unit}” is not a repetition unit; use day, week or month.</source>
            <translation>“{unit}” non è un'unità di ripetizione; usa day (giorno), week (settimana) o month (mese).</translation>
        </message>
        <message>
            <source>“{url}” is not a team database address: write postgresql://user@host:5432/database.</source>
            <translation>“{url}” non è l’indirizzo di un database del team: scrivi postgresql://utente@host:5432/database.</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>“{value}” non è una data (AAAA-MM-GG).</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>“{value}” non è un numero.</translation>
        </message>
        <message>
            <source>“{value}” is not a number: write it with a decimal point.</source>
            <translation>“{value}” non è un numero: scrivilo con il punto decimale.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid phone number.</source>
            <translation>“{value}” non è un numero di telefono valido.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid {what}.</source>
            <translation>“{value}” non è un valore valido per {what}.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the options of “{field}”.</source>
            <translation>“{value}” non è una delle opzioni di “{field}”.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the options.</source>
            <translation>“{value}” non è una delle opzioni.</translation>
        </message>
    </context>
    <context>
        <name>FieldDefinitionsModel</name>
        <message>
            <source>Text</source>
            <translation>Testo</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Testo lungo</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <source>Monetary</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Single option</source>
            <translation>Opzione singola</translation>
        </message>
        <message>
            <source>Multiple options</source>
            <translation>Opzioni multiple</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utente</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Indirizzo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opzioni</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Archiviato</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>Hidden everywhere; its values are kept. Restore it to show it again.</source>
            <translation>Nascosto ovunque; i suoi valori vengono conservati. Ripristinalo per mostrarlo di nuovo.</translation>
        </message>
    </context>
    <context>
        <name>FieldDelegate</name>
        <message>
            <source>Ctrl+Enter saves; Enter starts a new line.</source>
            <translation>Ctrl+Invio salva; Invio va a capo.</translation>
        </message>
        <message>
            <source>Space ticks an option; Enter saves.</source>
            <translation>Spazio seleziona un'opzione; Invio salva.</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nessuno</translation>
        </message>
        <message>
            <source>“%1” is not a number. Write it like %2.</source>
            <translation>“%1” non è un numero. Scrivilo come %2.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non salvato: %1</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <source>One option per line</source>
            <translation>Un'opzione per riga</translation>
        </message>
        <message>
            <source>&amp;Options:
(one per line)</source>
            <translation>&amp;Opzioni:
(una per riga)</translation>
        </message>
        <message>
            <source>For example: Contract number</source>
            <translation>Ad esempio: Numero di contratto</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Tipo:</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Folder</source>
            <translation>Cartella</translation>
        </message>
        <message>
            <source>%1 file</source>
            <translation>File %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>That file is the database accountmgr has open. Choose another name.</source>
            <translation>Questo file è il database aperto in accountmgr. Scegli un altro nome.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Scegli il file</translation>
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV file or an Excel workbook (.xlsx). Nothing is written before the last step.</source>
            <translation>Importa organizzazioni, persone, trattative, attività o note da un file CSV o da una cartella di lavoro Excel (.xlsx). Nulla viene scritto prima dell'ultimo passaggio.</translation>
        </message>
        <message>
            <source>Import from a file</source>
            <translation>Importa da un file</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Fogli di calcolo (*.csv *.tsv *.txt *.xlsx);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation>Il file non ha righe sotto l'intestazione.</translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>Colonne: %1</translation>
        </message>
        <message>
            <source>%1 · Excel workbook, first sheet</source>
            <translation>%1 · Cartella di lavoro Excel, primo foglio</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>virgola</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>punto e virgola</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulazione</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>barra verticale</translation>
        </message>
        <message>
            <source>%1 · Text encoding: %2 · Separator: %3</source>
            <translation>%1 · Codifica del testo: %2 · Separatore: %3</translation>
        </message>
    </context>
    <context>
        <name>FilesModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensione</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Aggiunto</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Relativo a</translation>
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <source>Address</source>
            <translation>Indirizzo</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Assegnatario</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenuto</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>Data di creazione</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Trattativa</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Completata</translation>
        </message>
        <message>
            <source>Done time</source>
            <translation>Data di completamento</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Data di scadenza</translation>
        </message>
        <message>
            <source>Due time</source>
            <translation>Ora di scadenza</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Data di chiusura prevista</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etichetta</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Motivo della perdita</translation>
        </message>
        <message>
            <source>Lost time</source>
            <translation>Data di perdita</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Proprietario</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fissata</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Oggetto</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <source>Won time</source>
            <translation>Data di vincita</translation>
        </message>
    </context>
    <context>
        <name>ImportFilePage</name>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Nessun file ancora scelto</translation>
        </message>
        <message>
            <source>Choose a CSV file or an Excel workbook (.xlsx)</source>
            <translation>Scegli un file CSV o una cartella di lavoro Excel (.xlsx)</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Scegli…</translation>
        </message>
        <message>
            <source>The file &amp;holds:</source>
            <translation>Il file &amp;contiene:</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizzazioni</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Persone</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Trattative</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Dates are written:</source>
            <translation>Formato delle &amp;date:</translation>
        </message>
        <message>
            <source>How to read dates such as 03/04/2026, which could be either</source>
            <translation>Come leggere date come 03/04/2026, che potrebbero essere interpretate in entrambi i modi</translation>
        </message>
        <message>
            <source>Day first (31/12/2026)</source>
            <translation>Prima il giorno (31/12/2026)</translation>
        </message>
        <message>
            <source>Month first (12/31/2026)</source>
            <translation>Prima il mese (12/31/2026)</translation>
        </message>
        <message>
            <source>When a record &amp;exists already:</source>
            <translation>Se un record &amp;esiste già:</translation>
        </message>
        <message>
            <source>Skip the row</source>
            <translation>Salta la riga</translation>
        </message>
        <message>
            <source>Update the record with the row's values</source>
            <translation>Aggiorna il record con i valori della riga</translation>
        </message>
        <message>
            <source>Create another record anyway</source>
            <translation>Crea comunque un altro record</translation>
        </message>
        <message>
            <source>Create the organizations, people and deals the rows &amp;name that do not exist yet</source>
            <translation>Crea le organizzazioni, le persone e le trattative &amp;nominate nelle righe che non esistono ancora</translation>
        </message>
        <message>
            <source>Otherwise a row that names one that does not exist is not imported, and the report says why</source>
            <translation>Altrimenti una riga che ne nomina una inesistente non viene importata e il rapporto ne indica il motivo</translation>
        </message>
    </context>
    <context>
        <name>ImportModels</name>
        <message>
            <source>Open</source>
            <translation>Aperta</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Vinta</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Persa</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Colonna %1</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonna nel file</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Primi valori</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importa come</translation>
        </message>
        <message>
            <source>This column is left out</source>
            <translation>Questa colonna viene esclusa</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>Non importare</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obbligatorio)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sì</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>This row will be skipped and reported:</source>
            <translation>Questa riga verrà saltata e segnalata:</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Riga</translation>
        </message>
        <message>
            <source>The line (or sheet row) in the file</source>
            <translation>Il numero di riga nel file (o nel foglio)</translation>
        </message>
        <message>
            <source>day first</source>
            <translation>con il giorno prima</translation>
        </message>
        <message>
            <source>month first</source>
            <translation>con il mese prima</translation>
        </message>
        <message>
            <source>“%1” could be read day first or month first; it is read %2. The first page says which.</source>
            <translation>“%1” è ambigua tra giorno e mese; viene letta %2. La prima pagina indica l'ordine.</translation>
        </message>
        <message>
            <source>From the column “%1”</source>
            <translation>Dalla colonna “%1”</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Impossibile leggere il file: %1</translation>
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
            <translation>Creati:</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>Aggiornati:</translation>
        </message>
        <message>
            <source>Skipped (already there):</source>
            <translation>Saltati (già presenti):</translation>
        </message>
        <message>
            <source>Created because rows named them:</source>
            <translation>Creati perché nominati nelle righe:</translation>
        </message>
        <message>
            <source>Organizations, people and deals that rows named and that did not exist yet</source>
            <translation>Organizzazioni, persone e trattative nominate nelle righe e che non esistevano ancora</translation>
        </message>
        <message>
            <source>Not imported:</source>
            <translation>Non importati:</translation>
        </message>
        <message>
            <source>Save the counts and the rows not imported, with their reasons, as a CSV file</source>
            <translation>Salva i conteggi e le righe non importate, con i motivi, in un file CSV</translation>
        </message>
        <message>
            <source>&amp;Save report…</source>
            <translation>&amp;Salva rapporto…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importa</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Passaggio %1 di %2</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annullamento…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importazione…</translation>
        </message>
        <message>
            <source>Importing… %1 of about %2 rows read</source>
            <translation>Importazione… %1 di circa %2 righe lette</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>Importazione annullata; non è stato scritto nulla.</translation>
        </message>
    </context>
    <context>
        <name>KanbanModel</name>
        <message>
            <source>%1, next: %2 on %3 (%4)</source>
            <translation>%1, prossima: %2 il %3 (%4)</translation>
        </message>
        <message>
            <source>%1, nothing planned</source>
            <translation>%1, nessuna attività pianificata</translation>
        </message>
    </context>
    <context>
        <name>KanbanTab</name>
        <message>
            <source>No activity</source>
            <translation>Nessuna attività</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Scadute</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Oggi</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Domani</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Questa settimana</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Settimana prossima</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Più avanti</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n account</numerusform>
                <numerusform>%n account</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark next activity &amp;done</source>
            <translation>Segna la prossima attività come &amp;completata</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Apri</translation>
        </message>
        <message>
            <source>&amp;Schedule for</source>
            <translation>&amp;Pianifica per</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Lingua…</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Lingua di sistema (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Language of accountmgr:</source>
            <translation>Lingua di accountmgr:</translation>
        </message>
        <message>
            <source>accountmgr speaks the chosen language from its next start. Restart now?</source>
            <translation>accountmgr userà la lingua scelta dal prossimo avvio. Riavviare ora?</translation>
        </message>
    </context>
    <context>
        <name>LinkPersonDialog</name>
        <message>
            <source>Link a person to %1</source>
            <translation>Collega una persona a %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>%1 (now at %2)</source>
            <translation>%1 (ora presso %2)</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Clear filters</source>
            <translation>Azzera filtri</translation>
        </message>
        <message>
            <source>Show every account: no search, no filter</source>
            <translation>Mostra tutti gli account: nessuna ricerca, nessun filtro</translation>
        </message>
        <message>
            <source>Owner filter</source>
            <translation>Filtro proprietario</translation>
        </message>
        <message>
            <source>Label filter</source>
            <translation>Filtro etichetta</translation>
        </message>
        <message>
            <source>Next activity filter</source>
            <translation>Filtro prossima attività</translation>
        </message>
        <message>
            <source>Contacted or not</source>
            <translation>Contattati o no</translation>
        </message>
        <message>
            <source>Not contacted in days</source>
            <translation>Giorni senza contatto</translation>
        </message>
        <message>
            <source>Contacted lately filter</source>
            <translation>Filtro contatto recente</translation>
        </message>
        <message>
            <source>Any last contact</source>
            <translation>Qualsiasi ultimo contatto</translation>
        </message>
        <message>
            <source>Contacted in 30 days</source>
            <translation>Contattati negli ultimi 30 giorni</translation>
        </message>
        <message>
            <source>Contacted in 90 days</source>
            <translation>Contattati negli ultimi 90 giorni</translation>
        </message>
        <message>
            <source>Accounts only</source>
            <translation>Solo account</translation>
        </message>
        <message>
            <source>Uncheck to list every organization, also those without a won deal</source>
            <translation>Deseleziona per elencare tutte le organizzazioni, anche quelle senza trattative vinte</translation>
        </message>
        <message>
            <source>Show the accounts of the other filters again</source>
            <translation>Mostra di nuovo gli account degli altri filtri</translation>
        </message>
        <message>
            <source>Show the accounts of one owner</source>
            <translation>Mostra gli account di un proprietario</translation>
        </message>
        <message>
            <source>Show the accounts with one label</source>
            <translation>Mostra gli account con un'etichetta</translation>
        </message>
        <message>
            <source>Show the accounts by the date of their next activity</source>
            <translation>Mostra gli account in base alla data della prossima attività</translation>
        </message>
        <message>
            <source>Show the accounts nobody contacted lately</source>
            <translation>Mostra gli account che nessuno ha contattato di recente</translation>
        </message>
        <message>
            <source>Show the accounts someone contacted lately</source>
            <translation>Mostra gli account che qualcuno ha contattato di recente</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Tutti i proprietari</translation>
        </message>
        <message>
            <source>My accounts</source>
            <translation>I miei account</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Nessun proprietario</translation>
        </message>
        <message>
            <source>All labels</source>
            <translation>Tutte le etichette</translation>
        </message>
        <message>
            <source>Any next activity</source>
            <translation>Qualsiasi prossima attività</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n accounts)</source>
            <translation>
                <numerusform>%1 (%n account)</numerusform>
                <numerusform>%1 (%n account)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Renewal in the next %n days</source>
            <translation>
                <numerusform>Rinnovo nel prossimo %n giorno</numerusform>
                <numerusform>Rinnovo nei prossimi %n giorni</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Move column left</source>
            <translation>Sposta colonna a sinistra</translation>
        </message>
        <message>
            <source>Move column right</source>
            <translation>Sposta colonna a destra</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>Ripristina colonne</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Accounts — accountmgr</source>
            <translation>Account — accountmgr</translation>
        </message>
        <message>
            <source>The team database cannot be reached. Changes are not saved until it is back; the connection is tried again every few seconds.</source>
            <translation>Il database del team non è raggiungibile. Le modifiche non vengono salvate finché non torna disponibile; la connessione viene ritentata ogni pochi secondi.</translation>
        </message>
        <message>
            <source>The team database can be reached again.</source>
            <translation>Il database del team è di nuovo raggiungibile.</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Ripetuto: %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Annullato: %1</translation>
        </message>
        <message>
            <source>Select an account first: the activity is scheduled for it.</source>
            <translation>Seleziona prima un account: l'attività viene pianificata per quell'account.</translation>
        </message>
        <message>
            <source>&amp;Reminders</source>
            <translation>&amp;Promemoria</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Lista</translation>
        </message>
        <message>
            <source>&amp;Kanban</source>
            <translation>&amp;Kanban</translation>
        </message>
        <message>
            <source>Ove&amp;rview</source>
            <translation>Pa&amp;noramica</translation>
        </message>
        <message>
            <source>Who is planned and who is forgotten, across every account</source>
            <translation>Chi è pianificato e chi è dimenticato, su tutti gli account</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Export &amp;data</source>
            <translation>Esporta &amp;dati</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Impostazioni</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra degli strumenti principale</translation>
        </message>
        <message>
            <source>+ &amp;Organization</source>
            <translation>+ &amp;Organizzazione</translation>
        </message>
        <message>
            <source>New organization (Ctrl+N)</source>
            <translation>Nuova organizzazione (Ctrl+N)</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>+ &amp;Activity</source>
            <translation>+ A&amp;ttività</translation>
        </message>
        <message>
            <source>Schedule an activity for the selected account (Ctrl+Shift+A)</source>
            <translation>Pianifica un'attività per l'account selezionato (Ctrl+Maiusc+A)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importa…</translation>
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV or Excel file (Ctrl+I)</source>
            <translation>Importa organizzazioni, persone, trattative, attività o note da un file CSV o Excel (Ctrl+I)</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Organizations…</source>
            <translation>&amp;Organizzazioni…</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>&amp;Persone…</translation>
        </message>
        <message>
            <source>&amp;Deals…</source>
            <translation>&amp;Trattative…</translation>
        </message>
        <message>
            <source>&amp;Activities…</source>
            <translation>&amp;Attività…</translation>
        </message>
        <message>
            <source>&amp;Notes…</source>
            <translation>&amp;Note…</translation>
        </message>
        <message>
            <source>Export activities to &amp;calendar…</source>
            <translation>Esporta attività nel &amp;calendario…</translation>
        </message>
        <message>
            <source>Write the open activities to an iCalendar (.ics) file for Outlook, Apple Calendar or Thunderbird</source>
            <translation>Scrivi le attività aperte in un file iCalendar (.ics) per Outlook, Calendario di Apple o Thunderbird</translation>
        </message>
        <message>
            <source>&amp;Print account…</source>
            <translation>S&amp;tampa account…</translation>
        </message>
        <message>
            <source>Print the selected account's summary: won value, fields, next activities, history, notes, people and deals</source>
            <translation>Stampa il riepilogo dell’account selezionato: valore vinto, campi, prossime attività, cronologia, note, persone e trattative</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>Export account as P&amp;DF…</source>
            <translation>Esporta account come P&amp;DF…</translation>
        </message>
        <message>
            <source>Write the selected account's summary to a PDF file</source>
            <translation>Scrivi il riepilogo dell’account selezionato in un file PDF</translation>
        </message>
        <message>
            <source>&amp;Activity types…</source>
            <translation>&amp;Tipi di attività…</translation>
        </message>
        <message>
            <source>Add, edit, reorder and retire the types of activities</source>
            <translation>Aggiungi, modifica, riordina e archivia i tipi di attività</translation>
        </message>
        <message>
            <source>&amp;Custom fields…</source>
            <translation>&amp;Campi personalizzati…</translation>
        </message>
        <message>
            <source>Add, rename, reorder and retire the custom fields of organizations, people and deals</source>
            <translation>Aggiungi, rinomina, riordina e archivia i campi personalizzati di organizzazioni, persone e trattative</translation>
        </message>
        <message>
            <source>+ &amp;Person</source>
            <translation>+ &amp;Persona</translation>
        </message>
        <message>
            <source>New person (Ctrl+Shift+P)</source>
            <translation>Nuova persona (Ctrl+Maiusc+P)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>+ &amp;Deal</source>
            <translation>+ T&amp;rattativa</translation>
        </message>
        <message>
            <source>New deal (Ctrl+Shift+D)</source>
            <translation>Nuova trattativa (Ctrl+Maiusc+D)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+D</source>
            <translation>Ctrl+Shift+D</translation>
        </message>
        <message>
            <source>&amp;Export view to CSV…</source>
            <translation>Esporta &amp;vista in CSV…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Edit organization…</source>
            <translation>&amp;Modifica organizzazione…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Elimina…</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Change &amp;owner…</source>
            <translation>Cambia &amp;proprietario…</translation>
        </message>
        <message>
            <source>&amp;Schedule activity for selection…</source>
            <translation>Pianifica attività per la &amp;selezione…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Trova…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
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
            <translation>&amp;Pannello laterale</translation>
        </message>
        <message>
            <source>Show or hide the panel beside the list and the board (F9)</source>
            <translation>Mostra o nascondi il pannello accanto alla lista e alla bacheca (F9)</translation>
        </message>
        <message>
            <source>F9</source>
            <translation>F9</translation>
        </message>
        <message>
            <source>&amp;About accountmgr</source>
            <translation>&amp;Informazioni su accountmgr</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Esegui &amp;backup ora</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Ripristina da backup…</translation>
        </message>
        <message>
            <source>Connect to &amp;team database…</source>
            <translation>Connetti al database del &amp;team…</translation>
        </message>
        <message>
            <source>A team database is backed up on its server (with pg_dump, for example).</source>
            <translation>Un database del team viene salvato sul suo server (con pg_dump, per esempio).</translation>
        </message>
        <message>
            <source>C&amp;urrencies…</source>
            <translation>&amp;Valute…</translation>
        </message>
        <message>
            <source>See and edit the exchange rates to the default currency</source>
            <translation>Visualizza e modifica i tassi di cambio verso la valuta predefinita</translation>
        </message>
        <message>
            <source>Wrote the account's summary to %1</source>
            <translation>Riepilogo dell’account scritto in %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>%n riga esportata in %1</numerusform>
                <numerusform>%n righe esportate in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n activities to %1</source>
            <translation>
                <numerusform>%n attività esportata in %1</numerusform>
                <numerusform>%n attività esportate in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Backup del database in corso…</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>Backup di %Ln account eseguito in %1</numerusform>
                <numerusform>Backup di %Ln account eseguito in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored. The data it replaced is kept in %1</source>
            <translation>Ripristino completato. I dati sostituiti sono conservati in %1</translation>
        </message>
        <message>
            <source>About accountmgr</source>
            <translation>Informazioni su accountmgr</translation>
        </message>
        <message>
            <source>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;Account management after the sale: plan follow-ups, see what every customer is worth, and never forget a customer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;Gestione degli account dopo la vendita: pianifica i follow-up, scopri quanto vale ogni cliente e non dimenticare mai un cliente.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Show the %n organization(s) without a won deal</source>
            <translation>
                <numerusform>Mostra %n organizzazione senza trattative vinte</numerusform>
                <numerusform>Mostra le %n organizzazioni senza trattative vinte</numerusform>
            </translation>
        </message>
        <message>
            <source>No account matches “%1”.</source>
            <translation>Nessun account corrisponde a “%1”.</translation>
        </message>
        <message>
            <source>No account matches the filters.</source>
            <translation>Nessun account corrisponde ai filtri.</translation>
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation>Cancella la ricerca e i filtri</translation>
        </message>
        <message>
            <source>No accounts yet: an organization becomes an account when one of its deals is won.</source>
            <translation>Ancora nessun account: un'organizzazione diventa un account quando una delle sue trattative viene vinta.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Your database is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add a customer with + Organization (Ctrl+N) and a won deal, &lt;a href='import'&gt;import your customers&lt;/a&gt; from a CSV or Excel file, or &lt;a href='demo'&gt;try the application with demo data&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Il database è vuoto.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aggiungi un cliente con + Organizzazione (Ctrl+N) e una trattativa vinta, &lt;a href='import'&gt;importa i tuoi clienti&lt;/a&gt; da un file CSV o Excel oppure &lt;a href='demo'&gt;prova l'applicazione con i dati dimostrativi&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageViewsDialog</name>
        <message>
            <source>Manage views</source>
            <translation>Gestisci visualizzazioni</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Visualizzazioni salvate</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Rinomina…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Sposta &amp;su</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Sposta &amp;giù</translation>
        </message>
        <message>
            <source>&amp;Update with what is shown</source>
            <translation>&amp;Aggiorna con ciò che è mostrato</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <source>Rename view</source>
            <translation>Rinomina visualizzazione</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
    </context>
    <context>
        <name>NotContactedBox</name>
        <message numerus="yes">
            <source>Not contacted in %n day(s)</source>
            <translation>
                <numerusform>Non contattati da %n giorno</numerusform>
                <numerusform>Non contattati da %n giorni</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Edit note about %1</source>
            <translation>Modifica nota su %1</translation>
        </message>
        <message>
            <source>New note about %1</source>
            <translation>Nuova nota su %1</translation>
        </message>
        <message>
            <source>What happened, what was agreed, what to remember</source>
            <translation>Cosa è successo, cosa è stato concordato, cosa ricordare</translation>
        </message>
        <message>
            <source>&amp;Pin to the top of the account</source>
            <translation>&amp;Fissa in cima all'account</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuna</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;Relativa a:</translation>
        </message>
        <message>
            <source>&amp;Deal:</source>
            <translation>&amp;Trattativa:</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fissata</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>relativa a %1</translation>
        </message>
        <message>
            <source>deal: %1</source>
            <translation>trattativa: %1</translation>
        </message>
        <message>
            <source>pinned</source>
            <translation>fissata</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>New organization</source>
            <translation>Nuova organizzazione</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Nessun proprietario</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Modifica %1</translation>
        </message>
        <message>
            <source>Unknown country code</source>
            <translation>Codice paese sconosciuto</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Ragione sociale</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>&amp;Indirizzo:</translation>
        </message>
        <message>
            <source>Street, postcode and town</source>
            <translation>Via, CAP e città</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Paese:</translation>
        </message>
        <message>
            <source>DE</source>
            <translation>IT</translation>
        </message>
        <message>
            <source>Two-letter ISO country code, for example DE, FR or US</source>
            <translation>Codice paese ISO di due lettere, ad esempio IT, DE, FR o US</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>Pr&amp;oprietario:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Etichetta:</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>No account yet. The Overview counts the accounts: the organizations with a won deal. Mark a deal won, or import your customers with File ▸ Import…</source>
            <translation>Ancora nessun account. La panoramica conta gli account: le organizzazioni con una trattativa vinta. Segna una trattativa come vinta o importa i tuoi clienti con File ▸ Importa…</translation>
        </message>
        <message>
            <source>Next activity by owner</source>
            <translation>Prossima attività per responsabile</translation>
        </message>
        <message>
            <source>Contact coverage</source>
            <translation>Copertura dei contatti</translation>
        </message>
        <message>
            <source>Won value by month</source>
            <translation>Valore vinto per mese</translation>
        </message>
        <message>
            <source>Accounts at risk: most won, not contacted in 90 days</source>
            <translation>A rischio: i più vinti, 90 giorni senza contatto</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nessuno</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2: %n accounts</source>
            <translation>
                <numerusform>%1, %2: %n account</numerusform>
                <numerusform>%1, %2: %n account</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation>Vinto in %1: %2</translation>
        </message>
        <message>
            <source>Won in %1</source>
            <translation>Vinti in %1</translation>
        </message>
        <message>
            <source>Won value by month, %1</source>
            <translation>Valore vinto per mese, %1</translation>
        </message>
        <message>
            <source>never contacted · %1</source>
            <translation>mai contattato · %1</translation>
        </message>
        <message numerus="yes">
            <source>%n days · %1</source>
            <translation>
                <numerusform>%n giorno · %1</numerusform>
                <numerusform>%n giorni · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: won %2. Click to show it in the List.</source>
            <translation>%1: %2 vinti. Fai clic per mostrarlo nella lista.</translation>
        </message>
        <message>
            <source>Accounts at risk: none, everyone was contacted</source>
            <translation>Account a rischio: nessuno, tutti sono stati contattati</translation>
        </message>
        <message>
            <source>Contact coverage: could not count the last 12 months</source>
            <translation>Copertura dei contatti: impossibile contare gli ultimi 12 mesi</translation>
        </message>
        <message>
            <source>Contact coverage: counting the last 12 months…</source>
            <translation>Copertura dei contatti: conteggio degli ultimi 12 mesi…</translation>
        </message>
        <message>
            <source>Contact coverage, %1</source>
            <translation>Copertura dei contatti, %1</translation>
        </message>
        <message>
            <source>In 30 days</source>
            <translation>Entro 30 giorni</translation>
        </message>
        <message>
            <source>In 31 to 90 days</source>
            <translation>Tra 31 e 90 giorni</translation>
        </message>
        <message>
            <source>Not in 90 days</source>
            <translation>Non da 90 giorni</translation>
        </message>
        <message>
            <source>%1 by %2: %3 of %4 accounts</source>
            <translation>%1 al %2: %3 di %4 account</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 al %2</translation>
        </message>
        <message>
            <source>% of accounts</source>
            <translation>% degli account</translation>
        </message>
    </context>
    <context>
        <name>OwnerDelegate</name>
        <message>
            <source>No owner</source>
            <translation>Nessun proprietario</translation>
        </message>
    </context>
    <context>
        <name>PanelEdits</name>
        <message>
            <source>Edit field</source>
            <translation>Modifica campo</translation>
        </message>
        <message>
            <source>Schedule activity</source>
            <translation>Pianifica attività</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Modifica attività</translation>
        </message>
        <message>
            <source>Edit recurring activity</source>
            <translation>Modifica attività ricorrente</translation>
        </message>
        <message>
            <source>Recurring activity</source>
            <translation>Attività ricorrente</translation>
        </message>
        <message>
            <source>“%1” repeats. Change only this one, or this one and all future ones?</source>
            <translation>“%1” si ripete. Modificare solo questa o questa e tutte le successive?</translation>
        </message>
        <message>
            <source>Only &amp;this one</source>
            <translation>Solo &amp;questa</translation>
        </message>
        <message>
            <source>&amp;All future ones</source>
            <translation>&amp;Tutte le successive</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Segna come completata</translation>
        </message>
        <message>
            <source>Reopen activity</source>
            <translation>Riapri attività</translation>
        </message>
        <message>
            <source>Follow-up for %1</source>
            <translation>Follow-up per %1</translation>
        </message>
        <message>
            <source>Schedule the next activity for %1 on %2?</source>
            <translation>Pianificare la prossima attività per %1 il %2?</translation>
        </message>
        <message>
            <source>“%1” is done and nothing else is planned for %2.</source>
            <translation>“%1” è completata e non c'è nient'altro di pianificato per %2.</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Elimina attività</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Aggiungi nota</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Modifica nota</translation>
        </message>
        <message>
            <source>Unpin note</source>
            <translation>Sblocca nota</translation>
        </message>
        <message>
            <source>Pin note</source>
            <translation>Fissa nota</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Elimina nota</translation>
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>Nota eliminata. Annulla con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Attach files to %1</source>
            <translation>Allega file a %1</translation>
        </message>
        <message>
            <source>Copying files…</source>
            <translation>Copia dei file…</translation>
        </message>
        <message>
            <source>Not attached</source>
            <translation>Non allegato</translation>
        </message>
        <message numerus="yes">
            <source>Attached %n file(s).</source>
            <translation>
                <numerusform>%n file allegato.</numerusform>
                <numerusform>%n file allegati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attach %1</source>
            <translation>Allega %1</translation>
        </message>
        <message numerus="yes">
            <source>Attach %n file(s)</source>
            <translation>
                <numerusform>Allega %n file</numerusform>
                <numerusform>Allega %n file</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Impossibile aprire</translation>
        </message>
        <message>
            <source>No application opens “%1”.</source>
            <translation>Nessuna applicazione apre “%1”.</translation>
        </message>
        <message>
            <source>Open a program?</source>
            <translation>Aprire un programma?</translation>
        </message>
        <message>
            <source>“%1” is a program or a script: opening it runs it on this computer. Open it only if you trust where it came from.</source>
            <translation>«%1» è un programma o uno script: aprirlo lo esegue su questo computer. Apritelo solo se vi fidate della sua provenienza.</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Rimuovi %1</translation>
        </message>
        <message>
            <source>“%1” removed. Undo with Ctrl+Z.</source>
            <translation>“%1” rimosso. Annulla con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Mark deal won</source>
            <translation>Segna trattativa come vinta</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>Trattativa persa</translation>
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation>Perché “%1” è stata persa?</translation>
        </message>
        <message>
            <source>Mark deal lost</source>
            <translation>Segna trattativa come persa</translation>
        </message>
        <message>
            <source>Reopen deal</source>
            <translation>Riapri trattativa</translation>
        </message>
        <message>
            <source>Link person</source>
            <translation>Collega persona</translation>
        </message>
        <message>
            <source>Unlink %1</source>
            <translation>Scollega %1</translation>
        </message>
        <message>
            <source>%1 is no longer linked; the person stays in the address book.</source>
            <translation>Collegamento con %1 rimosso; la persona resta nella rubrica.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Write to %1</source>
            <translation>Scrivi a %1</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>Chiama %1</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Nuova persona</translation>
        </message>
        <message>
            <source>New person at %1</source>
            <translation>Nuova persona presso %1</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Modifica persona</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Nome e cognome</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Ruolo:</translation>
        </message>
        <message>
            <source>For example: Head of purchasing</source>
            <translation>Ad esempio: Responsabile acquisti</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>Or&amp;ganizzazione:</translation>
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation>Digita per cercare; lascia vuoto per nessuna</translation>
        </message>
        <message>
            <source>&amp;Emails:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>One address per line</source>
            <translation>Un indirizzo per riga</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Telefoni:</translation>
        </message>
        <message>
            <source>One number per line</source>
            <translation>Un numero per riga</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the first rows</source>
            <translation>Controlla le prime righe</translation>
        </message>
        <message>
            <source>The first rows (at most %1) as they will be imported. Cells in red cannot be imported: point at them to see why. Press Import to import the whole file.</source>
            <translation>Le prime righe (al massimo %1) come verranno importate. Le celle in rosso non possono essere importate: passaci sopra con il puntatore per vedere il motivo. Premi Importa per importare l'intero file.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importa</translation>
        </message>
        <message>
            <source>%1 of %2 rows have problems; they will be skipped and reported.</source>
            <translation>%1 righe su %2 presentano problemi; verranno saltate e segnalate.</translation>
        </message>
        <message>
            <source>All %1 rows shown can be imported.</source>
            <translation>Tutte le %1 righe mostrate possono essere importate.</translation>
        </message>
        <message>
            <source>Rows with a date that could be read day first or month first (orange): %1; the first page says which way dates are read.</source>
            <translation>Righe con una data ambigua tra giorno e mese (in arancione): %1; la prima pagina indica come vengono lette le date.</translation>
        </message>
        <message>
            <source>The rest of the file is checked as it is imported.</source>
            <translation>Il resto del file viene controllato durante l'importazione.</translation>
        </message>
    </context>
    <context>
        <name>RateDialog</name>
        <message>
            <source>Exchange rate of %1</source>
            <translation>Tasso di cambio di %1</translation>
        </message>
        <message>
            <source>1 %1 &amp;is worth, in %2:</source>
            <translation>1 %1 &amp;vale, in %2:</translation>
        </message>
        <message>
            <source>“%1” is not a number.</source>
            <translation>«%1» non è un numero.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialogs</name>
        <message>
            <source>New organization</source>
            <translation>Nuova organizzazione</translation>
        </message>
        <message>
            <source>Edit organization</source>
            <translation>Modifica organizzazione</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nuova persona</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Nuova trattativa</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Modifica persona</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Modifica trattativa</translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>Every day</source>
            <translation>Ogni giorno</translation>
        </message>
        <message>
            <source>Every day until {until}</source>
            <translation>Ogni giorno fino al {until}</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Ogni mese</translation>
        </message>
        <message>
            <source>Every month until {until}</source>
            <translation>Ogni mese fino al {until}</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Ogni settimana</translation>
        </message>
        <message>
            <source>Every week until {until}</source>
            <translation>Ogni settimana fino al {until}</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>Ogni {n} giorni</translation>
        </message>
        <message>
            <source>Every {n} days until {until}</source>
            <translation>Ogni {n} giorni fino al {until}</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>Ogni {n} mesi</translation>
        </message>
        <message>
            <source>Every {n} months until {until}</source>
            <translation>Ogni {n} mesi fino al {until}</translation>
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation>Ogni {n} settimane</translation>
        </message>
        <message>
            <source>Every {n} weeks until {until}</source>
            <translation>Ogni {n} settimane fino al {until}</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Snooze 10 minutes</source>
            <translation>Posticipa di 10 minuti</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>Posticipa di 1 ora</translation>
        </message>
        <message>
            <source>Snooze until tomorrow %1</source>
            <translation>Posticipa a domani alle %1</translation>
        </message>
        <message>
            <source>Reminders on</source>
            <translation>Promemoria attivi</translation>
        </message>
        <message>
            <source>%1 due: %2</source>
            <translation>%1 in scadenza: %2</translation>
        </message>
        <message>
            <source>%1 due</source>
            <translation>%1 in scadenza</translation>
        </message>
        <message numerus="yes">
            <source>%n activities due</source>
            <translation>
                <numerusform>%n attività in scadenza</numerusform>
                <numerusform>%n attività in scadenza</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activities fell due while accountmgr was closed</source>
            <translation>
                <numerusform>%n attività è scaduta mentre accountmgr era chiuso</numerusform>
                <numerusform>%n attività sono scadute mentre accountmgr era chiuso</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminders off</source>
            <translation>Promemoria disattivati</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>e %n altra</numerusform>
                <numerusform>e altre %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Import finished</source>
            <translation>Importazione completata</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) of the file were not imported; the table says why.</source>
            <translation>
                <numerusform>%Ln riga del file non è stata importata; la tabella indica il motivo.</numerusform>
                <numerusform>%Ln righe del file non sono state importate; la tabella indica il motivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row of the file was imported or was there already.</source>
            <translation>Ogni riga del file è stata importata o era già presente.</translation>
        </message>
        <message>
            <source>Added the currencies %1 without an exchange rate yet: won values in them are marked “no rate yet” and left out of totals until their rate is set.</source>
            <translation>Aggiunte le valute %1 ancora senza tasso di cambio: i valori vinti in queste valute sono contrassegnati con “tasso non ancora impostato” ed esclusi dai totali finché non se ne imposta il tasso.</translation>
        </message>
        <message>
            <source>%1 import report.csv</source>
            <translation>%1 rapporto di importazione.csv</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Salva rapporto</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <source>The report was not saved: %1</source>
            <translation>Il rapporto non è stato salvato: %1</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Salvato come %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>First start of the day</source>
            <translation>Primo avvio della giornata</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Prima di un'importazione</translation>
        </message>
        <message>
            <source>Before an update of the file</source>
            <translation>Prima di un aggiornamento del file</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>Backup manuale</translation>
        </message>
        <message>
            <source>The data a restore replaced</source>
            <translation>I dati sostituiti da un ripristino</translation>
        </message>
        <message>
            <source>Other copy</source>
            <translation>Altra copia</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Ripristina da backup</translation>
        </message>
        <message>
            <source>Choose the copy to put in place of the current data. The current data is kept as a backup first, so a restore can be undone by restoring that copy. Attached files are not part of a backup.</source>
            <translation>Scegli la copia da mettere al posto dei dati attuali. I dati attuali vengono prima salvati in un backup, così un ripristino può essere annullato ripristinando quella copia. I file allegati non fanno parte del backup.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Eseguito</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensione</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>Non esiste ancora alcun backup.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Ripristina…</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message numerus="yes">
            <source>Replace the current data with the backup taken on %1 at %2 (%Ln account(s))?</source>
            <translation>
                <numerusform>Sostituire i dati attuali con il backup eseguito il %1 alle %2 (%Ln account)?</numerusform>
                <numerusform>Sostituire i dati attuali con il backup eseguito il %1 alle %2 (%Ln account)?</numerusform>
            </translation>
        </message>
        <message>
            <source>The current data is kept as a backup first.</source>
            <translation>I dati attuali vengono prima salvati in un backup.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Non ripristinato</translation>
        </message>
    </context>
    <context>
        <name>SaveViewDialog</name>
        <message>
            <source>Save view</source>
            <translation>Salva visualizzazione</translation>
        </message>
        <message>
            <source>Gold tier not contacted in 60 days</source>
            <translation>Livello oro non contattati da 60 giorni</translation>
        </message>
        <message>
            <source>Only for me</source>
            <translation>Solo per me</translation>
        </message>
        <message>
            <source>Unchecked, everyone on this database sees the view</source>
            <translation>Se non selezionata, tutti gli utenti di questo database vedono la visualizzazione</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
    </context>
    <context>
        <name>SavedViews</name>
        <message>
            <source>My accounts</source>
            <translation>I miei account</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nessuna attività pianificata</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Scadute</translation>
        </message>
        <message>
            <source>Not contacted in 90 days</source>
            <translation>Non contattati da 90 giorni</translation>
        </message>
        <message>
            <source>Renewal in the next 60 days</source>
            <translation>Rinnovo nei prossimi 60 giorni</translation>
        </message>
        <message>
            <source>%1 (only me)</source>
            <translation>%1 (solo io)</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsMenu</name>
        <message>
            <source>Views</source>
            <translation>Visualizzazioni</translation>
        </message>
        <message>
            <source>Pick a saved view, or save what is shown as one</source>
            <translation>Scegli una visualizzazione salvata o salva ciò che è mostrato come visualizzazione</translation>
        </message>
        <message>
            <source>&amp;Save view…</source>
            <translation>&amp;Salva visualizzazione…</translation>
        </message>
        <message>
            <source>Mark a date field as the renewal date in Settings ▸ Custom fields…</source>
            <translation>Imposta un campo data come data di rinnovo in Impostazioni ▸ Campi personalizzati…</translation>
        </message>
        <message>
            <source>&amp;Manage views…</source>
            <translation>&amp;Gestisci visualizzazioni…</translation>
        </message>
        <message>
            <source>S&amp;tart with</source>
            <translation>All’&amp;avvio</translation>
        </message>
        <message>
            <source>The last search and filters</source>
            <translation>L’ultima ricerca e gli ultimi filtri</translation>
        </message>
        <message>
            <source>Save view %1</source>
            <translation>Salva la visualizzazione %1</translation>
        </message>
        <message>
            <source>Saved the view “%1”.</source>
            <translation>Visualizzazione «%1» salvata.</translation>
        </message>
        <message>
            <source>Rename view %1</source>
            <translation>Rinomina la visualizzazione %1</translation>
        </message>
        <message>
            <source>Move view %1</source>
            <translation>Sposta la visualizzazione %1</translation>
        </message>
        <message>
            <source>Update view %1</source>
            <translation>Aggiorna la visualizzazione %1</translation>
        </message>
        <message>
            <source>Delete view %1</source>
            <translation>Elimina la visualizzazione %1</translation>
        </message>
    </context>
    <context>
        <name>ScheduleActivityDialog</name>
        <message>
            <source>Schedule activity</source>
            <translation>Pianifica attività</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>&amp;Oggetto:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>at</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;urata:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Ripeti:</translation>
        </message>
        <message>
            <source>A check-in that comes back: completing one schedules the next</source>
            <translation>Un'attività periodica: completarne una pianifica la successiva</translation>
        </message>
        <message>
            <source>every </source>
            <translation>ogni </translation>
        </message>
        <message>
            <source>until</source>
            <translation>fino al</translation>
        </message>
        <message>
            <source>&amp;Assigned to:</source>
            <translation>&amp;Assegnata a:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>D&amp;eal:</source>
            <translation>Trattati&amp;va:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Nobody</source>
            <translation>Nessuno</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuna</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Non si ripete</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Giorni</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Settimane</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Mesi</translation>
        </message>
        <message>
            <source>The subject must not be empty.</source>
            <translation>L'oggetto non può essere vuoto.</translation>
        </message>
        <message>
            <source>Schedule an activity for %1</source>
            <translation>Pianifica un'attività per %1</translation>
        </message>
        <message>
            <source>The activity is scheduled for %1.</source>
            <translation>L'attività viene pianificata per %1.</translation>
        </message>
        <message numerus="yes">
            <source>Schedule an activity for %n account(s)</source>
            <translation>
                <numerusform>Pianifica un'attività per %n account</numerusform>
                <numerusform>Pianifica un'attività per %n account</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The activity is scheduled for each of the %n account(s): %1.</source>
            <translation>
                <numerusform>L'attività viene pianificata per %n account: %1.</numerusform>
                <numerusform>L'attività viene pianificata per ciascuno dei %n account: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit activity of %1</source>
            <translation>Modifica attività di %1</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Search names, people, emails, phones</source>
            <translation>Cerca nomi, persone, email, telefoni</translation>
        </message>
        <message>
            <source>Search accounts</source>
            <translation>Cerca account</translation>
        </message>
    </context>
    <context>
        <name>SettingsTableDialog</name>
        <message>
            <source>Re&amp;store</source>
            <translation>&amp;Ripristina</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Arc&amp;hivia</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Sposta su</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Sposta giù</translation>
        </message>
    </context>
    <context>
        <name>SidePanel</name>
        <message>
            <source>%1 accounts selected</source>
            <translation>%1 account selezionati</translation>
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation>Seleziona un account per vedere qui tutti i suoi dati.</translation>
        </message>
        <message>
            <source>%1 is no longer in the list: the current search or filters hide it.</source>
            <translation>%1 non è più nella lista: la ricerca o i filtri attuali lo nascondono.</translation>
        </message>
        <message>
            <source>%1 is hidden by the current search or filters.</source>
            <translation>%1 è nascosto dalla ricerca o dai filtri attuali.</translation>
        </message>
        <message>
            <source>Clear filters and show it</source>
            <translation>Cancella i filtri e mostralo</translation>
        </message>
        <message numerus="yes">
            <source>%n selected accounts are hidden by the current search or filters.</source>
            <translation>
                <numerusform>%n account selezionato è nascosto dalla ricerca o dai filtri attuali.</numerusform>
                <numerusform>%n account selezionati sono nascosti dalla ricerca o dai filtri attuali.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear filters and show them</source>
            <translation>Cancella i filtri e mostrali</translation>
        </message>
        <message>
            <source>The organization's name: edit it here</source>
            <translation>Il nome dell'organizzazione: modificalo qui</translation>
        </message>
        <message>
            <source>Organization name</source>
            <translation>Nome dell'organizzazione</translation>
        </message>
        <message>
            <source>Won value:</source>
            <translation>Valore vinto:</translation>
        </message>
        <message>
            <source>Click for the value per currency</source>
            <translation>Fai clic per vedere il valore per valuta</translation>
        </message>
        <message>
            <source>Deals:</source>
            <translation>Trattative:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>Pr&amp;oprietario:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Etichetta:</translation>
        </message>
        <message>
            <source>Schedule…</source>
            <translation>Pianifica…</translation>
        </message>
        <message>
            <source>Schedule an activity for this account</source>
            <translation>Pianifica un'attività per questo account</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Nota…</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Aggiungi una nota</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>Allega…</translation>
        </message>
        <message>
            <source>Attach a file (or drop files on the panel)</source>
            <translation>Allega un file (o trascina i file sul pannello)</translation>
        </message>
        <message>
            <source>Deal…</source>
            <translation>Trattativa…</translation>
        </message>
        <message>
            <source>Add a deal</source>
            <translation>Aggiungi una trattativa</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Panoramica</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Indirizzo</translation>
        </message>
        <message>
            <source>Street, city, postcode</source>
            <translation>Via, città, CAP</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Campi dell'account</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Segna come &amp;completata</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Modifica…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>&amp;Fissa</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>File</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>&amp;Apri</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Trattative</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>&amp;Vinta</translation>
        </message>
        <message>
            <source>Los&amp;t…</source>
            <translation>&amp;Persa…</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Riapri</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Persone</translation>
        </message>
        <message>
            <source>A&amp;dd…</source>
            <translation>Aggi&amp;ungi…</translation>
        </message>
        <message>
            <source>Lin&amp;k…</source>
            <translation>Colle&amp;ga…</translation>
        </message>
        <message>
            <source>U&amp;nlink</source>
            <translation>&amp;Scollega</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Andamento</translation>
        </message>
        <message>
            <source>What this customer is worth over time, and how often they are contacted</source>
            <translation>Quanto vale questo cliente nel tempo e quanto spesso viene contattato</translation>
        </message>
    </context>
    <context>
        <name>StatusFigures</name>
        <message>
            <source>Show the accounts contacted in the last 30 days</source>
            <translation>Mostra gli account contattati negli ultimi 30 giorni</translation>
        </message>
        <message>
            <source>Show the accounts contacted in the last 90 days</source>
            <translation>Mostra gli account contattati negli ultimi 90 giorni</translation>
        </message>
        <message>
            <source>Show the accounts with nothing planned</source>
            <translation>Mostra gli account senza attività pianificate</translation>
        </message>
        <message>
            <source>Show every organization, also those without a won deal</source>
            <translation>Mostra tutte le organizzazioni, anche quelle senza trattative vinte</translation>
        </message>
        <message>
            <source>Accounts shown: %1</source>
            <translation>Account mostrati: %1</translation>
        </message>
        <message>
            <source>Shown: %1</source>
            <translation>Mostrati: %1</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>Won value: %1</source>
            <translation>Valore vinto: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) have won deals in a currency without an exchange rate yet: those deals are not in this total.</source>
            <translation>
                <numerusform>%n account ha trattative vinte in una valuta ancora senza tasso di cambio: queste trattative non sono incluse nel totale.</numerusform>
                <numerusform>%n account hanno trattative vinte in una valuta ancora senza tasso di cambio: queste trattative non sono incluse nel totale.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacted in 30 days: %1</source>
            <translation>Contattati negli ultimi 30 giorni: %1</translation>
        </message>
        <message>
            <source>in 90 days: %1</source>
            <translation>negli ultimi 90 giorni: %1</translation>
        </message>
        <message>
            <source>Nothing planned: %1</source>
            <translation>Nessuna attività pianificata: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s) without a won deal — show them</source>
            <translation>
                <numerusform>%n organizzazione senza trattative vinte — mostrala</numerusform>
                <numerusform>%n organizzazioni senza trattative vinte — mostrale</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Connect to team database</source>
            <translation>Connetti al database del team</translation>
        </message>
        <message>
            <source>A team shares one PostgreSQL database on its network. Ask whoever runs the server for these; the database is made once with accountmgr init-server.</source>
            <translation>Un team condivide un database PostgreSQL nella propria rete. Chiedi questi dati a chi gestisce il server; il database si crea una volta con accountmgr init-server.</translation>
        </message>
        <message>
            <source>server.office.lan</source>
            <translation>server.ufficio.lan</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Porta:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Utente:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keychain</source>
            <translation>&amp;Ricorda la password nel portachiavi di sistema</translation>
        </message>
        <message>
            <source>This computer has no keychain: the password is used for this session only (the server's own means, ~/.pgpass or PGPASSWORD, can keep it).</source>
            <translation>Questo computer non ha un portachiavi: la password vale solo per questa sessione (i mezzi del server, ~/.pgpass o PGPASSWORD, possono conservarla).</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Connetti</translation>
        </message>
    </context>
    <context>
        <name>TypeDialog</name>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Persone</translation>
        </message>
        <message>
            <source>Check box</source>
            <translation>Casella di spunta</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Orologio</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Busta</translation>
        </message>
        <message>
            <source>Knife and fork</source>
            <translation>Coltello e forchetta</translation>
        </message>
        <message>
            <source>Map pin</source>
            <translation>Segnaposto</translation>
        </message>
        <message>
            <source>Video camera</source>
            <translation>Videocamera</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Bandiera</translation>
        </message>
        <message>
            <source>For example: Site visit</source>
            <translation>Ad esempio: Visita in sede</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Icon:</source>
            <translation>&amp;Icona:</translation>
        </message>
        <message>
            <source>Choose the colour of the type</source>
            <translation>Scegli il colore del tipo</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Colore:</translation>
        </message>
        <message>
            <source>Offered as the subject when scheduling</source>
            <translation>Proposto come oggetto durante la pianificazione</translation>
        </message>
        <message>
            <source>Default &amp;subject:</source>
            <translation>&amp;Oggetto predefinito:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Default &amp;duration:</source>
            <translation>&amp;Durata predefinita:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source> days</source>
            <translation> giorni</translation>
        </message>
        <message>
            <source>After an activity of this type is done, offer a follow-up this many days later</source>
            <translation>Dopo il completamento di un'attività di questo tipo, proponi un follow-up dopo questo numero di giorni</translation>
        </message>
        <message>
            <source>Default &amp;follow-up:</source>
            <translation>&amp;Follow-up predefinito:</translation>
        </message>
        <message>
            <source>Colour of the activity type</source>
            <translation>Colore del tipo di attività</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Not saved</source>
            <translation>Non salvato</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Ripeti: %1</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Annulla: %1</translation>
        </message>
    </context>
    <context>
        <name>UserChoice</name>
        <message>
            <source>&amp;I am</source>
            <translation>&amp;Io sono</translation>
        </message>
        <message>
            <source>Anyone (every activity)</source>
            <translation>Chiunque (tutte le attività)</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Chi sei?</translation>
        </message>
        <message>
            <source>Choose your name, or type it to add yourself: new activities are assigned to you, your notes carry your name, and “My accounts” shows the accounts you own.</source>
            <translation>Scegli il tuo nome o digitalo per aggiungerti: le nuove attività vengono assegnate a te, le tue note riportano il tuo nome e “I miei account” mostra gli account di tua proprietà.</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>Sono io</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Più tardi</translation>
        </message>
    </context>
</TS>
