"""English for the French source strings (used by update_translations.py to fill new messages).

``EN`` maps a French source to its English text in every context; ``BY_CONTEXT`` overrides it
for one ``(context, source)`` when the same French needs other English there.  A plural
message (``%n``) takes a ``(singular, plural)`` pair.  Placeholders (``%1``, ``{n}``) stay.
"""

EN: dict[str, str | tuple[str, str]] = {
    # -- the stands' server (issue 25) --------------------------------------------------------
    "Le port {port} est déjà pris sur {host} (un autre serveur des stands ?) : choisissez un "
    "autre port.": (
        "Port {port} is already taken on {host} (another booths' server?): choose another port."
    ),
    "L'adresse {host} n'est pas celle de cet ordinateur : choisissez une de ses adresses sur "
    "le réseau du salon.": (
        "{host} is not an address of this computer: choose one of its addresses on the show's "
        "network."
    ),
    "Le port {port} est réservé : choisissez un port au-dessus de 1024.": (
        "Port {port} is reserved: choose a port above 1024."
    ),
    "Impossible d'écouter sur {host}:{port} : {reason}.": "Cannot listen on {host}:{port}: {reason}.",
    "Aucune édition dans cette base : créez-en une avant de servir les stands.": (
        "No edition in this database: create one before serving the booths."
    ),
    "Exposant n° {exhibitor_id} introuvable.": "Exhibitor no. {exhibitor_id} not found.",
    "Le serveur des stands n'a pas démarré.": "The booths' server did not start.",
    # -- locks that lock (issue 23.7) ----------------------------------------------------------
    "Aucun code organisateur : la borne ne se quitte pas sans lui. Choisissez-en un (« itday "
    "pin --set », ou « Organisateur… » sur un autre poste), puis Ctrl+Maj+Q.": (
        "No organiser PIN: the kiosk does not close without one. Choose one (“itday pin --set”, "
        "or “Organiser…” on another station), then Ctrl+Shift+Q."
    ),
    "Aucun code organisateur : la borne ne s'ouvre pas sans le code qui la fait quitter. "
    "Choisissez-en un à l'ouverture, ou avec « itday pin --set ».": (
        "No organiser PIN: the kiosk does not open without the PIN that closes it. Choose one "
        "when it opens, or with “itday pin --set”."
    ),
    # -- personal data has one lifetime (issue 23.8) ------------------------------------------
    "Supprimer aussi les copies qui les contiennent (%n fichier(s) : sauvegardes, exports) :": (
        "Also delete the copies that hold them (%n file: backups, exports):",
        "Also delete the copies that hold them (%n files: backups, exports):",
    ),
    "%n copie(s) supprimée(s) (sauvegardes, exports précédents).": (
        "%n copy deleted (backups, earlier exports).",
        "%n copies deleted (backups, earlier exports).",
    ),
    "Copies non supprimées (effacez-les vous-même) : %1": "Copies not deleted (delete them yourself): %1",
    # -- the system's own words (issue 23.9) ---------------------------------------------------
    "fichier trop gros pour ce support": "file too large for this medium",
    "un fichier de ce nom existe déjà": "a file of that name already exists",
    "fichier ou dossier introuvable": "no such file or folder",
    "un élément du chemin n'est pas un dossier": "a part of the path is not a folder",
    "c'est un dossier, pas un fichier": "it is a folder, not a file",
    "dossier non vide": "folder not empty",
    "fichier utilisé par un autre programme": "file in use by another program",
    "déplacement impossible d'un disque à un autre": "cannot move from one disk to another",
    "erreur de lecture ou d'écriture du disque (support retiré ?)": (
        "disk read or write error (medium removed?)"
    ),
    "périphérique absent": "device missing",
    "nom ou valeur refusé par le système": "name or value refused by the system",
    "trop de fichiers ouverts": "too many open files",
    "lien symbolique en boucle": "symbolic link loop",
    "erreur du système (code {number})": "system error (code {number})",
    "base en lecture seule": "read-only database",
    "base verrouillée par un autre programme": "database locked by another program",
    "fichier de la base impossible à ouvrir": "cannot open the database file",
    "ce fichier n'est pas une base de données": "this file is not a database",
    "base endommagée": "damaged database",
    "ce n'est pas une base itday": "not an itday database",
    "erreur de la base de données": "database error",
    # -- app, main window, roles -------------------------------------------------------------
    "Plan": "Floor plan",
    "Exposants": "Exhibitors",
    "Visiteurs": "Visitors",
    "Accueil": "Check-in",
    "Statistiques": "Statistics",
    "Le plan du hall arrive bientôt : placement, numérotation et attribution des stands.": (
        "The hall plan is coming soon: booth layout, numbering and assignment."
    ),
    "La gestion des exposants arrive bientôt : fiches, stands, listes imprimées.": (
        "Exhibitor management is coming soon: records, booths, printed lists."
    ),
    "La gestion des visiteurs arrive bientôt : import, badges, inscriptions sur place.": (
        "Visitor management is coming soon: import, badges, walk-in registration."
    ),
    "L'accueil arrive bientôt : scan des badges par webcam ou douchette.": (
        "Check-in is coming soon: badge scanning with a webcam or a barcode scanner."
    ),
    "Les statistiques arrivent bientôt : arrivées, catégories, export.": (
        "Statistics are coming soon: arrivals, categories, export."
    ),
    "Navigation": "Navigation",
    "Erreur inattendue (%1) ; détails dans %2": "Unexpected error (%1); details in %2",
    "Base : %1": "Database: %1",
    "À propos": "About",
    "Édition :": "Edition:",
    "Réglages": "Settings",
    "Verrouiller": "Lock",
    "Revenir au mode accueil": "Back to reception mode",
    "Organisateur…": "Organiser…",
    "Passer en mode organisateur (code) pour modifier, importer, exporter": (
        "Switch to organiser mode (PIN) to edit, import, export"
    ),
    "Aucune édition : lancez « itday demo » ou « itday init »": (
        "No edition: run “itday demo” or “itday init”"
    ),
    "%1 entrés / %2 inscrits  ·  %3 exposants  ·  %4 stands": (
        "%1 admitted / %2 registered  ·  %3 exhibitors  ·  %4 booths"
    ),
    "Code organisateur": "Organiser PIN",
    "Aucun code organisateur n'est défini sur ce poste.\nChoisissez-en un (4 à 12 chiffres) :": (
        "No organiser PIN is set on this station.\nChoose one (4 to 12 digits):"
    ),
    "Mode organisateur": "Organiser mode",
    "Code organisateur :": "Organiser PIN:",
    "Code incorrect.": "Wrong PIN.",
    "Le code doit comporter de 4 à 12 chiffres (0 à 9).": "The PIN must have 4 to 12 digits (0 to 9).",
    # -- about, settings ---------------------------------------------------------------------
    "À propos d'itday": "About itday",
    "Plan, exposants, badges et accueil d'une journée d'exposition, sans réseau.": (
        "Floor plan, exhibitors, badges and check-in for an exhibition day, offline."
    ),
    "Bitstream Vera / domaine public (resources/fonts)": (
        "Bitstream Vera / public domain (resources/fonts)"
    ),
    "LGPL v2.1+ (dans OpenCV)": "LGPL v2.1+ (in OpenCV)",
    "BSD (dans NumPy et OpenCV)": "BSD (in NumPy and OpenCV)",
    "Unicode (dans Qt)": "Unicode (in Qt)",
    "Composants inclus (Qt %1) :": "Bundled components (Qt %1):",
    "Composant": "Component",
    "Version": "Version",
    "Licence": "Licence",
    "Réglages du poste": "Station settings",
    "Nom du poste": "Station name",
    "Caméra %1": "Camera %1",
    "Caméra": "Camera",
    "Sons à chaque scan": "Sound on each scan",
    "Sons": "Sounds",
    "Largeur minimale des allées": "Minimum aisle width",
    "Format des badges": "Badge layout",
    "imprimante par défaut du système": "system default printer",
    "Imprimante des badges": "Badge printer",
    "aucune sauvegarde automatique": "no automatic backup",
    "Choisir…": "Choose…",
    "Dossier de sauvegarde": "Backup folder",
    "Sauvegarde toutes les": "Backup every",
    " min": " min",
    "Langue du système": "System language",
    "Langue (au prochain démarrage)": "Language (at next start)",
    "laisser vide pour ne pas changer": "leave empty to keep it",
    "Nouveau code organisateur": "New organiser PIN",
    # -- stats page and dialogs --------------------------------------------------------------
    "Arrivées par quart d'heure": "Arrivals per quarter hour",
    "{n} arrivées sur {q} quarts d'heure": "{n} arrivals over {q} quarter hours",
    "Aucune arrivée pour l'instant.": "No arrivals yet.",
    "{start} – {end} : {n} arrivée(s)": "{start} – {end}: {n} arrival(s)",
    "Sauvegarde automatique": "Automatic backup",
    "Une copie de la base est écrite régulièrement dans un second dossier (une clé USB par "
    "exemple), sans jamais ralentir l'accueil.": (
        "A copy of the database is written regularly to a second folder (a USB stick for "
        "example), without ever slowing check-in down."
    ),
    "Dossier des sauvegardes": "Backup folder",
    "désactivée": "off",
    "Dossier :": "Folder:",
    "Toutes les :": "Every:",
    "Copies gardées :": "Copies kept:",
    "Parcourir…": "Browse…",
    "Purger les données personnelles": "Purge personal data",
    "Les noms, e-mails, téléphones et fonctions des participants, les contacts des exposants "
    "et les notes des stands sur les visiteurs rencontrés seront effacés définitivement. Les "
    "catégories, entreprises, heures d'arrivée, contacts des stands (sans leurs notes) et "
    "statistiques sont conservés.\n\nFaites un export avant si vous en avez encore besoin.\n\n"
    "Pour confirmer, tapez {word} :": (
        "Attendees' names, e-mails, phone numbers and job titles, exhibitors' contacts and "
        "the booths' notes about the visitors they met will be erased for good. Categories, "
        "companies, arrival times, the booths' leads (without their notes) and statistics are "
        "kept.\n\nExport first if you still need them.\n\nTo confirm, type {word}:"
    ),
    "SUPPRIMER": "DELETE",
    "Purger définitivement": "Purge for good",
    "Chargement…": "Loading…",
    "CSV, Excel, copie de la base et rapport PDF (Ctrl+E)": (
        "CSV, Excel, database copy and PDF report (Ctrl+E)"
    ),
    "Purger les données personnelles…": "Purge personal data…",
    "Sauvegarde automatique…": "Automatic backup…",
    "Inscrits": "Registered",
    "Entrés": "Admitted",
    "Inscrits sur place": "Walk-ins",
    "Exposants présents": "Exhibitors present",
    "Pic d'affluence": "Peak",
    "Catégorie": "Category",
    "Taux": "Rate",
    "Par catégorie": "By category",
    "Poste": "Station",
    "Scans": "Scans",
    "Motif": "Reason",
    "Exposants absents": "Missing exhibitors",
    "Scans par poste": "Scans per station",
    "Scans refusés": "Refused scans",
    "Aucune édition.": "No edition.",
    "Ouverture de la base…": "Opening the database…",
    "participants attendus": "attendees expected",
    "{rate} des inscrits": "{rate} of registered",
    "badges faits à l'accueil": "badges made at the desk",
    "{n} pas encore arrivé(s)": "{n} not arrived yet",
    "{n} arrivées de {a} à {b}": "{n} arrivals from {a} to {b}",
    "aucune arrivée": "no arrivals",
    "(sans nom)": "(no name)",
    "Aucun scan refusé": "No refused scans",
    "Exposants absents ({n})": "Missing exhibitors ({n})",
    "Chiffres en direct · mis à jour à {t}": "Live figures · updated at {t}",
    "Export en cours…": "Exporting…",
    "anonymisé ": "anonymised ",
    "Export {kind}écrit dans {folder} : {who}, {n} fichiers.": (
        "{kind}export written to {folder}: {who}, {n} files."
    ),
    "{n} participants (dont {c} annulés)": "{n} attendees (including {c} cancelled)",
    "{n} participants": "{n} attendees",
    "Remplacer un autre export ?": "Replace another export?",
    "Le dossier {folder} contient déjà l'export d'une autre édition (n° {id} « {name} »). "
    "Le remplacer par l'export de celle-ci ?": (
        "The folder {folder} already holds the export of another edition (no. {id} "
        "“{name}”). Replace it with the export of this one?"
    ),
    "Export annulé : le dossier n'a pas été modifié.": (
        "Export cancelled: the folder was not changed."
    ),
    "Données personnelles purgées : {a} participants, {e} exposants, {l} contacts des stands. "
    "Les statistiques sont conservées.": (
        "Personal data purged: {a} attendees, {e} exhibitors, {l} stand leads. Statistics are kept."
    ),
    "Sauvegarde automatique : {m}": "Automatic backup: {m}",
    "Sauvegarde automatique : base PostgreSQL, utilisez pg_dump.": (
        "Automatic backup: PostgreSQL database, use pg_dump."
    ),
    "Sauvegarde automatique : désactivée.": "Automatic backup: off.",
    "Sauvegarde automatique toutes les {m} min dans {f}": "Automatic backup every {m} min to {f}",
    " · dernière à {t}": " · last at {t}",
    " · pas encore de copie": " · no copy yet",
    " · ÉCHEC : {m}": " · FAILED: {m}",
    "Exporter l'édition": "Export the edition",
    "Fichiers CSV et Excel (participants, scans, exposants, stands), event.json, une copie de "
    "la base et le rapport PDF.": (
        "CSV and Excel files (attendees, scans, exhibitors, booths), event.json, a copy of the "
        "database and the PDF report."
    ),
    "Dossier de l'export": "Export folder",
    "Anonymiser (ni noms, ni e-mails, ni téléphones ; pas de copie de la base)": (
        "Anonymise (no names, e-mails or phone numbers; no database copy)"
    ),
    "Exporter": "Export",
    "Exporter…": "Export…",
    # -- exhibitors --------------------------------------------------------------------------
    "Exposant — %1": "Exhibitor — %1",
    "Nouvel exposant": "New exhibitor",
    "&Nom de l'exposant *": "&Exhibitor name *",
    "&Secteur": "&Sector",
    "&Contact (nom)": "&Contact (name)",
    "&E-mail": "E-&mail",
    "&Téléphone": "&Phone",
    "Site &web": "&Website",
    "&Description": "&Description",
    "aucun (attribuez-en un sur le plan)": "none (assign one on the floor plan)",
    "Stand(s)": "Booth(s)",
    "Enregistrer": "Save",
    "Fermer": "Close",
    "Le nom de l'exposant est obligatoire.": "The exhibitor's name is required.",
    "sans stand": "no booth",
    "<b>Exposants</b>": "<b>Exhibitors</b>",
    "Filtrer les exposants…": "Filter exhibitors…",
    "Seulement sans stand": "Only without a booth",
    "<b>Exposants</b> — %1, dont %2 sans stand": "<b>Exhibitors</b> — %1, %2 without a booth",
    "Glissez un exposant sur un stand pour le lui attribuer.": (
        "Drag an exhibitor onto a booth to assign it."
    ),
    "Cliquez sur un exposant pour voir son stand.": "Click an exhibitor to see its booth.",
    "Exposant": "Exhibitor",
    "Secteur": "Sector",
    "Contact": "Contact",
    "Téléphone": "Phone",
    "Équipe": "Staff",
    "Présent": "Present",
    "présent": "present",
    "pas encore arrivé": "not arrived yet",
    "Rechercher un exposant, un stand, un secteur, un contact…  (Ctrl+F)": (
        "Search an exhibitor, a booth, a sector, a contact…  (Ctrl+F)"
    ),
    "Ajouter": "Add",
    "Modifier": "Edit",
    "Supprimer": "Delete",
    "Annuler": "Undo",
    "Importer…": "Import…",
    "Exposants dont personne n'a encore badgé, triés par stand, avec le téléphone du contact à "
    "appeler. La liste se met à jour à chaque entrée.": (
        "Exhibitors nobody from has checked in yet, sorted by booth, with the contact's phone "
        "number to call. The list updates with every admission."
    ),
    "Imprimer :": "Print:",
    "Liste par nom": "List by name",
    "par stand": "by booth",
    "par secteur": "by sector",
    "Annuaire": "Directory",
    "Panneaux de stand": "Booth signs",
    " (PDF A4, aperçu avant impression)": " (A4 PDF, print preview)",
    "Ajouter un exposant": "Add an exhibitor",
    "Modifier l'exposant": "Edit the exhibitor",
    "Supprimer l'exposant": "Delete the exhibitor",
    "Importer des exposants": "Import exhibitors",
    "Rechercher": "Search",
    "Rétablir": "Redo",
    "Annuler : %1 (Ctrl+Z)": "Undo: %1 (Ctrl+Z)",
    "Rétablir : %1 (Ctrl+Y)": "Redo: %1 (Ctrl+Y)",
    "Tous les exposants (%1)": "All exhibitors (%1)",
    "Pas encore arrivés (%1)": "Not arrived yet (%1)",
    "%1 exposants · %2 présents · %3 pas encore arrivés": (
        "%1 exhibitors · %2 present · %3 not arrived yet"
    ),
    " · %1 affichés": " · %1 shown",
    "Exposant « %1 » ajouté.": "Exhibitor “%1” added.",
    "Son ou ses stands (%1) redeviendront libres.": "Its booth(s) (%1) will be free again.",
    "Ses %1 membres d'équipe resteront inscrits, sans exposant.": (
        "Its %1 staff members will stay registered, without an exhibitor."
    ),
    "Supprimer l'exposant « %1 » ?": "Delete the exhibitor “%1”?",
    "Ctrl+Z annule la suppression.": "Ctrl+Z undoes the deletion.",
    "Supprimer un exposant": "Delete an exhibitor",
    "Exposant « %1 » supprimé (Ctrl+Z pour annuler).": "Exhibitor “%1” deleted (Ctrl+Z to undo).",
    "Import disponible prochainement": "Import available soon",
    "Ajouter « %1 »": "Add “%1”",
    "Modifier « %1 »": "Edit “%1”",
    "Supprimer « %1 »": "Delete “%1”",
    "Aperçu : page %1 / %2": "Preview: page %1 / %2",
    "(pas de téléphone)": "(no phone)",
    "Aperçu avant impression — %1": "Print preview — %1",
    "Enregistrer le PDF…": "Save the PDF…",
    "Ouvrir dans le lecteur PDF": "Open in the PDF viewer",
    "Enregistrer le PDF": "Save the PDF",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "E-mail": "E-mail",
    "Arrivée": "Arrival",
    "Prénom": "First name",
    "Nom": "Name",
    "E-mail (facultatif)": "E-mail (optional)",
    "Ajouter à l'équipe": "Add to staff",
    "Imprimer les badges de l'exposant": "Print the exhibitor's badges",
    " (annulé)": " (cancelled)",
    "✔ arrivé": "✔ arrived",
    "—": "—",
    "Équipe sur le stand (%1)": "Booth staff (%1)",
    "%1 ajouté(e) à l'équipe (Ctrl+Z pour annuler).": "%1 added to the staff (Ctrl+Z to undo).",
    # staff: remove, undo
    "Retirer de l'équipe": "Remove from staff",
    "Retirer la personne choisie de l'équipe (Suppr)": (
        "Remove the selected person from the staff (Del)"
    ),
    "Retirer une personne : réservé au mode organisateur": (
        "Removing a person: organiser mode only"
    ),
    "passages à l'entrée enregistrés : %1": "entrance scans recorded: %1",
    "badges imprimés : %1": "badges printed: %1",
    "« %1 » a déjà un historique (%2).": "“%1” already has a history (%2).",
    "Son inscription sera annulée (son badge sera refusé à l'entrée) et détachée de « %1 ». "
    "Les passages et impressions déjà enregistrés sont conservés pour les statistiques.": (
        "Their registration will be cancelled (the badge will be refused at the entrance) and "
        "detached from “%1”. Scans and prints already recorded are kept for the statistics."
    ),
    "Annuler l'inscription de « %1 » ?": "Cancel the registration of “%1”?",
    "Retirer « %1 » de l'équipe de « %2 » ?": "Remove “%1” from the staff of “%2”?",
    "Cette personne n'a ni badgé ni eu de badge imprimé : son inscription sera supprimée.": (
        "This person has neither been scanned nor had a badge printed: their registration "
        "will be deleted."
    ),
    "Ctrl+Z annule le retrait.": "Ctrl+Z undoes the removal.",
    "%1 : inscription annulée et retirée de l'équipe (Ctrl+Z pour annuler).": (
        "%1: registration cancelled and removed from the staff (Ctrl+Z to undo)."
    ),
    "%1 retiré(e) de l'équipe (Ctrl+Z pour annuler).": (
        "%1 removed from the staff (Ctrl+Z to undo)."
    ),
    "Ajouter « %1 » à l'équipe": "Add “%1” to the staff",
    "Retirer « %1 » de l'équipe": "Remove “%1” from the staff",
    "Impossible d'annuler l'ajout de « %1 » : cette personne a déjà badgé ou son badge a été "
    "imprimé. Retirez-la de l'équipe si besoin.": (
        "Cannot undo adding “%1”: this person has already been scanned or had a badge "
        "printed. Remove them from the staff if needed."
    ),
    "Badges — %1": "Badges — %1",
    # -- plan --------------------------------------------------------------------------------
    "✔ Aucun problème détecté.": "✔ No problem found.",
    "Exporter le plan": "Export the floor plan",
    "Par statut": "By status",
    "Par secteur": "By sector",
    "Par présence": "By presence",
    "Papier (paysage)": "Paper (landscape)",
    "Plan de la salle en fond": "Venue drawing in the background",
    "Le hall n'a pas de fond de plan.": "The hall has no background drawing.",
    "Couleurs": "Colours",
    "Générer un bloc de stands": "Generate a block of booths",
    "Une lettre par rangée (A01…, B01…)": "One letter per row (A01…, B01…)",
    "Une centaine par rangée (101…, 201…)": "One hundred per row (101…, 201…)",
    "À la suite (A01…A16)": "In sequence (A01…A16)",
    "Rangées dos à dos (par paires)": "Back-to-back rows (in pairs)",
    "Rangées": "Rows",
    "Stands par rangée": "Booths per row",
    "Largeur d'un stand": "Booth width",
    "Profondeur d'un stand": "Booth depth",
    "Largeur des allées": "Aisle width",
    "Coin haut-gauche X": "Top-left corner X",
    "Coin haut-gauche Y": "Top-left corner Y",
    "Premier code": "First code",
    "Numérotation": "Numbering",
    "Placer les stands": "Place the booths",
    "%1 stands, de %2 à %3 ; emprise %4 m × %5 m.": "%1 booths, %2 to %3; footprint %4 m × %5 m.",
    "Hall": "Hall",
    "Largeur": "Width",
    "Profondeur": "Depth",
    "Allée minimale": "Minimum aisle",
    "Enregistrement du plan impossible : %1": "Could not save the floor plan: %1",
    # -- plan: fixed elements, outline, print preview -------------------------------------
    "<b>Élément</b>": "<b>Element</b>",
    "(nom par défaut)": "(default name)",
    "Libellé": "Label",
    "Renommer l'élément": "Rename the element",
    "<b>Élément : %1</b>": "<b>Element: %1</b>",
    "Modifier le contour du hall": "Edit the hall outline",
    "Hall rectangulaire": "Rectangular hall",
    "Déplacer %n élément(s)": ("Move %n element", "Move %n elements"),
    "Supprimer la sélection": "Delete the selection",
    "Supprimer %n élément(s)": ("Delete %n element", "Delete %n elements"),
    "Ajouter : %1": "Add: %1",
    "Élément": "Element",
    "Dessiner un élément fixe du hall (choisir le type dans le menu)": (
        "Draw a fixed element of the hall (choose its kind in the menu)"
    ),
    "Contour": "Outline",
    "Modifier le contour du hall : glissez un sommet ; double-clic près d'un mur : ajouter un sommet ; clic droit sur un sommet : le retirer": (
        "Edit the hall outline: drag a corner; double-click near a wall: add a corner; "
        "right-click a corner: remove it"
    ),
    "Revenir au rectangle": "Back to a rectangle",
    "Élément : %1": "Element: %1",
    "Plans (*.pdf *.png *.jpg *.jpeg *.svg)": "Plans (*.pdf *.png *.jpg *.jpeg *.svg)",
    "Plan illisible : %1": "Unreadable plan: %1",
    "Préparation de l'impression": "Preparing the printout",
    "Aperçu impossible : %1": "No preview: %1",
    "Aperçu avant impression — plan complet": "Print preview — full plan",
    "Déplacer %n stand(s)": ("Move %n booth", "Move %n booths"),
    "Décaler": "Shift",
    "Créer le stand %1": "Create booth %1",
    "Pivoter": "Rotate",
    "Dupliquer": "Duplicate",
    "Supprimer %n stand(s)": ("Delete %n booth", "Delete %n booths"),
    "Aligner": "Align",
    "Répartir": "Distribute",
    "Générer %n stand(s)": ("Generate %n booth", "Generate %n booths"),
    "Attribuer %1 à %2": "Assign %1 to %2",
    "Libérer %1": "Free %1",
    "Chercher une entreprise ou un stand…": "Find a company or a booth…",
    "Couleurs : par statut": "Colours: by status",
    "Couleurs : par secteur": "Colours: by sector",
    "Couleurs : par présence": "Colours: by presence",
    "Vue": "View",
    "Sélection": "Select",
    "Nouveau stand": "New booth",
    "Dessiner un stand en le faisant glisser sur le sol": "Draw a booth by dragging on the floor",
    "Générer…": "Generate…",
    "Générer un bloc de rangées de stands": "Generate a block of booth rows",
    "Aligner à gauche": "Align left",
    "Aligner à droite": "Align right",
    "Aligner en haut": "Align top",
    "Aligner en bas": "Align bottom",
    "Répartir horizontalement": "Distribute horizontally",
    "Répartir verticalement": "Distribute vertically",
    "Ajuster au hall": "Fit the hall",
    "Zoom +": "Zoom +",
    "Zoom −": "Zoom −",
    "Hall…": "Hall…",
    "Dimensions du hall et largeur minimale des allées": "Hall size and minimum aisle width",
    "Fond de plan…": "Background…",
    "Image du plan du lieu, mise à l'échelle": "Image of the venue's plan, scaled",
    "Exporter le plan en PDF ou PNG": "Export the floor plan as PDF or PNG",
    "Imprimer…": "Print…",
    "Cette édition n'a pas encore de hall : mode organisateur, bouton « Hall ».": (
        "This edition has no hall yet: organiser mode, “Hall” button."
    ),
    "Mode organisateur : édition": "Organiser mode: editing",
    "Consultation (lecture seule)": "Viewing (read-only)",
    "<b>Vérifications</b> — %1 problème(s)": "<b>Checks</b> — %1 problem(s)",
    "stand libre": "free booth",
    "Le stand %1 est attribué à %2.\nL'attribuer à %3 à la place ?": (
        "Booth %1 is assigned to %2.\nAssign it to %3 instead?"
    ),
    "Stand déjà attribué": "Booth already assigned",
    "Le code « %1 » est déjà utilisé par un autre stand.": (
        "The code “%1” is already used by another booth."
    ),
    "Un stand doit avoir un code.": "A booth must have a code.",
    "Aucun stand trouvé.": "No booth found.",
    " — %1/%2 (touche Entrée : suivant)": " — %1/%2 (Enter: next)",
    "Cet exposant n'a pas encore de stand.": "This exhibitor has no booth yet.",
    "Fond de plan": "Background",
    "Images (*.png *.jpg *.jpeg *.svg)": "Images (*.png *.jpg *.jpeg *.svg)",
    "Image illisible : %1": "Unreadable image: %1",
    "Cliquez sur deux points du fond de plan dont vous connaissez la distance.": (
        "Click two points of the background whose distance you know."
    ),
    "Mise à l'échelle": "Scaling",
    "Distance réelle entre les deux points (m) :": "Real distance between the two points (m):",
    "PDF (*.pdf);;Image PNG (*.png)": "PDF (*.pdf);;PNG image (*.png)",
    "Export du plan": "Floor plan export",
    "Plan exporté : %1": "Floor plan exported: %1",
    "Aperçu avant impression": "Print preview",
    "Plan du salon": "Exhibition floor plan",
    "<b>Stand</b>": "<b>Booth</b>",
    "0° (face en haut)": "0° (facing up)",
    "90° (face à droite)": "90° (facing right)",
    "180° (face en bas)": "180° (facing down)",
    "270° (face à gauche)": "270° (facing left)",
    "Code": "Code",
    "Orientation": "Orientation",
    "Statut": "Status",
    "Type": "Type",
    "— aucun (stand libre) —": "— none (free booth) —",
    "<b>Stand %1</b>": "<b>Booth %1</b>",
    "<b>%1 stands sélectionnés</b>": "<b>%1 booths selected</b>",
    "<b>Stand</b> — sélectionnez un stand": "<b>Booth</b> — select a booth",
    "Renommer le stand": "Rename the booth",
    "Redimensionner": "Resize",
    "Changer le statut": "Change the status",
    "Attribuer le stand": "Assign the booth",
    "Lecture du plan…": "Reading the floor plan…",
    "Mise en page…": "Laying out…",
    "Mur": "Wall",
    "Poteau": "Pillar",
    "Espace conférences": "Conference area",
    "Restauration": "Catering",
    "ENTRÉE": "ENTRANCE",
    "Sortie de secours": "Emergency exit",
    "Sans secteur / libre": "No sector / free",
    # -- visitors page, edit form, walk-in, batch badges, import ---------------------------
    "Nouveau visiteur sur place (Ctrl+N)": "New walk-in visitor (Ctrl+N)",
    "Imprimer les badges…": "Print badges…",
    "Importer les inscriptions d'un fichier CSV ou Excel (organisateur)": (
        "Import registrations from a CSV or Excel file (organiser)"
    ),
    "Rechercher un nom, une société, un e-mail… (Ctrl+F)": (
        "Search a name, a company, an e-mail… (Ctrl+F)"
    ),
    "Toutes catégories": "All categories",
    "Entrés ou pas": "Admitted or not",
    "Pas encore entrés": "Not admitted yet",
    "Badges : tous": "Badges: all",
    "Badge imprimé": "Badge printed",
    "Badge non imprimé": "Badge not printed",
    "Voir les annulés": "Show cancelled",
    "↶ Défaire : %1": "↶ Undo: %1",
    "↶ Défaire": "↶ Undo",
    "Défaire la dernière modification (Ctrl+Z)": "Undo the last change (Ctrl+Z)",
    "%1 inscrits": "%1 registered",
    " · %1 annulés": " · %1 cancelled",
    "%1 affichés sur %2": "%1 shown of %2",
    "modification de %1": "edit of %1",
    "Fiche de %1 enregistrée.": "%1's record saved.",
    "Annuler l'inscription de %1 ? Son badge sera refusé à l'entrée.": (
        "Cancel the registration of %1? Their badge will be refused at the entrance."
    ),
    "Annuler %1 inscriptions ? Leurs badges seront refusés à l'entrée.": (
        "Cancel %1 registrations? Their badges will be refused at the entrance."
    ),
    "Annuler l'inscription": "Cancel the registration",
    "(Ctrl+Z permet de revenir en arrière.)": "(Ctrl+Z takes it back.)",
    "%1 personnes": "%1 people",
    "annulation de l'inscription de %1": "cancellation of %1's registration",
    "rétablissement de l'inscription de %1": "restoration of %1's registration",
    " (Ctrl+Z pour annuler).": " (Ctrl+Z to undo).",
    "Imprimer le badge": "Print the badge",
    "Aperçu du badge": "Badge preview",
    "Choisir l'imprimante des badges…": "Choose the badge printer…",
    "Annuler l'inscription…": "Cancel the registration…",
    "L'import est réservé aux organisateurs.": "Importing is for organisers only.",
    "Société": "Company",
    "Entrée": "Arrival",
    "Badge": "Badge",
    "annulée": "cancelled",
    "Inscription annulée": "Registration cancelled",
    "Badge imprimé %1 fois": "Badge printed %1 time(s)",
    "Badge pas encore imprimé": "Badge not printed yet",
    "Badge dans un PDF, pas encore imprimé": "Badge in a PDF, not printed yet",
    "Entré(e) à %1, poste %2": "Admitted at %1, station %2",
    "Inscription en ligne (import)": "Online registration (import)",
    "Inscription sur place": "Walk-in registration",
    "Saisie manuelle": "Manual entry",
    "Démonstration": "Demo",
    "Fiche du participant": "Attendee record",
    "Fonction": "Job title",
    "Code du badge": "Badge code",
    "Origine": "Source",
    "Enregistrer les modifications (Ctrl+S)": "Save the changes (Ctrl+S)",
    "Abandonner les modifications non enregistrées": "Discard the unsaved changes",
    "Imprimer le badge de cette personne (Ctrl+P)": "Print this person's badge (Ctrl+P)",
    "Aperçu": "Preview",
    "Voir le badge avant de l'imprimer": "See the badge before printing it",
    "Rétablir l'inscription": "Restore the registration",
    "Sélectionnez une personne dans la liste.": "Select a person in the list.",
    "Entré(e) à %1 (%2)": "Admitted at %1 (%2)",
    "Pas encore entré(e)": "Not admitted yet",
    "badge imprimé %1 fois": "badge printed %1 time(s)",
    "badge pas encore imprimé": "badge not printed yet",
    "Il faut au moins un prénom ou un nom.": "A first name or a last name is required.",
    "L'e-mail semble incorrect (il sera enregistré tel quel).": (
        "The e-mail looks wrong (it will be saved as it is)."
    ),
    "Nouveau visiteur sur place": "New walk-in visitor",
    "Saisissez le nom puis appuyez sur Entrée : la personne est inscrite, son badge s'imprime "
    "et son entrée est enregistrée.": (
        "Type the name then press Enter: the person is registered, their badge prints and "
        "their admission is recorded."
    ),
    "Société (facultatif)": "Company (optional)",
    "adresse@exemple.fr (facultatif)": "address@example.com (optional)",
    "&Prénom": "&First name",
    "&Nom": "&Last name",
    "&Société": "&Company",
    "&Catégorie": "C&ategory",
    "Inscrire, imprimer et faire entrer (Entrée)": "Register, print and admit (Enter)",
    "Saisissez au moins un prénom ou un nom.": "Type at least a first name or a last name.",
    "Un badge a été scanné dans le formulaire : rien n'est enregistré. "
    "Fermez le formulaire (Échap) pour scanner à l'accueil.": (
        "A badge was scanned into the form: nothing was saved. "
        "Close the form (Esc) to scan at the check-in desk."
    ),
    "L'e-mail « %1 » semble incorrect (il sera enregistré tel quel).": (
        "The e-mail “%1” looks wrong (it will be saved as it is)."
    ),
    "Aucune édition ouverte.": "No edition open.",
    "%1 inscrit(e) sur place et entré(e) ; badge en impression.": (
        "%1 registered on site and admitted; badge printing."
    ),
    "Badge %1 sur %2": "Badge %1 of %2",
    "Imprimer les badges": "Print badges",
    "Tous les inscrits (%1 badges)": "Everyone registered (%1 badges)",
    "Seulement la liste filtrée (%1 badges)": "Only the filtered list (%1 badges)",
    "Les badges sont triés par nom de famille, pour les tables de retrait alphabétiques. Les "
    "inscriptions annulées n'ont pas de badge.": (
        "Badges are sorted by last name, for alphabetical pick-up tables. Cancelled "
        "registrations get no badge."
    ),
    "Badges :": "Badges:",
    "Mise en page :": "Layout:",
    "Créer le PDF…": "Create the PDF…",
    "Ouvrir le PDF": "Open the PDF",
    "Badges déjà imprimés": "Badges already printed",
    "%1 des %2 badges choisis ont déjà été imprimés. Les réimprimer ?": (
        "%1 of the %2 chosen badges have already been printed. Print them again?"
    ),
    "Réimprimer tout": "Reprint all",
    "Seulement les %1 nouveaux": "Only the %1 new ones",
    "Enregistrer les badges": "Save the badges",
    "Aucun badge à imprimer.": "No badge to print.",
    "Création du PDF…": "Creating the PDF…",
    "Création des badges": "Creating the badges",
    "%1 badges enregistrés dans %2.": "%1 badges saved to %2.",
    "%1 badges enregistrés dans %2 (pas encore imprimés).": (
        "%1 badges saved to %2 (not printed yet)."
    ),
    "Création annulée : aucun fichier écrit.": "Cancelled: no file written.",
    "L'imprimante refuse le travail (hors ligne ou sans papier ?).": (
        "The printer refuses the job (offline or out of paper?)."
    ),
    "Réimprimer le badge ?": "Reprint the badge?",
    "Le badge de %1 a déjà été imprimé %2 fois. Le réimprimer ?": (
        "%1's badge has already been printed %2 time(s). Print it again?"
    ),
    "ce participant": "this attendee",
    "Inscription annulée : pas de badge pour %1.": "Registration cancelled: no badge for %1.",
    "Les badges iront sur %1.": "Badges will go to %1.",
    "Badge imprimé.": "Badge printed.",
    "Rejetée": "Rejected",
    "Doublon": "Duplicate",
    "Avertissement": "Warning",
    "Vérification : ligne %1 sur %2": "Check: line %1 of %2",
    "Import : ligne %1 sur %2": "Import: line %1 of %2",
    "Importer des visiteurs": "Import visitors",
    "Aucun fichier choisi (CSV ou Excel .xlsx)": "No file chosen (CSV or Excel .xlsx)",
    "Choisir un fichier…": "Choose a file…",
    "1. Fichier": "1. File",
    "Colonne du fichier": "Column in the file",
    "Exemples": "Examples",
    "Importer dans": "Import into",
    "2. Correspondance des colonnes": "2. Column mapping",
    "Cliquez « Vérifier » pour voir ce que l'import ferait, sans rien enregistrer.": (
        "Click “Check” to see what the import would do, without saving anything."
    ),
    "Ligne": "Line",
    "3. Vérification et compte rendu": "3. Check and report",
    "Vérifier (sans enregistrer)": "Check (without saving)",
    "Importer": "Import",
    "Choisir le fichier à importer": "Choose the file to import",
    "Tableaux (*.csv *.xlsx *.txt);;Tous les fichiers (*)": (
        "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"
    ),
    "Lecture du fichier…": "Reading the file…",
    "Classeur Excel": "Excel workbook",
    "« %1 »": "“%1”",
    "tabulation": "tab",
    "CSV, séparateur %1, encodage %2": "CSV, separator %1, encoding %2",
    "%1 · %2 lignes de données · %3 colonnes": "%1 · %2 data lines · %3 columns",
    "(colonne %1 sans titre)": "(column %1 without a title)",
    "En-tête non reconnu : choisissez le champ à remplir, ou laissez « Ne pas importer ».": (
        "Unknown header: choose the field to fill, or leave “Do not import”."
    ),
    "— Ne pas importer —": "— Do not import —",
    "Choisissez un fichier : ses colonnes s'afficheront ici.": (
        "Choose a file: its columns will show here."
    ),
    "%1 colonne(s) non reconnue(s), surlignée(s) : choisissez leur champ ou laissez-les de "
    "côté.": "%1 unknown column(s), highlighted: choose their field or leave them out.",
    "le nom ou le prénom": "the last or first name",
    "le nom de la société": "the company name",
    "Indiquez la colonne qui contient %1.": "Pick the column that holds %1.",
    "Toutes les colonnes sont reconnues.": "All columns are recognised.",
    "Vérification en cours…": "Checking…",
    "Import en cours": "Importing",
    "Importer à nouveau": "Import again",
    "Import annulé : rien n'a été enregistré.": "Import cancelled: nothing was saved.",
    "%1 nouveau(x)": "%1 new",
    "%1 mis à jour": "%1 updated",
    "%1 inchangé(s)": "%1 unchanged",
    "%1 doublon(s) fusionné(s)": "%1 duplicate(s) merged",
    "%1 avertissement(s)": "%1 warning(s)",
    "%1 ligne(s) rejetée(s)": "%1 line(s) rejected",
    "Vérification (rien n'est enregistré) : ": "Check (nothing is saved): ",
    "Import terminé : ": "Import done: ",
    # -- check-in page -----------------------------------------------------------------------
    "ENTRÉE VALIDÉE": "ADMITTED",
    "DÉJÀ ENTRÉ(E)": "ALREADY ADMITTED",
    "à %1": "at %1",
    "Première entrée %1 — ré-entrée autorisée": "First admitted %1 — re-entry allowed",
    "BADGE INCONNU": "UNKNOWN BADGE",
    "Code itday non inscrit : chercher la personne par son nom": (
        "itday code not registered: look the person up by name"
    ),
    "INSCRIPTION ANNULÉE": "REGISTRATION CANCELLED",
    "Entrée refusée : voir l'organisation": "Entry refused: see the organisers",
    "CE N'EST PAS UN BADGE itday": "NOT AN itday BADGE",
    # a no-break space: on a narrow panel the headline wraps after the dash, not in "SCAN AGAIN"
    "CODE MAL LU — RESCANNEZ": "CODE MISREAD — SCAN\u00a0AGAIN",
    "Badge d'une autre édition": "Badge from another edition",
    "Code abîmé ou mal lu : rescanner ou chercher par nom": (
        "Damaged or misread code: scan again or search by name"
    ),
    "QR code étranger (site web, carte de visite…)": "Foreign QR code (website, business card…)",
    "hors ligne": "offline",
    "Présentez le badge à la caméra": "Show the badge to the camera",
    "ou scannez-le à la douchette, ou cherchez le nom ci-dessous": (
        "or scan it with the barcode scanner, or search the name below"
    ),
    "entré(e)": "admitted",
    "annulé(e)": "cancelled",
    "Rechercher un nom (3 lettres suffisent)…": "Search a name (3 letters are enough)…",
    "%1 entrés / %2 inscrits": "%1 admitted / %2 registered",
    "entrés sur %1 inscrits": "admitted out of %1 registered",
    "Démarrage de la caméra…": "Starting the camera…",
    "Caméra indisponible — la saisie manuelle et la douchette fonctionnent": (
        "Camera unavailable — typing and the barcode scanner still work"
    ),
    "Caméra arrêtée — la saisie manuelle et la douchette fonctionnent": (
        "Camera stopped — typing and the barcode scanner still work"
    ),
    "Connexion à la base partagée…": "Connecting to the shared database…",
    "Caméra :": "Camera:",
    "Annuler la dernière entrée (Ctrl+Z)": "Undo the last admission (Ctrl+Z)",
    "Inscription sur place (F2)": "Walk-in (F2)",
    "Inscrire (F2)": "Walk-in (F2)",
    "Inscription sur place : une personne venue sans inscription, son badge (F2)": "Walk-in registration: someone who came without registering, and their badge (F2)",
    "Annuler (Ctrl+Z)": "Undo (Ctrl+Z)",
    "(mode organisateur)": "(organiser mode)",
    "Annuler la dernière entrée faite à ce poste (Ctrl+Z)": "Undo the last entry made at this desk (Ctrl+Z)",
    "Code du badge puis Entrée (ou douchette)": "Badge code then Enter (or barcode scanner)",
    "Enregistrer l'entrée (Entrée)": "Admit (Enter)",
    "Réimprimer le badge": "Reprint the badge",
    "Sans badge : chercher la personne": "No badge: find the person",
    " (non détectée)": " (not detected)",
    "AUCUNE ÉDITION": "NO EDITION",
    "Créez ou ouvrez une édition.": "Create or open an edition.",
    "SCAN NON ENREGISTRÉ": "SCAN NOT RECORDED",
    "Scan non enregistré : %1": "Scan not recorded: %1",
    "Hors ligne : l'annulation d'une entrée attend le retour du réseau.": (
        "Offline: undoing an admission waits for the network to come back."
    ),
    "Aucune entrée à annuler à ce poste.": "No admission to undo at this station.",
    "ENTRÉE ANNULÉE": "ADMISSION UNDONE",
    "Entrée annulée : %1": "Admission undone: %1",
    "Inscription sur place : disponible prochainement.": "Walk-in registration: coming soon.",
    "INSCRIT(E) SUR PLACE": "REGISTERED ON SITE",
    "%1 — entrée enregistrée, badge à l'impression": "%1 — admitted, badge printing",
    "Choisissez d'abord une personne (recherche ou scan).": (
        "Choose a person first (search or scan)."
    ),
    "Réimpression des badges : disponible prochainement.": "Badge reprinting: coming soon.",
    "● En ligne": "● Online",
    " — envoi de %1 scans": " — sending %1 scans",
    "● Hors ligne — %1 scans en attente": "● Offline — %1 scans waiting",
    "● Base partagée injoignable": "● Shared database unreachable",
    # -- errors (itday.errors templates; the {fields} stay) ---------------------------------
    "Numéro de colonne invalide : {index}": "Invalid column number: {index}",
    "La colonne n° {number} n'existe pas dans le fichier.": (
        "Column {number} does not exist in the file."
    ),
    "Champ inconnu dans la correspondance des colonnes : {name}": (
        "Unknown field in the column mapping: {name}"
    ),
    "Fichier introuvable : {path}": "File not found: {path}",
    "C'est un dossier, pas un fichier : {path}": "This is a folder, not a file: {path}",
    "Impossible de lire le fichier {name} : {reason}": "Cannot read the file {name}: {reason}",
    "Le fichier {name} est vide.": "The file {name} is empty.",
    "{name} est un ancien classeur Excel (.xls) : enregistrez-le en XLSX ou en CSV.": (
        "{name} is an old Excel workbook (.xls): save it as XLSX or CSV."
    ),
    "Le fichier {name} est vide (aucune ligne d'en-tête).": (
        "The file {name} is empty (no header line)."
    ),
    "{name} : encodage du texte non reconnu (UTF-8 ou Windows-1252 attendu).": (
        "{name}: text encoding not recognised (UTF-8 or Windows-1252 expected)."
    ),
    "{name} n'est ni un fichier CSV ni un classeur XLSX.": (
        "{name} is neither a CSV file nor an XLSX workbook."
    ),
    "{name} : fichier CSV illisible ({reason}).": "{name}: unreadable CSV file ({reason}).",
    "{name} : fichier trop volumineux.": "{name}: file too large.",
    "{name}, ligne {line} : un guillemet (\") ouvre une cellule qui n'est jamais fermée ; "
    "corrigez cette ligne puis réimportez.": (
        '{name}, line {line}: a quote (") opens a cell that is never closed; '
        "fix this line, then import again."
    ),
    '{name}, ligne {line} : un guillemet (") ouvre une cellule qui englobe {count} ligne(s) '
    "suivante(s) ; corrigez les guillemets de cette ligne puis réimportez.": (
        '{name}, line {line}: a quote (") opens a cell that swallows the next {count} '
        "line(s); fix the quotes on this line, then import again."
    ),
    "{name} : classeur XLSX endommagé ou illisible.": "{name}: damaged or unreadable XLSX workbook.",
    "{name} est un classeur OpenDocument (.ods) : enregistrez-le en XLSX ou en CSV.": (
        "{name} is an OpenDocument workbook (.ods): save it as XLSX or CSV."
    ),
    "{name} : le classeur ne contient aucune feuille.": "{name}: the workbook has no sheet.",
    "Aucune colonne de nom reconnue (attendu : Nom, Prénom ou Nom complet). "
    "Colonnes du fichier : {found}.": (
        "No name column recognised (expected: Last name, First name or Full name). "
        "Columns in the file: {found}."
    ),
    "Aucune colonne de nom reconnue (attendu : Société ou Nom). Colonnes du fichier : {found}.": (
        "No name column recognised (expected: Company or Name). Columns in the file: {found}."
    ),
    "Participant n° {attendee_id} introuvable (supprimé entre-temps ?).": (
        "Attendee no. {attendee_id} not found (deleted meanwhile?)."
    ),
    "Catégorie inconnue : {category}": "Unknown category: {category}",
    "La base {where} est endommagée ou n'est pas une base itday : restaurez une sauvegarde "
    "ou choisissez un autre fichier (--db).": (
        "The database {where} is damaged or is not an itday database: restore a backup or "
        "choose another file (--db)."
    ),
    "La base {where} est en lecture seule : vérifiez les droits du fichier et de son dossier, "
    "ou copiez-la ailleurs.": (
        "The database {where} is read-only: check the permissions of the file and its folder, "
        "or copy it elsewhere."
    ),
    "La base {path} n'existe pas : vérifiez --db, ou créez-la avec « itday init » ou "
    "« itday demo ».": (
        "The database {path} does not exist: check --db, or create it with “itday init” or "
        "“itday demo”."
    ),
    "Donnez un nom à l'édition : --name « Innovation IT Day 2017 ».": (
        "Give the edition a name: --name “Innovation IT Day 2017”."
    ),
    "L'édition « {name} » du {date} existe déjà (n° {event_id}) : travaillez dessus avec "
    "--event {event_id}, ou donnez un autre nom ou une autre date.": (
        "The edition “{name}” of {date} already exists (no. {event_id}): work on it with "
        "--event {event_id}, or give another name or another date."
    ),
    "Le dossier {out} contient déjà l'export d'une autre édition (n° {other_id} « "
    "{other_name} ») : choisissez un autre dossier, ou ajoutez --force pour le remplacer.": (
        "The folder {out} already holds the export of another edition (no. {other_id} "
        "“{other_name}”): choose another folder, or add --force to replace it."
    ),
    "Le disque de la base {where} est plein : libérez de la place puis recommencez.": (
        "The disk of the database {where} is full: free some space, then try again."
    ),
    "La base {where} est verrouillée par un autre programme : fermez-le ou réessayez dans "
    "un instant.": (
        "The database {where} is locked by another program: close it or try again in a moment."
    ),
    "Impossible d'ouvrir la base {where} : le dossier existe-t-il et est-il accessible ?": (
        "Cannot open the database {where}: does the folder exist, and is it accessible?"
    ),
    "Erreur de la base {where} : {detail}": "Database error ({where}): {detail}",
    "{path} est un dossier, pas une base : donnez un fichier.": (
        "{path} is a folder, not a database: give a file."
    ),
    "Impossible de créer le dossier {folder} : {reason}.": (
        "Cannot create the folder {folder}: {reason}."
    ),
    "Impossible de créer la base dans {folder} : dossier en lecture seule.": (
        "Cannot create the database in {folder}: the folder is read-only."
    ),
    "{path} n'est pas une base SQLite (fichier endommagé ou d'un autre programme) : "
    "choisissez un autre fichier (--db).": (
        "{path} is not an SQLite database (damaged, or another program's file): "
        "choose another file (--db)."
    ),
    "Adresse de base invalide « {url} » : {reason}": "Invalid database address “{url}”: {reason}",
    "La base {where} a été écrite par une version plus récente d'itday (schéma {schema}) : "
    "mettez itday à jour pour l'ouvrir.": (
        "The database {where} was written by a newer version of itday (schema {schema}): "
        "update itday to open it."
    ),
    "La sauvegarde par copie ne vaut que pour une base SQLite : pour PostgreSQL, "
    "utilisez pg_dump.": (
        "Backup by copy only works for an SQLite database: for PostgreSQL, use pg_dump."
    ),
    "La base {path} n'existe pas : rien à sauvegarder.": (
        "The database {path} does not exist: nothing to back up."
    ),
    "Impossible de créer le dossier de sauvegarde {folder} : un fichier porte son nom ou celui d'un dossier au-dessus ; choisissez un autre dossier.": (
        "Cannot create the backup folder {folder}: a file has its name or the name of a folder "
        "above it; choose another folder."
    ),
    "La copie vers {where} a échoué : le disque est plein ; libérez de la place ou choisissez un autre dossier. Rien d'autre n'a changé.": (
        "The copy to {where} failed: the disk is full; free some space or choose another "
        "folder. Nothing else changed."
    ),
    "La copie vers {where} a échoué : le dossier ou son support est en lecture seule ; choisissez un autre dossier. Rien d'autre n'a changé.": (
        "The copy to {where} failed: the folder or its medium is read-only; choose another "
        "folder. Nothing else changed."
    ),
    "La copie vers {where} a échoué : le fichier n'a pas pu être écrit (support retiré, dossier inaccessible ?). Rien d'autre n'a changé.": (
        "The copy to {where} failed: the file could not be written (medium removed, folder out "
        "of reach?). Nothing else changed."
    ),
    "La sauvegarde {target} est incohérente : la base copiée est endommagée.": (
        "The backup {target} is inconsistent: the database copied is damaged."
    ),
    "Aucune édition n° {event_id} dans cette base.": "No edition no. {event_id} in this database.",
    "Aucun badge à imprimer avec ces critères.": "No badge to print with these criteria.",
    "La base contient déjà des données : ajoutez --force pour la remplacer par l'édition "
    "de démonstration.": (
        "The database already holds data: add --force to replace it with the demo edition."
    ),
    "{out} est un fichier : donnez un dossier pour l'export.": (
        "{out} is a file: give a folder for the export."
    ),
    "Impossible d'écrire dans le dossier {out} ({reason}) : choisissez un dossier accessible "
    "en écriture.": "Cannot write in the folder {out} ({reason}): choose a writable folder.",
    "L'export dans {out} a échoué ({reason}) : disque plein ou dossier retiré ?": (
        "The export to {out} failed ({reason}): disk full or folder removed?"
    ),
    "Cette édition n'a pas encore de hall : dessinez-le dans la page Plan.": (
        "This edition has no hall yet: draw it on the Floor plan page."
    ),
    "Impossible d'ouvrir la copie locale du poste {path} : {reason}": (
        "Cannot open the desk's local copy {path}: {reason}"
    ),
    "La copie locale {path} a des scans en attente pour une autre base ({source}) : "
    "utilisez un autre dossier hors ligne.": (
        "The local copy {path} has scans waiting for another database ({source}): "
        "use another offline folder."
    ),
    "Base partagée injoignable ({reason}) et aucune copie locale pour ce poste : "
    "connectez-le une première fois au réseau.": (
        "Shared database unreachable ({reason}) and no local copy for this desk: "
        "connect it to the network once first."
    ),
    "La base partagée ne contient aucune édition.": "The shared database holds no edition.",
    "Taille invalide « {size} » : attendu LARGEURxHAUTEUR, par ex. 1600x900.": (
        "Invalid size “{size}”: expected WIDTHxHEIGHT, e.g. 1600x900."
    ),
    "Exposant n° {number} introuvable (supprimé entre-temps ?).": (
        "Exhibitor no. {number} not found (deleted meanwhile?)."
    ),
    "Cet exposant existe déjà : rien à restaurer.": "This exhibitor already exists: nothing to restore.",
    "Indiquez au moins le prénom ou le nom de la personne.": (
        "Give at least the person's first or last name."
    ),
    "Adresse e-mail invalide : « {email} ».": "Invalid e-mail address: “{email}”.",
    "Personne n° {number} introuvable (supprimée entre-temps ?).": (
        "Person no. {number} not found (deleted meanwhile?)."
    ),
    "Cette personne existe déjà : rien à restaurer.": "This person already exists: nothing to restore.",
    "Ce code de badge a été réattribué : restauration impossible.": (
        "This badge code was given to someone else: cannot restore."
    ),
    "Document inconnu « {kind} » (au choix : {choices}).": (
        "Unknown document “{kind}” (choose from: {choices})."
    ),
    "Aucun stand attribué : pas de panneau à imprimer.": "No booth assigned: no sign to print.",
    "Cette édition n'a aucun exposant : rien à imprimer.": (
        "This edition has no exhibitor: nothing to print."
    ),
    "PDF illisible « {name} » : fichier introuvable.": "Unreadable PDF “{name}”: file not found.",
    "PDF illisible « {name} » : ce n'est pas un PDF valide.": (
        "Unreadable PDF “{name}”: not a valid PDF."
    ),
    "PDF illisible « {name} » : il est protégé par un mot de passe.": (
        "Unreadable PDF “{name}”: it is password-protected."
    ),
    "PDF illisible « {name} » : la page {page} ne peut pas être rendue.": (
        "Unreadable PDF “{name}”: page {page} cannot be rendered."
    ),
    "PDF illisible « {name} » : image de page illisible.": (
        "Unreadable PDF “{name}”: unreadable page image."
    ),
    "Rendu du PDF impossible : ni le module QtPdf de PySide6 ni l'outil pdftoppm "
    "(poppler-utils) ne sont disponibles.": (
        "Cannot render the PDF: neither PySide6's QtPdf module nor the pdftoppm tool "
        "(poppler-utils) is available."
    ),
    "Le PDF « {name} » n'a qu'une page : pas de page {page}.": (
        "The PDF “{name}” has only one page: no page {page}."
    ),
    "Le PDF « {name} » n'a que {count} pages : pas de page {page}.": (
        "The PDF “{name}” has only {count} pages: no page {page}."
    ),
    "Le module QtPdf de PySide6 n'est pas installé.": "PySide6's QtPdf module is not installed.",
    "L'outil pdftoppm (poppler-utils) est introuvable.": (
        "The pdftoppm tool (poppler-utils) was not found."
    ),
    "Impossible d'écrire l'image « {out} ».": "Cannot write the image “{out}”.",
    "Aucune entrée à annuler depuis l'ouverture de l'accueil sur ce poste.": (
        "No entry to undo since check-in was opened on this desk."
    ),
    "Cette entrée était déjà annulée.": "This entry was already undone.",
    "Badge de %1 : impression…": "Badge of %1: printing…",
    "%1 premiers résultats : précisez la recherche (prénom, société…).": (
        "First %1 results: narrow the search (first name, company…)."
    ),
    "Supprimer des stands attribués ?": "Delete assigned booths?",
    "%n stand(s) attribué(s) à un exposant : %1. Les supprimer quand même ?": (
        "%n booth assigned to an exhibitor: %1. Delete it anyway?",
        "%n booths assigned to exhibitors: %1. Delete them anyway?",
    ),
    "Badge de %1 imprimé.": "Badge of %1 printed.",
    "Entrée enregistrée, badge à l'impression": "Entry recorded, badge printing",
    "BADGE D'UNE AUTRE ÉDITION": "BADGE FROM ANOTHER EDITION",
    "Chercher la personne par son nom pour cette édition": (
        "Search the person by name for this edition"
    ),
    "Imprimer… (Ctrl+P)": "Print… (Ctrl+P)",
    "Impression — %1": "Printing — %1",
    "%1 : %2 page(s) envoyée(s) à l'imprimante.": "%1: %2 page(s) sent to the printer.",
    "Impression : page %1 / %2": "Printing: page %1 of %2",
    "Imprimer les planches de badges à leur taille réelle (choix de l'imprimante)": (
        "Print the sheets of badges at their true size (choose the printer)"
    ),
    "Impression des badges": "Printing the badges",
    "%1 page(s) de badges envoyée(s) à l'imprimante.": "%1 page(s) of badges sent to the printer.",
    "Impression annulée.": "Printing cancelled.",
    "Le fichier {name} est ouvert dans un autre programme (Excel, un lecteur PDF ?) : "
    "fermez-le puis recommencez.": (
        "The file {name} is open in another program (Excel, a PDF reader?): "
        "close it, then try again."
    ),
    "Impossible d'écrire la capture {path} (dossier ou format ?).": (
        "Cannot write the screenshot {path} (folder or format?)."
    ),
    # -- ticket codes of ticketing services (issue 14) ------------------------------------
    "entrée validée": "entry granted",
    "déjà entré(e) — ré-entrée autorisée": "already in — re-entry allowed",
    "code itday non inscrit — chercher le nom": "itday code not registered — look up the name",
    "billet inconnu — chercher le nom": "unknown ticket — look up the name",
    "pas un badge itday": "not an itday badge",
    "code mal lu — rescannez": "code misread — scan again",
    "badge d'une autre édition — chercher le nom": "badge of another edition — look up the name",
    "inscription annulée — voir l'organisation": "registration cancelled — see the organisers",
    "BILLET INCONNU — CHERCHER LE NOM": "UNKNOWN TICKET — LOOK UP THE NAME",
    # -- the desk (issue 24.10): the kiosk's station, a walk-in undone, no option quoted -----
    "Borne (%1)": "Kiosk (%1)",
    "Supprimer l'inscription…": "Delete the registration…",
    "Supprimer l'inscription sur place faite par erreur": "Delete a walk-in registered by mistake",
    "%1 : entrée annulée ; l'inscription reste — la supprimer ?": (
        "%1: entry undone; the registration stays — delete it?"
    ),
    "Supprimer l'inscription": "Delete the registration",
    "Supprimer l'inscription sur place de %1 ? Son badge ne sera plus valable.": (
        "Delete the walk-in registration of %1? Their badge will no longer be valid."
    ),
    "L'inscription de %1 n'a pas été supprimée : elle est de nouveau entrée.": (
        "The registration of %1 was not deleted: they were admitted again."
    ),
    "Inscription de %1 supprimée.": "Registration of %1 deleted.",
    "La sauvegarde {path} est celle d'une autre base que {base} : rien n'a changé ; confirmez "
    "pour remplacer quand même cette base.": (
        "The backup {path} is of another database than {base}: nothing changed; confirm to "
        "replace this database anyway."
    ),
    "Le dossier {out} contient déjà l'export d'une autre édition (n° {other_id} « {other_name} "
    "») : choisissez un autre dossier, ou remplacez-le.": (
        "The folder {out} already holds the export of another edition (no. {other_id} "
        "“{other_name}”): choose another folder, or replace it."
    ),
    "L'édition « {name} » du {date} existe déjà (n° {event_id}) : travaillez dessus, ou donnez "
    "un autre nom ou une autre date.": (
        "The edition “{name}” of {date} already exists (no. {event_id}): work on it, or give "
        "another name or another date."
    ),
    "Donnez un nom à l'édition, par exemple « Innovation IT Day 2017 ».": (
        "Give the edition a name, for example “Innovation IT Day 2017”."
    ),
    "Aucune imprimante de badges : choisissez-en une dans les réglages du poste, puis "
    "Réessayer.": "No badge printer: choose one in the station's settings, then Retry.",
    "La base contient déjà des données : la remplacer par l'édition de démonstration efface "
    "tout.": (
        "The database already holds data: replacing it with the demo edition erases everything."
    ),
    # -- re-entry rules (issue 24.8) ------------------------------------------------------
    "Première entrée %1 — %2": "First admitted %1 — %2",
    "Vous êtes déjà entré(e) : %1.": "You are already in: %1.",
    "Règles de ré-entrée": "Re-entry rules",
    "Ce que fait le scan d'une personne déjà entrée, pour cette édition.": (
        "What scanning someone already in does, for this edition."
    ),
    "comme toutes les catégories": "as every category",
    "Règles de ré-entrée enregistrées.": "Re-entry rules saved.",
    "Règles de ré-entrée…": "Re-entry rules…",
    "Ré-entrée": "Re-entry",
    "Toutes les catégories": "All categories",
    "Sorties": "Exits",
    "Scanner les sorties (ré-entrée après une sortie scannée) au lieu des entrées": (
        "Scan exits (re-entry after a scanned exit) instead of entries"
    ),
    "SORTIE ENREGISTRÉE": "EXIT RECORDED",
    "pas encore entré(e) : rien enregistré": "not in yet: nothing recorded",
    "code inconnu de cette édition : rien enregistré": (
        "code unknown to this edition: nothing recorded"
    ),
    "SORTIE NON ENREGISTRÉE": "EXIT NOT RECORDED",
    "sortie": "exit",
    "pas de ré-entrée": "no re-entry",
    "ré-entrée après une sortie scannée": "re-entry after a scanned exit",
    "ré-entrée après sortie": "re-entry after exit",
    "ré-entrée refusée": "re-entry refused",
    "sortie non scannée": "exit not scanned",
    "une seule entrée": "one entry only",
    "la sortie n'a pas été scannée": "the exit was not scanned",
    "déjà entré(e) — ré-entrée après sortie": "already in — re-entry after exit",
    "--exit ne va pas avec --print.": "--exit does not go with --print.",
    "Catégorie inconnue « {text} » : {valid}.": "Unknown category “{text}”: {valid}.",
    # -- one wording per answer (issue 24.7): result, reason's name, what to do --------------
    "admis(e)": "admitted",
    "déjà entré(e)": "already in",
    "refusé": "refused",
    "ré-entrée autorisée": "re-entry allowed",
    "badge inconnu": "unknown badge",
    "billet inconnu": "unknown ticket",
    "code mal lu": "code misread",
    "badge d'une autre édition": "badge of another edition",
    "inscription annulée": "registration cancelled",
    "billet annulé / remboursé": "ticket cancelled / refunded",
    "chercher le nom": "look up the name",
    "rescannez": "scan again",
    "voir l'organisation": "see the organisers",
    "Code itday absent de la liste : chercher la personne par son nom": (
        "itday code not in the list: look the person up by name"
    ),
    "Billet absent de la liste importée : chercher la personne par son nom": (
        "Ticket not in the imported list: look the person up by name"
    ),
    "%1 code(s) de billet": "%1 ticket code(s)",
    # -- any camera: device, video file, network stream (issue 14) -------------------------
    "numéro, fichier vidéo ou rtsp://… http://…/video": "number, video file or rtsp://… http://…/video",
    "Vidéo…": "Video…",
    "Tester": "Test",
    "Téléphone sur le même Wi-Fi : IP Webcam → http://ADRESSE:8080/video\n"
    "DroidCam → http://ADRESSE:4747/video · caméra IP → rtsp://…": (
        "Phone on the same Wi-Fi: IP Webcam → http://ADDRESS:8080/video\n"
        "DroidCam → http://ADDRESS:4747/video · IP camera → rtsp://…"
    ),
    "Vidéo à lire comme une caméra": "Video to read as a camera",
    "Vidéos (*.mp4 *.avi *.mkv *.mov *.webm *.mjpeg);;Tous les fichiers (*)": (
        "Videos (*.mp4 *.avi *.mkv *.mov *.webm *.mjpeg);;All files (*)"
    ),
    "Connexion à %1…": "Connecting to %1…",
    "✔ Image reçue : %1": "✔ Picture received: %1",
    # -- badges printed on arrival (issue 14) -----------------------------------------------
    "Réessayer": "Retry",
    "Tout réessayer": "Retry all",
    "Retirer de la liste": "Remove from list",
    "Le badge a été fait autrement (à la main, sur un autre poste)": (
        "The badge was made another way (by hand, at another desk)"
    ),
    "Badges à imprimer (%1)": "Badges to print (%1)",
    "imprimante en pause": "printer paused",
    "imprimante éteinte ou débranchée": "printer off or unplugged",
    "plus d'étiquettes": "out of labels",
    "bourrage": "paper jam",
    "capot ouvert": "cover open",
    "imprimante arrêtée": "printer stopped",
    "en attente à l'imprimante": "waiting at the printer",
    "l'imprimante refuse les travaux": "printer refuses jobs",
    "imprimante inconnue": "unknown printer",
    "aucune imprimante choisie": "no printer chosen",
    "serveur d'impression injoignable": "print server unreachable",
    "mot de passe demandé": "password required",
    "refusé par l'imprimante": "refused by the printer",
    "échec de l'impression": "printing failed",
    "travail annulé": "job cancelled",
    "badge non préparé": "badge not prepared",
    "pas encore envoyé": "not sent yet",
    "envoi en cours": "sending",
    "en impression": "printing",
    "Imprimer le badge à l'arrivée": "Print the badge on arrival",
    "À la première entrée d'une personne, son badge part à l'imprimante des badges (une seule fois ; pas aux ré-entrées).": (
        "When a person first enters, their badge goes to the badge printer "
        "(once; not on re-entries)."
    ),
    "Résolution de l'imprimante : 300 pour la plupart des imprimantes d'étiquettes": (
        "Printer resolution: 300 for most label printers"
    ),
    "Résolution de l'imprimante": "Printer resolution",
    "automatique (taille du badge)": "automatic (badge size)",
    "Format papier de l'imprimante": "Printer paper size",
    "imprimante par défaut": "default printer",
    "L'imprimante « {printer} » est en pause : le badge sortira quand elle sera remise en route.": (
        "Printer “{printer}” is paused: the badge will come out when it is resumed."
    ),
    "L'imprimante « {printer} » est éteinte ou débranchée : allumez-la ou rebranchez-la ; le badge attend dans sa file.": (
        "Printer “{printer}” is off or unplugged: switch it on or plug it back in; "
        "the badge is waiting in its queue."
    ),
    "L'imprimante « {printer} » n'a plus d'étiquettes ou de papier : rechargez-la ; le badge attend dans sa file.": (
        "Printer “{printer}” is out of labels or paper: reload it; the badge is waiting in its queue."
    ),
    "Bourrage sur l'imprimante « {printer} » : dégagez les étiquettes ; le badge attend dans sa file.": (
        "Paper jam on printer “{printer}”: clear the labels; the badge is waiting in its queue."
    ),
    "Le capot de l'imprimante « {printer} » est ouvert : fermez-le ; le badge attend dans sa file.": (
        "The cover of printer “{printer}” is open: close it; the badge is waiting in its queue."
    ),
    "L'imprimante « {printer} » est arrêtée ({detail}) : le badge attend dans sa file.": (
        "Printer “{printer}” is stopped ({detail}): the badge is waiting in its queue."
    ),
    "Le badge attend encore dans la file de l'imprimante « {printer} » (travail {job}).": (
        "The badge is still waiting in the queue of printer “{printer}” (job {job})."
    ),
    "L'imprimante « {printer} » refuse les travaux : réactivez-la (cupsaccept) ou choisissez-en une autre, puis Réessayer.": (
        "Printer “{printer}” refuses jobs: enable it again (cupsaccept) or choose another "
        "one, then Retry."
    ),
    "Imprimante « {printer} » inconnue du serveur d'impression : choisissez l'imprimante des badges dans les réglages du poste, puis Réessayer.": (
        "Printer “{printer}” is unknown to the print server: choose the badge printer in "
        "the desk's settings, then Retry."
    ),
    "Aucune imprimante de badges : choisissez-en une dans les réglages du poste (ou --printer NOM), puis Réessayer.": (
        "No badge printer: choose one in the desk's settings (or --printer NAME), then Retry."
    ),
    "Serveur d'impression injoignable ({detail}) : vérifiez que CUPS tourne, puis Réessayer.": (
        "Print server unreachable ({detail}): check that CUPS is running, then Retry."
    ),
    "Le serveur d'impression demande un mot de passe pour « {printer} » : autorisez l'impression sans authentification sur ce poste, puis Réessayer.": (
        "The print server asks for a password for “{printer}”: allow printing without "
        "authentication on this desk, then Retry."
    ),
    "L'imprimante « {printer} » refuse le badge ({detail}) : Réessayer, ou choisir une autre imprimante.": (
        "Printer “{printer}” refused the badge ({detail}): Retry, or choose another printer."
    ),
    "L'impression du badge a échoué sur « {printer} » ({detail}) : Réessayer.": (
        "Printing the badge failed on “{printer}” ({detail}): Retry."
    ),
    "Le travail du badge a été annulé sur l'imprimante « {printer} » : Réessayer pour l'imprimer.": (
        "The badge's job was cancelled on printer “{printer}”: Retry to print it."
    ),
    "Le badge n'a pas pu être préparé ({detail}) : Réessayer.": (
        "The badge could not be prepared ({detail}): Retry."
    ),
    "Le badge n'a pas encore été envoyé à l'imprimante : Réessayer.": (
        "The badge has not been sent to the printer yet: Retry."
    ),
    "Badge imprimé sur « {printer} ».": "Badge printed on “{printer}”.",
    "Badge en impression sur « {printer} »…": "Printing the badge on “{printer}”…",
    "Badge déjà imprimé (retrait la veille, lot ou arrivée) : pas de nouvel exemplaire ; Réimprimer si la personne ne l'a pas.": (
        "Badge already printed (picked up the day before, batch or arrival): no new copy; "
        "Reprint if the person does not have it."
    ),
    # Data safety (issue 13): backups, export folders, files the app refuses.
    "à côté de la base (dossier NOM-sauvegardes)": "beside the database (folder NAME-sauvegardes)",
    "Export": "Export",
    "{problem}\n\nÉcrire l'export dans un nouveau dossier {inside} ?": (
        "{problem}\n\nWrite the export into a new folder {inside}?"
    ),
    "{path} est une base SQLite d'un autre programme, pas une base itday : elle n'a pas été modifiée ; choisissez une base itday (--db).": (
        "{path} is another program's SQLite database, not an itday database: it was not "
        "changed; choose an itday database (--db)."
    ),
    "{path} est un fichier vide, pas une base itday : il n'a pas été modifié ; choisissez une base itday (--db), ou créez-en une avec « itday init ».": (
        "{path} is an empty file, not an itday database: it was not changed; choose an itday "
        "database (--db), or create one with “itday init”."
    ),
    "Le journal de la base {where} a été supprimé par un autre programme : ce qui était enregistré est dans la base, qui a été rouverte ; rien n'est perdu.": (
        "The journal of the database {where} was deleted by another program: what was saved "
        "is in the database, which was reopened; nothing is lost."
    ),
    "Le journal de la base {where} a été supprimé par un autre programme pendant cette opération : elle n'a pas été enregistrée ; recommencez (la base sera rouverte).": (
        "The journal of the database {where} was deleted by another program during this "
        "operation: it was not saved; do it again (the database will be reopened)."
    ),
    "La base {where} est occupée par une autre opération de cette fenêtre : réessayez dans un instant.": (
        "The database {where} is busy with another operation of this window: try again in a moment."
    ),
    "{path} n'est pas une sauvegarde itday : choisissez un fichier de {folder}, ou une copie faite par « itday backup ».": (
        "{path} is not an itday backup: choose a file in {folder}, or a copy made by "
        "“itday backup”."
    ),
    "{path} est la base elle-même : choisissez une sauvegarde.": (
        "{path} is the database itself: choose a backup."
    ),
    "{path} n'est pas une base itday : la restauration ne l'écrase pas.": (
        "{path} is not an itday database: restoring does not overwrite it."
    ),
    "La restauration dans {path} n'a pas pu écrire la base (disque plein, support en lecture seule ou retiré ?) : la base n'a pas changé.": (
        "Restoring into {path} could not write the database (disk full, read-only or removed "
        "medium?): the database did not change."
    ),
    "La sauvegarde {path} n'existe pas : vérifiez son nom et son dossier.": (
        "The backup {path} does not exist: check its name and its folder."
    ),
    "{path} est un dossier : donnez le fichier de la sauvegarde.": (
        "{path} is a folder: give the backup's file."
    ),
    "La sauvegarde {path} est endommagée : elle n'a pas été restaurée ; choisissez-en une autre.": (
        "The backup {path} is damaged: it was not restored; choose another one."
    ),
    "La sauvegarde {path} est endommagée (contrôle d'intégrité : 1 problème) : elle n'a pas été restaurée ; choisissez-en une autre.": (
        "The backup {path} is damaged (integrity check: 1 problem): it was not restored; "
        "choose another one."
    ),
    "La sauvegarde {path} est endommagée (contrôle d'intégrité : {n} problèmes) : elle n'a pas été restaurée ; choisissez-en une autre.": (
        "The backup {path} is damaged (integrity check: {n} problems): it was not restored; "
        "choose another one."
    ),
    "La sauvegarde {path} vient d'une version plus récente d'itday (schéma {schema}) : elle n'a pas été restaurée ; mettez itday à jour d'abord.": (
        "The backup {path} comes from a newer version of itday (schema {schema}): it was not "
        "restored; update itday first."
    ),
    "La base {path} est ouverte par un autre programme (fenêtre d'itday, borne, ou poste d'accueil « itday checkin » ; postes actifs ces 30 dernières minutes : {stations}) : fermez-les, puis recommencez la restauration ; rien n'a changé.": (
        "The database {path} is open in another program (an itday window, the kiosk, or a "
        "check-in desk “itday checkin”; desks active in the last 30 minutes: {stations}): close "
        "them, then restore again; nothing changed."
    ),
    "La base {path} est ouverte par un autre programme (fenêtre d'itday, borne, ou poste d'accueil « itday checkin ») : fermez-les, puis recommencez la restauration ; rien n'a changé.": (
        "The database {path} is open in another program (an itday window, the kiosk, or a "
        "check-in desk “itday checkin”): close them, then restore again; nothing changed."
    ),
    "La sauvegarde {path} n'a pas pu être mise au schéma actuel : elle n'a pas été restaurée ; choisissez-en une autre.": (
        "The backup {path} could not be brought up to the current schema: it was not "
        "restored; choose another one."
    ),
    "La sauvegarde {path} est celle d'une autre base que {base} : rien n'a changé ; pour remplacer quand même cette base, ajoutez --other-database.": (
        "The backup {path} belongs to another database than {base}: nothing changed; to "
        "replace this database anyway, add --other-database."
    ),
    # -- the organiser's window at 1366 × 768 (issue 24 C) ----------------------------------
    "Bienvenue dans itday": "Welcome to itday",
    "Cette base ne contient encore aucune édition. Commencez par créer celle du salon : son nom, "
    "sa date et son lieu ; le hall, les exposants et les visiteurs viendront ensuite.": (
        "This database holds no edition yet. Start by creating the show's: its name, date and "
        "venue; the hall, exhibitors and visitors come next."
    ),
    "Créer la première édition…": "Create the first edition…",
    "Découvrir avec la démonstration": "Try the demo",
    "Ouvre une base à part, remplie d'un salon fictif (stands, exposants, visiteurs) pour "
    "essayer sans risque": (
        "Opens a separate database filled with a made-up show (booths, exhibitors, visitors) to "
        "try things safely"
    ),
    "Ouvrir une autre base…": "Open another database…",
    "Aucune édition": "No edition",
    "Préparation de la démonstration…": "Preparing the demo…",
    "Ouvrir une base itday": "Open an itday database",
    "Bases itday (*.sqlite *.db);;Tous les fichiers (*)": (
        "itday databases (*.sqlite *.db);;All files (*)"
    ),
    "jj/mm/aaaa": "dd/mm/yyyy",
    "Le jour d'abord : 24/06/2027, 24062027 ou 24 juin 2027": (
        "Day first: 24/06/2027, 24062027 or 24 June 2027"
    ),
    "Choisir dans le calendrier": "Pick from the calendar",
    "Date « %1 » non comprise : tapez le jour, le mois puis l'année, par ex. 24/06/2027.": (
        "Date “%1” not understood: type the day, the month, then the year, e.g. 24/06/2027."
    ),
    "Dimensions et allées…": "Size and aisles…",
    "Hall : dimensions, contour et fond de plan (la flèche pour le menu)": (
        "Hall: size, outline and background drawing (the arrow for the menu)"
    ),
    "Imprimer": "Print",
    "Imprimer le plan ; la flèche : exporter en PDF ou PNG": (
        "Print the plan; the arrow: export as PDF or PNG"
    ),
    "%1 entré": "%1 admitted",
    "%1 entrés": "%1 admitted",
    "%1 inscrit": "%1 registered",
    "%1 exposant": "%1 exhibitor",
    "%1 exposants": "%1 exhibitors",
    "%1 stand": "%1 booth",
    "%1 stands": "%1 booths",
    "%1 nouveau": "%1 new",
    "%1 nouveaux": "%1 new",
    "%1 inchangé": "%1 unchanged",
    "%1 inchangés": "%1 unchanged",
    "%1 doublon fusionné": "%1 duplicate merged",
    "%1 doublons fusionnés": "%1 duplicates merged",
    "%1 avertissement": "%1 warning",
    "%1 avertissements": "%1 warnings",
    "%1 ligne rejetée": "%1 line rejected",
    "%1 lignes rejetées": "%1 lines rejected",
    "%1 code de billet": "%1 ticket code",
    "%1 codes de billet": "%1 ticket codes",
    "Édition affichée : choisir une autre édition": "Edition shown: choose another edition",
    "Édition": "Edition",
    # -- (messages of other modules still without English when this branch was made) --------
    "{path} n'est pas un dossier : choisissez un dossier.": (
        "{path} is not a folder: choose a folder."
    ),
    "Aucun exposant n° {ids} dans cette édition.": "No exhibitor no. {ids} in this edition.",
    "{name} existe déjà dans {folder} et n'est pas un rapport d'itday : choisissez un autre dossier.": (
        "{name} already exists in {folder} and is not an itday report: choose another folder."
    ),
    "--from et --to vont avec --colour-by visits.": "--from and --to go with --colour-by visits.",
    "--to ({end}) doit venir après --from ({start}).": "--to ({end}) must come after --from ({start}).",
    # -- restore from the window, banner ----------------------------------------------------
    "Restaurer une sauvegarde": "Restore a backup",
    "Restaurer une sauvegarde…": "Restore a backup…",
    "Sauvegardes itday (*.sqlite)": "itday backups (*.sqlite)",
    "Remettre la base dans l'état de la sauvegarde {name} ?\n\nL'état actuel est d'abord copié dans {folder}. Les postes d'accueil et la borne qui utilisent cette base doivent être fermés.": (
        "Put the database back as it was in the backup {name}?\n\nIts current state is first "
        "copied into {folder}. The check-in desks and the kiosk using this database must be "
        "closed."
    ),
    "La sauvegarde {name} est celle d'une AUTRE base (éditions : {editions}).\n\nLa remettre ici remplace toutes les éditions de cette base ; l'état actuel est d'abord copié dans {folder}. Remplacer quand même ?": (
        "The backup {name} belongs to ANOTHER database (editions: {editions}).\n\nPutting it "
        "here replaces every edition of this database; its current state is first copied into "
        "{folder}. Replace anyway?"
    ),
    "Sauvegarde remise dans la base.": "Backup put back into the database.",
    "Sauvegarde remise dans la base ; la base endommagée est gardée dans {path}.": (
        "Backup put back into the database; the damaged database is kept in {path}."
    ),
    "Sauvegarde remise dans la base ; l'état d'avant est gardé dans {path}.": (
        "Backup put back into the database; the state before is kept in {path}."
    ),
    "Compris": "Got it",
    "Remettre la base dans l'état d'une sauvegarde (l'état actuel est gardé)": (
        "Put the database back as it was in a backup (the current state is kept)"
    ),
    " · dernière le {d} à {t}": " · last on {d} at {t}",
    "Le dossier {out} contient une base de données ({name}) : un export ne s'écrit jamais à côté d'une base ; choisissez un dossier nouveau ou vide.": (
        "The folder {out} holds a database ({name}): an export is never written beside a "
        "database; choose a new or empty folder."
    ),
    "Le dossier {out} contient déjà des fichiers qui ne sont pas un export itday (par exemple {name}) : choisissez un dossier nouveau ou vide.": (
        "The folder {out} already holds files that are not an itday export (for example "
        "{name}): choose a new or empty folder."
    ),
    "Dossier": "Folder",
    "Base de données": "Database",
    "Fichier": "File",
    "{name} est une base de données : itday n'écrit jamais par-dessus. Choisissez un autre nom.": (
        "{name} is a database: itday never writes over one. Choose another name."
    ),
    "{path} a les tables d'itday mais pas un numéro de version unique (table alembic_version absente ou doublée) : elle n'a pas été modifiée ; restaurez une sauvegarde (itday restore) ou choisissez une autre base (--db).": (
        "{path} has itday's tables but no single version number (table alembic_version "
        "missing or doubled): it was not changed; restore a backup (itday restore) or choose "
        "another database (--db)."
    ),
    "La base {where} est sur un support en lecture seule (clé verrouillée, CD, partage protégé) : itday écrit à côté d'elle ; copiez-la sur cet ordinateur ou déverrouillez le support, puis recommencez (--db).": (
        "The database {where} is on a read-only medium (locked key, CD, protected share): "
        "itday writes beside it; copy it onto this computer or unlock the medium, then try "
        "again (--db)."
    ),
    "La base {where} ou son dossier est protégé en écriture : itday doit y écrire (la base et son journal) ; donnez-vous ce droit ou copiez la base ailleurs, puis recommencez (--db).": (
        "The database {where} or its folder is write-protected: itday must write there (the "
        "database and its journal); get that right or copy the database elsewhere, then try "
        "again (--db)."
    ),
    # New edition (issue 17.1)
    "Nouvelle édition…": "New edition…",
    "Créer une édition, vide ou reprenant le plan d'une autre (organisateur)": (
        "Create an edition, empty or carrying another one's plan (organiser)"
    ),
    "Édition « %1 » créée.": "Edition “%1” created.",
    "Aucune édition : créez-la avec « Nouvelle édition… »": (
        "No edition: create it with “New edition…”"
    ),
    "Nouvelle édition": "New edition",
    "Innovation IT Day 2018": "Innovation IT Day 2018",
    "&Nom :": "&Name:",
    "&Date :": "&Date:",
    "Diagora, Labège": "Diagora, Labège",
    "&Lieu :": "&Venue:",
    "&Ouverture :": "&Opens:",
    "&Fermeture :": "&Closes:",
    "Aucune (édition vide)": "None (empty edition)",
    "&Reprendre le plan de :": "&Carry the plan of:",
    "avec les &exposants, chacun sur son stand": "with the &exhibitors, each on their booth",
    "Créer l'édition": "Create the edition",
    "La nouvelle édition commence sans plan.": "The new edition starts without a plan.",
    "Reprend de « %1 » la salle, %2 élément(s) fixe(s) et %3 stand(s) ; avec les exposants : %4 exposant(s). Visiteurs et scans ne sont jamais repris.": (
        "Carries from “%1” the hall, %2 fixed element(s) and %3 booth(s); with the "
        "exhibitors: %4 exhibitor(s). Visitors and scans never come over."
    ),
    "Donnez un nom à l'édition.": "Give the edition a name.",
    "Cette édition existe déjà (n° %1) : choisissez-la dans la liste « Édition », ou changez le nom ou la date.": (
        "This edition already exists (no. %1): pick it in the “Edition” list, or change the "
        "name or the date."
    ),
    "Aucune édition n° {event_id} à reprendre dans cette base.": (
        "No edition no. {event_id} to carry over in this database."
    ),
    "L'heure d'ouverture ({opens}) doit précéder celle de fermeture ({closes}).": (
        "The opening time ({opens}) must come before the closing time ({closes})."
    ),
    "{n} arrivée(s) un autre jour, hors du graphique": "{n} arrival(s) on another day, not shown",
    # Organiser PIN kept in the database (issue 17.5)
    "Aucun code organisateur n'est défini pour cette base.\nChoisissez-en un (4 à 12 chiffres) : chaque poste qui ouvre la base le demandera.": (
        "No organiser PIN is set for this database.\nChoose one (4 to 12 digits): every "
        "station that opens the database will ask for it."
    ),
    "&Code :": "&PIN:",
    "&Confirmation :": "&Confirm:",
    "Les deux codes diffèrent : tapez le même code deux fois.": (
        "The two PINs differ: type the same PIN twice."
    ),
    "Code incorrect. Code oublié ? Qui a le fichier de la base peut l'effacer avec « itday pin --reset ».": (
        "Wrong PIN. Forgotten? Whoever has the database file can clear it with “itday pin --reset”."
    ),
    "%n stand(s) sortirai(en)t du hall.": (
        "%n booth would stick out of the hall.",
        "%n booths would stick out of the hall.",
    ),
    "%n stand(s) chevaucherai(en)t un stand ou un élément fixe.": (
        "%n booth would cover a booth or a fixed element.",
        "%n booths would cover a booth or a fixed element.",
    ),
    "Placer les stands quand même ?": "Place the booths anyway?",
    "Regarder dans :": "Look in:",
    "Nom du fichier :": "File name:",
    "Type de fichier :": "File type:",
    # Scan log (issue 17.7)
    "Journal (Ctrl+J)": "Log (Ctrl+J)",
    "Tous les scans de l'édition : filtrer, annuler": "Every scan of the edition: filter, undo",
    "Heure": "Time",
    "Personne": "Person",
    "Résultat": "Result",
    "Journal des scans": "Scan log",
    "Filtrer : nom, code, poste…": "Filter: name, code, station…",
    "Tous les résultats": "All results",
    "Annuler cette entrée": "Undo this admission",
    "(annulé)": "(undone)",
    "%1 scan(s) affiché(s) sur %2": "%1 of %2 scan(s) shown",
    "Mode organisateur : annuler une entrée": "Organiser mode: undo an admission",
    "Entrée annulée depuis le journal.": "Admission undone from the log.",
    "Annuler la dernière modification (Ctrl+Z)": "Undo the last change (Ctrl+Z)",
    "↶ Annuler : %1": "↶ Undo: %1",
    "↶ Annuler": "↶ Undo",
    "Annulé : %1": "Undone: %1",
    # Fault sweep (issue 13.6): imports and output paths
    "{name} n'est pas un fichier ordinaire (périphérique, tube) : donnez le fichier CSV ou XLSX exporté.": (
        "{name} is not a regular file (device, pipe): give the exported CSV or XLSX file."
    ),
    "{name} pèse {size} Mo, au-delà des {limit} Mo qu'un export d'inscriptions atteint : est-ce le bon fichier ?": (
        "{name} weighs {size} MB, beyond the {limit} MB a registrations export reaches: is it "
        "the right file?"
    ),
    "{name} contient un caractère nul (octet 0) à la ligne {line} : le fichier est abîmé ; ré-exportez-le en CSV depuis le tableur ou le service de billetterie.": (
        "{name} holds a NUL character (byte 0) on line {line}: the file is damaged; export it "
        "again as CSV from the spreadsheet or the ticketing service."
    ),
    "{name} ressemble à un fichier d'inscriptions (colonnes {columns}) et non à une liste d'exposants : importez-le avec « itday import visitors » (Visiteurs → Importer).": (
        "{name} looks like a registrations file (columns {columns}), not a list of "
        "exhibitors: import it with “itday import visitors” (Visiteurs → Import)."
    ),
    "{name} ressemble à une liste d'exposants (colonnes {columns}) : aucune colonne de nom de personne ; importez-le avec « itday import exhibitors » (Exposants → Importer).": (
        "{name} looks like a list of exhibitors (columns {columns}): no column holds a "
        "person's name; import it with “itday import exhibitors” (Exposants → Import)."
    ),
    "accès refusé": "access denied",
    "support en lecture seule": "read-only medium",
    "disque plein": "disk full",
    "quota du disque atteint": "disk quota reached",
    "nom trop long": "name too long",
    # -- every file itday writes (services/outfile.py, issue 23.1) ----------------------------
    "{path} existe déjà et n'est pas un fichier {kind} écrit par itday : il est laissé tel "
    "quel ; choisissez un autre nom.": (
        "{path} already exists and is not a {kind} file written by itday: it is left as it "
        "is; choose another name."
    ),
    "{path} n'est pas un nom d'image : donnez un nom en .png (ou .jpg).": (
        "{path} is not an image's name: give a name ending in .png (or .jpg)."
    ),
    "{path} est un fichier, pas un dossier : donnez un dossier.": (
        "{path} is a file, not a folder: give a folder."
    ),
    "Impossible de créer le dossier {path} ({reason}) : choisissez-en un autre.": (
        "Cannot create the folder {path} ({reason}): choose another one."
    ),
    "Impossible d'écrire {name} dans {folder} ({reason}) : choisissez un autre dossier.": (
        "Cannot write {name} in {folder} ({reason}): choose another folder."
    ),
    "Donnez le nom du fichier à écrire.": "Give the name of the file to write.",
    "{path} est un dossier : donnez le nom du fichier à y écrire.": (
        "{path} is a folder: give the name of the file to write in it."
    ),
    "{path} n'est pas un fichier ordinaire (périphérique, tube) : itday n'écrit pas dessus ; donnez un nom de fichier.": (
        "{path} is not a regular file (device, pipe): itday does not write on it; give a file name."
    ),
    "{path} porte le nom d'une base de données : itday n'écrit jamais dessus ; choisissez un autre nom.": (
        "{path} has a database's name: itday never writes over one; choose another name."
    ),
    "Le dossier {folder} n'existe pas : créez-le ou choisissez-en un autre.": (
        "The folder {folder} does not exist: create it or choose another one."
    ),
    # Self-service kiosk (issue 14.4)
    "Borne…": "Kiosk…",
    "Borne libre-service plein écran (code organisateur ; quitter : Ctrl+Maj+Q)": (
        "Full-screen self-service kiosk (organiser PIN; leave: Ctrl+Shift+Q)"
    ),
    "itday — borne d'accueil": "itday — self-service kiosk",
    "Scannez votre billet": "Scan your ticket",
    "Présentez le QR code de votre billet ou de votre badge": (
        "Show the QR code of your ticket or your badge"
    ),
    "Bienvenue %1 !": "Welcome %1!",
    "Votre badge s'imprime : prenez-le à côté de la borne.": (
        "Your badge is printing: take it beside the kiosk."
    ),
    "Bon retour %1 !": "Welcome back %1!",
    "Vous êtes déjà entré(e) : bonne visite.": "You are already in: enjoy the show.",
    "Adressez-vous à l'accueil": "Please go to the reception desk",
    "Ce code n'a pas pu être accepté ici.": "This code could not be accepted here.",
    "Votre badge est imprimé : prenez-le à côté de la borne.": (
        "Your badge is printed: take it beside the kiosk."
    ),
    "Votre entrée est enregistrée ; votre badge est à retirer à l'accueil.": (
        "Your entry is recorded; please collect your badge at the reception desk."
    ),
    "Caméra indisponible — utilisez le lecteur": "Camera unavailable — use the scanner",
    "Votre entrée est enregistrée.": "Your entry is recorded.",
    "Votre badge s'imprime…": "Your badge is printing…",
    "Votre badge a déjà été imprimé : retirez-le à l'accueil.": (
        "Your badge was printed before: please collect it at the reception desk."
    ),
    "Votre entrée est enregistrée ; l'imprimante a un souci : votre badge est à retirer à "
    "l'accueil.": (
        "Your entry is recorded; the printer has a problem: please collect your badge at the "
        "reception desk."
    ),
    "Quitter la borne": "Leave the kiosk",
    "Enregistrer le compte rendu…": "Save the report…",
    "Enregistrer le compte rendu": "Save the report",
    "Texte (*.txt)": "Text (*.txt)",
    "« {pair} » : attendu TYPE=CATÉGORIE, par ex. « Étudiant=Visiteur » (catégories : {names}).": (
        "“{pair}”: expected TYPE=CATEGORY, e.g. “Student=Visitor” (categories: {names})."
    ),
    "Annuler l'entrée (Ctrl+Z)": "Undo the entry (Ctrl+Z)",
    "Annuler la dernière entrée faite à ce poste": "Undo the last entry made at this station",
    "Journal": "Log",
    "Tous les scans de l'édition : filtrer, annuler (Ctrl+J)": (
        "Every scan of the edition: filter, undo (Ctrl+J)"
    ),
    "Rien à imprimer : dessinez d'abord le hall (mode organisateur, « Hall »).": (
        "Nothing to print: draw the hall first (organiser mode, “Hall”)."
    ),
    # -- ticketing exports as they come (issue 24 A) -------------------------------------------
    "En-tête non reconnu, mais une valeur différente par ligne, lettres et chiffres : "
    "pré-choisie comme « Code du billet ». Vérifiez.": (
        "Unknown header, but a different value on every line, letters and digits: chosen as "
        "“Ticket code”. Check it."
    ),
    "Statuts du billet → inscrit ou annulé (refusé à l'entrée ; retenu pour les imports "
    "suivants)": (
        "Ticket statuses → registered or cancelled (refused at the entrance; remembered for the "
        "next imports)"
    ),
    "Signification": "Meaning",
    "%1 au billet annulé ou remboursé": "%1 with a cancelled or refunded ticket",
    "Statut inconnu : dites s'il veut dire inscrit ou annulé.": (
        "Unknown status: say whether it means registered or cancelled."
    ),
    "Inscrit (admis à l'entrée)": "Registered (admitted at the entrance)",
    "Annulé (billet annulé, remboursé : refusé)": "Cancelled (ticket cancelled, refunded: refused)",
    "« {pair} » : attendu STATUT=annulé ou STATUT=inscrit, par ex. « Pending=annulé ».": (
        "“{pair}”: expected STATUS=annulé or STATUS=inscrit, e.g. “Pending=annulé”."
    ),
    "« {pair} » : attendu EN-TÊTE=CHAMP, par ex. « Référence billet=Code du billet » (champs : "
    "{names} ; « ignorer » pour laisser la colonne).": (
        "“{pair}”: expected HEADER=FIELD, e.g. “Ticket ref=Code du billet” (fields: {names}; "
        "“ignorer” to leave the column out)."
    ),
    "Catégorie inconnue « {text} » : choisissez parmi {names}.": (
        "Unknown category “{text}”: choose one of {names}."
    ),
    "--category et --status ne valent que pour « import visitors ».": (
        "--category and --status are for “import visitors” only."
    ),
    "Types de billet → catégorie (retenu pour les imports suivants)": (
        "Ticket types → category (remembered for the next imports)"
    ),
    "Type de billet": "Ticket type",
    "Type inconnu : choisissez sa catégorie.": "Unknown type: choose its category.",
    "Mettre à l'échelle (deux points)…": "Scale (two points)…",
    "Position, taille et opacité…": "Position, size and opacity…",
    "Déplacer à la souris": "Move with the mouse",
    "Faites glisser le fond de plan ; les stands ne bougent pas": "Drag the background plan; the booths stay where they are",
    "Au-dessus des stands (pour les caler)": "Over the booths (to line them up)",
    "Retirer le fond de plan": "Remove the background plan",
    "Dessinez d'abord le hall (« Hall ») : le fond de plan se cale dessus.": "Draw the hall first (“Hall”): the background plan is fitted to it.",
    "Lecture du fond de plan…": "Reading the background plan…",
    "Choisir le fond de plan": "Choose the background plan",
    "Mettre le fond de plan à l'échelle": "Scale the background plan",
    "Placer le fond de plan": "Place the background plan",
    "Fond de plan au-dessus des stands": "Background plan over the booths",
    "Fond de plan derrière tout": "Background plan behind everything",
    "Fond de plan retiré (Ctrl+Z pour le remettre).": "Background plan removed (Ctrl+Z to put it back).",
    "Déplacer le fond de plan": "Move the background plan",
    "Largeur de l'image": "Image width",
    "Opacité": "Opacity",
    "1 personne par m²": "1 person per m²",
    " personnes": " people",
    "Effectif admis, qui fixe le nombre et la largeur des sorties nécessaires ; à 0, une personne par m² du hall (salons temporaires)": "People admitted, which sets the number and width of the exits needed; at 0, one person per m² of the hall (temporary shows)",
    "Effectif admis": "Capacity",
    "Confirmez le nouveau code": "Confirm the new PIN",
    "Langue des &documents :": "&Document language:",
    "Langue des listes, plans, badges, du rapport et des fichiers CSV/Excel de l'édition, quelle que soit la langue de l'interface": "Language of the edition's lists, plans, badges, report and CSV/Excel files, whatever the interface's language",
    "Langue des documents de l'édition": "Edition's document language",
    "Format technique (clés stables, heures ISO, pour les scripts)": "Technical format (stable keys, ISO times, for scripts)",
    "Par défaut les fichiers sont faits pour être lus : en-têtes dans la langue des documents, virgules décimales, heures locales.": "By default the files are made to be read: headers in the document language, local decimal separators and times.",
    "--with-exhibitors va avec --from ÉDITION (l'édition à reprendre).": "--with-exhibitors goes with --from EDITION (the edition to carry over).",
    "Donnez soit un fichier PDF, soit --print (le badge part à l'imprimante), pas les deux.": "Give either a PDF file or --print (the badge goes to the printer), not both.",
    "Donnez le dossier de l'export : itday export DOSSIER.": "Give the export folder: itday export FOLDER.",
    "--language ne va pas avec --print : les badges imprimés suivent la langue des documents de l'édition (Réglages, ou itday init --doc-language).": "--language does not go with --print: printed badges follow the edition's document language (Settings, or itday init --doc-language).",
    # -- exhibitors' leads at the desk (issue 25) ----------------------------------------------
    "Retirer son consentement : plus aucun exposant ne reçoit ses coordonnées": (
        "Withdraw their consent: no exhibitor receives their details any more"
    ),
    "Retirer le consentement": "Withdraw consent",
    "%1 ne veut plus que les exposants reçoivent ses coordonnées : s'applique à tous les "
    "stands dès maintenant": (
        "%1 no longer wants exhibitors to receive their details: applies to every booth from now on"
    ),
    "Cette personne n'a pas donné son consentement.": "This person has not given their consent.",
    "Consentement de %1 retiré : ses coordonnées ne sont plus transmises aux exposants.": (
        "Consent of %1 withdrawn: their details no longer go to exhibitors."
    ),
    "Stands…": "Booths…",
    "Stands : en ligne": "Booths: online",
    "Serveur des stands en marche sur %1": "Booths' server running on %1",
    "Serveur des stands pour les téléphones des exposants (organisateur)": (
        "Booths' server for the exhibitors' phones (organiser)"
    ),
    "L'adresse %1 n'est plus celle de cet ordinateur (Wi-Fi ou câble débranché ?) : les "
    "téléphones ne joignent plus le serveur.": (
        "The address %1 is no longer this computer's (Wi-Fi or cable unplugged?): the phones "
        "cannot reach the server any more."
    ),
    "retrait du consentement de %1": "withdrawal of the consent of %1",
    "Consentement de %1 retiré : ses coordonnées ne sont plus transmises aux exposants (Ctrl+Z "
    "pour annuler).": (
        "Consent of %1 withdrawn: their details no longer go to exhibitors (Ctrl+Z to undo)."
    ),
    "Retirer le consentement (coordonnées aux exposants)": (
        "Withdraw consent (details to exhibitors)"
    ),
    "fichier d'inscription": "registration file",
    "inscription sur place": "walk-in registration",
    "à l'accueil": "at the desk",
    "Accepte que les exposants reçoivent ses coordonnées": (
        "Agrees that exhibitors receive their details"
    ),
    "Coordonnées aux exposants": "Details to exhibitors",
    "E-mail, téléphone et fonction. Sans accord, un exposant ne reçoit que ce que montre le "
    "badge (nom, société, catégorie). Non coché par défaut ; retirable à tout moment.": (
        "E-mail, phone and job title. Without consent, an exhibitor receives only what the "
        "badge shows (name, company, category). Unticked by default; can be withdrawn at any time."
    ),
    "Jamais demandé : rien n'est transmis aux exposants": (
        "Never asked: nothing goes to exhibitors"
    ),
    "Accord donné le %1 (%2)": "Consent given on %1 (%2)",
    "Refusé ou retiré le %1 (%2)": "Refused or withdrawn on %1 (%2)",
    "Stands connectés": "Connected booths",
    "Contacts des exposants scannés depuis leurs téléphones : serveur, kits, révocation, export "
    "(organisateur)": (
        "Exhibitors' leads scanned from their phones: server, kits, revoking, export (organiser)"
    ),
    "Serveur des stands…": "Booths' server…",
    "Kit exposant de l'exposant sélectionné": "Exhibitor kit of the selected exhibitor",
    "Kits de tous les exposants (une page chacun)": "Kits of every exhibitor (one page each)",
    "Révoquer les liens de l'exposant sélectionné…": "Revoke the links of the selected exhibitor…",
    "Exporter les contacts des stands…": "Export the booths' leads…",
    "Kit exposant de « %1 »": "Exhibitor kit of “%1”",
    "Révoquer les liens de « %1 »…": "Revoke the links of “%1”…",
    "Kit exposant — %1": "Exhibitor kit — %1",
    "Kits exposants": "Exhibitor kits",
    "Kits exposants : page %1 / %2": "Exhibitor kits: page %1 / %2",
    "Contacts du stand %1…": "Leads of booth %1…",
    "Kits imprimés pour une adresse où le serveur des stands ne tourne pas encore : démarrez-le "
    "à cette adresse (voir le kit).": (
        "Kits printed for an address where the booths' server is not running yet: start it at "
        "that address (see the kit)."
    ),
    "Révoquer les liens du stand « %1 » ?\n\nLes téléphones reliés à ce stand perdent l'accès "
    "tout de suite ; de nouveaux liens sont créés. Son kit exposant imprimé ne sert plus : il "
    "faudra imprimer le nouveau et le lui remettre. Les contacts déjà scannés sont gardés.": (
        "Revoke the links of booth “%1”?\n\nThe phones linked to this booth lose access at "
        "once; new links are made. Its printed exhibitor kit is no use any more: print the new "
        "one and hand it over. The leads already scanned are kept."
    ),
    "Révoquer les liens d'un stand": "Revoke a booth's links",
    "Liens du stand « %1 » révoqués : imprimez son nouveau kit.": (
        "Links of booth “%1” revoked: print its new kit."
    ),
    "Nouveau kit à imprimer": "New kit to print",
    "Les liens du stand « %1 » sont révoqués ; son ancien kit ne sert plus.\n\nImprimer son "
    "nouveau kit maintenant ?": (
        "The links of booth “%1” are revoked; its old kit is no use any more.\n\nPrint its new "
        "kit now?"
    ),
    "Dossier des contacts des stands": "Folder for the booths' leads",
    "Export des contacts des stands…": "Exporting the booths' leads…",
    "%1 contacts de %2 stands exportés dans %3 (CSV, Excel et vCard par stand).": (
        "%1 leads of %2 booths exported to %3 (CSV, Excel and vCard per booth)."
    ),
    "%1 stands sans contact : aucun fichier.": "%1 booths without leads: no file.",
    "Export des contacts des stands": "Export of the booths' leads",
    "Serveur des stands": "Booths' server",
    "Serveur": "Server",
    "Étiquettes et questions": "Tags and questions",
    "Les téléphones des exposants, sur le même réseau Wi-Fi que cet ordinateur, ouvrent les "
    "pages des stands qu'il sert : rien à installer, pas d'internet. Tant que le serveur est "
    "arrêté, rien n'est accessible depuis le réseau.": (
        "The exhibitors' phones, on the same Wi-Fi network as this computer, open the booths' "
        "pages it serves: nothing to install, no internet. While the server is stopped, nothing "
        "can be reached from the network."
    ),
    "L'adresse de cet ordinateur sur le réseau du salon (celle du Wi-Fi ou du câble relié à la "
    "borne des organisateurs)": (
        "This computer's address on the show's network (the Wi-Fi's, or the cable's to the "
        "organisers' access point)"
    ),
    "Actualiser": "Refresh",
    "Relire les adresses de cet ordinateur": "Read this computer's addresses again",
    "&Adresse :": "&Address:",
    "&Port :": "&Port:",
    "Démarrer le serveur": "Start the server",
    "Arrêter": "Stop",
    "Ce que les stands notent en un geste après chaque scan, en plus de chaud, tiède ou froid et "
    "d'une note. Pour cette édition ; tout est facultatif.": (
        "What the booths note in one tap after each scan, besides hot, warm or cold and a "
        "note. For this edition; everything is optional."
    ),
    "démo demandée\ndevis\nrecrutement": "demo requested\nquote\nrecruitment",
    "Étiquettes\n(une par ligne, %1 au plus) :": "Tags\n(one a line, %1 at most):",
    "Par ex. : Quel est votre projet ?": "E.g.: What is your project?",
    "Question %1 :": "Question %1:",
    "Choisissez l'adresse sur laquelle écouter.": "Choose the address to listen on.",
    "En marche : %1": "Running: %1",
    "À ouvrir sur un téléphone du même réseau :": "To open on a phone on the same network:",
    "Démarrage ou arrêt en cours…": "Starting or stopping…",
    "Arrêté : aucun téléphone ne peut se connecter.": "Stopped: no phone can connect.",
    "(QR code de l'adresse une fois démarré)": "(QR code of the address once started)",
    "Aucun kit exposant imprimé pour l'instant (Exposants → Stands connectés).": (
        "No exhibitor kit printed yet (Exhibitors → Connected booths)."
    ),
    "Attention : les kits ont été imprimés pour %1. Leurs QR codes ne mènent pas à ce serveur : "
    "démarrez-le à cette adresse, ou réimprimez les kits.": (
        "Warning: the kits were printed for %1. Their QR codes do not lead to this server: "
        "start it at that address, or print the kits again."
    ),
    "Les kits imprimés mènent à %1.": "The printed kits lead to %1.",
    "Téléphones connectés : %1": "Phones connected: %1",
    "Enregistré : les téléphones les proposent dès leur prochain scan.": (
        "Saved: the phones offer them from their next scan."
    ),
    "Le dossier {out} contient une base de données ({name}) : les contacts des stands ne "
    "s'écrivent jamais à côté d'une base ; choisissez un dossier nouveau ou vide.": (
        "The folder {out} holds a database ({name}): the booths' leads are never written beside "
        "a database; choose a new or empty folder."
    ),
    "Le dossier {out} contient déjà des fichiers qui ne sont pas des contacts exportés par itday "
    "(par exemple {name}) : choisissez un dossier nouveau ou vide.": (
        "The folder {out} already holds files that are not leads exported by itday (for "
        "example {name}): choose a new or empty folder."
    ),
    "Le fichier {name} est ouvert dans un autre programme (Excel, un carnet d'adresses ?) : "
    "fermez-le puis recommencez.": (
        "The file {name} is open in another program (Excel, an address book?): close it and "
        "try again."
    ),
    "Aucun exposant n° {exhibitor_id} dans cette édition.": (
        "No exhibitor no. {exhibitor_id} in this edition."
    ),
    "Aucun stand n'a encore de contact : il n'y a rien à exporter.": (
        "No booth has any lead yet: there is nothing to export."
    ),
    "Donnez le fichier du kit : itday leads kit OUT.pdf.": (
        "Give the kit's file: itday leads kit OUT.pdf."
    ),
    "Donnez le dossier des contacts : itday leads export DOSSIER.": (
        "Give the folder for the leads: itday leads export FOLDER."
    ),
    "Cette édition n'a aucun exposant : aucun kit à imprimer.": (
        "This edition has no exhibitors: no kit to print."
    ),
    # -- talk rooms (issue 27) ----------------------------------------------------------------
    "Salle…": "Room…",
    "Porte d'une salle de conférences : entrées, sorties, décompte": (
        "A talk room's door: entries, exits, count"
    ),
    "Programme": "Talks",
    "Importer le programme…": "Import the programme…",
    "Nouvelle salle…": "New room…",
    "Nouvelle séance…": "New session…",
    "Salle": "Room",
    "Capacité": "Capacity",
    "Dans la salle": "Inside",
    "Début": "Start",
    "Fin": "End",
    "Titre": "Title",
    "Intervenants": "Speakers",
    "Salles": "Rooms",
    "Séances": "Sessions",
    "Aucune salle : importez le programme (colonnes Salle, Capacité, Titre, Début, Fin, "
    "Intervenants) ou créez les salles une à une.": (
        "No room: import the programme (columns Room, Capacity, Title, Start, End, Speakers) "
        "or create the rooms one by one."
    ),
    "Double-cliquez une salle ou une séance pour la modifier.": (
        "Double-click a room or a session to change it."
    ),
    "Supprimer la séance « %1 » ?": "Delete the session “%1”?",
    "Supprimer la salle « %1 », ses séances et ses présences ?": (
        "Delete the room “%1”, its sessions and its attendance?"
    ),
    "Importer le programme": "Import the programme",
    "Programme (*.csv *.xlsx *.txt);;Tous les fichiers (*)": (
        "Programme (*.csv *.xlsx *.txt);;All files (*)"
    ),
    "%1 séance(s), %2 mise(s) à jour, %3 salle(s) nouvelle(s), %4 ligne(s) rejetée(s).": (
        "%1 session(s), %2 updated, %3 new room(s), %4 line(s) rejected."
    ),
    "ligne %1 : %2": "line %1: %2",
    "Importer ?": "Import?",
    " places": " seats",
    "(aucun)": "(none)",
    "Capacité (sécurité)": "Capacity (safety)",
    "Sur le plan": "On the plan",
    "Donnez un nom à la salle.": "Give the room a name.",
    "Affichage porte": "Door display",
    "Accueil — salle": "Check-in — room",
    "Entrées": "Entries",
    "Affichage porte…": "Door display…",
    "Le décompte seul, plein écran, pour un écran à la porte": (
        "The count alone, full screen, for a screen at the door"
    ),
    "Salle :": "Room:",
    "Faire entrer quand même (organisation)": "Let in anyway (organiser)",
    "Choisissez d'abord la salle.": "Choose the room first.",
    "Séance": "Session",
    "Noms, séparés par des virgules": "Names, separated by commas",
    "Donnez un titre à la séance.": "Give the session a title.",
    "Créez d'abord une salle.": "Create a room first.",
    "La fin de la séance doit suivre son début.": "The session must end after it starts.",
    "Horaire": "Time",
    "Pic": "Peak",
    "Personnes": "People",
    "Salles de conférences": "Talk rooms",
    "Choisissez la salle": "Choose the room",
    "Aucune séance en cours": "No session under way",
    "Presque complète": "Almost full",
    "Salle complète": "Room full",
    "Le programme des salles arrive bientôt : salles, séances, affluence.": (
        "The talks programme is coming soon: rooms, sessions, attendance."
    ),
    "--category ne s'applique qu'aux inscriptions (visitors).": (
        "--category only applies to registrations (visitors)."
    ),
    "--override va avec --room SALLE.": "--override goes with --room ROOM.",
    "--room (porte d'une salle) ne va ni avec --print ni avec --offline-dir.": (
        "--room (a room's door) goes neither with --print nor with --offline-dir."
    ),
    "--override ne sert qu'aux entrées (pas avec --exit).": (
        "--override is for entries only (not with --exit)."
    ),
    "{name} : colonne(s) {missing} introuvable(s) (en-têtes lus : {found}) ; un programme a "
    "les colonnes Salle, Capacité, Titre, Début, Fin, Intervenants.": (
        "{name}: column(s) {missing} not found (headers read: {found}); a programme has the "
        "columns Salle, Capacité, Titre, Début, Fin, Intervenants (or Room, Capacity, Title, "
        "Start, End, Speakers)."
    ),
    "La capacité d'une salle est un nombre de places supérieur à 0.": (
        "A room's capacity is a number of seats above 0."
    ),
    "Une salle s'appelle déjà « {name} ».": "A room is already called “{name}”.",
    "Aucune salle « {room} » dans cette édition (salles : {rooms}).": (
        "No room “{room}” in this edition (rooms: {rooms})."
    ),
    "Aucune salle dans cette édition : importez le programme d'abord (itday import programme "
    "FICHIER).": "No room in this edition: import the programme first (itday import programme FILE).",
    "Cette salle n'existe plus.": "This room no longer exists.",
    "Salle « %1 »": "Room “%1”",
    "Séance « %1 »": "Session “%1”",
    "entrée en salle": "entered the room",
    "déjà dans la salle": "already inside",
    "sortie enregistrée": "exit recorded",
    "n'était pas compté(e) dans la salle": "was not counted inside",
    "pas entré(e) au salon — passer par l'accueil": "not checked in — go to the entrance desk",
    "aucune séance en cours ni dans les 15 minutes": "no session under way or within 15 minutes",
    "entrée forcée par l'organisation (salle complète)": "let in by the organiser (room full)",
    "ré-entrée dans la séance": "re-entry into the session",
    # -- speakers enter without counting (issue 27.1) ----------------------------------------
    "intervenant(e) de la séance — entre sans compter": "speaker of the session — not counted",
    "--speakers-free ne vaut que pour « import programme ».": (
        "--speakers-free only applies to “import programme”."
    ),
    "Les intervenants entrent sans compter": "Speakers enter without counting",
    "À la porte de leur séance, les intervenants entrent même salle complète, sans être "
    "comptés": "At their session's door, speakers get in even when the room is full, uncounted",
    "Les intervenants entrent sans compter dans leurs séances.": (
        "Speakers enter their sessions without counting."
    ),
    "Les intervenants comptent comme les autres.": "Speakers count like everyone else.",
    "%1 intervenant(s) ajouté(s) aux participants (catégorie Intervenant) : %2": (
        "%1 speaker(s) added to the attendees (category Speaker): %2"
    ),
    "Liste pour les intervenants…": "List for the speakers…",
    "Liste pour les intervenants": "List for the speakers",
    "Les participants de la séance choisie qui ont consenti (les autres comptés)": (
        "The attendees of the chosen session who consented (the others counted)"
    ),
    "Choisissez d'abord une séance.": "Choose a session first.",
    "CSV (*.csv)": "CSV (*.csv)",
    "Liste écrite : %1 personne nommée": "List written: %1 person named",
    "Liste écrite : %1 personnes nommées": "List written: %1 people named",
    "%1, %2 sans consentement.": "%1, %2 without consent.",
    "Séance n° {session_id} introuvable.": "Session no. {session_id} not found.",
    # -- what the hall saw, in the GUI (issue 26) ------------------------------------------
    "Couleurs : par visites": "Colours: by visits",
    "Par visites": "By visits",
    "Stand sans exposant": "Booth without exhibitor",
    "%1 visiteur(s) enregistré(s)": "%1 visitor(s) recorded",
    "Toute la journée": "Whole day",
    "Une heure": "One hour",
    "Compter toute la journée ou une heure glissante": "Count the whole day or a sliding hour",
    "Faire glisser l'heure comptée (par quart d'heure ; Ctrl+← et Ctrl+→)": (
        "Slide the hour counted (by quarter-hours; Ctrl+← and Ctrl+→)"
    ),
    "Heure comptée": "Hour counted",
    "Faire défiler la journée heure par heure": "Play the day hour by hour",
    "Relire les contacts enregistrés par les stands": "Read the booths' leads again",
    "Visites :": "Visits:",
    "Lecture des contacts des stands…": "Reading the booths' leads…",
    "Aucun visiteur enregistré par les stands pour l'instant : les stands scannent les badges "
    "depuis leurs téléphones (« Kit exposant »).": (
        "No visitor recorded by the booths yet: the booths scan badges with their phones "
        "(« Exhibitor kit »)."
    ),
    "Visiteurs distincts enregistrés par chaque stand (badges scannés) : %1 visite(s) sur %2 "
    "stand(s). Les passages sans scan ne sont pas comptés ; « < 5 » : moins de cinq "
    "personnes.": (
        "Distinct visitors recorded by each booth (badges scanned): %1 visit(s) at %2 "
        "booth(s). People passing by without a scan are not counted; « < 5 »: fewer than five "
        "people."
    ),
    "toute la journée": "whole day",
    "de %1 à %2": "from %1 to %2",
    "Pause": "Pause",
    "Flux de la journée": "Flows of the day",
    "Personnes dans le hall au fil de la journée": "People in the hall over the day",
    "Personne pour l'instant.": "Nobody yet.",
    "{t} : {n} personne(s)": "{t}: {n} people",
    "Personne n'est encore entré et aucun stand n'a scanné de badge : les flux de la journée "
    "s'afficheront ici.": (
        "Nobody has come in yet and no booth has scanned a badge: the day's flows will show here."
    ),
    "<b>Entrées cumulées</b> — aucune sortie n'est scannée : les départs ne sont pas comptés.": (
        "<b>Cumulative arrivals</b> — no exit is scanned: departures are not counted."
    ),
    "<b>Personnes dans le hall</b> — entrées moins sorties scannées.": (
        "<b>People in the hall</b> — arrivals less scanned exits."
    ),
    "{n} personne(s) entrée(s). Aucun visiteur n'a encore été enregistré par les stands (les "
    "stands scannent les badges depuis leurs téléphones).": (
        "{n} people came in. No visitor has been recorded by the booths yet (the booths scan "
        "badges with their phones)."
    ),
    "<b>{share}</b> des {n} personnes entrées ont rencontré au moins un stand ({met}) · "
    "médiane : <b>{median:g}</b> stand(s) par personne entrée, {median_met:g} par personne "
    "rencontrée · {leads} contacts enregistrés par {stands} stand(s).": (
        "<b>{share}</b> of the {n} people who came in met at least one booth ({met}) · median: "
        "<b>{median:g}</b> booth(s) per person who came in, {median_met:g} per person met · "
        "{leads} leads recorded by {stands} booth(s)."
    ),
    "<b>Heure la plus active</b> des {n} stands les plus visités": (
        "<b>Busiest hour</b> of the {n} most visited booths"
    ),
    "<b>Heure la plus active</b> : aucun stand n'a encore scanné de badge.": (
        "<b>Busiest hour</b>: no booth has scanned a badge yet."
    ),
    "Rapports exposants": "Exhibitor reports",
    "Le rapport de chaque exposant après le salon (PDF) : visites de son stand, heures, "
    "catégories et secteurs, rang parmi les stands — sans aucun nom de visiteur": (
        "Each exhibitor's report after the show (PDF): visits to its booth, hours, categories "
        "and sectors, rank among the booths — with no visitor's name"
    ),
    "Rapport de l'exposant sélectionné…": "Report of the selected exhibitor…",
    "Rapports de tous les exposants…": "Reports of all exhibitors…",
    "Dossier des rapports exposants": "Folder for the exhibitor reports",
    "Rapports de tous les exposants": "Reports of all exhibitors",
    "Rapport de « %1 »": "Report of « %1 »",
    "Rapport écrit : %1": "Report written: %1",
    "%1 rapports exposants écrits dans %2": "%1 exhibitor reports written in %2",
    "Rapports interrompus : %1 déjà écrit(s) dans %2.": (
        "Reports stopped: %1 already written in %2."
    ),
    "Rapport %1 sur %2…": "Report %1 of %2…",
    "Lecture des contacts…": "Reading the leads…",
}

BY_CONTEXT: dict[tuple[str, str], str | tuple[str, str]] = {
    # "Annuler" is Cancel in a progress dialog, Undo in the edit toolbars.
    ("TaskRunner", "Annuler"): "Cancel",
    ("BatchBadgeDialog", "Annuler"): "Cancel",
    # "Nom" is the last name next to "Prénom" (attendees), the name elsewhere.
    ("AttendeeForm", "Nom"): "Last name",
    ("VisitorTableModel", "Nom"): "Last name",
    ("WalkInDialog", "Nom"): "Last name",
    # Drop the unsaved typing (not Redo) in the attendee form.
    ("AttendeeForm", "Rétablir"): "Revert",
    ("files", "Annuler"): "Cancel",
    # the play button of the plan « par visites »
    ("VisitsBar", "Lecture"): "Play",
    # Messages of other branches' work (the exhibitors' reports, the stands' server), in this
    # dict so that their own EN entries do not repeat a key when they land.
    ("errors", "--from et --to vont avec --colour-by visits."): (
        "--from and --to go with --colour-by visits."
    ),
    ("errors", "--to ({end}) doit venir après --from ({start})."): (
        "--to ({end}) must come after --from ({start})."
    ),
    ("errors", "Le serveur des stands n'a pas démarré."): "The booths' server did not start.",
    ("errors", "{path} n'est pas un dossier : choisissez un dossier."): (
        "{path} is not a folder: choose a folder."
    ),
    (
        "errors",
        "Aucun exposant n° {ids} dans cette édition.",
    ): "No exhibitor no. {ids} in this edition.",
    (
        "errors",
        "{name} existe déjà dans {folder} et n'est pas un rapport d'itday : choisissez un "
        "autre dossier.",
    ): ("{name} already exists in {folder} and is not an itday report: choose another folder."),
}
