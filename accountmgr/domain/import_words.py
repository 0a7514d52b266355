"""The words an import understands, as data, in English, French, German, Spanish, Italian and
Portuguese: what column headers call each field (`SYNONYMS`, `NAME_OF`) and each kind of
record (`ENTITY_WORDS`), and what cells say for months, deal statuses, yes and no, and
activity types. Every word is kept, and compared, `normalize`d.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from accountmgr.domain.transfer import RecordKind


def unaccented(text: str) -> str:
    """Lower case without accents: "Währung" -> "wahrung"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("ø", "o").replace("æ", "ae").replace("œ", "oe")


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def normalize(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces: "E-Mail (Währung)" -> "e mail
    wahrung"."""
    return " ".join(re.sub(r"[^\w]+|_", " ", unaccented(text)).split())


def word_set(*groups: str) -> frozenset[str]:
    found = (normalize(w) for group in groups for w in group.split("|"))
    return frozenset(w for w in found if w)


# -- in column headers ------------------------------------------------------------------------

# What each entity is called, for "Organization - Name" prefixes and bare link columns.
ENTITY_WORDS: dict[str, frozenset[str]] = {
    "organization": word_set(
        "organization|organisation|org|company|account|customer|client",
        "entreprise|société|organisation|compte",
        "firma|unternehmen|organisation|kunde",
        "empresa|organización|compañía|cuenta|cliente",
        "azienda|società|organizzazione|cliente",
        "organização|empresa|companhia|conta",
    ),
    "person": word_set(
        "person|contact|people|contact person",
        "personne|contact|interlocuteur",
        "person|kontakt|ansprechpartner|kontaktperson",
        "persona|contacto|persona de contacto",
        "persona|contatto|referente",
        "pessoa|contato|contacto|pessoa de contato",
    ),
    "deal": word_set(
        "deal|opportunity",
        "affaire|opportunité|transaction",
        "deal|geschäft|verkaufschance|auftrag",
        "trato|negocio|oportunidad",
        "trattativa|opportunità|affare",
        "negócio|oportunidade",
    ),
    "activity": word_set(
        "activity", "activité", "aktivität", "actividad", "attività", "atividade|atividades"
    ),
    "note": word_set("note", "note", "notiz", "nota", "nota", "nota"),
}

# Header names per field key, in the six languages (compared normalized).
SYNONYMS: dict[str, frozenset[str]] = {
    "name": word_set(
        "name|full name",
        "nom|nom complet",
        "name|vollständiger name",
        "nombre|nombre completo",
        "nome|nome completo",
        "nome|nome completo",
    ),
    "address": word_set(
        "address|full address|postal address|street address|combined address",
        "adresse|adresse postale|adresse complète",
        "adresse|anschrift|postanschrift|vollständige adresse",
        "dirección|domicilio|dirección postal",
        "indirizzo|indirizzo completo",
        "endereço|morada|endereço completo",
    ),
    "country": word_set(
        "country|country code",
        "pays|code pays",
        "land|ländercode|staat",
        "país|código de país",
        "paese|nazione|stato|codice paese",
        "país|código do país",
    ),
    "owner": word_set(
        "owner|owner name|account owner|sales rep|salesperson",
        "propriétaire|responsable|commercial",
        "inhaber|besitzer|verantwortlich|zuständig|vertriebsmitarbeiter|eigentümer",
        "propietario|responsable|comercial|vendedor",
        "proprietario|responsabile|commerciale|venditore",
        "proprietário|responsável|dono|vendedor",
    ),
    "label": word_set(
        "label|labels|tag|tags",
        "étiquette|étiquettes|libellé",
        "label|etikett|etiketten|schlagwort|kennzeichnung",
        "etiqueta|etiquetas",
        "etichetta|etichette",
        "etiqueta|etiquetas|rótulo",
    ),
    "organization": word_set(
        "organization|organisation|company|account|organization name|organisation name|"
        "company name|customer",
        "organisation|entreprise|société|compte|nom de l'entreprise|nom de l'organisation|client",
        "organisation|firma|unternehmen|firmenname|kunde",
        "organización|empresa|compañía|nombre de la empresa|cliente",
        "organizzazione|azienda|società|nome azienda|cliente",
        "organização|empresa|companhia|nome da empresa|cliente",
    ),
    "role": word_set(
        "role|job title|title|position|function|job",
        "rôle|poste|fonction|titre|intitulé du poste",
        "rolle|position|funktion|berufsbezeichnung|titel|stellenbezeichnung",
        "rol|cargo|puesto|función|título",
        "ruolo|posizione|funzione|titolo|mansione",
        "função|cargo|papel|título",
    ),
    "email": word_set(
        "email|e-mail|mail|email address|e-mail address",
        "courriel|adresse e-mail|adresse mail|adresse électronique|e-mail",
        "e-mail|e-mail-adresse|email-adresse|mail",
        "correo|correo electrónico|email|e-mail",
        "email|e-mail|posta elettronica|indirizzo email|indirizzo e-mail",
        "email|e-mail|endereço de email|endereço de e-mail|correio eletrónico|correio eletrônico",
    ),
    "phone": word_set(
        "phone|telephone|phone number|tel|mobile|cell|cell phone|mobile phone",
        "téléphone|tél|numéro de téléphone|portable|mobile",
        "telefon|telefonnummer|tel|handy|mobil|mobiltelefon|rufnummer",
        "teléfono|tel|número de teléfono|móvil|celular",
        "telefono|tel|numero di telefono|cellulare",
        "telefone|tel|número de telefone|telemóvel|celular",
    ),
    "title": word_set(
        "title|name|deal title|deal name|deal",
        "titre|nom|intitulé|nom de l'affaire|titre de l'affaire|affaire",
        "titel|name|deal-titel|dealname|geschäft|bezeichnung",
        "título|nombre|título del trato|nombre del trato|trato|negocio",
        "titolo|nome|titolo della trattativa|trattativa",
        "título|nome|título do negócio|negócio",
    ),
    "person": word_set(
        "person|contact|contact person|person name|contact name",
        "personne|contact|personne de contact|nom du contact|interlocuteur",
        "person|kontakt|kontaktperson|ansprechpartner",
        "persona|contacto|persona de contacto|nombre del contacto",
        "persona|contatto|referente|nome del contatto",
        "pessoa|contato|contacto|pessoa de contato|nome do contato",
    ),
    "value": word_set(
        "value|amount|deal value|price",
        "valeur|montant|valeur de l'affaire|prix",
        "wert|betrag|volumen|auftragswert|preis",
        "valor|importe|monto|valor del trato|precio",
        "valore|importo|valore della trattativa|prezzo",
        "valor|montante|valor do negócio|preço",
    ),
    "currency": word_set(
        "currency|currency code|currency of value",
        "devise|monnaie|code devise",
        "währung|währungscode",
        "moneda|divisa",
        "valuta|divisa",
        "moeda|divisa",
    ),
    "status": word_set(
        "status|state|deal status",
        "statut|état",
        "status|zustand",
        "estado|estatus",
        "stato",
        "estado|situação|status",
    ),
    "won_time": word_set(
        "won time|won date|won on|won at|date won",
        "date de gain|gagnée le|gagné le|date gagnée",
        "gewonnen am|gewinndatum|datum gewonnen",
        "fecha de ganado|ganado el|fecha ganado",
        "data di vincita|vinta il|data vinta",
        "data de ganho|ganho em|data ganho",
    ),
    "lost_time": word_set(
        "lost time|lost date|lost on|lost at|date lost",
        "date de perte|perdue le|perdu le|date perdue",
        "verloren am|verlustdatum|datum verloren",
        "fecha de pérdida|perdido el|fecha perdido",
        "data di perdita|persa il|data persa",
        "data de perda|perdido em|data perdido",
    ),
    "lost_reason": word_set(
        "lost reason|reason lost|loss reason|reason",
        "motif de perte|raison de la perte|raison",
        "verlustgrund|grund|grund für verlust",
        "motivo de pérdida|razón de pérdida|motivo",
        "motivo della perdita|motivo perdita|motivo",
        "motivo da perda|motivo de perda|motivo",
    ),
    "expected_close": word_set(
        "expected close date|expected close|close date|closing date|expected closing date",
        "date de clôture prévue|date de clôture|date de conclusion prévue",
        "erwartetes abschlussdatum|abschlussdatum|voraussichtliches abschlussdatum",
        "fecha de cierre prevista|fecha de cierre|fecha prevista de cierre",
        "fecha de cierre esperada",
        "data di chiusura prevista|data di chiusura|data chiusura prevista",
        "data de fechamento prevista|data de fechamento|data prevista de fecho|data de fecho",
    ),
    "subject": word_set(
        "subject|title|name|activity",
        "sujet|objet|titre",
        "betreff|thema|titel",
        "asunto|tema|título",
        "oggetto|titolo|argomento",
        "assunto|título|tema",
    ),
    "type": word_set(
        "type|activity type|kind",
        "type|type d'activité",
        "typ|aktivitätstyp|art",
        "tipo|tipo de actividad",
        "tipo|tipo di attività",
        "tipo|tipo de atividade",
    ),
    "due_date": word_set(
        "due date|date|due|due on|deadline",
        "date d'échéance|échéance|date|date prévue",
        "fälligkeitsdatum|fällig am|datum|fällig|termin",
        "fecha de vencimiento|fecha|vencimiento|fecha límite",
        "data di scadenza|scadenza|data",
        "data de vencimento|vencimento|data|prazo",
    ),
    "due_time": word_set(
        "due time|time|start time",
        "heure|heure d'échéance|heure de début",
        "uhrzeit|zeit|fällig um|startzeit",
        "hora|hora de vencimiento|hora de inicio",
        "ora|orario|ora di scadenza|ora di inizio",
        "hora|hora de vencimento|hora de início",
    ),
    "duration": word_set(
        "duration|duration minutes|duration min|length",
        "durée|durée minutes",
        "dauer|dauer minuten|dauer min",
        "duración|duración minutos",
        "durata|durata minuti",
        "duração|duração minutos",
    ),
    "done": word_set(
        "done|completed|is done|complete|finished",
        "fait|terminé|effectué|réalisé|achevé",
        "erledigt|abgeschlossen|fertig|done",
        "hecho|completado|realizado|terminado",
        "fatto|completato|completata|svolto|eseguito",
        "feito|concluído|concluída|realizado|completo",
    ),
    "done_time": word_set(
        "done time|marked as done time|completed on|done date|completion date|done at",
        "date de réalisation|réalisé le|date d'achèvement|terminé le",
        "erledigt am|abgeschlossen am|erledigungsdatum",
        "fecha de realización|realizado el|completado el|fecha de finalización",
        "data di completamento|completato il|svolto il",
        "data de conclusão|concluído em|feito em",
    ),
    "deal": word_set(
        "deal|deal title|deal name|opportunity",
        "affaire|titre de l'affaire|opportunité",
        "deal|geschäft|deal-titel|verkaufschance",
        "trato|negocio|oportunidad|título del trato",
        "trattativa|opportunità|affare",
        "negócio|oportunidade|título do negócio",
    ),
    "assignee": word_set(
        "assignee|assigned to|assigned to user|user|assigned user|owner",
        "responsable|attribué à|assigné à|utilisateur|propriétaire",
        "zugewiesen an|zugewiesen|bearbeiter|benutzer|verantwortlich|zuständig",
        "asignado a|asignado|usuario|responsable",
        "assegnatario|assegnato a|utente|responsabile",
        "atribuído a|responsável|usuário|utilizador",
    ),
    "note": word_set(
        "note|notes|comment|comments|description|public description",
        "remarque|commentaire|commentaires|description|notes",
        "notiz|notizen|kommentar|bemerkung|bemerkungen|beschreibung",
        "nota|notas|comentario|comentarios|descripción",
        "nota|note|commento|commenti|descrizione",
        "nota|notas|comentário|observações|descrição",
    ),
    "content": word_set(
        "content|note|text|body|notes",
        "contenu|texte|note",
        "inhalt|text|notiz",
        "contenido|texto|nota",
        "contenuto|testo|nota",
        "conteúdo|texto|nota",
    ),
    "pinned": word_set(
        "pinned|pin|pinned to top|sticky",
        "épinglé|épinglée|épingler",
        "angeheftet|fixiert|angepinnt",
        "anclado|fijado|destacado",
        "fissato|appuntato|in evidenza",
        "fixado|afixado|destacado",
    ),
    "created_at": word_set(
        "created at|created|add time|date created|creation date|created on",
        "créé le|date de création|créée le",
        "erstellt am|erstellt|erstellungsdatum|angelegt am",
        "fecha de creación|creado|creado el",
        "data di creazione|creato|creato il",
        "data de criação|criado em|criado",
    ),
}


# Names of an organization or of a person only (a "Company" column in a people file is the
# person's organization, not the person's name).
NAME_OF = {
    RecordKind.ORGANIZATIONS: word_set(
        "organization name|organisation name|company name|company|business name",
        "raison sociale|nom de l'entreprise|nom de la société|nom de l'organisation|entreprise",
        "firmenname|name der organisation|firma|unternehmen|unternehmensname|organisation",
        "nombre de la empresa|razón social|nombre de la organización|empresa",
        "ragione sociale|nome azienda|nome dell'azienda|azienda",
        "nome da empresa|razão social|nome da organização|empresa",
    ),
    RecordKind.PEOPLE: word_set(
        "person name|contact name|contact",
        "nom et prénom|nom du contact|nom de la personne",
        "kontaktname|name des kontakts|ansprechpartner",
        "nombre del contacto|nombre y apellidos|contacto",
        "nome del contatto|nome e cognome|contatto",
        "nome do contato|nome do contacto|contato",
    ),
}

# -- in cells ---------------------------------------------------------------------------------

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january|jan|janvier|janv|januar|jänner|jän|enero|ene|gennaio|gen|janeiro",
        "february|feb|février|févr|fév|februar|febrero|febbraio|fevereiro|fev",
        "march|mar|mars|märz|mrz|marzo|março",
        "april|apr|avril|avr|abril|abr|aprile",
        "may|mai|mayo|maggio|mag|maio",
        "june|jun|juin|juni|junio|giugno|giu|junho",
        "july|jul|juillet|juil|juli|julio|luglio|lug|julho",
        "august|aug|août|aout|agosto|ago",
        "september|sep|sept|septembre|septiembre|setiembre|settembre|set|setembro",
        "october|oct|octobre|oktober|okt|octubre|ottobre|ott|outubro|out",
        "november|nov|novembre|noviembre|novembro",
        "december|dec|décembre|déc|dezember|dez|diciembre|dic|dicembre|dezembro",
    ),
    start=1,
):
    for _name in _names.split("|"):
        MONTHS[normalize(_name)] = _number

STATUSES: dict[str, str] = {}
for _status, _names in (
    (
        "open",
        "open|opened|in progress|offen|geöffnet|laufend|ouvert|ouverte|en cours|abierto|"
        "abierta|en curso|aperto|aperta|in corso|aberto|aberta|em andamento",
    ),
    ("won", "won|win|gewonnen|gagné|gagnée|ganado|ganada|vinto|vinta|ganho|ganha"),
    ("lost", "lost|loss|verloren|perdu|perdue|perdido|perdida|perso|persa"),
):
    for _name in _names.split("|"):
        STATUSES[normalize(_name)] = _status

# Yes / no, and the done / not done of web-CRM status columns ("Done" / "To do"), in the six
# languages; compared lower case without accents ("À faire" is "a faire").
TRUE_WORDS = word_set(
    "yes|y|true|1|x|✓|✔|done|completed|complete|finished|closed|checked|marked as done",
    "oui|o|vrai|fait|faite|terminé|terminée|effectué|effectuée|réalisé|réalisée|achevé|clos",
    "ja|j|wahr|erledigt|abgeschlossen|fertig|gemacht|durchgeführt",
    "sí|si|s|verdadero|hecho|hecha|completado|completada|realizado|realizada|terminado|"
    "terminada|finalizado|finalizada|cerrado",
    "sì|vero|fatto|fatta|completato|completata|svolto|svolta|eseguito|eseguita|concluso|chiuso",
    "sim|verdadeiro|feito|feita|concluído|concluída|realizado|realizada|completo|completa|"
    "finalizado|finalizada|terminado|fechado",
)
FALSE_WORDS = word_set(
    "no|n|false|0|-|not done|to do|todo|to-do|open|pending|not completed|incomplete|undone|"
    "planned|scheduled|unchecked",
    "non|faux|à faire|a faire|non fait|pas fait|non terminé|ouvert|ouverte|en attente|en cours|"
    "prévu|planifié",
    "nein|falsch|offen|zu erledigen|nicht erledigt|unerledigt|ausstehend|zu tun|geplant",
    "no|falso|pendiente|por hacer|no hecho|sin hacer|abierto|abierta|planificado|programado",
    "no|falso|da fare|non fatto|non completato|aperto|aperta|in sospeso|in attesa|pianificato",
    "não|nao|falso|pendente|a fazer|por fazer|não feito|não concluído|aberto|aberta|em aberto|"
    "planejado|agendado",
)
TRUE_SYMBOLS = frozenset({"✓", "✔", "x", "☑"})

ACTIVITY_TYPES: dict[str, str] = {}
for _type, _names in (
    ("call", "call|phone call|anruf|telefonat|appel|llamada|chiamata|telefonata|chamada|ligação"),
    ("meeting", "meeting|besprechung|termin|treffen|réunion|rendez-vous|reunión|riunione|reunião"),
    ("task", "task|to do|todo|aufgabe|tâche|tarea|compito|attività|tarefa"),
    ("deadline", "deadline|frist|échéance|fecha límite|plazo|scadenza|prazo"),
    ("email", "email|e-mail|mail|courriel|correo|correo electrónico|posta elettronica"),
    ("lunch", "lunch|mittagessen|déjeuner|almuerzo|comida|pranzo|almoço"),
):
    for _name in _names.split("|"):
        ACTIVITY_TYPES[normalize(_name)] = _type
