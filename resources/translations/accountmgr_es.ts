<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AccountActions</name>
        <message>
            <source>Edit %1</source>
            <translation>Editar %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Eliminar %1</translation>
        </message>
        <message>
            <source>Delete %1 and everything about it?</source>
            <translation>¿Eliminar %1 y todo lo relacionado?</translation>
        </message>
        <message>
            <source>Its deals, activities, notes and files are deleted too; its people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation>También se eliminan sus tratos, actividades, notas y archivos; sus personas se conservan en la libreta de contactos. Puedes deshacerlo con Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s)</source>
            <translation>
                <numerusform>Eliminar %n organización</numerusform>
                <numerusform>Eliminar %n organizaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV, separated by commas (*.csv)</source>
            <translation>CSV, separado por comas (*.csv)</translation>
        </message>
        <message>
            <source>CSV, separated by semicolons (*.csv)</source>
            <translation>CSV, separado por punto y coma (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s) and everything about them?</source>
            <translation>
                <numerusform>¿Eliminar %n organización y todo lo relacionado?</numerusform>
                <numerusform>¿Eliminar %n organizaciones y todo lo relacionado?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1.

Their deals, activities, notes and files are deleted too; their people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation>%1.

También se eliminan sus tratos, actividades, notas y archivos; sus personas se conservan en la libreta de contactos. Puedes deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sin propietario</translation>
        </message>
        <message>
            <source>Change owner of %1</source>
            <translation>Cambiar el propietario de %1</translation>
        </message>
        <message>
            <source>New owner of %1:</source>
            <translation>Nuevo propietario de %1:</translation>
        </message>
        <message numerus="yes">
            <source>Change owner of %n organization(s)</source>
            <translation>
                <numerusform>Cambiar el propietario de %n organización</numerusform>
                <numerusform>Cambiar el propietario de %n organizaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New owner of %n organization(s) (%1):</source>
            <translation>
                <numerusform>Nuevo propietario de %n organización (%1):</numerusform>
                <numerusform>Nuevo propietario de %n organizaciones (%1):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Schedule “%1” for %n account(s)</source>
            <translation>
                <numerusform>Programar «%1» para %n cuenta</numerusform>
                <numerusform>Programar «%1» para %n cuentas</numerusform>
            </translation>
        </message>
        <message>
            <source>Scheduling activities…</source>
            <translation>Programando actividades…</translation>
        </message>
        <message>
            <source>Export accounts</source>
            <translation>Exportar cuentas</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting accounts…</source>
            <translation>Exportando cuentas…</translation>
        </message>
        <message>
            <source>CSV, separated by semicolons, decimal commas (*.csv)</source>
            <translation>CSV, separado por punto y coma, coma decimal (*.csv)</translation>
        </message>
        <message>
            <source>Export organizations</source>
            <translation>Exportar organizaciones</translation>
        </message>
        <message>
            <source>Export people</source>
            <translation>Exportar personas</translation>
        </message>
        <message>
            <source>Export deals</source>
            <translation>Exportar tratos</translation>
        </message>
        <message>
            <source>Export activities</source>
            <translation>Exportar actividades</translation>
        </message>
        <message>
            <source>Export notes</source>
            <translation>Exportar notas</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>Export activities to calendar</source>
            <translation>Exportar actividades al calendario</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Archivos iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Exporting activities…</source>
            <translation>Exportando actividades…</translation>
        </message>
        <message>
            <source>Reschedule to %1</source>
            <translation>Reprogramar para el %1</translation>
        </message>
        <message>
            <source>Moved “%1” of %2 to %3 (%4)</source>
            <translation>«%1» de %2 se movió a %3 (%4)</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n activities to %1 (%2)</source>
            <translation>
                <numerusform>Se movió %n actividad a %1 (%2)</numerusform>
                <numerusform>Se movieron %n actividades a %1 (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como hecha</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n activities done</source>
            <translation>
                <numerusform>%n actividad marcada como hecha</numerusform>
                <numerusform>%n actividades marcadas como hechas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountCharts</name>
        <message>
            <source>Won value by quarter</source>
            <translation>Valor ganado por trimestre</translation>
        </message>
        <message>
            <source>Contacts by month</source>
            <translation>Contactos por mes</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <comment>a quarter of a year, and the year</comment>
            <translation>T%1 %2</translation>
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation>Ganado en %1: %2</translation>
        </message>
        <message>
            <source>Q%1</source>
            <comment>a quarter of a year</comment>
            <translation>T%1</translation>
        </message>
        <message>
            <source>Won value by quarter, %1</source>
            <translation>Valor ganado por trimestre, %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n activities done</source>
            <translation>
                <numerusform>%1: %n actividad hecha</numerusform>
                <numerusform>%1: %n actividades hechas</numerusform>
            </translation>
        </message>
        <message>
            <source>Activities done</source>
            <translation>Actividades hechas</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>Contacts by month, %1</source>
            <translation>Contactos por mes, %1</translation>
        </message>
        <message>
            <source>Won before %1: %2</source>
            <translation>Ganado antes de %1: %2</translation>
        </message>
        <message>
            <source>Nobody contacted this account in the last 12 months.</source>
            <translation>Nadie contactó esta cuenta en los últimos 12 meses.</translation>
        </message>
        <message numerus="yes">
            <source>%n contacts in the last 12 months</source>
            <translation>
                <numerusform>%n contacto en los últimos 12 meses</numerusform>
                <numerusform>%n contactos en los últimos 12 meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, one every %n days on average</source>
            <translation>
                <numerusform>%1, uno cada %n día de media</numerusform>
                <numerusform>%1, uno cada %n días de media</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountNames</name>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n más</numerusform>
                <numerusform>%n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountOverview</name>
        <message>
            <source>Account since %1</source>
            <translation>Cuenta desde %1</translation>
        </message>
        <message>
            <source>No longer an account: no deal of this organization is won any more. Everything about it is kept.</source>
            <translation>Ya no es una cuenta: esta organización ya no tiene ningún trato ganado. Se conserva todo lo relacionado con ella.</translation>
        </message>
        <message>
            <source>Not an account: no deal of this organization is won yet.</source>
            <translation>No es una cuenta: esta organización aún no tiene ningún trato ganado.</translation>
        </message>
        <message>
            <source>Last changed by %1, %2</source>
            <translation>Último cambio de %1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln won</source>
            <translation>
                <numerusform>%Ln ganado</numerusform>
                <numerusform>%Ln ganados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln open</source>
            <translation>
                <numerusform>%Ln abierto</numerusform>
                <numerusform>%Ln abiertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lost</source>
            <translation>
                <numerusform>%Ln perdido</numerusform>
                <numerusform>%Ln perdidos</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>%1 (no exchange rate yet)</source>
            <translation>%1 (aún sin tipo de cambio)</translation>
        </message>
        <message>
            <source>No won deal</source>
            <translation>Ningún trato ganado</translation>
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation>Aún no hay tipo de cambio para %1: el valor ganado no incluye esos tratos.</translation>
        </message>
        <message>
            <source>Won value in %1; per currency:</source>
            <translation>Valor ganado en %1; por moneda:</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sin propietario</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Campos de la cuenta</translation>
        </message>
        <message>
            <source>No account fields yet: add them in Settings ▸ Custom fields.</source>
            <translation>Aún no hay campos de cuenta: agrégalos en Configuración ▸ Campos personalizados.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pinned notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Notas fijadas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Todas las notas</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; nothing planned. &lt;a href='schedule'&gt;Schedule a follow-up&lt;/a&gt;</source>
            <translation>&lt;b&gt;Siguiente:&lt;/b&gt; nada programado. &lt;a href='schedule'&gt;Programar un seguimiento&lt;/a&gt;</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, vencida</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; %1 — %2, %3</source>
            <translation>&lt;b&gt;Siguiente:&lt;/b&gt; %1 — %2, %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last contacted:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Último contacto:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Rename organization</source>
            <translation>Cambiar nombre de la organización</translation>
        </message>
        <message>
            <source>Change owner</source>
            <translation>Cambiar propietario</translation>
        </message>
        <message>
            <source>Change label</source>
            <translation>Cambiar etiqueta</translation>
        </message>
        <message>
            <source>Edit address</source>
            <translation>Editar dirección</translation>
        </message>
    </context>
    <context>
        <name>AccountPanel</name>
        <message>
            <source>Un&amp;pin</source>
            <translation>&amp;Desfijar</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>&amp;Fijar</translation>
        </message>
        <message>
            <source>Reope&amp;n</source>
            <translation>Re&amp;abrir</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marcar como &amp;hecha</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>Nothing planned or done yet. Schedule… plans the next contact.</source>
            <translation>Aún no hay nada programado ni hecho. «Programar…» planifica el próximo contacto.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Aún no hay notas.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>No files yet: drop files here, or use Attach…</source>
            <translation>Aún no hay archivos: suéltalos aquí o usa «Adjuntar…»</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Tratos</translation>
        </message>
        <message>
            <source>No deals yet.</source>
            <translation>Aún no hay tratos.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Nobody yet. Add… a person or Link… one.</source>
            <translation>Aún no hay nadie. «Agregar…» crea una persona y «Vincular…» vincula una existente.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 accounts selected</source>
            <translation>%1 cuentas seleccionadas</translation>
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation>Selecciona una cuenta para ver aquí todo lo relacionado con ella.</translation>
        </message>
        <message>
            <source>The team database cannot be reached: this account is shown again as soon as it can.</source>
            <translation>No se puede acceder a la base de datos del equipo: esta cuenta se volverá a mostrar en cuanto se pueda.</translation>
        </message>
        <message>
            <source>Write to %1</source>
            <translation>Escribir a %1</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>Llamar a %1</translation>
        </message>
    </context>
    <context>
        <name>AccountPrinting</name>
        <message>
            <source>Print account</source>
            <translation>Imprimir la cuenta</translation>
        </message>
        <message>
            <source>Select an account first, in the list or the board.</source>
            <translation>Seleccione primero una cuenta, en la lista o en el tablero.</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Imprimir %1</translation>
        </message>
        <message>
            <source>Export account as PDF</source>
            <translation>Exportar la cuenta como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>AccountSummary</name>
        <message>
            <source>Owner: %1</source>
            <translation>Propietario: %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>Label: %1</source>
            <translation>Etiqueta: %1</translation>
        </message>
        <message>
            <source>Account since %1</source>
            <translation>Cuenta desde %1</translation>
        </message>
        <message>
            <source>Last contacted: %1</source>
            <translation>Último contacto: %1</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>Nunca contactada</translation>
        </message>
        <message>
            <source>Won value: %1</source>
            <translation>Valor ganado: %1</translation>
        </message>
        <message>
            <source>Deals: %1 won, %2 open, %3 lost</source>
            <translation>Tratos: %1 ganados, %2 abiertos, %3 perdidos</translation>
        </message>
        <message>
            <source>In their own currencies: %1</source>
            <translation>En sus propias monedas: %1</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Campos de la cuenta</translation>
        </message>
        <message>
            <source>None filled in.</source>
            <translation>Ninguno rellenado.</translation>
        </message>
        <message>
            <source>Next activities</source>
            <translation>Próximas actividades</translation>
        </message>
        <message>
            <source>Nothing planned.</source>
            <translation>Nada programado.</translation>
        </message>
        <message>
            <source>Recent history</source>
            <translation>Historial reciente</translation>
        </message>
        <message>
            <source>No contact yet.</source>
            <translation>Todavía sin contacto.</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fijada</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Sin notas.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>No people.</source>
            <translation>Sin personas.</translation>
        </message>
        <message>
            <source>won</source>
            <translation>ganado</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Tratos</translation>
        </message>
        <message>
            <source>No deals.</source>
            <translation>Sin tratos.</translation>
        </message>
        <message>
            <source>Printed on %1 from accountmgr</source>
            <translation>Impreso el %1 desde accountmgr</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>The next activity is overdue</source>
            <translation>La próxima actividad está vencida</translation>
        </message>
        <message>
            <source>An activity is due today</source>
            <translation>Hay una actividad para hoy</translation>
        </message>
        <message>
            <source>A follow-up is planned</source>
            <translation>Hay un seguimiento programado</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nada programado</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation>Aún no hay tipo de cambio para %1: el valor ganado no incluye esos tratos.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>Tratos ganados</translation>
        </message>
        <message>
            <source>Won value</source>
            <translation>Valor ganado</translation>
        </message>
        <message>
            <source>Open deals value</source>
            <translation>Valor de tratos abiertos</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Próxima actividad</translation>
        </message>
        <message>
            <source>Account since</source>
            <translation>Cuenta desde</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesModel</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Today — %1</source>
            <translation>Hoy — %1</translation>
        </message>
        <message>
            <source>Tomorrow — %1</source>
            <translation>Mañana — %1</translation>
        </message>
        <message>
            <source>Overdue — %1</source>
            <translation>Vencidas — %1</translation>
        </message>
        <message>
            <source>Scheduled by %1</source>
            <translation>Programada por %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>done %1</source>
            <translation>hecha a las %1</translation>
        </message>
    </context>
    <context>
        <name>ActivityType</name>
        <message>
            <source>Account review</source>
            <translation>Revisión de cuenta</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Check-in email</source>
            <translation>Correo de seguimiento</translation>
        </message>
        <message>
            <source>Customer lunch</source>
            <translation>Almuerzo con cliente</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Almuerzo</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Renewal deadline</source>
            <translation>Fecha límite de renovación</translation>
        </message>
        <message>
            <source>Satisfaction call</source>
            <translation>Llamada de satisfacción</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
    </context>
    <context>
        <name>ActivityTypesDialog</name>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Move activity type</source>
            <translation>Mover tipo de actividad</translation>
        </message>
        <message>
            <source>Stop offering the selected type; its activities keep it</source>
            <translation>Dejar de ofrecer el tipo seleccionado; sus actividades lo conservan</translation>
        </message>
        <message>
            <source>Offer the selected type again when scheduling</source>
            <translation>Volver a ofrecer el tipo seleccionado al programar</translation>
        </message>
        <message>
            <source>New activity type</source>
            <translation>Nuevo tipo de actividad</translation>
        </message>
        <message>
            <source>Add activity type</source>
            <translation>Agregar tipo de actividad</translation>
        </message>
        <message>
            <source>Activity type “%1”</source>
            <translation>Tipo de actividad «%1»</translation>
        </message>
        <message>
            <source>Edit activity type</source>
            <translation>Editar tipo de actividad</translation>
        </message>
        <message>
            <source>Restore activity type</source>
            <translation>Restaurar tipo de actividad</translation>
        </message>
        <message>
            <source>Retire activity type</source>
            <translation>Retirar tipo de actividad</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>Tipos de actividad</translation>
        </message>
        <message>
            <source>Add an activity type at the end of the list</source>
            <translation>Agregar un tipo de actividad al final de la lista</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Agregar…</translation>
        </message>
        <message>
            <source>Change the name, icon, colour and defaults of the selected type (F2)</source>
            <translation>Cambiar el nombre, el icono, el color y los valores predeterminados del tipo seleccionado (F2)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Offer the selected type earlier (Alt+Up)</source>
            <translation>Ofrecer antes el tipo seleccionado (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Offer the selected type later (Alt+Down)</source>
            <translation>Ofrecer después el tipo seleccionado (Alt+Abajo)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Re&amp;tirar</translation>
        </message>
        <message>
            <source>A retired type is no longer offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation>Un tipo retirado ya no se ofrece al programar; sus actividades lo conservan. Restáuralo para volver a ofrecerlo.</translation>
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
            <translation>%1 día</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 días</translation>
        </message>
        <message>
            <source>Not offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation>No se ofrece al programar; sus actividades lo conservan. Restáuralo para volver a ofrecerlo.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Default subject</source>
            <translation>Asunto predeterminado</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
        <message>
            <source>Something went wrong: %1

Your data is safe: the last change was not saved. Details are in %2.</source>
            <translation>Algo salió mal: %1

Tus datos están a salvo: el último cambio no se guardó. Encontrarás los detalles en %2.</translation>
        </message>
        <message>
            <source>The daily backup could not be taken: %1</source>
            <translation>No se pudo hacer la copia de seguridad diaria: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 is damaged and cannot be opened. Restore the newest good backup, taken on %2 with %Ln account(s)? The damaged file is kept beside it as %3.</source>
            <translation>
                <numerusform>%1 está dañado y no se puede abrir. ¿Restaurar la copia de seguridad válida más reciente, hecha el %2 con %Ln cuenta? El archivo dañado se conserva en la misma carpeta como %3.</numerusform>
                <numerusform>%1 está dañado y no se puede abrir. ¿Restaurar la copia de seguridad válida más reciente, hecha el %2 con %Ln cuentas? El archivo dañado se conserva en la misma carpeta como %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Base de datos dañada</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <source>Restored the backup of %1; the damaged file is kept as %2</source>
            <translation>Se restauró la copia de seguridad del %1; el archivo dañado se conserva como %2</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>Nothing planned</source>
            <translation>Nada programado</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>Nunca contactada</translation>
        </message>
        <message>
            <source>Last contacted today</source>
            <translation>Último contacto: hoy</translation>
        </message>
        <message numerus="yes">
            <source>Last contacted %n day(s) ago</source>
            <translation>
                <numerusform>Último contacto hace %n día</numerusform>
                <numerusform>Último contacto hace %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Offline account management. Without a command, opens the application.</source>
            <translation>Gestión de cuentas sin conexión. Sin un comando, abre la aplicación.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>muestra el número de versión del programa y sale</translation>
        </message>
        <message>
            <source>database file, or a team database as postgresql://user@host:5432/dbname (default: $ACCOUNTMGR_DB, else accountmgr.db in the application-data folder)</source>
            <translation>archivo de base de datos, o una base de datos del equipo como postgresql://usuario@host:5432/base (predeterminado: $ACCOUNTMGR_DB, si no accountmgr.db en la carpeta de datos de la aplicación)</translation>
        </message>
        <message>
            <source>pretend today is this date (demos and tests)</source>
            <translation>actúa como si hoy fuera esta fecha (demostraciones y pruebas)</translation>
        </message>
        <message>
            <source>first day of the week for kanban buckets (default: the locale's, as in the window)</source>
            <translation>primer día de la semana para las columnas del kanban (por defecto: el de la configuración regional, como en la ventana)</translation>
        </message>
        <message>
            <source>start the application, show the main window briefly, exit 0</source>
            <translation>inicia la aplicación, muestra brevemente la ventana principal, sale con 0</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: aviso: %2</translation>
        </message>
        <message>
            <source>%1 could not be read or written: %2</source>
            <translation>No se pudo leer ni escribir %1: %2</translation>
        </message>
        <message>
            <source>text that is not valid Unicode: %1</source>
            <translation>texto que no es Unicode válido: %1</translation>
        </message>
        <message>
            <source>interrupted; the unfinished command's changes were rolled back</source>
            <translation>interrumpido; los cambios del comando sin terminar se han deshecho</translation>
        </message>
        <message>
            <source>%1 is a team database: it is backed up on its server (with pg_dump, for example), not with '%2 %3'</source>
            <translation>%1 es una base de datos del equipo: su copia de seguridad se hace en su servidor (con pg_dump, por ejemplo), no con «%2 %3»</translation>
        </message>
        <message>
            <source>back up the database now, into backups/ beside it (or to FILE)</source>
            <translation>hace ahora una copia de seguridad de la base de datos, en backups/ junto a ella (o en FILE)</translation>
        </message>
        <message>
            <source>write the backup to this file (or folder) instead</source>
            <translation>escribe la copia de seguridad en este archivo (o carpeta) en su lugar</translation>
        </message>
        <message>
            <source>put a backup in place of the database's data (kept first as a restore backup)</source>
            <translation>pone una copia de seguridad en lugar de los datos de la base de datos (que antes se guardan en una copia de restauración)</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>la copia de seguridad que restaurar</translation>
        </message>
        <message>
            <source>list the backups of the database</source>
            <translation>lista las copias de seguridad de la base de datos</translation>
        </message>
        <message>
            <source>Backed up the database to %1</source>
            <translation>Copia de seguridad de la base de datos hecha en %1</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>Copia de seguridad de %Ln cuenta hecha en %1</numerusform>
                <numerusform>Copia de seguridad de %Ln cuentas hecha en %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2</source>
            <translation>
                <numerusform>Copia %1 restaurada (%Ln cuenta); los datos que sustituyó se guardan en %2</numerusform>
                <numerusform>Copia %1 restaurada (%Ln cuentas); los datos que sustituyó se guardan en %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2 (that copy is damaged, as the data was)</source>
            <translation>
                <numerusform>Copia %1 restaurada (%Ln cuenta); los datos que sustituyó se guardan en %2 (esa copia está dañada, como lo estaban los datos)</numerusform>
                <numerusform>Copia %1 restaurada (%Ln cuentas); los datos que sustituyó se guardan en %2 (esa copia está dañada, como lo estaban los datos)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 The database was left as it was.</source>
            <translation>%1 %2 La base de datos se ha dejado como estaba.</translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the damaged database was set aside as %2</source>
            <translation>
                <numerusform>Copia %1 restaurada (%Ln cuenta); la base de datos dañada se ha apartado como %2</numerusform>
                <numerusform>Copia %1 restaurada (%Ln cuentas); la base de datos dañada se ha apartado como %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); there was no database file to set aside</source>
            <translation>
                <numerusform>Copia %1 restaurada (%Ln cuenta); no había ningún archivo de base de datos que apartar</numerusform>
                <numerusform>Copia %1 restaurada (%Ln cuentas); no había ningún archivo de base de datos que apartar</numerusform>
            </translation>
        </message>
        <message>
            <source>No backups in %1</source>
            <translation>No hay copias de seguridad en %1</translation>
        </message>
        <message>
            <source>? accounts</source>
            <translation>? cuentas</translation>
        </message>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln cuenta</numerusform>
                <numerusform>%Ln cuentas</numerusform>
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
            <translation>muestra este mensaje de ayuda y sale</translation>
        </message>
        <message>
            <source>one JSON object per line</source>
            <translation>un objeto JSON por línea</translation>
        </message>
        <message>
            <source>%1: error: %2 (see '%3 --help')</source>
            <translation>%1: error: %2 (consulte «%3 --help»)</translation>
        </message>
        <message>
            <source>'%1' is not a date of the form YYYY-MM-DD</source>
            <translation>«%1» no es una fecha de la forma AAAA-MM-DD</translation>
        </message>
        <message>
            <source>%1: error: %2</source>
            <translation>%1: error: %2</translation>
        </message>
        <message>
            <source>'%1' is not a whole number</source>
            <translation>«%1» no es un número entero</translation>
        </message>
        <message>
            <source>'%1' must be between 1 and %2</source>
            <translation>«%1» debe estar entre 1 y %2</translation>
        </message>
        <message>
            <source>fill an empty database with realistic demo data</source>
            <translation>llena una base de datos vacía con datos de demostración realistas</translation>
        </message>
        <message>
            <source>number of organizations (default: 200)</source>
            <translation>número de organizaciones (por defecto: 200)</translation>
        </message>
        <message>
            <source>random seed; the same seed and day give the same data</source>
            <translation>semilla aleatoria; la misma semilla y el mismo día dan los mismos datos</translation>
        </message>
        <message>
            <source>add demo data even though the database holds data</source>
            <translation>añade datos de demostración aunque la base de datos ya contenga datos</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>lista las cuentas</translation>
        </message>
        <message>
            <source>only accounts in this kanban column</source>
            <translation>solo las cuentas de esta columna del kanban</translation>
        </message>
        <message>
            <source>only accounts whose name, people, emails or phones contain TEXT</source>
            <translation>solo las cuentas cuyo nombre, personas, correos o teléfonos contienen TEXT</translation>
        </message>
        <message>
            <source>check integrity and that every summary matches live data</source>
            <translation>comprueba la integridad y que cada resumen coincide con los datos actuales</translation>
        </message>
        <message>
            <source>write one account's summary page to a PDF file</source>
            <translation>escribir la página de resumen de una cuenta en un archivo PDF</translation>
        </message>
        <message>
            <source>the organization's id (see `accounts --json`)</source>
            <translation>el id de la organización (véase `accounts --json`)</translation>
        </message>
        <message>
            <source>the PDF file</source>
            <translation>el archivo PDF</translation>
        </message>
        <message>
            <source>render the main views to PNG files</source>
            <translation>genera las vistas principales en archivos PNG</translation>
        </message>
        <message>
            <source>folder for the PNG files</source>
            <translation>carpeta para los archivos PNG</translation>
        </message>
        <message>
            <source>the interface's language (en, fr, de, es, it, pt_BR; the system's by default)</source>
            <translation>el idioma de la interfaz (en, fr, de, es, it, pt_BR; por defecto, el del sistema)</translation>
        </message>
        <message>
            <source>%1 Use 'demo --force' to add it anyway.</source>
            <translation>%1 Use «demo --force» para añadirlos de todos modos.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln organización</numerusform>
                <numerusform>%Ln organizaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln trato</numerusform>
                <numerusform>%Ln tratos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(s)</source>
            <translation>
                <numerusform>%Ln actividad</numerusform>
                <numerusform>%Ln actividades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln nota</numerusform>
                <numerusform>%Ln notas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln archivo</numerusform>
                <numerusform>%Ln archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s in the team database %8.</source>
            <translation>Se crearon %1, %2, %3, %4, %5 y %6 en %7 s en la base de datos del equipo %8.</translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s; %8 is %9 MB.</source>
            <translation>Se crearon %1, %2, %3, %4, %5 y %6 en %7 s; %8 ocupa %9 MB.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has problems (%Ln shown above)</source>
            <translation>
                <numerusform>%1 tiene problemas (%Ln mostrado arriba)</numerusform>
                <numerusform>%1 tiene problemas (%Ln mostrados arriba)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: OK; %Ln account(s); every summary matches live data.</source>
            <translation>
                <numerusform>%1: OK; %Ln cuenta; cada resumen coincide con los datos actuales.</numerusform>
                <numerusform>%1: OK; %Ln cuentas; cada resumen coincide con los datos actuales.</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no organization with the id %1</source>
            <translation>no hay ninguna organización con el id %1</translation>
        </message>
        <message>
            <source>Wrote the summary of %1 to %2</source>
            <translation>Resumen de %1 escrito en %2</translation>
        </message>
        <message>
            <source>list the exchange rates to the default currency, or set some</source>
            <translation>lista los tipos de cambio a la moneda predeterminada, o fija algunos</translation>
        </message>
        <message>
            <source>what one unit of CODE is worth in the default currency (e.g. USD=0.92); repeat it for several, all set in one transaction</source>
            <translation>lo que vale una unidad de CODE en la moneda predeterminada (p. ej., USD=0.92); repítalo para varias, todas fijadas en una transacción</translation>
        </message>
        <message>
            <source>--set takes CODE=RATE with a decimal RATE (e.g. USD=0.92), not '%1'</source>
            <translation>--set espera CODE=RATE con un RATE decimal (p. ej., USD=0.92), no «%1»</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>sin tipo</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>(predeterminada)</translation>
        </message>
        <message>
            <source>write activities to an iCalendar (.ics) file for calendar apps</source>
            <translation>escribe las actividades en un archivo iCalendar (.ics) para aplicaciones de calendario</translation>
        </message>
        <message>
            <source>the .ics file to write</source>
            <translation>el archivo .ics que escribir</translation>
        </message>
        <message>
            <source>only activities assigned to this user (name or id)</source>
            <translation>solo las actividades asignadas a este usuario (nombre o id)</translation>
        </message>
        <message>
            <source>only activities due on or after this day</source>
            <translation>solo las actividades con vencimiento ese día o después</translation>
        </message>
        <message>
            <source>only activities due on or before this day</source>
            <translation>solo las actividades con vencimiento ese día o antes</translation>
        </message>
        <message>
            <source>completed activities too (default: open only)</source>
            <translation>también las actividades completadas (por defecto: solo las abiertas)</translation>
        </message>
        <message>
            <source>import records from a CSV or Excel file (creates the database if there is none)</source>
            <translation>importa registros de un archivo CSV o Excel (crea la base de datos si no existe)</translation>
        </message>
        <message>
            <source>what the file's rows are</source>
            <translation>qué son las filas del archivo</translation>
        </message>
        <message>
            <source>the .csv or .xlsx file to import</source>
            <translation>el archivo .csv o .xlsx que importar</translation>
        </message>
        <message>
            <source>columns to import as which field, as {"Header": "field key"} (null skips a column); columns not named are matched by their headers</source>
            <translation>qué columnas importar como qué campo, como {"Header": "field key"} (null omite una columna); las columnas no nombradas se asocian por su encabezado</translation>
        </message>
        <message>
            <source>what to do with a row that matches an existing record (default: skip)</source>
            <translation>qué hacer con una fila que coincide con un registro existente (por defecto: skip)</translation>
        </message>
        <message>
            <source>check the file and report, but write nothing</source>
            <translation>comprueba el archivo e informa, pero no escribe nada</translation>
        </message>
        <message>
            <source>import nothing and exit 1 when any row would be rejected</source>
            <translation>no importa nada y sale con 1 si alguna fila sería rechazada</translation>
        </message>
        <message>
            <source>read dates like 03/04/2026 as month/day (default: day/month)</source>
            <translation>lee fechas como 03/04/2026 como mes/día (por defecto: día/mes)</translation>
        </message>
        <message>
            <source>reject rows naming an organization, person or deal that does not exist (default: create it)</source>
            <translation>rechaza las filas que nombran una organización, persona o trato que no existe (por defecto: crearlo)</translation>
        </message>
        <message>
            <source>write all records of one kind to a CSV or Excel file that imports again</source>
            <translation>escribe todos los registros de un tipo en un archivo CSV o Excel que se puede volver a importar</translation>
        </message>
        <message>
            <source>what to export</source>
            <translation>qué exportar</translation>
        </message>
        <message>
            <source>file format (default: from the file name's extension, else csv)</source>
            <translation>formato del archivo (por defecto: según la extensión del nombre; si no, csv)</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>el archivo que escribir</translation>
        </message>
        <message>
            <source>what separates a CSV file's cells (default: semicolon where the system's locale writes decimals with a comma, as Excel there expects; comma elsewhere)</source>
            <translation>qué separa las celdas de un archivo CSV (por defecto: punto y coma donde la configuración regional del sistema escribe los decimales con coma, como allí espera Excel; coma en los demás casos)</translation>
        </message>
        <message>
            <source>write a CSV file's decimals with a comma, as a spreadsheet in such a language reads numbers, and separate its cells with semicolons unless --delimiter says otherwise (default: a dot, for other programs)</source>
            <translation>escribir los decimales de un archivo CSV con coma, como una hoja de cálculo en ese idioma lee los números, y separar sus celdas con punto y coma salvo que --delimiter indique otra cosa (predeterminado: un punto, para otros programas)</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 es posterior a --to %2</translation>
        </message>
        <message>
            <source>several users are named '%1'; give the id instead (%2)</source>
            <translation>varios usuarios se llaman «%1»; indique el id en su lugar (%2)</translation>
        </message>
        <message>
            <source>there is no user with the name or id '%1'</source>
            <translation>no hay ningún usuario con el nombre o id «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln activity(s) to %1</source>
            <translation>
                <numerusform>Se escribió %Ln actividad en %1</numerusform>
                <numerusform>Se escribieron %Ln actividades en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>no se puede leer %1: %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2</source>
            <translation>%1 no es JSON válido: %2</translation>
        </message>
        <message>
            <source>%1 must be a JSON object like {"Header": "field key"}</source>
            <translation>%1 debe ser un objeto JSON como {"Header": "field key"}</translation>
        </message>
        <message>
            <source>the file has no column '%1' (named in %2)</source>
            <translation>el archivo no tiene ninguna columna «%1» (nombrada en %2)</translation>
        </message>
        <message>
            <source>'%1' is not a field of %2; use one of: %3</source>
            <translation>«%1» no es un campo de %2; use uno de: %3</translation>
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4 (dry run: nothing was written)</source>
            <translation>Creados %1, actualizados %2, omitidos %3, rechazados %4 (simulación: no se escribió nada)</translation>
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4</source>
            <translation>Creados %1, actualizados %2, omitidos %3, rechazados %4</translation>
        </message>
        <message numerus="yes">
            <source>Created %Ln linked record(s)</source>
            <translation>
                <numerusform>Se creó %Ln registro vinculado</numerusform>
                <numerusform>Se crearon %Ln registros vinculados</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>línea %1: %2</translation>
        </message>
        <message>
            <source>%1 has no column for %2; name it with --mapping</source>
            <translation>%1 no tiene ninguna columna para %2; nómbrela con --mapping</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the rows would be rejected (listed above); nothing was imported</source>
            <translation>
                <numerusform>%Ln de las filas sería rechazada (listada arriba); no se importó nada</numerusform>
                <numerusform>%Ln de las filas serían rechazadas (listadas arriba); no se importó nada</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln row(s) to %1</source>
            <translation>
                <numerusform>Se escribió %Ln fila en %1</numerusform>
                <numerusform>Se escribieron %Ln filas en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>id %1</source>
            <translation>el id %1</translation>
        </message>
        <message>
            <source>ids %1-%2</source>
            <translation>los id %1-%2</translation>
        </message>
        <message>
            <source>%1: could not read %2 (the database is damaged)</source>
            <translation>%1: no se pudo leer %2 (la base de datos está dañada)</translation>
        </message>
        <message>
            <source>%1: %2 written without %3 (the database is damaged)</source>
            <translation>%1: %2 escrito sin %3 (la base de datos está dañada)</translation>
        </message>
        <message>
            <source>the export is incomplete; run '%1 check' and restore the database from a backup</source>
            <translation>la exportación está incompleta; ejecute «%1 check» y restaure la base de datos desde una copia de seguridad</translation>
        </message>
        <message>
            <source>make an empty PostgreSQL database a team database (or bring one up to date)</source>
            <translation>convertir una base de datos PostgreSQL vacía en una base de datos del equipo (o actualizar una)</translation>
        </message>
        <message>
            <source>the database, as postgresql://user@host:5432/dbname</source>
            <translation>la base de datos, como postgresql://usuario@host:5432/base</translation>
        </message>
        <message>
            <source>copy a whole database into a new file or an empty team database (a file to a server, a server to a file, or a file to a file)</source>
            <translation>copiar una base de datos entera en un archivo nuevo o en una base de datos del equipo vacía (de un archivo a un servidor, de un servidor a un archivo o de un archivo a otro)</translation>
        </message>
        <message>
            <source>the database to copy: a file, or a postgresql:// URL</source>
            <translation>la base de datos que copiar: un archivo o una URL postgresql://</translation>
        </message>
        <message>
            <source>where to copy it: a new file, or the URL of an empty team database</source>
            <translation>dónde copiarla: un archivo nuevo o la URL de una base de datos del equipo vacía</translation>
        </message>
        <message>
            <source>%1 is ready for a team: schema %2</source>
            <translation>%1 está lista para un equipo: esquema %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln row(s)</source>
            <translation>
                <numerusform>%1: %Ln fila</numerusform>
                <numerusform>%1: %Ln filas</numerusform>
            </translation>
        </message>
        <message>
            <source>the copy from %1 to %2 failed, and nothing was copied: %3</source>
            <translation>la copia de %1 a %2 falló y no se copió nada: %3</translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %Ln row(s) in %3 s</source>
            <translation>
                <numerusform>%1 copiada a %2: %Ln fila en %3 s</numerusform>
                <numerusform>%1 copiada a %2: %Ln filas en %3 s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Asignar las columnas</translation>
        </message>
        <message>
            <source>Choose what each column of the file holds. Columns set to “Do not import” are left out.</source>
            <translation>Elige qué contiene cada columna del archivo. Las columnas con «No importar» se omiten.</translation>
        </message>
        <message>
            <source>Choose a column for each required field: %1.</source>
            <translation>Elige una columna para cada campo obligatorio: %1.</translation>
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation>Elige al menos una columna para importar.</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation>Monedas</translation>
        </message>
        <message>
            <source>Totals are shown in the default currency; amounts in a currency without a rate count in no total until it has one.</source>
            <translation>Los totales se muestran en la moneda predeterminada; los importes en una moneda sin tipo de cambio no cuentan en ningún total hasta que lo tenga.</translation>
        </message>
        <message>
            <source>&amp;Edit rate…</source>
            <translation>&amp;Editar tipo de cambio…</translation>
        </message>
        <message>
            <source>Make &amp;default…</source>
            <translation>Hacer &amp;predeterminada…</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Editar tipo de cambio</translation>
        </message>
        <message>
            <source>Give it a rate first: totals can only be turned into it with one.</source>
            <translation>Asígnele primero un tipo de cambio: sin él, los totales no se pueden convertir a ella.</translation>
        </message>
        <message>
            <source>Change the rate of %1</source>
            <translation>Cambiar el tipo de cambio de %1</translation>
        </message>
        <message>
            <source>Default currency</source>
            <translation>Moneda predeterminada</translation>
        </message>
        <message>
            <source>Show every total in %1 (%2) from now on?</source>
            <translation>¿Mostrar a partir de ahora todos los totales en %1 (%2)?</translation>
        </message>
        <message>
            <source>Every exchange rate becomes a rate to %1, and the amounts of money custom fields are converted to it. Edit ▸ Undo changes it back.</source>
            <translation>Cada tipo de cambio pasa a ser un tipo de cambio a %1, y los importes de los campos personalizados monetarios se convierten a %1. Editar ▸ Deshacer lo revierte.</translation>
        </message>
        <message>
            <source>These currencies will have no rate to %1 (it would be too large): %2</source>
            <translation>Estas monedas no tendrán tipo de cambio a %1 (sería demasiado alto): %2</translation>
        </message>
        <message>
            <source>Make %1 the default currency</source>
            <translation>Hacer de %1 la moneda predeterminada</translation>
        </message>
        <message>
            <source>Turning every total into %1…</source>
            <translation>Convirtiendo todos los totales a %1…</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesModel</name>
        <message>
            <source>no rate</source>
            <translation>sin tipo de cambio</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Fijado el</translation>
        </message>
        <message>
            <source>Rate to %1</source>
            <translation>Cambio a %1</translation>
        </message>
        <message>
            <source>The default currency: totals are in it.</source>
            <translation>La moneda predeterminada: los totales se expresan en ella.</translation>
        </message>
        <message>
            <source>Its amounts count in no total until it has a rate.</source>
            <translation>Sus importes no cuentan en ningún total hasta que tenga un tipo de cambio.</translation>
        </message>
        <message>
            <source>1 %1 is worth %2 %3</source>
            <translation>1 %1 equivale a %2 %3</translation>
        </message>
        <message>
            <source>A built-in rate: check it before relying on its totals.</source>
            <translation>Un tipo de cambio incluido: compruébelo antes de fiarse de sus totales.</translation>
        </message>
    </context>
    <context>
        <name>Currency</name>
        <message>
            <source>Afghan afghani</source>
            <translation>Afgani afgano</translation>
        </message>
        <message>
            <source>Albanian lek</source>
            <translation>Lek albanés</translation>
        </message>
        <message>
            <source>Algerian dinar</source>
            <translation>Dinar argelino</translation>
        </message>
        <message>
            <source>Angolan kwanza</source>
            <translation>Kuanza angoleño</translation>
        </message>
        <message>
            <source>Argentine peso</source>
            <translation>Peso argentino</translation>
        </message>
        <message>
            <source>Armenian dram</source>
            <translation>Dram armenio</translation>
        </message>
        <message>
            <source>Aruban florin</source>
            <translation>Florín arubeño</translation>
        </message>
        <message>
            <source>Australian dollar</source>
            <translation>Dólar australiano</translation>
        </message>
        <message>
            <source>Azerbaijani manat</source>
            <translation>Manat azerbaiyano</translation>
        </message>
        <message>
            <source>Bahamian dollar</source>
            <translation>Dólar bahameño</translation>
        </message>
        <message>
            <source>Bahraini dinar</source>
            <translation>Dinar bareiní</translation>
        </message>
        <message>
            <source>Bangladeshi taka</source>
            <translation>Taka bangladesí</translation>
        </message>
        <message>
            <source>Barbados dollar</source>
            <translation>Dólar barbadense</translation>
        </message>
        <message>
            <source>Belarusian ruble</source>
            <translation>Rublo bielorruso</translation>
        </message>
        <message>
            <source>Belize dollar</source>
            <translation>Dólar beliceño</translation>
        </message>
        <message>
            <source>Bermudian dollar</source>
            <translation>Dólar bermudeño</translation>
        </message>
        <message>
            <source>Bhutanese ngultrum</source>
            <translation>Gultrum butanés</translation>
        </message>
        <message>
            <source>Boliviano</source>
            <translation>Boliviano</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina convertible mark</source>
            <translation>Marco convertible de Bosnia y Herzegovina</translation>
        </message>
        <message>
            <source>Botswana pula</source>
            <translation>Pula botsuano</translation>
        </message>
        <message>
            <source>Brazilian real</source>
            <translation>Real brasileño</translation>
        </message>
        <message>
            <source>Brunei dollar</source>
            <translation>Dólar bruneano</translation>
        </message>
        <message>
            <source>Bulgarian lev</source>
            <translation>Leva búlgara</translation>
        </message>
        <message>
            <source>Burundian franc</source>
            <translation>Franco burundés</translation>
        </message>
        <message>
            <source>CFP franc</source>
            <translation>Franco CFP</translation>
        </message>
        <message>
            <source>Cambodian riel</source>
            <translation>Riel camboyano</translation>
        </message>
        <message>
            <source>Canadian dollar</source>
            <translation>Dólar canadiense</translation>
        </message>
        <message>
            <source>Cape Verdean escudo</source>
            <translation>Escudo de Cabo Verde</translation>
        </message>
        <message>
            <source>Cayman Islands dollar</source>
            <translation>Dólar de las Islas Caimán</translation>
        </message>
        <message>
            <source>Central African CFA franc</source>
            <translation>Franco CFA de África Central</translation>
        </message>
        <message>
            <source>Chilean peso</source>
            <translation>Peso chileno</translation>
        </message>
        <message>
            <source>Colombian peso</source>
            <translation>Peso colombiano</translation>
        </message>
        <message>
            <source>Comoro franc</source>
            <translation>Franco comorense</translation>
        </message>
        <message>
            <source>Congolese franc</source>
            <translation>Franco congoleño</translation>
        </message>
        <message>
            <source>Costa Rican colón</source>
            <translation>Colón costarricense</translation>
        </message>
        <message>
            <source>Cuban peso</source>
            <translation>Peso cubano</translation>
        </message>
        <message>
            <source>Czech koruna</source>
            <translation>Corona checa</translation>
        </message>
        <message>
            <source>Danish krone</source>
            <translation>Corona danesa</translation>
        </message>
        <message>
            <source>Djiboutian franc</source>
            <translation>Franco yibutiano</translation>
        </message>
        <message>
            <source>Dominican peso</source>
            <translation>Peso dominicano</translation>
        </message>
        <message>
            <source>East Caribbean dollar</source>
            <translation>Dólar del Caribe Oriental</translation>
        </message>
        <message>
            <source>Egyptian pound</source>
            <translation>Libra egipcia</translation>
        </message>
        <message>
            <source>Eritrean nakfa</source>
            <translation>Nakfa eritreo</translation>
        </message>
        <message>
            <source>Ethiopian birr</source>
            <translation>Bir etíope</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>Euro</translation>
        </message>
        <message>
            <source>Falkland Islands pound</source>
            <translation>Libra malvinense</translation>
        </message>
        <message>
            <source>Fiji dollar</source>
            <translation>Dólar fiyiano</translation>
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
            <translation>Cedi ghanés</translation>
        </message>
        <message>
            <source>Gibraltar pound</source>
            <translation>Libra gibraltareña</translation>
        </message>
        <message>
            <source>Guatemalan quetzal</source>
            <translation>Quetzal guatemalteco</translation>
        </message>
        <message>
            <source>Guinean franc</source>
            <translation>Franco guineano</translation>
        </message>
        <message>
            <source>Guyanese dollar</source>
            <translation>Dólar guyanés</translation>
        </message>
        <message>
            <source>Haitian gourde</source>
            <translation>Gurde haitiano</translation>
        </message>
        <message>
            <source>Honduran lempira</source>
            <translation>Lempira hondureño</translation>
        </message>
        <message>
            <source>Hong Kong dollar</source>
            <translation>Dólar hongkonés</translation>
        </message>
        <message>
            <source>Hungarian forint</source>
            <translation>Forinto húngaro</translation>
        </message>
        <message>
            <source>Icelandic króna</source>
            <translation>Corona islandesa</translation>
        </message>
        <message>
            <source>Indian rupee</source>
            <translation>Rupia india</translation>
        </message>
        <message>
            <source>Indonesian rupiah</source>
            <translation>Rupia indonesia</translation>
        </message>
        <message>
            <source>Iranian rial</source>
            <translation>Rial iraní</translation>
        </message>
        <message>
            <source>Iraqi dinar</source>
            <translation>Dinar iraquí</translation>
        </message>
        <message>
            <source>Israeli new shekel</source>
            <translation>Nuevo séquel israelí</translation>
        </message>
        <message>
            <source>Jamaican dollar</source>
            <translation>Dólar jamaicano</translation>
        </message>
        <message>
            <source>Japanese yen</source>
            <translation>Yen japonés</translation>
        </message>
        <message>
            <source>Jordanian dinar</source>
            <translation>Dinar jordano</translation>
        </message>
        <message>
            <source>Kazakhstani tenge</source>
            <translation>Tengue kazajo</translation>
        </message>
        <message>
            <source>Kenyan shilling</source>
            <translation>Chelín keniano</translation>
        </message>
        <message>
            <source>Kuwaiti dinar</source>
            <translation>Dinar kuwaití</translation>
        </message>
        <message>
            <source>Kyrgyzstani som</source>
            <translation>Som kirguís</translation>
        </message>
        <message>
            <source>Lao kip</source>
            <translation>Kip laosiano</translation>
        </message>
        <message>
            <source>Lebanese pound</source>
            <translation>Libra libanesa</translation>
        </message>
        <message>
            <source>Lesotho loti</source>
            <translation>Loti lesotense</translation>
        </message>
        <message>
            <source>Liberian dollar</source>
            <translation>Dólar liberiano</translation>
        </message>
        <message>
            <source>Libyan dinar</source>
            <translation>Dinar libio</translation>
        </message>
        <message>
            <source>Macanese pataca</source>
            <translation>Pataca macaense</translation>
        </message>
        <message>
            <source>Macedonian denar</source>
            <translation>Dinar macedonio</translation>
        </message>
        <message>
            <source>Malagasy ariary</source>
            <translation>Ariari malgache</translation>
        </message>
        <message>
            <source>Malawian kwacha</source>
            <translation>Kuacha malauí</translation>
        </message>
        <message>
            <source>Malaysian ringgit</source>
            <translation>Ringit malasio</translation>
        </message>
        <message>
            <source>Maldivian rufiyaa</source>
            <translation>Rufiya maldiva</translation>
        </message>
        <message>
            <source>Mauritanian ouguiya</source>
            <translation>Uguiya mauritano</translation>
        </message>
        <message>
            <source>Mauritian rupee</source>
            <translation>Rupia mauriciana</translation>
        </message>
        <message>
            <source>Mexican peso</source>
            <translation>Peso mexicano</translation>
        </message>
        <message>
            <source>Moldovan leu</source>
            <translation>Leu moldavo</translation>
        </message>
        <message>
            <source>Mongolian tögrög</source>
            <translation>Tugrik mongol</translation>
        </message>
        <message>
            <source>Moroccan dirham</source>
            <translation>Dírham marroquí</translation>
        </message>
        <message>
            <source>Mozambican metical</source>
            <translation>Metical mozambiqueño</translation>
        </message>
        <message>
            <source>Myanmar kyat</source>
            <translation>Kiat de Myanmar</translation>
        </message>
        <message>
            <source>Namibian dollar</source>
            <translation>Dólar namibio</translation>
        </message>
        <message>
            <source>Nepalese rupee</source>
            <translation>Rupia nepalí</translation>
        </message>
        <message>
            <source>Netherlands Antillean guilder</source>
            <translation>Florín antillano</translation>
        </message>
        <message>
            <source>New Taiwan dollar</source>
            <translation>Nuevo dólar taiwanés</translation>
        </message>
        <message>
            <source>New Zealand dollar</source>
            <translation>Dólar neozelandés</translation>
        </message>
        <message>
            <source>Nicaraguan córdoba</source>
            <translation>Córdoba oro</translation>
        </message>
        <message>
            <source>Nigerian naira</source>
            <translation>Naira nigeriano</translation>
        </message>
        <message>
            <source>North Korean won</source>
            <translation>Won norcoreano</translation>
        </message>
        <message>
            <source>Norwegian krone</source>
            <translation>Corona noruega</translation>
        </message>
        <message>
            <source>Omani rial</source>
            <translation>Rial omaní</translation>
        </message>
        <message>
            <source>Pakistani rupee</source>
            <translation>Rupia pakistaní</translation>
        </message>
        <message>
            <source>Panamanian balboa</source>
            <translation>Balboa panameño</translation>
        </message>
        <message>
            <source>Papua New Guinean kina</source>
            <translation>Kina papú</translation>
        </message>
        <message>
            <source>Paraguayan guaraní</source>
            <translation>Guaraní paraguayo</translation>
        </message>
        <message>
            <source>Peruvian sol</source>
            <translation>Sol peruano</translation>
        </message>
        <message>
            <source>Philippine peso</source>
            <translation>Peso filipino</translation>
        </message>
        <message>
            <source>Polish złoty</source>
            <translation>Esloti polaco</translation>
        </message>
        <message>
            <source>Pound sterling</source>
            <translation>Libra esterlina</translation>
        </message>
        <message>
            <source>Qatari riyal</source>
            <translation>Rial catarí</translation>
        </message>
        <message>
            <source>Renminbi</source>
            <translation>Yuan renminbi</translation>
        </message>
        <message>
            <source>Romanian leu</source>
            <translation>Leu rumano</translation>
        </message>
        <message>
            <source>Russian ruble</source>
            <translation>Rublo ruso</translation>
        </message>
        <message>
            <source>Rwandan franc</source>
            <translation>Franco ruandés</translation>
        </message>
        <message>
            <source>Saint Helena pound</source>
            <translation>Libra de Santa Elena</translation>
        </message>
        <message>
            <source>Salvadoran colón</source>
            <translation>Colón salvadoreño</translation>
        </message>
        <message>
            <source>Samoan tālā</source>
            <translation>Tala samoano</translation>
        </message>
        <message>
            <source>Saudi riyal</source>
            <translation>Rial saudí</translation>
        </message>
        <message>
            <source>Serbian dinar</source>
            <translation>Dinar serbio</translation>
        </message>
        <message>
            <source>Seychelles rupee</source>
            <translation>Rupia seychellense</translation>
        </message>
        <message>
            <source>Sierra Leonean leone</source>
            <translation>Leona sierraleonesa</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation>Dólar singapurense</translation>
        </message>
        <message>
            <source>Solomon Islands dollar</source>
            <translation>Dólar salomonense</translation>
        </message>
        <message>
            <source>Somali shilling</source>
            <translation>Chelín somalí</translation>
        </message>
        <message>
            <source>South African rand</source>
            <translation>Rand sudafricano</translation>
        </message>
        <message>
            <source>South Korean won</source>
            <translation>Won surcoreano</translation>
        </message>
        <message>
            <source>South Sudanese pound</source>
            <translation>Libra sursudanesa</translation>
        </message>
        <message>
            <source>Sri Lankan rupee</source>
            <translation>Rupia esrilanquesa</translation>
        </message>
        <message>
            <source>Sudanese pound</source>
            <translation>Libra sudanesa</translation>
        </message>
        <message>
            <source>Surinamese dollar</source>
            <translation>Dólar surinamés</translation>
        </message>
        <message>
            <source>Swazi lilangeni</source>
            <translation>Lilangeni esuatiní</translation>
        </message>
        <message>
            <source>Swedish krona</source>
            <translation>Corona sueca</translation>
        </message>
        <message>
            <source>Swiss franc</source>
            <translation>Franco suizo</translation>
        </message>
        <message>
            <source>Syrian pound</source>
            <translation>Libra siria</translation>
        </message>
        <message>
            <source>São Tomé and Príncipe dobra</source>
            <translation>Dobra santotomense</translation>
        </message>
        <message>
            <source>Tajikistani somoni</source>
            <translation>Somoni tayiko</translation>
        </message>
        <message>
            <source>Tanzanian shilling</source>
            <translation>Chelín tanzano</translation>
        </message>
        <message>
            <source>Thai baht</source>
            <translation>Bat tailandés</translation>
        </message>
        <message>
            <source>Tongan pa'anga</source>
            <translation>Paanga tongano</translation>
        </message>
        <message>
            <source>Trinidad and Tobago dollar</source>
            <translation>Dólar de Trinidad y Tobago</translation>
        </message>
        <message>
            <source>Tunisian dinar</source>
            <translation>Dinar tunecino</translation>
        </message>
        <message>
            <source>Turkish lira</source>
            <translation>Lira turca</translation>
        </message>
        <message>
            <source>Turkmenistan manat</source>
            <translation>Manat turcomano</translation>
        </message>
        <message>
            <source>UAE dirham</source>
            <translation>Dírham de los Emiratos Árabes Unidos</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>Dólar estadounidense</translation>
        </message>
        <message>
            <source>Ugandan shilling</source>
            <translation>Chelín ugandés</translation>
        </message>
        <message>
            <source>Ukrainian hryvnia</source>
            <translation>Grivna ucraniana</translation>
        </message>
        <message>
            <source>Unidad de Fomento</source>
            <translation>Unidad de fomento chilena</translation>
        </message>
        <message>
            <source>Unidad previsional</source>
            <translation>Unidad previsional uruguayo</translation>
        </message>
        <message>
            <source>Uruguay peso en unidades indexadas</source>
            <translation>Peso uruguayo en unidades indexadas</translation>
        </message>
        <message>
            <source>Uruguayan peso</source>
            <translation>Peso uruguayo</translation>
        </message>
        <message>
            <source>Uzbekistani sum</source>
            <translation>Sum uzbeko</translation>
        </message>
        <message>
            <source>Vanuatu vatu</source>
            <translation>Vatu vanuatense</translation>
        </message>
        <message>
            <source>Venezuelan digital bolívar</source>
            <translation>VED</translation>
        </message>
        <message>
            <source>Venezuelan sovereign bolívar</source>
            <translation>Bolívar venezolano</translation>
        </message>
        <message>
            <source>Vietnamese đồng</source>
            <translation>Dong vietnamita</translation>
        </message>
        <message>
            <source>West African CFA franc</source>
            <translation>Franco CFA de África Occidental</translation>
        </message>
        <message>
            <source>Yemeni rial</source>
            <translation>Rial yemení</translation>
        </message>
        <message>
            <source>Zambian kwacha</source>
            <translation>Kuacha zambiano</translation>
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
            <translation>Cambiar nombre…</translation>
        </message>
        <message>
            <source>Move field</source>
            <translation>Mover campo</translation>
        </message>
        <message>
            <source>Hide the selected field everywhere; its values are kept</source>
            <translation>Ocultar el campo seleccionado en todas partes; sus valores se conservan</translation>
        </message>
        <message>
            <source>Show the selected field again, with the values it kept</source>
            <translation>Volver a mostrar el campo seleccionado, con los valores que conservó</translation>
        </message>
        <message>
            <source>New field</source>
            <translation>Nuevo campo</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Agregar campo</translation>
        </message>
        <message>
            <source>Rename field</source>
            <translation>Cambiar nombre del campo</translation>
        </message>
        <message>
            <source>Options of “%1”</source>
            <translation>Opciones de «%1»</translation>
        </message>
        <message>
            <source>Edit options</source>
            <translation>Editar opciones</translation>
        </message>
        <message>
            <source>Restore field</source>
            <translation>Restaurar campo</translation>
        </message>
        <message>
            <source>Retire field</source>
            <translation>Retirar campo</translation>
        </message>
        <message>
            <source>Mark the renewal date</source>
            <translation>Marcar la fecha de renovación</translation>
        </message>
        <message>
            <source>Unmark the renewal date</source>
            <translation>Desmarcar la fecha de renovación</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Campos personalizados</translation>
        </message>
        <message>
            <source>&amp;Fields of:</source>
            <translation>&amp;Campos de:</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Tratos</translation>
        </message>
        <message>
            <source>Add a field at the end of the list</source>
            <translation>Agregar un campo al final de la lista</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Agregar…</translation>
        </message>
        <message>
            <source>Rename the selected field (F2); its values stay</source>
            <translation>Cambiar el nombre del campo seleccionado (F2); sus valores se mantienen</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>Cambiar &amp;nombre…</translation>
        </message>
        <message>
            <source>Add, reorder or remove the options of the selected field</source>
            <translation>Agregar, reordenar o quitar las opciones del campo seleccionado</translation>
        </message>
        <message>
            <source>Edit &amp;options…</source>
            <translation>Editar &amp;opciones…</translation>
        </message>
        <message>
            <source>Show the selected field earlier (Alt+Up)</source>
            <translation>Mostrar antes el campo seleccionado (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Show the selected field later (Alt+Down)</source>
            <translation>Mostrar después el campo seleccionado (Alt+Abajo)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Re&amp;tirar</translation>
        </message>
        <message>
            <source>Renewal &amp;date</source>
            <translation>&amp;Fecha de renovación</translation>
        </message>
        <message>
            <source>Mark the selected date field as the date each account renews: the view “Renewal in the next 60 days” lists those renewing soon</source>
            <translation>Marcar el campo de fecha seleccionado como la fecha en que renueva cada cuenta: la vista «Renovación en los próximos 60 días» lista las que renuevan pronto</translation>
        </message>
        <message>
            <source>A retired field is hidden everywhere but keeps its values; restore it to show them again.</source>
            <translation>Un campo retirado se oculta en todas partes, pero conserva sus valores; restáuralo para volver a mostrarlos.</translation>
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
            <translation>Valor</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Delete clears the date.</source>
            <translation>Supr borra la fecha.</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>New deal</source>
            <translation>Nuevo trato</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sin propietario</translation>
        </message>
        <message>
            <source>New deal for %1</source>
            <translation>Nuevo trato para %1</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Editar trato</translation>
        </message>
        <message>
            <source>won on %1</source>
            <translation>ganado el %1</translation>
        </message>
        <message>
            <source>lost on %1</source>
            <translation>perdido el %1</translation>
        </message>
        <message>
            <source>No person</source>
            <translation>Sin persona</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Trato</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>For example: Annual licence renewal</source>
            <translation>Por ejemplo: Renovación de licencia anual</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>Or&amp;ganización:</translation>
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation>Escribe para buscar; déjalo vacío para ninguna</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valor:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>P&amp;ropietario:</translation>
        </message>
        <message>
            <source>E&amp;xpected close:</source>
            <translation>&amp;Cierre previsto:</translation>
        </message>
        <message>
            <source>No &amp;date</source>
            <translation>Sin &amp;fecha</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Op&amp;en</source>
            <translation>&amp;Abierto</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>Ga&amp;nado</translation>
        </message>
        <message>
            <source>&amp;Lost</source>
            <translation>Per&amp;dido</translation>
        </message>
        <message>
            <source>Lost &amp;reason:</source>
            <translation>&amp;Motivo de pérdida:</translation>
        </message>
        <message>
            <source>Why the customer said no</source>
            <translation>Por qué el cliente dijo que no</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Ganado</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Trato</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>Contacto: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Motivo de pérdida</translation>
        </message>
    </context>
    <context>
        <name>DemoOffer</name>
        <message>
            <source>Creating demo data…</source>
            <translation>Creando datos de demostración…</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Datos de demostración</translation>
        </message>
        <message>
            <source>Welcome to accountmgr</source>
            <translation>Te damos la bienvenida a accountmgr</translation>
        </message>
        <message>
            <source>Your database is empty.</source>
            <translation>Tu base de datos está vacía.</translation>
        </message>
        <message>
            <source>Would you like to explore the application with demo customers, deals and activities? You can delete them later.</source>
            <translation>¿Quieres explorar la aplicación con clientes, tratos y actividades de demostración? Puedes eliminarlos más tarde.</translation>
        </message>
        <message>
            <source>Create demo data</source>
            <translation>Crear datos de demostración</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Empezar sin datos</translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <source>--db needs a file name.</source>
            <translation>--db requiere un nombre de archivo.</translation>
        </message>
        <message>
            <source>A backup cannot be restored while a change is being written.</source>
            <translation>No se puede restaurar una copia de seguridad mientras se guarda un cambio.</translation>
        </message>
        <message>
            <source>A backup cannot be taken while a change is being written.</source>
            <translation>No se puede hacer una copia de seguridad mientras se guarda un cambio.</translation>
        </message>
        <message>
            <source>A deal value cannot be negative.</source>
            <translation>El valor de un trato no puede ser negativo.</translation>
        </message>
        <message>
            <source>A deal value must be a whole number of minor units.</source>
            <translation>El valor de un trato debe ser un número entero de unidades menores (como centavos).</translation>
        </message>
        <message>
            <source>A field with this name or id exists again.</source>
            <translation>Ya existe de nuevo un campo con este nombre o id.</translation>
        </message>
        <message>
            <source>A note needs an organization.</source>
            <translation>Una nota necesita una organización.</translation>
        </message>
        <message>
            <source>A retired activity type is already called “{name}”: restore it instead.</source>
            <translation>Ya hay un tipo de actividad retirado llamado «{name}»: restáuralo en su lugar.</translation>
        </message>
        <message>
            <source>A retired field is already called “{name}”: restore it instead.</source>
            <translation>Ya hay un campo retirado llamado «{name}»: restáuralo en su lugar.</translation>
        </message>
        <message>
            <source>A sheet of “{name}” has more than {limit} rows, more than an Excel sheet can hold; it cannot be imported.</source>
            <translation>Una hoja de «{name}» tiene más de {limit} filas, más de las que admite una hoja de Excel; no se puede importar.</translation>
        </message>
        <message>
            <source>A text of {length} characters does not fit in an Excel cell (at most {limit}); export as CSV instead.</source>
            <translation>Un texto de {length} caracteres no cabe en una celda de Excel (máximo {limit}); exporta a CSV en su lugar.</translation>
        </message>
        <message>
            <source>A view needs a name.</source>
            <translation>Una vista necesita un nombre.</translation>
        </message>
        <message>
            <source>A view's name has at most {limit} characters.</source>
            <translation>El nombre de una vista tiene como máximo {limit} caracteres.</translation>
        </message>
        <message>
            <source>Activities have no field “{field}”.</source>
            <translation>Las actividades no tienen el campo «{field}».</translation>
        </message>
        <message>
            <source>Activities of the type “{name}” exist already; retire it instead.</source>
            <translation>Ya existen actividades del tipo «{name}»; retíralo en su lugar.</translation>
        </message>
        <message>
            <source>Activity types have no field “{field}”.</source>
            <translation>Los tipos de actividad no tienen el campo «{field}».</translation>
        </message>
        <message>
            <source>An activity type with this key or id exists again.</source>
            <translation>Ya existe de nuevo un tipo de actividad con esta clave o id.</translation>
        </message>
        <message>
            <source>An exchange rate must be a whole number of millionths.</source>
            <translation>Un tipo de cambio debe ser un número entero de millonésimas.</translation>
        </message>
        <message>
            <source>An exchange rate must be greater than 0 and at most 1000.</source>
            <translation>Un tipo de cambio debe ser mayor que 0 y como máximo 1000.</translation>
        </message>
        <message>
            <source>An option field needs at least one option.</source>
            <translation>Un campo de opciones necesita al menos una opción.</translation>
        </message>
        <message>
            <source>Cannot create the folder {path}: {reason}.</source>
            <translation>No se puede crear la carpeta {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: {exc}.</source>
            <translation>No se puede abrir {path}: {exc}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>No se puede leer {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write to {folder}: {reason}.</source>
            <translation>No se puede escribir en {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>No se puede escribir {path}: {reason}.</translation>
        </message>
        <message>
            <source>Choose the column that holds “{field}”.</source>
            <translation>Elige la columna que contiene «{field}».</translation>
        </message>
        <message>
            <source>Column {column} is mapped to “{field}”, which {kind} do not have.</source>
            <translation>La columna {column} está asignada a «{field}», un campo que no existe en {kind}.</translation>
        </message>
        <message>
            <source>Deals have no field “{field}”.</source>
            <translation>Los tratos no tienen el campo «{field}».</translation>
        </message>
        <message>
            <source>Its organization was deleted meanwhile.</source>
            <translation>Mientras tanto, se eliminó su organización.</translation>
        </message>
        <message>
            <source>Line {line} of “{name}” cannot be read: {reason}.</source>
            <translation>No se puede leer la línea {line} de «{name}»: {reason}.</translation>
        </message>
        <message>
            <source>No column gives the {field}.</source>
            <translation>Ninguna columna indica el campo {field}.</translation>
        </message>
        <message>
            <source>No database file is open, so there is nothing to back up or restore.</source>
            <translation>No hay ningún archivo de base de datos abierto, así que no hay nada que copiar ni restaurar.</translation>
        </message>
        <message>
            <source>Only a date field of organizations can be the renewal date.</source>
            <translation>Solo un campo de fecha de organizaciones puede ser la fecha de renovación.</translation>
        </message>
        <message>
            <source>Organizations have no field “{field}”.</source>
            <translation>Las organizaciones no tienen el campo «{field}».</translation>
        </message>
        <message>
            <source>People have no field “{field}”.</source>
            <translation>Las personas no tienen el campo «{field}».</translation>
        </message>
        <message>
            <source>Row {row} of “{name}” has a cell of {length} characters; no field takes more than {limit}.</source>
            <translation>La fila {row} de «{name}» tiene una celda de {length} caracteres; ningún campo admite más de {limit}.</translation>
        </message>
        <message>
            <source>Several organizations are named “{name}”; pick one from the list.</source>
            <translation>Varias organizaciones se llaman «{name}»; elige una de la lista.</translation>
        </message>
        <message>
            <source>Someone else changed {name} meanwhile, so your change was not saved. What is on screen now is the latest; make your change again if it still applies.</source>
            <translation>Otra persona cambió {name} mientras tanto, así que su cambio no se guardó. Lo que se muestra ahora es lo más reciente; vuelva a hacer su cambio si todavía procede.</translation>
        </message>
        <message>
            <source>Someone else changed {name} while you were editing it, so your changes were not saved. The dialog now shows the latest; make your changes again if they still apply.</source>
            <translation>Otra persona cambió {name} mientras lo editaba, así que sus cambios no se guardaron. El cuadro de diálogo muestra ahora lo más reciente; vuelva a hacer sus cambios si todavía proceden.</translation>
        </message>
        <message>
            <source>That view was deleted meanwhile.</source>
            <translation>Esa vista se eliminó mientras tanto.</translation>
        </message>
        <message>
            <source>The amount is too large.</source>
            <translation>El importe es demasiado grande.</translation>
        </message>
        <message>
            <source>The backup to {path} could not be written: {exc}.</source>
            <translation>No se pudo escribir la copia de seguridad en {path}: {exc}.</translation>
        </message>
        <message>
            <source>The copy did not pass its check, so no backup was kept: {problem}. The database itself may be damaged.</source>
            <translation>La copia no superó su comprobación, así que no se guardó ninguna copia de seguridad: {problem}. Puede que la propia base de datos esté dañada.</translation>
        </message>
        <message>
            <source>The copy of “{name}” is missing from the file store; please attach it again.</source>
            <translation>Falta la copia de «{name}» en el almacén de archivos; vuelve a adjuntarlo.</translation>
        </message>
        <message>
            <source>The database already holds data; demo data is only added to an empty database unless forced.</source>
            <translation>La base de datos ya contiene datos; los datos de demostración solo se agregan a una base de datos vacía, salvo que se fuerce.</translation>
        </message>
        <message>
            <source>The database is busy with another change; nothing was saved. Please try again.</source>
            <translation>La base de datos está ocupada con otro cambio; no se guardó nada. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The deal belongs to another organization.</source>
            <translation>El trato pertenece a otra organización.</translation>
        </message>
        <message>
            <source>The default currency's rate is always 1.</source>
            <translation>El tipo de cambio de la moneda predeterminada es siempre 1.</translation>
        </message>
        <message>
            <source>The default duration must be between 0 and {limit} minutes.</source>
            <translation>La duración predeterminada debe estar entre 0 y {limit} minutos.</translation>
        </message>
        <message>
            <source>The default subject is too long ({length} characters; at most {limit}).</source>
            <translation>El asunto predeterminado es demasiado largo ({length} caracteres; máximo {limit}).</translation>
        </message>
        <message>
            <source>The default subject must be text.</source>
            <translation>El asunto predeterminado debe ser texto.</translation>
        </message>
        <message>
            <source>The destination has no table {table}; it cannot take a copy.</source>
            <translation>El destino no tiene la tabla {table}; no puede recibir una copia.</translation>
        </message>
        <message>
            <source>The destination's table {table} has no column {columns}; it cannot take a copy.</source>
            <translation>La tabla {table} del destino no tiene la columna {columns}; no puede recibir una copia.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space on the disk that holds the database and try again.</source>
            <translation>El disco está lleno: no se guardó nada. Libera espacio en el disco que contiene la base de datos y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full, so no backup could be taken and nothing was changed. Free some space and try again.</source>
            <translation>El disco que contiene {path} está lleno, así que no se pudo hacer ninguna copia de seguridad y no se cambió nada. Libere espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full, so the database cannot be opened. Free some space and try again; the database was not changed.</source>
            <translation>El disco que contiene {path} está lleno, así que no se puede abrir la base de datos. Libere espacio y vuelva a intentarlo; la base de datos no se ha cambiado.</translation>
        </message>
        <message>
            <source>The due date is not a date.</source>
            <translation>La fecha de vencimiento no es una fecha.</translation>
        </message>
        <message>
            <source>The due time is not a time of day.</source>
            <translation>La hora de vencimiento no es una hora válida.</translation>
        </message>
        <message>
            <source>The duration must be between 0 and 31 days.</source>
            <translation>La duración debe estar entre 0 y 31 días.</translation>
        </message>
        <message>
            <source>The end of the repetition is not a date.</source>
            <translation>El fin de la repetición no es una fecha.</translation>
        </message>
        <message>
            <source>The expected close date is not a date.</source>
            <translation>La fecha de cierre prevista no es una fecha.</translation>
        </message>
        <message>
            <source>The export range must be given as dates.</source>
            <translation>El intervalo de exportación debe indicarse con fechas.</translation>
        </message>
        <message>
            <source>The export range starts ({start}) after it ends ({end}).</source>
            <translation>El intervalo de exportación empieza ({start}) después de terminar ({end}).</translation>
        </message>
        <message>
            <source>The field “{name}” already holds values; retire it instead.</source>
            <translation>El campo «{name}» ya contiene valores; retíralo en su lugar.</translation>
        </message>
        <message>
            <source>The field “{name}” has no options.</source>
            <translation>El campo «{name}» no tiene opciones.</translation>
        </message>
        <message>
            <source>The file name must be text.</source>
            <translation>El nombre de archivo debe ser texto.</translation>
        </message>
        <message>
            <source>The file store {folder} cannot be written to: {reason}.</source>
            <translation>No se puede escribir en el almacén de archivos {folder}: {reason}.</translation>
        </message>
        <message>
            <source>The file “{name}” cannot be read: {reason}.</source>
            <translation>No se puede leer el archivo «{name}»: {reason}.</translation>
        </message>
        <message>
            <source>The file “{name}” does not exist.</source>
            <translation>El archivo «{name}» no existe.</translation>
        </message>
        <message>
            <source>The file “{name}” has no header row.</source>
            <translation>El archivo «{name}» no tiene fila de encabezado.</translation>
        </message>
        <message>
            <source>The file “{name}” is empty.</source>
            <translation>El archivo «{name}» está vacío.</translation>
        </message>
        <message>
            <source>The first sheet of “{name}” is empty.</source>
            <translation>La primera hoja de «{name}» está vacía.</translation>
        </message>
        <message>
            <source>The follow-up delay must be empty or between 1 and {limit} days.</source>
            <translation>El plazo de seguimiento debe estar vacío o entre 1 y {limit} días.</translation>
        </message>
        <message>
            <source>The icon must be the file name of an SVG image.</source>
            <translation>El icono debe ser el nombre de archivo de una imagen SVG.</translation>
        </message>
        <message>
            <source>The note must not be empty.</source>
            <translation>La nota no puede estar vacía.</translation>
        </message>
        <message>
            <source>The number of organizations must be at least 1.</source>
            <translation>El número de organizaciones debe ser al menos 1.</translation>
        </message>
        <message>
            <source>The option “{option}” cannot be removed: one record uses it. Choose another value for it first.</source>
            <translation>No se puede quitar la opción «{option}»: un registro la usa. Primero elige otro valor para ese registro.</translation>
        </message>
        <message>
            <source>The option “{option}” cannot be removed: {count} records use it. Choose another value for them first.</source>
            <translation>No se puede quitar la opción «{option}»: {count} registros la usan. Primero elige otro valor para ellos.</translation>
        </message>
        <message>
            <source>The option “{option}” is listed twice.</source>
            <translation>La opción «{option}» aparece dos veces.</translation>
        </message>
        <message>
            <source>The repetition ends ({until}) before the activity is due ({due}).</source>
            <translation>La repetición termina ({until}) antes del vencimiento de la actividad ({due}).</translation>
        </message>
        <message>
            <source>The repetition interval must be a whole number from 1 to {limit}.</source>
            <translation>El intervalo de repetición debe ser un número entero de 1 a {limit}.</translation>
        </message>
        <message>
            <source>The repetition is not a repetition rule.</source>
            <translation>La repetición no es una regla de repetición válida.</translation>
        </message>
        <message>
            <source>The repetition must end on or after the first date.</source>
            <translation>La repetición debe terminar en la primera fecha o después.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is damaged; please attach the file again.</source>
            <translation>La copia guardada de «{name}» está dañada; vuelve a adjuntar el archivo.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is missing; please attach the file again.</source>
            <translation>Falta la copia guardada de «{name}»; vuelve a adjuntar el archivo.</translation>
        </message>
        <message>
            <source>The tables {tables} refer to each other; they cannot be copied in order.</source>
            <translation>Las tablas {tables} se refieren unas a otras; no se pueden copiar en orden.</translation>
        </message>
        <message>
            <source>The team database cannot be reached: nothing was saved. Changes can be saved again once the connection is back.</source>
            <translation>No se puede acceder a la base de datos del equipo: no se guardó nada. Los cambios podrán guardarse de nuevo cuando vuelva la conexión.</translation>
        </message>
        <message>
            <source>The team database {url} cannot be reached: {reason}.</source>
            <translation>No se puede acceder a la base de datos del equipo {url}: {reason}.</translation>
        </message>
        <message>
            <source>The text has bytes that are not valid UTF-8.</source>
            <translation>El texto contiene bytes que no son UTF-8 válido.</translation>
        </message>
        <message>
            <source>The workbook “{name}” has no sheet.</source>
            <translation>El libro «{name}» no tiene ninguna hoja.</translation>
        </message>
        <message>
            <source>The {field} is missing.</source>
            <translation>Falta el campo {field}.</translation>
        </message>
        <message>
            <source>The {table} table is too damaged to find its last record; check the database and restore it from a backup.</source>
            <translation>La tabla {table} está demasiado dañada para encontrar su último registro; revisa la base de datos y restáurala desde una copia de seguridad.</translation>
        </message>
        <message>
            <source>The {what} are too long ({length} characters; at most {limit}).</source>
            <translation>El campo {what} es demasiado largo ({length} caracteres; máximo {limit}).</translation>
        </message>
        <message>
            <source>The {what} is too long ({length} characters; at most {limit}).</source>
            <translation>El campo {what} es demasiado largo ({length} caracteres; máximo {limit}).</translation>
        </message>
        <message>
            <source>The {what} must be text.</source>
            <translation>El campo {what} debe ser texto.</translation>
        </message>
        <message>
            <source>The {what} must not be empty.</source>
            <translation>El campo {what} no puede estar vacío.</translation>
        </message>
        <message>
            <source>There is already a field called “{name}”.</source>
            <translation>Ya existe un campo llamado «{name}».</translation>
        </message>
        <message>
            <source>There is already an activity type called “{name}”.</source>
            <translation>Ya existe un tipo de actividad llamado «{name}».</translation>
        </message>
        <message>
            <source>There is no accountmgr database at {path}.</source>
            <translation>No hay ninguna base de datos de accountmgr en {path}.</translation>
        </message>
        <message>
            <source>There is no activity type to give the activity.</source>
            <translation>No hay ningún tipo de actividad para asignar a la actividad.</translation>
        </message>
        <message>
            <source>There is no deal “{title}”.</source>
            <translation>No existe el trato «{title}».</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>No existe el archivo {path}.</translation>
        </message>
        <message>
            <source>There is no organization named “{name}”.</source>
            <translation>No existe ninguna organización llamada «{name}».</translation>
        </message>
        <message>
            <source>There is no organization with id {id}.</source>
            <translation>No existe ninguna organización con el id {id}.</translation>
        </message>
        <message>
            <source>There is no organization “{name}”.</source>
            <translation>No existe la organización «{name}».</translation>
        </message>
        <message>
            <source>There is no person “{name}”.</source>
            <translation>No existe la persona «{name}».</translation>
        </message>
        <message>
            <source>There is no user with id {id}.</source>
            <translation>No existe ningún usuario con el id {id}.</translation>
        </message>
        <message>
            <source>There is no user “{name}”.</source>
            <translation>No existe el usuario «{name}».</translation>
        </message>
        <message>
            <source>There is no user “{value}”.</source>
            <translation>No existe el usuario «{value}».</translation>
        </message>
        <message>
            <source>There is no {what} with id {id}.</source>
            <translation>No existe ningún registro de {what} con el id {id}.</translation>
        </message>
        <message>
            <source>This organization exists already.</source>
            <translation>Esta organización ya existe.</translation>
        </message>
        <message>
            <source>This record exists already.</source>
            <translation>Este registro ya existe.</translation>
        </message>
        <message>
            <source>Two columns are mapped to “{field}”.</source>
            <translation>Hay dos columnas asignadas a «{field}».</translation>
        </message>
        <message>
            <source>Unknown column “{key}”.</source>
            <translation>Columna desconocida: «{key}».</translation>
        </message>
        <message>
            <source>{backup} could not be put in place of {path}: {exc}.</source>
            <translation>No se pudo poner {backup} en lugar de {path}: {exc}.</translation>
        </message>
        <message>
            <source>{code} has no exchange rate yet: give it one before making it the default currency.</source>
            <translation>{code} aún no tiene tipo de cambio: asígnele uno antes de hacerla la moneda predeterminada.</translation>
        </message>
        <message>
            <source>{count} rows do not fit on an Excel sheet (at most {limit}); export as CSV instead.</source>
            <translation>{count} filas no caben en una hoja de Excel (máximo {limit}); exporta a CSV en su lugar.</translation>
        </message>
        <message>
            <source>{name} lies beside {path}; choose another file name.</source>
            <translation>{name} está junto a {path}; elija otro nombre de archivo.</translation>
        </message>
        <message>
            <source>{path} already exists; copy needs a new file (or an empty team database).</source>
            <translation>{path} ya existe; la copia necesita un archivo nuevo (o una base de datos del equipo vacía).</translation>
        </message>
        <message>
            <source>{path} could not be restored ({exc}); your data was left as it was.</source>
            <translation>No se pudo restaurar {path} ({exc}); sus datos se han dejado como estaban.</translation>
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation>No se pudo actualizar {path} a esta versión ({exc}); se ha dejado como estaba.</translation>
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); your data was left as it was.</source>
            <translation>No se pudo actualizar {path} a esta versión ({exc}); sus datos se han dejado como estaban.</translation>
        </message>
        <message>
            <source>{path} is a database of another application, not an accountmgr backup.</source>
            <translation>{path} es una base de datos de otra aplicación, no una copia de seguridad de accountmgr.</translation>
        </message>
        <message>
            <source>{path} is a database of another application, not of accountmgr.</source>
            <translation>{path} es una base de datos de otra aplicación, no de accountmgr.</translation>
        </message>
        <message>
            <source>{path} is an empty SQLite file, not an accountmgr database.</source>
            <translation>{path} es un archivo SQLite vacío, no una base de datos de accountmgr.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be opened: {exc}.</source>
            <translation>{path} está dañado y no se puede abrir: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be read: {exc}.</source>
            <translation>{path} está dañado y no se puede leer: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be updated: {exc}.</source>
            <translation>{path} está dañado y no se puede actualizar: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}.</source>
            <translation>{path} está dañado: {problem}.</translation>
        </message>
        <message>
            <source>{path} is not a database, so it is no accountmgr backup.</source>
            <translation>{path} no es una base de datos, así que no es una copia de seguridad de accountmgr.</translation>
        </message>
        <message>
            <source>{path} is not a file.</source>
            <translation>{path} no es un archivo.</translation>
        </message>
        <message>
            <source>{path} is not a regular file.</source>
            <translation>{path} no es un archivo normal.</translation>
        </message>
        <message>
            <source>{path} is not an accountmgr database.</source>
            <translation>{path} no es una base de datos de accountmgr.</translation>
        </message>
        <message>
            <source>{path} is open; restore a backup into it with restore().</source>
            <translation>{path} está abierto; restaure una copia de seguridad en él con restore().</translation>
        </message>
        <message>
            <source>{path} is the database accountmgr has open; choose another file name.</source>
            <translation>{path} es la base de datos que accountmgr tiene abierta; elige otro nombre de archivo.</translation>
        </message>
        <message>
            <source>{path} is the open database itself, not a backup of it.</source>
            <translation>{path} es la propia base de datos abierta, no una copia de seguridad de ella.</translation>
        </message>
        <message>
            <source>{path} is the open database itself; choose another file name.</source>
            <translation>{path} es la propia base de datos abierta; elija otro nombre de archivo.</translation>
        </message>
        <message>
            <source>{path} is the source itself; copy it into another database.</source>
            <translation>{path} es el propio origen; cópielo en otra base de datos.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application to use it.</source>
            <translation>{path} fue escrito por una versión más reciente de accountmgr (esquema {version}; esta versión conoce hasta el {latest}). Actualice la aplicación para usarlo.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application; the file was left untouched.</source>
            <translation>{path} fue escrito por una versión más reciente de accountmgr (esquema {version}; esta versión conoce hasta el {latest}). Actualice la aplicación; el archivo no se ha tocado.</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>{url} already holds other tables ({tables}): accountmgr needs an empty database of its own.</source>
            <translation>{url} ya contiene otras tablas ({tables}): accountmgr necesita una base de datos vacía propia.</translation>
        </message>
        <message>
            <source>{url} already holds records ({tables}); copy needs an empty team database.</source>
            <translation>{url} ya contiene registros ({tables}); la copia necesita una base de datos del equipo vacía.</translation>
        </message>
        <message>
            <source>{url} could not be prepared: {reason}. The database's owner (or a superuser) can run: CREATE EXTENSION pg_trgm;</source>
            <translation>No se pudo preparar {url}: {reason}. El propietario de la base de datos (o un superusuario) puede ejecutar: CREATE EXTENSION pg_trgm;</translation>
        </message>
        <message>
            <source>{url} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation>No se pudo actualizar {url} a esta versión ({exc}); se dejó como estaba.</translation>
        </message>
        <message>
            <source>{url} is a database of another application, not of accountmgr.</source>
            <translation>{url} es una base de datos de otra aplicación, no de accountmgr.</translation>
        </message>
        <message>
            <source>{url} is not an accountmgr team database. To make an empty PostgreSQL database one, run: accountmgr init-server {url}</source>
            <translation>{url} no es una base de datos de equipo de accountmgr. Para convertir una base de datos PostgreSQL vacía en una, ejecute: accountmgr init-server {url}</translation>
        </message>
        <message>
            <source>{url} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application.</source>
            <translation>{url} fue escrita por una versión más reciente de accountmgr (esquema {version}; esta versión conoce hasta el {latest}). Actualice la aplicación.</translation>
        </message>
        <message>
            <source>“{choice}” is not a way to handle duplicates.</source>
            <translation>«{choice}» no es una forma válida de tratar los duplicados.</translation>
        </message>
        <message>
            <source>“{code}” is not a known currency.</source>
            <translation>«{code}» no es una moneda conocida.</translation>
        </message>
        <message>
            <source>“{code}” is not a two-letter country code.</source>
            <translation>«{code}» no es un código de país de dos letras.</translation>
        </message>
        <message>
            <source>“{color}” is not a colour like #2e7d32.</source>
            <translation>«{color}» no es un color como #2e7d32.</translation>
        </message>
        <message>
            <source>“{delimiter}” cannot separate the cells of a CSV file.</source>
            <translation>«{delimiter}» no puede separar las celdas de un archivo CSV.</translation>
        </message>
        <message>
            <source>“{entity}” has no custom fields.</source>
            <translation>«{entity}» no tiene campos personalizados.</translation>
        </message>
        <message>
            <source>“{field}” can only be changed one occurrence at a time.</source>
            <translation>«{field}» solo se puede cambiar en una repetición a la vez.</translation>
        </message>
        <message>
            <source>“{format}” is not an export format (csv or xlsx).</source>
            <translation>«{format}» no es un formato de exportación (csv o xlsx).</translation>
        </message>
        <message>
            <source>“{icon}” is not the file name of an SVG image (like “call.svg”).</source>
            <translation>«{icon}» no es el nombre de archivo de una imagen SVG (como «call.svg»).</translation>
        </message>
        <message>
            <source>“{key}” is not a field of {kind}.</source>
            <translation>«{key}» no es un campo de {kind}.</translation>
        </message>
        <message>
            <source>“{key}” is not an activity type.</source>
            <translation>«{key}» no es un tipo de actividad.</translation>
        </message>
        <message>
            <source>“{kind}” is not something that can be exported.</source>
            <translation>«{kind}» no se puede exportar.</translation>
        </message>
        <message>
            <source>“{kind}” is not something that can be imported.</source>
            <translation>«{kind}» no se puede importar.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened.</source>
            <translation>No se puede abrir «{name}».</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}</source>
            <translation>No se puede abrir «{name}»: {reason}</translation>
        </message>
        <message>
            <source>“{name}” cannot be put back: its organization no longer exists.</source>
            <translation>No se puede restablecer «{name}»: su organización ya no existe.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: permission denied.</source>
            <translation>No se puede leer «{name}»: permiso denegado.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>No se puede leer «{name}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” could not be copied into the file store: {reason}.</source>
            <translation>No se pudo copiar «{name}» al almacén de archivos: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” does not exist (any more).</source>
            <translation>«{name}» no existe (o ya no existe).</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a file.</source>
            <translation>«{name}» es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <source>“{name}” is an old Excel file (.xls): save it as .xlsx or CSV first.</source>
            <translation>«{name}» es un archivo de Excel antiguo (.xls): guárdalo primero como .xlsx o CSV.</translation>
        </message>
        <message>
            <source>“{name}” is attached already.</source>
            <translation>«{name}» ya está adjunto.</translation>
        </message>
        <message>
            <source>“{name}” is not a readable Excel file ({reason}).</source>
            <translation>«{name}» no es un archivo de Excel legible ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (it may be a device or a pipe) and cannot be attached.</source>
            <translation>«{name}» no es un archivo normal (puede ser un dispositivo o una canalización) y no se puede adjuntar.</translation>
        </message>
        <message>
            <source>“{name}” is not a text (CSV) file: line {line} holds a NUL byte.</source>
            <translation>«{name}» no es un archivo de texto (CSV): la línea {line} contiene un byte NUL.</translation>
        </message>
        <message>
            <source>“{name}” is not a text file in a known encoding.</source>
            <translation>«{name}» no es un archivo de texto con una codificación conocida.</translation>
        </message>
        <message>
            <source>“{name}” is not a valid Excel file.</source>
            <translation>«{name}» no es un archivo de Excel válido.</translation>
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be attached. To keep a copy of it, use File ▸ Back up now.</source>
            <translation>«{name}» es la base de datos que accountmgr tiene abierta; no se puede adjuntar. Para guardar una copia, usa Archivo ▸ Hacer copia de seguridad ahora.</translation>
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be imported.</source>
            <translation>«{name}» es la base de datos que accountmgr tiene abierta; no se puede importar.</translation>
        </message>
        <message>
            <source>“{name}” is the last active activity type; at least one must stay active.</source>
            <translation>«{name}» es el último tipo de actividad activo; al menos uno debe seguir activo.</translation>
        </message>
        <message>
            <source>“{name}” is too large to attach (at most {limit} GiB).</source>
            <translation>«{name}» es demasiado grande para adjuntarlo (máximo {limit} GiB).</translation>
        </message>
        <message>
            <source>“{name}” is too large to attach to a team database (at most {limit} MiB).</source>
            <translation>«{name}» es demasiado grande para adjuntarlo a una base de datos de equipo (máximo {limit} MiB).</translation>
        </message>
        <message>
            <source>“{name}” unpacks to {size} MB, more than the {limit} MB an Excel file may have to be imported; save it as CSV and import that.</source>
            <translation>«{name}» ocupa {size} MB descomprimido, más de los {limit} MB que puede tener un archivo de Excel para importarse; guárdalo como CSV e importa ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” was not copied into the file store.</source>
            <translation>«{name}» no se copió al almacén de archivos.</translation>
        </message>
        <message>
            <source>“{point}” cannot be the decimal point of a CSV file separated by “{delimiter}”.</source>
            <translation>«{point}» no puede ser el separador decimal de un archivo CSV separado por «{delimiter}».</translation>
        </message>
        <message>
            <source>“{status}” is not a deal status.</source>
            <translation>«{status}» no es un estado de trato.</translation>
        </message>
        <message>
            <source>“{text}” cannot be read.</source>
            <translation>No se puede interpretar «{text}».</translation>
        </message>
        <message>
            <source>“{text}” has more decimals than the currency allows ({exponent}).</source>
            <translation>«{text}» tiene más decimales de los que permite la moneda ({exponent}).</translation>
        </message>
        <message>
            <source>“{text}” is in {named} but the currency column says {column}.</source>
            <translation>«{text}» está en {named}, pero la columna de moneda indica {column}.</translation>
        </message>
        <message>
            <source>“{text}” is neither yes nor no.</source>
            <translation>«{text}» no es ni sí ni no.</translation>
        </message>
        <message>
            <source>“{text}” is not a date and time.</source>
            <translation>«{text}» no es una fecha y hora.</translation>
        </message>
        <message>
            <source>“{text}” is not a date.</source>
            <translation>«{text}» no es una fecha.</translation>
        </message>
        <message>
            <source>“{text}” is not a deal status (open, won or lost).</source>
            <translation>«{text}» no es un estado de trato (abierto, ganado o perdido).</translation>
        </message>
        <message>
            <source>“{text}” is not a duration in minutes (at most 31 days).</source>
            <translation>«{text}» no es una duración en minutos (máximo 31 días).</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>«{text}» no es un número.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number.</source>
            <translation>«{text}» no es un número de teléfono.</translation>
        </message>
        <message>
            <source>“{text}” is not a time of day.</source>
            <translation>«{text}» no es una hora válida.</translation>
        </message>
        <message>
            <source>“{text}” is not a valid date.</source>
            <translation>«{text}» no es una fecha válida.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>«{text}» no es un importe.</translation>
        </message>
        <message>
            <source>“{text}” is not an email address.</source>
            <translation>«{text}» no es una dirección de correo electrónico.</translation>
        </message>
        <message>
            <source>“{type}” is not a field type.</source>
            <translation>«{type}» no es un tipo de campo.</translation>
        </message>
        <message>
            <source>“{unit}” is not a repetition unit; use day, week or month.</source>
            <translation>«{unit}» no es una unidad de repetición; usa day, week o month.</translation>
        </message>
        <message>
            <source>“{url}” is not a team database address: write postgresql://user@host:5432/database.</source>
            <translation>«{url}» no es una dirección de base de datos de equipo: escriba postgresql://usuario@servidor:5432/base.</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>«{value}» no es una fecha (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>«{value}» no es un número.</translation>
        </message>
        <message>
            <source>“{value}” is not a number: write it with a decimal point.</source>
            <translation>«{value}» no es un número: escríbelo con punto decimal.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid phone number.</source>
            <translation>«{value}» no es un número de teléfono válido.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid {what}.</source>
            <translation>«{value}» no es válido como {what}.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the options of “{field}”.</source>
            <translation>«{value}» no es una de las opciones de «{field}».</translation>
        </message>
        <message>
            <source>“{value}” is not one of the options.</source>
            <translation>«{value}» no es una de las opciones.</translation>
        </message>
    </context>
    <context>
        <name>FieldDefinitionsModel</name>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Texto largo</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Monetary</source>
            <translation>Monetario</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Single option</source>
            <translation>Opción única</translation>
        </message>
        <message>
            <source>Multiple options</source>
            <translation>Opciones múltiples</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Hidden everywhere; its values are kept. Restore it to show it again.</source>
            <translation>Oculto en todas partes; sus valores se conservan. Restáuralo para volver a mostrarlo.</translation>
        </message>
    </context>
    <context>
        <name>FieldDelegate</name>
        <message>
            <source>Ctrl+Enter saves; Enter starts a new line.</source>
            <translation>Ctrl+Intro guarda; Intro inicia una línea nueva.</translation>
        </message>
        <message>
            <source>Space ticks an option; Enter saves.</source>
            <translation>Espacio marca una opción; Intro guarda.</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nadie</translation>
        </message>
        <message>
            <source>“%1” is not a number. Write it like %2.</source>
            <translation>«%1» no es un número. Escríbelo así: %2.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <source>One option per line</source>
            <translation>Una opción por línea</translation>
        </message>
        <message>
            <source>&amp;Options:
(one per line)</source>
            <translation>&amp;Opciones:
(una por línea)</translation>
        </message>
        <message>
            <source>For example: Contract number</source>
            <translation>Por ejemplo: Número de contrato</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
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
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>%1 file</source>
            <translation>Archivo %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>That file is the database accountmgr has open. Choose another name.</source>
            <translation>Ese archivo es la base de datos que accountmgr tiene abierta. Elige otro nombre.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Elegir el archivo</translation>
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV file or an Excel workbook (.xlsx). Nothing is written before the last step.</source>
            <translation>Importa organizaciones, personas, tratos, actividades o notas desde un archivo CSV o un libro de Excel (.xlsx). No se guarda nada hasta el último paso.</translation>
        </message>
        <message>
            <source>Import from a file</source>
            <translation>Importar desde un archivo</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Hojas de cálculo (*.csv *.tsv *.txt *.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation>El archivo no tiene filas debajo del encabezado.</translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>Columnas: %1</translation>
        </message>
        <message>
            <source>%1 · Excel workbook, first sheet</source>
            <translation>%1 · Libro de Excel, primera hoja</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>coma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>punto y coma</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulación</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>barra vertical</translation>
        </message>
        <message>
            <source>%1 · Text encoding: %2 · Separator: %3</source>
            <translation>%1 · Codificación: %2 · Separador: %3</translation>
        </message>
    </context>
    <context>
        <name>FilesModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Agregado</translation>
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
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>Creado el</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Trato</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Done time</source>
            <translation>Hecha el</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha de vencimiento</translation>
        </message>
        <message>
            <source>Due time</source>
            <translation>Hora de vencimiento</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Fecha de cierre prevista</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Motivo de pérdida</translation>
        </message>
        <message>
            <source>Lost time</source>
            <translation>Perdido el</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fijada</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Won time</source>
            <translation>Ganado el</translation>
        </message>
    </context>
    <context>
        <name>ImportFilePage</name>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Aún no se ha elegido ningún archivo</translation>
        </message>
        <message>
            <source>Choose a CSV file or an Excel workbook (.xlsx)</source>
            <translation>Elige un archivo CSV o un libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>The file &amp;holds:</source>
            <translation>El archivo &amp;contiene:</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Tratos</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>&amp;Dates are written:</source>
            <translation>Las &amp;fechas se escriben:</translation>
        </message>
        <message>
            <source>How to read dates such as 03/04/2026, which could be either</source>
            <translation>Cómo interpretar fechas como 03/04/2026, que admiten ambas lecturas</translation>
        </message>
        <message>
            <source>Day first (31/12/2026)</source>
            <translation>Día primero (31/12/2026)</translation>
        </message>
        <message>
            <source>Month first (12/31/2026)</source>
            <translation>Mes primero (12/31/2026)</translation>
        </message>
        <message>
            <source>When a record &amp;exists already:</source>
            <translation>Si un registro ya e&amp;xiste:</translation>
        </message>
        <message>
            <source>Skip the row</source>
            <translation>Omitir la fila</translation>
        </message>
        <message>
            <source>Update the record with the row's values</source>
            <translation>Actualizar el registro con los valores de la fila</translation>
        </message>
        <message>
            <source>Create another record anyway</source>
            <translation>Crear otro registro de todos modos</translation>
        </message>
        <message>
            <source>Create the organizations, people and deals the rows &amp;name that do not exist yet</source>
            <translation>Crear las organizaciones, personas y tratos que las filas &amp;nombran y que aún no existen</translation>
        </message>
        <message>
            <source>Otherwise a row that names one that does not exist is not imported, and the report says why</source>
            <translation>Si no, una fila que nombre uno que no existe no se importa, y el informe indica el motivo</translation>
        </message>
    </context>
    <context>
        <name>ImportModels</name>
        <message>
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Ganado</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Columna %1</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Primeros valores</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>This column is left out</source>
            <translation>Esta columna se omite</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>No importar</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obligatorio)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
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
            <translation>Esta fila se omitirá y se indicará en el informe:</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>The line (or sheet row) in the file</source>
            <translation>La línea (o fila de la hoja) en el archivo</translation>
        </message>
        <message>
            <source>day first</source>
            <translation>día primero</translation>
        </message>
        <message>
            <source>month first</source>
            <translation>mes primero</translation>
        </message>
        <message>
            <source>“%1” could be read day first or month first; it is read %2. The first page says which.</source>
            <translation>«%1» puede leerse con el día primero o con el mes primero; se lee así: %2. La primera página indica cuál.</translation>
        </message>
        <message>
            <source>From the column “%1”</source>
            <translation>De la columna «%1»</translation>
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
            <translation>No se puede leer el archivo: %1</translation>
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
            <translation>Creados:</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>Actualizados:</translation>
        </message>
        <message>
            <source>Skipped (already there):</source>
            <translation>Omitidos (ya existían):</translation>
        </message>
        <message>
            <source>Created because rows named them:</source>
            <translation>Creados porque las filas los nombraban:</translation>
        </message>
        <message>
            <source>Organizations, people and deals that rows named and that did not exist yet</source>
            <translation>Organizaciones, personas y tratos que las filas nombraban y que aún no existían</translation>
        </message>
        <message>
            <source>Not imported:</source>
            <translation>No importados:</translation>
        </message>
        <message>
            <source>Save the counts and the rows not imported, with their reasons, as a CSV file</source>
            <translation>Guardar los recuentos y las filas no importadas, con sus motivos, como archivo CSV</translation>
        </message>
        <message>
            <source>&amp;Save report…</source>
            <translation>&amp;Guardar informe…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Paso %1 de %2</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Importing… %1 of about %2 rows read</source>
            <translation>Importando… %1 de unas %2 filas leídas</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>Importación cancelada; no se guardó nada.</translation>
        </message>
    </context>
    <context>
        <name>KanbanModel</name>
        <message>
            <source>%1, next: %2 on %3 (%4)</source>
            <translation>%1, siguiente: %2 el %3 (%4)</translation>
        </message>
        <message>
            <source>%1, nothing planned</source>
            <translation>%1, nada programado</translation>
        </message>
    </context>
    <context>
        <name>KanbanTab</name>
        <message>
            <source>No activity</source>
            <translation>Sin actividad</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencidas</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Mañana</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Próxima semana</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más adelante</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n cuenta</numerusform>
                <numerusform>%n cuentas</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark next activity &amp;done</source>
            <translation>Marcar la próxima actividad como &amp;hecha</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;Schedule for</source>
            <translation>&amp;Programar para</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Idioma…</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Idioma del sistema (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Language of accountmgr:</source>
            <translation>Idioma de accountmgr:</translation>
        </message>
        <message>
            <source>accountmgr speaks the chosen language from its next start. Restart now?</source>
            <translation>accountmgr usará el idioma elegido a partir del próximo inicio. ¿Reiniciar ahora?</translation>
        </message>
    </context>
    <context>
        <name>LinkPersonDialog</name>
        <message>
            <source>Link a person to %1</source>
            <translation>Vincular una persona a %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>%1 (now at %2)</source>
            <translation>%1 (ahora en %2)</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Clear filters</source>
            <translation>Quitar filtros</translation>
        </message>
        <message>
            <source>Show every account: no search, no filter</source>
            <translation>Mostrar todas las cuentas: sin búsqueda ni filtros</translation>
        </message>
        <message>
            <source>Owner filter</source>
            <translation>Filtro de propietario</translation>
        </message>
        <message>
            <source>Label filter</source>
            <translation>Filtro de etiqueta</translation>
        </message>
        <message>
            <source>Next activity filter</source>
            <translation>Filtro de próxima actividad</translation>
        </message>
        <message>
            <source>Contacted or not</source>
            <translation>Contactada o no</translation>
        </message>
        <message>
            <source>Not contacted in days</source>
            <translation>Días sin contacto</translation>
        </message>
        <message>
            <source>Contacted lately filter</source>
            <translation>Filtro de contacto reciente</translation>
        </message>
        <message>
            <source>Any last contact</source>
            <translation>Cualquier último contacto</translation>
        </message>
        <message>
            <source>Contacted in 30 days</source>
            <translation>Contactadas en 30 días</translation>
        </message>
        <message>
            <source>Contacted in 90 days</source>
            <translation>Contactadas en 90 días</translation>
        </message>
        <message>
            <source>Accounts only</source>
            <translation>Solo cuentas</translation>
        </message>
        <message>
            <source>Uncheck to list every organization, also those without a won deal</source>
            <translation>Desmarca para listar todas las organizaciones, también las que no tienen tratos ganados</translation>
        </message>
        <message>
            <source>Show the accounts of the other filters again</source>
            <translation>Volver a mostrar las cuentas de los demás filtros</translation>
        </message>
        <message>
            <source>Show the accounts of one owner</source>
            <translation>Mostrar las cuentas de un propietario</translation>
        </message>
        <message>
            <source>Show the accounts with one label</source>
            <translation>Mostrar las cuentas con una etiqueta</translation>
        </message>
        <message>
            <source>Show the accounts by the date of their next activity</source>
            <translation>Mostrar las cuentas según la fecha de su próxima actividad</translation>
        </message>
        <message>
            <source>Show the accounts nobody contacted lately</source>
            <translation>Mostrar las cuentas que nadie ha contactado últimamente</translation>
        </message>
        <message>
            <source>Show the accounts someone contacted lately</source>
            <translation>Mostrar las cuentas que alguien ha contactado últimamente</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Todos los propietarios</translation>
        </message>
        <message>
            <source>My accounts</source>
            <translation>Mis cuentas</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sin propietario</translation>
        </message>
        <message>
            <source>All labels</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message>
            <source>Any next activity</source>
            <translation>Cualquier próxima actividad</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n accounts)</source>
            <translation>
                <numerusform>%1 (%n cuenta)</numerusform>
                <numerusform>%1 (%n cuentas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Renewal in the next %n days</source>
            <translation>
                <numerusform>Renovación en el próximo %n día</numerusform>
                <numerusform>Renovación en los próximos %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>Move column left</source>
            <translation>Mover columna a la izquierda</translation>
        </message>
        <message>
            <source>Move column right</source>
            <translation>Mover columna a la derecha</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>Restablecer columnas</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Accounts — accountmgr</source>
            <translation>Cuentas — accountmgr</translation>
        </message>
        <message>
            <source>The team database cannot be reached. Changes are not saved until it is back; the connection is tried again every few seconds.</source>
            <translation>No se puede acceder a la base de datos del equipo. Los cambios no se guardan hasta que vuelva; la conexión se reintenta cada pocos segundos.</translation>
        </message>
        <message>
            <source>The team database can be reached again.</source>
            <translation>Se puede volver a acceder a la base de datos del equipo.</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Rehecho: %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Deshecho: %1</translation>
        </message>
        <message>
            <source>Select an account first: the activity is scheduled for it.</source>
            <translation>Primero selecciona una cuenta: la actividad se programa para ella.</translation>
        </message>
        <message>
            <source>&amp;Reminders</source>
            <translation>&amp;Recordatorios</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
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
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>Who is planned and who is forgotten, across every account</source>
            <translation>Quién está planificado y quién olvidado, en todas las cuentas</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>Export &amp;data</source>
            <translation>Exportar &amp;datos</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>+ &amp;Organization</source>
            <translation>+ &amp;Organización</translation>
        </message>
        <message>
            <source>New organization (Ctrl+N)</source>
            <translation>Nueva organización (Ctrl+N)</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>+ &amp;Activity</source>
            <translation>+ &amp;Actividad</translation>
        </message>
        <message>
            <source>Schedule an activity for the selected account (Ctrl+Shift+A)</source>
            <translation>Programar una actividad para la cuenta seleccionada (Ctrl+Mayús+A)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV or Excel file (Ctrl+I)</source>
            <translation>Importar organizaciones, personas, tratos, actividades o notas desde un archivo CSV o Excel (Ctrl+I)</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Organizations…</source>
            <translation>&amp;Organizaciones…</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>&amp;Personas…</translation>
        </message>
        <message>
            <source>&amp;Deals…</source>
            <translation>&amp;Tratos…</translation>
        </message>
        <message>
            <source>&amp;Activities…</source>
            <translation>&amp;Actividades…</translation>
        </message>
        <message>
            <source>&amp;Notes…</source>
            <translation>&amp;Notas…</translation>
        </message>
        <message>
            <source>Export activities to &amp;calendar…</source>
            <translation>Exportar actividades al &amp;calendario…</translation>
        </message>
        <message>
            <source>Write the open activities to an iCalendar (.ics) file for Outlook, Apple Calendar or Thunderbird</source>
            <translation>Guardar las actividades pendientes en un archivo iCalendar (.ics) para Outlook, Calendario de Apple o Thunderbird</translation>
        </message>
        <message>
            <source>&amp;Print account…</source>
            <translation>&amp;Imprimir la cuenta…</translation>
        </message>
        <message>
            <source>Print the selected account's summary: won value, fields, next activities, history, notes, people and deals</source>
            <translation>Imprimir el resumen de la cuenta seleccionada: valor ganado, campos, próximas actividades, historial, notas, personas y tratos</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>Export account as P&amp;DF…</source>
            <translation>Exportar la cuenta como P&amp;DF…</translation>
        </message>
        <message>
            <source>Write the selected account's summary to a PDF file</source>
            <translation>Escribir el resumen de la cuenta seleccionada en un archivo PDF</translation>
        </message>
        <message>
            <source>&amp;Activity types…</source>
            <translation>&amp;Tipos de actividad…</translation>
        </message>
        <message>
            <source>Add, edit, reorder and retire the types of activities</source>
            <translation>Agregar, editar, reordenar y retirar los tipos de actividad</translation>
        </message>
        <message>
            <source>&amp;Custom fields…</source>
            <translation>&amp;Campos personalizados…</translation>
        </message>
        <message>
            <source>Add, rename, reorder and retire the custom fields of organizations, people and deals</source>
            <translation>Agregar, cambiar de nombre, reordenar y retirar los campos personalizados de organizaciones, personas y tratos</translation>
        </message>
        <message>
            <source>+ &amp;Person</source>
            <translation>+ &amp;Persona</translation>
        </message>
        <message>
            <source>New person (Ctrl+Shift+P)</source>
            <translation>Nueva persona (Ctrl+Mayús+P)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>+ &amp;Deal</source>
            <translation>+ &amp;Trato</translation>
        </message>
        <message>
            <source>New deal (Ctrl+Shift+D)</source>
            <translation>Nuevo trato (Ctrl+Mayús+D)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+D</source>
            <translation>Ctrl+Shift+D</translation>
        </message>
        <message>
            <source>&amp;Export view to CSV…</source>
            <translation>&amp;Exportar vista a CSV…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Edit organization…</source>
            <translation>&amp;Editar organización…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Change &amp;owner…</source>
            <translation>Cambiar p&amp;ropietario…</translation>
        </message>
        <message>
            <source>&amp;Schedule activity for selection…</source>
            <translation>&amp;Programar actividad para la selección…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
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
            <translation>Vista &amp;contextual</translation>
        </message>
        <message>
            <source>Show or hide the panel beside the list and the board (F9)</source>
            <translation>Mostrar u ocultar la vista contextual junto a la lista y el tablero (F9)</translation>
        </message>
        <message>
            <source>F9</source>
            <translation>F9</translation>
        </message>
        <message>
            <source>&amp;About accountmgr</source>
            <translation>&amp;Acerca de accountmgr</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer copia de seguridad ahora</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar desde copia de seguridad…</translation>
        </message>
        <message>
            <source>Connect to &amp;team database…</source>
            <translation>Conectar a la base de datos del &amp;equipo…</translation>
        </message>
        <message>
            <source>A team database is backed up on its server (with pg_dump, for example).</source>
            <translation>Una base de datos de equipo se respalda en su servidor (con pg_dump, por ejemplo).</translation>
        </message>
        <message>
            <source>C&amp;urrencies…</source>
            <translation>&amp;Monedas…</translation>
        </message>
        <message>
            <source>See and edit the exchange rates to the default currency</source>
            <translation>Ver y editar los tipos de cambio a la moneda predeterminada</translation>
        </message>
        <message>
            <source>Wrote the account's summary to %1</source>
            <translation>Resumen de la cuenta escrito en %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>Se exportó %n fila a %1</numerusform>
                <numerusform>Se exportaron %n filas a %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n activities to %1</source>
            <translation>
                <numerusform>Se exportó %n actividad a %1</numerusform>
                <numerusform>Se exportaron %n actividades a %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Haciendo copia de seguridad de la base de datos…</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>Copia de seguridad de %Ln cuenta guardada en %1</numerusform>
                <numerusform>Copia de seguridad de %Ln cuentas guardada en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored. The data it replaced is kept in %1</source>
            <translation>Restaurado. Los datos reemplazados se conservan en %1</translation>
        </message>
        <message>
            <source>About accountmgr</source>
            <translation>Acerca de accountmgr</translation>
        </message>
        <message>
            <source>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;Account management after the sale: plan follow-ups, see what every customer is worth, and never forget a customer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;Administración de cuentas después de la venta: planifica seguimientos, ve cuánto vale cada cliente y nunca olvides a un cliente.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Show the %n organization(s) without a won deal</source>
            <translation>
                <numerusform>Mostrar la %n organización sin tratos ganados</numerusform>
                <numerusform>Mostrar las %n organizaciones sin tratos ganados</numerusform>
            </translation>
        </message>
        <message>
            <source>No account matches “%1”.</source>
            <translation>Ninguna cuenta coincide con «%1».</translation>
        </message>
        <message>
            <source>No account matches the filters.</source>
            <translation>Ninguna cuenta coincide con los filtros.</translation>
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation>Borrar la búsqueda y los filtros</translation>
        </message>
        <message>
            <source>No accounts yet: an organization becomes an account when one of its deals is won.</source>
            <translation>Aún no hay cuentas: una organización se convierte en cuenta cuando se gana uno de sus tratos.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Your database is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add a customer with + Organization (Ctrl+N) and a won deal, &lt;a href='import'&gt;import your customers&lt;/a&gt; from a CSV or Excel file, or &lt;a href='demo'&gt;try the application with demo data&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Tu base de datos está vacía.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Agrega un cliente con + Organización (Ctrl+N) y un trato ganado, &lt;a href='import'&gt;importa tus clientes&lt;/a&gt; desde un archivo CSV o Excel, o &lt;a href='demo'&gt;prueba la aplicación con datos de demostración&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageViewsDialog</name>
        <message>
            <source>Manage views</source>
            <translation>Gestionar vistas</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Vistas guardadas</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>Cambiar &amp;nombre…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>&amp;Update with what is shown</source>
            <translation>&amp;Actualizar con lo que se muestra</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Rename view</source>
            <translation>Cambiar el nombre de la vista</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
    </context>
    <context>
        <name>NotContactedBox</name>
        <message numerus="yes">
            <source>Not contacted in %n day(s)</source>
            <translation>
                <numerusform>Sin contacto en %n día</numerusform>
                <numerusform>Sin contacto en %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Edit note about %1</source>
            <translation>Editar nota sobre %1</translation>
        </message>
        <message>
            <source>New note about %1</source>
            <translation>Nueva nota sobre %1</translation>
        </message>
        <message>
            <source>What happened, what was agreed, what to remember</source>
            <translation>Qué pasó, qué se acordó, qué recordar</translation>
        </message>
        <message>
            <source>&amp;Pin to the top of the account</source>
            <translation>&amp;Fijar en la parte superior de la cuenta</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;Relativo a:</translation>
        </message>
        <message>
            <source>&amp;Deal:</source>
            <translation>&amp;Trato:</translation>
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
            <translation>Fijada</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>sobre %1</translation>
        </message>
        <message>
            <source>deal: %1</source>
            <translation>trato: %1</translation>
        </message>
        <message>
            <source>pinned</source>
            <translation>fijada</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>New organization</source>
            <translation>Nueva organización</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sin propietario</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Editar %1</translation>
        </message>
        <message>
            <source>Unknown country code</source>
            <translation>Código de país desconocido</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Nombre de la empresa</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>Street, postcode and town</source>
            <translation>Calle, código postal y ciudad</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>DE</source>
            <translation>ES</translation>
        </message>
        <message>
            <source>Two-letter ISO country code, for example DE, FR or US</source>
            <translation>Código ISO de país de dos letras, por ejemplo ES, MX o US</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>P&amp;ropietario:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Etiqueta:</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>No account yet. The Overview counts the accounts: the organizations with a won deal. Mark a deal won, or import your customers with File ▸ Import…</source>
            <translation>Todavía no hay cuentas. El resumen cuenta las cuentas: las organizaciones con un trato ganado. Marque un trato como ganado o importe sus clientes con Archivo ▸ Importar…</translation>
        </message>
        <message>
            <source>Next activity by owner</source>
            <translation>Próxima actividad por responsable</translation>
        </message>
        <message>
            <source>Contact coverage</source>
            <translation>Cobertura de contactos</translation>
        </message>
        <message>
            <source>Won value by month</source>
            <translation>Valor ganado por mes</translation>
        </message>
        <message>
            <source>Accounts at risk: most won, not contacted in 90 days</source>
            <translation>En riesgo: más ganado, 90 días sin contacto</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nadie</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2: %n accounts</source>
            <translation>
                <numerusform>%1, %2: %n cuenta</numerusform>
                <numerusform>%1, %2: %n cuentas</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation>Ganado en %1: %2</translation>
        </message>
        <message>
            <source>Won in %1</source>
            <translation>Ganadas en %1</translation>
        </message>
        <message>
            <source>Won value by month, %1</source>
            <translation>Valor ganado por mes, %1</translation>
        </message>
        <message>
            <source>never contacted · %1</source>
            <translation>nunca contactada · %1</translation>
        </message>
        <message numerus="yes">
            <source>%n days · %1</source>
            <translation>
                <numerusform>%n día · %1</numerusform>
                <numerusform>%n días · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: won %2. Click to show it in the List.</source>
            <translation>%1: %2 ganados. Haga clic para mostrarla en la lista.</translation>
        </message>
        <message>
            <source>Accounts at risk: none, everyone was contacted</source>
            <translation>Cuentas en riesgo: ninguna, todas fueron contactadas</translation>
        </message>
        <message>
            <source>Contact coverage: could not count the last 12 months</source>
            <translation>Cobertura de contactos: no se pudieron contar los últimos 12 meses</translation>
        </message>
        <message>
            <source>Contact coverage: counting the last 12 months…</source>
            <translation>Cobertura de contactos: contando los últimos 12 meses…</translation>
        </message>
        <message>
            <source>Contact coverage, %1</source>
            <translation>Cobertura de contactos, %1</translation>
        </message>
        <message>
            <source>In 30 days</source>
            <translation>En 30 días</translation>
        </message>
        <message>
            <source>In 31 to 90 days</source>
            <translation>Entre 31 y 90 días</translation>
        </message>
        <message>
            <source>Not in 90 days</source>
            <translation>No en 90 días</translation>
        </message>
        <message>
            <source>%1 by %2: %3 of %4 accounts</source>
            <translation>%1 al %2: %3 de %4 cuentas</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 al %2</translation>
        </message>
        <message>
            <source>% of accounts</source>
            <translation>% de cuentas</translation>
        </message>
    </context>
    <context>
        <name>OwnerDelegate</name>
        <message>
            <source>No owner</source>
            <translation>Sin propietario</translation>
        </message>
    </context>
    <context>
        <name>PanelEdits</name>
        <message>
            <source>Edit field</source>
            <translation>Editar campo</translation>
        </message>
        <message>
            <source>Schedule activity</source>
            <translation>Programar actividad</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Editar actividad</translation>
        </message>
        <message>
            <source>Edit recurring activity</source>
            <translation>Editar actividad periódica</translation>
        </message>
        <message>
            <source>Recurring activity</source>
            <translation>Actividad periódica</translation>
        </message>
        <message>
            <source>“%1” repeats. Change only this one, or this one and all future ones?</source>
            <translation>«%1» se repite. ¿Cambiar solo esta o esta y todas las futuras?</translation>
        </message>
        <message>
            <source>Only &amp;this one</source>
            <translation>Solo &amp;esta</translation>
        </message>
        <message>
            <source>&amp;All future ones</source>
            <translation>&amp;Todas las futuras</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como hecha</translation>
        </message>
        <message>
            <source>Reopen activity</source>
            <translation>Reabrir actividad</translation>
        </message>
        <message>
            <source>Follow-up for %1</source>
            <translation>Seguimiento para %1</translation>
        </message>
        <message>
            <source>Schedule the next activity for %1 on %2?</source>
            <translation>¿Programar la próxima actividad para %1 el %2?</translation>
        </message>
        <message>
            <source>“%1” is done and nothing else is planned for %2.</source>
            <translation>«%1» se completó y no hay nada más programado para %2.</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Eliminar actividad</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Agregar nota</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <source>Unpin note</source>
            <translation>Desfijar nota</translation>
        </message>
        <message>
            <source>Pin note</source>
            <translation>Fijar nota</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Eliminar nota</translation>
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>Nota eliminada. Deshazlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Attach files to %1</source>
            <translation>Adjuntar archivos a %1</translation>
        </message>
        <message>
            <source>Copying files…</source>
            <translation>Copiando archivos…</translation>
        </message>
        <message>
            <source>Not attached</source>
            <translation>No adjuntado</translation>
        </message>
        <message numerus="yes">
            <source>Attached %n file(s).</source>
            <translation>
                <numerusform>Se adjuntó %n archivo.</numerusform>
                <numerusform>Se adjuntaron %n archivos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attach %1</source>
            <translation>Adjuntar %1</translation>
        </message>
        <message numerus="yes">
            <source>Attach %n file(s)</source>
            <translation>
                <numerusform>Adjuntar %n archivo</numerusform>
                <numerusform>Adjuntar %n archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>No se puede abrir</translation>
        </message>
        <message>
            <source>No application opens “%1”.</source>
            <translation>Ninguna aplicación abre «%1».</translation>
        </message>
        <message>
            <source>Open a program?</source>
            <translation>¿Abrir un programa?</translation>
        </message>
        <message>
            <source>“%1” is a program or a script: opening it runs it on this computer. Open it only if you trust where it came from.</source>
            <translation>«%1» es un programa o un script: al abrirlo se ejecuta en este equipo. Ábralo solo si confía en su procedencia.</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Quitar %1</translation>
        </message>
        <message>
            <source>“%1” removed. Undo with Ctrl+Z.</source>
            <translation>Se quitó «%1». Deshazlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Mark deal won</source>
            <translation>Marcar trato como ganado</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>Trato perdido</translation>
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation>¿Por qué se perdió «%1»?</translation>
        </message>
        <message>
            <source>Mark deal lost</source>
            <translation>Marcar trato como perdido</translation>
        </message>
        <message>
            <source>Reopen deal</source>
            <translation>Reabrir trato</translation>
        </message>
        <message>
            <source>Link person</source>
            <translation>Vincular persona</translation>
        </message>
        <message>
            <source>Unlink %1</source>
            <translation>Desvincular a %1</translation>
        </message>
        <message>
            <source>%1 is no longer linked; the person stays in the address book.</source>
            <translation>Se desvinculó a %1; la persona se conserva en la libreta de contactos.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Write to %1</source>
            <translation>Escribir a %1</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>Llamar a %1</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Nueva persona</translation>
        </message>
        <message>
            <source>New person at %1</source>
            <translation>Nueva persona en %1</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Editar persona</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Nombre y apellidos</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <source>For example: Head of purchasing</source>
            <translation>Por ejemplo: Jefe de compras</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>Or&amp;ganización:</translation>
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation>Escribe para buscar; déjalo vacío para ninguna</translation>
        </message>
        <message>
            <source>&amp;Emails:</source>
            <translation>Correos &amp;electrónicos:</translation>
        </message>
        <message>
            <source>One address per line</source>
            <translation>Una dirección por línea</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Teléfonos:</translation>
        </message>
        <message>
            <source>One number per line</source>
            <translation>Un número por línea</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the first rows</source>
            <translation>Revisar las primeras filas</translation>
        </message>
        <message>
            <source>The first rows (at most %1) as they will be imported. Cells in red cannot be imported: point at them to see why. Press Import to import the whole file.</source>
            <translation>Las primeras filas (máximo %1) tal como se importarán. Las celdas en rojo no se pueden importar: pasa el puntero sobre ellas para ver por qué. Pulsa Importar para importar todo el archivo.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>%1 of %2 rows have problems; they will be skipped and reported.</source>
            <translation>%1 de %2 filas tienen problemas; se omitirán y se indicarán en el informe.</translation>
        </message>
        <message>
            <source>All %1 rows shown can be imported.</source>
            <translation>Las %1 filas mostradas se pueden importar.</translation>
        </message>
        <message>
            <source>Rows with a date that could be read day first or month first (orange): %1; the first page says which way dates are read.</source>
            <translation>Filas con una fecha que puede leerse con el día o con el mes primero (en naranja): %1; la primera página indica cómo se leen las fechas.</translation>
        </message>
        <message>
            <source>The rest of the file is checked as it is imported.</source>
            <translation>El resto del archivo se comprueba durante la importación.</translation>
        </message>
    </context>
    <context>
        <name>RateDialog</name>
        <message>
            <source>Exchange rate of %1</source>
            <translation>Tipo de cambio de %1</translation>
        </message>
        <message>
            <source>1 %1 &amp;is worth, in %2:</source>
            <translation>1 %1 &amp;equivale, en %2:</translation>
        </message>
        <message>
            <source>“%1” is not a number.</source>
            <translation>«%1» no es un número.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialogs</name>
        <message>
            <source>New organization</source>
            <translation>Nueva organización</translation>
        </message>
        <message>
            <source>Edit organization</source>
            <translation>Editar organización</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nueva persona</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Nuevo trato</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Editar persona</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Editar trato</translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>Every day</source>
            <translation>Todos los días</translation>
        </message>
        <message>
            <source>Every day until {until}</source>
            <translation>Todos los días hasta el {until}</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Todos los meses</translation>
        </message>
        <message>
            <source>Every month until {until}</source>
            <translation>Todos los meses hasta el {until}</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Todas las semanas</translation>
        </message>
        <message>
            <source>Every week until {until}</source>
            <translation>Todas las semanas hasta el {until}</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>Cada {n} días</translation>
        </message>
        <message>
            <source>Every {n} days until {until}</source>
            <translation>Cada {n} días hasta el {until}</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>Cada {n} meses</translation>
        </message>
        <message>
            <source>Every {n} months until {until}</source>
            <translation>Cada {n} meses hasta el {until}</translation>
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation>Cada {n} semanas</translation>
        </message>
        <message>
            <source>Every {n} weeks until {until}</source>
            <translation>Cada {n} semanas hasta el {until}</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Snooze 10 minutes</source>
            <translation>Posponer 10 minutos</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>Posponer 1 hora</translation>
        </message>
        <message>
            <source>Snooze until tomorrow %1</source>
            <translation>Posponer hasta mañana a las %1</translation>
        </message>
        <message>
            <source>Reminders on</source>
            <translation>Recordatorios activados</translation>
        </message>
        <message>
            <source>%1 due: %2</source>
            <translation>%1 pendiente: %2</translation>
        </message>
        <message>
            <source>%1 due</source>
            <translation>%1 pendiente</translation>
        </message>
        <message numerus="yes">
            <source>%n activities due</source>
            <translation>
                <numerusform>%n actividad pendiente</numerusform>
                <numerusform>%n actividades pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activities fell due while accountmgr was closed</source>
            <translation>
                <numerusform>%n actividad venció mientras accountmgr estaba cerrado</numerusform>
                <numerusform>%n actividades vencieron mientras accountmgr estaba cerrado</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminders off</source>
            <translation>Recordatorios desactivados</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Import finished</source>
            <translation>Importación finalizada</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) of the file were not imported; the table says why.</source>
            <translation>
                <numerusform>%Ln fila del archivo no se importó; la tabla indica el motivo.</numerusform>
                <numerusform>%Ln filas del archivo no se importaron; la tabla indica el motivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row of the file was imported or was there already.</source>
            <translation>Todas las filas del archivo se importaron o ya existían.</translation>
        </message>
        <message>
            <source>Added the currencies %1 without an exchange rate yet: won values in them are marked “no rate yet” and left out of totals until their rate is set.</source>
            <translation>Se agregaron las monedas %1, aún sin tipo de cambio: los valores ganados en ellas se marcan como «aún sin tipo de cambio» y no se incluyen en los totales hasta que se defina su tipo de cambio.</translation>
        </message>
        <message>
            <source>%1 import report.csv</source>
            <translation>Informe de importación de %1.csv</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Guardar informe</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>The report was not saved: %1</source>
            <translation>El informe no se guardó: %1</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Guardado como %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>First start of the day</source>
            <translation>Primer inicio del día</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Antes de una importación</translation>
        </message>
        <message>
            <source>Before an update of the file</source>
            <translation>Antes de una actualización del archivo</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>Copia manual</translation>
        </message>
        <message>
            <source>The data a restore replaced</source>
            <translation>Datos reemplazados por una restauración</translation>
        </message>
        <message>
            <source>Other copy</source>
            <translation>Otra copia</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde copia de seguridad</translation>
        </message>
        <message>
            <source>Choose the copy to put in place of the current data. The current data is kept as a backup first, so a restore can be undone by restoring that copy. Attached files are not part of a backup.</source>
            <translation>Elige la copia que reemplazará los datos actuales. Antes se guarda una copia de seguridad de los datos actuales, así que puedes deshacer la restauración restaurando esa copia. Los archivos adjuntos no forman parte de las copias de seguridad.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Creada</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>Aún no hay ninguna copia de seguridad.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message numerus="yes">
            <source>Replace the current data with the backup taken on %1 at %2 (%Ln account(s))?</source>
            <translation>
                <numerusform>¿Reemplazar los datos actuales por la copia de seguridad del %1 a las %2 (%Ln cuenta)?</numerusform>
                <numerusform>¿Reemplazar los datos actuales por la copia de seguridad del %1 a las %2 (%Ln cuentas)?</numerusform>
            </translation>
        </message>
        <message>
            <source>The current data is kept as a backup first.</source>
            <translation>Antes se guarda una copia de seguridad de los datos actuales.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>No restaurado</translation>
        </message>
    </context>
    <context>
        <name>SaveViewDialog</name>
        <message>
            <source>Save view</source>
            <translation>Guardar vista</translation>
        </message>
        <message>
            <source>Gold tier not contacted in 60 days</source>
            <translation>Nivel oro sin contactar en 60 días</translation>
        </message>
        <message>
            <source>Only for me</source>
            <translation>Solo para mí</translation>
        </message>
        <message>
            <source>Unchecked, everyone on this database sees the view</source>
            <translation>Sin marcar, todos los usuarios de esta base de datos ven la vista</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
    </context>
    <context>
        <name>SavedViews</name>
        <message>
            <source>My accounts</source>
            <translation>Mis cuentas</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nada programado</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencidas</translation>
        </message>
        <message>
            <source>Not contacted in 90 days</source>
            <translation>Sin contactar en 90 días</translation>
        </message>
        <message>
            <source>Renewal in the next 60 days</source>
            <translation>Renovación en los próximos 60 días</translation>
        </message>
        <message>
            <source>%1 (only me)</source>
            <translation>%1 (solo yo)</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsMenu</name>
        <message>
            <source>Views</source>
            <translation>Vistas</translation>
        </message>
        <message>
            <source>Pick a saved view, or save what is shown as one</source>
            <translation>Elegir una vista guardada o guardar lo que se muestra como vista</translation>
        </message>
        <message>
            <source>&amp;Save view…</source>
            <translation>&amp;Guardar vista…</translation>
        </message>
        <message>
            <source>Mark a date field as the renewal date in Settings ▸ Custom fields…</source>
            <translation>Marque un campo de fecha como fecha de renovación en Configuración ▸ Campos personalizados…</translation>
        </message>
        <message>
            <source>&amp;Manage views…</source>
            <translation>&amp;Gestionar vistas…</translation>
        </message>
        <message>
            <source>S&amp;tart with</source>
            <translation>Al &amp;iniciar</translation>
        </message>
        <message>
            <source>The last search and filters</source>
            <translation>La última búsqueda y los últimos filtros</translation>
        </message>
        <message>
            <source>Save view %1</source>
            <translation>Guardar la vista %1</translation>
        </message>
        <message>
            <source>Saved the view “%1”.</source>
            <translation>Vista «%1» guardada.</translation>
        </message>
        <message>
            <source>Rename view %1</source>
            <translation>Cambiar el nombre de la vista %1</translation>
        </message>
        <message>
            <source>Move view %1</source>
            <translation>Mover la vista %1</translation>
        </message>
        <message>
            <source>Update view %1</source>
            <translation>Actualizar la vista %1</translation>
        </message>
        <message>
            <source>Delete view %1</source>
            <translation>Eliminar la vista %1</translation>
        </message>
    </context>
    <context>
        <name>ScheduleActivityDialog</name>
        <message>
            <source>Schedule activity</source>
            <translation>Programar actividad</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>A&amp;sunto:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>at</source>
            <translation>a las</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>&amp;Duración:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repetir:</translation>
        </message>
        <message>
            <source>A check-in that comes back: completing one schedules the next</source>
            <translation>Un contacto que se repite: al completar uno se programa el siguiente</translation>
        </message>
        <message>
            <source>every </source>
            <translation>cada </translation>
        </message>
        <message>
            <source>until</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>&amp;Assigned to:</source>
            <translation>&amp;Asignada a:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>D&amp;eal:</source>
            <translation>Trat&amp;o:</translation>
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
            <translation>Nadie</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>No se repite</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Semanas</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Meses</translation>
        </message>
        <message>
            <source>The subject must not be empty.</source>
            <translation>El asunto no puede estar vacío.</translation>
        </message>
        <message>
            <source>Schedule an activity for %1</source>
            <translation>Programar una actividad para %1</translation>
        </message>
        <message>
            <source>The activity is scheduled for %1.</source>
            <translation>La actividad se programa para %1.</translation>
        </message>
        <message numerus="yes">
            <source>Schedule an activity for %n account(s)</source>
            <translation>
                <numerusform>Programar una actividad para %n cuenta</numerusform>
                <numerusform>Programar una actividad para %n cuentas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The activity is scheduled for each of the %n account(s): %1.</source>
            <translation>
                <numerusform>La actividad se programa para %n cuenta: %1.</numerusform>
                <numerusform>La actividad se programa para cada una de las %n cuentas: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit activity of %1</source>
            <translation>Editar actividad de %1</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Search names, people, emails, phones</source>
            <translation>Buscar nombres, personas, correos, teléfonos</translation>
        </message>
        <message>
            <source>Search accounts</source>
            <translation>Buscar cuentas</translation>
        </message>
    </context>
    <context>
        <name>SettingsTableDialog</name>
        <message>
            <source>Re&amp;store</source>
            <translation>Res&amp;taurar</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Re&amp;tirar</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
    </context>
    <context>
        <name>SidePanel</name>
        <message>
            <source>%1 accounts selected</source>
            <translation>%1 cuentas seleccionadas</translation>
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation>Selecciona una cuenta para ver aquí todo lo relacionado con ella.</translation>
        </message>
        <message>
            <source>%1 is no longer in the list: the current search or filters hide it.</source>
            <translation>%1 ya no está en la lista: la búsqueda o los filtros actuales la ocultan.</translation>
        </message>
        <message>
            <source>%1 is hidden by the current search or filters.</source>
            <translation>La búsqueda o los filtros actuales ocultan %1.</translation>
        </message>
        <message>
            <source>Clear filters and show it</source>
            <translation>Borrar los filtros y mostrarla</translation>
        </message>
        <message numerus="yes">
            <source>%n selected accounts are hidden by the current search or filters.</source>
            <translation>
                <numerusform>La búsqueda o los filtros actuales ocultan %n cuenta seleccionada.</numerusform>
                <numerusform>La búsqueda o los filtros actuales ocultan %n cuentas seleccionadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear filters and show them</source>
            <translation>Borrar los filtros y mostrarlas</translation>
        </message>
        <message>
            <source>The organization's name: edit it here</source>
            <translation>El nombre de la organización: edítalo aquí</translation>
        </message>
        <message>
            <source>Organization name</source>
            <translation>Nombre de la organización</translation>
        </message>
        <message>
            <source>Won value:</source>
            <translation>Valor ganado:</translation>
        </message>
        <message>
            <source>Click for the value per currency</source>
            <translation>Haz clic para ver el valor por moneda</translation>
        </message>
        <message>
            <source>Deals:</source>
            <translation>Tratos:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>P&amp;ropietario:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Etiqueta:</translation>
        </message>
        <message>
            <source>Schedule…</source>
            <translation>Programar…</translation>
        </message>
        <message>
            <source>Schedule an activity for this account</source>
            <translation>Programar una actividad para esta cuenta</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Nota…</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Agregar una nota</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>Adjuntar…</translation>
        </message>
        <message>
            <source>Attach a file (or drop files on the panel)</source>
            <translation>Adjuntar un archivo (o suelta archivos en la vista contextual)</translation>
        </message>
        <message>
            <source>Deal…</source>
            <translation>Trato…</translation>
        </message>
        <message>
            <source>Add a deal</source>
            <translation>Agregar un trato</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Dirección</translation>
        </message>
        <message>
            <source>Street, city, postcode</source>
            <translation>Calle, ciudad, código postal</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Campos de la cuenta</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marcar como &amp;hecha</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;itar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>&amp;Fijar</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>A&amp;brir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Tratos</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>Ga&amp;nado</translation>
        </message>
        <message>
            <source>Los&amp;t…</source>
            <translation>Perdid&amp;o…</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>Re&amp;abrir</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>A&amp;dd…</source>
            <translation>A&amp;gregar…</translation>
        </message>
        <message>
            <source>Lin&amp;k…</source>
            <translation>&amp;Vincular…</translation>
        </message>
        <message>
            <source>U&amp;nlink</source>
            <translation>Desvinc&amp;ular</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <source>What this customer is worth over time, and how often they are contacted</source>
            <translation>Lo que vale este cliente a lo largo del tiempo y con qué frecuencia se le contacta</translation>
        </message>
    </context>
    <context>
        <name>StatusFigures</name>
        <message>
            <source>Show the accounts contacted in the last 30 days</source>
            <translation>Mostrar las cuentas contactadas en los últimos 30 días</translation>
        </message>
        <message>
            <source>Show the accounts contacted in the last 90 days</source>
            <translation>Mostrar las cuentas contactadas en los últimos 90 días</translation>
        </message>
        <message>
            <source>Show the accounts with nothing planned</source>
            <translation>Mostrar las cuentas sin nada programado</translation>
        </message>
        <message>
            <source>Show every organization, also those without a won deal</source>
            <translation>Mostrar todas las organizaciones, también las que no tienen tratos ganados</translation>
        </message>
        <message>
            <source>Accounts shown: %1</source>
            <translation>Cuentas mostradas: %1</translation>
        </message>
        <message>
            <source>Shown: %1</source>
            <translation>Mostradas: %1</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>Won value: %1</source>
            <translation>Valor ganado: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) have won deals in a currency without an exchange rate yet: those deals are not in this total.</source>
            <translation>
                <numerusform>%n cuenta tiene tratos ganados en una moneda aún sin tipo de cambio: esos tratos no están en este total.</numerusform>
                <numerusform>%n cuentas tienen tratos ganados en una moneda aún sin tipo de cambio: esos tratos no están en este total.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacted in 30 days: %1</source>
            <translation>Contactadas en 30 días: %1</translation>
        </message>
        <message>
            <source>in 90 days: %1</source>
            <translation>en 90 días: %1</translation>
        </message>
        <message>
            <source>Nothing planned: %1</source>
            <translation>Nada programado: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s) without a won deal — show them</source>
            <translation>
                <numerusform>%n organización sin tratos ganados — mostrarla</numerusform>
                <numerusform>%n organizaciones sin tratos ganados — mostrarlas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Connect to team database</source>
            <translation>Conectar a la base de datos del equipo</translation>
        </message>
        <message>
            <source>A team shares one PostgreSQL database on its network. Ask whoever runs the server for these; the database is made once with accountmgr init-server.</source>
            <translation>Un equipo comparte una base de datos PostgreSQL en su red. Pida estos datos a quien administra el servidor; la base de datos se crea una vez con accountmgr init-server.</translation>
        </message>
        <message>
            <source>server.office.lan</source>
            <translation>servidor.oficina.lan</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Contrase&amp;ña:</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keychain</source>
            <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
        </message>
        <message>
            <source>This computer has no keychain: the password is used for this session only (the server's own means, ~/.pgpass or PGPASSWORD, can keep it).</source>
            <translation>Este equipo no tiene llavero: la contraseña solo se usa en esta sesión (los medios propios del servidor, ~/.pgpass o PGPASSWORD, pueden guardarla).</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
    </context>
    <context>
        <name>TypeDialog</name>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Check box</source>
            <translation>Casilla</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Reloj</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>Knife and fork</source>
            <translation>Cuchillo y tenedor</translation>
        </message>
        <message>
            <source>Map pin</source>
            <translation>Marcador de mapa</translation>
        </message>
        <message>
            <source>Video camera</source>
            <translation>Videocámara</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Bandera</translation>
        </message>
        <message>
            <source>For example: Site visit</source>
            <translation>Por ejemplo: Visita a las instalaciones</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Icon:</source>
            <translation>&amp;Icono:</translation>
        </message>
        <message>
            <source>Choose the colour of the type</source>
            <translation>Elige el color del tipo</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Color:</translation>
        </message>
        <message>
            <source>Offered as the subject when scheduling</source>
            <translation>Se propone como asunto al programar</translation>
        </message>
        <message>
            <source>Default &amp;subject:</source>
            <translation>&amp;Asunto predeterminado:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Default &amp;duration:</source>
            <translation>&amp;Duración predeterminada:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>After an activity of this type is done, offer a follow-up this many days later</source>
            <translation>Cuando se complete una actividad de este tipo, proponer un seguimiento tantos días después</translation>
        </message>
        <message>
            <source>Default &amp;follow-up:</source>
            <translation>&amp;Seguimiento predeterminado:</translation>
        </message>
        <message>
            <source>Colour of the activity type</source>
            <translation>Color del tipo de actividad</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rehacer %1</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Deshacer %1</translation>
        </message>
    </context>
    <context>
        <name>UserChoice</name>
        <message>
            <source>&amp;I am</source>
            <translation>&amp;Soy</translation>
        </message>
        <message>
            <source>Anyone (every activity)</source>
            <translation>Cualquiera (todas las actividades)</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>¿Quién eres?</translation>
        </message>
        <message>
            <source>Choose your name, or type it to add yourself: new activities are assigned to you, your notes carry your name, and “My accounts” shows the accounts you own.</source>
            <translation>Elige tu nombre o escríbelo para agregarte: las actividades nuevas se te asignan, tus notas llevan tu nombre y «Mis cuentas» muestra las cuentas de las que eres propietario.</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>Soy yo</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
    </context>
</TS>
