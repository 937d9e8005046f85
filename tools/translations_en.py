"""English for the French source strings (used by update_translations.py to fill new messages).

``EN`` maps a French source to its English text in every context; ``BY_CONTEXT`` overrides it
for one ``(context, source)`` when the same French needs other English there.  A plural
message (``%n``) takes a ``(singular, plural)`` pair.  Placeholders (``%1``, ``{n}``) stay.
"""

EN: dict[str, str | tuple[str, str]] = {
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
    "Le code doit comporter de 4 à 12 chiffres.": "The PIN must have 4 to 12 digits.",
    # -- about, settings ---------------------------------------------------------------------
    "À propos d'itday": "About itday",
    "Plan, exposants, badges et accueil d'une journée d'exposition, sans réseau.": (
        "Floor plan, exhibitors, badges and check-in for an exhibition day, offline."
    ),
    "Bitstream Vera / domaine public (resources/fonts)": (
        "Bitstream Vera / public domain (resources/fonts)"
    ),
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
    "Les noms, e-mails, téléphones et fonctions des participants et les contacts des exposants "
    "seront effacés définitivement. Les catégories, entreprises, heures d'arrivée et "
    "statistiques sont conservées.\n\nFaites un export avant si vous en avez encore besoin.\n\n"
    "Pour confirmer, tapez {word} :": (
        "Attendees' names, e-mails, phone numbers and job titles and exhibitors' contacts "
        "will be erased for good. Categories, companies, arrival times and statistics are "
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
    "Export {kind}écrit dans {folder} ({n} fichiers).": (
        "{kind}export written to {folder} ({n} files)."
    ),
    "Export annulé : le dossier n'a pas été modifié.": (
        "Export cancelled: the folder was not changed."
    ),
    "Données personnelles purgées : {a} participants, {e} exposants. Les statistiques sont "
    "conservées.": ("Personal data purged: {a} attendees, {e} exhibitors. Statistics are kept."),
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
    "%1 ajouté(e) à l'équipe.": "%1 added to the staff.",
    "Badges — %1": "Badges — %1",
    # -- plan --------------------------------------------------------------------------------
    "✔ Aucun problème détecté.": "✔ No problem found.",
    "Exporter le plan": "Export the floor plan",
    "Par statut": "By status",
    "Par secteur": "By sector",
    "Par présence": "By presence",
    "Papier (paysage)": "Paper (landscape)",
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
    "Cette édition n'a pas encore de hall : mode organisateur, bouton « Hall… ».": (
        "This edition has no hall yet: organiser mode, “Hall…” button."
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
}

BY_CONTEXT: dict[tuple[str, str], str | tuple[str, str]] = {
    # "Annuler" is Cancel in a progress dialog, Undo in the edit toolbars.
    ("TaskRunner", "Annuler"): "Cancel",
}
