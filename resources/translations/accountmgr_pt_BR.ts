<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>AccountActions</name>
        <message>
            <source>Edit %1</source>
            <translation>Editar %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Excluir %1</translation>
        </message>
        <message>
            <source>Delete %1 and everything about it?</source>
            <translation>Excluir %1 e todos os seus dados?</translation>
        </message>
        <message>
            <source>Its deals, activities, notes and files are deleted too; its people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation>Os negócios, atividades, notas e arquivos dela também serão excluídos; as pessoas permanecem nos contatos. É possível desfazer com Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s)</source>
            <translation>
                <numerusform>Excluir %n organização</numerusform>
                <numerusform>Excluir %n organizações</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV, separated by commas (*.csv)</source>
            <translation>CSV, separado por vírgulas (*.csv)</translation>
        </message>
        <message>
            <source>CSV, separated by semicolons (*.csv)</source>
            <translation>CSV, separado por ponto e vírgula (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s) and everything about them?</source>
            <translation>
                <numerusform>Excluir %n organização e todos os seus dados?</numerusform>
                <numerusform>Excluir %n organizações e todos os seus dados?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1.

Their deals, activities, notes and files are deleted too; their people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation>%1.

Os negócios, atividades, notas e arquivos delas também serão excluídos; as pessoas permanecem nos contatos. É possível desfazer com Ctrl+Z.</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sem proprietário</translation>
        </message>
        <message>
            <source>Change owner of %1</source>
            <translation>Alterar proprietário de %1</translation>
        </message>
        <message>
            <source>New owner of %1:</source>
            <translation>Novo proprietário de %1:</translation>
        </message>
        <message numerus="yes">
            <source>Change owner of %n organization(s)</source>
            <translation>
                <numerusform>Alterar proprietário de %n organização</numerusform>
                <numerusform>Alterar proprietário de %n organizações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New owner of %n organization(s) (%1):</source>
            <translation>
                <numerusform>Novo proprietário de %n organização (%1):</numerusform>
                <numerusform>Novo proprietário de %n organizações (%1):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Schedule “%1” for %n account(s)</source>
            <translation>
                <numerusform>Agendar “%1” para %n conta</numerusform>
                <numerusform>Agendar “%1” para %n contas</numerusform>
            </translation>
        </message>
        <message>
            <source>Scheduling activities…</source>
            <translation>Agendando atividades…</translation>
        </message>
        <message>
            <source>Export accounts</source>
            <translation>Exportar contas</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting accounts…</source>
            <translation>Exportando contas…</translation>
        </message>
        <message>
            <source>CSV, separated by semicolons, decimal commas (*.csv)</source>
            <translation>CSV, separado por ponto e vírgula, vírgula decimal (*.csv)</translation>
        </message>
        <message>
            <source>Export organizations</source>
            <translation>Exportar organizações</translation>
        </message>
        <message>
            <source>Export people</source>
            <translation>Exportar pessoas</translation>
        </message>
        <message>
            <source>Export deals</source>
            <translation>Exportar negócios</translation>
        </message>
        <message>
            <source>Export activities</source>
            <translation>Exportar atividades</translation>
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
            <translation>Exportar atividades para o calendário</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Arquivos iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Exporting activities…</source>
            <translation>Exportando atividades…</translation>
        </message>
        <message>
            <source>Reschedule to %1</source>
            <translation>Reagendar para %1</translation>
        </message>
        <message>
            <source>Moved “%1” of %2 to %3 (%4)</source>
            <translation>Atividade “%1” de %2 movida para %3 (%4)</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n activities to %1 (%2)</source>
            <translation>
                <numerusform>%n atividade movida para %1 (%2)</numerusform>
                <numerusform>%n atividades movidas para %1 (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como concluída</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n activities done</source>
            <translation>
                <numerusform>%n atividade marcada como concluída</numerusform>
                <numerusform>%n atividades marcadas como concluídas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountCharts</name>
        <message>
            <source>Won value by quarter</source>
            <translation>Valor ganho por trimestre</translation>
        </message>
        <message>
            <source>Contacts by month</source>
            <translation>Contatos por mês</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <comment>a quarter of a year, and the year</comment>
            <translation>T%1 %2</translation>
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation>Ganho em %1: %2</translation>
        </message>
        <message>
            <source>Q%1</source>
            <comment>a quarter of a year</comment>
            <translation>T%1</translation>
        </message>
        <message>
            <source>Won value by quarter, %1</source>
            <translation>Valor ganho por trimestre, %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n activities done</source>
            <translation>
                <numerusform>%1: %n atividade concluída</numerusform>
                <numerusform>%1: %n atividades concluídas</numerusform>
            </translation>
        </message>
        <message>
            <source>Activities done</source>
            <translation>Atividades concluídas</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Atividades</translation>
        </message>
        <message>
            <source>Contacts by month, %1</source>
            <translation>Contatos por mês, %1</translation>
        </message>
        <message>
            <source>Won before %1: %2</source>
            <translation>Ganho antes de %1: %2</translation>
        </message>
        <message>
            <source>Nobody contacted this account in the last 12 months.</source>
            <translation>Ninguém entrou em contato com esta conta nos últimos 12 meses.</translation>
        </message>
        <message numerus="yes">
            <source>%n contacts in the last 12 months</source>
            <translation>
                <numerusform>%n contato nos últimos 12 meses</numerusform>
                <numerusform>%n contatos nos últimos 12 meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, one every %n days on average</source>
            <translation>
                <numerusform>%1, um a cada %n dia em média</numerusform>
                <numerusform>%1, um a cada %n dias em média</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountNames</name>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>mais %n</numerusform>
                <numerusform>mais %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountOverview</name>
        <message>
            <source>Account since %1</source>
            <translation>Conta desde %1</translation>
        </message>
        <message>
            <source>No longer an account: no deal of this organization is won any more. Everything about it is kept.</source>
            <translation>Deixou de ser uma conta: esta organização não tem mais nenhum negócio ganho. Todos os seus dados são mantidos.</translation>
        </message>
        <message>
            <source>Not an account: no deal of this organization is won yet.</source>
            <translation>Ainda não é uma conta: esta organização ainda não tem nenhum negócio ganho.</translation>
        </message>
        <message>
            <source>Last changed by %1, %2</source>
            <translation>Última alteração por %1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln won</source>
            <translation>
                <numerusform>%Ln ganho</numerusform>
                <numerusform>%Ln ganhos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln open</source>
            <translation>
                <numerusform>%Ln aberto</numerusform>
                <numerusform>%Ln abertos</numerusform>
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
            <translation>%1 (ainda sem taxa de câmbio)</translation>
        </message>
        <message>
            <source>No won deal</source>
            <translation>Nenhum negócio ganho</translation>
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation>Ainda não há taxa de câmbio para %1: o valor ganho não inclui esses negócios.</translation>
        </message>
        <message>
            <source>Won value in %1; per currency:</source>
            <translation>Valor ganho em %1; por moeda:</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sem proprietário</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Campos da conta</translation>
        </message>
        <message>
            <source>No account fields yet: add them in Settings ▸ Custom fields.</source>
            <translation>Ainda não há campos da conta: adicione-os em Configurações ▸ Campos personalizados.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pinned notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Notas fixadas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Todas as notas</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; nothing planned. &lt;a href='schedule'&gt;Schedule a follow-up&lt;/a&gt;</source>
            <translation>&lt;b&gt;Próxima:&lt;/b&gt; nada planejado. &lt;a href='schedule'&gt;Agendar um follow-up&lt;/a&gt;</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, em atraso</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; %1 — %2, %3</source>
            <translation>&lt;b&gt;Próxima:&lt;/b&gt; %1 — %2, %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last contacted:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Último contato:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Rename organization</source>
            <translation>Renomear organização</translation>
        </message>
        <message>
            <source>Change owner</source>
            <translation>Alterar proprietário</translation>
        </message>
        <message>
            <source>Change label</source>
            <translation>Alterar etiqueta</translation>
        </message>
        <message>
            <source>Edit address</source>
            <translation>Editar endereço</translation>
        </message>
    </context>
    <context>
        <name>AccountPanel</name>
        <message>
            <source>Un&amp;pin</source>
            <translation>Desa&amp;fixar</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>&amp;Fixar</translation>
        </message>
        <message>
            <source>Reope&amp;n</source>
            <translation>&amp;Reabrir</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marcar como &amp;concluída</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Atividades</translation>
        </message>
        <message>
            <source>Nothing planned or done yet. Schedule… plans the next contact.</source>
            <translation>Nada planejado nem concluído ainda. Use Agendar… para planejar o próximo contato.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Nenhuma nota ainda.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Arquivos</translation>
        </message>
        <message>
            <source>No files yet: drop files here, or use Attach…</source>
            <translation>Nenhum arquivo ainda: solte arquivos aqui ou use Anexar…</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Negócios</translation>
        </message>
        <message>
            <source>No deals yet.</source>
            <translation>Nenhum negócio ainda.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Nobody yet. Add… a person or Link… one.</source>
            <translation>Ninguém ainda. Use Adicionar… para criar uma pessoa ou Vincular… para vincular uma existente.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 accounts selected</source>
            <translation>%1 contas selecionadas</translation>
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation>Selecione uma conta para ver todos os dados dela aqui.</translation>
        </message>
        <message>
            <source>The team database cannot be reached: this account is shown again as soon as it can.</source>
            <translation>O banco de dados da equipe não pode ser acessado: esta conta volta a ser exibida assim que for possível.</translation>
        </message>
        <message>
            <source>Write to %1</source>
            <translation>Escrever para %1</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>Ligar para %1</translation>
        </message>
    </context>
    <context>
        <name>AccountPrinting</name>
        <message>
            <source>Print account</source>
            <translation>Imprimir conta</translation>
        </message>
        <message>
            <source>Select an account first, in the list or the board.</source>
            <translation>Selecione primeiro uma conta, na lista ou no quadro.</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Imprimir %1</translation>
        </message>
        <message>
            <source>Export account as PDF</source>
            <translation>Exportar conta como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>Não foi possível gravar %1: %2</translation>
        </message>
    </context>
    <context>
        <name>AccountSummary</name>
        <message>
            <source>Owner: %1</source>
            <translation>Proprietário: %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>ninguém</translation>
        </message>
        <message>
            <source>Label: %1</source>
            <translation>Etiqueta: %1</translation>
        </message>
        <message>
            <source>Account since %1</source>
            <translation>Conta desde %1</translation>
        </message>
        <message>
            <source>Last contacted: %1</source>
            <translation>Último contato: %1</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>Nunca contactada</translation>
        </message>
        <message>
            <source>Won value: %1</source>
            <translation>Valor ganho: %1</translation>
        </message>
        <message>
            <source>Deals: %1 won, %2 open, %3 lost</source>
            <translation>Negócios: %1 ganhos, %2 abertos, %3 perdidos</translation>
        </message>
        <message>
            <source>In their own currencies: %1</source>
            <translation>Nas próprias moedas: %1</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Campos da conta</translation>
        </message>
        <message>
            <source>None filled in.</source>
            <translation>Nenhum preenchido.</translation>
        </message>
        <message>
            <source>Next activities</source>
            <translation>Próximas atividades</translation>
        </message>
        <message>
            <source>Nothing planned.</source>
            <translation>Nada planejado.</translation>
        </message>
        <message>
            <source>Recent history</source>
            <translation>Histórico recente</translation>
        </message>
        <message>
            <source>No contact yet.</source>
            <translation>Nenhum contato ainda.</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguém</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fixada</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Nenhuma nota.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>No people.</source>
            <translation>Nenhuma pessoa.</translation>
        </message>
        <message>
            <source>won</source>
            <translation>ganho</translation>
        </message>
        <message>
            <source>open</source>
            <translation>aberto</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Negócios</translation>
        </message>
        <message>
            <source>No deals.</source>
            <translation>Nenhum negócio.</translation>
        </message>
        <message>
            <source>Printed on %1 from accountmgr</source>
            <translation>Impresso em %1 pelo accountmgr</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>The next activity is overdue</source>
            <translation>A próxima atividade está em atraso</translation>
        </message>
        <message>
            <source>An activity is due today</source>
            <translation>Há uma atividade para hoje</translation>
        </message>
        <message>
            <source>A follow-up is planned</source>
            <translation>Há um follow-up planejado</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nada planejado</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation>Ainda não há taxa de câmbio para %1: o valor ganho não inclui esses negócios.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>há %n dia</numerusform>
                <numerusform>há %n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Proprietário</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>Negócios ganhos</translation>
        </message>
        <message>
            <source>Won value</source>
            <translation>Valor ganho</translation>
        </message>
        <message>
            <source>Open deals value</source>
            <translation>Valor em aberto</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Último contato</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Próxima atividade</translation>
        </message>
        <message>
            <source>Account since</source>
            <translation>Conta desde</translation>
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
            <translation>Histórico</translation>
        </message>
        <message>
            <source>Today — %1</source>
            <translation>Hoje — %1</translation>
        </message>
        <message>
            <source>Tomorrow — %1</source>
            <translation>Amanhã — %1</translation>
        </message>
        <message>
            <source>Overdue — %1</source>
            <translation>Em atraso — %1</translation>
        </message>
        <message>
            <source>Scheduled by %1</source>
            <translation>Agendada por %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>done %1</source>
            <translation>concluída às %1</translation>
        </message>
    </context>
    <context>
        <name>ActivityType</name>
        <message>
            <source>Account review</source>
            <translation>Revisão da conta</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Ligação</translation>
        </message>
        <message>
            <source>Check-in email</source>
            <translation>E-mail de acompanhamento</translation>
        </message>
        <message>
            <source>Customer lunch</source>
            <translation>Almoço com cliente</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Almoço</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <source>Renewal deadline</source>
            <translation>Prazo de renovação</translation>
        </message>
        <message>
            <source>Satisfaction call</source>
            <translation>Ligação de satisfação</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarefa</translation>
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
            <translation>Mover tipo de atividade</translation>
        </message>
        <message>
            <source>Stop offering the selected type; its activities keep it</source>
            <translation>Deixar de oferecer o tipo selecionado; as atividades dele continuam com ele</translation>
        </message>
        <message>
            <source>Offer the selected type again when scheduling</source>
            <translation>Voltar a oferecer o tipo selecionado ao agendar</translation>
        </message>
        <message>
            <source>New activity type</source>
            <translation>Novo tipo de atividade</translation>
        </message>
        <message>
            <source>Add activity type</source>
            <translation>Adicionar tipo de atividade</translation>
        </message>
        <message>
            <source>Activity type “%1”</source>
            <translation>Tipo de atividade “%1”</translation>
        </message>
        <message>
            <source>Edit activity type</source>
            <translation>Editar tipo de atividade</translation>
        </message>
        <message>
            <source>Restore activity type</source>
            <translation>Reativar tipo de atividade</translation>
        </message>
        <message>
            <source>Retire activity type</source>
            <translation>Desativar tipo de atividade</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>Tipos de atividade</translation>
        </message>
        <message>
            <source>Add an activity type at the end of the list</source>
            <translation>Adicionar um tipo de atividade no fim da lista</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Adicionar…</translation>
        </message>
        <message>
            <source>Change the name, icon, colour and defaults of the selected type (F2)</source>
            <translation>Alterar o nome, o ícone, a cor e os padrões do tipo selecionado (F2)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Offer the selected type earlier (Alt+Up)</source>
            <translation>Oferecer o tipo selecionado antes (Alt+Seta para cima)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Mover para &amp;cima</translation>
        </message>
        <message>
            <source>Offer the selected type later (Alt+Down)</source>
            <translation>Oferecer o tipo selecionado depois (Alt+Seta para baixo)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Mover para &amp;baixo</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Desativar</translation>
        </message>
        <message>
            <source>A retired type is no longer offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation>Um tipo desativado deixa de ser oferecido ao agendar; as atividades dele continuam com ele. Reative-o para oferecê-lo novamente.</translation>
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
            <translation>%1 dia</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 dias</translation>
        </message>
        <message>
            <source>Not offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation>Não é oferecido ao agendar; as atividades dele continuam com ele. Reative-o para oferecê-lo novamente.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Cor</translation>
        </message>
        <message>
            <source>Default subject</source>
            <translation>Assunto padrão</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Desativado</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unexpected error</source>
            <translation>Erro inesperado</translation>
        </message>
        <message>
            <source>Something went wrong: %1

Your data is safe: the last change was not saved. Details are in %2.</source>
            <translation>Algo deu errado: %1

Seus dados estão seguros: a última alteração não foi salva. Os detalhes estão em %2.</translation>
        </message>
        <message>
            <source>The daily backup could not be taken: %1</source>
            <translation>Não foi possível fazer o backup diário: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 is damaged and cannot be opened. Restore the newest good backup, taken on %2 with %Ln account(s)? The damaged file is kept beside it as %3.</source>
            <translation>
                <numerusform>%1 está danificado e não pode ser aberto. Restaurar o backup válido mais recente, feito em %2 com %Ln conta? O arquivo danificado é mantido ao lado dele como %3.</numerusform>
                <numerusform>%1 está danificado e não pode ser aberto. Restaurar o backup válido mais recente, feito em %2 com %Ln contas? O arquivo danificado é mantido ao lado dele como %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Banco de dados danificado</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Não é possível abrir o banco de dados</translation>
        </message>
        <message>
            <source>Restored the backup of %1; the damaged file is kept as %2</source>
            <translation>O backup de %1 foi restaurado; o arquivo danificado foi mantido como %2</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>Nothing planned</source>
            <translation>Nada planejado</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>Nunca contactada</translation>
        </message>
        <message>
            <source>Last contacted today</source>
            <translation>Último contato hoje</translation>
        </message>
        <message numerus="yes">
            <source>Last contacted %n day(s) ago</source>
            <translation>
                <numerusform>Último contato há %n dia</numerusform>
                <numerusform>Último contato há %n dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Offline account management. Without a command, opens the application.</source>
            <translation>Gestão de contas offline. Sem um comando, abre o aplicativo.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>mostra o número da versão do programa e sai</translation>
        </message>
        <message>
            <source>database file, or a team database as postgresql://user@host:5432/dbname (default: $ACCOUNTMGR_DB, else accountmgr.db in the application-data folder)</source>
            <translation>arquivo do banco de dados, ou um banco de dados da equipe como postgresql://usuario@host:5432/banco (padrão: $ACCOUNTMGR_DB, senão accountmgr.db na pasta de dados do aplicativo)</translation>
        </message>
        <message>
            <source>pretend today is this date (demos and tests)</source>
            <translation>age como se hoje fosse esta data (demonstrações e testes)</translation>
        </message>
        <message>
            <source>first day of the week for kanban buckets (default: the locale's, as in the window)</source>
            <translation>primeiro dia da semana para as colunas do kanban (padrão: o da localidade, como na janela)</translation>
        </message>
        <message>
            <source>start the application, show the main window briefly, exit 0</source>
            <translation>inicia o aplicativo, mostra brevemente a janela principal, sai com 0</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: aviso: %2</translation>
        </message>
        <message>
            <source>%1 could not be read or written: %2</source>
            <translation>Não foi possível ler ou gravar %1: %2</translation>
        </message>
        <message>
            <source>text that is not valid Unicode: %1</source>
            <translation>texto que não é Unicode válido: %1</translation>
        </message>
        <message>
            <source>interrupted; the unfinished command's changes were rolled back</source>
            <translation>interrompido; as alterações do comando não concluído foram desfeitas</translation>
        </message>
        <message>
            <source>%1 is a team database: it is backed up on its server (with pg_dump, for example), not with '%2 %3'</source>
            <translation>%1 é um banco de dados da equipe: o backup dele é feito no servidor (com pg_dump, por exemplo), não com “%2 %3”</translation>
        </message>
        <message>
            <source>back up the database now, into backups/ beside it (or to FILE)</source>
            <translation>faz agora o backup do banco de dados, em backups/ ao lado dele (ou em FILE)</translation>
        </message>
        <message>
            <source>write the backup to this file (or folder) instead</source>
            <translation>grava o backup neste arquivo (ou pasta) em vez disso</translation>
        </message>
        <message>
            <source>put a backup in place of the database's data (kept first as a restore backup)</source>
            <translation>coloca um backup no lugar dos dados do banco de dados (antes guardados em um backup de restauração)</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>o backup a restaurar</translation>
        </message>
        <message>
            <source>list the backups of the database</source>
            <translation>lista os backups do banco de dados</translation>
        </message>
        <message>
            <source>Backed up the database to %1</source>
            <translation>Backup do banco de dados feito em %1</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>Backup de %Ln conta feito em %1</numerusform>
                <numerusform>Backup de %Ln contas feito em %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2</source>
            <translation>
                <numerusform>Backup %1 restaurado (%Ln conta); os dados que ele substituiu estão guardados em %2</numerusform>
                <numerusform>Backup %1 restaurado (%Ln contas); os dados que ele substituiu estão guardados em %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2 (that copy is damaged, as the data was)</source>
            <translation>
                <numerusform>Backup %1 restaurado (%Ln conta); os dados que ele substituiu estão guardados em %2 (essa cópia está danificada, como estavam os dados)</numerusform>
                <numerusform>Backup %1 restaurado (%Ln contas); os dados que ele substituiu estão guardados em %2 (essa cópia está danificada, como estavam os dados)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 The database was left as it was.</source>
            <translation>%1 %2 O banco de dados foi deixado como estava.</translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the damaged database was set aside as %2</source>
            <translation>
                <numerusform>Backup %1 restaurado (%Ln conta); o banco de dados danificado foi separado como %2</numerusform>
                <numerusform>Backup %1 restaurado (%Ln contas); o banco de dados danificado foi separado como %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); there was no database file to set aside</source>
            <translation>
                <numerusform>Backup %1 restaurado (%Ln conta); não havia arquivo de banco de dados para separar</numerusform>
                <numerusform>Backup %1 restaurado (%Ln contas); não havia arquivo de banco de dados para separar</numerusform>
            </translation>
        </message>
        <message>
            <source>No backups in %1</source>
            <translation>Nenhum backup em %1</translation>
        </message>
        <message>
            <source>? accounts</source>
            <translation>? contas</translation>
        </message>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln conta</numerusform>
                <numerusform>%Ln contas</numerusform>
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
            <translation>mostra esta mensagem de ajuda e sai</translation>
        </message>
        <message>
            <source>one JSON object per line</source>
            <translation>um objeto JSON por linha</translation>
        </message>
        <message>
            <source>%1: error: %2 (see '%3 --help')</source>
            <translation>%1: erro: %2 (veja “%3 --help”)</translation>
        </message>
        <message>
            <source>'%1' is not a date of the form YYYY-MM-DD</source>
            <translation>“%1” não é uma data no formato AAAA-MM-DD</translation>
        </message>
        <message>
            <source>%1: error: %2</source>
            <translation>%1: erro: %2</translation>
        </message>
        <message>
            <source>'%1' is not a whole number</source>
            <translation>“%1” não é um número inteiro</translation>
        </message>
        <message>
            <source>'%1' must be between 1 and %2</source>
            <translation>“%1” deve estar entre 1 e %2</translation>
        </message>
        <message>
            <source>fill an empty database with realistic demo data</source>
            <translation>preenche um banco de dados vazio com dados de demonstração realistas</translation>
        </message>
        <message>
            <source>number of organizations (default: 200)</source>
            <translation>número de organizações (padrão: 200)</translation>
        </message>
        <message>
            <source>random seed; the same seed and day give the same data</source>
            <translation>semente aleatória; a mesma semente e o mesmo dia geram os mesmos dados</translation>
        </message>
        <message>
            <source>add demo data even though the database holds data</source>
            <translation>adiciona dados de demonstração mesmo que o banco de dados já tenha dados</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>lista as contas</translation>
        </message>
        <message>
            <source>only accounts in this kanban column</source>
            <translation>apenas as contas desta coluna do kanban</translation>
        </message>
        <message>
            <source>only accounts whose name, people, emails or phones contain TEXT</source>
            <translation>apenas as contas cujo nome, pessoas, e-mails ou telefones contêm TEXT</translation>
        </message>
        <message>
            <source>check integrity and that every summary matches live data</source>
            <translation>verifica a integridade e se cada resumo corresponde aos dados atuais</translation>
        </message>
        <message>
            <source>write one account's summary page to a PDF file</source>
            <translation>gravar a página de resumo de uma conta em um arquivo PDF</translation>
        </message>
        <message>
            <source>the organization's id (see `accounts --json`)</source>
            <translation>o id da organização (veja `accounts --json`)</translation>
        </message>
        <message>
            <source>the PDF file</source>
            <translation>o arquivo PDF</translation>
        </message>
        <message>
            <source>render the main views to PNG files</source>
            <translation>gera as visões principais em arquivos PNG</translation>
        </message>
        <message>
            <source>folder for the PNG files</source>
            <translation>pasta para os arquivos PNG</translation>
        </message>
        <message>
            <source>the interface's language (en, fr, de, es, it, pt_BR; the system's by default)</source>
            <translation>o idioma da interface (en, fr, de, es, it, pt_BR; por padrão, o do sistema)</translation>
        </message>
        <message>
            <source>%1 Use 'demo --force' to add it anyway.</source>
            <translation>%1 Use “demo --force” para adicioná-los mesmo assim.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln organização</numerusform>
                <numerusform>%Ln organizações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln pessoa</numerusform>
                <numerusform>%Ln pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln negócio</numerusform>
                <numerusform>%Ln negócios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(s)</source>
            <translation>
                <numerusform>%Ln atividade</numerusform>
                <numerusform>%Ln atividades</numerusform>
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
                <numerusform>%Ln arquivo</numerusform>
                <numerusform>%Ln arquivos</numerusform>
            </translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s in the team database %8.</source>
            <translation>Criados em %7 s no banco de dados da equipe %8: %1, %2, %3, %4, %5 e %6.</translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s; %8 is %9 MB.</source>
            <translation>Criados em %7 s: %1, %2, %3, %4, %5 e %6; %8 tem %9 MB.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has problems (%Ln shown above)</source>
            <translation>
                <numerusform>%1 tem problemas (%Ln mostrado acima)</numerusform>
                <numerusform>%1 tem problemas (%Ln mostrados acima)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: OK; %Ln account(s); every summary matches live data.</source>
            <translation>
                <numerusform>%1: OK; %Ln conta; cada resumo corresponde aos dados atuais.</numerusform>
                <numerusform>%1: OK; %Ln contas; cada resumo corresponde aos dados atuais.</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no organization with the id %1</source>
            <translation>não há organização com o id %1</translation>
        </message>
        <message>
            <source>Wrote the summary of %1 to %2</source>
            <translation>Resumo de %1 gravado em %2</translation>
        </message>
        <message>
            <source>list the exchange rates to the default currency, or set some</source>
            <translation>lista as taxas de câmbio para a moeda padrão, ou define algumas</translation>
        </message>
        <message>
            <source>what one unit of CODE is worth in the default currency (e.g. USD=0.92); repeat it for several, all set in one transaction</source>
            <translation>quanto vale uma unidade de CODE na moeda padrão (ex.: USD=0.92); repita para várias, todas definidas em uma transação</translation>
        </message>
        <message>
            <source>--set takes CODE=RATE with a decimal RATE (e.g. USD=0.92), not '%1'</source>
            <translation>--set espera CODE=RATE com um RATE decimal (ex.: USD=0.92), não “%1”</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>sem taxa</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>(padrão)</translation>
        </message>
        <message>
            <source>write activities to an iCalendar (.ics) file for calendar apps</source>
            <translation>grava as atividades em um arquivo iCalendar (.ics) para aplicativos de calendário</translation>
        </message>
        <message>
            <source>the .ics file to write</source>
            <translation>o arquivo .ics a gravar</translation>
        </message>
        <message>
            <source>only activities assigned to this user (name or id)</source>
            <translation>apenas as atividades atribuídas a este usuário (nome ou id)</translation>
        </message>
        <message>
            <source>only activities due on or after this day</source>
            <translation>apenas as atividades com vencimento neste dia ou depois</translation>
        </message>
        <message>
            <source>only activities due on or before this day</source>
            <translation>apenas as atividades com vencimento neste dia ou antes</translation>
        </message>
        <message>
            <source>completed activities too (default: open only)</source>
            <translation>também as atividades concluídas (padrão: apenas as abertas)</translation>
        </message>
        <message>
            <source>import records from a CSV or Excel file (creates the database if there is none)</source>
            <translation>importa registros de um arquivo CSV ou Excel (cria o banco de dados se não houver um)</translation>
        </message>
        <message>
            <source>what the file's rows are</source>
            <translation>o que são as linhas do arquivo</translation>
        </message>
        <message>
            <source>the .csv or .xlsx file to import</source>
            <translation>o arquivo .csv ou .xlsx a importar</translation>
        </message>
        <message>
            <source>columns to import as which field, as {"Header": "field key"} (null skips a column); columns not named are matched by their headers</source>
            <translation>quais colunas importar como qual campo, como {"Header": "field key"} (null ignora uma coluna); as colunas não nomeadas são associadas pelo cabeçalho</translation>
        </message>
        <message>
            <source>what to do with a row that matches an existing record (default: skip)</source>
            <translation>o que fazer com uma linha que corresponde a um registro existente (padrão: skip)</translation>
        </message>
        <message>
            <source>check the file and report, but write nothing</source>
            <translation>verifica o arquivo e relata, mas não grava nada</translation>
        </message>
        <message>
            <source>import nothing and exit 1 when any row would be rejected</source>
            <translation>não importa nada e sai com 1 se alguma linha for rejeitada</translation>
        </message>
        <message>
            <source>read dates like 03/04/2026 as month/day (default: day/month)</source>
            <translation>lê datas como 03/04/2026 como mês/dia (padrão: dia/mês)</translation>
        </message>
        <message>
            <source>reject rows naming an organization, person or deal that does not exist (default: create it)</source>
            <translation>rejeita as linhas que citam uma organização, pessoa ou negócio que não existe (padrão: criá-lo)</translation>
        </message>
        <message>
            <source>write all records of one kind to a CSV or Excel file that imports again</source>
            <translation>grava todos os registros de um tipo em um arquivo CSV ou Excel que pode ser importado de novo</translation>
        </message>
        <message>
            <source>what to export</source>
            <translation>o que exportar</translation>
        </message>
        <message>
            <source>file format (default: from the file name's extension, else csv)</source>
            <translation>formato do arquivo (padrão: pela extensão do nome; senão, csv)</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>o arquivo a gravar</translation>
        </message>
        <message>
            <source>what separates a CSV file's cells (default: semicolon where the system's locale writes decimals with a comma, as Excel there expects; comma elsewhere)</source>
            <translation>o que separa as células de um arquivo CSV (padrão: ponto e vírgula onde a localidade do sistema escreve decimais com vírgula, como o Excel espera ali; vírgula nos demais casos)</translation>
        </message>
        <message>
            <source>write a CSV file's decimals with a comma, as a spreadsheet in such a language reads numbers, and separate its cells with semicolons unless --delimiter says otherwise (default: a dot, for other programs)</source>
            <translation>escrever os decimais de um arquivo CSV com vírgula, como uma planilha nesse idioma lê os números, e separar suas células com ponto e vírgula, salvo indicação diferente de --delimiter (padrão: um ponto, para outros programas)</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 é posterior a --to %2</translation>
        </message>
        <message>
            <source>several users are named '%1'; give the id instead (%2)</source>
            <translation>vários usuários se chamam “%1”; informe o id em vez disso (%2)</translation>
        </message>
        <message>
            <source>there is no user with the name or id '%1'</source>
            <translation>não há usuário com o nome ou id “%1”</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln activity(s) to %1</source>
            <translation>
                <numerusform>%Ln atividade gravada em %1</numerusform>
                <numerusform>%Ln atividades gravadas em %1</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>não é possível ler %1: %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2</source>
            <translation>%1 não é JSON válido: %2</translation>
        </message>
        <message>
            <source>%1 must be a JSON object like {"Header": "field key"}</source>
            <translation>%1 deve ser um objeto JSON como {"Header": "field key"}</translation>
        </message>
        <message>
            <source>the file has no column '%1' (named in %2)</source>
            <translation>o arquivo não tem a coluna “%1” (citada em %2)</translation>
        </message>
        <message>
            <source>'%1' is not a field of %2; use one of: %3</source>
            <translation>“%1” não é um campo de %2; use um de: %3</translation>
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4 (dry run: nothing was written)</source>
            <translation>Criados %1, atualizados %2, ignorados %3, rejeitados %4 (simulação: nada foi gravado)</translation>
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4</source>
            <translation>Criados %1, atualizados %2, ignorados %3, rejeitados %4</translation>
        </message>
        <message numerus="yes">
            <source>Created %Ln linked record(s)</source>
            <translation>
                <numerusform>%Ln registro vinculado criado</numerusform>
                <numerusform>%Ln registros vinculados criados</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>linha %1: %2</translation>
        </message>
        <message>
            <source>%1 has no column for %2; name it with --mapping</source>
            <translation>%1 não tem coluna para %2; nomeie-a com --mapping</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the rows would be rejected (listed above); nothing was imported</source>
            <translation>
                <numerusform>%Ln das linhas seria rejeitada (listada acima); nada foi importado</numerusform>
                <numerusform>%Ln das linhas seriam rejeitadas (listadas acima); nada foi importado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln row(s) to %1</source>
            <translation>
                <numerusform>%Ln linha gravada em %1</numerusform>
                <numerusform>%Ln linhas gravadas em %1</numerusform>
            </translation>
        </message>
        <message>
            <source>id %1</source>
            <translation>o id %1</translation>
        </message>
        <message>
            <source>ids %1-%2</source>
            <translation>os ids %1-%2</translation>
        </message>
        <message>
            <source>%1: could not read %2 (the database is damaged)</source>
            <translation>%1: não foi possível ler %2 (o banco de dados está danificado)</translation>
        </message>
        <message>
            <source>%1: %2 written without %3 (the database is damaged)</source>
            <translation>%1: %2 gravado sem %3 (o banco de dados está danificado)</translation>
        </message>
        <message>
            <source>the export is incomplete; run '%1 check' and restore the database from a backup</source>
            <translation>a exportação está incompleta; execute “%1 check” e restaure o banco de dados a partir de um backup</translation>
        </message>
        <message>
            <source>make an empty PostgreSQL database a team database (or bring one up to date)</source>
            <translation>transformar um banco PostgreSQL vazio em um banco de dados da equipe (ou atualizar um)</translation>
        </message>
        <message>
            <source>the database, as postgresql://user@host:5432/dbname</source>
            <translation>o banco de dados, como postgresql://usuario@host:5432/banco</translation>
        </message>
        <message>
            <source>copy a whole database into a new file or an empty team database (a file to a server, a server to a file, or a file to a file)</source>
            <translation>copiar um banco de dados inteiro para um arquivo novo ou um banco de dados da equipe vazio (de um arquivo para um servidor, de um servidor para um arquivo ou de um arquivo para outro)</translation>
        </message>
        <message>
            <source>the database to copy: a file, or a postgresql:// URL</source>
            <translation>o banco de dados a copiar: um arquivo ou uma URL postgresql://</translation>
        </message>
        <message>
            <source>where to copy it: a new file, or the URL of an empty team database</source>
            <translation>para onde copiá-lo: um arquivo novo ou a URL de um banco de dados da equipe vazio</translation>
        </message>
        <message>
            <source>%1 is ready for a team: schema %2</source>
            <translation>%1 está pronto para uma equipe: esquema %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln row(s)</source>
            <translation>
                <numerusform>%1: %Ln linha</numerusform>
                <numerusform>%1: %Ln linhas</numerusform>
            </translation>
        </message>
        <message>
            <source>the copy from %1 to %2 failed, and nothing was copied: %3</source>
            <translation>a cópia de %1 para %2 falhou e nada foi copiado: %3</translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %Ln row(s) in %3 s</source>
            <translation>
                <numerusform>%1 copiado para %2: %Ln linha em %3 s</numerusform>
                <numerusform>%1 copiado para %2: %Ln linhas em %3 s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Associe as colunas</translation>
        </message>
        <message>
            <source>Choose what each column of the file holds. Columns set to “Do not import” are left out.</source>
            <translation>Escolha o que cada coluna do arquivo contém. As colunas definidas como “Não importar” são ignoradas.</translation>
        </message>
        <message>
            <source>Choose a column for each required field: %1.</source>
            <translation>Escolha uma coluna para cada campo obrigatório: %1.</translation>
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation>Escolha pelo menos uma coluna para importar.</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation>Moedas</translation>
        </message>
        <message>
            <source>Totals are shown in the default currency; amounts in a currency without a rate count in no total until it has one.</source>
            <translation>Os totais são mostrados na moeda padrão; valores em uma moeda sem taxa de câmbio não entram em nenhum total até que ela tenha uma.</translation>
        </message>
        <message>
            <source>&amp;Edit rate…</source>
            <translation>&amp;Editar taxa…</translation>
        </message>
        <message>
            <source>Make &amp;default…</source>
            <translation>Tornar &amp;padrão…</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Editar taxa</translation>
        </message>
        <message>
            <source>Give it a rate first: totals can only be turned into it with one.</source>
            <translation>Dê a ela uma taxa primeiro: sem taxa, os totais não podem ser convertidos para ela.</translation>
        </message>
        <message>
            <source>Change the rate of %1</source>
            <translation>Alterar a taxa de %1</translation>
        </message>
        <message>
            <source>Default currency</source>
            <translation>Moeda padrão</translation>
        </message>
        <message>
            <source>Show every total in %1 (%2) from now on?</source>
            <translation>Mostrar todos os totais em %1 (%2) a partir de agora?</translation>
        </message>
        <message>
            <source>Every exchange rate becomes a rate to %1, and the amounts of money custom fields are converted to it. Edit ▸ Undo changes it back.</source>
            <translation>Cada taxa de câmbio passa a ser uma taxa em %1, e os valores dos campos personalizados monetários são convertidos para %1. Editar ▸ Desfazer reverte a mudança.</translation>
        </message>
        <message>
            <source>These currencies will have no rate to %1 (it would be too large): %2</source>
            <translation>Estas moedas ficarão sem taxa em %1 (ela seria alta demais): %2</translation>
        </message>
        <message>
            <source>Make %1 the default currency</source>
            <translation>Tornar %1 a moeda padrão</translation>
        </message>
        <message>
            <source>Turning every total into %1…</source>
            <translation>Convertendo todos os totais para %1…</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesModel</name>
        <message>
            <source>no rate</source>
            <translation>sem taxa</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Definida em</translation>
        </message>
        <message>
            <source>Rate to %1</source>
            <translation>Taxa em %1</translation>
        </message>
        <message>
            <source>The default currency: totals are in it.</source>
            <translation>A moeda padrão: os totais são expressos nela.</translation>
        </message>
        <message>
            <source>Its amounts count in no total until it has a rate.</source>
            <translation>Seus valores não entram em nenhum total até que ela tenha uma taxa.</translation>
        </message>
        <message>
            <source>1 %1 is worth %2 %3</source>
            <translation>1 %1 vale %2 %3</translation>
        </message>
        <message>
            <source>A built-in rate: check it before relying on its totals.</source>
            <translation>Uma taxa embutida: confira-a antes de confiar nos totais que a usam.</translation>
        </message>
    </context>
    <context>
        <name>Currency</name>
        <message>
            <source>Afghan afghani</source>
            <translation>Afegane afegão</translation>
        </message>
        <message>
            <source>Albanian lek</source>
            <translation>Lek albanês</translation>
        </message>
        <message>
            <source>Algerian dinar</source>
            <translation>Dinar argelino</translation>
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
            <translation>Dram armênio</translation>
        </message>
        <message>
            <source>Aruban florin</source>
            <translation>Florim arubano</translation>
        </message>
        <message>
            <source>Australian dollar</source>
            <translation>Dólar australiano</translation>
        </message>
        <message>
            <source>Azerbaijani manat</source>
            <translation>Manat azeri</translation>
        </message>
        <message>
            <source>Bahamian dollar</source>
            <translation>Dólar bahamense</translation>
        </message>
        <message>
            <source>Bahraini dinar</source>
            <translation>Dinar bareinita</translation>
        </message>
        <message>
            <source>Bangladeshi taka</source>
            <translation>Taka bengali</translation>
        </message>
        <message>
            <source>Barbados dollar</source>
            <translation>Dólar barbadense</translation>
        </message>
        <message>
            <source>Belarusian ruble</source>
            <translation>Rublo bielorrusso</translation>
        </message>
        <message>
            <source>Belize dollar</source>
            <translation>Dólar belizenho</translation>
        </message>
        <message>
            <source>Bermudian dollar</source>
            <translation>Dólar bermudense</translation>
        </message>
        <message>
            <source>Bhutanese ngultrum</source>
            <translation>Ngultrum butanês</translation>
        </message>
        <message>
            <source>Boliviano</source>
            <translation>Boliviano da Bolívia</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina convertible mark</source>
            <translation>Marco conversível da Bósnia e Herzegovina</translation>
        </message>
        <message>
            <source>Botswana pula</source>
            <translation>Pula botsuanesa</translation>
        </message>
        <message>
            <source>Brazilian real</source>
            <translation>Real brasileiro</translation>
        </message>
        <message>
            <source>Brunei dollar</source>
            <translation>Dólar bruneano</translation>
        </message>
        <message>
            <source>Bulgarian lev</source>
            <translation>Lev búlgaro</translation>
        </message>
        <message>
            <source>Burundian franc</source>
            <translation>Franco burundiano</translation>
        </message>
        <message>
            <source>CFP franc</source>
            <translation>Franco CFP</translation>
        </message>
        <message>
            <source>Cambodian riel</source>
            <translation>Riel cambojano</translation>
        </message>
        <message>
            <source>Canadian dollar</source>
            <translation>Dólar canadense</translation>
        </message>
        <message>
            <source>Cape Verdean escudo</source>
            <translation>Escudo cabo-verdiano</translation>
        </message>
        <message>
            <source>Cayman Islands dollar</source>
            <translation>Dólar das Ilhas Cayman</translation>
        </message>
        <message>
            <source>Central African CFA franc</source>
            <translation>Franco CFA de BEAC</translation>
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
            <translation>Franco comoriano</translation>
        </message>
        <message>
            <source>Congolese franc</source>
            <translation>Franco congolês</translation>
        </message>
        <message>
            <source>Costa Rican colón</source>
            <translation>Colón costarriquenho</translation>
        </message>
        <message>
            <source>Cuban peso</source>
            <translation>Peso cubano</translation>
        </message>
        <message>
            <source>Czech koruna</source>
            <translation>Coroa tcheca</translation>
        </message>
        <message>
            <source>Danish krone</source>
            <translation>Coroa dinamarquesa</translation>
        </message>
        <message>
            <source>Djiboutian franc</source>
            <translation>Franco djiboutiano</translation>
        </message>
        <message>
            <source>Dominican peso</source>
            <translation>Peso dominicano</translation>
        </message>
        <message>
            <source>East Caribbean dollar</source>
            <translation>Dólar do Caribe Oriental</translation>
        </message>
        <message>
            <source>Egyptian pound</source>
            <translation>Libra egípcia</translation>
        </message>
        <message>
            <source>Eritrean nakfa</source>
            <translation>Nakfa da Eritreia</translation>
        </message>
        <message>
            <source>Ethiopian birr</source>
            <translation>Birr etíope</translation>
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
            <translation>Dólar fijiano</translation>
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
            <translation>Cedi ganês</translation>
        </message>
        <message>
            <source>Gibraltar pound</source>
            <translation>Libra de Gibraltar</translation>
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
            <translation>Dólar guianense</translation>
        </message>
        <message>
            <source>Haitian gourde</source>
            <translation>Gourde haitiano</translation>
        </message>
        <message>
            <source>Honduran lempira</source>
            <translation>Lempira hondurenha</translation>
        </message>
        <message>
            <source>Hong Kong dollar</source>
            <translation>Dólar de Hong Kong</translation>
        </message>
        <message>
            <source>Hungarian forint</source>
            <translation>Florim húngaro</translation>
        </message>
        <message>
            <source>Icelandic króna</source>
            <translation>Coroa islandesa</translation>
        </message>
        <message>
            <source>Indian rupee</source>
            <translation>Rupia indiana</translation>
        </message>
        <message>
            <source>Indonesian rupiah</source>
            <translation>Rupia indonésia</translation>
        </message>
        <message>
            <source>Iranian rial</source>
            <translation>Rial iraniano</translation>
        </message>
        <message>
            <source>Iraqi dinar</source>
            <translation>Dinar iraquiano</translation>
        </message>
        <message>
            <source>Israeli new shekel</source>
            <translation>Novo shekel israelense</translation>
        </message>
        <message>
            <source>Jamaican dollar</source>
            <translation>Dólar jamaicano</translation>
        </message>
        <message>
            <source>Japanese yen</source>
            <translation>Iene japonês</translation>
        </message>
        <message>
            <source>Jordanian dinar</source>
            <translation>Dinar jordaniano</translation>
        </message>
        <message>
            <source>Kazakhstani tenge</source>
            <translation>Tenge cazaque</translation>
        </message>
        <message>
            <source>Kenyan shilling</source>
            <translation>Xelim queniano</translation>
        </message>
        <message>
            <source>Kuwaiti dinar</source>
            <translation>Dinar kuwaitiano</translation>
        </message>
        <message>
            <source>Kyrgyzstani som</source>
            <translation>Som quirguiz</translation>
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
            <translation>Loti lesotiano</translation>
        </message>
        <message>
            <source>Liberian dollar</source>
            <translation>Dólar liberiano</translation>
        </message>
        <message>
            <source>Libyan dinar</source>
            <translation>Dinar líbio</translation>
        </message>
        <message>
            <source>Macanese pataca</source>
            <translation>Pataca macaense</translation>
        </message>
        <message>
            <source>Macedonian denar</source>
            <translation>Dinar macedônio</translation>
        </message>
        <message>
            <source>Malagasy ariary</source>
            <translation>Ariary malgaxe</translation>
        </message>
        <message>
            <source>Malawian kwacha</source>
            <translation>Kwacha malauiana</translation>
        </message>
        <message>
            <source>Malaysian ringgit</source>
            <translation>Ringgit malaio</translation>
        </message>
        <message>
            <source>Maldivian rufiyaa</source>
            <translation>Rupia maldivana</translation>
        </message>
        <message>
            <source>Mauritanian ouguiya</source>
            <translation>Ouguiya mauritana</translation>
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
            <translation>Leu moldávio</translation>
        </message>
        <message>
            <source>Mongolian tögrög</source>
            <translation>Tugrik mongol</translation>
        </message>
        <message>
            <source>Moroccan dirham</source>
            <translation>Dirham marroquino</translation>
        </message>
        <message>
            <source>Mozambican metical</source>
            <translation>Metical moçambicano</translation>
        </message>
        <message>
            <source>Myanmar kyat</source>
            <translation>Quiate mianmarense</translation>
        </message>
        <message>
            <source>Namibian dollar</source>
            <translation>Dólar namibiano</translation>
        </message>
        <message>
            <source>Nepalese rupee</source>
            <translation>Rupia nepalesa</translation>
        </message>
        <message>
            <source>Netherlands Antillean guilder</source>
            <translation>Florim das Antilhas Holandesas</translation>
        </message>
        <message>
            <source>New Taiwan dollar</source>
            <translation>Novo dólar taiwanês</translation>
        </message>
        <message>
            <source>New Zealand dollar</source>
            <translation>Dólar neozelandês</translation>
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
            <translation>Won norte-coreano</translation>
        </message>
        <message>
            <source>Norwegian krone</source>
            <translation>Coroa norueguesa</translation>
        </message>
        <message>
            <source>Omani rial</source>
            <translation>Rial omanense</translation>
        </message>
        <message>
            <source>Pakistani rupee</source>
            <translation>Rupia paquistanesa</translation>
        </message>
        <message>
            <source>Panamanian balboa</source>
            <translation>Balboa panamenho</translation>
        </message>
        <message>
            <source>Papua New Guinean kina</source>
            <translation>Kina papuásia</translation>
        </message>
        <message>
            <source>Paraguayan guaraní</source>
            <translation>Guarani paraguaio</translation>
        </message>
        <message>
            <source>Peruvian sol</source>
            <translation>Novo sol peruano</translation>
        </message>
        <message>
            <source>Philippine peso</source>
            <translation>Peso filipino</translation>
        </message>
        <message>
            <source>Polish złoty</source>
            <translation>Zloty polonês</translation>
        </message>
        <message>
            <source>Pound sterling</source>
            <translation>Libra esterlina</translation>
        </message>
        <message>
            <source>Qatari riyal</source>
            <translation>Rial catariano</translation>
        </message>
        <message>
            <source>Renminbi</source>
            <translation>Yuan chinês</translation>
        </message>
        <message>
            <source>Romanian leu</source>
            <translation>Leu romeno</translation>
        </message>
        <message>
            <source>Russian ruble</source>
            <translation>Rublo russo</translation>
        </message>
        <message>
            <source>Rwandan franc</source>
            <translation>Franco ruandês</translation>
        </message>
        <message>
            <source>Saint Helena pound</source>
            <translation>Libra de Santa Helena</translation>
        </message>
        <message>
            <source>Salvadoran colón</source>
            <translation>Colom salvadorenho</translation>
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
            <translation>Dinar sérvio</translation>
        </message>
        <message>
            <source>Seychelles rupee</source>
            <translation>Rupia seichelense</translation>
        </message>
        <message>
            <source>Sierra Leonean leone</source>
            <translation>Leone de Serra Leoa</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation>Dólar singapuriano</translation>
        </message>
        <message>
            <source>Solomon Islands dollar</source>
            <translation>Dólar das Ilhas Salomão</translation>
        </message>
        <message>
            <source>Somali shilling</source>
            <translation>Xelim somali</translation>
        </message>
        <message>
            <source>South African rand</source>
            <translation>Rand sul-africano</translation>
        </message>
        <message>
            <source>South Korean won</source>
            <translation>Won sul-coreano</translation>
        </message>
        <message>
            <source>South Sudanese pound</source>
            <translation>Libra sul-sudanesa</translation>
        </message>
        <message>
            <source>Sri Lankan rupee</source>
            <translation>Rupia cingalesa</translation>
        </message>
        <message>
            <source>Sudanese pound</source>
            <translation>Libra sudanesa</translation>
        </message>
        <message>
            <source>Surinamese dollar</source>
            <translation>Dólar surinamês</translation>
        </message>
        <message>
            <source>Swazi lilangeni</source>
            <translation>Lilangeni suazi</translation>
        </message>
        <message>
            <source>Swedish krona</source>
            <translation>Coroa sueca</translation>
        </message>
        <message>
            <source>Swiss franc</source>
            <translation>Franco suíço</translation>
        </message>
        <message>
            <source>Syrian pound</source>
            <translation>Libra síria</translation>
        </message>
        <message>
            <source>São Tomé and Príncipe dobra</source>
            <translation>Dobra de São Tomé e Príncipe</translation>
        </message>
        <message>
            <source>Tajikistani somoni</source>
            <translation>Somoni tadjique</translation>
        </message>
        <message>
            <source>Tanzanian shilling</source>
            <translation>Xelim tanzaniano</translation>
        </message>
        <message>
            <source>Thai baht</source>
            <translation>Baht tailandês</translation>
        </message>
        <message>
            <source>Tongan pa'anga</source>
            <translation>Paʻanga tonganesa</translation>
        </message>
        <message>
            <source>Trinidad and Tobago dollar</source>
            <translation>Dólar de Trinidad e Tobago</translation>
        </message>
        <message>
            <source>Tunisian dinar</source>
            <translation>Dinar tunisiano</translation>
        </message>
        <message>
            <source>Turkish lira</source>
            <translation>Lira turca</translation>
        </message>
        <message>
            <source>Turkmenistan manat</source>
            <translation>Manat turcomeno</translation>
        </message>
        <message>
            <source>UAE dirham</source>
            <translation>Dirham dos Emirados Árabes Unidos</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>Dólar americano</translation>
        </message>
        <message>
            <source>Ugandan shilling</source>
            <translation>Xelim ugandense</translation>
        </message>
        <message>
            <source>Ukrainian hryvnia</source>
            <translation>Hryvnia ucraniano</translation>
        </message>
        <message>
            <source>Unidad de Fomento</source>
            <translation>Unidades de Fomento chilenas</translation>
        </message>
        <message>
            <source>Unidad previsional</source>
            <translation>UYW</translation>
        </message>
        <message>
            <source>Uruguay peso en unidades indexadas</source>
            <translation>Peso uruguaio en unidades indexadas</translation>
        </message>
        <message>
            <source>Uruguayan peso</source>
            <translation>Peso uruguaio</translation>
        </message>
        <message>
            <source>Uzbekistani sum</source>
            <translation>Som uzbeque</translation>
        </message>
        <message>
            <source>Vanuatu vatu</source>
            <translation>Vatu de Vanuatu</translation>
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
            <translation>Franco CFA de BCEAO</translation>
        </message>
        <message>
            <source>Yemeni rial</source>
            <translation>Rial iemenita</translation>
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
            <translation>Renomear…</translation>
        </message>
        <message>
            <source>Move field</source>
            <translation>Mover campo</translation>
        </message>
        <message>
            <source>Hide the selected field everywhere; its values are kept</source>
            <translation>Ocultar o campo selecionado em todos os lugares; os valores dele são mantidos</translation>
        </message>
        <message>
            <source>Show the selected field again, with the values it kept</source>
            <translation>Mostrar novamente o campo selecionado, com os valores que ele manteve</translation>
        </message>
        <message>
            <source>New field</source>
            <translation>Novo campo</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Adicionar campo</translation>
        </message>
        <message>
            <source>Rename field</source>
            <translation>Renomear campo</translation>
        </message>
        <message>
            <source>Options of “%1”</source>
            <translation>Opções de “%1”</translation>
        </message>
        <message>
            <source>Edit options</source>
            <translation>Editar opções</translation>
        </message>
        <message>
            <source>Restore field</source>
            <translation>Reativar campo</translation>
        </message>
        <message>
            <source>Retire field</source>
            <translation>Desativar campo</translation>
        </message>
        <message>
            <source>Mark the renewal date</source>
            <translation>Marcar a data de renovação</translation>
        </message>
        <message>
            <source>Unmark the renewal date</source>
            <translation>Desmarcar a data de renovação</translation>
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
            <translation>Organizações</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Negócios</translation>
        </message>
        <message>
            <source>Add a field at the end of the list</source>
            <translation>Adicionar um campo no fim da lista</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Adicionar…</translation>
        </message>
        <message>
            <source>Rename the selected field (F2); its values stay</source>
            <translation>Renomear o campo selecionado (F2); os valores dele são mantidos</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renomear…</translation>
        </message>
        <message>
            <source>Add, reorder or remove the options of the selected field</source>
            <translation>Adicionar, reordenar ou remover as opções do campo selecionado</translation>
        </message>
        <message>
            <source>Edit &amp;options…</source>
            <translation>Editar &amp;opções…</translation>
        </message>
        <message>
            <source>Show the selected field earlier (Alt+Up)</source>
            <translation>Mostrar o campo selecionado antes (Alt+Seta para cima)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Mover para ci&amp;ma</translation>
        </message>
        <message>
            <source>Show the selected field later (Alt+Down)</source>
            <translation>Mostrar o campo selecionado depois (Alt+Seta para baixo)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Mover para &amp;baixo</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Desativar</translation>
        </message>
        <message>
            <source>Renewal &amp;date</source>
            <translation>Da&amp;ta de renovação</translation>
        </message>
        <message>
            <source>Mark the selected date field as the date each account renews: the view “Renewal in the next 60 days” lists those renewing soon</source>
            <translation>Marcar o campo de data selecionado como a data em que cada conta renova: a visualização “Renovação nos próximos 60 dias” lista as que renovam em breve</translation>
        </message>
        <message>
            <source>A retired field is hidden everywhere but keeps its values; restore it to show them again.</source>
            <translation>Um campo desativado fica oculto em todos os lugares, mas mantém seus valores; reative-o para mostrá-los novamente.</translation>
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
            <translation>A tecla Delete limpa a data.</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>New deal</source>
            <translation>Novo negócio</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sem proprietário</translation>
        </message>
        <message>
            <source>New deal for %1</source>
            <translation>Novo negócio para %1</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Editar negócio</translation>
        </message>
        <message>
            <source>won on %1</source>
            <translation>ganho em %1</translation>
        </message>
        <message>
            <source>lost on %1</source>
            <translation>perdido em %1</translation>
        </message>
        <message>
            <source>No person</source>
            <translation>Nenhuma pessoa</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Negócio</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>For example: Annual licence renewal</source>
            <translation>Por exemplo: Renovação da licença anual</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>&amp;Organização:</translation>
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation>Digite para pesquisar; deixe vazio para nenhuma</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Pessoa:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valor:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>P&amp;roprietário:</translation>
        </message>
        <message>
            <source>E&amp;xpected close:</source>
            <translation>&amp;Fechamento previsto:</translation>
        </message>
        <message>
            <source>No &amp;date</source>
            <translation>Sem &amp;data</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Op&amp;en</source>
            <translation>&amp;Aberto</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>&amp;Ganho</translation>
        </message>
        <message>
            <source>&amp;Lost</source>
            <translation>P&amp;erdido</translation>
        </message>
        <message>
            <source>Lost &amp;reason:</source>
            <translation>&amp;Motivo da perda:</translation>
        </message>
        <message>
            <source>Why the customer said no</source>
            <translation>Por que o cliente recusou</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <source>Open</source>
            <translation>Aberto</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Negócio</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>Contato: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fechado em</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Motivo da perda</translation>
        </message>
    </context>
    <context>
        <name>DemoOffer</name>
        <message>
            <source>Creating demo data…</source>
            <translation>Criando dados de demonstração…</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Dados de demonstração</translation>
        </message>
        <message>
            <source>Welcome to accountmgr</source>
            <translation>Boas-vindas ao accountmgr</translation>
        </message>
        <message>
            <source>Your database is empty.</source>
            <translation>Seu banco de dados está vazio.</translation>
        </message>
        <message>
            <source>Would you like to explore the application with demo customers, deals and activities? You can delete them later.</source>
            <translation>Gostaria de explorar o aplicativo com clientes, negócios e atividades de demonstração? Você poderá excluí-los depois.</translation>
        </message>
        <message>
            <source>Create demo data</source>
            <translation>Criar dados de demonstração</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Começar vazio</translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <source>--db needs a file name.</source>
            <translation>--db requer um nome de arquivo.</translation>
        </message>
        <message>
            <source>A backup cannot be restored while a change is being written.</source>
            <translation>Não é possível restaurar um backup enquanto uma alteração está sendo gravada.</translation>
        </message>
        <message>
            <source>A backup cannot be taken while a change is being written.</source>
            <translation>Não é possível fazer backup enquanto uma alteração está sendo gravada.</translation>
        </message>
        <message>
            <source>A deal value cannot be negative.</source>
            <translation>O valor de um negócio não pode ser negativo.</translation>
        </message>
        <message>
            <source>A deal value must be a whole number of minor units.</source>
            <translation>O valor de um negócio deve ser um número inteiro de subunidades da moeda.</translation>
        </message>
        <message>
            <source>A field with this name or id exists again.</source>
            <translation>Um campo com este nome ou ID voltou a existir.</translation>
        </message>
        <message>
            <source>A note needs an organization.</source>
            <translation>Uma nota precisa de uma organização.</translation>
        </message>
        <message>
            <source>A retired activity type is already called “{name}”: restore it instead.</source>
            <translation>Já existe um tipo de atividade desativado chamado “{name}”: reative-o em vez disso.</translation>
        </message>
        <message>
            <source>A retired field is already called “{name}”: restore it instead.</source>
            <translation>Já existe um campo desativado chamado “{name}”: reative-o em vez disso.</translation>
        </message>
        <message>
            <source>A sheet of “{name}” has more than {limit} rows, more than an Excel sheet can hold; it cannot be imported.</source>
            <translation>Uma planilha de “{name}” tem mais de {limit} linhas, mais do que uma planilha do Excel comporta; não é possível importá-la.</translation>
        </message>
        <message>
            <source>A text of {length} characters does not fit in an Excel cell (at most {limit}); export as CSV instead.</source>
            <translation>Um texto de {length} caracteres não cabe em uma célula do Excel (no máximo {limit}); exporte como CSV.</translation>
        </message>
        <message>
            <source>A view needs a name.</source>
            <translation>Uma visualização precisa de um nome.</translation>
        </message>
        <message>
            <source>A view's name has at most {limit} characters.</source>
            <translation>O nome de uma visualização tem no máximo {limit} caracteres.</translation>
        </message>
        <message>
            <source>Activities have no field “{field}”.</source>
            <translation>As atividades não têm o campo “{field}”.</translation>
        </message>
        <message>
            <source>Activities of the type “{name}” exist already; retire it instead.</source>
            <translation>Já existem atividades do tipo “{name}”; desative-o em vez disso.</translation>
        </message>
        <message>
            <source>Activity types have no field “{field}”.</source>
            <translation>Os tipos de atividade não têm o campo “{field}”.</translation>
        </message>
        <message>
            <source>An activity type with this key or id exists again.</source>
            <translation>Um tipo de atividade com esta chave ou ID voltou a existir.</translation>
        </message>
        <message>
            <source>An exchange rate must be a whole number of millionths.</source>
            <translation>A taxa de câmbio deve ser um número inteiro de milionésimos.</translation>
        </message>
        <message>
            <source>An exchange rate must be greater than 0 and at most 1000.</source>
            <translation>A taxa de câmbio deve ser maior que 0 e no máximo 1000.</translation>
        </message>
        <message>
            <source>An option field needs at least one option.</source>
            <translation>Um campo de opções precisa de pelo menos uma opção.</translation>
        </message>
        <message>
            <source>Cannot create the folder {path}: {reason}.</source>
            <translation>Não é possível criar a pasta {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: {exc}.</source>
            <translation>Não é possível abrir {path}: {exc}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Não é possível ler {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write to {folder}: {reason}.</source>
            <translation>Não é possível gravar em {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Não é possível gravar {path}: {reason}.</translation>
        </message>
        <message>
            <source>Choose the column that holds “{field}”.</source>
            <translation>Escolha a coluna que contém “{field}”.</translation>
        </message>
        <message>
            <source>Column {column} is mapped to “{field}”, which {kind} do not have.</source>
            <translation>A coluna {column} está associada a “{field}”, campo que não existe em {kind}.</translation>
        </message>
        <message>
            <source>Deals have no field “{field}”.</source>
            <translation>Os negócios não têm o campo “{field}”.</translation>
        </message>
        <message>
            <source>Its organization was deleted meanwhile.</source>
            <translation>A organização foi excluída nesse meio-tempo.</translation>
        </message>
        <message>
            <source>Line {line} of “{name}” cannot be read: {reason}.</source>
            <translation>Não é possível ler a linha {line} de “{name}”: {reason}.</translation>
        </message>
        <message>
            <source>No column gives the {field}.</source>
            <translation>Nenhuma coluna fornece o campo “{field}”.</translation>
        </message>
        <message>
            <source>No database file is open, so there is nothing to back up or restore.</source>
            <translation>Nenhum arquivo de banco de dados está aberto; portanto, não há nada para fazer backup ou restaurar.</translation>
        </message>
        <message>
            <source>Only a date field of organizations can be the renewal date.</source>
            <translation>Somente um campo de data de organizações pode ser a data de renovação.</translation>
        </message>
        <message>
            <source>Organizations have no field “{field}”.</source>
            <translation>As organizações não têm o campo “{field}”.</translation>
        </message>
        <message>
            <source>People have no field “{field}”.</source>
            <translation>As pessoas não têm o campo “{field}”.</translation>
        </message>
        <message>
            <source>Row {row} of “{name}” has a cell of {length} characters; no field takes more than {limit}.</source>
            <translation>A linha {row} de “{name}” tem uma célula com {length} caracteres; nenhum campo aceita mais de {limit}.</translation>
        </message>
        <message>
            <source>Several organizations are named “{name}”; pick one from the list.</source>
            <translation>Há várias organizações chamadas “{name}”; escolha uma na lista.</translation>
        </message>
        <message>
            <source>Someone else changed {name} meanwhile, so your change was not saved. What is on screen now is the latest; make your change again if it still applies.</source>
            <translation>Outra pessoa alterou {name} nesse meio-tempo, por isso sua alteração não foi salva. O que está na tela agora é o mais recente; refaça sua alteração se ela ainda se aplicar.</translation>
        </message>
        <message>
            <source>Someone else changed {name} while you were editing it, so your changes were not saved. The dialog now shows the latest; make your changes again if they still apply.</source>
            <translation>Outra pessoa alterou {name} enquanto você editava, por isso suas alterações não foram salvas. A janela agora mostra o mais recente; refaça suas alterações se elas ainda se aplicarem.</translation>
        </message>
        <message>
            <source>That view was deleted meanwhile.</source>
            <translation>Essa visualização foi excluída nesse meio-tempo.</translation>
        </message>
        <message>
            <source>The amount is too large.</source>
            <translation>O valor é grande demais.</translation>
        </message>
        <message>
            <source>The backup to {path} could not be written: {exc}.</source>
            <translation>Não foi possível gravar o backup em {path}: {exc}.</translation>
        </message>
        <message>
            <source>The copy did not pass its check, so no backup was kept: {problem}. The database itself may be damaged.</source>
            <translation>A cópia não passou na verificação, então nenhum backup foi guardado: {problem}. O próprio banco de dados pode estar danificado.</translation>
        </message>
        <message>
            <source>The copy of “{name}” is missing from the file store; please attach it again.</source>
            <translation>A cópia de “{name}” não está no armazenamento de arquivos; anexe-o novamente.</translation>
        </message>
        <message>
            <source>The database already holds data; demo data is only added to an empty database unless forced.</source>
            <translation>O banco de dados já contém dados; os dados de demonstração só são adicionados a um banco de dados vazio, a menos que isso seja forçado.</translation>
        </message>
        <message>
            <source>The database is busy with another change; nothing was saved. Please try again.</source>
            <translation>O banco de dados está ocupado com outra alteração; nada foi salvo. Tente novamente.</translation>
        </message>
        <message>
            <source>The deal belongs to another organization.</source>
            <translation>O negócio pertence a outra organização.</translation>
        </message>
        <message>
            <source>The default currency's rate is always 1.</source>
            <translation>A taxa da moeda padrão é sempre 1.</translation>
        </message>
        <message>
            <source>The default duration must be between 0 and {limit} minutes.</source>
            <translation>A duração padrão deve estar entre 0 e {limit} minutos.</translation>
        </message>
        <message>
            <source>The default subject is too long ({length} characters; at most {limit}).</source>
            <translation>O assunto padrão é longo demais ({length} caracteres; no máximo {limit}).</translation>
        </message>
        <message>
            <source>The default subject must be text.</source>
            <translation>O assunto padrão deve ser um texto.</translation>
        </message>
        <message>
            <source>The destination has no table {table}; it cannot take a copy.</source>
            <translation>O destino não tem a tabela {table}; não pode receber uma cópia.</translation>
        </message>
        <message>
            <source>The destination's table {table} has no column {columns}; it cannot take a copy.</source>
            <translation>A tabela {table} do destino não tem a coluna {columns}; não pode receber uma cópia.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space on the disk that holds the database and try again.</source>
            <translation>O disco está cheio: nada foi salvo. Libere espaço no disco que contém o banco de dados e tente novamente.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full, so no backup could be taken and nothing was changed. Free some space and try again.</source>
            <translation>O disco que contém {path} está cheio; portanto, nenhum backup pôde ser feito e nada foi alterado. Libere espaço e tente novamente.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full, so the database cannot be opened. Free some space and try again; the database was not changed.</source>
            <translation>O disco que contém {path} está cheio; portanto, o banco de dados não pode ser aberto. Libere espaço e tente novamente; o banco de dados não foi alterado.</translation>
        </message>
        <message>
            <source>The due date is not a date.</source>
            <translation>A data prevista não é uma data.</translation>
        </message>
        <message>
            <source>The due time is not a time of day.</source>
            <translation>A hora prevista não é um horário válido.</translation>
        </message>
        <message>
            <source>The duration must be between 0 and 31 days.</source>
            <translation>A duração deve estar entre 0 e 31 dias.</translation>
        </message>
        <message>
            <source>The end of the repetition is not a date.</source>
            <translation>O fim da repetição não é uma data.</translation>
        </message>
        <message>
            <source>The expected close date is not a date.</source>
            <translation>A data prevista de fechamento não é uma data.</translation>
        </message>
        <message>
            <source>The export range must be given as dates.</source>
            <translation>O período da exportação deve ser informado em datas.</translation>
        </message>
        <message>
            <source>The export range starts ({start}) after it ends ({end}).</source>
            <translation>O período da exportação começa ({start}) depois de terminar ({end}).</translation>
        </message>
        <message>
            <source>The field “{name}” already holds values; retire it instead.</source>
            <translation>O campo “{name}” já contém valores; desative-o em vez disso.</translation>
        </message>
        <message>
            <source>The field “{name}” has no options.</source>
            <translation>O campo “{name}” não tem opções.</translation>
        </message>
        <message>
            <source>The file name must be text.</source>
            <translation>O nome do arquivo deve ser um texto.</translation>
        </message>
        <message>
            <source>The file store {folder} cannot be written to: {reason}.</source>
            <translation>Não é possível gravar no armazenamento de arquivos {folder}: {reason}.</translation>
        </message>
        <message>
            <source>The file “{name}” cannot be read: {reason}.</source>
            <translation>Não é possível ler o arquivo “{name}”: {reason}.</translation>
        </message>
        <message>
            <source>The file “{name}” does not exist.</source>
            <translation>O arquivo “{name}” não existe.</translation>
        </message>
        <message>
            <source>The file “{name}” has no header row.</source>
            <translation>O arquivo “{name}” não tem linha de cabeçalho.</translation>
        </message>
        <message>
            <source>The file “{name}” is empty.</source>
            <translation>O arquivo “{name}” está vazio.</translation>
        </message>
        <message>
            <source>The first sheet of “{name}” is empty.</source>
            <translation>A primeira planilha de “{name}” está vazia.</translation>
        </message>
        <message>
            <source>The follow-up delay must be empty or between 1 and {limit} days.</source>
            <translation>O prazo do follow-up deve ficar vazio ou estar entre 1 e {limit} dias.</translation>
        </message>
        <message>
            <source>The icon must be the file name of an SVG image.</source>
            <translation>O ícone deve ser o nome de arquivo de uma imagem SVG.</translation>
        </message>
        <message>
            <source>The note must not be empty.</source>
            <translation>A nota não pode estar vazia.</translation>
        </message>
        <message>
            <source>The number of organizations must be at least 1.</source>
            <translation>O número de organizações deve ser pelo menos 1.</translation>
        </message>
        <message>
            <source>The option “{option}” cannot be removed: one record uses it. Choose another value for it first.</source>
            <translation>Não é possível remover a opção “{option}”: um registro a usa. Primeiro, escolha outro valor para ele.</translation>
        </message>
        <message>
            <source>The option “{option}” cannot be removed: {count} records use it. Choose another value for them first.</source>
            <translation>Não é possível remover a opção “{option}”: {count} registros a usam. Primeiro, escolha outro valor para eles.</translation>
        </message>
        <message>
            <source>The option “{option}” is listed twice.</source>
            <translation>A opção “{option}” aparece duas vezes.</translation>
        </message>
        <message>
            <source>The repetition ends ({until}) before the activity is due ({due}).</source>
            <translation>A repetição termina ({until}) antes da data prevista da atividade ({due}).</translation>
        </message>
        <message>
            <source>The repetition interval must be a whole number from 1 to {limit}.</source>
            <translation>O intervalo de repetição deve ser um número inteiro de 1 a {limit}.</translation>
        </message>
        <message>
            <source>The repetition is not a repetition rule.</source>
            <translation>A repetição não é uma regra de repetição válida.</translation>
        </message>
        <message>
            <source>The repetition must end on or after the first date.</source>
            <translation>A repetição deve terminar na primeira data ou depois dela.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is damaged; please attach the file again.</source>
            <translation>A cópia armazenada de “{name}” está danificada; anexe o arquivo novamente.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is missing; please attach the file again.</source>
            <translation>A cópia armazenada de “{name}” não foi encontrada; anexe o arquivo novamente.</translation>
        </message>
        <message>
            <source>The tables {tables} refer to each other; they cannot be copied in order.</source>
            <translation>As tabelas {tables} se referem umas às outras; não podem ser copiadas em ordem.</translation>
        </message>
        <message>
            <source>The team database cannot be reached: nothing was saved. Changes can be saved again once the connection is back.</source>
            <translation>Não é possível acessar o banco de dados da equipe: nada foi salvo. As alterações poderão ser salvas novamente quando a conexão voltar.</translation>
        </message>
        <message>
            <source>The team database {url} cannot be reached: {reason}.</source>
            <translation>Não é possível acessar o banco de dados da equipe {url}: {reason}.</translation>
        </message>
        <message>
            <source>The text has bytes that are not valid UTF-8.</source>
            <translation>O texto contém bytes que não são UTF-8 válido.</translation>
        </message>
        <message>
            <source>The workbook “{name}” has no sheet.</source>
            <translation>A pasta de trabalho “{name}” não tem nenhuma planilha.</translation>
        </message>
        <message>
            <source>The {field} is missing.</source>
            <translation>Falta o campo “{field}”.</translation>
        </message>
        <message>
            <source>The {table} table is too damaged to find its last record; check the database and restore it from a backup.</source>
            <translation>A tabela {table} está danificada demais para encontrar o último registro; verifique o banco de dados e restaure-o a partir de um backup.</translation>
        </message>
        <message>
            <source>The {what} are too long ({length} characters; at most {limit}).</source>
            <translation>O campo “{what}” é longo demais ({length} caracteres; no máximo {limit}).</translation>
        </message>
        <message>
            <source>The {what} is too long ({length} characters; at most {limit}).</source>
            <translation>O campo “{what}” é longo demais ({length} caracteres; no máximo {limit}).</translation>
        </message>
        <message>
            <source>The {what} must be text.</source>
            <translation>O campo “{what}” deve ser um texto.</translation>
        </message>
        <message>
            <source>The {what} must not be empty.</source>
            <translation>O campo “{what}” não pode ficar vazio.</translation>
        </message>
        <message>
            <source>There is already a field called “{name}”.</source>
            <translation>Já existe um campo chamado “{name}”.</translation>
        </message>
        <message>
            <source>There is already an activity type called “{name}”.</source>
            <translation>Já existe um tipo de atividade chamado “{name}”.</translation>
        </message>
        <message>
            <source>There is no accountmgr database at {path}.</source>
            <translation>Não há banco de dados do accountmgr em {path}.</translation>
        </message>
        <message>
            <source>There is no activity type to give the activity.</source>
            <translation>Não há nenhum tipo de atividade para atribuir à atividade.</translation>
        </message>
        <message>
            <source>There is no deal “{title}”.</source>
            <translation>Não há nenhum negócio “{title}”.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Não existe o arquivo {path}.</translation>
        </message>
        <message>
            <source>There is no organization named “{name}”.</source>
            <translation>Não há nenhuma organização chamada “{name}”.</translation>
        </message>
        <message>
            <source>There is no organization with id {id}.</source>
            <translation>Não há nenhuma organização com ID {id}.</translation>
        </message>
        <message>
            <source>There is no organization “{name}”.</source>
            <translation>Não há nenhuma organização “{name}”.</translation>
        </message>
        <message>
            <source>There is no person “{name}”.</source>
            <translation>Não há nenhuma pessoa “{name}”.</translation>
        </message>
        <message>
            <source>There is no user with id {id}.</source>
            <translation>Não há nenhum usuário com ID {id}.</translation>
        </message>
        <message>
            <source>There is no user “{name}”.</source>
            <translation>Não há nenhum usuário “{name}”.</translation>
        </message>
        <message>
            <source>There is no user “{value}”.</source>
            <translation>Não há nenhum usuário “{value}”.</translation>
        </message>
        <message>
            <source>There is no {what} with id {id}.</source>
            <translation>Não há nenhum registro “{what}” com ID {id}.</translation>
        </message>
        <message>
            <source>This organization exists already.</source>
            <translation>Esta organização já existe.</translation>
        </message>
        <message>
            <source>This record exists already.</source>
            <translation>Este registro já existe.</translation>
        </message>
        <message>
            <source>Two columns are mapped to “{field}”.</source>
            <translation>Duas colunas estão associadas a “{field}”.</translation>
        </message>
        <message>
            <source>Unknown column “{key}”.</source>
            <translation>Coluna desconhecida: “{key}”.</translation>
        </message>
        <message>
            <source>{backup} could not be put in place of {path}: {exc}.</source>
            <translation>Não foi possível colocar {backup} no lugar de {path}: {exc}.</translation>
        </message>
        <message>
            <source>{code} has no exchange rate yet: give it one before making it the default currency.</source>
            <translation>{code} ainda não tem taxa de câmbio: dê uma a ela antes de torná-la a moeda padrão.</translation>
        </message>
        <message>
            <source>{count} rows do not fit on an Excel sheet (at most {limit}); export as CSV instead.</source>
            <translation>{count} linhas não cabem em uma planilha do Excel (no máximo {limit}); exporte como CSV.</translation>
        </message>
        <message>
            <source>{name} lies beside {path}; choose another file name.</source>
            <translation>{name} está ao lado de {path}; escolha outro nome de arquivo.</translation>
        </message>
        <message>
            <source>{path} already exists; copy needs a new file (or an empty team database).</source>
            <translation>{path} já existe; a cópia precisa de um arquivo novo (ou de um banco de dados da equipe vazio).</translation>
        </message>
        <message>
            <source>{path} could not be restored ({exc}); your data was left as it was.</source>
            <translation>Não foi possível restaurar {path} ({exc}); seus dados foram deixados como estavam.</translation>
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation>Não foi possível atualizar {path} para esta versão ({exc}); ele foi deixado como estava.</translation>
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); your data was left as it was.</source>
            <translation>Não foi possível atualizar {path} para esta versão ({exc}); seus dados foram deixados como estavam.</translation>
        </message>
        <message>
            <source>{path} is a database of another application, not an accountmgr backup.</source>
            <translation>{path} é um banco de dados de outro aplicativo, não um backup do accountmgr.</translation>
        </message>
        <message>
            <source>{path} is a database of another application, not of accountmgr.</source>
            <translation>{path} é um banco de dados de outro aplicativo, não do accountmgr.</translation>
        </message>
        <message>
            <source>{path} is an empty SQLite file, not an accountmgr database.</source>
            <translation>{path} é um arquivo SQLite vazio, não um banco de dados do accountmgr.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be opened: {exc}.</source>
            <translation>{path} está danificado e não pode ser aberto: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be read: {exc}.</source>
            <translation>{path} está danificado e não pode ser lido: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be updated: {exc}.</source>
            <translation>{path} está danificado e não pode ser atualizado: {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}.</source>
            <translation>{path} está danificado: {problem}.</translation>
        </message>
        <message>
            <source>{path} is not a database, so it is no accountmgr backup.</source>
            <translation>{path} não é um banco de dados, portanto não é um backup do accountmgr.</translation>
        </message>
        <message>
            <source>{path} is not a file.</source>
            <translation>{path} não é um arquivo.</translation>
        </message>
        <message>
            <source>{path} is not a regular file.</source>
            <translation>{path} não é um arquivo comum.</translation>
        </message>
        <message>
            <source>{path} is not an accountmgr database.</source>
            <translation>{path} não é um banco de dados do accountmgr.</translation>
        </message>
        <message>
            <source>{path} is open; restore a backup into it with restore().</source>
            <translation>{path} está aberto; restaure um backup nele com restore().</translation>
        </message>
        <message>
            <source>{path} is the database accountmgr has open; choose another file name.</source>
            <translation>{path} é o banco de dados aberto no accountmgr; escolha outro nome de arquivo.</translation>
        </message>
        <message>
            <source>{path} is the open database itself, not a backup of it.</source>
            <translation>{path} é o próprio banco de dados aberto, não um backup dele.</translation>
        </message>
        <message>
            <source>{path} is the open database itself; choose another file name.</source>
            <translation>{path} é o próprio banco de dados aberto; escolha outro nome de arquivo.</translation>
        </message>
        <message>
            <source>{path} is the source itself; copy it into another database.</source>
            <translation>{path} é a própria origem; copie-a para outro banco de dados.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application to use it.</source>
            <translation>{path} foi gravado por uma versão mais nova do accountmgr (esquema {version}; esta versão conhece até o {latest}). Atualize o aplicativo para usá-lo.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application; the file was left untouched.</source>
            <translation>{path} foi gravado por uma versão mais nova do accountmgr (esquema {version}; esta versão conhece até o {latest}). Atualize o aplicativo; o arquivo não foi alterado.</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>{url} already holds other tables ({tables}): accountmgr needs an empty database of its own.</source>
            <translation>{url} já contém outras tabelas ({tables}): o accountmgr precisa de um banco de dados vazio só para ele.</translation>
        </message>
        <message>
            <source>{url} already holds records ({tables}); copy needs an empty team database.</source>
            <translation>{url} já contém registros ({tables}); a cópia precisa de um banco de dados da equipe vazio.</translation>
        </message>
        <message>
            <source>{url} could not be prepared: {reason}. The database's owner (or a superuser) can run: CREATE EXTENSION pg_trgm;</source>
            <translation>Não foi possível preparar {url}: {reason}. O dono do banco de dados (ou um superusuário) pode executar: CREATE EXTENSION pg_trgm;</translation>
        </message>
        <message>
            <source>{url} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation>Não foi possível atualizar {url} para esta versão ({exc}); ele foi mantido como estava.</translation>
        </message>
        <message>
            <source>{url} is a database of another application, not of accountmgr.</source>
            <translation>{url} é um banco de dados de outro aplicativo, não do accountmgr.</translation>
        </message>
        <message>
            <source>{url} is not an accountmgr team database. To make an empty PostgreSQL database one, run: accountmgr init-server {url}</source>
            <translation>{url} não é um banco de dados de equipe do accountmgr. Para transformar um banco PostgreSQL vazio em um, execute: accountmgr init-server {url}</translation>
        </message>
        <message>
            <source>{url} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application.</source>
            <translation>{url} foi gravado por uma versão mais recente do accountmgr (esquema {version}; esta versão conhece até o {latest}). Atualize o aplicativo.</translation>
        </message>
        <message>
            <source>“{choice}” is not a way to handle duplicates.</source>
            <translation>“{choice}” não é uma forma de tratar duplicatas.</translation>
        </message>
        <message>
            <source>“{code}” is not a known currency.</source>
            <translation>“{code}” não é uma moeda conhecida.</translation>
        </message>
        <message>
            <source>“{code}” is not a two-letter country code.</source>
            <translation>“{code}” não é um código de país de duas letras.</translation>
        </message>
        <message>
            <source>“{color}” is not a colour like #2e7d32.</source>
            <translation>“{color}” não é uma cor no formato #2e7d32.</translation>
        </message>
        <message>
            <source>“{delimiter}” cannot separate the cells of a CSV file.</source>
            <translation>“{delimiter}” não pode separar as células de um arquivo CSV.</translation>
        </message>
        <message>
            <source>“{entity}” has no custom fields.</source>
            <translation>“{entity}” não tem campos personalizados.</translation>
        </message>
        <message>
            <source>“{field}” can only be changed one occurrence at a time.</source>
            <translation>“{field}” só pode ser alterado em uma ocorrência por vez.</translation>
        </message>
        <message>
            <source>“{format}” is not an export format (csv or xlsx).</source>
            <translation>“{format}” não é um formato de exportação (csv ou xlsx).</translation>
        </message>
        <message>
            <source>“{icon}” is not the file name of an SVG image (like “call.svg”).</source>
            <translation>“{icon}” não é o nome de arquivo de uma imagem SVG (como “call.svg”).</translation>
        </message>
        <message>
            <source>“{key}” is not a field of {kind}.</source>
            <translation>“{key}” não é um campo de {kind}.</translation>
        </message>
        <message>
            <source>“{key}” is not an activity type.</source>
            <translation>“{key}” não é um tipo de atividade.</translation>
        </message>
        <message>
            <source>“{kind}” is not something that can be exported.</source>
            <translation>“{kind}” não é algo que possa ser exportado.</translation>
        </message>
        <message>
            <source>“{kind}” is not something that can be imported.</source>
            <translation>“{kind}” não é algo que possa ser importado.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened.</source>
            <translation>Não é possível abrir “{name}”.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}</source>
            <translation>Não é possível abrir “{name}”: {reason}</translation>
        </message>
        <message>
            <source>“{name}” cannot be put back: its organization no longer exists.</source>
            <translation>Não é possível restaurar “{name}”: a organização à qual pertencia não existe mais.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: permission denied.</source>
            <translation>Não é possível ler “{name}”: permissão negada.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>Não é possível ler “{name}”: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” could not be copied into the file store: {reason}.</source>
            <translation>Não foi possível copiar “{name}” para o armazenamento de arquivos: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” does not exist (any more).</source>
            <translation>“{name}” não existe (mais).</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a file.</source>
            <translation>“{name}” é uma pasta, não um arquivo.</translation>
        </message>
        <message>
            <source>“{name}” is an old Excel file (.xls): save it as .xlsx or CSV first.</source>
            <translation>“{name}” é um arquivo antigo do Excel (.xls): primeiro salve-o como .xlsx ou CSV.</translation>
        </message>
        <message>
            <source>“{name}” is attached already.</source>
            <translation>“{name}” já está anexado.</translation>
        </message>
        <message>
            <source>“{name}” is not a readable Excel file ({reason}).</source>
            <translation>“{name}” não é um arquivo do Excel legível ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (it may be a device or a pipe) and cannot be attached.</source>
            <translation>“{name}” não é um arquivo comum (pode ser um dispositivo ou um pipe) e não pode ser anexado.</translation>
        </message>
        <message>
            <source>“{name}” is not a text (CSV) file: line {line} holds a NUL byte.</source>
            <translation>“{name}” não é um arquivo de texto (CSV): a linha {line} contém um byte NUL.</translation>
        </message>
        <message>
            <source>“{name}” is not a text file in a known encoding.</source>
            <translation>“{name}” não é um arquivo de texto em uma codificação conhecida.</translation>
        </message>
        <message>
            <source>“{name}” is not a valid Excel file.</source>
            <translation>“{name}” não é um arquivo do Excel válido.</translation>
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be attached. To keep a copy of it, use File ▸ Back up now.</source>
            <translation>“{name}” é o banco de dados aberto no accountmgr; não pode ser anexado. Para guardar uma cópia dele, use Arquivo ▸ Fazer backup agora.</translation>
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be imported.</source>
            <translation>“{name}” é o banco de dados aberto no accountmgr; não pode ser importado.</translation>
        </message>
        <message>
            <source>“{name}” is the last active activity type; at least one must stay active.</source>
            <translation>“{name}” é o último tipo de atividade ativo; pelo menos um deve permanecer ativo.</translation>
        </message>
        <message>
            <source>“{name}” is too large to attach (at most {limit} GiB).</source>
            <translation>“{name}” é grande demais para ser anexado (no máximo {limit} GiB).</translation>
        </message>
        <message>
            <source>“{name}” is too large to attach to a team database (at most {limit} MiB).</source>
            <translation>“{name}” é grande demais para ser anexado a um banco de dados de equipe (no máximo {limit} MiB).</translation>
        </message>
        <message>
            <source>“{name}” unpacks to {size} MB, more than the {limit} MB an Excel file may have to be imported; save it as CSV and import that.</source>
            <translation>Descompactado, “{name}” ocupa {size} MB, mais do que os {limit} MB permitidos para importar um arquivo do Excel; salve-o como CSV e importe esse arquivo.</translation>
        </message>
        <message>
            <source>“{name}” was not copied into the file store.</source>
            <translation>“{name}” não foi copiado para o armazenamento de arquivos.</translation>
        </message>
        <message>
            <source>“{point}” cannot be the decimal point of a CSV file separated by “{delimiter}”.</source>
            <translation>“{point}” não pode ser o separador decimal de um arquivo CSV separado por “{delimiter}”.</translation>
        </message>
        <message>
            <source>“{status}” is not a deal status.</source>
            <translation>“{status}” não é um status de negócio.</translation>
        </message>
        <message>
            <source>“{text}” cannot be read.</source>
            <translation>Não é possível ler “{text}”.</translation>
        </message>
        <message>
            <source>“{text}” has more decimals than the currency allows ({exponent}).</source>
            <translation>“{text}” tem mais casas decimais do que a moeda permite ({exponent}).</translation>
        </message>
        <message>
            <source>“{text}” is in {named} but the currency column says {column}.</source>
            <translation>“{text}” está em {named}, mas a coluna de moeda indica {column}.</translation>
        </message>
        <message>
            <source>“{text}” is neither yes nor no.</source>
            <translation>“{text}” não é sim nem não.</translation>
        </message>
        <message>
            <source>“{text}” is not a date and time.</source>
            <translation>“{text}” não é uma data e hora.</translation>
        </message>
        <message>
            <source>“{text}” is not a date.</source>
            <translation>“{text}” não é uma data.</translation>
        </message>
        <message>
            <source>“{text}” is not a deal status (open, won or lost).</source>
            <translation>“{text}” não é um status de negócio (aberto, ganho ou perdido).</translation>
        </message>
        <message>
            <source>“{text}” is not a duration in minutes (at most 31 days).</source>
            <translation>“{text}” não é uma duração em minutos (no máximo 31 dias).</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}” não é um número.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number.</source>
            <translation>“{text}” não é um número de telefone.</translation>
        </message>
        <message>
            <source>“{text}” is not a time of day.</source>
            <translation>“{text}” não é um horário.</translation>
        </message>
        <message>
            <source>“{text}” is not a valid date.</source>
            <translation>“{text}” não é uma data válida.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>“{text}” não é um valor monetário.</translation>
        </message>
        <message>
            <source>“{text}” is not an email address.</source>
            <translation>“{text}” não é um endereço de e-mail.</translation>
        </message>
        <message>
            <source>“{type}” is not a field type.</source>
            <translation>“{type}” não é um tipo de campo.</translation>
        </message>
        <message>
            <source>“{unit}” is not a repetition unit; use day, week or month.</source>
            <translation>“{unit}” não é uma unidade de repetição; use day (dia), week (semana) ou month (mês).</translation>
        </message>
        <message>
            <source>“{url}” is not a team database address: write postgresql://user@host:5432/database.</source>
            <translation>“{url}” não é um endereço de banco de dados de equipe: escreva postgresql://usuario@servidor:5432/banco.</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>“{value}” não é uma data (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>“{value}” não é um número.</translation>
        </message>
        <message>
            <source>“{value}” is not a number: write it with a decimal point.</source>
            <translation>“{value}” não é um número: escreva-o com ponto decimal.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid phone number.</source>
            <translation>“{value}” não é um número de telefone válido.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid {what}.</source>
            <translation>“{value}” não é válido ({what}).</translation>
        </message>
        <message>
            <source>“{value}” is not one of the options of “{field}”.</source>
            <translation>“{value}” não é uma das opções de “{field}”.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the options.</source>
            <translation>“{value}” não é uma das opções.</translation>
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
            <translation>Texto longo</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Monetary</source>
            <translation>Monetário</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Single option</source>
            <translation>Opção única</translation>
        </message>
        <message>
            <source>Multiple options</source>
            <translation>Múltiplas opções</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuário</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
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
            <translation>Opções</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Desativado</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <source>Hidden everywhere; its values are kept. Restore it to show it again.</source>
            <translation>Oculto em todos os lugares; os valores dele são mantidos. Reative-o para mostrá-lo novamente.</translation>
        </message>
    </context>
    <context>
        <name>FieldDelegate</name>
        <message>
            <source>Ctrl+Enter saves; Enter starts a new line.</source>
            <translation>Ctrl+Enter salva; Enter inicia uma nova linha.</translation>
        </message>
        <message>
            <source>Space ticks an option; Enter saves.</source>
            <translation>Espaço marca uma opção; Enter salva.</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Ninguém</translation>
        </message>
        <message>
            <source>“%1” is not a number. Write it like %2.</source>
            <translation>“%1” não é um número. Escreva-o como %2.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Não salvo: %1</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <source>One option per line</source>
            <translation>Uma opção por linha</translation>
        </message>
        <message>
            <source>&amp;Options:
(one per line)</source>
            <translation>&amp;Opções:
(uma por linha)</translation>
        </message>
        <message>
            <source>For example: Contract number</source>
            <translation>Por exemplo: Número do contrato</translation>
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
            <translation>Pasta</translation>
        </message>
        <message>
            <source>%1 file</source>
            <translation>Arquivo %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>That file is the database accountmgr has open. Choose another name.</source>
            <translation>Esse arquivo é o banco de dados aberto no accountmgr. Escolha outro nome.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Escolha o arquivo</translation>
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV file or an Excel workbook (.xlsx). Nothing is written before the last step.</source>
            <translation>Importe organizações, pessoas, negócios, atividades ou notas de um arquivo CSV ou de uma pasta de trabalho do Excel (.xlsx). Nada é gravado antes da última etapa.</translation>
        </message>
        <message>
            <source>Import from a file</source>
            <translation>Importar de um arquivo</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Planilhas (*.csv *.tsv *.txt *.xlsx);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation>O arquivo não tem linhas abaixo do cabeçalho.</translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>Colunas: %1</translation>
        </message>
        <message>
            <source>%1 · Excel workbook, first sheet</source>
            <translation>%1 · Pasta de trabalho do Excel, primeira planilha</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>vírgula</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>ponto e vírgula</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulação</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>barra vertical</translation>
        </message>
        <message>
            <source>%1 · Text encoding: %2 · Separator: %3</source>
            <translation>%1 · Codificação: %2 · Separador: %3</translation>
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
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Adicionado em</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Relacionado a</translation>
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Conteúdo</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>Criado em</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Negócio</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <source>Done time</source>
            <translation>Concluída em</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Data prevista</translation>
        </message>
        <message>
            <source>Due time</source>
            <translation>Hora prevista</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Data prevista de fechamento</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Motivo da perda</translation>
        </message>
        <message>
            <source>Lost time</source>
            <translation>Perdido em</translation>
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
            <translation>Organização</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Proprietário</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fixada</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Assunto</translation>
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
            <translation>Ganho em</translation>
        </message>
    </context>
    <context>
        <name>ImportFilePage</name>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Arquivo:</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Nenhum arquivo escolhido ainda</translation>
        </message>
        <message>
            <source>Choose a CSV file or an Excel workbook (.xlsx)</source>
            <translation>Escolha um arquivo CSV ou uma pasta de trabalho do Excel (.xlsx)</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>Esc&amp;olher…</translation>
        </message>
        <message>
            <source>The file &amp;holds:</source>
            <translation>O arquivo &amp;contém:</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizações</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Negócios</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Atividades</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>&amp;Dates are written:</source>
            <translation>Formato das &amp;datas:</translation>
        </message>
        <message>
            <source>How to read dates such as 03/04/2026, which could be either</source>
            <translation>Como ler datas como 03/04/2026, que podem ser interpretadas das duas formas</translation>
        </message>
        <message>
            <source>Day first (31/12/2026)</source>
            <translation>Dia primeiro (31/12/2026)</translation>
        </message>
        <message>
            <source>Month first (12/31/2026)</source>
            <translation>Mês primeiro (12/31/2026)</translation>
        </message>
        <message>
            <source>When a record &amp;exists already:</source>
            <translation>Quando um registro já &amp;existe:</translation>
        </message>
        <message>
            <source>Skip the row</source>
            <translation>Ignorar a linha</translation>
        </message>
        <message>
            <source>Update the record with the row's values</source>
            <translation>Atualizar o registro com os valores da linha</translation>
        </message>
        <message>
            <source>Create another record anyway</source>
            <translation>Criar outro registro mesmo assim</translation>
        </message>
        <message>
            <source>Create the organizations, people and deals the rows &amp;name that do not exist yet</source>
            <translation>Criar as organizações, pessoas e negócios citados nas linhas que ainda &amp;não existem</translation>
        </message>
        <message>
            <source>Otherwise a row that names one that does not exist is not imported, and the report says why</source>
            <translation>Caso contrário, uma linha que cite um registro inexistente não é importada, e o relatório informa o motivo</translation>
        </message>
    </context>
    <context>
        <name>ImportModels</name>
        <message>
            <source>Open</source>
            <translation>Aberto</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Coluna %1</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Coluna no arquivo</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Primeiros valores</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>This column is left out</source>
            <translation>Esta coluna é ignorada</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>Não importar</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obrigatório)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>This row will be skipped and reported:</source>
            <translation>Esta linha será ignorada e relatada:</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Linha</translation>
        </message>
        <message>
            <source>The line (or sheet row) in the file</source>
            <translation>A linha do arquivo (ou da planilha)</translation>
        </message>
        <message>
            <source>day first</source>
            <translation>com o dia primeiro</translation>
        </message>
        <message>
            <source>month first</source>
            <translation>com o mês primeiro</translation>
        </message>
        <message>
            <source>“%1” could be read day first or month first; it is read %2. The first page says which.</source>
            <translation>“%1” pode ser lido com o dia ou com o mês primeiro; será lido %2. A primeira página define a ordem.</translation>
        </message>
        <message>
            <source>From the column “%1”</source>
            <translation>Da coluna “%1”</translation>
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
            <translation>Não é possível ler o arquivo: %1</translation>
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
            <translation>Criados:</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>Atualizados:</translation>
        </message>
        <message>
            <source>Skipped (already there):</source>
            <translation>Ignorados (já existentes):</translation>
        </message>
        <message>
            <source>Created because rows named them:</source>
            <translation>Criados porque as linhas os citaram:</translation>
        </message>
        <message>
            <source>Organizations, people and deals that rows named and that did not exist yet</source>
            <translation>Organizações, pessoas e negócios citados nas linhas que ainda não existiam</translation>
        </message>
        <message>
            <source>Not imported:</source>
            <translation>Não importados:</translation>
        </message>
        <message>
            <source>Save the counts and the rows not imported, with their reasons, as a CSV file</source>
            <translation>Salvar as contagens e as linhas não importadas, com os motivos, como arquivo CSV</translation>
        </message>
        <message>
            <source>&amp;Save report…</source>
            <translation>&amp;Salvar relatório…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Etapa %1 de %2</translation>
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
            <translation>Importando… %1 de cerca de %2 linhas lidas</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>Importação cancelada; nada foi gravado.</translation>
        </message>
    </context>
    <context>
        <name>KanbanModel</name>
        <message>
            <source>%1, next: %2 on %3 (%4)</source>
            <translation>%1, próxima: %2 em %3 (%4)</translation>
        </message>
        <message>
            <source>%1, nothing planned</source>
            <translation>%1, nada planejado</translation>
        </message>
    </context>
    <context>
        <name>KanbanTab</name>
        <message>
            <source>No activity</source>
            <translation>Sem atividade</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Em atraso</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Amanhã</translation>
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
            <translation>Mais tarde</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n conta</numerusform>
                <numerusform>%n contas</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark next activity &amp;done</source>
            <translation>Marcar próxima atividade como &amp;concluída</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;Schedule for</source>
            <translation>&amp;Reagendar para</translation>
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
            <translation>Idioma do sistema (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Language of accountmgr:</source>
            <translation>Idioma do accountmgr:</translation>
        </message>
        <message>
            <source>accountmgr speaks the chosen language from its next start. Restart now?</source>
            <translation>O accountmgr usará o idioma escolhido a partir da próxima inicialização. Reiniciar agora?</translation>
        </message>
    </context>
    <context>
        <name>LinkPersonDialog</name>
        <message>
            <source>Link a person to %1</source>
            <translation>Vincular uma pessoa a %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>%1 (now at %2)</source>
            <translation>%1 (agora em %2)</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Clear filters</source>
            <translation>Limpar filtros</translation>
        </message>
        <message>
            <source>Show every account: no search, no filter</source>
            <translation>Mostrar todas as contas: sem busca nem filtro</translation>
        </message>
        <message>
            <source>Owner filter</source>
            <translation>Filtro de proprietário</translation>
        </message>
        <message>
            <source>Label filter</source>
            <translation>Filtro de etiqueta</translation>
        </message>
        <message>
            <source>Next activity filter</source>
            <translation>Filtro de próxima atividade</translation>
        </message>
        <message>
            <source>Contacted or not</source>
            <translation>Com ou sem contato</translation>
        </message>
        <message>
            <source>Not contacted in days</source>
            <translation>Dias sem contato</translation>
        </message>
        <message>
            <source>Contacted lately filter</source>
            <translation>Filtro de contato recente</translation>
        </message>
        <message>
            <source>Any last contact</source>
            <translation>Qualquer último contato</translation>
        </message>
        <message>
            <source>Contacted in 30 days</source>
            <translation>Contato nos últimos 30 dias</translation>
        </message>
        <message>
            <source>Contacted in 90 days</source>
            <translation>Contato nos últimos 90 dias</translation>
        </message>
        <message>
            <source>Accounts only</source>
            <translation>Somente contas</translation>
        </message>
        <message>
            <source>Uncheck to list every organization, also those without a won deal</source>
            <translation>Desmarque para listar todas as organizações, inclusive as sem negócio ganho</translation>
        </message>
        <message>
            <source>Show the accounts of the other filters again</source>
            <translation>Mostrar de novo as contas dos outros filtros</translation>
        </message>
        <message>
            <source>Show the accounts of one owner</source>
            <translation>Mostrar as contas de um proprietário</translation>
        </message>
        <message>
            <source>Show the accounts with one label</source>
            <translation>Mostrar as contas com uma etiqueta</translation>
        </message>
        <message>
            <source>Show the accounts by the date of their next activity</source>
            <translation>Mostrar as contas pela data da próxima atividade</translation>
        </message>
        <message>
            <source>Show the accounts nobody contacted lately</source>
            <translation>Mostrar as contas sem contato recente</translation>
        </message>
        <message>
            <source>Show the accounts someone contacted lately</source>
            <translation>Mostrar as contas com contato recente</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Todos os proprietários</translation>
        </message>
        <message>
            <source>My accounts</source>
            <translation>Minhas contas</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sem proprietário</translation>
        </message>
        <message>
            <source>All labels</source>
            <translation>Todas as etiquetas</translation>
        </message>
        <message>
            <source>Any next activity</source>
            <translation>Qualquer próxima atividade</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n accounts)</source>
            <translation>
                <numerusform>%1 (%n conta)</numerusform>
                <numerusform>%1 (%n contas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Renewal in the next %n days</source>
            <translation>
                <numerusform>Renovação no próximo %n dia</numerusform>
                <numerusform>Renovação nos próximos %n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colunas</translation>
        </message>
        <message>
            <source>Move column left</source>
            <translation>Mover coluna para a esquerda</translation>
        </message>
        <message>
            <source>Move column right</source>
            <translation>Mover coluna para a direita</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>Redefinir colunas</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Accounts — accountmgr</source>
            <translation>Contas — accountmgr</translation>
        </message>
        <message>
            <source>The team database cannot be reached. Changes are not saved until it is back; the connection is tried again every few seconds.</source>
            <translation>Não é possível acessar o banco de dados da equipe. As alterações não são salvas até que ele volte; a conexão é tentada novamente a cada poucos segundos.</translation>
        </message>
        <message>
            <source>The team database can be reached again.</source>
            <translation>O banco de dados da equipe está acessível novamente.</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Refeito: %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Desfeito: %1</translation>
        </message>
        <message>
            <source>Select an account first: the activity is scheduled for it.</source>
            <translation>Selecione uma conta primeiro: a atividade é agendada para ela.</translation>
        </message>
        <message>
            <source>&amp;Reminders</source>
            <translation>&amp;Lembretes</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Contas</translation>
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
            <translation>&amp;Visão geral</translation>
        </message>
        <message>
            <source>Who is planned and who is forgotten, across every account</source>
            <translation>Quem está planejado e quem foi esquecido, em todas as contas</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>Export &amp;data</source>
            <translation>Exportar &amp;dados</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configurações</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de ferramentas principal</translation>
        </message>
        <message>
            <source>+ &amp;Organization</source>
            <translation>+ &amp;Organização</translation>
        </message>
        <message>
            <source>New organization (Ctrl+N)</source>
            <translation>Nova organização (Ctrl+N)</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>+ &amp;Activity</source>
            <translation>+ A&amp;tividade</translation>
        </message>
        <message>
            <source>Schedule an activity for the selected account (Ctrl+Shift+A)</source>
            <translation>Agendar uma atividade para a conta selecionada (Ctrl+Shift+A)</translation>
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
            <translation>Importar organizações, pessoas, negócios, atividades ou notas de um arquivo CSV ou do Excel (Ctrl+I)</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Organizations…</source>
            <translation>&amp;Organizações…</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>&amp;Pessoas…</translation>
        </message>
        <message>
            <source>&amp;Deals…</source>
            <translation>&amp;Negócios…</translation>
        </message>
        <message>
            <source>&amp;Activities…</source>
            <translation>&amp;Atividades…</translation>
        </message>
        <message>
            <source>&amp;Notes…</source>
            <translation>No&amp;tas…</translation>
        </message>
        <message>
            <source>Export activities to &amp;calendar…</source>
            <translation>Exportar atividades para o &amp;calendário…</translation>
        </message>
        <message>
            <source>Write the open activities to an iCalendar (.ics) file for Outlook, Apple Calendar or Thunderbird</source>
            <translation>Gravar as atividades pendentes em um arquivo iCalendar (.ics) para Outlook, Apple Calendar ou Thunderbird</translation>
        </message>
        <message>
            <source>&amp;Print account…</source>
            <translation>&amp;Imprimir conta…</translation>
        </message>
        <message>
            <source>Print the selected account's summary: won value, fields, next activities, history, notes, people and deals</source>
            <translation>Imprimir o resumo da conta selecionada: valor ganho, campos, próximas atividades, histórico, notas, pessoas e negócios</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>Export account as P&amp;DF…</source>
            <translation>Exportar conta como P&amp;DF…</translation>
        </message>
        <message>
            <source>Write the selected account's summary to a PDF file</source>
            <translation>Gravar o resumo da conta selecionada em um arquivo PDF</translation>
        </message>
        <message>
            <source>&amp;Activity types…</source>
            <translation>&amp;Tipos de atividade…</translation>
        </message>
        <message>
            <source>Add, edit, reorder and retire the types of activities</source>
            <translation>Adicionar, editar, reordenar e desativar os tipos de atividade</translation>
        </message>
        <message>
            <source>&amp;Custom fields…</source>
            <translation>&amp;Campos personalizados…</translation>
        </message>
        <message>
            <source>Add, rename, reorder and retire the custom fields of organizations, people and deals</source>
            <translation>Adicionar, renomear, reordenar e desativar os campos personalizados de organizações, pessoas e negócios</translation>
        </message>
        <message>
            <source>+ &amp;Person</source>
            <translation>+ &amp;Pessoa</translation>
        </message>
        <message>
            <source>New person (Ctrl+Shift+P)</source>
            <translation>Nova pessoa (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>+ &amp;Deal</source>
            <translation>+ &amp;Negócio</translation>
        </message>
        <message>
            <source>New deal (Ctrl+Shift+D)</source>
            <translation>Novo negócio (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+D</source>
            <translation>Ctrl+Shift+D</translation>
        </message>
        <message>
            <source>&amp;Export view to CSV…</source>
            <translation>&amp;Exportar visualização para CSV…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Edit organization…</source>
            <translation>&amp;Editar organização…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;xcluir…</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Change &amp;owner…</source>
            <translation>Alterar &amp;proprietário…</translation>
        </message>
        <message>
            <source>&amp;Schedule activity for selection…</source>
            <translation>&amp;Agendar atividade para a seleção…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Localizar…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
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
            <translation>&amp;Painel lateral</translation>
        </message>
        <message>
            <source>Show or hide the panel beside the list and the board (F9)</source>
            <translation>Mostrar ou ocultar o painel ao lado da lista e do quadro (F9)</translation>
        </message>
        <message>
            <source>F9</source>
            <translation>F9</translation>
        </message>
        <message>
            <source>&amp;About accountmgr</source>
            <translation>&amp;Sobre o accountmgr</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Fazer backup agora</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar backup…</translation>
        </message>
        <message>
            <source>Connect to &amp;team database…</source>
            <translation>Conectar ao banco de dados da &amp;equipe…</translation>
        </message>
        <message>
            <source>A team database is backed up on its server (with pg_dump, for example).</source>
            <translation>Um banco de dados de equipe tem backup no seu servidor (com pg_dump, por exemplo).</translation>
        </message>
        <message>
            <source>C&amp;urrencies…</source>
            <translation>&amp;Moedas…</translation>
        </message>
        <message>
            <source>See and edit the exchange rates to the default currency</source>
            <translation>Ver e editar as taxas de câmbio para a moeda padrão</translation>
        </message>
        <message>
            <source>Wrote the account's summary to %1</source>
            <translation>Resumo da conta gravado em %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>%n linha exportada para %1</numerusform>
                <numerusform>%n linhas exportadas para %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n activities to %1</source>
            <translation>
                <numerusform>%n atividade exportada para %1</numerusform>
                <numerusform>%n atividades exportadas para %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Fazendo backup do banco de dados…</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>Backup de %Ln conta salvo em %1</numerusform>
                <numerusform>Backup de %Ln contas salvo em %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored. The data it replaced is kept in %1</source>
            <translation>Restaurado. Os dados substituídos foram mantidos em %1</translation>
        </message>
        <message>
            <source>About accountmgr</source>
            <translation>Sobre o accountmgr</translation>
        </message>
        <message>
            <source>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;Account management after the sale: plan follow-ups, see what every customer is worth, and never forget a customer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;Gerenciamento de conta no pós-vendas: planeje follow-ups, veja quanto vale cada cliente e nunca se esqueça de nenhum.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Show the %n organization(s) without a won deal</source>
            <translation>
                <numerusform>Mostrar a %n organização sem negócio ganho</numerusform>
                <numerusform>Mostrar as %n organizações sem negócio ganho</numerusform>
            </translation>
        </message>
        <message>
            <source>No account matches “%1”.</source>
            <translation>Nenhuma conta corresponde a “%1”.</translation>
        </message>
        <message>
            <source>No account matches the filters.</source>
            <translation>Nenhuma conta corresponde aos filtros.</translation>
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation>Limpar a pesquisa e os filtros</translation>
        </message>
        <message>
            <source>No accounts yet: an organization becomes an account when one of its deals is won.</source>
            <translation>Ainda não há contas: uma organização se torna uma conta quando um de seus negócios é ganho.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Your database is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add a customer with + Organization (Ctrl+N) and a won deal, &lt;a href='import'&gt;import your customers&lt;/a&gt; from a CSV or Excel file, or &lt;a href='demo'&gt;try the application with demo data&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Seu banco de dados está vazio.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Adicione um cliente com + Organização (Ctrl+N) e um negócio ganho, &lt;a href='import'&gt;importe seus clientes&lt;/a&gt; de um arquivo CSV ou do Excel ou &lt;a href='demo'&gt;experimente o aplicativo com dados de demonstração&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageViewsDialog</name>
        <message>
            <source>Manage views</source>
            <translation>Gerenciar visualizações</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Visualizações salvas</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renomear…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Mover para ci&amp;ma</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Mover para &amp;baixo</translation>
        </message>
        <message>
            <source>&amp;Update with what is shown</source>
            <translation>&amp;Atualizar com o que está na tela</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Excluir</translation>
        </message>
        <message>
            <source>Rename view</source>
            <translation>Renomear visualização</translation>
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
                <numerusform>Sem contato há %n dia</numerusform>
                <numerusform>Sem contato há %n dias</numerusform>
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
            <translation>Nova nota sobre %1</translation>
        </message>
        <message>
            <source>What happened, what was agreed, what to remember</source>
            <translation>O que aconteceu, o que foi combinado, o que lembrar</translation>
        </message>
        <message>
            <source>&amp;Pin to the top of the account</source>
            <translation>&amp;Fixar no topo da conta</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;Sobre:</translation>
        </message>
        <message>
            <source>&amp;Deal:</source>
            <translation>&amp;Negócio:</translation>
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
            <translation>Fixada</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>sobre %1</translation>
        </message>
        <message>
            <source>deal: %1</source>
            <translation>negócio: %1</translation>
        </message>
        <message>
            <source>pinned</source>
            <translation>fixada</translation>
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
            <translation>Nova organização</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sem proprietário</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Editar %1</translation>
        </message>
        <message>
            <source>Unknown country code</source>
            <translation>Código de país desconhecido</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Nome da empresa</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>En&amp;dereço:</translation>
        </message>
        <message>
            <source>Street, postcode and town</source>
            <translation>Rua, CEP e cidade</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>DE</source>
            <translation>BR</translation>
        </message>
        <message>
            <source>Two-letter ISO country code, for example DE, FR or US</source>
            <translation>Código ISO do país com duas letras, por exemplo BR, PT ou US</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>P&amp;roprietário:</translation>
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
            <translation>Ainda não há contas. A visão geral conta as contas: as organizações com um negócio ganho. Marque um negócio como ganho ou importe seus clientes com Arquivo ▸ Importar…</translation>
        </message>
        <message>
            <source>Next activity by owner</source>
            <translation>Próxima atividade por responsável</translation>
        </message>
        <message>
            <source>Contact coverage</source>
            <translation>Cobertura de contatos</translation>
        </message>
        <message>
            <source>Won value by month</source>
            <translation>Valor ganho por mês</translation>
        </message>
        <message>
            <source>Accounts at risk: most won, not contacted in 90 days</source>
            <translation>Em risco: maior valor ganho, 90 dias sem contato</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Ninguém</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2: %n accounts</source>
            <translation>
                <numerusform>%1, %2: %n conta</numerusform>
                <numerusform>%1, %2: %n contas</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Contas</translation>
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation>Ganho em %1: %2</translation>
        </message>
        <message>
            <source>Won in %1</source>
            <translation>Ganhas em %1</translation>
        </message>
        <message>
            <source>Won value by month, %1</source>
            <translation>Valor ganho por mês, %1</translation>
        </message>
        <message>
            <source>never contacted · %1</source>
            <translation>nunca contatada · %1</translation>
        </message>
        <message numerus="yes">
            <source>%n days · %1</source>
            <translation>
                <numerusform>%n dia · %1</numerusform>
                <numerusform>%n dias · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: won %2. Click to show it in the List.</source>
            <translation>%1: %2 ganhos. Clique para mostrá-la na lista.</translation>
        </message>
        <message>
            <source>Accounts at risk: none, everyone was contacted</source>
            <translation>Contas em risco: nenhuma, todas foram contatadas</translation>
        </message>
        <message>
            <source>Contact coverage: could not count the last 12 months</source>
            <translation>Cobertura de contatos: não foi possível contar os últimos 12 meses</translation>
        </message>
        <message>
            <source>Contact coverage: counting the last 12 months…</source>
            <translation>Cobertura de contatos: contando os últimos 12 meses…</translation>
        </message>
        <message>
            <source>Contact coverage, %1</source>
            <translation>Cobertura de contatos, %1</translation>
        </message>
        <message>
            <source>In 30 days</source>
            <translation>Em 30 dias</translation>
        </message>
        <message>
            <source>In 31 to 90 days</source>
            <translation>Entre 31 e 90 dias</translation>
        </message>
        <message>
            <source>Not in 90 days</source>
            <translation>Não em 90 dias</translation>
        </message>
        <message>
            <source>%1 by %2: %3 of %4 accounts</source>
            <translation>%1 em %2: %3 de %4 contas</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 em %2</translation>
        </message>
        <message>
            <source>% of accounts</source>
            <translation>% das contas</translation>
        </message>
    </context>
    <context>
        <name>OwnerDelegate</name>
        <message>
            <source>No owner</source>
            <translation>Sem proprietário</translation>
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
            <translation>Agendar atividade</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Editar atividade</translation>
        </message>
        <message>
            <source>Edit recurring activity</source>
            <translation>Editar atividade recorrente</translation>
        </message>
        <message>
            <source>Recurring activity</source>
            <translation>Atividade recorrente</translation>
        </message>
        <message>
            <source>“%1” repeats. Change only this one, or this one and all future ones?</source>
            <translation>“%1” se repete. Alterar somente esta ocorrência ou esta e todas as futuras?</translation>
        </message>
        <message>
            <source>Only &amp;this one</source>
            <translation>Somente &amp;esta</translation>
        </message>
        <message>
            <source>&amp;All future ones</source>
            <translation>&amp;Todas as futuras</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como concluída</translation>
        </message>
        <message>
            <source>Reopen activity</source>
            <translation>Reabrir atividade</translation>
        </message>
        <message>
            <source>Follow-up for %1</source>
            <translation>Follow-up de %1</translation>
        </message>
        <message>
            <source>Schedule the next activity for %1 on %2?</source>
            <translation>Agendar a próxima atividade para %1 em %2?</translation>
        </message>
        <message>
            <source>“%1” is done and nothing else is planned for %2.</source>
            <translation>“%1” foi concluída e não há mais nada planejado para %2.</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Excluir atividade</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Adicionar nota</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <source>Unpin note</source>
            <translation>Desafixar nota</translation>
        </message>
        <message>
            <source>Pin note</source>
            <translation>Fixar nota</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Excluir nota</translation>
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>Nota excluída. Desfaça com Ctrl+Z.</translation>
        </message>
        <message>
            <source>Attach files to %1</source>
            <translation>Anexar arquivos a %1</translation>
        </message>
        <message>
            <source>Copying files…</source>
            <translation>Copiando arquivos…</translation>
        </message>
        <message>
            <source>Not attached</source>
            <translation>Não anexado</translation>
        </message>
        <message numerus="yes">
            <source>Attached %n file(s).</source>
            <translation>
                <numerusform>%n arquivo anexado.</numerusform>
                <numerusform>%n arquivos anexados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attach %1</source>
            <translation>Anexar %1</translation>
        </message>
        <message numerus="yes">
            <source>Attach %n file(s)</source>
            <translation>
                <numerusform>Anexar %n arquivo</numerusform>
                <numerusform>Anexar %n arquivos</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Não é possível abrir</translation>
        </message>
        <message>
            <source>No application opens “%1”.</source>
            <translation>Nenhum aplicativo abre “%1”.</translation>
        </message>
        <message>
            <source>Open a program?</source>
            <translation>Abrir um programa?</translation>
        </message>
        <message>
            <source>“%1” is a program or a script: opening it runs it on this computer. Open it only if you trust where it came from.</source>
            <translation>“%1” é um programa ou um script: abri-lo o executa neste computador. Abra-o só se confiar na origem dele.</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remover %1</translation>
        </message>
        <message>
            <source>“%1” removed. Undo with Ctrl+Z.</source>
            <translation>“%1” removido. Desfaça com Ctrl+Z.</translation>
        </message>
        <message>
            <source>Mark deal won</source>
            <translation>Marcar negócio como ganho</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>Negócio perdido</translation>
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation>Por que “%1” foi perdido?</translation>
        </message>
        <message>
            <source>Mark deal lost</source>
            <translation>Marcar negócio como perdido</translation>
        </message>
        <message>
            <source>Reopen deal</source>
            <translation>Reabrir negócio</translation>
        </message>
        <message>
            <source>Link person</source>
            <translation>Vincular pessoa</translation>
        </message>
        <message>
            <source>Unlink %1</source>
            <translation>Desvincular %1</translation>
        </message>
        <message>
            <source>%1 is no longer linked; the person stays in the address book.</source>
            <translation>O vínculo com %1 foi removido; a pessoa permanece nos contatos.</translation>
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
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Write to %1</source>
            <translation>Escrever para %1</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>Ligar para %1</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Nova pessoa</translation>
        </message>
        <message>
            <source>New person at %1</source>
            <translation>Nova pessoa em %1</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Editar pessoa</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Nome e sobrenome</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <source>For example: Head of purchasing</source>
            <translation>Por exemplo: Gerente de compras</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>&amp;Organização:</translation>
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation>Digite para pesquisar; deixe vazio para nenhuma</translation>
        </message>
        <message>
            <source>&amp;Emails:</source>
            <translation>&amp;E-mails:</translation>
        </message>
        <message>
            <source>One address per line</source>
            <translation>Um endereço por linha</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Telefones:</translation>
        </message>
        <message>
            <source>One number per line</source>
            <translation>Um número por linha</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the first rows</source>
            <translation>Confira as primeiras linhas</translation>
        </message>
        <message>
            <source>The first rows (at most %1) as they will be imported. Cells in red cannot be imported: point at them to see why. Press Import to import the whole file.</source>
            <translation>As primeiras linhas (no máximo %1) como serão importadas. As células em vermelho não podem ser importadas: aponte para elas para ver o motivo. Clique em Importar para importar o arquivo inteiro.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>%1 of %2 rows have problems; they will be skipped and reported.</source>
            <translation>%1 de %2 linhas têm problemas; elas serão ignoradas e relatadas.</translation>
        </message>
        <message>
            <source>All %1 rows shown can be imported.</source>
            <translation>Todas as %1 linhas exibidas podem ser importadas.</translation>
        </message>
        <message>
            <source>Rows with a date that could be read day first or month first (orange): %1; the first page says which way dates are read.</source>
            <translation>Linhas com uma data que pode ser lida com o dia ou com o mês primeiro (em laranja): %1; a primeira página define como as datas são lidas.</translation>
        </message>
        <message>
            <source>The rest of the file is checked as it is imported.</source>
            <translation>O restante do arquivo é verificado durante a importação.</translation>
        </message>
    </context>
    <context>
        <name>RateDialog</name>
        <message>
            <source>Exchange rate of %1</source>
            <translation>Taxa de câmbio de %1</translation>
        </message>
        <message>
            <source>1 %1 &amp;is worth, in %2:</source>
            <translation>1 %1 &amp;vale, em %2:</translation>
        </message>
        <message>
            <source>“%1” is not a number.</source>
            <translation>“%1” não é um número.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialogs</name>
        <message>
            <source>New organization</source>
            <translation>Nova organização</translation>
        </message>
        <message>
            <source>Edit organization</source>
            <translation>Editar organização</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nova pessoa</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Novo negócio</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Editar pessoa</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Editar negócio</translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>Every day</source>
            <translation>Todos os dias</translation>
        </message>
        <message>
            <source>Every day until {until}</source>
            <translation>Todos os dias até {until}</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Todos os meses</translation>
        </message>
        <message>
            <source>Every month until {until}</source>
            <translation>Todos os meses até {until}</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Todas as semanas</translation>
        </message>
        <message>
            <source>Every week until {until}</source>
            <translation>Todas as semanas até {until}</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>A cada {n} dias</translation>
        </message>
        <message>
            <source>Every {n} days until {until}</source>
            <translation>A cada {n} dias até {until}</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>A cada {n} meses</translation>
        </message>
        <message>
            <source>Every {n} months until {until}</source>
            <translation>A cada {n} meses até {until}</translation>
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation>A cada {n} semanas</translation>
        </message>
        <message>
            <source>Every {n} weeks until {until}</source>
            <translation>A cada {n} semanas até {until}</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Snooze 10 minutes</source>
            <translation>Adiar 10 minutos</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>Adiar 1 hora</translation>
        </message>
        <message>
            <source>Snooze until tomorrow %1</source>
            <translation>Adiar até amanhã às %1</translation>
        </message>
        <message>
            <source>Reminders on</source>
            <translation>Lembretes ativados</translation>
        </message>
        <message>
            <source>%1 due: %2</source>
            <translation>%1 pendente: %2</translation>
        </message>
        <message>
            <source>%1 due</source>
            <translation>%1 pendente</translation>
        </message>
        <message numerus="yes">
            <source>%n activities due</source>
            <translation>
                <numerusform>%n atividade pendente</numerusform>
                <numerusform>%n atividades pendentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activities fell due while accountmgr was closed</source>
            <translation>
                <numerusform>%n atividade venceu enquanto o accountmgr estava fechado</numerusform>
                <numerusform>%n atividades venceram enquanto o accountmgr estava fechado</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminders off</source>
            <translation>Lembretes desativados</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>e mais %n</numerusform>
                <numerusform>e mais %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Import finished</source>
            <translation>Importação concluída</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) of the file were not imported; the table says why.</source>
            <translation>
                <numerusform>%Ln linha do arquivo não foi importada; a tabela mostra o motivo.</numerusform>
                <numerusform>%Ln linhas do arquivo não foram importadas; a tabela mostra o motivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row of the file was imported or was there already.</source>
            <translation>Todas as linhas do arquivo foram importadas ou já existiam.</translation>
        </message>
        <message>
            <source>Added the currencies %1 without an exchange rate yet: won values in them are marked “no rate yet” and left out of totals until their rate is set.</source>
            <translation>As moedas %1 foram adicionadas ainda sem taxa de câmbio: os valores ganhos nelas aparecem como “ainda sem taxa de câmbio” e ficam fora dos totais até que a taxa seja definida.</translation>
        </message>
        <message>
            <source>%1 import report.csv</source>
            <translation>%1 relatório de importação.csv</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Salvar relatório</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>The report was not saved: %1</source>
            <translation>O relatório não foi salvo: %1</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Salvo como %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>First start of the day</source>
            <translation>Primeira abertura do dia</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Antes de uma importação</translation>
        </message>
        <message>
            <source>Before an update of the file</source>
            <translation>Antes de uma atualização do arquivo</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>Feito manualmente</translation>
        </message>
        <message>
            <source>The data a restore replaced</source>
            <translation>Dados substituídos por uma restauração</translation>
        </message>
        <message>
            <source>Other copy</source>
            <translation>Outra cópia</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar backup</translation>
        </message>
        <message>
            <source>Choose the copy to put in place of the current data. The current data is kept as a backup first, so a restore can be undone by restoring that copy. Attached files are not part of a backup.</source>
            <translation>Escolha a cópia que substituirá os dados atuais. Antes, os dados atuais são guardados como backup; assim, uma restauração pode ser desfeita restaurando essa cópia. Os arquivos anexados não fazem parte do backup.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Feito em</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Contas</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>Ainda não há nenhum backup.</translation>
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
                <numerusform>Substituir os dados atuais pelo backup feito em %1 às %2 (%Ln conta)?</numerusform>
                <numerusform>Substituir os dados atuais pelo backup feito em %1 às %2 (%Ln contas)?</numerusform>
            </translation>
        </message>
        <message>
            <source>The current data is kept as a backup first.</source>
            <translation>Antes, os dados atuais são guardados como backup.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Não restaurado</translation>
        </message>
    </context>
    <context>
        <name>SaveViewDialog</name>
        <message>
            <source>Save view</source>
            <translation>Salvar visualização</translation>
        </message>
        <message>
            <source>Gold tier not contacted in 60 days</source>
            <translation>Nível ouro sem contato há 60 dias</translation>
        </message>
        <message>
            <source>Only for me</source>
            <translation>Só para mim</translation>
        </message>
        <message>
            <source>Unchecked, everyone on this database sees the view</source>
            <translation>Desmarcada, todos neste banco de dados veem a visualização</translation>
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
            <translation>Minhas contas</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nada planejado</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Em atraso</translation>
        </message>
        <message>
            <source>Not contacted in 90 days</source>
            <translation>Sem contato há 90 dias</translation>
        </message>
        <message>
            <source>Renewal in the next 60 days</source>
            <translation>Renovação nos próximos 60 dias</translation>
        </message>
        <message>
            <source>%1 (only me)</source>
            <translation>%1 (só eu)</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsMenu</name>
        <message>
            <source>Views</source>
            <translation>Visualizações</translation>
        </message>
        <message>
            <source>Pick a saved view, or save what is shown as one</source>
            <translation>Escolher uma visualização salva ou salvar o que está na tela como visualização</translation>
        </message>
        <message>
            <source>&amp;Save view…</source>
            <translation>&amp;Salvar visualização…</translation>
        </message>
        <message>
            <source>Mark a date field as the renewal date in Settings ▸ Custom fields…</source>
            <translation>Marque um campo de data como data de renovação em Configurações ▸ Campos personalizados…</translation>
        </message>
        <message>
            <source>&amp;Manage views…</source>
            <translation>&amp;Gerenciar visualizações…</translation>
        </message>
        <message>
            <source>S&amp;tart with</source>
            <translation>Ao &amp;iniciar</translation>
        </message>
        <message>
            <source>The last search and filters</source>
            <translation>A última busca e os últimos filtros</translation>
        </message>
        <message>
            <source>Save view %1</source>
            <translation>Salvar a visualização %1</translation>
        </message>
        <message>
            <source>Saved the view “%1”.</source>
            <translation>Visualização “%1” salva.</translation>
        </message>
        <message>
            <source>Rename view %1</source>
            <translation>Renomear a visualização %1</translation>
        </message>
        <message>
            <source>Move view %1</source>
            <translation>Mover a visualização %1</translation>
        </message>
        <message>
            <source>Update view %1</source>
            <translation>Atualizar a visualização %1</translation>
        </message>
        <message>
            <source>Delete view %1</source>
            <translation>Excluir a visualização %1</translation>
        </message>
    </context>
    <context>
        <name>ScheduleActivityDialog</name>
        <message>
            <source>Schedule activity</source>
            <translation>Agendar atividade</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>&amp;Assunto:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>at</source>
            <translation>às</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uração:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhuma</translation>
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
            <translation>Um acompanhamento recorrente: concluir uma ocorrência agenda a próxima</translation>
        </message>
        <message>
            <source>every </source>
            <translation>a cada </translation>
        </message>
        <message>
            <source>until</source>
            <translation>até</translation>
        </message>
        <message>
            <source>&amp;Assigned to:</source>
            <translation>Res&amp;ponsável:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>Pe&amp;ssoa:</translation>
        </message>
        <message>
            <source>D&amp;eal:</source>
            <translation>Ne&amp;gócio:</translation>
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
            <translation>Ninguém</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Não se repete</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dias</translation>
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
            <translation>O assunto não pode ficar vazio.</translation>
        </message>
        <message>
            <source>Schedule an activity for %1</source>
            <translation>Agendar uma atividade para %1</translation>
        </message>
        <message>
            <source>The activity is scheduled for %1.</source>
            <translation>A atividade será agendada para %1.</translation>
        </message>
        <message numerus="yes">
            <source>Schedule an activity for %n account(s)</source>
            <translation>
                <numerusform>Agendar uma atividade para %n conta</numerusform>
                <numerusform>Agendar uma atividade para %n contas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The activity is scheduled for each of the %n account(s): %1.</source>
            <translation>
                <numerusform>A atividade será agendada para a %n conta: %1.</numerusform>
                <numerusform>A atividade será agendada para cada uma das %n contas: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit activity of %1</source>
            <translation>Editar atividade de %1</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Search names, people, emails, phones</source>
            <translation>Pesquisar nomes, pessoas, e-mails, telefones</translation>
        </message>
        <message>
            <source>Search accounts</source>
            <translation>Pesquisar contas</translation>
        </message>
    </context>
    <context>
        <name>SettingsTableDialog</name>
        <message>
            <source>Re&amp;store</source>
            <translation>Rea&amp;tivar</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Desativar</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Mover para cima</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Mover para baixo</translation>
        </message>
    </context>
    <context>
        <name>SidePanel</name>
        <message>
            <source>%1 accounts selected</source>
            <translation>%1 contas selecionadas</translation>
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation>Selecione uma conta para ver todos os dados dela aqui.</translation>
        </message>
        <message>
            <source>%1 is no longer in the list: the current search or filters hide it.</source>
            <translation>A conta %1 não está mais na lista: a pesquisa ou os filtros atuais a ocultam.</translation>
        </message>
        <message>
            <source>%1 is hidden by the current search or filters.</source>
            <translation>A conta %1 está oculta pela pesquisa ou pelos filtros atuais.</translation>
        </message>
        <message>
            <source>Clear filters and show it</source>
            <translation>Limpar os filtros e mostrá-la</translation>
        </message>
        <message numerus="yes">
            <source>%n selected accounts are hidden by the current search or filters.</source>
            <translation>
                <numerusform>%n conta selecionada está oculta pela pesquisa ou pelos filtros atuais.</numerusform>
                <numerusform>%n contas selecionadas estão ocultas pela pesquisa ou pelos filtros atuais.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear filters and show them</source>
            <translation>Limpar os filtros e mostrá-las</translation>
        </message>
        <message>
            <source>The organization's name: edit it here</source>
            <translation>O nome da organização: edite-o aqui</translation>
        </message>
        <message>
            <source>Organization name</source>
            <translation>Nome da organização</translation>
        </message>
        <message>
            <source>Won value:</source>
            <translation>Valor ganho:</translation>
        </message>
        <message>
            <source>Click for the value per currency</source>
            <translation>Clique para ver o valor por moeda</translation>
        </message>
        <message>
            <source>Deals:</source>
            <translation>Negócios:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>P&amp;roprietário:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Etiqueta:</translation>
        </message>
        <message>
            <source>Schedule…</source>
            <translation>Agendar…</translation>
        </message>
        <message>
            <source>Schedule an activity for this account</source>
            <translation>Agendar uma atividade para esta conta</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Nota…</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Adicionar uma nota</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>Anexar…</translation>
        </message>
        <message>
            <source>Attach a file (or drop files on the panel)</source>
            <translation>Anexar um arquivo (ou soltar arquivos no painel)</translation>
        </message>
        <message>
            <source>Deal…</source>
            <translation>Negócio…</translation>
        </message>
        <message>
            <source>Add a deal</source>
            <translation>Adicionar um negócio</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>En&amp;dereço</translation>
        </message>
        <message>
            <source>Street, city, postcode</source>
            <translation>Rua, cidade, CEP</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Campos da conta</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Atividades</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marcar como &amp;concluída</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>&amp;Fixar</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Arquivos</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Negócios</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>&amp;Ganho</translation>
        </message>
        <message>
            <source>Los&amp;t…</source>
            <translation>&amp;Perdido…</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Reabrir</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>A&amp;dd…</source>
            <translation>A&amp;dicionar…</translation>
        </message>
        <message>
            <source>Lin&amp;k…</source>
            <translation>&amp;Vincular…</translation>
        </message>
        <message>
            <source>U&amp;nlink</source>
            <translation>Desvi&amp;ncular</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendências</translation>
        </message>
        <message>
            <source>What this customer is worth over time, and how often they are contacted</source>
            <translation>Quanto este cliente vale ao longo do tempo e com que frequência é contatado</translation>
        </message>
    </context>
    <context>
        <name>StatusFigures</name>
        <message>
            <source>Show the accounts contacted in the last 30 days</source>
            <translation>Mostrar as contas contactadas nos últimos 30 dias</translation>
        </message>
        <message>
            <source>Show the accounts contacted in the last 90 days</source>
            <translation>Mostrar as contas contactadas nos últimos 90 dias</translation>
        </message>
        <message>
            <source>Show the accounts with nothing planned</source>
            <translation>Mostrar as contas sem nada planejado</translation>
        </message>
        <message>
            <source>Show every organization, also those without a won deal</source>
            <translation>Mostrar todas as organizações, inclusive as sem negócio ganho</translation>
        </message>
        <message>
            <source>Accounts shown: %1</source>
            <translation>Contas exibidas: %1</translation>
        </message>
        <message>
            <source>Shown: %1</source>
            <translation>Exibidas: %1</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>Won value: %1</source>
            <translation>Valor ganho: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) have won deals in a currency without an exchange rate yet: those deals are not in this total.</source>
            <translation>
                <numerusform>%n conta tem negócios ganhos em uma moeda ainda sem taxa de câmbio: esses negócios não estão neste total.</numerusform>
                <numerusform>%n contas têm negócios ganhos em uma moeda ainda sem taxa de câmbio: esses negócios não estão neste total.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacted in 30 days: %1</source>
            <translation>Contato em 30 dias: %1</translation>
        </message>
        <message>
            <source>in 90 days: %1</source>
            <translation>em 90 dias: %1</translation>
        </message>
        <message>
            <source>Nothing planned: %1</source>
            <translation>Nada planejado: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s) without a won deal — show them</source>
            <translation>
                <numerusform>%n organização sem negócio ganho — mostrar</numerusform>
                <numerusform>%n organizações sem negócio ganho — mostrar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Connect to team database</source>
            <translation>Conectar ao banco de dados da equipe</translation>
        </message>
        <message>
            <source>A team shares one PostgreSQL database on its network. Ask whoever runs the server for these; the database is made once with accountmgr init-server.</source>
            <translation>Uma equipe compartilha um banco de dados PostgreSQL na sua rede. Peça estes dados a quem administra o servidor; o banco é criado uma vez com accountmgr init-server.</translation>
        </message>
        <message>
            <source>server.office.lan</source>
            <translation>servidor.escritorio.lan</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Porta:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Banco de dados:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuário:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Sen&amp;ha:</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keychain</source>
            <translation>&amp;Lembrar a senha no chaveiro do sistema</translation>
        </message>
        <message>
            <source>This computer has no keychain: the password is used for this session only (the server's own means, ~/.pgpass or PGPASSWORD, can keep it).</source>
            <translation>Este computador não tem chaveiro: a senha vale só para esta sessão (os meios do próprio servidor, ~/.pgpass ou PGPASSWORD, podem guardá-la).</translation>
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
            <translation>Telefone</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Check box</source>
            <translation>Caixa de seleção</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Relógio</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Envelope</translation>
        </message>
        <message>
            <source>Knife and fork</source>
            <translation>Garfo e faca</translation>
        </message>
        <message>
            <source>Map pin</source>
            <translation>Marcador de mapa</translation>
        </message>
        <message>
            <source>Video camera</source>
            <translation>Câmera de vídeo</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Bandeira</translation>
        </message>
        <message>
            <source>For example: Site visit</source>
            <translation>Por exemplo: Visita ao cliente</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Icon:</source>
            <translation>&amp;Ícone:</translation>
        </message>
        <message>
            <source>Choose the colour of the type</source>
            <translation>Escolha a cor do tipo</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Cor:</translation>
        </message>
        <message>
            <source>Offered as the subject when scheduling</source>
            <translation>Sugerido como assunto ao agendar</translation>
        </message>
        <message>
            <source>Default &amp;subject:</source>
            <translation>&amp;Assunto padrão:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Default &amp;duration:</source>
            <translation>&amp;Duração padrão:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <source>After an activity of this type is done, offer a follow-up this many days later</source>
            <translation>Depois que uma atividade deste tipo for concluída, sugerir um follow-up este número de dias depois</translation>
        </message>
        <message>
            <source>Default &amp;follow-up:</source>
            <translation>&amp;Follow-up padrão:</translation>
        </message>
        <message>
            <source>Colour of the activity type</source>
            <translation>Cor do tipo de atividade</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Not saved</source>
            <translation>Não salvo</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Refazer %1</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Desfazer %1</translation>
        </message>
    </context>
    <context>
        <name>UserChoice</name>
        <message>
            <source>&amp;I am</source>
            <translation>&amp;Eu sou</translation>
        </message>
        <message>
            <source>Anyone (every activity)</source>
            <translation>Qualquer pessoa (todas as atividades)</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Quem é você?</translation>
        </message>
        <message>
            <source>Choose your name, or type it to add yourself: new activities are assigned to you, your notes carry your name, and “My accounts” shows the accounts you own.</source>
            <translation>Escolha seu nome ou digite-o para se adicionar: as novas atividades serão atribuídas a você, suas notas levarão seu nome e “Minhas contas” mostrará as contas das quais você é proprietário.</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>Sou eu</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Mais tarde</translation>
        </message>
    </context>
</TS>
