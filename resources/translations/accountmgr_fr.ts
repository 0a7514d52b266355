<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AccountActions</name>
        <message>
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Supprimer %1</translation>
        </message>
        <message>
            <source>Delete %1 and everything about it?</source>
            <translation>Supprimer %1 et tout ce qui s’y rapporte ?</translation>
        </message>
        <message>
            <source>Its deals, activities, notes and files are deleted too; its people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation>Ses affaires, activités, notes et fichiers sont également supprimés ; ses personnes restent dans le carnet d’adresses. Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s)</source>
            <translation>
                <numerusform>Supprimer %n organisation</numerusform>
                <numerusform>Supprimer %n organisations</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV, separated by commas (*.csv)</source>
            <translation>CSV, séparé par des virgules (*.csv)</translation>
        </message>
        <message>
            <source>CSV, separated by semicolons (*.csv)</source>
            <translation>CSV, séparé par des points-virgules (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n organization(s) and everything about them?</source>
            <translation>
                <numerusform>Supprimer %n organisation et tout ce qui s’y rapporte ?</numerusform>
                <numerusform>Supprimer %n organisations et tout ce qui s’y rapporte ?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1.

Their deals, activities, notes and files are deleted too; their people stay in the address book. You can undo this with Ctrl+Z.</source>
            <translation>%1.

Leurs affaires, activités, notes et fichiers sont également supprimés ; leurs personnes restent dans le carnet d’adresses. Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sans propriétaire</translation>
        </message>
        <message>
            <source>Change owner of %1</source>
            <translation>Changer le propriétaire de %1</translation>
        </message>
        <message>
            <source>New owner of %1:</source>
            <translation>Nouveau propriétaire de %1 :</translation>
        </message>
        <message numerus="yes">
            <source>Change owner of %n organization(s)</source>
            <translation>
                <numerusform>Changer le propriétaire de %n organisation</numerusform>
                <numerusform>Changer le propriétaire de %n organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New owner of %n organization(s) (%1):</source>
            <translation>
                <numerusform>Nouveau propriétaire de %n organisation (%1) :</numerusform>
                <numerusform>Nouveau propriétaire de %n organisations (%1) :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Schedule “%1” for %n account(s)</source>
            <translation>
                <numerusform>Planifier « %1 » pour %n compte</numerusform>
                <numerusform>Planifier « %1 » pour %n comptes</numerusform>
            </translation>
        </message>
        <message>
            <source>Scheduling activities…</source>
            <translation>Planification des activités…</translation>
        </message>
        <message>
            <source>Export accounts</source>
            <translation>Exporter les comptes</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting accounts…</source>
            <translation>Exportation des comptes…</translation>
        </message>
        <message>
            <source>CSV, separated by semicolons, decimal commas (*.csv)</source>
            <translation>CSV, séparé par des points-virgules, virgule décimale (*.csv)</translation>
        </message>
        <message>
            <source>Export organizations</source>
            <translation>Exporter les organisations</translation>
        </message>
        <message>
            <source>Export people</source>
            <translation>Exporter les personnes</translation>
        </message>
        <message>
            <source>Export deals</source>
            <translation>Exporter les affaires</translation>
        </message>
        <message>
            <source>Export activities</source>
            <translation>Exporter les activités</translation>
        </message>
        <message>
            <source>Export notes</source>
            <translation>Exporter les notes</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <source>Export activities to calendar</source>
            <translation>Exporter les activités vers le calendrier</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Fichiers iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Exporting activities…</source>
            <translation>Exportation des activités…</translation>
        </message>
        <message>
            <source>Reschedule to %1</source>
            <translation>Replanifier au %1</translation>
        </message>
        <message>
            <source>Moved “%1” of %2 to %3 (%4)</source>
            <translation>Activité « %1 » de %2 déplacée vers %3 (%4)</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n activities to %1 (%2)</source>
            <translation>
                <numerusform>%n activité déplacée vers %1 (%2)</numerusform>
                <numerusform>%n activités déplacées vers %1 (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marquer comme fait</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n activities done</source>
            <translation>
                <numerusform>%n activité marquée comme faite</numerusform>
                <numerusform>%n activités marquées comme faites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountCharts</name>
        <message>
            <source>Won value by quarter</source>
            <translation>Valeur gagnée par trimestre</translation>
        </message>
        <message>
            <source>Contacts by month</source>
            <translation>Contacts par mois</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <comment>a quarter of a year, and the year</comment>
            <translation>T%1 %2</translation>
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation>Gagné en %1 : %2</translation>
        </message>
        <message>
            <source>Q%1</source>
            <comment>a quarter of a year</comment>
            <translation>T%1</translation>
        </message>
        <message>
            <source>Won value by quarter, %1</source>
            <translation>Valeur gagnée par trimestre, %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n activities done</source>
            <translation>
                <numerusform>%1 : %n activité terminée</numerusform>
                <numerusform>%1 : %n activités terminées</numerusform>
            </translation>
        </message>
        <message>
            <source>Activities done</source>
            <translation>Activités terminées</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Contacts by month, %1</source>
            <translation>Contacts par mois, %1</translation>
        </message>
        <message>
            <source>Won before %1: %2</source>
            <translation>Gagné avant %1 : %2</translation>
        </message>
        <message>
            <source>Nobody contacted this account in the last 12 months.</source>
            <translation>Personne n’a contacté ce compte ces 12 derniers mois.</translation>
        </message>
        <message numerus="yes">
            <source>%n contacts in the last 12 months</source>
            <translation>
                <numerusform>%n contact ces 12 derniers mois</numerusform>
                <numerusform>%n contacts ces 12 derniers mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, one every %n days on average</source>
            <translation>
                <numerusform>%1, un tous les %n jour en moyenne</numerusform>
                <numerusform>%1, un tous les %n jours en moyenne</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountNames</name>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n autre</numerusform>
                <numerusform>%n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountOverview</name>
        <message>
            <source>Account since %1</source>
            <translation>Compte depuis le %1</translation>
        </message>
        <message>
            <source>No longer an account: no deal of this organization is won any more. Everything about it is kept.</source>
            <translation>N’est plus un compte : plus aucune affaire de cette organisation n’est gagnée. Tout ce qui la concerne est conservé.</translation>
        </message>
        <message>
            <source>Not an account: no deal of this organization is won yet.</source>
            <translation>Pas un compte : aucune affaire de cette organisation n’est encore gagnée.</translation>
        </message>
        <message>
            <source>Last changed by %1, %2</source>
            <translation>Dernière modification par %1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln won</source>
            <translation>
                <numerusform>%Ln gagnée</numerusform>
                <numerusform>%Ln gagnées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln open</source>
            <translation>
                <numerusform>%Ln ouverte</numerusform>
                <numerusform>%Ln ouvertes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lost</source>
            <translation>
                <numerusform>%Ln perdue</numerusform>
                <numerusform>%Ln perdues</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>%1 (no exchange rate yet)</source>
            <translation>%1 (pas encore de taux de change)</translation>
        </message>
        <message>
            <source>No won deal</source>
            <translation>Aucune affaire gagnée</translation>
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation>Pas encore de taux de change pour %1 : la valeur gagnée exclut ces affaires.</translation>
        </message>
        <message>
            <source>Won value in %1; per currency:</source>
            <translation>Valeur gagnée en %1 ; par devise :</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sans propriétaire</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Champs du compte</translation>
        </message>
        <message>
            <source>No account fields yet: add them in Settings ▸ Custom fields.</source>
            <translation>Aucun champ de compte pour l’instant : ajoutez-en dans Paramètres ▸ Champs personnalisés.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pinned notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Notes épinglées&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Toutes les notes</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; nothing planned. &lt;a href='schedule'&gt;Schedule a follow-up&lt;/a&gt;</source>
            <translation>&lt;b&gt;Prochaine activité :&lt;/b&gt; rien de planifié. &lt;a href='schedule'&gt;Planifier un suivi&lt;/a&gt;</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, en retard</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next:&lt;/b&gt; %1 — %2, %3</source>
            <translation>&lt;b&gt;Prochaine activité :&lt;/b&gt; %1 — %2, %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Last contacted:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Dernier contact :&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Rename organization</source>
            <translation>Renommer l’organisation</translation>
        </message>
        <message>
            <source>Change owner</source>
            <translation>Changer le propriétaire</translation>
        </message>
        <message>
            <source>Change label</source>
            <translation>Changer l’étiquette</translation>
        </message>
        <message>
            <source>Edit address</source>
            <translation>Modifier l’adresse</translation>
        </message>
    </context>
    <context>
        <name>AccountPanel</name>
        <message>
            <source>Un&amp;pin</source>
            <translation>&amp;Désépingler</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>Épi&amp;ngler</translation>
        </message>
        <message>
            <source>Reope&amp;n</source>
            <translation>&amp;Rouvrir</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marquer comme &amp;fait</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Nothing planned or done yet. Schedule… plans the next contact.</source>
            <translation>Rien de planifié ni de fait pour l’instant. Planifier… prévoit le prochain contact.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Aucune note pour l’instant.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>No files yet: drop files here, or use Attach…</source>
            <translation>Aucun fichier pour l’instant : déposez des fichiers ici ou utilisez Joindre…</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Affaires</translation>
        </message>
        <message>
            <source>No deals yet.</source>
            <translation>Aucune affaire pour l’instant.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Nobody yet. Add… a person or Link… one.</source>
            <translation>Aucune personne pour l’instant. Ajoutez-en une avec Ajouter… ou liez-en une avec Lier…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 accounts selected</source>
            <translation>%1 comptes sélectionnés</translation>
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation>Sélectionnez un compte pour voir ici tout ce qui le concerne.</translation>
        </message>
        <message>
            <source>The team database cannot be reached: this account is shown again as soon as it can.</source>
            <translation>La base d’équipe est injoignable : ce compte s’affichera de nouveau dès qu’elle le sera.</translation>
        </message>
        <message>
            <source>Write to %1</source>
            <translation>Écrire à %1</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>Appeler %1</translation>
        </message>
    </context>
    <context>
        <name>AccountPrinting</name>
        <message>
            <source>Print account</source>
            <translation>Imprimer le compte</translation>
        </message>
        <message>
            <source>Select an account first, in the list or the board.</source>
            <translation>Sélectionnez d’abord un compte, dans la liste ou le tableau.</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Imprimer %1</translation>
        </message>
        <message>
            <source>Export account as PDF</source>
            <translation>Exporter le compte en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 n’a pas pu être écrit : %2</translation>
        </message>
    </context>
    <context>
        <name>AccountSummary</name>
        <message>
            <source>Owner: %1</source>
            <translation>Propriétaire : %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>Label: %1</source>
            <translation>Étiquette : %1</translation>
        </message>
        <message>
            <source>Account since %1</source>
            <translation>Compte depuis le %1</translation>
        </message>
        <message>
            <source>Last contacted: %1</source>
            <translation>Dernier contact : %1</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>Jamais contacté</translation>
        </message>
        <message>
            <source>Won value: %1</source>
            <translation>Valeur gagnée : %1</translation>
        </message>
        <message>
            <source>Deals: %1 won, %2 open, %3 lost</source>
            <translation>Affaires : %1 gagnées, %2 ouvertes, %3 perdues</translation>
        </message>
        <message>
            <source>In their own currencies: %1</source>
            <translation>Dans leurs propres devises : %1</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Champs du compte</translation>
        </message>
        <message>
            <source>None filled in.</source>
            <translation>Aucun n’est rempli.</translation>
        </message>
        <message>
            <source>Next activities</source>
            <translation>Prochaines activités</translation>
        </message>
        <message>
            <source>Nothing planned.</source>
            <translation>Rien de planifié.</translation>
        </message>
        <message>
            <source>Recent history</source>
            <translation>Historique récent</translation>
        </message>
        <message>
            <source>No contact yet.</source>
            <translation>Aucun contact pour l’instant.</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu’un</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Épinglée</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Aucune note.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>No people.</source>
            <translation>Aucune personne.</translation>
        </message>
        <message>
            <source>won</source>
            <translation>gagnée</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouverte</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>perdue</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Affaires</translation>
        </message>
        <message>
            <source>No deals.</source>
            <translation>Aucune affaire.</translation>
        </message>
        <message>
            <source>Printed on %1 from accountmgr</source>
            <translation>Imprimé le %1 depuis accountmgr</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>The next activity is overdue</source>
            <translation>La prochaine activité est en retard</translation>
        </message>
        <message>
            <source>An activity is due today</source>
            <translation>Une activité est prévue aujourd’hui</translation>
        </message>
        <message>
            <source>A follow-up is planned</source>
            <translation>Un suivi est planifié</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Rien de planifié</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>No exchange rate yet for %1: the won value leaves those deals out.</source>
            <translation>Pas encore de taux de change pour %1 : la valeur gagnée exclut ces affaires.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>Affaires gagnées</translation>
        </message>
        <message>
            <source>Won value</source>
            <translation>Valeur gagnée</translation>
        </message>
        <message>
            <source>Open deals value</source>
            <translation>Valeur des affaires ouvertes</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Prochaine activité</translation>
        </message>
        <message>
            <source>Account since</source>
            <translation>Compte depuis</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Étiquette</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesModel</name>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Today — %1</source>
            <translation>Aujourd’hui — %1</translation>
        </message>
        <message>
            <source>Tomorrow — %1</source>
            <translation>Demain — %1</translation>
        </message>
        <message>
            <source>Overdue — %1</source>
            <translation>En retard — %1</translation>
        </message>
        <message>
            <source>Scheduled by %1</source>
            <translation>Planifiée par %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>done %1</source>
            <translation>faite à %1</translation>
        </message>
    </context>
    <context>
        <name>ActivityType</name>
        <message>
            <source>Account review</source>
            <translation>Revue de compte</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Check-in email</source>
            <translation>E-mail de courtoisie</translation>
        </message>
        <message>
            <source>Customer lunch</source>
            <translation>Déjeuner client</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Déjeuner</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Renewal deadline</source>
            <translation>Échéance de renouvellement</translation>
        </message>
        <message>
            <source>Satisfaction call</source>
            <translation>Appel de satisfaction</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
    </context>
    <context>
        <name>ActivityTypesDialog</name>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Move activity type</source>
            <translation>Déplacer le type d’activité</translation>
        </message>
        <message>
            <source>Stop offering the selected type; its activities keep it</source>
            <translation>Ne plus proposer le type sélectionné ; ses activités le conservent</translation>
        </message>
        <message>
            <source>Offer the selected type again when scheduling</source>
            <translation>Proposer à nouveau le type sélectionné lors de la planification</translation>
        </message>
        <message>
            <source>New activity type</source>
            <translation>Nouveau type d’activité</translation>
        </message>
        <message>
            <source>Add activity type</source>
            <translation>Ajouter un type d’activité</translation>
        </message>
        <message>
            <source>Activity type “%1”</source>
            <translation>Type d’activité « %1 »</translation>
        </message>
        <message>
            <source>Edit activity type</source>
            <translation>Modifier le type d’activité</translation>
        </message>
        <message>
            <source>Restore activity type</source>
            <translation>Restaurer le type d’activité</translation>
        </message>
        <message>
            <source>Retire activity type</source>
            <translation>Retirer le type d’activité</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>Types d’activités</translation>
        </message>
        <message>
            <source>Add an activity type at the end of the list</source>
            <translation>Ajouter un type d’activité à la fin de la liste</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>Change the name, icon, colour and defaults of the selected type (F2)</source>
            <translation>Modifier le nom, l’icône, la couleur et les valeurs par défaut du type sélectionné (F2)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>Modi&amp;fier…</translation>
        </message>
        <message>
            <source>Offer the selected type earlier (Alt+Up)</source>
            <translation>Proposer le type sélectionné plus tôt (Alt+Haut)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Offer the selected type later (Alt+Down)</source>
            <translation>Proposer le type sélectionné plus tard (Alt+Bas)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>A retired type is no longer offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation>Un type retiré n’est plus proposé lors de la planification ; ses activités le conservent. Restaurez-le pour le proposer à nouveau.</translation>
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
            <translation>%1 jour</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 jours</translation>
        </message>
        <message>
            <source>Not offered when scheduling; its activities keep it. Restore it to offer it again.</source>
            <translation>Non proposé lors de la planification ; ses activités le conservent. Restaurez-le pour le proposer à nouveau.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Default subject</source>
            <translation>Objet par défaut</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong: %1

Your data is safe: the last change was not saved. Details are in %2.</source>
            <translation>Un problème est survenu : %1

Vos données sont intactes : la dernière modification n’a pas été enregistrée. Les détails se trouvent dans %2.</translation>
        </message>
        <message>
            <source>The daily backup could not be taken: %1</source>
            <translation>La sauvegarde quotidienne n’a pas pu être effectuée : %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 is damaged and cannot be opened. Restore the newest good backup, taken on %2 with %Ln account(s)? The damaged file is kept beside it as %3.</source>
            <translation>
                <numerusform>%1 est endommagé et ne peut pas être ouvert. Restaurer la dernière sauvegarde valide, effectuée le %2 avec %Ln compte ? Le fichier endommagé est conservé à côté sous le nom %3.</numerusform>
                <numerusform>%1 est endommagé et ne peut pas être ouvert. Restaurer la dernière sauvegarde valide, effectuée le %2 avec %Ln comptes ? Le fichier endommagé est conservé à côté sous le nom %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Base de données endommagée</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Impossible d’ouvrir la base de données</translation>
        </message>
        <message>
            <source>Restored the backup of %1; the damaged file is kept as %2</source>
            <translation>Sauvegarde du %1 restaurée ; le fichier endommagé est conservé sous le nom %2</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>Nothing planned</source>
            <translation>Rien de planifié</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>Jamais contacté</translation>
        </message>
        <message>
            <source>Last contacted today</source>
            <translation>Contacté aujourd’hui</translation>
        </message>
        <message numerus="yes">
            <source>Last contacted %n day(s) ago</source>
            <translation>
                <numerusform>Contacté il y a %n jour</numerusform>
                <numerusform>Contacté il y a %n jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Offline account management. Without a command, opens the application.</source>
            <translation>Gestion de comptes hors ligne. Sans commande, ouvre l’application.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>affiche le numéro de version du programme et quitte</translation>
        </message>
        <message>
            <source>database file, or a team database as postgresql://user@host:5432/dbname (default: $ACCOUNTMGR_DB, else accountmgr.db in the application-data folder)</source>
            <translation>fichier de base de données, ou une base d’équipe sous la forme postgresql://utilisateur@hôte:5432/base (par défaut : $ACCOUNTMGR_DB, sinon accountmgr.db dans le dossier des données de l’application)</translation>
        </message>
        <message>
            <source>pretend today is this date (demos and tests)</source>
            <translation>fait comme si aujourd’hui était cette date (démonstrations et tests)</translation>
        </message>
        <message>
            <source>first day of the week for kanban buckets (default: the locale's, as in the window)</source>
            <translation>premier jour de la semaine pour les colonnes kanban (par défaut : celui des paramètres régionaux, comme dans la fenêtre)</translation>
        </message>
        <message>
            <source>start the application, show the main window briefly, exit 0</source>
            <translation>démarre l’application, affiche brièvement la fenêtre principale, quitte avec 0</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1 : avertissement : %2</translation>
        </message>
        <message>
            <source>%1 could not be read or written: %2</source>
            <translation>%1 n’a pas pu être lu ou écrit : %2</translation>
        </message>
        <message>
            <source>text that is not valid Unicode: %1</source>
            <translation>texte qui n’est pas de l’Unicode valide : %1</translation>
        </message>
        <message>
            <source>interrupted; the unfinished command's changes were rolled back</source>
            <translation>interrompu ; les modifications de la commande inachevée ont été annulées</translation>
        </message>
        <message>
            <source>%1 is a team database: it is backed up on its server (with pg_dump, for example), not with '%2 %3'</source>
            <translation>%1 est une base d’équipe : elle se sauvegarde sur son serveur (avec pg_dump, par exemple), pas avec « %2 %3 »</translation>
        </message>
        <message>
            <source>back up the database now, into backups/ beside it (or to FILE)</source>
            <translation>sauvegarde la base de données maintenant, dans backups/ à côté d’elle (ou dans FILE)</translation>
        </message>
        <message>
            <source>write the backup to this file (or folder) instead</source>
            <translation>écrit plutôt la sauvegarde dans ce fichier (ou dossier)</translation>
        </message>
        <message>
            <source>put a backup in place of the database's data (kept first as a restore backup)</source>
            <translation>met une sauvegarde à la place des données de la base (conservées d’abord dans une sauvegarde de restauration)</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>la sauvegarde à restaurer</translation>
        </message>
        <message>
            <source>list the backups of the database</source>
            <translation>liste les sauvegardes de la base de données</translation>
        </message>
        <message>
            <source>Backed up the database to %1</source>
            <translation>Base de données sauvegardée dans %1</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>%Ln compte sauvegardé dans %1</numerusform>
                <numerusform>%Ln comptes sauvegardés dans %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2</source>
            <translation>
                <numerusform>Sauvegarde %1 restaurée (%Ln compte) ; les données qu’elle a remplacées sont conservées dans %2</numerusform>
                <numerusform>Sauvegarde %1 restaurée (%Ln comptes) ; les données qu’elle a remplacées sont conservées dans %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the data it replaced is kept in %2 (that copy is damaged, as the data was)</source>
            <translation>
                <numerusform>Sauvegarde %1 restaurée (%Ln compte) ; les données qu’elle a remplacées sont conservées dans %2 (cette copie est endommagée, comme l’étaient les données)</numerusform>
                <numerusform>Sauvegarde %1 restaurée (%Ln comptes) ; les données qu’elle a remplacées sont conservées dans %2 (cette copie est endommagée, comme l’étaient les données)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 The database was left as it was.</source>
            <translation>%1 %2 La base de données a été laissée telle quelle.</translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); the damaged database was set aside as %2</source>
            <translation>
                <numerusform>Sauvegarde %1 restaurée (%Ln compte) ; la base de données endommagée a été mise de côté sous le nom %2</numerusform>
                <numerusform>Sauvegarde %1 restaurée (%Ln comptes) ; la base de données endommagée a été mise de côté sous le nom %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %1 (%Ln account(s)); there was no database file to set aside</source>
            <translation>
                <numerusform>Sauvegarde %1 restaurée (%Ln compte) ; il n’y avait pas de fichier de base de données à mettre de côté</numerusform>
                <numerusform>Sauvegarde %1 restaurée (%Ln comptes) ; il n’y avait pas de fichier de base de données à mettre de côté</numerusform>
            </translation>
        </message>
        <message>
            <source>No backups in %1</source>
            <translation>Aucune sauvegarde dans %1</translation>
        </message>
        <message>
            <source>? accounts</source>
            <translation>? comptes</translation>
        </message>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln compte</numerusform>
                <numerusform>%Ln comptes</numerusform>
            </translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>problem: %1</source>
            <translation>problème : %1</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 ko</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>affiche ce message d’aide et quitte</translation>
        </message>
        <message>
            <source>one JSON object per line</source>
            <translation>un objet JSON par ligne</translation>
        </message>
        <message>
            <source>%1: error: %2 (see '%3 --help')</source>
            <translation>%1 : erreur : %2 (voir « %3 --help »)</translation>
        </message>
        <message>
            <source>'%1' is not a date of the form YYYY-MM-DD</source>
            <translation>« %1 » n’est pas une date de la forme AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>%1: error: %2</source>
            <translation>%1 : erreur : %2</translation>
        </message>
        <message>
            <source>'%1' is not a whole number</source>
            <translation>« %1 » n’est pas un nombre entier</translation>
        </message>
        <message>
            <source>'%1' must be between 1 and %2</source>
            <translation>« %1 » doit être compris entre 1 et %2</translation>
        </message>
        <message>
            <source>fill an empty database with realistic demo data</source>
            <translation>remplit une base de données vide avec des données de démonstration réalistes</translation>
        </message>
        <message>
            <source>number of organizations (default: 200)</source>
            <translation>nombre d’organisations (par défaut : 200)</translation>
        </message>
        <message>
            <source>random seed; the same seed and day give the same data</source>
            <translation>graine aléatoire ; la même graine et le même jour donnent les mêmes données</translation>
        </message>
        <message>
            <source>add demo data even though the database holds data</source>
            <translation>ajoute des données de démonstration même si la base contient déjà des données</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>liste les comptes</translation>
        </message>
        <message>
            <source>only accounts in this kanban column</source>
            <translation>seulement les comptes de cette colonne kanban</translation>
        </message>
        <message>
            <source>only accounts whose name, people, emails or phones contain TEXT</source>
            <translation>seulement les comptes dont le nom, les personnes, les e-mails ou les téléphones contiennent TEXT</translation>
        </message>
        <message>
            <source>check integrity and that every summary matches live data</source>
            <translation>vérifie l’intégrité et que chaque résumé correspond aux données actuelles</translation>
        </message>
        <message>
            <source>write one account's summary page to a PDF file</source>
            <translation>écrire la page de synthèse d’un compte dans un fichier PDF</translation>
        </message>
        <message>
            <source>the organization's id (see `accounts --json`)</source>
            <translation>l’identifiant de l’organisation (voir `accounts --json`)</translation>
        </message>
        <message>
            <source>the PDF file</source>
            <translation>le fichier PDF</translation>
        </message>
        <message>
            <source>render the main views to PNG files</source>
            <translation>dessine les vues principales dans des fichiers PNG</translation>
        </message>
        <message>
            <source>folder for the PNG files</source>
            <translation>dossier des fichiers PNG</translation>
        </message>
        <message>
            <source>the interface's language (en, fr, de, es, it, pt_BR; the system's by default)</source>
            <translation>la langue de l’interface (en, fr, de, es, it, pt_BR ; celle du système par défaut)</translation>
        </message>
        <message>
            <source>%1 Use 'demo --force' to add it anyway.</source>
            <translation>%1 Utilisez « demo --force » pour les ajouter quand même.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln organisation</numerusform>
                <numerusform>%Ln organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln personne</numerusform>
                <numerusform>%Ln personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln affaire</numerusform>
                <numerusform>%Ln affaires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(s)</source>
            <translation>
                <numerusform>%Ln activité</numerusform>
                <numerusform>%Ln activités</numerusform>
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
                <numerusform>%Ln fichier</numerusform>
                <numerusform>%Ln fichiers</numerusform>
            </translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s in the team database %8.</source>
            <translation>Données créées en %7 s dans la base d’équipe %8 : %1, %2, %3, %4, %5 et %6.</translation>
        </message>
        <message>
            <source>Created %1, %2, %3, %4, %5 and %6 in %7 s; %8 is %9 MB.</source>
            <translation>Données créées en %7 s : %1, %2, %3, %4, %5 et %6 ; %8 fait %9 Mo.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has problems (%Ln shown above)</source>
            <translation>
                <numerusform>%1 a des problèmes (%Ln affiché ci-dessus)</numerusform>
                <numerusform>%1 a des problèmes (%Ln affichés ci-dessus)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: OK; %Ln account(s); every summary matches live data.</source>
            <translation>
                <numerusform>%1 : OK ; %Ln compte ; chaque résumé correspond aux données actuelles.</numerusform>
                <numerusform>%1 : OK ; %Ln comptes ; chaque résumé correspond aux données actuelles.</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no organization with the id %1</source>
            <translation>il n’y a pas d’organisation d’identifiant %1</translation>
        </message>
        <message>
            <source>Wrote the summary of %1 to %2</source>
            <translation>Synthèse de %1 écrite dans %2</translation>
        </message>
        <message>
            <source>list the exchange rates to the default currency, or set some</source>
            <translation>liste les taux de change vers la devise par défaut, ou en fixe</translation>
        </message>
        <message>
            <source>what one unit of CODE is worth in the default currency (e.g. USD=0.92); repeat it for several, all set in one transaction</source>
            <translation>ce que vaut une unité de CODE dans la devise par défaut (p. ex. USD=0.92) ; à répéter pour plusieurs, tous fixés en une seule transaction</translation>
        </message>
        <message>
            <source>--set takes CODE=RATE with a decimal RATE (e.g. USD=0.92), not '%1'</source>
            <translation>--set attend CODE=RATE avec un RATE décimal (p. ex. USD=0.92), pas « %1 »</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>pas de taux</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>(par défaut)</translation>
        </message>
        <message>
            <source>write activities to an iCalendar (.ics) file for calendar apps</source>
            <translation>écrit les activités dans un fichier iCalendar (.ics) pour les applications d’agenda</translation>
        </message>
        <message>
            <source>the .ics file to write</source>
            <translation>le fichier .ics à écrire</translation>
        </message>
        <message>
            <source>only activities assigned to this user (name or id)</source>
            <translation>seulement les activités attribuées à cet utilisateur (nom ou id)</translation>
        </message>
        <message>
            <source>only activities due on or after this day</source>
            <translation>seulement les activités prévues ce jour-là ou après</translation>
        </message>
        <message>
            <source>only activities due on or before this day</source>
            <translation>seulement les activités prévues ce jour-là ou avant</translation>
        </message>
        <message>
            <source>completed activities too (default: open only)</source>
            <translation>les activités terminées aussi (par défaut : seulement les ouvertes)</translation>
        </message>
        <message>
            <source>import records from a CSV or Excel file (creates the database if there is none)</source>
            <translation>importe des enregistrements d’un fichier CSV ou Excel (crée la base de données s’il n’y en a pas)</translation>
        </message>
        <message>
            <source>what the file's rows are</source>
            <translation>ce que sont les lignes du fichier</translation>
        </message>
        <message>
            <source>the .csv or .xlsx file to import</source>
            <translation>le fichier .csv ou .xlsx à importer</translation>
        </message>
        <message>
            <source>columns to import as which field, as {"Header": "field key"} (null skips a column); columns not named are matched by their headers</source>
            <translation>quelles colonnes importer dans quel champ, sous la forme {"Header": "field key"} (null ignore une colonne) ; les colonnes non nommées sont associées par leur en-tête</translation>
        </message>
        <message>
            <source>what to do with a row that matches an existing record (default: skip)</source>
            <translation>que faire d’une ligne qui correspond à un enregistrement existant (par défaut : skip)</translation>
        </message>
        <message>
            <source>check the file and report, but write nothing</source>
            <translation>vérifie le fichier et fait le rapport, sans rien écrire</translation>
        </message>
        <message>
            <source>import nothing and exit 1 when any row would be rejected</source>
            <translation>n’importe rien et quitte avec 1 si une ligne serait rejetée</translation>
        </message>
        <message>
            <source>read dates like 03/04/2026 as month/day (default: day/month)</source>
            <translation>lit les dates comme 03/04/2026 en mois/jour (par défaut : jour/mois)</translation>
        </message>
        <message>
            <source>reject rows naming an organization, person or deal that does not exist (default: create it)</source>
            <translation>rejette les lignes qui nomment une organisation, une personne ou une affaire inexistante (par défaut : la créer)</translation>
        </message>
        <message>
            <source>write all records of one kind to a CSV or Excel file that imports again</source>
            <translation>écrit tous les enregistrements d’un type dans un fichier CSV ou Excel qui se réimporte</translation>
        </message>
        <message>
            <source>what to export</source>
            <translation>ce qu’il faut exporter</translation>
        </message>
        <message>
            <source>file format (default: from the file name's extension, else csv)</source>
            <translation>format du fichier (par défaut : d’après l’extension du nom, sinon csv)</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>le fichier à écrire</translation>
        </message>
        <message>
            <source>what separates a CSV file's cells (default: semicolon where the system's locale writes decimals with a comma, as Excel there expects; comma elsewhere)</source>
            <translation>ce qui sépare les cellules d’un fichier CSV (par défaut : point-virgule là où les paramètres régionaux du système écrivent les décimales avec une virgule, comme Excel l’y attend ; virgule ailleurs)</translation>
        </message>
        <message>
            <source>write a CSV file's decimals with a comma, as a spreadsheet in such a language reads numbers, and separate its cells with semicolons unless --delimiter says otherwise (default: a dot, for other programs)</source>
            <translation>écrire les décimales d’un fichier CSV avec une virgule, comme un tableur dans une telle langue lit les nombres, et séparer ses cellules par des points-virgules sauf indication contraire de --delimiter (par défaut : un point, pour les autres programmes)</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 est après --to %2</translation>
        </message>
        <message>
            <source>several users are named '%1'; give the id instead (%2)</source>
            <translation>plusieurs utilisateurs s’appellent « %1 » ; donnez plutôt l’id (%2)</translation>
        </message>
        <message>
            <source>there is no user with the name or id '%1'</source>
            <translation>il n’y a pas d’utilisateur avec le nom ou l’id « %1 »</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln activity(s) to %1</source>
            <translation>
                <numerusform>%Ln activité écrite dans %1</numerusform>
                <numerusform>%Ln activités écrites dans %1</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2</source>
            <translation>%1 n’est pas du JSON valide : %2</translation>
        </message>
        <message>
            <source>%1 must be a JSON object like {"Header": "field key"}</source>
            <translation>%1 doit être un objet JSON comme {"Header": "field key"}</translation>
        </message>
        <message>
            <source>the file has no column '%1' (named in %2)</source>
            <translation>le fichier n’a pas de colonne « %1 » (nommée dans %2)</translation>
        </message>
        <message>
            <source>'%1' is not a field of %2; use one of: %3</source>
            <translation>« %1 » n’est pas un champ de %2 ; utilisez l’un de : %3</translation>
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4 (dry run: nothing was written)</source>
            <translation>Créés %1, mis à jour %2, ignorés %3, rejetés %4 (essai : rien n’a été écrit)</translation>
        </message>
        <message>
            <source>Created %1, updated %2, skipped %3, rejected %4</source>
            <translation>Créés %1, mis à jour %2, ignorés %3, rejetés %4</translation>
        </message>
        <message numerus="yes">
            <source>Created %Ln linked record(s)</source>
            <translation>
                <numerusform>%Ln enregistrement lié créé</numerusform>
                <numerusform>%Ln enregistrements liés créés</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <source>%1 has no column for %2; name it with --mapping</source>
            <translation>%1 n’a pas de colonne pour %2 ; nommez-la avec --mapping</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the rows would be rejected (listed above); nothing was imported</source>
            <translation>
                <numerusform>%Ln des lignes serait rejetée (listée ci-dessus) ; rien n’a été importé</numerusform>
                <numerusform>%Ln des lignes seraient rejetées (listées ci-dessus) ; rien n’a été importé</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln row(s) to %1</source>
            <translation>
                <numerusform>%Ln ligne écrite dans %1</numerusform>
                <numerusform>%Ln lignes écrites dans %1</numerusform>
            </translation>
        </message>
        <message>
            <source>id %1</source>
            <translation>l’id %1</translation>
        </message>
        <message>
            <source>ids %1-%2</source>
            <translation>les id %1 à %2</translation>
        </message>
        <message>
            <source>%1: could not read %2 (the database is damaged)</source>
            <translation>%1 : impossible de lire %2 (la base de données est endommagée)</translation>
        </message>
        <message>
            <source>%1: %2 written without %3 (the database is damaged)</source>
            <translation>%1 : %2 écrit sans %3 (la base de données est endommagée)</translation>
        </message>
        <message>
            <source>the export is incomplete; run '%1 check' and restore the database from a backup</source>
            <translation>l’export est incomplet ; lancez « %1 check » et restaurez la base de données depuis une sauvegarde</translation>
        </message>
        <message>
            <source>make an empty PostgreSQL database a team database (or bring one up to date)</source>
            <translation>faire d’une base PostgreSQL vide une base d’équipe (ou en mettre une à jour)</translation>
        </message>
        <message>
            <source>the database, as postgresql://user@host:5432/dbname</source>
            <translation>la base, sous la forme postgresql://utilisateur@hôte:5432/base</translation>
        </message>
        <message>
            <source>copy a whole database into a new file or an empty team database (a file to a server, a server to a file, or a file to a file)</source>
            <translation>copier une base de données entière dans un nouveau fichier ou une base d’équipe vide (d’un fichier vers un serveur, d’un serveur vers un fichier, ou d’un fichier vers un autre)</translation>
        </message>
        <message>
            <source>the database to copy: a file, or a postgresql:// URL</source>
            <translation>la base à copier : un fichier, ou une URL postgresql://</translation>
        </message>
        <message>
            <source>where to copy it: a new file, or the URL of an empty team database</source>
            <translation>où la copier : un nouveau fichier, ou l’URL d’une base d’équipe vide</translation>
        </message>
        <message>
            <source>%1 is ready for a team: schema %2</source>
            <translation>%1 est prête pour une équipe : schéma %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln row(s)</source>
            <translation>
                <numerusform>%1 : %Ln ligne</numerusform>
                <numerusform>%1 : %Ln lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>the copy from %1 to %2 failed, and nothing was copied: %3</source>
            <translation>la copie de %1 vers %2 a échoué, et rien n’a été copié : %3</translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %Ln row(s) in %3 s</source>
            <translation>
                <numerusform>%1 copiée vers %2 : %Ln ligne en %3 s</numerusform>
                <numerusform>%1 copiée vers %2 : %Ln lignes en %3 s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Associer les colonnes</translation>
        </message>
        <message>
            <source>Choose what each column of the file holds. Columns set to “Do not import” are left out.</source>
            <translation>Choisissez le contenu de chaque colonne du fichier. Les colonnes réglées sur « Ne pas importer » sont ignorées.</translation>
        </message>
        <message>
            <source>Choose a column for each required field: %1.</source>
            <translation>Choisissez une colonne pour chaque champ obligatoire : %1.</translation>
        </message>
        <message>
            <source>Choose at least one column to import.</source>
            <translation>Choisissez au moins une colonne à importer.</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation>Devises</translation>
        </message>
        <message>
            <source>Totals are shown in the default currency; amounts in a currency without a rate count in no total until it has one.</source>
            <translation>Les totaux sont exprimés dans la devise par défaut ; les montants dans une devise sans taux de change ne comptent dans aucun total tant qu’elle n’en a pas.</translation>
        </message>
        <message>
            <source>&amp;Edit rate…</source>
            <translation>&amp;Modifier le taux…</translation>
        </message>
        <message>
            <source>Make &amp;default…</source>
            <translation>Définir par &amp;défaut…</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Modifier le taux</translation>
        </message>
        <message>
            <source>Give it a rate first: totals can only be turned into it with one.</source>
            <translation>Donnez-lui d’abord un taux : sans taux, les totaux ne peuvent pas être convertis dans cette devise.</translation>
        </message>
        <message>
            <source>Change the rate of %1</source>
            <translation>Modifier le taux de %1</translation>
        </message>
        <message>
            <source>Default currency</source>
            <translation>Devise par défaut</translation>
        </message>
        <message>
            <source>Show every total in %1 (%2) from now on?</source>
            <translation>Afficher désormais tous les totaux en %1 (%2) ?</translation>
        </message>
        <message>
            <source>Every exchange rate becomes a rate to %1, and the amounts of money custom fields are converted to it. Edit ▸ Undo changes it back.</source>
            <translation>Chaque taux de change devient un taux en %1, et les montants des champs personnalisés monétaires sont convertis en %1. Édition ▸ Annuler rétablit l’état précédent.</translation>
        </message>
        <message>
            <source>These currencies will have no rate to %1 (it would be too large): %2</source>
            <translation>Ces devises n’auront pas de taux en %1 (il serait trop élevé) : %2</translation>
        </message>
        <message>
            <source>Make %1 the default currency</source>
            <translation>Définir %1 comme devise par défaut</translation>
        </message>
        <message>
            <source>Turning every total into %1…</source>
            <translation>Conversion de tous les totaux en %1…</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesModel</name>
        <message>
            <source>no rate</source>
            <translation>pas de taux</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Fixé le</translation>
        </message>
        <message>
            <source>Rate to %1</source>
            <translation>Taux en %1</translation>
        </message>
        <message>
            <source>The default currency: totals are in it.</source>
            <translation>La devise par défaut : les totaux sont exprimés dans celle-ci.</translation>
        </message>
        <message>
            <source>Its amounts count in no total until it has a rate.</source>
            <translation>Ses montants ne comptent dans aucun total tant qu’elle n’a pas de taux.</translation>
        </message>
        <message>
            <source>1 %1 is worth %2 %3</source>
            <translation>1 %1 vaut %2 %3</translation>
        </message>
        <message>
            <source>A built-in rate: check it before relying on its totals.</source>
            <translation>Un taux intégré : vérifiez-le avant de vous fier aux totaux qui l’utilisent.</translation>
        </message>
    </context>
    <context>
        <name>Currency</name>
        <message>
            <source>Afghan afghani</source>
            <translation>Afghani afghan</translation>
        </message>
        <message>
            <source>Albanian lek</source>
            <translation>Lek albanais</translation>
        </message>
        <message>
            <source>Algerian dinar</source>
            <translation>Dinar algérien</translation>
        </message>
        <message>
            <source>Angolan kwanza</source>
            <translation>Kwanza angolais</translation>
        </message>
        <message>
            <source>Argentine peso</source>
            <translation>Peso argentin</translation>
        </message>
        <message>
            <source>Armenian dram</source>
            <translation>Dram arménien</translation>
        </message>
        <message>
            <source>Aruban florin</source>
            <translation>Florin arubais</translation>
        </message>
        <message>
            <source>Australian dollar</source>
            <translation>Dollar australien</translation>
        </message>
        <message>
            <source>Azerbaijani manat</source>
            <translation>Manat azéri</translation>
        </message>
        <message>
            <source>Bahamian dollar</source>
            <translation>Dollar bahaméen</translation>
        </message>
        <message>
            <source>Bahraini dinar</source>
            <translation>Dinar bahreïni</translation>
        </message>
        <message>
            <source>Bangladeshi taka</source>
            <translation>Taka bangladeshi</translation>
        </message>
        <message>
            <source>Barbados dollar</source>
            <translation>Dollar barbadien</translation>
        </message>
        <message>
            <source>Belarusian ruble</source>
            <translation>Rouble biélorusse</translation>
        </message>
        <message>
            <source>Belize dollar</source>
            <translation>Dollar bélizéen</translation>
        </message>
        <message>
            <source>Bermudian dollar</source>
            <translation>Dollar bermudien</translation>
        </message>
        <message>
            <source>Bhutanese ngultrum</source>
            <translation>Ngultrum bouthanais</translation>
        </message>
        <message>
            <source>Boliviano</source>
            <translation>Boliviano bolivien</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina convertible mark</source>
            <translation>Mark convertible bosniaque</translation>
        </message>
        <message>
            <source>Botswana pula</source>
            <translation>Pula botswanais</translation>
        </message>
        <message>
            <source>Brazilian real</source>
            <translation>Réal brésilien</translation>
        </message>
        <message>
            <source>Brunei dollar</source>
            <translation>Dollar brunéien</translation>
        </message>
        <message>
            <source>Bulgarian lev</source>
            <translation>Lev bulgare</translation>
        </message>
        <message>
            <source>Burundian franc</source>
            <translation>Franc burundais</translation>
        </message>
        <message>
            <source>CFP franc</source>
            <translation>Franc CFP</translation>
        </message>
        <message>
            <source>Cambodian riel</source>
            <translation>Riel cambodgien</translation>
        </message>
        <message>
            <source>Canadian dollar</source>
            <translation>Dollar canadien</translation>
        </message>
        <message>
            <source>Cape Verdean escudo</source>
            <translation>Escudo capverdien</translation>
        </message>
        <message>
            <source>Cayman Islands dollar</source>
            <translation>Dollar des îles Caïmans</translation>
        </message>
        <message>
            <source>Central African CFA franc</source>
            <translation>Franc CFA (BEAC)</translation>
        </message>
        <message>
            <source>Chilean peso</source>
            <translation>Peso chilien</translation>
        </message>
        <message>
            <source>Colombian peso</source>
            <translation>Peso colombien</translation>
        </message>
        <message>
            <source>Comoro franc</source>
            <translation>Franc comorien</translation>
        </message>
        <message>
            <source>Congolese franc</source>
            <translation>Franc congolais</translation>
        </message>
        <message>
            <source>Costa Rican colón</source>
            <translation>Colón costaricain</translation>
        </message>
        <message>
            <source>Cuban peso</source>
            <translation>Peso cubain</translation>
        </message>
        <message>
            <source>Czech koruna</source>
            <translation>Couronne tchèque</translation>
        </message>
        <message>
            <source>Danish krone</source>
            <translation>Couronne danoise</translation>
        </message>
        <message>
            <source>Djiboutian franc</source>
            <translation>Franc djiboutien</translation>
        </message>
        <message>
            <source>Dominican peso</source>
            <translation>Peso dominicain</translation>
        </message>
        <message>
            <source>East Caribbean dollar</source>
            <translation>Dollar des Caraïbes orientales</translation>
        </message>
        <message>
            <source>Egyptian pound</source>
            <translation>Livre égyptienne</translation>
        </message>
        <message>
            <source>Eritrean nakfa</source>
            <translation>Nafka érythréen</translation>
        </message>
        <message>
            <source>Ethiopian birr</source>
            <translation>Birr éthiopien</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>Euro</translation>
        </message>
        <message>
            <source>Falkland Islands pound</source>
            <translation>Livre des îles Malouines</translation>
        </message>
        <message>
            <source>Fiji dollar</source>
            <translation>Dollar fidjien</translation>
        </message>
        <message>
            <source>Gambian dalasi</source>
            <translation>Dalasi gambien</translation>
        </message>
        <message>
            <source>Georgian lari</source>
            <translation>Lari géorgien</translation>
        </message>
        <message>
            <source>Ghanaian cedi</source>
            <translation>Cédi ghanéen</translation>
        </message>
        <message>
            <source>Gibraltar pound</source>
            <translation>Livre de Gibraltar</translation>
        </message>
        <message>
            <source>Guatemalan quetzal</source>
            <translation>Quetzal guatémaltèque</translation>
        </message>
        <message>
            <source>Guinean franc</source>
            <translation>Franc guinéen</translation>
        </message>
        <message>
            <source>Guyanese dollar</source>
            <translation>Dollar du Guyana</translation>
        </message>
        <message>
            <source>Haitian gourde</source>
            <translation>Gourde haïtienne</translation>
        </message>
        <message>
            <source>Honduran lempira</source>
            <translation>Lempira hondurien</translation>
        </message>
        <message>
            <source>Hong Kong dollar</source>
            <translation>Dollar de Hong Kong</translation>
        </message>
        <message>
            <source>Hungarian forint</source>
            <translation>Forint hongrois</translation>
        </message>
        <message>
            <source>Icelandic króna</source>
            <translation>Couronne islandaise</translation>
        </message>
        <message>
            <source>Indian rupee</source>
            <translation>Roupie indienne</translation>
        </message>
        <message>
            <source>Indonesian rupiah</source>
            <translation>Roupie indonésienne</translation>
        </message>
        <message>
            <source>Iranian rial</source>
            <translation>Riyal iranien</translation>
        </message>
        <message>
            <source>Iraqi dinar</source>
            <translation>Dinar irakien</translation>
        </message>
        <message>
            <source>Israeli new shekel</source>
            <translation>Nouveau shekel israélien</translation>
        </message>
        <message>
            <source>Jamaican dollar</source>
            <translation>Dollar jamaïcain</translation>
        </message>
        <message>
            <source>Japanese yen</source>
            <translation>Yen japonais</translation>
        </message>
        <message>
            <source>Jordanian dinar</source>
            <translation>Dinar jordanien</translation>
        </message>
        <message>
            <source>Kazakhstani tenge</source>
            <translation>Tenge kazakh</translation>
        </message>
        <message>
            <source>Kenyan shilling</source>
            <translation>Shilling kényan</translation>
        </message>
        <message>
            <source>Kuwaiti dinar</source>
            <translation>Dinar koweïtien</translation>
        </message>
        <message>
            <source>Kyrgyzstani som</source>
            <translation>Som kirghize</translation>
        </message>
        <message>
            <source>Lao kip</source>
            <translation>Kip laotien</translation>
        </message>
        <message>
            <source>Lebanese pound</source>
            <translation>Livre libanaise</translation>
        </message>
        <message>
            <source>Lesotho loti</source>
            <translation>Loti lesothan</translation>
        </message>
        <message>
            <source>Liberian dollar</source>
            <translation>Dollar libérien</translation>
        </message>
        <message>
            <source>Libyan dinar</source>
            <translation>Dinar libyen</translation>
        </message>
        <message>
            <source>Macanese pataca</source>
            <translation>Pataca macanaise</translation>
        </message>
        <message>
            <source>Macedonian denar</source>
            <translation>Denar macédonien</translation>
        </message>
        <message>
            <source>Malagasy ariary</source>
            <translation>Ariary malgache</translation>
        </message>
        <message>
            <source>Malawian kwacha</source>
            <translation>Kwacha malawite</translation>
        </message>
        <message>
            <source>Malaysian ringgit</source>
            <translation>Ringgit malais</translation>
        </message>
        <message>
            <source>Maldivian rufiyaa</source>
            <translation>Rufiyaa maldivienne</translation>
        </message>
        <message>
            <source>Mauritanian ouguiya</source>
            <translation>Ouguiya mauritanien</translation>
        </message>
        <message>
            <source>Mauritian rupee</source>
            <translation>Roupie mauricienne</translation>
        </message>
        <message>
            <source>Mexican peso</source>
            <translation>Peso mexicain</translation>
        </message>
        <message>
            <source>Moldovan leu</source>
            <translation>Leu moldave</translation>
        </message>
        <message>
            <source>Mongolian tögrög</source>
            <translation>Tugrik mongol</translation>
        </message>
        <message>
            <source>Moroccan dirham</source>
            <translation>Dirham marocain</translation>
        </message>
        <message>
            <source>Mozambican metical</source>
            <translation>Metical mozambicain</translation>
        </message>
        <message>
            <source>Myanmar kyat</source>
            <translation>Kyat myanmarais</translation>
        </message>
        <message>
            <source>Namibian dollar</source>
            <translation>Dollar namibien</translation>
        </message>
        <message>
            <source>Nepalese rupee</source>
            <translation>Roupie népalaise</translation>
        </message>
        <message>
            <source>Netherlands Antillean guilder</source>
            <translation>Florin antillais</translation>
        </message>
        <message>
            <source>New Taiwan dollar</source>
            <translation>Nouveau dollar taïwanais</translation>
        </message>
        <message>
            <source>New Zealand dollar</source>
            <translation>Dollar néo-zélandais</translation>
        </message>
        <message>
            <source>Nicaraguan córdoba</source>
            <translation>Córdoba oro nicaraguayen</translation>
        </message>
        <message>
            <source>Nigerian naira</source>
            <translation>Naira nigérian</translation>
        </message>
        <message>
            <source>North Korean won</source>
            <translation>Won nord-coréen</translation>
        </message>
        <message>
            <source>Norwegian krone</source>
            <translation>Couronne norvégienne</translation>
        </message>
        <message>
            <source>Omani rial</source>
            <translation>Riyal omanais</translation>
        </message>
        <message>
            <source>Pakistani rupee</source>
            <translation>Roupie pakistanaise</translation>
        </message>
        <message>
            <source>Panamanian balboa</source>
            <translation>Balboa panaméen</translation>
        </message>
        <message>
            <source>Papua New Guinean kina</source>
            <translation>Kina papouan-néo-guinéen</translation>
        </message>
        <message>
            <source>Paraguayan guaraní</source>
            <translation>Guaraní paraguayen</translation>
        </message>
        <message>
            <source>Peruvian sol</source>
            <translation>Sol péruvien</translation>
        </message>
        <message>
            <source>Philippine peso</source>
            <translation>Peso philippin</translation>
        </message>
        <message>
            <source>Polish złoty</source>
            <translation>Zloty polonais</translation>
        </message>
        <message>
            <source>Pound sterling</source>
            <translation>Livre sterling</translation>
        </message>
        <message>
            <source>Qatari riyal</source>
            <translation>Riyal qatari</translation>
        </message>
        <message>
            <source>Renminbi</source>
            <translation>Yuan renminbi chinois</translation>
        </message>
        <message>
            <source>Romanian leu</source>
            <translation>Leu roumain</translation>
        </message>
        <message>
            <source>Russian ruble</source>
            <translation>Rouble russe</translation>
        </message>
        <message>
            <source>Rwandan franc</source>
            <translation>Franc rwandais</translation>
        </message>
        <message>
            <source>Saint Helena pound</source>
            <translation>Livre de Sainte-Hélène</translation>
        </message>
        <message>
            <source>Salvadoran colón</source>
            <translation>Colón salvadorien</translation>
        </message>
        <message>
            <source>Samoan tālā</source>
            <translation>Tala samoan</translation>
        </message>
        <message>
            <source>Saudi riyal</source>
            <translation>Riyal saoudien</translation>
        </message>
        <message>
            <source>Serbian dinar</source>
            <translation>Dinar serbe</translation>
        </message>
        <message>
            <source>Seychelles rupee</source>
            <translation>Roupie des Seychelles</translation>
        </message>
        <message>
            <source>Sierra Leonean leone</source>
            <translation>Leone sierra-léonais</translation>
        </message>
        <message>
            <source>Singapore dollar</source>
            <translation>Dollar de Singapour</translation>
        </message>
        <message>
            <source>Solomon Islands dollar</source>
            <translation>Dollar des îles Salomon</translation>
        </message>
        <message>
            <source>Somali shilling</source>
            <translation>Shilling somalien</translation>
        </message>
        <message>
            <source>South African rand</source>
            <translation>Rand sud-africain</translation>
        </message>
        <message>
            <source>South Korean won</source>
            <translation>Won sud-coréen</translation>
        </message>
        <message>
            <source>South Sudanese pound</source>
            <translation>Livre sud-soudanaise</translation>
        </message>
        <message>
            <source>Sri Lankan rupee</source>
            <translation>Roupie srilankaise</translation>
        </message>
        <message>
            <source>Sudanese pound</source>
            <translation>Livre soudanaise</translation>
        </message>
        <message>
            <source>Surinamese dollar</source>
            <translation>Dollar surinamais</translation>
        </message>
        <message>
            <source>Swazi lilangeni</source>
            <translation>Lilangeni swazi</translation>
        </message>
        <message>
            <source>Swedish krona</source>
            <translation>Couronne suédoise</translation>
        </message>
        <message>
            <source>Swiss franc</source>
            <translation>Franc suisse</translation>
        </message>
        <message>
            <source>Syrian pound</source>
            <translation>Livre syrienne</translation>
        </message>
        <message>
            <source>São Tomé and Príncipe dobra</source>
            <translation>Dobra santoméen</translation>
        </message>
        <message>
            <source>Tajikistani somoni</source>
            <translation>Somoni tadjik</translation>
        </message>
        <message>
            <source>Tanzanian shilling</source>
            <translation>Shilling tanzanien</translation>
        </message>
        <message>
            <source>Thai baht</source>
            <translation>Baht thaïlandais</translation>
        </message>
        <message>
            <source>Tongan pa'anga</source>
            <translation>Pa’anga tongan</translation>
        </message>
        <message>
            <source>Trinidad and Tobago dollar</source>
            <translation>Dollar de Trinité-et-Tobago</translation>
        </message>
        <message>
            <source>Tunisian dinar</source>
            <translation>Dinar tunisien</translation>
        </message>
        <message>
            <source>Turkish lira</source>
            <translation>Livre turque</translation>
        </message>
        <message>
            <source>Turkmenistan manat</source>
            <translation>Nouveau manat turkmène</translation>
        </message>
        <message>
            <source>UAE dirham</source>
            <translation>Dirham des Émirats arabes unis</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>Dollar des États-Unis</translation>
        </message>
        <message>
            <source>Ugandan shilling</source>
            <translation>Shilling ougandais</translation>
        </message>
        <message>
            <source>Ukrainian hryvnia</source>
            <translation>Hryvnia ukrainienne</translation>
        </message>
        <message>
            <source>Unidad de Fomento</source>
            <translation>Unité d’investissement chilienne</translation>
        </message>
        <message>
            <source>Unidad previsional</source>
            <translation>Unité de salaire nominal uruguayenne</translation>
        </message>
        <message>
            <source>Uruguay peso en unidades indexadas</source>
            <translation>Peso uruguayen (unités indexées)</translation>
        </message>
        <message>
            <source>Uruguayan peso</source>
            <translation>Peso uruguayen</translation>
        </message>
        <message>
            <source>Uzbekistani sum</source>
            <translation>Sum ouzbek</translation>
        </message>
        <message>
            <source>Vanuatu vatu</source>
            <translation>Vatu vanuatuan</translation>
        </message>
        <message>
            <source>Venezuelan digital bolívar</source>
            <translation>VED</translation>
        </message>
        <message>
            <source>Venezuelan sovereign bolívar</source>
            <translation>Bolivar vénézuélien</translation>
        </message>
        <message>
            <source>Vietnamese đồng</source>
            <translation>Dông vietnamien</translation>
        </message>
        <message>
            <source>West African CFA franc</source>
            <translation>Franc CFA (BCEAO)</translation>
        </message>
        <message>
            <source>Yemeni rial</source>
            <translation>Riyal yéménite</translation>
        </message>
        <message>
            <source>Zambian kwacha</source>
            <translation>Kwacha zambien</translation>
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
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Move field</source>
            <translation>Déplacer le champ</translation>
        </message>
        <message>
            <source>Hide the selected field everywhere; its values are kept</source>
            <translation>Masquer partout le champ sélectionné ; ses valeurs sont conservées</translation>
        </message>
        <message>
            <source>Show the selected field again, with the values it kept</source>
            <translation>Afficher à nouveau le champ sélectionné, avec les valeurs conservées</translation>
        </message>
        <message>
            <source>New field</source>
            <translation>Nouveau champ</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Ajouter un champ</translation>
        </message>
        <message>
            <source>Rename field</source>
            <translation>Renommer le champ</translation>
        </message>
        <message>
            <source>Options of “%1”</source>
            <translation>Options de « %1 »</translation>
        </message>
        <message>
            <source>Edit options</source>
            <translation>Modifier les options</translation>
        </message>
        <message>
            <source>Restore field</source>
            <translation>Restaurer le champ</translation>
        </message>
        <message>
            <source>Retire field</source>
            <translation>Retirer le champ</translation>
        </message>
        <message>
            <source>Mark the renewal date</source>
            <translation>Marquer la date de renouvellement</translation>
        </message>
        <message>
            <source>Unmark the renewal date</source>
            <translation>Retirer la date de renouvellement</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Champs personnalisés</translation>
        </message>
        <message>
            <source>&amp;Fields of:</source>
            <translation>&amp;Champs de :</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Affaires</translation>
        </message>
        <message>
            <source>Add a field at the end of the list</source>
            <translation>Ajouter un champ à la fin de la liste</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>Rename the selected field (F2); its values stay</source>
            <translation>Renommer le champ sélectionné (F2) ; ses valeurs sont conservées</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>Re&amp;nommer…</translation>
        </message>
        <message>
            <source>Add, reorder or remove the options of the selected field</source>
            <translation>Ajouter, réordonner ou supprimer les options du champ sélectionné</translation>
        </message>
        <message>
            <source>Edit &amp;options…</source>
            <translation>Modifier les &amp;options…</translation>
        </message>
        <message>
            <source>Show the selected field earlier (Alt+Up)</source>
            <translation>Afficher le champ sélectionné plus haut (Alt+Haut)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Show the selected field later (Alt+Down)</source>
            <translation>Afficher le champ sélectionné plus bas (Alt+Bas)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Renewal &amp;date</source>
            <translation>Da&amp;te de renouvellement</translation>
        </message>
        <message>
            <source>Mark the selected date field as the date each account renews: the view “Renewal in the next 60 days” lists those renewing soon</source>
            <translation>Marquer le champ de date sélectionné comme la date de renouvellement de chaque compte : la vue « Renouvellement dans les 60 prochains jours » liste ceux qui renouvellent bientôt</translation>
        </message>
        <message>
            <source>A retired field is hidden everywhere but keeps its values; restore it to show them again.</source>
            <translation>Un champ retiré est masqué partout mais conserve ses valeurs ; restaurez-le pour les afficher à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>CustomValuesModel</name>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Delete clears the date.</source>
            <translation>Suppr efface la date.</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>New deal</source>
            <translation>Nouvelle affaire</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sans propriétaire</translation>
        </message>
        <message>
            <source>New deal for %1</source>
            <translation>Nouvelle affaire pour %1</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Modifier l’affaire</translation>
        </message>
        <message>
            <source>won on %1</source>
            <translation>gagnée le %1</translation>
        </message>
        <message>
            <source>lost on %1</source>
            <translation>perdue le %1</translation>
        </message>
        <message>
            <source>No person</source>
            <translation>Aucune personne</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Affaire</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>For example: Annual licence renewal</source>
            <translation>Par exemple : Renouvellement de la licence annuelle</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation>Tapez pour rechercher ; laissez vide pour aucune</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valeur :</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>P&amp;ropriétaire :</translation>
        </message>
        <message>
            <source>E&amp;xpected close:</source>
            <translation>&amp;Clôture prévue :</translation>
        </message>
        <message>
            <source>No &amp;date</source>
            <translation>Sans &amp;date</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <source>Op&amp;en</source>
            <translation>O&amp;uverte</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>&amp;Gagnée</translation>
        </message>
        <message>
            <source>&amp;Lost</source>
            <translation>P&amp;erdue</translation>
        </message>
        <message>
            <source>Lost &amp;reason:</source>
            <translation>&amp;Motif de la perte :</translation>
        </message>
        <message>
            <source>Why the customer said no</source>
            <translation>Pourquoi le client a dit non</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gagnée</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdue</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Affaire</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>Contact : %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Motif de la perte</translation>
        </message>
    </context>
    <context>
        <name>DemoOffer</name>
        <message>
            <source>Creating demo data…</source>
            <translation>Création des données de démonstration…</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Données de démonstration</translation>
        </message>
        <message>
            <source>Welcome to accountmgr</source>
            <translation>Bienvenue dans accountmgr</translation>
        </message>
        <message>
            <source>Your database is empty.</source>
            <translation>Votre base de données est vide.</translation>
        </message>
        <message>
            <source>Would you like to explore the application with demo customers, deals and activities? You can delete them later.</source>
            <translation>Voulez-vous découvrir l’application avec des clients, des affaires et des activités de démonstration ? Vous pourrez les supprimer plus tard.</translation>
        </message>
        <message>
            <source>Create demo data</source>
            <translation>Créer des données de démo</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Commencer sans données</translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <source>--db needs a file name.</source>
            <translation>--db nécessite un nom de fichier.</translation>
        </message>
        <message>
            <source>A backup cannot be restored while a change is being written.</source>
            <translation>Impossible de restaurer une sauvegarde pendant l’écriture d’une modification.</translation>
        </message>
        <message>
            <source>A backup cannot be taken while a change is being written.</source>
            <translation>Impossible d’effectuer une sauvegarde pendant l’écriture d’une modification.</translation>
        </message>
        <message>
            <source>A deal value cannot be negative.</source>
            <translation>La valeur d’une affaire ne peut pas être négative.</translation>
        </message>
        <message>
            <source>A deal value must be a whole number of minor units.</source>
            <translation>La valeur d’une affaire doit être un nombre entier de subdivisions de la devise.</translation>
        </message>
        <message>
            <source>A field with this name or id exists again.</source>
            <translation>Un champ portant ce nom ou cet identifiant existe de nouveau.</translation>
        </message>
        <message>
            <source>A note needs an organization.</source>
            <translation>Une note doit être liée à une organisation.</translation>
        </message>
        <message>
            <source>A retired activity type is already called “{name}”: restore it instead.</source>
            <translation>Un type d’activité retiré s’appelle déjà « {name} » : restaurez-le plutôt.</translation>
        </message>
        <message>
            <source>A retired field is already called “{name}”: restore it instead.</source>
            <translation>Un champ retiré s’appelle déjà « {name} » : restaurez-le plutôt.</translation>
        </message>
        <message>
            <source>A sheet of “{name}” has more than {limit} rows, more than an Excel sheet can hold; it cannot be imported.</source>
            <translation>Une feuille de « {name} » compte plus de {limit} lignes, davantage qu’une feuille Excel ne peut en contenir ; elle ne peut pas être importée.</translation>
        </message>
        <message>
            <source>A text of {length} characters does not fit in an Excel cell (at most {limit}); export as CSV instead.</source>
            <translation>Un texte de {length} caractères ne tient pas dans une cellule Excel (au plus {limit}) ; exportez plutôt au format CSV.</translation>
        </message>
        <message>
            <source>A view needs a name.</source>
            <translation>Une vue a besoin d’un nom.</translation>
        </message>
        <message>
            <source>A view's name has at most {limit} characters.</source>
            <translation>Le nom d’une vue a au plus {limit} caractères.</translation>
        </message>
        <message>
            <source>Activities have no field “{field}”.</source>
            <translation>Les activités n’ont pas de champ « {field} ».</translation>
        </message>
        <message>
            <source>Activities of the type “{name}” exist already; retire it instead.</source>
            <translation>Des activités du type « {name} » existent déjà ; retirez-le plutôt.</translation>
        </message>
        <message>
            <source>Activity types have no field “{field}”.</source>
            <translation>Les types d’activités n’ont pas de champ « {field} ».</translation>
        </message>
        <message>
            <source>An activity type with this key or id exists again.</source>
            <translation>Un type d’activité avec cette clé ou cet identifiant existe de nouveau.</translation>
        </message>
        <message>
            <source>An exchange rate must be a whole number of millionths.</source>
            <translation>Un taux de change doit être un nombre entier de millionièmes.</translation>
        </message>
        <message>
            <source>An exchange rate must be greater than 0 and at most 1000.</source>
            <translation>Un taux de change doit être supérieur à 0 et au plus égal à 1000.</translation>
        </message>
        <message>
            <source>An option field needs at least one option.</source>
            <translation>Un champ à options nécessite au moins une option.</translation>
        </message>
        <message>
            <source>Cannot create the folder {path}: {reason}.</source>
            <translation>Impossible de créer le dossier {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: {exc}.</source>
            <translation>Impossible d’ouvrir {path} : {exc}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Impossible de lire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot write to {folder}: {reason}.</source>
            <translation>Impossible d’écrire dans {folder} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Impossible d’écrire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Choose the column that holds “{field}”.</source>
            <translation>Choisissez la colonne qui contient « {field} ».</translation>
        </message>
        <message>
            <source>Column {column} is mapped to “{field}”, which {kind} do not have.</source>
            <translation>La colonne {column} est associée à « {field} », un champ que les {kind} n’ont pas.</translation>
        </message>
        <message>
            <source>Deals have no field “{field}”.</source>
            <translation>Les affaires n’ont pas de champ « {field} ».</translation>
        </message>
        <message>
            <source>Its organization was deleted meanwhile.</source>
            <translation>Son organisation a été supprimée entre-temps.</translation>
        </message>
        <message>
            <source>Line {line} of “{name}” cannot be read: {reason}.</source>
            <translation>La ligne {line} de « {name} » ne peut pas être lue : {reason}.</translation>
        </message>
        <message>
            <source>No column gives the {field}.</source>
            <translation>Aucune colonne ne fournit le champ « {field} ».</translation>
        </message>
        <message>
            <source>No database file is open, so there is nothing to back up or restore.</source>
            <translation>Aucun fichier de base de données n’est ouvert : il n’y a rien à sauvegarder ni à restaurer.</translation>
        </message>
        <message>
            <source>Only a date field of organizations can be the renewal date.</source>
            <translation>Seul un champ de date des organisations peut être la date de renouvellement.</translation>
        </message>
        <message>
            <source>Organizations have no field “{field}”.</source>
            <translation>Les organisations n’ont pas de champ « {field} ».</translation>
        </message>
        <message>
            <source>People have no field “{field}”.</source>
            <translation>Les personnes n’ont pas de champ « {field} ».</translation>
        </message>
        <message>
            <source>Row {row} of “{name}” has a cell of {length} characters; no field takes more than {limit}.</source>
            <translation>La ligne {row} de « {name} » contient une cellule de {length} caractères ; aucun champ n’en accepte plus de {limit}.</translation>
        </message>
        <message>
            <source>Several organizations are named “{name}”; pick one from the list.</source>
            <translation>Plusieurs organisations s’appellent « {name} » ; choisissez-en une dans la liste.</translation>
        </message>
        <message>
            <source>Someone else changed {name} meanwhile, so your change was not saved. What is on screen now is the latest; make your change again if it still applies.</source>
            <translation>Quelqu’un d’autre a modifié {name} entre-temps : votre modification n’a donc pas été enregistrée. Ce qui est affiché est la dernière version ; refaites votre modification si elle s’applique toujours.</translation>
        </message>
        <message>
            <source>Someone else changed {name} while you were editing it, so your changes were not saved. The dialog now shows the latest; make your changes again if they still apply.</source>
            <translation>Quelqu’un d’autre a modifié {name} pendant que vous l’éditiez : vos modifications n’ont donc pas été enregistrées. La fenêtre affiche maintenant la dernière version ; refaites vos modifications si elles s’appliquent toujours.</translation>
        </message>
        <message>
            <source>That view was deleted meanwhile.</source>
            <translation>Cette vue a été supprimée entre-temps.</translation>
        </message>
        <message>
            <source>The amount is too large.</source>
            <translation>Le montant est trop élevé.</translation>
        </message>
        <message>
            <source>The backup to {path} could not be written: {exc}.</source>
            <translation>La sauvegarde dans {path} n’a pas pu être écrite : {exc}.</translation>
        </message>
        <message>
            <source>The copy did not pass its check, so no backup was kept: {problem}. The database itself may be damaged.</source>
            <translation>La copie n’a pas passé sa vérification, aucune sauvegarde n’a donc été conservée : {problem}. La base de données elle-même est peut-être endommagée.</translation>
        </message>
        <message>
            <source>The copy of “{name}” is missing from the file store; please attach it again.</source>
            <translation>La copie de « {name} » est absente du stockage des fichiers ; veuillez le joindre à nouveau.</translation>
        </message>
        <message>
            <source>The database already holds data; demo data is only added to an empty database unless forced.</source>
            <translation>La base de données contient déjà des données ; les données de démonstration ne sont ajoutées qu’à une base vide, sauf si c’est forcé.</translation>
        </message>
        <message>
            <source>The database is busy with another change; nothing was saved. Please try again.</source>
            <translation>La base de données est occupée par une autre modification ; rien n’a été enregistré. Veuillez réessayer.</translation>
        </message>
        <message>
            <source>The deal belongs to another organization.</source>
            <translation>L’affaire appartient à une autre organisation.</translation>
        </message>
        <message>
            <source>The default currency's rate is always 1.</source>
            <translation>Le taux de la devise par défaut est toujours 1.</translation>
        </message>
        <message>
            <source>The default duration must be between 0 and {limit} minutes.</source>
            <translation>La durée par défaut doit être comprise entre 0 et {limit} minutes.</translation>
        </message>
        <message>
            <source>The default subject is too long ({length} characters; at most {limit}).</source>
            <translation>L’objet par défaut est trop long ({length} caractères ; au plus {limit}).</translation>
        </message>
        <message>
            <source>The default subject must be text.</source>
            <translation>L’objet par défaut doit être du texte.</translation>
        </message>
        <message>
            <source>The destination has no table {table}; it cannot take a copy.</source>
            <translation>La destination n’a pas de table {table} ; elle ne peut pas recevoir de copie.</translation>
        </message>
        <message>
            <source>The destination's table {table} has no column {columns}; it cannot take a copy.</source>
            <translation>La table {table} de la destination n’a pas de colonne {columns} ; elle ne peut pas recevoir de copie.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space on the disk that holds the database and try again.</source>
            <translation>Le disque est plein : rien n’a été enregistré. Libérez de l’espace sur le disque qui contient la base de données, puis réessayez.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full, so no backup could be taken and nothing was changed. Free some space and try again.</source>
            <translation>Le disque qui contient {path} est plein : aucune sauvegarde n’a pu être effectuée et rien n’a été modifié. Libérez de l’espace et réessayez.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full, so the database cannot be opened. Free some space and try again; the database was not changed.</source>
            <translation>Le disque qui contient {path} est plein : la base de données ne peut pas être ouverte. Libérez de l’espace et réessayez ; la base de données n’a pas été modifiée.</translation>
        </message>
        <message>
            <source>The due date is not a date.</source>
            <translation>La date d’échéance n’est pas une date.</translation>
        </message>
        <message>
            <source>The due time is not a time of day.</source>
            <translation>L’heure d’échéance n’est pas une heure valide.</translation>
        </message>
        <message>
            <source>The duration must be between 0 and 31 days.</source>
            <translation>La durée doit être comprise entre 0 et 31 jours.</translation>
        </message>
        <message>
            <source>The end of the repetition is not a date.</source>
            <translation>La fin de la répétition n’est pas une date.</translation>
        </message>
        <message>
            <source>The expected close date is not a date.</source>
            <translation>La date de clôture prévue n’est pas une date.</translation>
        </message>
        <message>
            <source>The export range must be given as dates.</source>
            <translation>La période d’exportation doit être indiquée par des dates.</translation>
        </message>
        <message>
            <source>The export range starts ({start}) after it ends ({end}).</source>
            <translation>La période d’exportation commence ({start}) après sa fin ({end}).</translation>
        </message>
        <message>
            <source>The field “{name}” already holds values; retire it instead.</source>
            <translation>Le champ « {name} » contient déjà des valeurs ; retirez-le plutôt.</translation>
        </message>
        <message>
            <source>The field “{name}” has no options.</source>
            <translation>Le champ « {name} » n’a pas d’options.</translation>
        </message>
        <message>
            <source>The file name must be text.</source>
            <translation>Le nom du fichier doit être du texte.</translation>
        </message>
        <message>
            <source>The file store {folder} cannot be written to: {reason}.</source>
            <translation>Impossible d’écrire dans le stockage des fichiers {folder} : {reason}.</translation>
        </message>
        <message>
            <source>The file “{name}” cannot be read: {reason}.</source>
            <translation>Le fichier « {name} » ne peut pas être lu : {reason}.</translation>
        </message>
        <message>
            <source>The file “{name}” does not exist.</source>
            <translation>Le fichier « {name} » n’existe pas.</translation>
        </message>
        <message>
            <source>The file “{name}” has no header row.</source>
            <translation>Le fichier « {name} » n’a pas de ligne d’en-tête.</translation>
        </message>
        <message>
            <source>The file “{name}” is empty.</source>
            <translation>Le fichier « {name} » est vide.</translation>
        </message>
        <message>
            <source>The first sheet of “{name}” is empty.</source>
            <translation>La première feuille de « {name} » est vide.</translation>
        </message>
        <message>
            <source>The follow-up delay must be empty or between 1 and {limit} days.</source>
            <translation>Le délai de suivi doit être vide ou compris entre 1 et {limit} jours.</translation>
        </message>
        <message>
            <source>The icon must be the file name of an SVG image.</source>
            <translation>L’icône doit être le nom de fichier d’une image SVG.</translation>
        </message>
        <message>
            <source>The note must not be empty.</source>
            <translation>La note ne doit pas être vide.</translation>
        </message>
        <message>
            <source>The number of organizations must be at least 1.</source>
            <translation>Le nombre d’organisations doit être au moins égal à 1.</translation>
        </message>
        <message>
            <source>The option “{option}” cannot be removed: one record uses it. Choose another value for it first.</source>
            <translation>L’option « {option} » ne peut pas être supprimée : un enregistrement l’utilise. Choisissez d’abord une autre valeur pour celui-ci.</translation>
        </message>
        <message>
            <source>The option “{option}” cannot be removed: {count} records use it. Choose another value for them first.</source>
            <translation>L’option « {option} » ne peut pas être supprimée : {count} enregistrements l’utilisent. Choisissez d’abord une autre valeur pour ceux-ci.</translation>
        </message>
        <message>
            <source>The option “{option}” is listed twice.</source>
            <translation>L’option « {option} » figure deux fois dans la liste.</translation>
        </message>
        <message>
            <source>The repetition ends ({until}) before the activity is due ({due}).</source>
            <translation>La répétition se termine ({until}) avant l’échéance de l’activité ({due}).</translation>
        </message>
        <message>
            <source>The repetition interval must be a whole number from 1 to {limit}.</source>
            <translation>L’intervalle de répétition doit être un nombre entier compris entre 1 et {limit}.</translation>
        </message>
        <message>
            <source>The repetition is not a repetition rule.</source>
            <translation>La répétition n’est pas une règle de répétition.</translation>
        </message>
        <message>
            <source>The repetition must end on or after the first date.</source>
            <translation>La répétition doit se terminer à la première date ou après.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is damaged; please attach the file again.</source>
            <translation>La copie stockée de « {name} » est endommagée ; veuillez joindre le fichier à nouveau.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is missing; please attach the file again.</source>
            <translation>La copie stockée de « {name} » est introuvable ; veuillez joindre le fichier à nouveau.</translation>
        </message>
        <message>
            <source>The tables {tables} refer to each other; they cannot be copied in order.</source>
            <translation>Les tables {tables} se font référence les unes aux autres ; elles ne peuvent pas être copiées dans l’ordre.</translation>
        </message>
        <message>
            <source>The team database cannot be reached: nothing was saved. Changes can be saved again once the connection is back.</source>
            <translation>La base d’équipe est injoignable : rien n’a été enregistré. Les modifications pourront de nouveau être enregistrées une fois la connexion rétablie.</translation>
        </message>
        <message>
            <source>The team database {url} cannot be reached: {reason}.</source>
            <translation>La base d’équipe {url} est injoignable : {reason}.</translation>
        </message>
        <message>
            <source>The text has bytes that are not valid UTF-8.</source>
            <translation>Le texte contient des octets qui ne sont pas de l’UTF-8 valide.</translation>
        </message>
        <message>
            <source>The workbook “{name}” has no sheet.</source>
            <translation>Le classeur « {name} » n’a aucune feuille.</translation>
        </message>
        <message>
            <source>The {field} is missing.</source>
            <translation>Le champ « {field} » est manquant.</translation>
        </message>
        <message>
            <source>The {table} table is too damaged to find its last record; check the database and restore it from a backup.</source>
            <translation>La table {table} est trop endommagée pour retrouver son dernier enregistrement ; vérifiez la base de données et restaurez-la à partir d’une sauvegarde.</translation>
        </message>
        <message>
            <source>The {what} are too long ({length} characters; at most {limit}).</source>
            <translation>Le champ « {what} » est trop long ({length} caractères ; au plus {limit}).</translation>
        </message>
        <message>
            <source>The {what} is too long ({length} characters; at most {limit}).</source>
            <translation>Le champ « {what} » est trop long ({length} caractères ; au plus {limit}).</translation>
        </message>
        <message>
            <source>The {what} must be text.</source>
            <translation>Le champ « {what} » doit être du texte.</translation>
        </message>
        <message>
            <source>The {what} must not be empty.</source>
            <translation>Le champ « {what} » ne doit pas être vide.</translation>
        </message>
        <message>
            <source>There is already a field called “{name}”.</source>
            <translation>Il existe déjà un champ nommé « {name} ».</translation>
        </message>
        <message>
            <source>There is already an activity type called “{name}”.</source>
            <translation>Il existe déjà un type d’activité nommé « {name} ».</translation>
        </message>
        <message>
            <source>There is no accountmgr database at {path}.</source>
            <translation>Il n’y a pas de base de données accountmgr à l’emplacement {path}.</translation>
        </message>
        <message>
            <source>There is no activity type to give the activity.</source>
            <translation>Aucun type d’activité ne peut être attribué à l’activité.</translation>
        </message>
        <message>
            <source>There is no deal “{title}”.</source>
            <translation>Il n’existe aucune affaire « {title} ».</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Il n’y a pas de fichier {path}.</translation>
        </message>
        <message>
            <source>There is no organization named “{name}”.</source>
            <translation>Il n’existe aucune organisation nommée « {name} ».</translation>
        </message>
        <message>
            <source>There is no organization with id {id}.</source>
            <translation>Il n’existe aucune organisation avec l’identifiant {id}.</translation>
        </message>
        <message>
            <source>There is no organization “{name}”.</source>
            <translation>Il n’existe aucune organisation « {name} ».</translation>
        </message>
        <message>
            <source>There is no person “{name}”.</source>
            <translation>Il n’existe aucune personne « {name} ».</translation>
        </message>
        <message>
            <source>There is no user with id {id}.</source>
            <translation>Il n’existe aucun utilisateur avec l’identifiant {id}.</translation>
        </message>
        <message>
            <source>There is no user “{name}”.</source>
            <translation>Il n’existe aucun utilisateur « {name} ».</translation>
        </message>
        <message>
            <source>There is no user “{value}”.</source>
            <translation>Il n’existe aucun utilisateur « {value} ».</translation>
        </message>
        <message>
            <source>There is no {what} with id {id}.</source>
            <translation>Aucun enregistrement « {what} » avec l’identifiant {id}.</translation>
        </message>
        <message>
            <source>This organization exists already.</source>
            <translation>Cette organisation existe déjà.</translation>
        </message>
        <message>
            <source>This record exists already.</source>
            <translation>Cet enregistrement existe déjà.</translation>
        </message>
        <message>
            <source>Two columns are mapped to “{field}”.</source>
            <translation>Deux colonnes sont associées à « {field} ».</translation>
        </message>
        <message>
            <source>Unknown column “{key}”.</source>
            <translation>Colonne inconnue : « {key} ».</translation>
        </message>
        <message>
            <source>{backup} could not be put in place of {path}: {exc}.</source>
            <translation>{backup} n’a pas pu être mis à la place de {path} : {exc}.</translation>
        </message>
        <message>
            <source>{code} has no exchange rate yet: give it one before making it the default currency.</source>
            <translation>{code} n’a pas encore de taux de change : donnez-lui-en un avant d’en faire la devise par défaut.</translation>
        </message>
        <message>
            <source>{count} rows do not fit on an Excel sheet (at most {limit}); export as CSV instead.</source>
            <translation>{count} lignes ne tiennent pas sur une feuille Excel (au plus {limit}) ; exportez plutôt au format CSV.</translation>
        </message>
        <message>
            <source>{name} lies beside {path}; choose another file name.</source>
            <translation>{name} se trouve à côté de {path} ; choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>{path} already exists; copy needs a new file (or an empty team database).</source>
            <translation>{path} existe déjà ; la copie a besoin d’un nouveau fichier (ou d’une base d’équipe vide).</translation>
        </message>
        <message>
            <source>{path} could not be restored ({exc}); your data was left as it was.</source>
            <translation>{path} n’a pas pu être restauré ({exc}) ; vos données ont été laissées telles quelles.</translation>
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation>{path} n’a pas pu être mis à jour vers cette version ({exc}) ; il a été laissé tel quel.</translation>
        </message>
        <message>
            <source>{path} could not be updated to this version ({exc}); your data was left as it was.</source>
            <translation>{path} n’a pas pu être mis à jour vers cette version ({exc}) ; vos données ont été laissées telles quelles.</translation>
        </message>
        <message>
            <source>{path} is a database of another application, not an accountmgr backup.</source>
            <translation>{path} est une base de données d’une autre application, pas une sauvegarde accountmgr.</translation>
        </message>
        <message>
            <source>{path} is a database of another application, not of accountmgr.</source>
            <translation>{path} est une base de données d’une autre application, pas d’accountmgr.</translation>
        </message>
        <message>
            <source>{path} is an empty SQLite file, not an accountmgr database.</source>
            <translation>{path} est un fichier SQLite vide, pas une base de données accountmgr.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be opened: {exc}.</source>
            <translation>{path} est endommagé et ne peut pas être ouvert : {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be read: {exc}.</source>
            <translation>{path} est endommagé et ne peut pas être lu : {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be updated: {exc}.</source>
            <translation>{path} est endommagé et ne peut pas être mis à jour : {exc}.</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}.</source>
            <translation>{path} est endommagé : {problem}.</translation>
        </message>
        <message>
            <source>{path} is not a database, so it is no accountmgr backup.</source>
            <translation>{path} n’est pas une base de données, ce n’est donc pas une sauvegarde accountmgr.</translation>
        </message>
        <message>
            <source>{path} is not a file.</source>
            <translation>{path} n’est pas un fichier.</translation>
        </message>
        <message>
            <source>{path} is not a regular file.</source>
            <translation>{path} n’est pas un fichier ordinaire.</translation>
        </message>
        <message>
            <source>{path} is not an accountmgr database.</source>
            <translation>{path} n’est pas une base de données accountmgr.</translation>
        </message>
        <message>
            <source>{path} is open; restore a backup into it with restore().</source>
            <translation>{path} est ouvert ; restaurez-y une sauvegarde avec restore().</translation>
        </message>
        <message>
            <source>{path} is the database accountmgr has open; choose another file name.</source>
            <translation>{path} est la base de données ouverte dans accountmgr ; choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>{path} is the open database itself, not a backup of it.</source>
            <translation>{path} est la base de données ouverte elle-même, pas une sauvegarde de celle-ci.</translation>
        </message>
        <message>
            <source>{path} is the open database itself; choose another file name.</source>
            <translation>{path} est la base de données ouverte elle-même ; choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>{path} is the source itself; copy it into another database.</source>
            <translation>{path} est la source elle-même ; copiez-la dans une autre base de données.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application to use it.</source>
            <translation>{path} a été écrit par une version plus récente d’accountmgr (schéma {version} ; cette version connaît jusqu’au {latest}). Mettez l’application à jour pour l’utiliser.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application; the file was left untouched.</source>
            <translation>{path} a été écrit par une version plus récente d’accountmgr (schéma {version} ; cette version connaît jusqu’au {latest}). Mettez l’application à jour ; le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>{url} already holds other tables ({tables}): accountmgr needs an empty database of its own.</source>
            <translation>{url} contient déjà d’autres tables ({tables}) : accountmgr a besoin d’une base vide qui lui soit propre.</translation>
        </message>
        <message>
            <source>{url} already holds records ({tables}); copy needs an empty team database.</source>
            <translation>{url} contient déjà des enregistrements ({tables}) ; la copie a besoin d’une base d’équipe vide.</translation>
        </message>
        <message>
            <source>{url} could not be prepared: {reason}. The database's owner (or a superuser) can run: CREATE EXTENSION pg_trgm;</source>
            <translation>{url} n’a pas pu être préparée : {reason}. Le propriétaire de la base (ou un superutilisateur) peut exécuter : CREATE EXTENSION pg_trgm;</translation>
        </message>
        <message>
            <source>{url} could not be updated to this version ({exc}); it was left as it was.</source>
            <translation>{url} n’a pas pu être mise à jour pour cette version ({exc}) ; elle a été laissée telle quelle.</translation>
        </message>
        <message>
            <source>{url} is a database of another application, not of accountmgr.</source>
            <translation>{url} est une base d’une autre application, pas d’accountmgr.</translation>
        </message>
        <message>
            <source>{url} is not an accountmgr team database. To make an empty PostgreSQL database one, run: accountmgr init-server {url}</source>
            <translation>{url} n’est pas une base d’équipe accountmgr. Pour en faire une à partir d’une base PostgreSQL vide, exécutez : accountmgr init-server {url}</translation>
        </message>
        <message>
            <source>{url} was written by a newer version of accountmgr (schema {version}; this version knows up to {latest}). Please update the application.</source>
            <translation>{url} a été écrite par une version plus récente d’accountmgr (schéma {version} ; cette version connaît jusqu’au {latest}). Veuillez mettre à jour l’application.</translation>
        </message>
        <message>
            <source>“{choice}” is not a way to handle duplicates.</source>
            <translation>« {choice} » n’est pas une façon de traiter les doublons.</translation>
        </message>
        <message>
            <source>“{code}” is not a known currency.</source>
            <translation>« {code} » n’est pas une devise connue.</translation>
        </message>
        <message>
            <source>“{code}” is not a two-letter country code.</source>
            <translation>« {code} » n’est pas un code pays à deux lettres.</translation>
        </message>
        <message>
            <source>“{color}” is not a colour like #2e7d32.</source>
            <translation>« {color} » n’est pas une couleur de la forme #2e7d32.</translation>
        </message>
        <message>
            <source>“{delimiter}” cannot separate the cells of a CSV file.</source>
            <translation>« {delimiter} » ne peut pas séparer les cellules d’un fichier CSV.</translation>
        </message>
        <message>
            <source>“{entity}” has no custom fields.</source>
            <translation>« {entity} » n’a pas de champs personnalisés.</translation>
        </message>
        <message>
            <source>“{field}” can only be changed one occurrence at a time.</source>
            <translation>« {field} » ne peut être modifié que pour une occurrence à la fois.</translation>
        </message>
        <message>
            <source>“{format}” is not an export format (csv or xlsx).</source>
            <translation>« {format} » n’est pas un format d’exportation (csv ou xlsx).</translation>
        </message>
        <message>
            <source>“{icon}” is not the file name of an SVG image (like “call.svg”).</source>
            <translation>« {icon} » n’est pas le nom de fichier d’une image SVG (comme « call.svg »).</translation>
        </message>
        <message>
            <source>“{key}” is not a field of {kind}.</source>
            <translation>« {key} » n’est pas un champ de {kind}.</translation>
        </message>
        <message>
            <source>“{key}” is not an activity type.</source>
            <translation>« {key} » n’est pas un type d’activité.</translation>
        </message>
        <message>
            <source>“{kind}” is not something that can be exported.</source>
            <translation>« {kind} » ne peut pas être exporté.</translation>
        </message>
        <message>
            <source>“{kind}” is not something that can be imported.</source>
            <translation>« {kind} » ne peut pas être importé.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened.</source>
            <translation>« {name} » ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}</source>
            <translation>« {name} » ne peut pas être ouvert : {reason}</translation>
        </message>
        <message>
            <source>“{name}” cannot be put back: its organization no longer exists.</source>
            <translation>« {name} » ne peut pas être rétabli : son organisation n’existe plus.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: permission denied.</source>
            <translation>« {name} » ne peut pas être lu : autorisation refusée.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>« {name} » ne peut pas être lu : {reason}.</translation>
        </message>
        <message>
            <source>“{name}” could not be copied into the file store: {reason}.</source>
            <translation>« {name} » n’a pas pu être copié dans le stockage des fichiers : {reason}.</translation>
        </message>
        <message>
            <source>“{name}” does not exist (any more).</source>
            <translation>« {name} » n’existe pas (ou plus).</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a file.</source>
            <translation>« {name} » est un dossier, pas un fichier.</translation>
        </message>
        <message>
            <source>“{name}” is an old Excel file (.xls): save it as .xlsx or CSV first.</source>
            <translation>« {name} » est un ancien fichier Excel (.xls) : enregistrez-le d’abord au format .xlsx ou CSV.</translation>
        </message>
        <message>
            <source>“{name}” is attached already.</source>
            <translation>« {name} » est déjà joint.</translation>
        </message>
        <message>
            <source>“{name}” is not a readable Excel file ({reason}).</source>
            <translation>« {name} » n’est pas un fichier Excel lisible ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (it may be a device or a pipe) and cannot be attached.</source>
            <translation>« {name} » n’est pas un fichier ordinaire (il peut s’agir d’un périphérique ou d’un tube) et ne peut pas être joint.</translation>
        </message>
        <message>
            <source>“{name}” is not a text (CSV) file: line {line} holds a NUL byte.</source>
            <translation>« {name} » n’est pas un fichier texte (CSV) : la ligne {line} contient un octet NUL.</translation>
        </message>
        <message>
            <source>“{name}” is not a text file in a known encoding.</source>
            <translation>« {name} » n’est pas un fichier texte dans un encodage connu.</translation>
        </message>
        <message>
            <source>“{name}” is not a valid Excel file.</source>
            <translation>« {name} » n’est pas un fichier Excel valide.</translation>
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be attached. To keep a copy of it, use File ▸ Back up now.</source>
            <translation>« {name} » est la base de données ouverte dans accountmgr ; elle ne peut pas être jointe. Pour en conserver une copie, utilisez Fichier ▸ Sauvegarder maintenant.</translation>
        </message>
        <message>
            <source>“{name}” is the database accountmgr has open; it cannot be imported.</source>
            <translation>« {name} » est la base de données ouverte dans accountmgr ; elle ne peut pas être importée.</translation>
        </message>
        <message>
            <source>“{name}” is the last active activity type; at least one must stay active.</source>
            <translation>« {name} » est le dernier type d’activité actif ; au moins un doit rester actif.</translation>
        </message>
        <message>
            <source>“{name}” is too large to attach (at most {limit} GiB).</source>
            <translation>« {name} » est trop volumineux pour être joint (au plus {limit} Gio).</translation>
        </message>
        <message>
            <source>“{name}” is too large to attach to a team database (at most {limit} MiB).</source>
            <translation>« {name} » est trop volumineux pour être joint à une base d’équipe (au plus {limit} Mio).</translation>
        </message>
        <message>
            <source>“{name}” unpacks to {size} MB, more than the {limit} MB an Excel file may have to be imported; save it as CSV and import that.</source>
            <translation>« {name} » occupe {size} Mo une fois décompressé, plus que les {limit} Mo autorisés pour importer un fichier Excel ; enregistrez-le au format CSV et importez ce dernier.</translation>
        </message>
        <message>
            <source>“{name}” was not copied into the file store.</source>
            <translation>« {name} » n’a pas été copié dans le stockage des fichiers.</translation>
        </message>
        <message>
            <source>“{point}” cannot be the decimal point of a CSV file separated by “{delimiter}”.</source>
            <translation>« {point} » ne peut pas être le séparateur décimal d’un fichier CSV séparé par « {delimiter} ».</translation>
        </message>
        <message>
            <source>“{status}” is not a deal status.</source>
            <translation>« {status} » n’est pas un statut d’affaire.</translation>
        </message>
        <message>
            <source>“{text}” cannot be read.</source>
            <translation>« {text} » ne peut pas être lu.</translation>
        </message>
        <message>
            <source>“{text}” has more decimals than the currency allows ({exponent}).</source>
            <translation>« {text} » comporte plus de décimales que la devise n’en autorise ({exponent}).</translation>
        </message>
        <message>
            <source>“{text}” is in {named} but the currency column says {column}.</source>
            <translation>« {text} » est en {named}, mais la colonne de devise indique {column}.</translation>
        </message>
        <message>
            <source>“{text}” is neither yes nor no.</source>
            <translation>« {text} » n’est ni oui ni non.</translation>
        </message>
        <message>
            <source>“{text}” is not a date and time.</source>
            <translation>« {text} » n’est pas une date et heure.</translation>
        </message>
        <message>
            <source>“{text}” is not a date.</source>
            <translation>« {text} » n’est pas une date.</translation>
        </message>
        <message>
            <source>“{text}” is not a deal status (open, won or lost).</source>
            <translation>« {text} » n’est pas un statut d’affaire (ouverte, gagnée ou perdue).</translation>
        </message>
        <message>
            <source>“{text}” is not a duration in minutes (at most 31 days).</source>
            <translation>« {text} » n’est pas une durée en minutes (31 jours au plus).</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>« {text} » n’est pas un nombre.</translation>
        </message>
        <message>
            <source>“{text}” is not a phone number.</source>
            <translation>« {text} » n’est pas un numéro de téléphone.</translation>
        </message>
        <message>
            <source>“{text}” is not a time of day.</source>
            <translation>« {text} » n’est pas une heure valide.</translation>
        </message>
        <message>
            <source>“{text}” is not a valid date.</source>
            <translation>« {text} » n’est pas une date valide.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>« {text} » n’est pas un montant.</translation>
        </message>
        <message>
            <source>“{text}” is not an email address.</source>
            <translation>« {text} » n’est pas une adresse e-mail.</translation>
        </message>
        <message>
            <source>“{type}” is not a field type.</source>
            <translation>« {type} » n’est pas un type de champ.</translation>
        </message>
        <message>
            <source>“{unit}” is not a repetition unit; use day, week or month.</source>
            <translation>« {unit} » n’est pas une unité de répétition ; utilisez « day », « week » ou « month ».</translation>
        </message>
        <message>
            <source>“{url}” is not a team database address: write postgresql://user@host:5432/database.</source>
            <translation>« {url} » n’est pas l’adresse d’une base d’équipe : écrivez postgresql://utilisateur@hôte:5432/base.</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>« {value} » n’est pas une date (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>« {value} » n’est pas un nombre.</translation>
        </message>
        <message>
            <source>“{value}” is not a number: write it with a decimal point.</source>
            <translation>« {value} » n’est pas un nombre : utilisez un point comme séparateur décimal.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid phone number.</source>
            <translation>« {value} » n’est pas un numéro de téléphone valide.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid {what}.</source>
            <translation>« {value} » n’est pas valide ({what}).</translation>
        </message>
        <message>
            <source>“{value}” is not one of the options of “{field}”.</source>
            <translation>« {value} » ne fait pas partie des options de « {field} ».</translation>
        </message>
        <message>
            <source>“{value}” is not one of the options.</source>
            <translation>« {value} » ne fait pas partie des options.</translation>
        </message>
    </context>
    <context>
        <name>FieldDefinitionsModel</name>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Texte long</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Monetary</source>
            <translation>Monétaire</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Single option</source>
            <translation>Option unique</translation>
        </message>
        <message>
            <source>Multiple options</source>
            <translation>Options multiples</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Hidden everywhere; its values are kept. Restore it to show it again.</source>
            <translation>Masqué partout ; ses valeurs sont conservées. Restaurez-le pour l’afficher à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>FieldDelegate</name>
        <message>
            <source>Ctrl+Enter saves; Enter starts a new line.</source>
            <translation>Ctrl+Entrée enregistre ; Entrée commence une nouvelle ligne.</translation>
        </message>
        <message>
            <source>Space ticks an option; Enter saves.</source>
            <translation>Espace coche une option ; Entrée enregistre.</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>“%1” is not a number. Write it like %2.</source>
            <translation>« %1 » n’est pas un nombre. Écrivez-le sous la forme %2.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <source>One option per line</source>
            <translation>Une option par ligne</translation>
        </message>
        <message>
            <source>&amp;Options:
(one per line)</source>
            <translation>&amp;Options :
(une par ligne)</translation>
        </message>
        <message>
            <source>For example: Contract number</source>
            <translation>Par exemple : Numéro de contrat</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type :</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>%1 file</source>
            <translation>Fichier %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>That file is the database accountmgr has open. Choose another name.</source>
            <translation>Ce fichier est la base de données ouverte dans accountmgr. Choisissez un autre nom.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Choisir le fichier</translation>
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV file or an Excel workbook (.xlsx). Nothing is written before the last step.</source>
            <translation>Importez des organisations, des personnes, des affaires, des activités ou des notes depuis un fichier CSV ou un classeur Excel (.xlsx). Rien n’est écrit avant la dernière étape.</translation>
        </message>
        <message>
            <source>Import from a file</source>
            <translation>Importer depuis un fichier</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Feuilles de calcul (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation>Le fichier ne contient aucune ligne sous son en-tête.</translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>Colonnes : %1</translation>
        </message>
        <message>
            <source>%1 · Excel workbook, first sheet</source>
            <translation>%1 · Classeur Excel, première feuille</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>virgule</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>point-virgule</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>barre verticale</translation>
        </message>
        <message>
            <source>%1 · Text encoding: %2 · Separator: %3</source>
            <translation>%1 · Encodage : %2 · Séparateur : %3</translation>
        </message>
    </context>
    <context>
        <name>FilesModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajouté le</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Concerne</translation>
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
            <translation>Assigné à</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>Date de création</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Affaire</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Done time</source>
            <translation>Date de réalisation</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Date d’échéance</translation>
        </message>
        <message>
            <source>Due time</source>
            <translation>Heure d’échéance</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Expected close date</source>
            <translation>Date de clôture prévue</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Motif de la perte</translation>
        </message>
        <message>
            <source>Lost time</source>
            <translation>Date de perte</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Épinglée</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Won time</source>
            <translation>Date de gain</translation>
        </message>
    </context>
    <context>
        <name>ImportFilePage</name>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Aucun fichier choisi</translation>
        </message>
        <message>
            <source>Choose a CSV file or an Excel workbook (.xlsx)</source>
            <translation>Choisissez un fichier CSV ou un classeur Excel (.xlsx)</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>The file &amp;holds:</source>
            <translation>Le fichier &amp;contient :</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Affaires</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;Dates are written:</source>
            <translation>Les &amp;dates sont écrites :</translation>
        </message>
        <message>
            <source>How to read dates such as 03/04/2026, which could be either</source>
            <translation>Comment lire les dates telles que 03/04/2026, qui peuvent s’interpréter des deux façons</translation>
        </message>
        <message>
            <source>Day first (31/12/2026)</source>
            <translation>Jour d’abord (31/12/2026)</translation>
        </message>
        <message>
            <source>Month first (12/31/2026)</source>
            <translation>Mois d’abord (12/31/2026)</translation>
        </message>
        <message>
            <source>When a record &amp;exists already:</source>
            <translation>Si un enregistrement &amp;existe déjà :</translation>
        </message>
        <message>
            <source>Skip the row</source>
            <translation>Ignorer la ligne</translation>
        </message>
        <message>
            <source>Update the record with the row's values</source>
            <translation>Mettre à jour l’enregistrement avec les valeurs de la ligne</translation>
        </message>
        <message>
            <source>Create another record anyway</source>
            <translation>Créer quand même un autre enregistrement</translation>
        </message>
        <message>
            <source>Create the organizations, people and deals the rows &amp;name that do not exist yet</source>
            <translation>Créer les organisations, personnes et affaires &amp;nommées qui n’existent pas encore</translation>
        </message>
        <message>
            <source>Otherwise a row that names one that does not exist is not imported, and the report says why</source>
            <translation>Sinon, une ligne qui en nomme une inexistante n’est pas importée, et le rapport indique pourquoi</translation>
        </message>
    </context>
    <context>
        <name>ImportModels</name>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gagnée</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdue</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Colonne %1</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Premières valeurs</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importer comme</translation>
        </message>
        <message>
            <source>This column is left out</source>
            <translation>Cette colonne est ignorée</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>Ne pas importer</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obligatoire)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>This row will be skipped and reported:</source>
            <translation>Cette ligne sera ignorée et signalée :</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>The line (or sheet row) in the file</source>
            <translation>La ligne (ou ligne de feuille) dans le fichier</translation>
        </message>
        <message>
            <source>day first</source>
            <translation>jour d’abord</translation>
        </message>
        <message>
            <source>month first</source>
            <translation>mois d’abord</translation>
        </message>
        <message>
            <source>“%1” could be read day first or month first; it is read %2. The first page says which.</source>
            <translation>« %1 » peut se lire jour d’abord ou mois d’abord ; lecture retenue : %2. La première page indique le format choisi.</translation>
        </message>
        <message>
            <source>From the column “%1”</source>
            <translation>De la colonne « %1 »</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Le fichier ne peut pas être lu : %1</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>ImportReportPage</name>
        <message>
            <source>Created:</source>
            <translation>Créés :</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>Mis à jour :</translation>
        </message>
        <message>
            <source>Skipped (already there):</source>
            <translation>Ignorés (déjà présents) :</translation>
        </message>
        <message>
            <source>Created because rows named them:</source>
            <translation>Créés car nommés par des lignes :</translation>
        </message>
        <message>
            <source>Organizations, people and deals that rows named and that did not exist yet</source>
            <translation>Organisations, personnes et affaires nommées par des lignes et qui n’existaient pas encore</translation>
        </message>
        <message>
            <source>Not imported:</source>
            <translation>Non importés :</translation>
        </message>
        <message>
            <source>Save the counts and the rows not imported, with their reasons, as a CSV file</source>
            <translation>Enregistrer les nombres et les lignes non importées, avec leurs motifs, dans un fichier CSV</translation>
        </message>
        <message>
            <source>&amp;Save report…</source>
            <translation>&amp;Enregistrer le rapport…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Étape %1 sur %2</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Importing… %1 of about %2 rows read</source>
            <translation>Importation… %1 lignes lues sur environ %2</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>Importation annulée ; rien n’a été écrit.</translation>
        </message>
    </context>
    <context>
        <name>KanbanModel</name>
        <message>
            <source>%1, next: %2 on %3 (%4)</source>
            <translation>%1, prochaine activité : %2 le %3 (%4)</translation>
        </message>
        <message>
            <source>%1, nothing planned</source>
            <translation>%1, rien de planifié</translation>
        </message>
    </context>
    <context>
        <name>KanbanTab</name>
        <message>
            <source>No activity</source>
            <translation>Aucune activité</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Demain</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semaine prochaine</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n compte</numerusform>
                <numerusform>%n comptes</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark next activity &amp;done</source>
            <translation>Marquer la prochaine activité comme &amp;faite</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Schedule for</source>
            <translation>&amp;Planifier pour</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Langue…</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Langue du système (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Language of accountmgr:</source>
            <translation>Langue d’accountmgr :</translation>
        </message>
        <message>
            <source>accountmgr speaks the chosen language from its next start. Restart now?</source>
            <translation>accountmgr parlera la langue choisie dès son prochain démarrage. Redémarrer maintenant ?</translation>
        </message>
    </context>
    <context>
        <name>LinkPersonDialog</name>
        <message>
            <source>Link a person to %1</source>
            <translation>Lier une personne à %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>%1 (now at %2)</source>
            <translation>%1 (actuellement chez %2)</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Show every account: no search, no filter</source>
            <translation>Afficher tous les comptes : ni recherche ni filtre</translation>
        </message>
        <message>
            <source>Owner filter</source>
            <translation>Filtre par propriétaire</translation>
        </message>
        <message>
            <source>Label filter</source>
            <translation>Filtre par étiquette</translation>
        </message>
        <message>
            <source>Next activity filter</source>
            <translation>Filtre par prochaine activité</translation>
        </message>
        <message>
            <source>Contacted or not</source>
            <translation>Contacté ou non</translation>
        </message>
        <message>
            <source>Not contacted in days</source>
            <translation>Non contacté depuis (jours)</translation>
        </message>
        <message>
            <source>Contacted lately filter</source>
            <translation>Filtre par contact récent</translation>
        </message>
        <message>
            <source>Any last contact</source>
            <translation>Dernier contact indifférent</translation>
        </message>
        <message>
            <source>Contacted in 30 days</source>
            <translation>Contacté ces 30 derniers jours</translation>
        </message>
        <message>
            <source>Contacted in 90 days</source>
            <translation>Contacté ces 90 derniers jours</translation>
        </message>
        <message>
            <source>Accounts only</source>
            <translation>Comptes uniquement</translation>
        </message>
        <message>
            <source>Uncheck to list every organization, also those without a won deal</source>
            <translation>Décochez pour lister toutes les organisations, y compris celles sans affaire gagnée</translation>
        </message>
        <message>
            <source>Show the accounts of the other filters again</source>
            <translation>Afficher de nouveau les comptes des autres filtres</translation>
        </message>
        <message>
            <source>Show the accounts of one owner</source>
            <translation>Afficher les comptes d’un propriétaire</translation>
        </message>
        <message>
            <source>Show the accounts with one label</source>
            <translation>Afficher les comptes portant une étiquette</translation>
        </message>
        <message>
            <source>Show the accounts by the date of their next activity</source>
            <translation>Afficher les comptes selon la date de leur prochaine activité</translation>
        </message>
        <message>
            <source>Show the accounts nobody contacted lately</source>
            <translation>Afficher les comptes que personne n’a contactés récemment</translation>
        </message>
        <message>
            <source>Show the accounts someone contacted lately</source>
            <translation>Afficher les comptes que quelqu’un a contactés récemment</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Tous les propriétaires</translation>
        </message>
        <message>
            <source>My accounts</source>
            <translation>Mes comptes</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sans propriétaire</translation>
        </message>
        <message>
            <source>All labels</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message>
            <source>Any next activity</source>
            <translation>Prochaine activité indifférente</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n accounts)</source>
            <translation>
                <numerusform>%1 (%n compte)</numerusform>
                <numerusform>%1 (%n comptes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Renewal in the next %n days</source>
            <translation>
                <numerusform>Renouvellement dans le prochain %n jour</numerusform>
                <numerusform>Renouvellement dans les %n prochains jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <source>Move column left</source>
            <translation>Déplacer la colonne à gauche</translation>
        </message>
        <message>
            <source>Move column right</source>
            <translation>Déplacer la colonne à droite</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>Réinitialiser les colonnes</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Accounts — accountmgr</source>
            <translation>Comptes — accountmgr</translation>
        </message>
        <message>
            <source>The team database cannot be reached. Changes are not saved until it is back; the connection is tried again every few seconds.</source>
            <translation>La base d’équipe est injoignable. Les modifications ne sont pas enregistrées tant qu’elle n’est pas de retour ; la connexion est retentée toutes les quelques secondes.</translation>
        </message>
        <message>
            <source>The team database can be reached again.</source>
            <translation>La base d’équipe est de nouveau joignable.</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Rétabli : %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Annulé : %1</translation>
        </message>
        <message>
            <source>Select an account first: the activity is scheduled for it.</source>
            <translation>Sélectionnez d’abord un compte : l’activité est planifiée pour celui-ci.</translation>
        </message>
        <message>
            <source>&amp;Reminders</source>
            <translation>&amp;Rappels</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
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
            <translation>&amp;Vue d’ensemble</translation>
        </message>
        <message>
            <source>Who is planned and who is forgotten, across every account</source>
            <translation>Qui est planifié et qui est oublié, sur tous les comptes</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Export &amp;data</source>
            <translation>Exporter les &amp;données</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <source>+ &amp;Organization</source>
            <translation>+ &amp;Organisation</translation>
        </message>
        <message>
            <source>New organization (Ctrl+N)</source>
            <translation>Nouvelle organisation (Ctrl+N)</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>+ &amp;Activity</source>
            <translation>+ A&amp;ctivité</translation>
        </message>
        <message>
            <source>Schedule an activity for the selected account (Ctrl+Shift+A)</source>
            <translation>Planifier une activité pour le compte sélectionné (Ctrl+Maj+A)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Import organizations, people, deals, activities or notes from a CSV or Excel file (Ctrl+I)</source>
            <translation>Importer des organisations, des personnes, des affaires, des activités ou des notes depuis un fichier CSV ou Excel (Ctrl+I)</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Organizations…</source>
            <translation>&amp;Organisations…</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>&amp;Personnes…</translation>
        </message>
        <message>
            <source>&amp;Deals…</source>
            <translation>&amp;Affaires…</translation>
        </message>
        <message>
            <source>&amp;Activities…</source>
            <translation>A&amp;ctivités…</translation>
        </message>
        <message>
            <source>&amp;Notes…</source>
            <translation>&amp;Notes…</translation>
        </message>
        <message>
            <source>Export activities to &amp;calendar…</source>
            <translation>Exporter les activités vers le ca&amp;lendrier…</translation>
        </message>
        <message>
            <source>Write the open activities to an iCalendar (.ics) file for Outlook, Apple Calendar or Thunderbird</source>
            <translation>Écrire les activités ouvertes dans un fichier iCalendar (.ics) pour Outlook, Calendrier d’Apple ou Thunderbird</translation>
        </message>
        <message>
            <source>&amp;Print account…</source>
            <translation>&amp;Imprimer le compte…</translation>
        </message>
        <message>
            <source>Print the selected account's summary: won value, fields, next activities, history, notes, people and deals</source>
            <translation>Imprimer la synthèse du compte sélectionné : valeur gagnée, champs, prochaines activités, historique, notes, personnes et affaires</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>Export account as P&amp;DF…</source>
            <translation>Exporter le compte en P&amp;DF…</translation>
        </message>
        <message>
            <source>Write the selected account's summary to a PDF file</source>
            <translation>Écrire la synthèse du compte sélectionné dans un fichier PDF</translation>
        </message>
        <message>
            <source>&amp;Activity types…</source>
            <translation>&amp;Types d’activités…</translation>
        </message>
        <message>
            <source>Add, edit, reorder and retire the types of activities</source>
            <translation>Ajouter, modifier, réordonner et retirer les types d’activités</translation>
        </message>
        <message>
            <source>&amp;Custom fields…</source>
            <translation>&amp;Champs personnalisés…</translation>
        </message>
        <message>
            <source>Add, rename, reorder and retire the custom fields of organizations, people and deals</source>
            <translation>Ajouter, renommer, réordonner et retirer les champs personnalisés des organisations, des personnes et des affaires</translation>
        </message>
        <message>
            <source>+ &amp;Person</source>
            <translation>+ &amp;Personne</translation>
        </message>
        <message>
            <source>New person (Ctrl+Shift+P)</source>
            <translation>Nouvelle personne (Ctrl+Maj+P)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>+ &amp;Deal</source>
            <translation>+ &amp;Affaire</translation>
        </message>
        <message>
            <source>New deal (Ctrl+Shift+D)</source>
            <translation>Nouvelle affaire (Ctrl+Maj+D)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+D</source>
            <translation>Ctrl+Shift+D</translation>
        </message>
        <message>
            <source>&amp;Export view to CSV…</source>
            <translation>&amp;Exporter la vue en CSV…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Edit organization…</source>
            <translation>&amp;Modifier l’organisation…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Change &amp;owner…</source>
            <translation>Changer le &amp;propriétaire…</translation>
        </message>
        <message>
            <source>&amp;Schedule activity for selection…</source>
            <translation>P&amp;lanifier une activité pour la sélection…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
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
            <translation>Affichage &amp;contextuel</translation>
        </message>
        <message>
            <source>Show or hide the panel beside the list and the board (F9)</source>
            <translation>Afficher ou masquer l’affichage contextuel, à côté de la liste et du tableau kanban (F9)</translation>
        </message>
        <message>
            <source>F9</source>
            <translation>F9</translation>
        </message>
        <message>
            <source>&amp;About accountmgr</source>
            <translation>À &amp;propos d’accountmgr</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Connect to &amp;team database…</source>
            <translation>Se connecter à une base d’é&amp;quipe…</translation>
        </message>
        <message>
            <source>A team database is backed up on its server (with pg_dump, for example).</source>
            <translation>Une base d’équipe est sauvegardée sur son serveur (avec pg_dump, par exemple).</translation>
        </message>
        <message>
            <source>C&amp;urrencies…</source>
            <translation>&amp;Devises…</translation>
        </message>
        <message>
            <source>See and edit the exchange rates to the default currency</source>
            <translation>Voir et modifier les taux de change vers la devise par défaut</translation>
        </message>
        <message>
            <source>Wrote the account's summary to %1</source>
            <translation>Synthèse du compte écrite dans %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>%n ligne exportée vers %1</numerusform>
                <numerusform>%n lignes exportées vers %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n activities to %1</source>
            <translation>
                <numerusform>%n activité exportée vers %1</numerusform>
                <numerusform>%n activités exportées vers %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Sauvegarde de la base de données…</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %Ln account(s) to %1</source>
            <translation>
                <numerusform>%Ln compte sauvegardé dans %1</numerusform>
                <numerusform>%Ln comptes sauvegardés dans %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored. The data it replaced is kept in %1</source>
            <translation>Restauration effectuée. Les données remplacées sont conservées dans %1</translation>
        </message>
        <message>
            <source>About accountmgr</source>
            <translation>À propos d’accountmgr</translation>
        </message>
        <message>
            <source>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;Account management after the sale: plan follow-ups, see what every customer is worth, and never forget a customer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;accountmgr %1&lt;/h3&gt;&lt;p&gt;La gestion de comptes après la vente : planifiez les suivis, voyez ce que vaut chaque client et n’oubliez jamais un client.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Show the %n organization(s) without a won deal</source>
            <translation>
                <numerusform>Afficher %n organisation sans affaire gagnée</numerusform>
                <numerusform>Afficher les %n organisations sans affaire gagnée</numerusform>
            </translation>
        </message>
        <message>
            <source>No account matches “%1”.</source>
            <translation>Aucun compte ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>No account matches the filters.</source>
            <translation>Aucun compte ne correspond aux filtres.</translation>
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation>Effacer la recherche et les filtres</translation>
        </message>
        <message>
            <source>No accounts yet: an organization becomes an account when one of its deals is won.</source>
            <translation>Aucun compte pour l’instant : une organisation devient un compte dès que l’une de ses affaires est gagnée.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Your database is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add a customer with + Organization (Ctrl+N) and a won deal, &lt;a href='import'&gt;import your customers&lt;/a&gt; from a CSV or Excel file, or &lt;a href='demo'&gt;try the application with demo data&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Votre base de données est vide.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ajoutez un client avec + Organisation (Ctrl+N) et une affaire gagnée, &lt;a href='import'&gt;importez vos clients&lt;/a&gt; depuis un fichier CSV ou Excel, ou &lt;a href='demo'&gt;essayez l’application avec des données de démonstration&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManageViewsDialog</name>
        <message>
            <source>Manage views</source>
            <translation>Gérer les vues</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Vues enregistrées</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>Re&amp;nommer…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>&amp;Update with what is shown</source>
            <translation>&amp;Mettre à jour avec l’affichage actuel</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Rename view</source>
            <translation>Renommer la vue</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
    </context>
    <context>
        <name>NotContactedBox</name>
        <message numerus="yes">
            <source>Not contacted in %n day(s)</source>
            <translation>
                <numerusform>Non contacté depuis %n jour</numerusform>
                <numerusform>Non contacté depuis %n jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Edit note about %1</source>
            <translation>Modifier la note concernant %1</translation>
        </message>
        <message>
            <source>New note about %1</source>
            <translation>Nouvelle note concernant %1</translation>
        </message>
        <message>
            <source>What happened, what was agreed, what to remember</source>
            <translation>Ce qui s’est passé, ce qui a été convenu, ce qu’il faut retenir</translation>
        </message>
        <message>
            <source>&amp;Pin to the top of the account</source>
            <translation>É&amp;pingler en haut du compte</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;Concerne :</translation>
        </message>
        <message>
            <source>&amp;Deal:</source>
            <translation>&amp;Affaire :</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Épinglée</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>concerne %1</translation>
        </message>
        <message>
            <source>deal: %1</source>
            <translation>affaire : %1</translation>
        </message>
        <message>
            <source>pinned</source>
            <translation>épinglée</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>New organization</source>
            <translation>Nouvelle organisation</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sans propriétaire</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
        <message>
            <source>Unknown country code</source>
            <translation>Code pays inconnu</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Nom de l’entreprise</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>Street, postcode and town</source>
            <translation>Rue, code postal et ville</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>DE</source>
            <translation>FR</translation>
        </message>
        <message>
            <source>Two-letter ISO country code, for example DE, FR or US</source>
            <translation>Code pays ISO à deux lettres, par exemple FR, BE ou CA</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>P&amp;ropriétaire :</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>É&amp;tiquette :</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>No account yet. The Overview counts the accounts: the organizations with a won deal. Mark a deal won, or import your customers with File ▸ Import…</source>
            <translation>Aucun compte pour l’instant. La vue d’ensemble compte les comptes : les organisations avec une affaire gagnée. Marquez une affaire gagnée, ou importez vos clients avec Fichier ▸ Importer…</translation>
        </message>
        <message>
            <source>Next activity by owner</source>
            <translation>Prochaine activité par responsable</translation>
        </message>
        <message>
            <source>Contact coverage</source>
            <translation>Couverture des contacts</translation>
        </message>
        <message>
            <source>Won value by month</source>
            <translation>Valeur gagnée par mois</translation>
        </message>
        <message>
            <source>Accounts at risk: most won, not contacted in 90 days</source>
            <translation>À risque : les plus gagnés, 90 jours sans contact</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Aucun</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2: %n accounts</source>
            <translation>
                <numerusform>%1, %2 : %n compte</numerusform>
                <numerusform>%1, %2 : %n comptes</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Won in %1: %2</source>
            <translation>Gagné en %1 : %2</translation>
        </message>
        <message>
            <source>Won in %1</source>
            <translation>Gagnés en %1</translation>
        </message>
        <message>
            <source>Won value by month, %1</source>
            <translation>Valeur gagnée par mois, %1</translation>
        </message>
        <message>
            <source>never contacted · %1</source>
            <translation>jamais contacté · %1</translation>
        </message>
        <message numerus="yes">
            <source>%n days · %1</source>
            <translation>
                <numerusform>%n jour · %1</numerusform>
                <numerusform>%n jours · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: won %2. Click to show it in the List.</source>
            <translation>%1 : %2 gagnés. Cliquez pour l’afficher dans la liste.</translation>
        </message>
        <message>
            <source>Accounts at risk: none, everyone was contacted</source>
            <translation>Comptes à risque : aucun, tous ont été contactés</translation>
        </message>
        <message>
            <source>Contact coverage: could not count the last 12 months</source>
            <translation>Couverture des contacts : impossible de compter les 12 derniers mois</translation>
        </message>
        <message>
            <source>Contact coverage: counting the last 12 months…</source>
            <translation>Couverture des contacts : décompte des 12 derniers mois…</translation>
        </message>
        <message>
            <source>Contact coverage, %1</source>
            <translation>Couverture des contacts, %1</translation>
        </message>
        <message>
            <source>In 30 days</source>
            <translation>Sous 30 jours</translation>
        </message>
        <message>
            <source>In 31 to 90 days</source>
            <translation>Entre 31 et 90 jours</translation>
        </message>
        <message>
            <source>Not in 90 days</source>
            <translation>Pas depuis 90 jours</translation>
        </message>
        <message>
            <source>%1 by %2: %3 of %4 accounts</source>
            <translation>%1 au %2 : %3 comptes sur %4</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 au %2</translation>
        </message>
        <message>
            <source>% of accounts</source>
            <translation>% des comptes</translation>
        </message>
    </context>
    <context>
        <name>OwnerDelegate</name>
        <message>
            <source>No owner</source>
            <translation>Sans propriétaire</translation>
        </message>
    </context>
    <context>
        <name>PanelEdits</name>
        <message>
            <source>Edit field</source>
            <translation>Modifier le champ</translation>
        </message>
        <message>
            <source>Schedule activity</source>
            <translation>Planifier une activité</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Modifier l’activité</translation>
        </message>
        <message>
            <source>Edit recurring activity</source>
            <translation>Modifier l’activité récurrente</translation>
        </message>
        <message>
            <source>Recurring activity</source>
            <translation>Activité récurrente</translation>
        </message>
        <message>
            <source>“%1” repeats. Change only this one, or this one and all future ones?</source>
            <translation>« %1 » se répète. Modifier uniquement celle-ci, ou celle-ci et toutes les suivantes ?</translation>
        </message>
        <message>
            <source>Only &amp;this one</source>
            <translation>&amp;Celle-ci uniquement</translation>
        </message>
        <message>
            <source>&amp;All future ones</source>
            <translation>&amp;Toutes les suivantes</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marquer comme fait</translation>
        </message>
        <message>
            <source>Reopen activity</source>
            <translation>Rouvrir l’activité</translation>
        </message>
        <message>
            <source>Follow-up for %1</source>
            <translation>Suivi pour %1</translation>
        </message>
        <message>
            <source>Schedule the next activity for %1 on %2?</source>
            <translation>Planifier la prochaine activité pour %1 le %2 ?</translation>
        </message>
        <message>
            <source>“%1” is done and nothing else is planned for %2.</source>
            <translation>L’activité « %1 » est faite et rien d’autre n’est planifié pour %2.</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Supprimer l’activité</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Ajouter une note</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Modifier la note</translation>
        </message>
        <message>
            <source>Unpin note</source>
            <translation>Désépingler la note</translation>
        </message>
        <message>
            <source>Pin note</source>
            <translation>Épingler la note</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Supprimer la note</translation>
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>Note supprimée. Annulez avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Attach files to %1</source>
            <translation>Joindre des fichiers à %1</translation>
        </message>
        <message>
            <source>Copying files…</source>
            <translation>Copie des fichiers…</translation>
        </message>
        <message>
            <source>Not attached</source>
            <translation>Non joint</translation>
        </message>
        <message numerus="yes">
            <source>Attached %n file(s).</source>
            <translation>
                <numerusform>%n fichier joint.</numerusform>
                <numerusform>%n fichiers joints.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attach %1</source>
            <translation>Joindre %1</translation>
        </message>
        <message numerus="yes">
            <source>Attach %n file(s)</source>
            <translation>
                <numerusform>Joindre %n fichier</numerusform>
                <numerusform>Joindre %n fichiers</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Impossible d’ouvrir</translation>
        </message>
        <message>
            <source>No application opens “%1”.</source>
            <translation>Aucune application n’ouvre « %1 ».</translation>
        </message>
        <message>
            <source>Open a program?</source>
            <translation>Ouvrir un programme ?</translation>
        </message>
        <message>
            <source>“%1” is a program or a script: opening it runs it on this computer. Open it only if you trust where it came from.</source>
            <translation>« %1 » est un programme ou un script : l’ouvrir l’exécute sur cet ordinateur. Ne l’ouvrez que si vous avez confiance en sa provenance.</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Supprimer %1</translation>
        </message>
        <message>
            <source>“%1” removed. Undo with Ctrl+Z.</source>
            <translation>« %1 » supprimé. Annulez avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Mark deal won</source>
            <translation>Marquer l’affaire comme gagnée</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>Affaire perdue</translation>
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation>Pourquoi l’affaire « %1 » a-t-elle été perdue ?</translation>
        </message>
        <message>
            <source>Mark deal lost</source>
            <translation>Marquer l’affaire comme perdue</translation>
        </message>
        <message>
            <source>Reopen deal</source>
            <translation>Rouvrir l’affaire</translation>
        </message>
        <message>
            <source>Link person</source>
            <translation>Lier une personne</translation>
        </message>
        <message>
            <source>Unlink %1</source>
            <translation>Dissocier %1</translation>
        </message>
        <message>
            <source>%1 is no longer linked; the person stays in the address book.</source>
            <translation>La personne %1 n’est plus liée ; elle reste dans le carnet d’adresses.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Write to %1</source>
            <translation>Écrire à %1</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>Appeler %1</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <source>New person at %1</source>
            <translation>Nouvelle personne chez %1</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Modifier la personne</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Prénom et nom</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>For example: Head of purchasing</source>
            <translation>Par exemple : Responsable des achats</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>Type to search; leave empty for none</source>
            <translation>Tapez pour rechercher ; laissez vide pour aucune</translation>
        </message>
        <message>
            <source>&amp;Emails:</source>
            <translation>&amp;E-mails :</translation>
        </message>
        <message>
            <source>One address per line</source>
            <translation>Une adresse par ligne</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Téléphones :</translation>
        </message>
        <message>
            <source>One number per line</source>
            <translation>Un numéro par ligne</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the first rows</source>
            <translation>Vérifier les premières lignes</translation>
        </message>
        <message>
            <source>The first rows (at most %1) as they will be imported. Cells in red cannot be imported: point at them to see why. Press Import to import the whole file.</source>
            <translation>Les premières lignes (%1 au plus) telles qu’elles seront importées. Les cellules en rouge ne peuvent pas être importées : survolez-les pour savoir pourquoi. Cliquez sur Importer pour importer tout le fichier.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>%1 of %2 rows have problems; they will be skipped and reported.</source>
            <translation>%1 lignes sur %2 présentent des problèmes ; elles seront ignorées et signalées.</translation>
        </message>
        <message>
            <source>All %1 rows shown can be imported.</source>
            <translation>Les %1 lignes affichées peuvent toutes être importées.</translation>
        </message>
        <message>
            <source>Rows with a date that could be read day first or month first (orange): %1; the first page says which way dates are read.</source>
            <translation>Lignes contenant une date lisible jour d’abord ou mois d’abord (en orange) : %1 ; la première page indique comment les dates sont lues.</translation>
        </message>
        <message>
            <source>The rest of the file is checked as it is imported.</source>
            <translation>Le reste du fichier est vérifié pendant l’importation.</translation>
        </message>
    </context>
    <context>
        <name>RateDialog</name>
        <message>
            <source>Exchange rate of %1</source>
            <translation>Taux de change de %1</translation>
        </message>
        <message>
            <source>1 %1 &amp;is worth, in %2:</source>
            <translation>1 %1 &amp;vaut, en %2 :</translation>
        </message>
        <message>
            <source>“%1” is not a number.</source>
            <translation>« %1 » n’est pas un nombre.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialogs</name>
        <message>
            <source>New organization</source>
            <translation>Nouvelle organisation</translation>
        </message>
        <message>
            <source>Edit organization</source>
            <translation>Modifier l’organisation</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Nouvelle affaire</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Modifier la personne</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Modifier l’affaire</translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>Every day</source>
            <translation>Tous les jours</translation>
        </message>
        <message>
            <source>Every day until {until}</source>
            <translation>Tous les jours jusqu’au {until}</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Tous les mois</translation>
        </message>
        <message>
            <source>Every month until {until}</source>
            <translation>Tous les mois jusqu’au {until}</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Toutes les semaines</translation>
        </message>
        <message>
            <source>Every week until {until}</source>
            <translation>Toutes les semaines jusqu’au {until}</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>Tous les {n} jours</translation>
        </message>
        <message>
            <source>Every {n} days until {until}</source>
            <translation>Tous les {n} jours jusqu’au {until}</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>Tous les {n} mois</translation>
        </message>
        <message>
            <source>Every {n} months until {until}</source>
            <translation>Tous les {n} mois jusqu’au {until}</translation>
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation>Toutes les {n} semaines</translation>
        </message>
        <message>
            <source>Every {n} weeks until {until}</source>
            <translation>Toutes les {n} semaines jusqu’au {until}</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Snooze 10 minutes</source>
            <translation>Reporter de 10 minutes</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>Reporter d’une heure</translation>
        </message>
        <message>
            <source>Snooze until tomorrow %1</source>
            <translation>Reporter à demain %1</translation>
        </message>
        <message>
            <source>Reminders on</source>
            <translation>Rappels activés</translation>
        </message>
        <message>
            <source>%1 due: %2</source>
            <translation>%1 à faire : %2</translation>
        </message>
        <message>
            <source>%1 due</source>
            <translation>%1 à faire</translation>
        </message>
        <message numerus="yes">
            <source>%n activities due</source>
            <translation>
                <numerusform>%n activité à échéance</numerusform>
                <numerusform>%n activités à échéance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activities fell due while accountmgr was closed</source>
            <translation>
                <numerusform>%n activité est arrivée à échéance pendant la fermeture d’accountmgr</numerusform>
                <numerusform>%n activités sont arrivées à échéance pendant la fermeture d’accountmgr</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminders off</source>
            <translation>Rappels désactivés</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>et %n autre</numerusform>
                <numerusform>et %n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Import finished</source>
            <translation>Importation terminée</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) of the file were not imported; the table says why.</source>
            <translation>
                <numerusform>%Ln ligne du fichier n’a pas été importée ; le tableau indique pourquoi.</numerusform>
                <numerusform>%Ln lignes du fichier n’ont pas été importées ; le tableau indique pourquoi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row of the file was imported or was there already.</source>
            <translation>Toutes les lignes du fichier ont été importées ou étaient déjà présentes.</translation>
        </message>
        <message>
            <source>Added the currencies %1 without an exchange rate yet: won values in them are marked “no rate yet” and left out of totals until their rate is set.</source>
            <translation>Devises ajoutées sans taux de change pour l’instant : %1. Les valeurs gagnées dans ces devises sont marquées « pas encore de taux » et exclues des totaux jusqu’à ce que leur taux soit défini.</translation>
        </message>
        <message>
            <source>%1 import report.csv</source>
            <translation>%1 rapport d’importation.csv</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The report was not saved: %1</source>
            <translation>Le rapport n’a pas été enregistré : %1</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Enregistré sous %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>First start of the day</source>
            <translation>Premier démarrage du jour</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Avant une importation</translation>
        </message>
        <message>
            <source>Before an update of the file</source>
            <translation>Avant une mise à jour du fichier</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>Sauvegarde manuelle</translation>
        </message>
        <message>
            <source>The data a restore replaced</source>
            <translation>Données remplacées par une restauration</translation>
        </message>
        <message>
            <source>Other copy</source>
            <translation>Autre copie</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Choose the copy to put in place of the current data. The current data is kept as a backup first, so a restore can be undone by restoring that copy. Attached files are not part of a backup.</source>
            <translation>Choisissez la copie à mettre à la place des données actuelles. Les données actuelles sont d’abord sauvegardées : une restauration peut donc être annulée en restaurant cette copie. Les fichiers joints ne font pas partie des sauvegardes.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Effectuée le</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>Aucune sauvegarde pour l’instant.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message numerus="yes">
            <source>Replace the current data with the backup taken on %1 at %2 (%Ln account(s))?</source>
            <translation>
                <numerusform>Remplacer les données actuelles par la sauvegarde effectuée le %1 à %2 (%Ln compte) ?</numerusform>
                <numerusform>Remplacer les données actuelles par la sauvegarde effectuée le %1 à %2 (%Ln comptes) ?</numerusform>
            </translation>
        </message>
        <message>
            <source>The current data is kept as a backup first.</source>
            <translation>Les données actuelles sont d’abord sauvegardées.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Non restauré</translation>
        </message>
    </context>
    <context>
        <name>SaveViewDialog</name>
        <message>
            <source>Save view</source>
            <translation>Enregistrer la vue</translation>
        </message>
        <message>
            <source>Gold tier not contacted in 60 days</source>
            <translation>Niveau Or non contactés depuis 60 jours</translation>
        </message>
        <message>
            <source>Only for me</source>
            <translation>Pour moi seul</translation>
        </message>
        <message>
            <source>Unchecked, everyone on this database sees the view</source>
            <translation>Non cochée, tous les utilisateurs de cette base voient la vue</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
    </context>
    <context>
        <name>SavedViews</name>
        <message>
            <source>My accounts</source>
            <translation>Mes comptes</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Rien de planifié</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Not contacted in 90 days</source>
            <translation>Non contactés depuis 90 jours</translation>
        </message>
        <message>
            <source>Renewal in the next 60 days</source>
            <translation>Renouvellement dans les 60 prochains jours</translation>
        </message>
        <message>
            <source>%1 (only me)</source>
            <translation>%1 (moi seul)</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsMenu</name>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <source>Pick a saved view, or save what is shown as one</source>
            <translation>Choisir une vue enregistrée, ou enregistrer l’affichage actuel comme vue</translation>
        </message>
        <message>
            <source>&amp;Save view…</source>
            <translation>&amp;Enregistrer la vue…</translation>
        </message>
        <message>
            <source>Mark a date field as the renewal date in Settings ▸ Custom fields…</source>
            <translation>Marquez un champ de date comme date de renouvellement dans Paramètres ▸ Champs personnalisés…</translation>
        </message>
        <message>
            <source>&amp;Manage views…</source>
            <translation>&amp;Gérer les vues…</translation>
        </message>
        <message>
            <source>S&amp;tart with</source>
            <translation>Au &amp;démarrage</translation>
        </message>
        <message>
            <source>The last search and filters</source>
            <translation>La dernière recherche et les derniers filtres</translation>
        </message>
        <message>
            <source>Save view %1</source>
            <translation>Enregistrer la vue %1</translation>
        </message>
        <message>
            <source>Saved the view “%1”.</source>
            <translation>Vue « %1 » enregistrée.</translation>
        </message>
        <message>
            <source>Rename view %1</source>
            <translation>Renommer la vue %1</translation>
        </message>
        <message>
            <source>Move view %1</source>
            <translation>Déplacer la vue %1</translation>
        </message>
        <message>
            <source>Update view %1</source>
            <translation>Mettre à jour la vue %1</translation>
        </message>
        <message>
            <source>Delete view %1</source>
            <translation>Supprimer la vue %1</translation>
        </message>
    </context>
    <context>
        <name>ScheduleActivityDialog</name>
        <message>
            <source>Schedule activity</source>
            <translation>Planifier une activité</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>at</source>
            <translation>à</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;urée :</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Répéter :</translation>
        </message>
        <message>
            <source>A check-in that comes back: completing one schedules the next</source>
            <translation>Un point régulier qui revient : en terminer un planifie le suivant</translation>
        </message>
        <message>
            <source>every </source>
            <translation>tous les </translation>
        </message>
        <message>
            <source>until</source>
            <translation>jusqu’au</translation>
        </message>
        <message>
            <source>&amp;Assigned to:</source>
            <translation>&amp;Assignée à :</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>D&amp;eal:</source>
            <translation>A&amp;ffaire :</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Nobody</source>
            <translation>Non assignée</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Ne se répète pas</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Semaines</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>The subject must not be empty.</source>
            <translation>L’objet ne doit pas être vide.</translation>
        </message>
        <message>
            <source>Schedule an activity for %1</source>
            <translation>Planifier une activité pour %1</translation>
        </message>
        <message>
            <source>The activity is scheduled for %1.</source>
            <translation>L’activité est planifiée pour %1.</translation>
        </message>
        <message numerus="yes">
            <source>Schedule an activity for %n account(s)</source>
            <translation>
                <numerusform>Planifier une activité pour %n compte</numerusform>
                <numerusform>Planifier une activité pour %n comptes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The activity is scheduled for each of the %n account(s): %1.</source>
            <translation>
                <numerusform>L’activité est planifiée pour %n compte : %1.</numerusform>
                <numerusform>L’activité est planifiée pour chacun des %n comptes : %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit activity of %1</source>
            <translation>Modifier l’activité de %1</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Search names, people, emails, phones</source>
            <translation>Rechercher des noms, personnes, e-mails, téléphones</translation>
        </message>
        <message>
            <source>Search accounts</source>
            <translation>Rechercher des comptes</translation>
        </message>
    </context>
    <context>
        <name>SettingsTableDialog</name>
        <message>
            <source>Re&amp;store</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
    </context>
    <context>
        <name>SidePanel</name>
        <message>
            <source>%1 accounts selected</source>
            <translation>%1 comptes sélectionnés</translation>
        </message>
        <message>
            <source>Select an account to see everything about it here.</source>
            <translation>Sélectionnez un compte pour voir ici tout ce qui le concerne.</translation>
        </message>
        <message>
            <source>%1 is no longer in the list: the current search or filters hide it.</source>
            <translation>%1 n’est plus dans la liste : la recherche ou les filtres actuels le masquent.</translation>
        </message>
        <message>
            <source>%1 is hidden by the current search or filters.</source>
            <translation>%1 est masqué par la recherche ou les filtres actuels.</translation>
        </message>
        <message>
            <source>Clear filters and show it</source>
            <translation>Effacer les filtres et l’afficher</translation>
        </message>
        <message numerus="yes">
            <source>%n selected accounts are hidden by the current search or filters.</source>
            <translation>
                <numerusform>%n compte sélectionné est masqué par la recherche ou les filtres actuels.</numerusform>
                <numerusform>%n comptes sélectionnés sont masqués par la recherche ou les filtres actuels.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear filters and show them</source>
            <translation>Effacer les filtres et les afficher</translation>
        </message>
        <message>
            <source>The organization's name: edit it here</source>
            <translation>Nom de l’organisation : modifiez-le ici</translation>
        </message>
        <message>
            <source>Organization name</source>
            <translation>Nom de l’organisation</translation>
        </message>
        <message>
            <source>Won value:</source>
            <translation>Valeur gagnée :</translation>
        </message>
        <message>
            <source>Click for the value per currency</source>
            <translation>Cliquez pour voir la valeur par devise</translation>
        </message>
        <message>
            <source>Deals:</source>
            <translation>Affaires :</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Propriétaire :</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>É&amp;tiquette :</translation>
        </message>
        <message>
            <source>Schedule…</source>
            <translation>Planifier…</translation>
        </message>
        <message>
            <source>Schedule an activity for this account</source>
            <translation>Planifier une activité pour ce compte</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Note…</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Ajouter une note</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>Joindre…</translation>
        </message>
        <message>
            <source>Attach a file (or drop files on the panel)</source>
            <translation>Joindre un fichier (ou déposer des fichiers sur le panneau)</translation>
        </message>
        <message>
            <source>Deal…</source>
            <translation>Affaire…</translation>
        </message>
        <message>
            <source>Add a deal</source>
            <translation>Ajouter une affaire</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>Street, city, postcode</source>
            <translation>Rue, code postal, ville</translation>
        </message>
        <message>
            <source>Account fields</source>
            <translation>Champs du compte</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marquer comme &amp;fait</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>Épi&amp;ngler</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Affaires</translation>
        </message>
        <message>
            <source>&amp;Won</source>
            <translation>&amp;Gagnée</translation>
        </message>
        <message>
            <source>Los&amp;t…</source>
            <translation>P&amp;erdue…</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Rouvrir</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>A&amp;dd…</source>
            <translation>A&amp;jouter…</translation>
        </message>
        <message>
            <source>Lin&amp;k…</source>
            <translation>&amp;Lier…</translation>
        </message>
        <message>
            <source>U&amp;nlink</source>
            <translation>&amp;Dissocier</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendances</translation>
        </message>
        <message>
            <source>What this customer is worth over time, and how often they are contacted</source>
            <translation>Ce que vaut ce client au fil du temps, et à quelle fréquence il est contacté</translation>
        </message>
    </context>
    <context>
        <name>StatusFigures</name>
        <message>
            <source>Show the accounts contacted in the last 30 days</source>
            <translation>Afficher les comptes contactés ces 30 derniers jours</translation>
        </message>
        <message>
            <source>Show the accounts contacted in the last 90 days</source>
            <translation>Afficher les comptes contactés ces 90 derniers jours</translation>
        </message>
        <message>
            <source>Show the accounts with nothing planned</source>
            <translation>Afficher les comptes sans rien de planifié</translation>
        </message>
        <message>
            <source>Show every organization, also those without a won deal</source>
            <translation>Afficher toutes les organisations, y compris celles sans affaire gagnée</translation>
        </message>
        <message>
            <source>Accounts shown: %1</source>
            <translation>Comptes affichés : %1</translation>
        </message>
        <message>
            <source>Shown: %1</source>
            <translation>Affichés : %1</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>Won value: %1</source>
            <translation>Valeur gagnée : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) have won deals in a currency without an exchange rate yet: those deals are not in this total.</source>
            <translation>
                <numerusform>%n compte a des affaires gagnées dans une devise encore sans taux de change : ces affaires ne sont pas comprises dans ce total.</numerusform>
                <numerusform>%n comptes ont des affaires gagnées dans une devise encore sans taux de change : ces affaires ne sont pas comprises dans ce total.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacted in 30 days: %1</source>
            <translation>Contactés ces 30 derniers jours : %1</translation>
        </message>
        <message>
            <source>in 90 days: %1</source>
            <translation>ces 90 derniers jours : %1</translation>
        </message>
        <message>
            <source>Nothing planned: %1</source>
            <translation>Rien de planifié : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s) without a won deal — show them</source>
            <translation>
                <numerusform>%n organisation sans affaire gagnée — l’afficher</numerusform>
                <numerusform>%n organisations sans affaire gagnée — les afficher</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Connect to team database</source>
            <translation>Se connecter à une base d’équipe</translation>
        </message>
        <message>
            <source>A team shares one PostgreSQL database on its network. Ask whoever runs the server for these; the database is made once with accountmgr init-server.</source>
            <translation>Une équipe partage une base PostgreSQL sur son réseau. Demandez ces informations à la personne qui gère le serveur ; la base est créée une fois avec accountmgr init-server.</translation>
        </message>
        <message>
            <source>server.office.lan</source>
            <translation>serveur.bureau.lan</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port :</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de données :</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keychain</source>
            <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
        </message>
        <message>
            <source>This computer has no keychain: the password is used for this session only (the server's own means, ~/.pgpass or PGPASSWORD, can keep it).</source>
            <translation>Cet ordinateur n’a pas de trousseau : le mot de passe ne sert que pour cette session (les moyens propres au serveur, ~/.pgpass ou PGPASSWORD, peuvent le conserver).</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
    </context>
    <context>
        <name>TypeDialog</name>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Check box</source>
            <translation>Case à cocher</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Horloge</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Enveloppe</translation>
        </message>
        <message>
            <source>Knife and fork</source>
            <translation>Couteau et fourchette</translation>
        </message>
        <message>
            <source>Map pin</source>
            <translation>Épingle de carte</translation>
        </message>
        <message>
            <source>Video camera</source>
            <translation>Caméra vidéo</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Drapeau</translation>
        </message>
        <message>
            <source>For example: Site visit</source>
            <translation>Par exemple : Visite sur site</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Icon:</source>
            <translation>&amp;Icône :</translation>
        </message>
        <message>
            <source>Choose the colour of the type</source>
            <translation>Choisissez la couleur du type</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Couleur :</translation>
        </message>
        <message>
            <source>Offered as the subject when scheduling</source>
            <translation>Proposé comme objet lors de la planification</translation>
        </message>
        <message>
            <source>Default &amp;subject:</source>
            <translation>&amp;Objet par défaut :</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Default &amp;duration:</source>
            <translation>&amp;Durée par défaut :</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>After an activity of this type is done, offer a follow-up this many days later</source>
            <translation>Une fois une activité de ce type faite, proposer un suivi ce nombre de jours plus tard</translation>
        </message>
        <message>
            <source>Default &amp;follow-up:</source>
            <translation>&amp;Suivi par défaut :</translation>
        </message>
        <message>
            <source>Colour of the activity type</source>
            <translation>Couleur du type d’activité</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rétablir %1</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Annuler %1</translation>
        </message>
    </context>
    <context>
        <name>UserChoice</name>
        <message>
            <source>&amp;I am</source>
            <translation>&amp;Je suis</translation>
        </message>
        <message>
            <source>Anyone (every activity)</source>
            <translation>Tout le monde (toutes les activités)</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Qui êtes-vous ?</translation>
        </message>
        <message>
            <source>Choose your name, or type it to add yourself: new activities are assigned to you, your notes carry your name, and “My accounts” shows the accounts you own.</source>
            <translation>Choisissez votre nom, ou saisissez-le pour vous ajouter : les nouvelles activités vous sont assignées, vos notes portent votre nom et « Mes comptes » affiche les comptes dont vous êtes propriétaire.</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>C’est moi</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
    </context>
</TS>
