<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>LGPL v2.1+ (dans OpenCV)</source>
            <translation>LGPL v2.1+ (in OpenCV)</translation>
        </message>
        <message>
            <source>BSD (dans NumPy et OpenCV)</source>
            <translation>BSD (in NumPy and OpenCV)</translation>
        </message>
        <message>
            <source>Unicode (dans Qt)</source>
            <translation>Unicode (in Qt)</translation>
        </message>
        <message>
            <source>Bitstream Vera / domaine public (resources/fonts)</source>
            <translation>Bitstream Vera / public domain (resources/fonts)</translation>
        </message>
        <message>
            <source>À propos d'itday</source>
            <translation>About itday</translation>
        </message>
        <message>
            <source>Plan, exposants, badges et accueil d'une journée d'exposition, sans réseau.</source>
            <translation>Floor plan, exhibitors, badges and check-in for an exhibition day, offline.</translation>
        </message>
        <message>
            <source>Composants inclus (Qt %1) :</source>
            <translation>Bundled components (Qt %1):</translation>
        </message>
        <message>
            <source>Composant</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
    </context>
    <context>
        <name>ArrivalsChart</name>
        <message>
            <source>Arrivées par quart d'heure</source>
            <translation>Arrivals per quarter hour</translation>
        </message>
        <message>
            <source>{n} arrivées sur {q} quarts d'heure</source>
            <translation>{n} arrivals over {q} quarter hours</translation>
        </message>
        <message>
            <source>Aucune arrivée pour l'instant.</source>
            <translation>No arrivals yet.</translation>
        </message>
        <message>
            <source>{n} arrivée(s) un autre jour, hors du graphique</source>
            <translation>{n} arrival(s) on another day, not shown</translation>
        </message>
        <message>
            <source>{start} – {end} : {n} arrivée(s)</source>
            <translation>{start} – {end}: {n} arrival(s)</translation>
        </message>
    </context>
    <context>
        <name>AttendeeForm</name>
        <message>
            <source>Inscription en ligne (import)</source>
            <translation>Online registration (import)</translation>
        </message>
        <message>
            <source>Inscription sur place</source>
            <translation>Walk-in registration</translation>
        </message>
        <message>
            <source>Saisie manuelle</source>
            <translation>Manual entry</translation>
        </message>
        <message>
            <source>Démonstration</source>
            <translation>Demo</translation>
        </message>
        <message>
            <source>Fiche du participant</source>
            <extracomment>the user asked to save: attendee id and the changed fields only cancel (True) or restore (False) the registration the person withdraws their consent (exhibitors no longer receive their details)</extracomment>
            <translation>Attendee record</translation>
        </message>
        <message>
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Société</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Fonction</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Retirer le consentement</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>Retirer son consentement : plus aucun exposant ne reçoit ses coordonnées</source>
            <translation>Withdraw their consent: no exhibitor receives their details any more</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Code du badge</source>
            <translation>Badge code</translation>
        </message>
        <message>
            <source>Origine</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Enregistrer les modifications (Ctrl+S)</source>
            <translation>Save the changes (Ctrl+S)</translation>
        </message>
        <message>
            <source>Rétablir</source>
            <translation>Revert</translation>
        </message>
        <message>
            <source>Abandonner les modifications non enregistrées</source>
            <translation>Discard the unsaved changes</translation>
        </message>
        <message>
            <source>Imprimer le badge</source>
            <translation>Print the badge</translation>
        </message>
        <message>
            <source>Imprimer le badge de cette personne (Ctrl+P)</source>
            <translation>Print this person's badge (Ctrl+P)</translation>
        </message>
        <message>
            <source>Aperçu</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Voir le badge avant de l'imprimer</source>
            <translation>See the badge before printing it</translation>
        </message>
        <message>
            <source>Rétablir l'inscription</source>
            <translation>Restore the registration</translation>
        </message>
        <message>
            <source>Annuler l'inscription…</source>
            <translation>Cancel the registration…</translation>
        </message>
        <message>
            <source>Sélectionnez une personne dans la liste.</source>
            <translation>Select a person in the list.</translation>
        </message>
        <message>
            <source>Inscription annulée</source>
            <translation>Registration cancelled</translation>
        </message>
        <message>
            <source>Entré(e) à %1 (%2)</source>
            <translation>Admitted at %1 (%2)</translation>
        </message>
        <message>
            <source>Pas encore entré(e)</source>
            <translation>Not admitted yet</translation>
        </message>
        <message>
            <source>badge imprimé %1 fois</source>
            <translation>badge printed %1 time(s)</translation>
        </message>
        <message>
            <source>badge pas encore imprimé</source>
            <translation>badge not printed yet</translation>
        </message>
        <message>
            <source>Il faut au moins un prénom ou un nom.</source>
            <translation>A first name or a last name is required.</translation>
        </message>
        <message>
            <source>L'e-mail semble incorrect (il sera enregistré tel quel).</source>
            <translation>The e-mail looks wrong (it will be saved as it is).</translation>
        </message>
    </context>
    <context>
        <name>BackgroundDialog</name>
        <message>
            <source>Fond de plan</source>
            <translation>Background</translation>
        </message>
        <message>
            <source>Au-dessus des stands (pour les caler)</source>
            <translation>Over the booths (to line them up)</translation>
        </message>
        <message>
            <source>Coin haut-gauche X</source>
            <translation>Top-left corner X</translation>
        </message>
        <message>
            <source>Coin haut-gauche Y</source>
            <translation>Top-left corner Y</translation>
        </message>
        <message>
            <source>Largeur de l'image</source>
            <translation>Image width</translation>
        </message>
        <message>
            <source>Opacité</source>
            <translation>Opacity</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Sauvegarde automatique</source>
            <translation>Automatic backup</translation>
        </message>
        <message>
            <source>Une copie de la base est écrite régulièrement dans un second dossier (une clé USB par exemple), sans jamais ralentir l'accueil.</source>
            <translation>A copy of the database is written regularly to a second folder (a USB stick for example), without ever slowing check-in down.</translation>
        </message>
        <message>
            <source>Dossier des sauvegardes</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>désactivée</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Dossier :</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Toutes les :</source>
            <translation>Every:</translation>
        </message>
        <message>
            <source>Copies gardées :</source>
            <translation>Copies kept:</translation>
        </message>
    </context>
    <context>
        <name>BackupRestorer</name>
        <message>
            <source>Restaurer une sauvegarde</source>
            <extracomment>what a restore may have changed: every page reloads the restore is done: the ``services.restore.Restored`` result it was refused or failed: the message shown</extracomment>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Sauvegardes itday (*.sqlite)</source>
            <translation>itday backups (*.sqlite)</translation>
        </message>
        <message>
            <source>Remettre la base dans l'état de la sauvegarde {name} ?

L'état actuel est d'abord copié dans {folder}. Les postes d'accueil et la borne qui utilisent cette base doivent être fermés.</source>
            <translation>Put the database back as it was in the backup {name}?

Its current state is first copied into {folder}. The check-in desks and the kiosk using this database must be closed.</translation>
        </message>
        <message>
            <source>La sauvegarde {name} est celle d'une AUTRE base (éditions : {editions}).

La remettre ici remplace toutes les éditions de cette base ; l'état actuel est d'abord copié dans {folder}. Remplacer quand même ?</source>
            <translation>The backup {name} belongs to ANOTHER database (editions: {editions}).

Putting it here replaces every edition of this database; its current state is first copied into {folder}. Replace anyway?</translation>
        </message>
        <message>
            <source>Sauvegarde remise dans la base.</source>
            <translation>Backup put back into the database.</translation>
        </message>
        <message>
            <source>Sauvegarde remise dans la base ; la base endommagée est gardée dans {path}.</source>
            <translation>Backup put back into the database; the damaged database is kept in {path}.</translation>
        </message>
        <message>
            <source>Sauvegarde remise dans la base ; l'état d'avant est gardé dans {path}.</source>
            <translation>Backup put back into the database; the state before is kept in {path}.</translation>
        </message>
    </context>
    <context>
        <name>BadgePrinter</name>
        <message>
            <source>Réimprimer le badge ?</source>
            <extracomment>a badge was printed (or written to its PDF target) and logged: the attendee id printing failed or was refused: a French message when set, badges are written to this PDF file or folder instead of a printer the last file written to a PDF target (tests read it)</extracomment>
            <translation>Reprint the badge?</translation>
        </message>
        <message>
            <source>Le badge de %1 a déjà été imprimé %2 fois. Le réimprimer ?</source>
            <translation>%1's badge has already been printed %2 time(s). Print it again?</translation>
        </message>
        <message>
            <source>ce participant</source>
            <translation>this attendee</translation>
        </message>
        <message>
            <source>Inscription annulée : pas de badge pour %1.</source>
            <translation>Registration cancelled: no badge for %1.</translation>
        </message>
        <message>
            <source>Imprimante des badges</source>
            <translation>Badge printer</translation>
        </message>
        <message>
            <source>Les badges iront sur %1.</source>
            <translation>Badges will go to %1.</translation>
        </message>
        <message>
            <source>Aperçu du badge</source>
            <translation>Badge preview</translation>
        </message>
        <message>
            <source>Badge imprimé.</source>
            <translation>Badge printed.</translation>
        </message>
        <message>
            <source>Badge de %1 imprimé.</source>
            <translation>Badge of %1 printed.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Compris</source>
            <translation>Got it</translation>
        </message>
    </context>
    <context>
        <name>BatchBadgeDialog</name>
        <message>
            <source>Badge %1 sur %2</source>
            <translation>Badge %1 of %2</translation>
        </message>
        <message>
            <source>Imprimer les badges</source>
            <extracomment>the PDF was written: its path and the number of badges the sheets went to the printer: the number of pages</extracomment>
            <translation>Print badges</translation>
        </message>
        <message>
            <source>Tous les inscrits (%1 badges)</source>
            <translation>Everyone registered (%1 badges)</translation>
        </message>
        <message>
            <source>Seulement la liste filtrée (%1 badges)</source>
            <translation>Only the filtered list (%1 badges)</translation>
        </message>
        <message>
            <source>Les badges sont triés par nom de famille, pour les tables de retrait alphabétiques. Les inscriptions annulées n'ont pas de badge.</source>
            <translation>Badges are sorted by last name, for alphabetical pick-up tables. Cancelled registrations get no badge.</translation>
        </message>
        <message>
            <source>Badges :</source>
            <translation>Badges:</translation>
        </message>
        <message>
            <source>Mise en page :</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <source>Créer le PDF…</source>
            <translation>Create the PDF…</translation>
        </message>
        <message>
            <source>Ouvrir le PDF</source>
            <translation>Open the PDF</translation>
        </message>
        <message>
            <source>Imprimer…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Imprimer les planches de badges à leur taille réelle (choix de l'imprimante)</source>
            <translation>Print the sheets of badges at their true size (choose the printer)</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Badges déjà imprimés</source>
            <translation>Badges already printed</translation>
        </message>
        <message>
            <source>%1 des %2 badges choisis ont déjà été imprimés. Les réimprimer ?</source>
            <translation>%1 of the %2 chosen badges have already been printed. Print them again?</translation>
        </message>
        <message>
            <source>Réimprimer tout</source>
            <translation>Reprint all</translation>
        </message>
        <message>
            <source>Seulement les %1 nouveaux</source>
            <translation>Only the %1 new ones</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Enregistrer les badges</source>
            <translation>Save the badges</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Aucun badge à imprimer.</source>
            <translation>No badge to print.</translation>
        </message>
        <message>
            <source>Création du PDF…</source>
            <translation>Creating the PDF…</translation>
        </message>
        <message>
            <source>Création des badges</source>
            <translation>Creating the badges</translation>
        </message>
        <message>
            <source>%1 badges enregistrés dans %2 (pas encore imprimés).</source>
            <translation>%1 badges saved to %2 (not printed yet).</translation>
        </message>
        <message>
            <source>Création annulée : aucun fichier écrit.</source>
            <translation>Cancelled: no file written.</translation>
        </message>
        <message>
            <source>Impression des badges</source>
            <translation>Printing the badges</translation>
        </message>
        <message>
            <source>%1 page(s) de badges envoyée(s) à l'imprimante.</source>
            <translation>%1 page(s) of badges sent to the printer.</translation>
        </message>
        <message>
            <source>Impression annulée.</source>
            <translation>Printing cancelled.</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <source>Démarrage de la caméra…</source>
            <translation>Starting the camera…</translation>
        </message>
        <message>
            <source>Caméra indisponible — la saisie manuelle et la douchette fonctionnent</source>
            <translation>Camera unavailable — typing and the barcode scanner still work</translation>
        </message>
        <message>
            <source>Caméra arrêtée — la saisie manuelle et la douchette fonctionnent</source>
            <translation>Camera stopped — typing and the barcode scanner still work</translation>
        </message>
    </context>
    <context>
        <name>CameraSourceField</name>
        <message>
            <source>numéro, fichier vidéo ou rtsp://… http://…/video</source>
            <extracomment>the cameras found on this computer were listed a test ended: (ok, what it saw or what is wrong)</extracomment>
            <translation>number, video file or rtsp://… http://…/video</translation>
        </message>
        <message>
            <source>Vidéo…</source>
            <translation>Video…</translation>
        </message>
        <message>
            <source>Tester</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Téléphone sur le même Wi-Fi : IP Webcam → http://ADRESSE:8080/video
DroidCam → http://ADRESSE:4747/video · caméra IP → rtsp://…</source>
            <translation>Phone on the same Wi-Fi: IP Webcam → http://ADDRESS:8080/video
DroidCam → http://ADDRESS:4747/video · IP camera → rtsp://…</translation>
        </message>
        <message>
            <source>Caméra %1</source>
            <translation>Camera %1</translation>
        </message>
        <message>
            <source> (non détectée)</source>
            <translation> (not detected)</translation>
        </message>
        <message>
            <source>Vidéo à lire comme une caméra</source>
            <translation>Video to read as a camera</translation>
        </message>
        <message>
            <source>Vidéos (*.mp4 *.avi *.mkv *.mov *.webm *.mjpeg);;Tous les fichiers (*)</source>
            <translation>Videos (*.mp4 *.avi *.mkv *.mov *.webm *.mjpeg);;All files (*)</translation>
        </message>
        <message>
            <source>Connexion à %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>✔ Image reçue : %1</source>
            <translation>✔ Picture received: %1</translation>
        </message>
    </context>
    <context>
        <name>CheckinPage</name>
        <message>
            <source>Connexion à la base partagée…</source>
            <translation>Connecting to the shared database…</translation>
        </message>
        <message>
            <source>Caméra %1</source>
            <extracomment>a scan's result is on screen (the ScanEvent, with ``extra["painted"]``) source text (device number, video file, stream URL) → frame source where the camera's codes go instead of the entrance (a room's door), or None the admissions made on this page since it opened (scan uids), latest last: what Ctrl+Z may undo, never an entry from earlier in the day or from another desk the person « Réimprimer le badge » is for: the result on screen, or the one picked in the search list afterwards (also what « Retirer le consentement » is for) codes scanned while the base opens (after the first paint), recorded once open</extracomment>
            <translation>Camera %1</translation>
        </message>
        <message>
            <source>Sons</source>
            <translation>Sounds</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Caméra :</source>
            <translation>Camera:</translation>
        </message>
        <message>
            <source>Borne (%1)</source>
            <extracomment>a lost camera or stream is tried again after 1 s, then 2, 4, then every 8 s (a try costs little: refused at once, or the stream's 5 s timeout when the phone is gone) the camera starts once its preview is painted, or this long after the page is shown</extracomment>
            <translation>Kiosk (%1)</translation>
        </message>
        <message>
            <source>Annuler (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Annuler la dernière entrée faite à ce poste (Ctrl+Z)</source>
            <translation>Undo the last entry made at this desk (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Inscrire (F2)</source>
            <translation>Walk-in (F2)</translation>
        </message>
        <message>
            <source>Inscription sur place : une personne venue sans inscription, son badge (F2)</source>
            <translation>Walk-in registration: someone who came without registering, and their badge (F2)</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Tous les scans de l'édition : filtrer, annuler (Ctrl+J)</source>
            <translation>Every scan of the edition: filter, undo (Ctrl+J)</translation>
        </message>
        <message>
            <source>Borne…</source>
            <translation>Kiosk…</translation>
        </message>
        <message>
            <source>Borne libre-service plein écran (code organisateur ; quitter : Ctrl+Maj+Q)</source>
            <translation>Full-screen self-service kiosk (organiser PIN; leave: Ctrl+Shift+Q)</translation>
        </message>
        <message>
            <source>Salle…</source>
            <translation>Room…</translation>
        </message>
        <message>
            <source>Porte d'une salle de conférences : entrées, sorties, décompte</source>
            <translation>A talk room's door: entries, exits, count</translation>
        </message>
        <message>
            <source>Code du badge puis Entrée (ou douchette)</source>
            <translation>Badge code then Enter (or barcode scanner)</translation>
        </message>
        <message>
            <source>Code du badge</source>
            <translation>Badge code</translation>
        </message>
        <message>
            <source>Enregistrer l'entrée (Entrée)</source>
            <translation>Admit (Enter)</translation>
        </message>
        <message>
            <source>Réimprimer le badge</source>
            <translation>Reprint the badge</translation>
        </message>
        <message>
            <source>Retirer le consentement</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>Sans badge : chercher la personne</source>
            <translation>No badge: find the person</translation>
        </message>
        <message>
            <source> (non détectée)</source>
            <translation> (not detected)</translation>
        </message>
        <message>
            <source>AUCUNE ÉDITION</source>
            <translation>NO EDITION</translation>
        </message>
        <message>
            <source>Créez ou ouvrez une édition.</source>
            <translation>Create or open an edition.</translation>
        </message>
        <message>
            <source>SCAN NON ENREGISTRÉ</source>
            <translation>SCAN NOT RECORDED</translation>
        </message>
        <message>
            <source>Scan non enregistré : %1</source>
            <translation>Scan not recorded: %1</translation>
        </message>
        <message>
            <source>Hors ligne : l'annulation d'une entrée attend le retour du réseau.</source>
            <translation>Offline: undoing an admission waits for the network to come back.</translation>
        </message>
        <message>
            <source>Aucune entrée à annuler depuis l'ouverture de l'accueil sur ce poste.</source>
            <translation>No entry to undo since check-in was opened on this desk.</translation>
        </message>
        <message>
            <source>Cette entrée était déjà annulée.</source>
            <translation>This entry was already undone.</translation>
        </message>
        <message>
            <source>ENTRÉE ANNULÉE</source>
            <translation>ADMISSION UNDONE</translation>
        </message>
        <message>
            <source>Entrée annulée : %1</source>
            <translation>Admission undone: %1</translation>
        </message>
        <message>
            <source>Inscription sur place : disponible prochainement.</source>
            <translation>Walk-in registration: coming soon.</translation>
        </message>
        <message>
            <source>INSCRIT(E) SUR PLACE</source>
            <translation>REGISTERED ON SITE</translation>
        </message>
        <message>
            <source>Entrée enregistrée, badge à l'impression</source>
            <translation>Entry recorded, badge printing</translation>
        </message>
        <message>
            <source>%1 — entrée enregistrée, badge à l'impression</source>
            <translation>%1 — admitted, badge printing</translation>
        </message>
        <message>
            <source>%1 ne veut plus que les exposants reçoivent ses coordonnées : s'applique à tous les stands dès maintenant</source>
            <translation>%1 no longer wants exhibitors to receive their details: applies to every booth from now on</translation>
        </message>
        <message>
            <source>Cette personne n'a pas donné son consentement.</source>
            <translation>This person has not given their consent.</translation>
        </message>
        <message>
            <source>Choisissez d'abord une personne (recherche ou scan).</source>
            <translation>Choose a person first (search or scan).</translation>
        </message>
        <message>
            <source>Consentement de %1 retiré : ses coordonnées ne sont plus transmises aux exposants.</source>
            <translation>Consent of %1 withdrawn: their details no longer go to exhibitors.</translation>
        </message>
        <message>
            <source>Réimpression des badges : disponible prochainement.</source>
            <translation>Badge reprinting: coming soon.</translation>
        </message>
        <message>
            <source>Badge de %1 : impression…</source>
            <translation>Badge of %1: printing…</translation>
        </message>
        <message>
            <source>● En ligne</source>
            <translation>● Online</translation>
        </message>
        <message>
            <source> — envoi de %1 scans</source>
            <translation> — sending %1 scans</translation>
        </message>
        <message>
            <source>● Hors ligne — %1 scans en attente</source>
            <translation>● Offline — %1 scans waiting</translation>
        </message>
        <message>
            <source>● Base partagée injoignable</source>
            <translation>● Shared database unreachable</translation>
        </message>
    </context>
    <context>
        <name>ChecksList</name>
        <message>
            <source>✔ Aucun problème détecté.</source>
            <translation>✔ No problem found.</translation>
        </message>
    </context>
    <context>
        <name>CountersWidget</name>
        <message>
            <source>%1 entrés / %2 inscrits</source>
            <translation>%1 admitted / %2 registered</translation>
        </message>
        <message>
            <source>entrés sur %1 inscrits</source>
            <translation>admitted out of %1 registered</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>jj/mm/aaaa</source>
            <extracomment>a valid date was typed or picked</extracomment>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Le jour d'abord : 24/06/2027, 24062027 ou 24 juin 2027</source>
            <translation>Day first: 24/06/2027, 24062027 or 24 June 2027</translation>
        </message>
        <message>
            <source>Choisir dans le calendrier</source>
            <translation>Pick from the calendar</translation>
        </message>
    </context>
    <context>
        <name>ElementPanel</name>
        <message>
            <source>&lt;b&gt;Élément&lt;/b&gt;</source>
            <extracomment>fields to change on the selected element, and the undo text</extracomment>
            <translation>&lt;b&gt;Element&lt;/b&gt;</translation>
        </message>
        <message>
            <source>(nom par défaut)</source>
            <translation>(default name)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Libellé</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Largeur</source>
            <translation>Width</translation>
        </message>
        <message>
            <source>Profondeur</source>
            <translation>Depth</translation>
        </message>
        <message>
            <source>Renommer l'élément</source>
            <translation>Rename the element</translation>
        </message>
        <message>
            <source>Redimensionner</source>
            <translation>Resize</translation>
        </message>
        <message>
            <source>&lt;b&gt;Élément : %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Element: %1&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>ExhibitorDialog</name>
        <message>
            <source>Exposant — %1</source>
            <translation>Exhibitor — %1</translation>
        </message>
        <message>
            <source>Nouvel exposant</source>
            <translation>New exhibitor</translation>
        </message>
        <message>
            <source>&amp;Nom de l'exposant *</source>
            <translation>&amp;Exhibitor name *</translation>
        </message>
        <message>
            <source>&amp;Secteur</source>
            <translation>&amp;Sector</translation>
        </message>
        <message>
            <source>&amp;Contact (nom)</source>
            <translation>&amp;Contact (name)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <source>&amp;Téléphone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>Site &amp;web</source>
            <translation>&amp;Website</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>aucun (attribuez-en un sur le plan)</source>
            <translation>none (assign one on the floor plan)</translation>
        </message>
        <message>
            <source>Stand(s)</source>
            <translation>Booth(s)</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Le nom de l'exposant est obligatoire.</source>
            <translation>The exhibitor's name is required.</translation>
        </message>
    </context>
    <context>
        <name>ExhibitorListModel</name>
        <message>
            <source>sans stand</source>
            <translation>no booth</translation>
        </message>
    </context>
    <context>
        <name>ExhibitorPanel</name>
        <message>
            <source>&lt;b&gt;Exposants&lt;/b&gt;</source>
            <translation>&lt;b&gt;Exhibitors&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Filtrer les exposants…</source>
            <translation>Filter exhibitors…</translation>
        </message>
        <message>
            <source>Seulement sans stand</source>
            <translation>Only without a booth</translation>
        </message>
        <message>
            <source>&lt;b&gt;Exposants&lt;/b&gt; — %1, dont %2 sans stand</source>
            <translation>&lt;b&gt;Exhibitors&lt;/b&gt; — %1, %2 without a booth</translation>
        </message>
        <message>
            <source>Glissez un exposant sur un stand pour le lui attribuer.</source>
            <translation>Drag an exhibitor onto a booth to assign it.</translation>
        </message>
        <message>
            <source>Cliquez sur un exposant pour voir son stand.</source>
            <translation>Click an exhibitor to see its booth.</translation>
        </message>
    </context>
    <context>
        <name>ExhibitorTableModel</name>
        <message>
            <source>Exposant</source>
            <translation>Exhibitor</translation>
        </message>
        <message>
            <source>Secteur</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Stand(s)</source>
            <translation>Booth(s)</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Équipe</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Présent</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>présent</source>
            <translation>present</translation>
        </message>
        <message>
            <source>pas encore arrivé</source>
            <translation>not arrived yet</translation>
        </message>
    </context>
    <context>
        <name>ExhibitorsPage</name>
        <message>
            <source>Exposants</source>
            <translation>Exhibitors</translation>
        </message>
        <message>
            <source>Rechercher un exposant, un stand, un secteur, un contact…  (Ctrl+F)</source>
            <translation>Search an exhibitor, a booth, a sector, a contact…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Modifier</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Importer…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Exposants dont personne n'a encore badgé, triés par stand, avec le téléphone du contact à appeler. La liste se met à jour à chaque entrée.</source>
            <translation>Exhibitors nobody from has checked in yet, sorted by booth, with the contact's phone number to call. The list updates with every admission.</translation>
        </message>
        <message>
            <source>Imprimer :</source>
            <translation>Print:</translation>
        </message>
        <message>
            <source>Liste par nom</source>
            <translation>List by name</translation>
        </message>
        <message>
            <source>par stand</source>
            <translation>by booth</translation>
        </message>
        <message>
            <source>par secteur</source>
            <translation>by sector</translation>
        </message>
        <message>
            <source>Annuaire</source>
            <translation>Directory</translation>
        </message>
        <message>
            <source>Panneaux de stand</source>
            <translation>Booth signs</translation>
        </message>
        <message>
            <source> (PDF A4, aperçu avant impression)</source>
            <translation> (A4 PDF, print preview)</translation>
        </message>
        <message>
            <source>Ajouter un exposant</source>
            <translation>Add an exhibitor</translation>
        </message>
        <message>
            <source>Modifier l'exposant</source>
            <translation>Edit the exhibitor</translation>
        </message>
        <message>
            <source>Supprimer l'exposant</source>
            <translation>Delete the exhibitor</translation>
        </message>
        <message>
            <source>Importer des exposants</source>
            <translation>Import exhibitors</translation>
        </message>
        <message>
            <source>Rechercher</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Rétablir</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Tous les exposants (%1)</source>
            <translation>All exhibitors (%1)</translation>
        </message>
        <message>
            <source>Pas encore arrivés (%1)</source>
            <translation>Not arrived yet (%1)</translation>
        </message>
        <message>
            <source>%1 exposants · %2 présents · %3 pas encore arrivés</source>
            <translation>%1 exhibitors · %2 present · %3 not arrived yet</translation>
        </message>
        <message>
            <source> · %1 affichés</source>
            <translation> · %1 shown</translation>
        </message>
        <message>
            <source>Exposant « %1 » ajouté.</source>
            <translation>Exhibitor “%1” added.</translation>
        </message>
        <message>
            <source>Son ou ses stands (%1) redeviendront libres.</source>
            <translation>Its booth(s) (%1) will be free again.</translation>
        </message>
        <message>
            <source>Ses %1 membres d'équipe resteront inscrits, sans exposant.</source>
            <translation>Its %1 staff members will stay registered, without an exhibitor.</translation>
        </message>
        <message>
            <source>Supprimer l'exposant « %1 » ?</source>
            <translation>Delete the exhibitor “%1”?</translation>
        </message>
        <message>
            <source>Ctrl+Z annule la suppression.</source>
            <translation>Ctrl+Z undoes the deletion.</translation>
        </message>
        <message>
            <source>Supprimer un exposant</source>
            <translation>Delete an exhibitor</translation>
        </message>
        <message>
            <source>Exposant « %1 » supprimé (Ctrl+Z pour annuler).</source>
            <translation>Exhibitor “%1” deleted (Ctrl+Z to undo).</translation>
        </message>
        <message>
            <source>Import disponible prochainement</source>
            <translation>Import available soon</translation>
        </message>
    </context>
    <context>
        <name>ExitMode</name>
        <message>
            <source>Sorties</source>
            <extracomment>an exit scan was answered: its ExitOutcome</extracomment>
            <translation>Exits</translation>
        </message>
        <message>
            <source>Scanner les sorties (ré-entrée après une sortie scannée) au lieu des entrées</source>
            <translation>Scan exits (re-entry after a scanned exit) instead of entries</translation>
        </message>
        <message>
            <source>SORTIE ENREGISTRÉE</source>
            <translation>EXIT RECORDED</translation>
        </message>
        <message>
            <source>pas encore entré(e) : rien enregistré</source>
            <translation>not in yet: nothing recorded</translation>
        </message>
        <message>
            <source>code inconnu de cette édition : rien enregistré</source>
            <translation>code unknown to this edition: nothing recorded</translation>
        </message>
        <message>
            <source>SORTIE NON ENREGISTRÉE</source>
            <translation>EXIT NOT RECORDED</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Exporter le plan</source>
            <translation>Export the floor plan</translation>
        </message>
        <message>
            <source>Par statut</source>
            <translation>By status</translation>
        </message>
        <message>
            <source>Par secteur</source>
            <translation>By sector</translation>
        </message>
        <message>
            <source>Par présence</source>
            <translation>By presence</translation>
        </message>
        <message>
            <source>Par visites</source>
            <translation>By visits</translation>
        </message>
        <message>
            <source>Papier (paysage)</source>
            <translation>Paper (landscape)</translation>
        </message>
        <message>
            <source>Couleurs</source>
            <translation>Colours</translation>
        </message>
        <message>
            <source>Plan de la salle en fond</source>
            <translation>Venue drawing in the background</translation>
        </message>
        <message>
            <source>Le hall n'a pas de fond de plan.</source>
            <translation>The hall has no background drawing.</translation>
        </message>
        <message>
            <source>Exporter l'édition</source>
            <translation>Export the edition</translation>
        </message>
        <message>
            <source>Fichiers CSV et Excel (participants, scans, exposants, stands), event.json, une copie de la base et le rapport PDF.</source>
            <translation>CSV and Excel files (attendees, scans, exhibitors, booths), event.json, a copy of the database and the PDF report.</translation>
        </message>
        <message>
            <source>Dossier de l'export</source>
            <translation>Export folder</translation>
        </message>
        <message>
            <source>Dossier :</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Anonymiser (ni noms, ni e-mails, ni téléphones ; pas de copie de la base)</source>
            <translation>Anonymise (no names, e-mails or phone numbers; no database copy)</translation>
        </message>
        <message>
            <source>Format technique (clés stables, heures ISO, pour les scripts)</source>
            <translation>Technical format (stable keys, ISO times, for scripts)</translation>
        </message>
        <message>
            <source>Par défaut les fichiers sont faits pour être lus : en-têtes dans la langue des documents, virgules décimales, heures locales.</source>
            <translation>By default the files are made to be read: headers in the document language, local decimal separators and times.</translation>
        </message>
        <message>
            <source>Exporter</source>
            <translation>Export</translation>
        </message>
    </context>
    <context>
        <name>FlowsPanel</name>
        <message>
            <source>Exposant</source>
            <translation>Exhibitor</translation>
        </message>
        <message>
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Visiteurs</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Personne n'est encore entré et aucun stand n'a scanné de badge : les flux de la journée s'afficheront ici.</source>
            <translation>Nobody has come in yet and no booth has scanned a badge: the day's flows will show here.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Entrées cumulées&lt;/b&gt; — aucune sortie n'est scannée : les départs ne sont pas comptés.</source>
            <translation>&lt;b&gt;Cumulative arrivals&lt;/b&gt; — no exit is scanned: departures are not counted.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Personnes dans le hall&lt;/b&gt; — entrées moins sorties scannées.</source>
            <translation>&lt;b&gt;People in the hall&lt;/b&gt; — arrivals less scanned exits.</translation>
        </message>
        <message>
            <source>{n} personne(s) entrée(s). Aucun visiteur n'a encore été enregistré par les stands (les stands scannent les badges depuis leurs téléphones).</source>
            <translation>{n} people came in. No visitor has been recorded by the booths yet (the booths scan badges with their phones).</translation>
        </message>
        <message>
            <source>&lt;b&gt;{share}&lt;/b&gt; des {n} personnes entrées ont rencontré au moins un stand ({met}) · médiane : &lt;b&gt;{median:g}&lt;/b&gt; stand(s) par personne entrée, {median_met:g} par personne rencontrée · {leads} contacts enregistrés par {stands} stand(s).</source>
            <translation>&lt;b&gt;{share}&lt;/b&gt; of the {n} people who came in met at least one booth ({met}) · median: &lt;b&gt;{median:g}&lt;/b&gt; booth(s) per person who came in, {median_met:g} per person met · {leads} leads recorded by {stands} booth(s).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Heure la plus active&lt;/b&gt; des {n} stands les plus visités</source>
            <translation>&lt;b&gt;Busiest hour&lt;/b&gt; of the {n} most visited booths</translation>
        </message>
        <message>
            <source>&lt;b&gt;Heure la plus active&lt;/b&gt; : aucun stand n'a encore scanné de badge.</source>
            <translation>&lt;b&gt;Busiest hour&lt;/b&gt;: no booth has scanned a badge yet.</translation>
        </message>
    </context>
    <context>
        <name>GeneratorDialog</name>
        <message>
            <source>Générer un bloc de stands</source>
            <translation>Generate a block of booths</translation>
        </message>
        <message>
            <source>Une lettre par rangée (A01…, B01…)</source>
            <translation>One letter per row (A01…, B01…)</translation>
        </message>
        <message>
            <source>Une centaine par rangée (101…, 201…)</source>
            <translation>One hundred per row (101…, 201…)</translation>
        </message>
        <message>
            <source>À la suite (A01…A16)</source>
            <translation>In sequence (A01…A16)</translation>
        </message>
        <message>
            <source>Rangées dos à dos (par paires)</source>
            <translation>Back-to-back rows (in pairs)</translation>
        </message>
        <message>
            <source>Rangées</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Stands par rangée</source>
            <translation>Booths per row</translation>
        </message>
        <message>
            <source>Largeur d'un stand</source>
            <translation>Booth width</translation>
        </message>
        <message>
            <source>Profondeur d'un stand</source>
            <translation>Booth depth</translation>
        </message>
        <message>
            <source>Largeur des allées</source>
            <translation>Aisle width</translation>
        </message>
        <message>
            <source>Coin haut-gauche X</source>
            <translation>Top-left corner X</translation>
        </message>
        <message>
            <source>Coin haut-gauche Y</source>
            <translation>Top-left corner Y</translation>
        </message>
        <message>
            <source>Premier code</source>
            <translation>First code</translation>
        </message>
        <message>
            <source>Numérotation</source>
            <translation>Numbering</translation>
        </message>
        <message>
            <source>Placer les stands</source>
            <translation>Place the booths</translation>
        </message>
        <message>
            <source>%1 stands, de %2 à %3 ; emprise %4 m × %5 m.</source>
            <translation>%1 booths, %2 to %3; footprint %4 m × %5 m.</translation>
        </message>
    </context>
    <context>
        <name>HallDialog</name>
        <message>
            <source>Hall</source>
            <translation>Hall</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Largeur</source>
            <translation>Width</translation>
        </message>
        <message>
            <source>Profondeur</source>
            <translation>Depth</translation>
        </message>
        <message>
            <source>Allée minimale</source>
            <translation>Minimum aisle</translation>
        </message>
        <message>
            <source>1 personne par m²</source>
            <translation>1 person per m²</translation>
        </message>
        <message>
            <source> personnes</source>
            <translation> people</translation>
        </message>
        <message>
            <source>Effectif admis, qui fixe le nombre et la largeur des sorties nécessaires ; à 0, une personne par m² du hall (salons temporaires)</source>
            <translation>People admitted, which sets the number and width of the exits needed; at 0, one person per m² of the hall (temporary shows)</translation>
        </message>
        <message>
            <source>Effectif admis</source>
            <translation>Capacity</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Rejetée</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Doublon</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Avertissement</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Vérification : ligne %1 sur %2</source>
            <translation>Check: line %1 of %2</translation>
        </message>
        <message>
            <source>Import : ligne %1 sur %2</source>
            <translation>Import: line %1 of %2</translation>
        </message>
        <message>
            <source>Importer des visiteurs</source>
            <extracomment>the file was read and its columns listed a dry run finished (its ImportReport) the real import finished and was committed (its ImportReport) reading or importing failed (a French message)</extracomment>
            <translation>Import visitors</translation>
        </message>
        <message>
            <source>Importer des exposants</source>
            <translation>Import exhibitors</translation>
        </message>
        <message>
            <source>Aucun fichier choisi (CSV ou Excel .xlsx)</source>
            <translation>No file chosen (CSV or Excel .xlsx)</translation>
        </message>
        <message>
            <source>Choisir un fichier…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>1. Fichier</source>
            <translation>1. File</translation>
        </message>
        <message>
            <source>Colonne du fichier</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <source>Exemples</source>
            <translation>Examples</translation>
        </message>
        <message>
            <source>Importer dans</source>
            <translation>Import into</translation>
        </message>
        <message>
            <source>2. Correspondance des colonnes</source>
            <translation>2. Column mapping</translation>
        </message>
        <message>
            <source>Types de billet → catégorie (retenu pour les imports suivants)</source>
            <translation>Ticket types → category (remembered for the next imports)</translation>
        </message>
        <message>
            <source>Type de billet</source>
            <translation>Ticket type</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Cliquez « Vérifier » pour voir ce que l'import ferait, sans rien enregistrer.</source>
            <translation>Click “Check” to see what the import would do, without saving anything.</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Motif</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Enregistrer le compte rendu…</source>
            <translation>Save the report…</translation>
        </message>
        <message>
            <source>3. Vérification et compte rendu</source>
            <translation>3. Check and report</translation>
        </message>
        <message>
            <source>Vérifier (sans enregistrer)</source>
            <translation>Check (without saving)</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choisir le fichier à importer</source>
            <translation>Choose the file to import</translation>
        </message>
        <message>
            <source>Tableaux (*.csv *.xlsx *.txt);;Tous les fichiers (*)</source>
            <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Lecture du fichier…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Classeur Excel</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>« %1 »</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>tabulation</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>CSV, séparateur %1, encodage %2</source>
            <translation>CSV, separator %1, encoding %2</translation>
        </message>
        <message>
            <source>%1 · %2 lignes de données · %3 colonnes</source>
            <translation>%1 · %2 data lines · %3 columns</translation>
        </message>
        <message>
            <source>(colonne %1 sans titre)</source>
            <translation>(column %1 without a title)</translation>
        </message>
        <message>
            <source>En-tête non reconnu : choisissez le champ à remplir, ou laissez « Ne pas importer ».</source>
            <translation>Unknown header: choose the field to fill, or leave “Do not import”.</translation>
        </message>
        <message>
            <source>En-tête non reconnu, mais une valeur différente par ligne, lettres et chiffres : pré-choisie comme « Code du billet ». Vérifiez.</source>
            <translation>Unknown header, but a different value on every line, letters and digits: chosen as “Ticket code”. Check it.</translation>
        </message>
        <message>
            <source>— Ne pas importer —</source>
            <translation>— Do not import —</translation>
        </message>
        <message>
            <source>Type inconnu : choisissez sa catégorie.</source>
            <translation>Unknown type: choose its category.</translation>
        </message>
        <message>
            <source>Choisissez un fichier : ses colonnes s'afficheront ici.</source>
            <translation>Choose a file: its columns will show here.</translation>
        </message>
        <message>
            <source>%1 colonne(s) non reconnue(s), surlignée(s) : choisissez leur champ ou laissez-les de côté.</source>
            <translation>%1 unknown column(s), highlighted: choose their field or leave them out.</translation>
        </message>
        <message>
            <source>le nom ou le prénom</source>
            <translation>the last or first name</translation>
        </message>
        <message>
            <source>le nom de la société</source>
            <translation>the company name</translation>
        </message>
        <message>
            <source>Indiquez la colonne qui contient %1.</source>
            <translation>Pick the column that holds %1.</translation>
        </message>
        <message>
            <source>Toutes les colonnes sont reconnues.</source>
            <translation>All columns are recognised.</translation>
        </message>
        <message>
            <source>Vérification en cours…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Import en cours</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>Importer à nouveau</source>
            <translation>Import again</translation>
        </message>
        <message>
            <source>Import annulé : rien n'a été enregistré.</source>
            <translation>Import cancelled: nothing was saved.</translation>
        </message>
        <message>
            <source>Enregistrer le compte rendu</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <source>Texte (*.txt)</source>
            <translation>Text (*.txt)</translation>
        </message>
        <message>
            <source>%1 nouveau</source>
            <translation>%1 new</translation>
        </message>
        <message>
            <source>%1 nouveaux</source>
            <translation>%1 new</translation>
        </message>
        <message>
            <source>%1 inchangé</source>
            <translation>%1 unchanged</translation>
        </message>
        <message>
            <source>%1 inchangés</source>
            <translation>%1 unchanged</translation>
        </message>
        <message>
            <source>%1 doublon fusionné</source>
            <translation>%1 duplicate merged</translation>
        </message>
        <message>
            <source>%1 doublons fusionnés</source>
            <translation>%1 duplicates merged</translation>
        </message>
        <message>
            <source>%1 avertissement</source>
            <translation>%1 warning</translation>
        </message>
        <message>
            <source>%1 avertissements</source>
            <translation>%1 warnings</translation>
        </message>
        <message>
            <source>%1 ligne rejetée</source>
            <translation>%1 line rejected</translation>
        </message>
        <message>
            <source>%1 lignes rejetées</source>
            <translation>%1 lines rejected</translation>
        </message>
        <message>
            <source>%1 au billet annulé ou remboursé</source>
            <translation>%1 with a cancelled or refunded ticket</translation>
        </message>
        <message>
            <source>%1 code de billet</source>
            <translation>%1 ticket code</translation>
        </message>
        <message>
            <source>%1 codes de billet</source>
            <translation>%1 ticket codes</translation>
        </message>
        <message>
            <source>%1 mis à jour</source>
            <translation>%1 updated</translation>
        </message>
        <message>
            <source>Vérification (rien n'est enregistré) : </source>
            <translation>Check (nothing is saved): </translation>
        </message>
        <message>
            <source>Import terminé : </source>
            <translation>Import done: </translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>itday — borne d'accueil</source>
            <translation>itday — self-service kiosk</translation>
        </message>
        <message>
            <source>Scannez votre billet</source>
            <translation>Scan your ticket</translation>
        </message>
        <message>
            <source>Présentez le QR code de votre billet ou de votre badge</source>
            <translation>Show the QR code of your ticket or your badge</translation>
        </message>
        <message>
            <source>Bienvenue %1 !</source>
            <translation>Welcome %1!</translation>
        </message>
        <message>
            <source>Bon retour %1 !</source>
            <translation>Welcome back %1!</translation>
        </message>
        <message>
            <source>Vous êtes déjà entré(e) : bonne visite.</source>
            <translation>You are already in: enjoy the show.</translation>
        </message>
        <message>
            <source>Adressez-vous à l'accueil</source>
            <translation>Please go to the reception desk</translation>
        </message>
        <message>
            <source>Ce code n'a pas pu être accepté ici.</source>
            <translation>This code could not be accepted here.</translation>
        </message>
        <message>
            <source>Votre badge est imprimé : prenez-le à côté de la borne.</source>
            <translation>Your badge is printed: take it beside the kiosk.</translation>
        </message>
        <message>
            <source>Votre badge s'imprime…</source>
            <extracomment>how long an answer stays on screen before the prompt comes back the answer shown: "ok", "warning" or "refused" (tests, the benchmark) what the kiosk says about the badge, by what its printing came to</extracomment>
            <translation>Your badge is printing…</translation>
        </message>
        <message>
            <source>Votre badge a déjà été imprimé : retirez-le à l'accueil.</source>
            <translation>Your badge was printed before: please collect it at the reception desk.</translation>
        </message>
        <message>
            <source>Votre entrée est enregistrée ; l'imprimante a un souci : votre badge est à retirer à l'accueil.</source>
            <translation>Your entry is recorded; the printer has a problem: please collect your badge at the reception desk.</translation>
        </message>
        <message>
            <source>Votre entrée est enregistrée ; votre badge est à retirer à l'accueil.</source>
            <translation>Your entry is recorded; please collect your badge at the reception desk.</translation>
        </message>
        <message>
            <source>Votre entrée est enregistrée.</source>
            <translation>Your entry is recorded.</translation>
        </message>
        <message>
            <source>Vous êtes déjà entré(e) : %1.</source>
            <translation>You are already in: %1.</translation>
        </message>
        <message>
            <source>Caméra indisponible — utilisez le lecteur</source>
            <translation>Camera unavailable — use the scanner</translation>
        </message>
        <message>
            <source>Aucun code organisateur : la borne ne se quitte pas sans lui. Choisissez-en un (« itday pin --set », ou « Organisateur… » sur un autre poste), puis Ctrl+Maj+Q.</source>
            <translation>No organiser PIN: the kiosk does not close without one. Choose one (“itday pin --set”, or “Organiser…” on another station), then Ctrl+Shift+Q.</translation>
        </message>
        <message>
            <source>Quitter la borne</source>
            <translation>Leave the kiosk</translation>
        </message>
        <message>
            <source>Code organisateur :</source>
            <translation>Organiser PIN:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Navigation</source>
            <extracomment>the window is closing (what it started, such as the stands' server, stops) a base to open in place of this one when the window closes (« Ouvrir une autre base… », the demo): ``run_gui`` opens it the pages by key; a page is built the first time it is shown or looked up here</extracomment>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Base : %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>À propos</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Édition affichée : choisir une autre édition</source>
            <translation>Edition shown: choose another edition</translation>
        </message>
        <message>
            <source>Édition</source>
            <translation>Edition</translation>
        </message>
        <message>
            <source>Nouvelle édition…</source>
            <translation>New edition…</translation>
        </message>
        <message>
            <source>Créer une édition, vide ou reprenant le plan d'une autre (organisateur)</source>
            <translation>Create an edition, empty or carrying another one's plan (organiser)</translation>
        </message>
        <message>
            <source>Stands…</source>
            <translation>Booths…</translation>
        </message>
        <message>
            <source>Réglages</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Verrouiller</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Revenir au mode accueil</source>
            <translation>Back to reception mode</translation>
        </message>
        <message>
            <source>Organisateur…</source>
            <translation>Organiser…</translation>
        </message>
        <message>
            <source>Passer en mode organisateur (code) pour modifier, importer, exporter</source>
            <translation>Switch to organiser mode (PIN) to edit, import, export</translation>
        </message>
        <message>
            <source>Stands : en ligne</source>
            <translation>Booths: online</translation>
        </message>
        <message>
            <source>Serveur des stands en marche sur %1</source>
            <translation>Booths' server running on %1</translation>
        </message>
        <message>
            <source>Serveur des stands pour les téléphones des exposants (organisateur)</source>
            <translation>Booths' server for the exhibitors' phones (organiser)</translation>
        </message>
        <message>
            <source>Édition « %1 » créée.</source>
            <translation>Edition “%1” created.</translation>
        </message>
        <message>
            <source>Préparation de la démonstration…</source>
            <translation>Preparing the demo…</translation>
        </message>
        <message>
            <source>Ouvrir une base itday</source>
            <translation>Open an itday database</translation>
        </message>
        <message>
            <source>Bases itday (*.sqlite *.db);;Tous les fichiers (*)</source>
            <translation>itday databases (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <source>Ouverture de la base…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>Aucune édition</source>
            <translation>No edition</translation>
        </message>
        <message>
            <source>%1 entré</source>
            <translation>%1 admitted</translation>
        </message>
        <message>
            <source>%1 entrés</source>
            <translation>%1 admitted</translation>
        </message>
        <message>
            <source>%1 inscrit</source>
            <translation>%1 registered</translation>
        </message>
        <message>
            <source>%1 inscrits</source>
            <translation>%1 registered</translation>
        </message>
        <message>
            <source>%1 exposant</source>
            <translation>%1 exhibitor</translation>
        </message>
        <message>
            <source>%1 exposants</source>
            <translation>%1 exhibitors</translation>
        </message>
        <message>
            <source>%1 stand</source>
            <translation>%1 booth</translation>
        </message>
        <message>
            <source>%1 stands</source>
            <translation>%1 booths</translation>
        </message>
    </context>
    <context>
        <name>ManualSearch</name>
        <message>
            <source>entré(e)</source>
            <translation>admitted</translation>
        </message>
        <message>
            <source>annulé(e)</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>Rechercher un nom (3 lettres suffisent)…</source>
            <translation>Search a name (3 letters are enough)…</translation>
        </message>
        <message>
            <source>%1 premiers résultats : précisez la recherche (prénom, société…).</source>
            <translation>First %1 results: narrow the search (first name, company…).</translation>
        </message>
    </context>
    <context>
        <name>MissingExhibitorsModel</name>
        <message>
            <source>Stand(s)</source>
            <translation>Booth(s)</translation>
        </message>
        <message>
            <source>Exposant</source>
            <translation>Exhibitor</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>(pas de téléphone)</source>
            <translation>(no phone)</translation>
        </message>
    </context>
    <context>
        <name>NewEditionDialog</name>
        <message>
            <source>Langue des listes, plans, badges, du rapport et des fichiers CSV/Excel de l'édition, quelle que soit la langue de l'interface</source>
            <translation>Language of the edition's lists, plans, badges, report and CSV/Excel files, whatever the interface's language</translation>
        </message>
        <message>
            <source>Nouvelle édition</source>
            <translation>New edition</translation>
        </message>
        <message>
            <source>Innovation IT Day 2018</source>
            <translation>Innovation IT Day 2018</translation>
        </message>
        <message>
            <source>&amp;Nom :</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Date :</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Diagora, Labège</source>
            <translation>Diagora, Labège</translation>
        </message>
        <message>
            <source>&amp;Lieu :</source>
            <translation>&amp;Venue:</translation>
        </message>
        <message>
            <source>&amp;Ouverture :</source>
            <translation>&amp;Opens:</translation>
        </message>
        <message>
            <source>&amp;Fermeture :</source>
            <translation>&amp;Closes:</translation>
        </message>
        <message>
            <source>Aucune (édition vide)</source>
            <translation>None (empty edition)</translation>
        </message>
        <message>
            <source>&amp;Reprendre le plan de :</source>
            <translation>&amp;Carry the plan of:</translation>
        </message>
        <message>
            <source>avec les &amp;exposants, chacun sur son stand</source>
            <translation>with the &amp;exhibitors, each on their booth</translation>
        </message>
        <message>
            <source>Langue des &amp;documents :</source>
            <translation>&amp;Document language:</translation>
        </message>
        <message>
            <source>Créer l'édition</source>
            <translation>Create the edition</translation>
        </message>
        <message>
            <source>La nouvelle édition commence sans plan.</source>
            <translation>The new edition starts without a plan.</translation>
        </message>
        <message>
            <source>Reprend de « %1 » la salle, %2 élément(s) fixe(s) et %3 stand(s) ; avec les exposants : %4 exposant(s). Visiteurs et scans ne sont jamais repris.</source>
            <translation>Carries from “%1” the hall, %2 fixed element(s) and %3 booth(s); with the exhibitors: %4 exhibitor(s). Visitors and scans never come over.</translation>
        </message>
        <message>
            <source>Donnez un nom à l'édition.</source>
            <translation>Give the edition a name.</translation>
        </message>
        <message>
            <source>Date « %1 » non comprise : tapez le jour, le mois puis l'année, par ex. 24/06/2027.</source>
            <translation>Date “%1” not understood: type the day, the month, then the year, e.g. 24/06/2027.</translation>
        </message>
        <message>
            <source>Cette édition existe déjà (n° %1) : choisissez-la dans la liste « Édition », ou changez le nom ou la date.</source>
            <translation>This edition already exists (no. %1): pick it in the “Edition” list, or change the name or the date.</translation>
        </message>
    </context>
    <context>
        <name>OccupancyChart</name>
        <message>
            <source>Personnes dans le hall au fil de la journée</source>
            <extracomment>stands listed by their busiest hour, the most visited first</extracomment>
            <translation>People in the hall over the day</translation>
        </message>
        <message>
            <source>Personne pour l'instant.</source>
            <translation>Nobody yet.</translation>
        </message>
        <message>
            <source>{t} : {n} personne(s)</source>
            <translation>{t}: {n} people</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Aperçu avant impression — %1</source>
            <translation>Print preview — %1</translation>
        </message>
        <message>
            <source>Enregistrer le PDF…</source>
            <translation>Save the PDF…</translation>
        </message>
        <message>
            <source>Ouvrir dans le lecteur PDF</source>
            <translation>Open in the PDF viewer</translation>
        </message>
        <message>
            <source>Imprimer… (Ctrl+P)</source>
            <translation>Print… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Impression — %1</source>
            <translation>Printing — %1</translation>
        </message>
        <message>
            <source>%1 : %2 page(s) envoyée(s) à l'imprimante.</source>
            <translation>%1: %2 page(s) sent to the printer.</translation>
        </message>
        <message>
            <source>Enregistrer le PDF</source>
            <translation>Save the PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Modifier le contour du hall</source>
            <extracomment>the booths or exhibitors changed (panels refresh their views) the checks ran; ``problems`` holds their result a booth's colour « par visites » (set by the page's ``PlanVisits``)</extracomment>
            <translation>Edit the hall outline</translation>
        </message>
        <message>
            <source>Hall rectangulaire</source>
            <translation>Rectangular hall</translation>
        </message>
        <message>
            <source>Déplacer le fond de plan</source>
            <translation>Move the background plan</translation>
        </message>
        <message>
            <source>Enregistrement du plan impossible : %1</source>
            <translation>Could not save the floor plan: %1</translation>
        </message>
        <message numerus="yes">
            <source>Déplacer %n stand(s)</source>
            <translation>
                <numerusform>Move %n booth</numerusform>
                <numerusform>Move %n booths</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Déplacer %n élément(s)</source>
            <translation>
                <numerusform>Move %n element</numerusform>
                <numerusform>Move %n elements</numerusform>
            </translation>
        </message>
        <message>
            <source>Décaler</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Créer le stand %1</source>
            <translation>Create booth %1</translation>
        </message>
        <message>
            <source>Pivoter</source>
            <translation>Rotate</translation>
        </message>
        <message>
            <source>Dupliquer</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Supprimer la sélection</source>
            <translation>Delete the selection</translation>
        </message>
        <message numerus="yes">
            <source>Supprimer %n stand(s)</source>
            <translation>
                <numerusform>Delete %n booth</numerusform>
                <numerusform>Delete %n booths</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Supprimer %n élément(s)</source>
            <translation>
                <numerusform>Delete %n element</numerusform>
                <numerusform>Delete %n elements</numerusform>
            </translation>
        </message>
        <message>
            <source>Supprimer des stands attribués ?</source>
            <translation>Delete assigned booths?</translation>
        </message>
        <message numerus="yes">
            <source>%n stand(s) attribué(s) à un exposant : %1. Les supprimer quand même ?</source>
            <translation>
                <numerusform>%n booth assigned to an exhibitor: %1. Delete it anyway?</numerusform>
                <numerusform>%n booths assigned to exhibitors: %1. Delete them anyway?</numerusform>
            </translation>
        </message>
        <message>
            <source>Mur</source>
            <translation>Wall</translation>
        </message>
        <message>
            <source>Poteau</source>
            <translation>Pillar</translation>
        </message>
        <message>
            <source>Entrée</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>Sortie de secours</source>
            <translation>Emergency exit</translation>
        </message>
        <message>
            <source>Espace conférences</source>
            <translation>Conference area</translation>
        </message>
        <message>
            <source>Restauration</source>
            <translation>Catering</translation>
        </message>
        <message>
            <source>Ajouter : %1</source>
            <translation>Add: %1</translation>
        </message>
        <message>
            <source>Redimensionner</source>
            <translation>Resize</translation>
        </message>
        <message>
            <source>Aligner</source>
            <translation>Align</translation>
        </message>
        <message>
            <source>Répartir</source>
            <translation>Distribute</translation>
        </message>
        <message numerus="yes">
            <source>%n stand(s) sortirai(en)t du hall.</source>
            <translation>
                <numerusform>%n booth would stick out of the hall.</numerusform>
                <numerusform>%n booths would stick out of the hall.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stand(s) chevaucherai(en)t un stand ou un élément fixe.</source>
            <translation>
                <numerusform>%n booth would cover a booth or a fixed element.</numerusform>
                <numerusform>%n booths would cover a booth or a fixed element.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Générer %n stand(s)</source>
            <translation>
                <numerusform>Generate %n booth</numerusform>
                <numerusform>Generate %n booths</numerusform>
            </translation>
        </message>
        <message>
            <source>Attribuer %1 à %2</source>
            <translation>Assign %1 to %2</translation>
        </message>
        <message>
            <source>Libérer %1</source>
            <translation>Free %1</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Plan</source>
            <translation>Floor plan</translation>
        </message>
        <message>
            <source>Chercher une entreprise ou un stand…</source>
            <translation>Find a company or a booth…</translation>
        </message>
        <message>
            <source>Couleurs : par statut</source>
            <translation>Colours: by status</translation>
        </message>
        <message>
            <source>Couleurs : par secteur</source>
            <translation>Colours: by sector</translation>
        </message>
        <message>
            <source>Couleurs : par présence</source>
            <translation>Colours: by presence</translation>
        </message>
        <message>
            <source>Couleurs : par visites</source>
            <translation>Colours: by visits</translation>
        </message>
        <message>
            <source>Vue</source>
            <translation>View</translation>
        </message>
        <message>
            <source>Sélection</source>
            <translation>Select</translation>
        </message>
        <message>
            <source>Nouveau stand</source>
            <translation>New booth</translation>
        </message>
        <message>
            <source>Dessiner un stand en le faisant glisser sur le sol</source>
            <translation>Draw a booth by dragging on the floor</translation>
        </message>
        <message>
            <source>Élément</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Dessiner un élément fixe du hall (choisir le type dans le menu)</source>
            <translation>Draw a fixed element of the hall (choose its kind in the menu)</translation>
        </message>
        <message>
            <source>Générer…</source>
            <translation>Generate…</translation>
        </message>
        <message>
            <source>Générer un bloc de rangées de stands</source>
            <translation>Generate a block of booth rows</translation>
        </message>
        <message>
            <source>Pivoter</source>
            <translation>Rotate</translation>
        </message>
        <message>
            <source>Dupliquer</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Rétablir</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Aligner</source>
            <translation>Align</translation>
        </message>
        <message>
            <source>Aligner à gauche</source>
            <translation>Align left</translation>
        </message>
        <message>
            <source>Aligner à droite</source>
            <translation>Align right</translation>
        </message>
        <message>
            <source>Aligner en haut</source>
            <translation>Align top</translation>
        </message>
        <message>
            <source>Aligner en bas</source>
            <translation>Align bottom</translation>
        </message>
        <message>
            <source>Répartir horizontalement</source>
            <translation>Distribute horizontally</translation>
        </message>
        <message>
            <source>Répartir verticalement</source>
            <translation>Distribute vertically</translation>
        </message>
        <message>
            <source>Ajuster au hall</source>
            <translation>Fit the hall</translation>
        </message>
        <message>
            <source>Zoom +</source>
            <translation>Zoom +</translation>
        </message>
        <message>
            <source>Zoom −</source>
            <translation>Zoom −</translation>
        </message>
        <message>
            <source>Dimensions du hall et largeur minimale des allées</source>
            <translation>Hall size and minimum aisle width</translation>
        </message>
        <message>
            <source>Contour</source>
            <translation>Outline</translation>
        </message>
        <message>
            <source>Modifier le contour du hall : glissez un sommet ; double-clic près d'un mur : ajouter un sommet ; clic droit sur un sommet : le retirer</source>
            <translation>Edit the hall outline: drag a corner; double-click near a wall: add a corner; right-click a corner: remove it</translation>
        </message>
        <message>
            <source>Revenir au rectangle</source>
            <translation>Back to a rectangle</translation>
        </message>
        <message>
            <source>Fond de plan…</source>
            <translation>Background…</translation>
        </message>
        <message>
            <source>Image du plan du lieu, mise à l'échelle</source>
            <translation>Image of the venue's plan, scaled</translation>
        </message>
        <message>
            <source>Mettre à l'échelle (deux points)…</source>
            <translation>Scale (two points)…</translation>
        </message>
        <message>
            <source>Position, taille et opacité…</source>
            <translation>Position, size and opacity…</translation>
        </message>
        <message>
            <source>Déplacer à la souris</source>
            <translation>Move with the mouse</translation>
        </message>
        <message>
            <source>Faites glisser le fond de plan ; les stands ne bougent pas</source>
            <translation>Drag the background plan; the booths stay where they are</translation>
        </message>
        <message>
            <source>Au-dessus des stands (pour les caler)</source>
            <translation>Over the booths (to line them up)</translation>
        </message>
        <message>
            <source>Retirer le fond de plan</source>
            <translation>Remove the background plan</translation>
        </message>
        <message>
            <source>Hall : dimensions, contour et fond de plan (la flèche pour le menu)</source>
            <translation>Hall: size, outline and background drawing (the arrow for the menu)</translation>
        </message>
        <message>
            <source>Exporter…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Exporter le plan en PDF ou PNG</source>
            <translation>Export the floor plan as PDF or PNG</translation>
        </message>
        <message>
            <source>Imprimer…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Imprimer</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Imprimer le plan ; la flèche : exporter en PDF ou PNG</source>
            <translation>Print the plan; the arrow: export as PDF or PNG</translation>
        </message>
        <message>
            <source>Annuler : %1 (Ctrl+Z)</source>
            <translation>Undo: %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Rétablir : %1 (Ctrl+Y)</source>
            <translation>Redo: %1 (Ctrl+Y)</translation>
        </message>
        <message>
            <source>Mode organisateur : édition</source>
            <translation>Organiser mode: editing</translation>
        </message>
        <message>
            <source>Consultation (lecture seule)</source>
            <translation>Viewing (read-only)</translation>
        </message>
        <message>
            <source>Élément : %1</source>
            <translation>Element: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vérifications&lt;/b&gt; — %1 problème(s)</source>
            <translation>&lt;b&gt;Checks&lt;/b&gt; — %1 problem(s)</translation>
        </message>
        <message>
            <source>stand libre</source>
            <translation>free booth</translation>
        </message>
        <message>
            <source>Générer un bloc de stands</source>
            <translation>Generate a block of booths</translation>
        </message>
        <message>
            <source>Placer les stands quand même ?</source>
            <translation>Place the booths anyway?</translation>
        </message>
        <message>
            <source>Le stand %1 est attribué à %2.
L'attribuer à %3 à la place ?</source>
            <translation>Booth %1 is assigned to %2.
Assign it to %3 instead?</translation>
        </message>
        <message>
            <source>Stand déjà attribué</source>
            <translation>Booth already assigned</translation>
        </message>
        <message>
            <source>Le code « %1 » est déjà utilisé par un autre stand.</source>
            <translation>The code “%1” is already used by another booth.</translation>
        </message>
        <message>
            <source>Un stand doit avoir un code.</source>
            <translation>A booth must have a code.</translation>
        </message>
        <message>
            <source>Aucun stand trouvé.</source>
            <translation>No booth found.</translation>
        </message>
        <message>
            <source> — %1/%2 (touche Entrée : suivant)</source>
            <translation> — %1/%2 (Enter: next)</translation>
        </message>
        <message>
            <source>Cet exposant n'a pas encore de stand.</source>
            <translation>This exhibitor has no booth yet.</translation>
        </message>
        <message>
            <source>Hall</source>
            <translation>Hall</translation>
        </message>
        <message>
            <source>Dimensions et allées…</source>
            <translation>Size and aisles…</translation>
        </message>
        <message>
            <source>Fond de plan</source>
            <translation>Background</translation>
        </message>
        <message>
            <source>Cette édition n'a pas encore de hall : mode organisateur, bouton « Hall ».</source>
            <translation>This edition has no hall yet: organiser mode, “Hall” button.</translation>
        </message>
        <message>
            <source>Dessinez d'abord le hall (« Hall ») : le fond de plan se cale dessus.</source>
            <translation>Draw the hall first (“Hall”): the background plan is fitted to it.</translation>
        </message>
        <message>
            <source>Plans (*.pdf *.png *.jpg *.jpeg *.svg)</source>
            <translation>Plans (*.pdf *.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <source>Plan illisible : %1</source>
            <translation>Unreadable plan: %1</translation>
        </message>
        <message>
            <source>Préparation de l'impression</source>
            <translation>Preparing the printout</translation>
        </message>
        <message>
            <source>Aperçu impossible : %1</source>
            <translation>No preview: %1</translation>
        </message>
        <message>
            <source>Aperçu avant impression — plan complet</source>
            <translation>Print preview — full plan</translation>
        </message>
        <message>
            <source>Cliquez sur deux points du fond de plan dont vous connaissez la distance.</source>
            <translation>Click two points of the background whose distance you know.</translation>
        </message>
        <message>
            <source>Lecture du fond de plan…</source>
            <translation>Reading the background plan…</translation>
        </message>
        <message>
            <source>Choisir le fond de plan</source>
            <translation>Choose the background plan</translation>
        </message>
        <message>
            <source>Mise à l'échelle</source>
            <translation>Scaling</translation>
        </message>
        <message>
            <source>Distance réelle entre les deux points (m) :</source>
            <translation>Real distance between the two points (m):</translation>
        </message>
        <message>
            <source>Mettre le fond de plan à l'échelle</source>
            <translation>Scale the background plan</translation>
        </message>
        <message>
            <source>Placer le fond de plan</source>
            <translation>Place the background plan</translation>
        </message>
        <message>
            <source>Fond de plan au-dessus des stands</source>
            <translation>Background plan over the booths</translation>
        </message>
        <message>
            <source>Fond de plan derrière tout</source>
            <translation>Background plan behind everything</translation>
        </message>
        <message>
            <source>Fond de plan retiré (Ctrl+Z pour le remettre).</source>
            <translation>Background plan removed (Ctrl+Z to put it back).</translation>
        </message>
        <message>
            <source>Exporter le plan</source>
            <translation>Export the floor plan</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Image PNG (*.png)</source>
            <translation>PDF (*.pdf);;PNG image (*.png)</translation>
        </message>
        <message>
            <source>Export du plan</source>
            <translation>Floor plan export</translation>
        </message>
        <message>
            <source>Plan exporté : %1</source>
            <translation>Floor plan exported: %1</translation>
        </message>
        <message>
            <source>Rien à imprimer : dessinez d'abord le hall (mode organisateur, « Hall »).</source>
            <translation>Nothing to print: draw the hall first (organiser mode, “Hall”).</translation>
        </message>
        <message>
            <source>Plan du salon</source>
            <translation>Exhibition floor plan</translation>
        </message>
    </context>
    <context>
        <name>PrintQueuePanel</name>
        <message>
            <source>Réessayer</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Tout réessayer</source>
            <translation>Retry all</translation>
        </message>
        <message>
            <source>Retirer de la liste</source>
            <translation>Remove from list</translation>
        </message>
        <message>
            <source>Le badge a été fait autrement (à la main, sur un autre poste)</source>
            <translation>The badge was made another way (by hand, at another desk)</translation>
        </message>
        <message>
            <source>Badges à imprimer (%1)</source>
            <translation>Badges to print (%1)</translation>
        </message>
        <message>
            <source>imprimante en pause</source>
            <translation>printer paused</translation>
        </message>
        <message>
            <source>imprimante éteinte ou débranchée</source>
            <translation>printer off or unplugged</translation>
        </message>
        <message>
            <source>plus d'étiquettes</source>
            <translation>out of labels</translation>
        </message>
        <message>
            <source>bourrage</source>
            <translation>paper jam</translation>
        </message>
        <message>
            <source>capot ouvert</source>
            <translation>cover open</translation>
        </message>
        <message>
            <source>imprimante arrêtée</source>
            <translation>printer stopped</translation>
        </message>
        <message>
            <source>en attente à l'imprimante</source>
            <translation>waiting at the printer</translation>
        </message>
        <message>
            <source>l'imprimante refuse les travaux</source>
            <translation>printer refuses jobs</translation>
        </message>
        <message>
            <source>imprimante inconnue</source>
            <translation>unknown printer</translation>
        </message>
        <message>
            <source>aucune imprimante choisie</source>
            <translation>no printer chosen</translation>
        </message>
        <message>
            <source>serveur d'impression injoignable</source>
            <translation>print server unreachable</translation>
        </message>
        <message>
            <source>mot de passe demandé</source>
            <translation>password required</translation>
        </message>
        <message>
            <source>refusé par l'imprimante</source>
            <translation>refused by the printer</translation>
        </message>
        <message>
            <source>échec de l'impression</source>
            <translation>printing failed</translation>
        </message>
        <message>
            <source>travail annulé</source>
            <translation>job cancelled</translation>
        </message>
        <message>
            <source>badge non préparé</source>
            <translation>badge not prepared</translation>
        </message>
        <message>
            <source>pas encore envoyé</source>
            <translation>not sent yet</translation>
        </message>
        <message>
            <source>envoi en cours</source>
            <translation>sending</translation>
        </message>
        <message>
            <source>en impression</source>
            <translation>printing</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusLine</name>
        <message>
            <source>Réessayer</source>
            <translation>Retry</translation>
        </message>
    </context>
    <context>
        <name>ProgrammePage</name>
        <message>
            <source>Programme</source>
            <translation>Talks</translation>
        </message>
        <message>
            <source>Importer le programme…</source>
            <translation>Import the programme…</translation>
        </message>
        <message>
            <source>Nouvelle salle…</source>
            <translation>New room…</translation>
        </message>
        <message>
            <source>Nouvelle séance…</source>
            <translation>New session…</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Liste pour les intervenants…</source>
            <translation>List for the speakers…</translation>
        </message>
        <message>
            <source>Les participants de la séance choisie qui ont consenti (les autres comptés)</source>
            <translation>The attendees of the chosen session who consented (the others counted)</translation>
        </message>
        <message>
            <source>Les intervenants entrent sans compter</source>
            <translation>Speakers enter without counting</translation>
        </message>
        <message>
            <source>À la porte de leur séance, les intervenants entrent même salle complète, sans être comptés</source>
            <translation>At their session's door, speakers get in even when the room is full, uncounted</translation>
        </message>
        <message>
            <source>Salle</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Capacité</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Dans la salle</source>
            <translation>Inside</translation>
        </message>
        <message>
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Fin</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Intervenants</source>
            <translation>Speakers</translation>
        </message>
        <message>
            <source>Salles</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Séances</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Aucune salle : importez le programme (colonnes Salle, Capacité, Titre, Début, Fin, Intervenants) ou créez les salles une à une.</source>
            <translation>No room: import the programme (columns Room, Capacity, Title, Start, End, Speakers) or create the rooms one by one.</translation>
        </message>
        <message>
            <source>(mode organisateur)</source>
            <translation>(organiser mode)</translation>
        </message>
        <message>
            <source>Double-cliquez une salle ou une séance pour la modifier.</source>
            <translation>Double-click a room or a session to change it.</translation>
        </message>
        <message>
            <source>Les intervenants entrent sans compter dans leurs séances.</source>
            <translation>Speakers enter their sessions without counting.</translation>
        </message>
        <message>
            <source>Les intervenants comptent comme les autres.</source>
            <translation>Speakers count like everyone else.</translation>
        </message>
        <message>
            <source>Supprimer la séance « %1 » ?</source>
            <translation>Delete the session “%1”?</translation>
        </message>
        <message>
            <source>Supprimer la salle « %1 », ses séances et ses présences ?</source>
            <translation>Delete the room “%1”, its sessions and its attendance?</translation>
        </message>
        <message>
            <source>Choisissez d'abord une séance.</source>
            <translation>Choose a session first.</translation>
        </message>
        <message>
            <source>Liste pour les intervenants</source>
            <translation>List for the speakers</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Liste écrite : %1 personne nommée</source>
            <translation>List written: %1 person named</translation>
        </message>
        <message>
            <source>Liste écrite : %1 personnes nommées</source>
            <translation>List written: %1 people named</translation>
        </message>
        <message>
            <source>%1, %2 sans consentement.</source>
            <translation>%1, %2 without consent.</translation>
        </message>
        <message>
            <source>Importer le programme</source>
            <translation>Import the programme</translation>
        </message>
        <message>
            <source>Programme (*.csv *.xlsx *.txt);;Tous les fichiers (*)</source>
            <translation>Programme (*.csv *.xlsx *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>%1 séance(s), %2 mise(s) à jour, %3 salle(s) nouvelle(s), %4 ligne(s) rejetée(s).</source>
            <translation>%1 session(s), %2 updated, %3 new room(s), %4 line(s) rejected.</translation>
        </message>
        <message>
            <source>ligne %1 : %2</source>
            <translation>line %1: %2</translation>
        </message>
        <message>
            <source>%1 intervenant(s) ajouté(s) aux participants (catégorie Intervenant) : %2</source>
            <translation>%1 speaker(s) added to the attendees (category Speaker): %2</translation>
        </message>
        <message>
            <source>Importer ?</source>
            <translation>Import?</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>&lt;b&gt;Stand&lt;/b&gt;</source>
            <extracomment>fields to change on the selected booths, and the undo text</extracomment>
            <translation>&lt;b&gt;Booth&lt;/b&gt;</translation>
        </message>
        <message>
            <source>0° (face en haut)</source>
            <translation>0° (facing up)</translation>
        </message>
        <message>
            <source>90° (face à droite)</source>
            <translation>90° (facing right)</translation>
        </message>
        <message>
            <source>180° (face en bas)</source>
            <translation>180° (facing down)</translation>
        </message>
        <message>
            <source>270° (face à gauche)</source>
            <translation>270° (facing left)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Largeur</source>
            <translation>Width</translation>
        </message>
        <message>
            <source>Profondeur</source>
            <translation>Depth</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Exposant</source>
            <translation>Exhibitor</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>— aucun (stand libre) —</source>
            <translation>— none (free booth) —</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stand %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Booth %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 stands sélectionnés&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1 booths selected&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stand&lt;/b&gt; — sélectionnez un stand</source>
            <translation>&lt;b&gt;Booth&lt;/b&gt; — select a booth</translation>
        </message>
        <message>
            <source>Renommer le stand</source>
            <translation>Rename the booth</translation>
        </message>
        <message>
            <source>Redimensionner</source>
            <translation>Resize</translation>
        </message>
        <message>
            <source>Pivoter</source>
            <translation>Rotate</translation>
        </message>
        <message>
            <source>Changer le statut</source>
            <translation>Change the status</translation>
        </message>
        <message>
            <source>Attribuer le stand</source>
            <translation>Assign the booth</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>Purger les données personnelles</source>
            <extracomment>asked when « Exporter » is pressed: False keeps the dialog open (the organiser said « Non » to a question about the folder and may choose another one) what the questions settled: (folder, replace another edition's export)</extracomment>
            <translation>Purge personal data</translation>
        </message>
        <message>
            <source>SUPPRIMER</source>
            <translation>DELETE</translation>
        </message>
        <message>
            <source>Les noms, e-mails, téléphones et fonctions des participants, les contacts des exposants et les notes des stands sur les visiteurs rencontrés seront effacés définitivement. Les catégories, entreprises, heures d'arrivée, contacts des stands (sans leurs notes) et statistiques sont conservés.

Faites un export avant si vous en avez encore besoin.

Pour confirmer, tapez {word} :</source>
            <translation>Attendees' names, e-mails, phone numbers and job titles, exhibitors' contacts and the booths' notes about the visitors they met will be erased for good. Categories, companies, arrival times, the booths' leads (without their notes) and statistics are kept.

Export first if you still need them.

To confirm, type {word}:</translation>
        </message>
        <message numerus="yes">
            <source>Supprimer aussi les copies qui les contiennent (%n fichier(s) : sauvegardes, exports) :</source>
            <translation>
                <numerusform>Also delete the copies that hold them (%n file: backups, exports):</numerusform>
                <numerusform>Also delete the copies that hold them (%n files: backups, exports):</numerusform>
            </translation>
        </message>
        <message>
            <source>Purger définitivement</source>
            <translation>Purge for good</translation>
        </message>
    </context>
    <context>
        <name>ReentryDialog</name>
        <message>
            <source>Règles de ré-entrée</source>
            <translation>Re-entry rules</translation>
        </message>
        <message>
            <source>Ce que fait le scan d'une personne déjà entrée, pour cette édition.</source>
            <translation>What scanning someone already in does, for this edition.</translation>
        </message>
        <message>
            <source>Toutes les catégories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>comme toutes les catégories</source>
            <translation>as every category</translation>
        </message>
        <message>
            <source>Règles de ré-entrée enregistrées.</source>
            <translation>Re-entry rules saved.</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <source>ENTRÉE VALIDÉE</source>
            <translation>ADMITTED</translation>
        </message>
        <message>
            <source>DÉJÀ ENTRÉ(E)</source>
            <translation>ALREADY ADMITTED</translation>
        </message>
        <message>
            <source>à %1</source>
            <translation>at %1</translation>
        </message>
        <message>
            <source>Billet absent de la liste importée : chercher la personne par son nom</source>
            <extracomment>what the desk does about a refusal (the headline names it: « CODE MAL LU »)</extracomment>
            <translation>Ticket not in the imported list: look the person up by name</translation>
        </message>
        <message>
            <source>Entrée refusée : voir l'organisation</source>
            <translation>Entry refused: see the organisers</translation>
        </message>
        <message>
            <source>Chercher la personne par son nom pour cette édition</source>
            <translation>Search the person by name for this edition</translation>
        </message>
        <message>
            <source>Code itday absent de la liste : chercher la personne par son nom</source>
            <translation>itday code not in the list: look the person up by name</translation>
        </message>
        <message>
            <source>Code abîmé ou mal lu : rescanner ou chercher par nom</source>
            <translation>Damaged or misread code: scan again or search by name</translation>
        </message>
        <message>
            <source>QR code étranger (site web, carte de visite…)</source>
            <translation>Foreign QR code (website, business card…)</translation>
        </message>
        <message>
            <source>Première entrée %1 — %2</source>
            <translation>First admitted %1 — %2</translation>
        </message>
        <message>
            <source>hors ligne</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>Présentez le badge à la caméra</source>
            <extracomment>the text's full size (px), by line; it shrinks (``ResultPanel._fit``) to show whole the smallest size of a line (px): the words to read stay readable; the glyph and the name give way first the glyph shrinks faster than the words</extracomment>
            <translation>Show the badge to the camera</translation>
        </message>
        <message>
            <source>ou scannez-le à la douchette, ou cherchez le nom ci-dessous</source>
            <translation>or scan it with the barcode scanner, or search the name below</translation>
        </message>
    </context>
    <context>
        <name>RoomDialog</name>
        <message>
            <source>Salle</source>
            <translation>Room</translation>
        </message>
        <message>
            <source> places</source>
            <translation> seats</translation>
        </message>
        <message>
            <source>(aucun)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Capacité (sécurité)</source>
            <translation>Capacity (safety)</translation>
        </message>
        <message>
            <source>Sur le plan</source>
            <translation>On the plan</translation>
        </message>
        <message>
            <source>Donnez un nom à la salle.</source>
            <translation>Give the room a name.</translation>
        </message>
    </context>
    <context>
        <name>RoomDisplay</name>
        <message>
            <source>Affichage porte</source>
            <translation>Door display</translation>
        </message>
    </context>
    <context>
        <name>RoomDoorStation</name>
        <message>
            <source>Accueil — salle</source>
            <extracomment>a scan's outcome is on screen (the ``RoomOutcome``)</extracomment>
            <translation>Check-in — room</translation>
        </message>
        <message>
            <source>Entrées</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>Sorties</source>
            <translation>Exits</translation>
        </message>
        <message>
            <source>Affichage porte…</source>
            <translation>Door display…</translation>
        </message>
        <message>
            <source>Le décompte seul, plein écran, pour un écran à la porte</source>
            <translation>The count alone, full screen, for a screen at the door</translation>
        </message>
        <message>
            <source>Sons</source>
            <translation>Sounds</translation>
        </message>
        <message>
            <source>Salle :</source>
            <translation>Room:</translation>
        </message>
        <message>
            <source>Faire entrer quand même (organisation)</source>
            <translation>Let in anyway (organiser)</translation>
        </message>
        <message>
            <source>Code du badge puis Entrée (ou douchette)</source>
            <translation>Badge code then Enter (or barcode scanner)</translation>
        </message>
        <message>
            <source>Choisissez d'abord la salle.</source>
            <translation>Choose the room first.</translation>
        </message>
    </context>
    <context>
        <name>ScanLogDialog</name>
        <message>
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Personne</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Résultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Motif</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Poste</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Journal des scans</source>
            <translation>Scan log</translation>
        </message>
        <message>
            <source>Filtrer : nom, code, poste…</source>
            <translation>Filter: name, code, station…</translation>
        </message>
        <message>
            <source>Tous les résultats</source>
            <translation>All results</translation>
        </message>
        <message>
            <source>Annuler cette entrée</source>
            <translation>Undo this admission</translation>
        </message>
        <message>
            <source>(annulé)</source>
            <translation>(undone)</translation>
        </message>
        <message>
            <source>%1 scan(s) affiché(s) sur %2</source>
            <translation>%1 of %2 scan(s) shown</translation>
        </message>
        <message>
            <source>Mode organisateur : annuler une entrée</source>
            <translation>Organiser mode: undo an admission</translation>
        </message>
        <message>
            <source>Entrée annulée depuis le journal.</source>
            <translation>Admission undone from the log.</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Séance</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Noms, séparés par des virgules</source>
            <translation>Names, separated by commas</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Salle</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Fin</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Intervenants</source>
            <translation>Speakers</translation>
        </message>
        <message>
            <source>Donnez un titre à la séance.</source>
            <translation>Give the session a title.</translation>
        </message>
        <message>
            <source>Créez d'abord une salle.</source>
            <translation>Create a room first.</translation>
        </message>
        <message>
            <source>La fin de la séance doit suivre son début.</source>
            <translation>The session must end after it starts.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Réglages du poste</source>
            <translation>Station settings</translation>
        </message>
        <message>
            <source>Nom du poste</source>
            <translation>Station name</translation>
        </message>
        <message>
            <source>Caméra</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Sons à chaque scan</source>
            <translation>Sound on each scan</translation>
        </message>
        <message>
            <source>Sons</source>
            <translation>Sounds</translation>
        </message>
        <message>
            <source>Largeur minimale des allées</source>
            <translation>Minimum aisle width</translation>
        </message>
        <message>
            <source>Format des badges</source>
            <translation>Badge layout</translation>
        </message>
        <message>
            <source>imprimante par défaut du système</source>
            <translation>system default printer</translation>
        </message>
        <message>
            <source>Imprimante des badges</source>
            <translation>Badge printer</translation>
        </message>
        <message>
            <source>Imprimer le badge à l'arrivée</source>
            <translation>Print the badge on arrival</translation>
        </message>
        <message>
            <source>À la première entrée d'une personne, son badge part à l'imprimante des badges (une seule fois ; pas aux ré-entrées).</source>
            <translation>When a person first enters, their badge goes to the badge printer (once; not on re-entries).</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Résolution de l'imprimante : 300 pour la plupart des imprimantes d'étiquettes</source>
            <translation>Printer resolution: 300 for most label printers</translation>
        </message>
        <message>
            <source>Résolution de l'imprimante</source>
            <translation>Printer resolution</translation>
        </message>
        <message>
            <source>automatique (taille du badge)</source>
            <translation>automatic (badge size)</translation>
        </message>
        <message>
            <source>Format papier de l'imprimante</source>
            <translation>Printer paper size</translation>
        </message>
        <message>
            <source>à côté de la base (dossier NOM-sauvegardes)</source>
            <translation>beside the database (folder NAME-sauvegardes)</translation>
        </message>
        <message>
            <source>Choisir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Dossier de sauvegarde</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sauvegarde toutes les</source>
            <translation>Backup every</translation>
        </message>
        <message>
            <source>Langue du système</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Langue (au prochain démarrage)</source>
            <translation>Language (at next start)</translation>
        </message>
        <message>
            <source>Langue des documents de l'édition</source>
            <translation>Edition's document language</translation>
        </message>
        <message>
            <source>Règles de ré-entrée…</source>
            <translation>Re-entry rules…</translation>
        </message>
        <message>
            <source>Ré-entrée</source>
            <translation>Re-entry</translation>
        </message>
        <message>
            <source>Confirmez le nouveau code</source>
            <translation>Confirm the new PIN</translation>
        </message>
        <message>
            <source>laisser vide pour ne pas changer</source>
            <translation>leave empty to keep it</translation>
        </message>
        <message>
            <source>Nouveau code organisateur</source>
            <translation>New organiser PIN</translation>
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Arrivée</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>E-mail (facultatif)</source>
            <translation>E-mail (optional)</translation>
        </message>
        <message>
            <source>Ajouter à l'équipe</source>
            <translation>Add to staff</translation>
        </message>
        <message>
            <source>Retirer de l'équipe</source>
            <translation>Remove from staff</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Imprimer les badges de l'exposant</source>
            <translation>Print the exhibitor's badges</translation>
        </message>
        <message>
            <source>Retirer la personne choisie de l'équipe (Suppr)</source>
            <translation>Remove the selected person from the staff (Del)</translation>
        </message>
        <message>
            <source>Rétablir</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Annuler : %1 (Ctrl+Z)</source>
            <translation>Undo: %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Retirer une personne : réservé au mode organisateur</source>
            <translation>Removing a person: organiser mode only</translation>
        </message>
        <message>
            <source> (annulé)</source>
            <translation> (cancelled)</translation>
        </message>
        <message>
            <source>✔ arrivé</source>
            <translation>✔ arrived</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Équipe sur le stand (%1)</source>
            <translation>Booth staff (%1)</translation>
        </message>
        <message>
            <source>%1 ajouté(e) à l'équipe (Ctrl+Z pour annuler).</source>
            <translation>%1 added to the staff (Ctrl+Z to undo).</translation>
        </message>
        <message>
            <source>(sans nom)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>passages à l'entrée enregistrés : %1</source>
            <translation>entrance scans recorded: %1</translation>
        </message>
        <message>
            <source>badges imprimés : %1</source>
            <translation>badges printed: %1</translation>
        </message>
        <message>
            <source>« %1 » a déjà un historique (%2).</source>
            <translation>“%1” already has a history (%2).</translation>
        </message>
        <message>
            <source>Son inscription sera annulée (son badge sera refusé à l'entrée) et détachée de « %1 ». Les passages et impressions déjà enregistrés sont conservés pour les statistiques.</source>
            <translation>Their registration will be cancelled (the badge will be refused at the entrance) and detached from “%1”. Scans and prints already recorded are kept for the statistics.</translation>
        </message>
        <message>
            <source>Annuler l'inscription de « %1 » ?</source>
            <translation>Cancel the registration of “%1”?</translation>
        </message>
        <message>
            <source>Retirer « %1 » de l'équipe de « %2 » ?</source>
            <translation>Remove “%1” from the staff of “%2”?</translation>
        </message>
        <message>
            <source>Cette personne n'a ni badgé ni eu de badge imprimé : son inscription sera supprimée.</source>
            <translation>This person has neither been scanned nor had a badge printed: their registration will be deleted.</translation>
        </message>
        <message>
            <source>Ctrl+Z annule le retrait.</source>
            <translation>Ctrl+Z undoes the removal.</translation>
        </message>
        <message>
            <source>%1 : inscription annulée et retirée de l'équipe (Ctrl+Z pour annuler).</source>
            <translation>%1: registration cancelled and removed from the staff (Ctrl+Z to undo).</translation>
        </message>
        <message>
            <source>%1 retiré(e) de l'équipe (Ctrl+Z pour annuler).</source>
            <translation>%1 removed from the staff (Ctrl+Z to undo).</translation>
        </message>
        <message>
            <source>Badges — %1</source>
            <translation>Badges — %1</translation>
        </message>
    </context>
    <context>
        <name>StandReportsMenu</name>
        <message>
            <source>Rapports exposants</source>
            <translation>Exhibitor reports</translation>
        </message>
        <message>
            <source>Le rapport de chaque exposant après le salon (PDF) : visites de son stand, heures, catégories et secteurs, rang parmi les stands — sans aucun nom de visiteur</source>
            <translation>Each exhibitor's report after the show (PDF): visits to its booth, hours, categories and sectors, rank among the booths — with no visitor's name</translation>
        </message>
        <message>
            <source>Rapport de l'exposant sélectionné…</source>
            <translation>Report of the selected exhibitor…</translation>
        </message>
        <message>
            <source>Rapports de tous les exposants…</source>
            <translation>Reports of all exhibitors…</translation>
        </message>
        <message>
            <source>Dossier des rapports exposants</source>
            <translation>Folder for the exhibitor reports</translation>
        </message>
        <message>
            <source>Rapports de tous les exposants</source>
            <translation>Reports of all exhibitors</translation>
        </message>
        <message>
            <source>Rapport de « %1 »</source>
            <translation>Report of « %1 »</translation>
        </message>
        <message>
            <source>Rapport écrit : %1</source>
            <translation>Report written: %1</translation>
        </message>
        <message>
            <source>%1 rapports exposants écrits dans %2</source>
            <translation>%1 exhibitor reports written in %2</translation>
        </message>
        <message>
            <source>Rapports interrompus : %1 déjà écrit(s) dans %2.</source>
            <translation>Reports stopped: %1 already written in %2.</translation>
        </message>
    </context>
    <context>
        <name>StandsMenu</name>
        <message>
            <source>Kits exposants : page %1 / %2</source>
            <translation>Exhibitor kits: page %1 / %2</translation>
        </message>
        <message>
            <source>Contacts du stand %1…</source>
            <translation>Leads of booth %1…</translation>
        </message>
        <message>
            <source>Stands connectés</source>
            <translation>Connected booths</translation>
        </message>
        <message>
            <source>Contacts des exposants scannés depuis leurs téléphones : serveur, kits, révocation, export (organisateur)</source>
            <translation>Exhibitors' leads scanned from their phones: server, kits, revoking, export (organiser)</translation>
        </message>
        <message>
            <source>Serveur des stands…</source>
            <translation>Booths' server…</translation>
        </message>
        <message>
            <source>Kit exposant de l'exposant sélectionné</source>
            <translation>Exhibitor kit of the selected exhibitor</translation>
        </message>
        <message>
            <source>Kits de tous les exposants (une page chacun)</source>
            <translation>Kits of every exhibitor (one page each)</translation>
        </message>
        <message>
            <source>Révoquer les liens de l'exposant sélectionné…</source>
            <translation>Revoke the links of the selected exhibitor…</translation>
        </message>
        <message>
            <source>Exporter les contacts des stands…</source>
            <translation>Export the booths' leads…</translation>
        </message>
        <message>
            <source>Kit exposant de « %1 »</source>
            <translation>Exhibitor kit of “%1”</translation>
        </message>
        <message>
            <source>Révoquer les liens de « %1 »…</source>
            <translation>Revoke the links of “%1”…</translation>
        </message>
        <message>
            <source>Kit exposant — %1</source>
            <translation>Exhibitor kit — %1</translation>
        </message>
        <message>
            <source>Kits exposants</source>
            <translation>Exhibitor kits</translation>
        </message>
        <message>
            <source>Kits imprimés pour une adresse où le serveur des stands ne tourne pas encore : démarrez-le à cette adresse (voir le kit).</source>
            <translation>Kits printed for an address where the booths' server is not running yet: start it at that address (see the kit).</translation>
        </message>
        <message>
            <source>Révoquer les liens du stand « %1 » ?

Les téléphones reliés à ce stand perdent l'accès tout de suite ; de nouveaux liens sont créés. Son kit exposant imprimé ne sert plus : il faudra imprimer le nouveau et le lui remettre. Les contacts déjà scannés sont gardés.</source>
            <translation>Revoke the links of booth “%1”?

The phones linked to this booth lose access at once; new links are made. Its printed exhibitor kit is no use any more: print the new one and hand it over. The leads already scanned are kept.</translation>
        </message>
        <message>
            <source>Révoquer les liens d'un stand</source>
            <translation>Revoke a booth's links</translation>
        </message>
        <message>
            <source>Liens du stand « %1 » révoqués : imprimez son nouveau kit.</source>
            <translation>Links of booth “%1” revoked: print its new kit.</translation>
        </message>
        <message>
            <source>Nouveau kit à imprimer</source>
            <translation>New kit to print</translation>
        </message>
        <message>
            <source>Les liens du stand « %1 » sont révoqués ; son ancien kit ne sert plus.

Imprimer son nouveau kit maintenant ?</source>
            <translation>The links of booth “%1” are revoked; its old kit is no use any more.

Print its new kit now?</translation>
        </message>
        <message>
            <source>Dossier des contacts des stands</source>
            <translation>Folder for the booths' leads</translation>
        </message>
        <message>
            <source>Export des contacts des stands…</source>
            <translation>Exporting the booths' leads…</translation>
        </message>
        <message>
            <source>%1 contacts de %2 stands exportés dans %3 (CSV, Excel et vCard par stand).</source>
            <translation>%1 leads of %2 booths exported to %3 (CSV, Excel and vCard per booth).</translation>
        </message>
        <message>
            <source>%1 stands sans contact : aucun fichier.</source>
            <translation>%1 booths without leads: no file.</translation>
        </message>
        <message>
            <source>Export des contacts des stands</source>
            <translation>Export of the booths' leads</translation>
        </message>
    </context>
    <context>
        <name>StandsServerControl</name>
        <message>
            <source>L'adresse %1 n'est plus celle de cet ordinateur (Wi-Fi ou câble débranché ?) : les téléphones ne joignent plus le serveur.</source>
            <extracomment>the server started (True) or stopped (False) it could not start: one line in the interface's language something is wrong while it runs (its address is gone), or "" once it is fine again kits were printed for this server address (their QR codes lead there)</extracomment>
            <translation>The address %1 is no longer this computer's (Wi-Fi or cable unplugged?): the phones cannot reach the server any more.</translation>
        </message>
    </context>
    <context>
        <name>StandsServerDialog</name>
        <message>
            <source>Serveur des stands</source>
            <translation>Booths' server</translation>
        </message>
        <message>
            <source>Serveur</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Étiquettes et questions</source>
            <translation>Tags and questions</translation>
        </message>
        <message>
            <source>Les téléphones des exposants, sur le même réseau Wi-Fi que cet ordinateur, ouvrent les pages des stands qu'il sert : rien à installer, pas d'internet. Tant que le serveur est arrêté, rien n'est accessible depuis le réseau.</source>
            <translation>The exhibitors' phones, on the same Wi-Fi network as this computer, open the booths' pages it serves: nothing to install, no internet. While the server is stopped, nothing can be reached from the network.</translation>
        </message>
        <message>
            <source>L'adresse de cet ordinateur sur le réseau du salon (celle du Wi-Fi ou du câble relié à la borne des organisateurs)</source>
            <translation>This computer's address on the show's network (the Wi-Fi's, or the cable's to the organisers' access point)</translation>
        </message>
        <message>
            <source>Actualiser</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Relire les adresses de cet ordinateur</source>
            <translation>Read this computer's addresses again</translation>
        </message>
        <message>
            <source>&amp;Adresse :</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>&amp;Port :</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>Démarrer le serveur</source>
            <translation>Start the server</translation>
        </message>
        <message>
            <source>Arrêter</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Ce que les stands notent en un geste après chaque scan, en plus de chaud, tiède ou froid et d'une note. Pour cette édition ; tout est facultatif.</source>
            <translation>What the booths note in one tap after each scan, besides hot, warm or cold and a note. For this edition; everything is optional.</translation>
        </message>
        <message>
            <source>démo demandée
devis
recrutement</source>
            <translation>demo requested
quote
recruitment</translation>
        </message>
        <message>
            <source>Étiquettes
(une par ligne, %1 au plus) :</source>
            <translation>Tags
(one a line, %1 at most):</translation>
        </message>
        <message>
            <source>Par ex. : Quel est votre projet ?</source>
            <translation>E.g.: What is your project?</translation>
        </message>
        <message>
            <source>Question %1 :</source>
            <translation>Question %1:</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Choisissez l'adresse sur laquelle écouter.</source>
            <translation>Choose the address to listen on.</translation>
        </message>
        <message>
            <source>Aucune édition ouverte.</source>
            <translation>No edition open.</translation>
        </message>
        <message>
            <source>En marche : %1</source>
            <translation>Running: %1</translation>
        </message>
        <message>
            <source>À ouvrir sur un téléphone du même réseau :</source>
            <translation>To open on a phone on the same network:</translation>
        </message>
        <message>
            <source>Démarrage ou arrêt en cours…</source>
            <translation>Starting or stopping…</translation>
        </message>
        <message>
            <source>Arrêté : aucun téléphone ne peut se connecter.</source>
            <translation>Stopped: no phone can connect.</translation>
        </message>
        <message>
            <source>(QR code de l'adresse une fois démarré)</source>
            <translation>(QR code of the address once started)</translation>
        </message>
        <message>
            <source>Aucun kit exposant imprimé pour l'instant (Exposants → Stands connectés).</source>
            <translation>No exhibitor kit printed yet (Exhibitors → Connected booths).</translation>
        </message>
        <message>
            <source>Attention : les kits ont été imprimés pour %1. Leurs QR codes ne mènent pas à ce serveur : démarrez-le à cette adresse, ou réimprimez les kits.</source>
            <translation>Warning: the kits were printed for %1. Their QR codes do not lead to this server: start it at that address, or print the kits again.</translation>
        </message>
        <message>
            <source>Les kits imprimés mènent à %1.</source>
            <translation>The printed kits lead to %1.</translation>
        </message>
        <message>
            <source>Téléphones connectés : %1</source>
            <translation>Phones connected: %1</translation>
        </message>
        <message>
            <source>Enregistré : les téléphones les proposent dès leur prochain scan.</source>
            <translation>Saved: the phones offer them from their next scan.</translation>
        </message>
    </context>
    <context>
        <name>StationPrinting</name>
        <message>
            <source>imprimante par défaut</source>
            <extracomment>a badge's print moved on: the ``PrintStatus`` the badges still to print at this station (rows of ``BadgePrintService.open_items``) print every first admission's badge whatever the setting (the kiosk)</extracomment>
            <translation>default printer</translation>
        </message>
    </context>
    <context>
        <name>StatsPage</name>
        <message>
            <source>Chargement…</source>
            <extracomment>new numbers are on screen (the stats dict) an export ended: the folder, or "" when it failed or was cancelled the purge ended: the counts returned by ``purge_personal_data`` the edition's time zone: times on this page are the event's, not the computer's the app's automatic backups (made with the context, running whatever page is shown) the base's latest copy in the backup folder (looked up in a worker)</extracomment>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Exporter…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>CSV, Excel, copie de la base et rapport PDF (Ctrl+E)</source>
            <translation>CSV, Excel, database copy and PDF report (Ctrl+E)</translation>
        </message>
        <message>
            <source>Purger les données personnelles…</source>
            <translation>Purge personal data…</translation>
        </message>
        <message>
            <source>Sauvegarde automatique…</source>
            <translation>Automatic backup…</translation>
        </message>
        <message>
            <source>Restaurer une sauvegarde…</source>
            <translation>Restore a backup…</translation>
        </message>
        <message>
            <source>Remettre la base dans l'état d'une sauvegarde (l'état actuel est gardé)</source>
            <translation>Put the database back as it was in a backup (the current state is kept)</translation>
        </message>
        <message>
            <source>Inscrits</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Entrés</source>
            <translation>Admitted</translation>
        </message>
        <message>
            <source>Inscrits sur place</source>
            <translation>Walk-ins</translation>
        </message>
        <message>
            <source>Exposants présents</source>
            <translation>Exhibitors present</translation>
        </message>
        <message>
            <source>Pic d'affluence</source>
            <translation>Peak</translation>
        </message>
        <message>
            <source>Arrivées par quart d'heure</source>
            <translation>Arrivals per quarter hour</translation>
        </message>
        <message>
            <source>Flux de la journée</source>
            <translation>Flows of the day</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Taux</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>Par catégorie</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>Poste</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>Scans</translation>
        </message>
        <message>
            <source>Motif</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Exposant</source>
            <translation>Exhibitor</translation>
        </message>
        <message>
            <source>Stand(s)</source>
            <translation>Booth(s)</translation>
        </message>
        <message>
            <source>Exposants absents</source>
            <translation>Missing exhibitors</translation>
        </message>
        <message>
            <source>Scans par poste</source>
            <translation>Scans per station</translation>
        </message>
        <message>
            <source>Scans refusés</source>
            <translation>Refused scans</translation>
        </message>
        <message>
            <source>Séance</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Salle</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Horaire</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Dans la salle</source>
            <translation>Inside</translation>
        </message>
        <message>
            <source>Pic</source>
            <translation>Peak</translation>
        </message>
        <message>
            <source>Personnes</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Salles de conférences</source>
            <translation>Talk rooms</translation>
        </message>
        <message>
            <source>Aucune édition.</source>
            <translation>No edition.</translation>
        </message>
        <message>
            <source>participants attendus</source>
            <translation>attendees expected</translation>
        </message>
        <message>
            <source>{rate} des inscrits</source>
            <translation>{rate} of registered</translation>
        </message>
        <message>
            <source>badges faits à l'accueil</source>
            <translation>badges made at the desk</translation>
        </message>
        <message>
            <source>{n} pas encore arrivé(s)</source>
            <translation>{n} not arrived yet</translation>
        </message>
        <message>
            <source>{n} arrivées de {a} à {b}</source>
            <translation>{n} arrivals from {a} to {b}</translation>
        </message>
        <message>
            <source>aucune arrivée</source>
            <translation>no arrivals</translation>
        </message>
        <message>
            <source>(sans nom)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Aucun scan refusé</source>
            <translation>No refused scans</translation>
        </message>
        <message>
            <source>Exposants absents ({n})</source>
            <translation>Missing exhibitors ({n})</translation>
        </message>
        <message>
            <source>Chiffres en direct · mis à jour à {t}</source>
            <translation>Live figures · updated at {t}</translation>
        </message>
        <message>
            <source>Le dossier {folder} contient déjà l'export d'une autre édition (n° {id} « {name} »). Le remplacer par l'export de celle-ci ?</source>
            <translation>The folder {folder} already holds the export of another edition (no. {id} “{name}”). Replace it with the export of this one?</translation>
        </message>
        <message>
            <source>Remplacer un autre export ?</source>
            <translation>Replace another export?</translation>
        </message>
        <message>
            <source>Export en cours…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>{problem}

Écrire l'export dans un nouveau dossier {inside} ?</source>
            <translation>{problem}

Write the export into a new folder {inside}?</translation>
        </message>
        <message>
            <source>anonymisé </source>
            <translation>anonymised </translation>
        </message>
        <message>
            <source>{n} participants (dont {c} annulés)</source>
            <translation>{n} attendees (including {c} cancelled)</translation>
        </message>
        <message>
            <source>{n} participants</source>
            <translation>{n} attendees</translation>
        </message>
        <message>
            <source>Export {kind}écrit dans {folder} : {who}, {n} fichiers.</source>
            <translation>{kind}export written to {folder}: {who}, {n} files.</translation>
        </message>
        <message>
            <source>Export annulé : le dossier n'a pas été modifié.</source>
            <translation>Export cancelled: the folder was not changed.</translation>
        </message>
        <message>
            <source>Données personnelles purgées : {a} participants, {e} exposants, {l} contacts des stands. Les statistiques sont conservées.</source>
            <translation>Personal data purged: {a} attendees, {e} exhibitors, {l} stand leads. Statistics are kept.</translation>
        </message>
        <message numerus="yes">
            <source>%n copie(s) supprimée(s) (sauvegardes, exports précédents).</source>
            <translation>
                <numerusform>%n copy deleted (backups, earlier exports).</numerusform>
                <numerusform>%n copies deleted (backups, earlier exports).</numerusform>
            </translation>
        </message>
        <message>
            <source>Copies non supprimées (effacez-les vous-même) : %1</source>
            <translation>Copies not deleted (delete them yourself): %1</translation>
        </message>
        <message>
            <source>Sauvegarde automatique : {m}</source>
            <translation>Automatic backup: {m}</translation>
        </message>
        <message>
            <source>Sauvegarde automatique : base PostgreSQL, utilisez pg_dump.</source>
            <translation>Automatic backup: PostgreSQL database, use pg_dump.</translation>
        </message>
        <message>
            <source>Sauvegarde automatique : désactivée.</source>
            <translation>Automatic backup: off.</translation>
        </message>
        <message>
            <source>Sauvegarde automatique toutes les {m} min dans {f}</source>
            <translation>Automatic backup every {m} min to {f}</translation>
        </message>
        <message>
            <source> · dernière à {t}</source>
            <translation> · last at {t}</translation>
        </message>
        <message>
            <source> · pas encore de copie</source>
            <translation> · no copy yet</translation>
        </message>
        <message>
            <source> · dernière le {d} à {t}</source>
            <translation> · last on {d} at {t}</translation>
        </message>
        <message>
            <source> · ÉCHEC : {m}</source>
            <translation> · FAILED: {m}</translation>
        </message>
    </context>
    <context>
        <name>StatusChoices</name>
        <message>
            <source>Statuts du billet → inscrit ou annulé (refusé à l'entrée ; retenu pour les imports suivants)</source>
            <translation>Ticket statuses → registered or cancelled (refused at the entrance; remembered for the next imports)</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Signification</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <source>Statut inconnu : dites s'il veut dire inscrit ou annulé.</source>
            <translation>Unknown status: say whether it means registered or cancelled.</translation>
        </message>
        <message>
            <source>Inscrit (admis à l'entrée)</source>
            <translation>Registered (admitted at the entrance)</translation>
        </message>
        <message>
            <source>Annulé (billet annulé, remboursé : refusé)</source>
            <translation>Cancelled (ticket cancelled, refunded: refused)</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>VisitorTableModel</name>
        <message>
            <source>Nom</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Société</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Entrée</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>annulée</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>Inscription annulée</source>
            <translation>Registration cancelled</translation>
        </message>
        <message>
            <source>Badge imprimé %1 fois</source>
            <translation>Badge printed %1 time(s)</translation>
        </message>
        <message>
            <source>Badge dans un PDF, pas encore imprimé</source>
            <translation>Badge in a PDF, not printed yet</translation>
        </message>
        <message>
            <source>Badge pas encore imprimé</source>
            <translation>Badge not printed yet</translation>
        </message>
        <message>
            <source>Entré(e) à %1, poste %2</source>
            <translation>Admitted at %1, station %2</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPage</name>
        <message>
            <source>Visiteurs</source>
            <extracomment>the table was (re)loaded from the database</extracomment>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Nouveau visiteur sur place (Ctrl+N)</source>
            <translation>New walk-in visitor (Ctrl+N)</translation>
        </message>
        <message>
            <source>Imprimer les badges…</source>
            <translation>Print badges…</translation>
        </message>
        <message>
            <source>Importer…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Importer les inscriptions d'un fichier CSV ou Excel (organisateur)</source>
            <translation>Import registrations from a CSV or Excel file (organiser)</translation>
        </message>
        <message>
            <source>Rechercher un nom, une société, un e-mail… (Ctrl+F)</source>
            <translation>Search a name, a company, an e-mail… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Toutes catégories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Entrés ou pas</source>
            <translation>Admitted or not</translation>
        </message>
        <message>
            <source>Entrés</source>
            <translation>Admitted</translation>
        </message>
        <message>
            <source>Pas encore entrés</source>
            <translation>Not admitted yet</translation>
        </message>
        <message>
            <source>Badges : tous</source>
            <translation>Badges: all</translation>
        </message>
        <message>
            <source>Badge imprimé</source>
            <translation>Badge printed</translation>
        </message>
        <message>
            <source>Badge non imprimé</source>
            <translation>Badge not printed</translation>
        </message>
        <message>
            <source>Voir les annulés</source>
            <translation>Show cancelled</translation>
        </message>
        <message>
            <source>Annuler la dernière modification (Ctrl+Z)</source>
            <translation>Undo the last change (Ctrl+Z)</translation>
        </message>
        <message>
            <source>%1 inscrits</source>
            <translation>%1 registered</translation>
        </message>
        <message>
            <source> · %1 annulés</source>
            <translation> · %1 cancelled</translation>
        </message>
        <message>
            <source>%1 affichés sur %2</source>
            <translation>%1 shown of %2</translation>
        </message>
        <message>
            <source>modification de %1</source>
            <translation>edit of %1</translation>
        </message>
        <message>
            <source>Fiche de %1 enregistrée.</source>
            <translation>%1's record saved.</translation>
        </message>
        <message>
            <source>retrait du consentement de %1</source>
            <translation>withdrawal of the consent of %1</translation>
        </message>
        <message>
            <source>Consentement de %1 retiré : ses coordonnées ne sont plus transmises aux exposants (Ctrl+Z pour annuler).</source>
            <translation>Consent of %1 withdrawn: their details no longer go to exhibitors (Ctrl+Z to undo).</translation>
        </message>
        <message>
            <source>Annuler l'inscription de %1 ? Son badge sera refusé à l'entrée.</source>
            <translation>Cancel the registration of %1? Their badge will be refused at the entrance.</translation>
        </message>
        <message>
            <source>Annuler %1 inscriptions ? Leurs badges seront refusés à l'entrée.</source>
            <translation>Cancel %1 registrations? Their badges will be refused at the entrance.</translation>
        </message>
        <message>
            <source>Annuler l'inscription</source>
            <translation>Cancel the registration</translation>
        </message>
        <message>
            <source>(Ctrl+Z permet de revenir en arrière.)</source>
            <translation>(Ctrl+Z takes it back.)</translation>
        </message>
        <message>
            <source>%1 personnes</source>
            <translation>%1 people</translation>
        </message>
        <message>
            <source>annulation de l'inscription de %1</source>
            <translation>cancellation of %1's registration</translation>
        </message>
        <message>
            <source>rétablissement de l'inscription de %1</source>
            <translation>restoration of %1's registration</translation>
        </message>
        <message>
            <source> (Ctrl+Z pour annuler).</source>
            <translation> (Ctrl+Z to undo).</translation>
        </message>
        <message>
            <source>Imprimer le badge</source>
            <translation>Print the badge</translation>
        </message>
        <message>
            <source>Aperçu du badge</source>
            <translation>Badge preview</translation>
        </message>
        <message>
            <source>Choisir l'imprimante des badges…</source>
            <translation>Choose the badge printer…</translation>
        </message>
        <message>
            <source>Annuler l'inscription…</source>
            <translation>Cancel the registration…</translation>
        </message>
        <message>
            <source>Retirer le consentement (coordonnées aux exposants)</source>
            <translation>Withdraw consent (details to exhibitors)</translation>
        </message>
        <message>
            <source>L'import est réservé aux organisateurs.</source>
            <translation>Importing is for organisers only.</translation>
        </message>
    </context>
    <context>
        <name>VisitsBar</name>
        <message>
            <source>Toute la journée</source>
            <extracomment>one step of the played window, in milliseconds the window (or the whole day) changed: count again « Actualiser »: read the leads again (the stands record them from their phones)</extracomment>
            <translation>Whole day</translation>
        </message>
        <message>
            <source>Une heure</source>
            <translation>One hour</translation>
        </message>
        <message>
            <source>Compter toute la journée ou une heure glissante</source>
            <translation>Count the whole day or a sliding hour</translation>
        </message>
        <message>
            <source>Faire glisser l'heure comptée (par quart d'heure ; Ctrl+← et Ctrl+→)</source>
            <translation>Slide the hour counted (by quarter-hours; Ctrl+← and Ctrl+→)</translation>
        </message>
        <message>
            <source>Heure comptée</source>
            <translation>Hour counted</translation>
        </message>
        <message>
            <source>Lecture</source>
            <translation>Play</translation>
        </message>
        <message>
            <source>Faire défiler la journée heure par heure</source>
            <translation>Play the day hour by hour</translation>
        </message>
        <message>
            <source>Actualiser</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Relire les contacts enregistrés par les stands</source>
            <translation>Read the booths' leads again</translation>
        </message>
        <message>
            <source>Visites :</source>
            <translation>Visits:</translation>
        </message>
        <message>
            <source>Lecture des contacts des stands…</source>
            <translation>Reading the booths' leads…</translation>
        </message>
        <message>
            <source>Aucun visiteur enregistré par les stands pour l'instant : les stands scannent les badges depuis leurs téléphones (« Kit exposant »).</source>
            <translation>No visitor recorded by the booths yet: the booths scan badges with their phones (« Exhibitor kit »).</translation>
        </message>
        <message>
            <source>Visiteurs distincts enregistrés par chaque stand (badges scannés) : %1 visite(s) sur %2 stand(s). Les passages sans scan ne sont pas comptés ; « &lt; 5 » : moins de cinq personnes.</source>
            <translation>Distinct visitors recorded by each booth (badges scanned): %1 visit(s) at %2 booth(s). People passing by without a scan are not counted; « &lt; 5 »: fewer than five people.</translation>
        </message>
        <message>
            <source>toute la journée</source>
            <translation>whole day</translation>
        </message>
        <message>
            <source>de %1 à %2</source>
            <translation>from %1 to %2</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Nouveau visiteur sur place</source>
            <extracomment>the new attendee was created and checked in (their id); the badge is printing</extracomment>
            <translation>New walk-in visitor</translation>
        </message>
        <message>
            <source>Saisissez le nom puis appuyez sur Entrée : la personne est inscrite, son badge s'imprime et son entrée est enregistrée.</source>
            <translation>Type the name then press Enter: the person is registered, their badge prints and their admission is recorded.</translation>
        </message>
        <message>
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Société (facultatif)</source>
            <translation>Company (optional)</translation>
        </message>
        <message>
            <source>adresse@exemple.fr (facultatif)</source>
            <translation>address@example.com (optional)</translation>
        </message>
        <message>
            <source>&amp;Prénom</source>
            <translation>&amp;First name</translation>
        </message>
        <message>
            <source>&amp;Nom</source>
            <translation>&amp;Last name</translation>
        </message>
        <message>
            <source>&amp;Société</source>
            <translation>&amp;Company</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <source>&amp;Catégorie</source>
            <translation>C&amp;ategory</translation>
        </message>
        <message>
            <source>Inscrire, imprimer et faire entrer (Entrée)</source>
            <translation>Register, print and admit (Enter)</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Saisissez au moins un prénom ou un nom.</source>
            <translation>Type at least a first name or a last name.</translation>
        </message>
        <message>
            <source>L'e-mail « %1 » semble incorrect (il sera enregistré tel quel).</source>
            <translation>The e-mail “%1” looks wrong (it will be saved as it is).</translation>
        </message>
        <message>
            <source>Un badge a été scanné dans le formulaire : rien n'est enregistré. Fermez le formulaire (Échap) pour scanner à l'accueil.</source>
            <translation>A badge was scanned into the form: nothing was saved. Close the form (Esc) to scan at the check-in desk.</translation>
        </message>
        <message>
            <source>Aucune édition ouverte.</source>
            <translation>No edition open.</translation>
        </message>
        <message>
            <source>%1 inscrit(e) sur place et entré(e) ; badge en impression.</source>
            <translation>%1 registered on site and admitted; badge printing.</translation>
        </message>
    </context>
    <context>
        <name>WalkInUndo</name>
        <message>
            <source>Supprimer l'inscription…</source>
            <extracomment>the registration was deleted: its attendee id</extracomment>
            <translation>Delete the registration…</translation>
        </message>
        <message>
            <source>Supprimer l'inscription sur place faite par erreur</source>
            <translation>Delete a walk-in registered by mistake</translation>
        </message>
        <message>
            <source>%1 : entrée annulée ; l'inscription reste — la supprimer ?</source>
            <translation>%1: entry undone; the registration stays — delete it?</translation>
        </message>
        <message>
            <source>Supprimer l'inscription</source>
            <translation>Delete the registration</translation>
        </message>
        <message>
            <source>Supprimer l'inscription sur place de %1 ? Son badge ne sera plus valable.</source>
            <translation>Delete the walk-in registration of %1? Their badge will no longer be valid.</translation>
        </message>
        <message>
            <source>L'inscription de %1 n'a pas été supprimée : elle est de nouveau entrée.</source>
            <translation>The registration of %1 was not deleted: they were admitted again.</translation>
        </message>
        <message>
            <source>Inscription de %1 supprimée.</source>
            <translation>Registration of %1 deleted.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Bienvenue dans itday</source>
            <extracomment>« Créer la première édition… » « Ouvrir la démonstration » « Ouvrir une autre base… »</extracomment>
            <translation>Welcome to itday</translation>
        </message>
        <message>
            <source>Cette base ne contient encore aucune édition. Commencez par créer celle du salon : son nom, sa date et son lieu ; le hall, les exposants et les visiteurs viendront ensuite.</source>
            <translation>This database holds no edition yet. Start by creating the show's: its name, date and venue; the hall, exhibitors and visitors come next.</translation>
        </message>
        <message>
            <source>Créer la première édition…</source>
            <translation>Create the first edition…</translation>
        </message>
        <message>
            <source>Découvrir avec la démonstration</source>
            <translation>Try the demo</translation>
        </message>
        <message>
            <source>Ouvre une base à part, remplie d'un salon fictif (stands, exposants, visiteurs) pour essayer sans risque</source>
            <translation>Opens a separate database filled with a made-up show (booths, exhibitors, visitors) to try things safely</translation>
        </message>
        <message>
            <source>Ouvrir une autre base…</source>
            <translation>Open another database…</translation>
        </message>
        <message>
            <source>Base : %1</source>
            <translation>Database: %1</translation>
        </message>
    </context>
    <context>
        <name>_CountView</name>
        <message>
            <source>Choisissez la salle</source>
            <translation>Choose the room</translation>
        </message>
        <message>
            <source>Aucune séance en cours</source>
            <translation>No session under way</translation>
        </message>
        <message>
            <source>Presque complète</source>
            <translation>Almost full</translation>
        </message>
        <message>
            <source>Salle complète</source>
            <translation>Room full</translation>
        </message>
    </context>
    <context>
        <name>_FolderField</name>
        <message>
            <source>Parcourir…</source>
            <translation>Browse…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Plan</source>
            <translation>Floor plan</translation>
        </message>
        <message>
            <source>Exposants</source>
            <translation>Exhibitors</translation>
        </message>
        <message>
            <source>Visiteurs</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Accueil</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Statistiques</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Talks</translation>
        </message>
        <message>
            <source>Le plan du hall arrive bientôt : placement, numérotation et attribution des stands.</source>
            <translation>The hall plan is coming soon: booth layout, numbering and assignment.</translation>
        </message>
        <message>
            <source>La gestion des exposants arrive bientôt : fiches, stands, listes imprimées.</source>
            <translation>Exhibitor management is coming soon: records, booths, printed lists.</translation>
        </message>
        <message>
            <source>La gestion des visiteurs arrive bientôt : import, badges, inscriptions sur place.</source>
            <translation>Visitor management is coming soon: import, badges, walk-in registration.</translation>
        </message>
        <message>
            <source>L'accueil arrive bientôt : scan des badges par webcam ou douchette.</source>
            <translation>Check-in is coming soon: badge scanning with a webcam or a barcode scanner.</translation>
        </message>
        <message>
            <source>Les statistiques arrivent bientôt : arrivées, catégories, export.</source>
            <translation>Statistics are coming soon: arrivals, categories, export.</translation>
        </message>
        <message>
            <source>Le programme des salles arrive bientôt : salles, séances, affluence.</source>
            <translation>The talks programme is coming soon: rooms, sessions, attendance.</translation>
        </message>
    </context>
    <context>
        <name>checkin</name>
        <message>
            <source>ré-entrée autorisée</source>
            <extracomment>the re-entry rules' names (French, marked for translation; the command line's values)
----------
why, by reason: the one name of each refusal (and of the re-entry rule applied)</extracomment>
            <translation>re-entry allowed</translation>
        </message>
        <message>
            <source>pas de ré-entrée</source>
            <translation>no re-entry</translation>
        </message>
        <message>
            <source>ré-entrée après une sortie scannée</source>
            <translation>re-entry after a scanned exit</translation>
        </message>
        <message>
            <source>admis(e)</source>
            <extracomment>a re-entry that does not let the person in: refused (red) though already admitted One wording per answer, everywhere (issue 24.7): the screen's headline (in capitals), the Journal, the export's files and ``itday checkin`` all say the same words. French, marked for translation (context "checkin"); the documents' English is in ``core.doc_text``. what the scan came to, by result: admitted, already in, or refused (any refusal)</extracomment>
            <translation>admitted</translation>
        </message>
        <message>
            <source>déjà entré(e)</source>
            <translation>already in</translation>
        </message>
        <message>
            <source>refusé</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>sortie</source>
            <translation>exit</translation>
        </message>
        <message>
            <source>badge inconnu</source>
            <translation>unknown badge</translation>
        </message>
        <message>
            <source>billet inconnu</source>
            <translation>unknown ticket</translation>
        </message>
        <message>
            <source>code mal lu</source>
            <translation>code misread</translation>
        </message>
        <message>
            <source>badge d'une autre édition</source>
            <translation>badge of another edition</translation>
        </message>
        <message>
            <source>inscription annulée</source>
            <translation>registration cancelled</translation>
        </message>
        <message>
            <source>billet annulé / remboursé</source>
            <translation>ticket cancelled / refunded</translation>
        </message>
        <message>
            <source>ré-entrée après sortie</source>
            <translation>re-entry after exit</translation>
        </message>
        <message>
            <source>ré-entrée refusée</source>
            <translation>re-entry refused</translation>
        </message>
        <message>
            <source>sortie non scannée</source>
            <translation>exit not scanned</translation>
        </message>
        <message>
            <source>chercher le nom</source>
            <extracomment>what the desk does next, by reason (after the name: « code mal lu — rescannez »)</extracomment>
            <translation>look up the name</translation>
        </message>
        <message>
            <source>rescannez</source>
            <translation>scan again</translation>
        </message>
        <message>
            <source>voir l'organisation</source>
            <translation>see the organisers</translation>
        </message>
        <message>
            <source>une seule entrée</source>
            <translation>one entry only</translation>
        </message>
        <message>
            <source>la sortie n'a pas été scannée</source>
            <translation>the exit was not scanned</translation>
        </message>
        <message>
            <source>entrée validée</source>
            <extracomment>the whole answer in one line, by reason (by result when there is none): the name and what to do; ``itday checkin`` prints it, the Journal shows it</extracomment>
            <translation>entry granted</translation>
        </message>
        <message>
            <source>déjà entré(e) — ré-entrée autorisée</source>
            <translation>already in — re-entry allowed</translation>
        </message>
        <message>
            <source>déjà entré(e) — ré-entrée après sortie</source>
            <translation>already in — re-entry after exit</translation>
        </message>
        <message>
            <source>pas un badge itday</source>
            <translation>not an itday badge</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <source>fichier d'inscription</source>
            <translation>registration file</translation>
        </message>
        <message>
            <source>inscription sur place</source>
            <translation>walk-in registration</translation>
        </message>
        <message>
            <source>à l'accueil</source>
            <translation>at the desk</translation>
        </message>
        <message>
            <source>Accepte que les exposants reçoivent ses coordonnées</source>
            <translation>Agrees that exhibitors receive their details</translation>
        </message>
        <message>
            <source>Coordonnées aux exposants</source>
            <translation>Details to exhibitors</translation>
        </message>
        <message>
            <source>E-mail, téléphone et fonction. Sans accord, un exposant ne reçoit que ce que montre le badge (nom, société, catégorie). Non coché par défaut ; retirable à tout moment.</source>
            <translation>E-mail, phone and job title. Without consent, an exhibitor receives only what the badge shows (name, company, category). Unticked by default; can be withdrawn at any time.</translation>
        </message>
        <message>
            <source>Jamais demandé : rien n'est transmis aux exposants</source>
            <translation>Never asked: nothing goes to exhibitors</translation>
        </message>
        <message>
            <source>Accord donné le %1 (%2)</source>
            <translation>Consent given on %1 (%2)</translation>
        </message>
        <message>
            <source>Refusé ou retiré le %1 (%2)</source>
            <translation>Refused or withdrawn on %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>Le code doit comporter de 4 à 12 chiffres (0 à 9).</source>
            <translation>The PIN must have 4 to 12 digits (0 to 9).</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Numéro de colonne invalide : {index}</source>
            <extracomment>ticket types the organiser mapped to categories (folded type → category value)</extracomment>
            <translation>Invalid column number: {index}</translation>
        </message>
        <message>
            <source>La colonne n° {number} n'existe pas dans le fichier.</source>
            <translation>Column {number} does not exist in the file.</translation>
        </message>
        <message>
            <source>Champ inconnu dans la correspondance des colonnes : {name}</source>
            <translation>Unknown field in the column mapping: {name}</translation>
        </message>
        <message>
            <source>{name} n'est pas un fichier ordinaire (périphérique, tube) : donnez le fichier CSV ou XLSX exporté.</source>
            <extracomment>XLSX formula cells that were never computed (no saved value): (line, header) an import file larger than this is refused at once (100,000 registrations make 15 MB) ``keep(headers)``: the indexes of the columns whose cells an import needs (None: all); the others read as "" — a 20-column ticketing export whose 8 imported columns are kept holds less than half the strings in memory</extracomment>
            <translation>{name} is not a regular file (device, pipe): give the exported CSV or XLSX file.</translation>
        </message>
        <message>
            <source>{name} pèse {size} Mo, au-delà des {limit} Mo qu'un export d'inscriptions atteint : est-ce le bon fichier ?</source>
            <translation>{name} weighs {size} MB, beyond the {limit} MB a registrations export reaches: is it the right file?</translation>
        </message>
        <message>
            <source>Fichier introuvable : {path}</source>
            <translation>File not found: {path}</translation>
        </message>
        <message>
            <source>C'est un dossier, pas un fichier : {path}</source>
            <translation>This is a folder, not a file: {path}</translation>
        </message>
        <message>
            <source>Impossible de lire le fichier {name} : {reason}</source>
            <translation>Cannot read the file {name}: {reason}</translation>
        </message>
        <message>
            <source>Le fichier {name} est vide.</source>
            <translation>The file {name} is empty.</translation>
        </message>
        <message>
            <source>{name} est un ancien classeur Excel (.xls) : enregistrez-le en XLSX ou en CSV.</source>
            <translation>{name} is an old Excel workbook (.xls): save it as XLSX or CSV.</translation>
        </message>
        <message>
            <source>Le fichier {name} est vide (aucune ligne d'en-tête).</source>
            <translation>The file {name} is empty (no header line).</translation>
        </message>
        <message>
            <source>{name} : encodage du texte non reconnu (UTF-8 ou Windows-1252 attendu).</source>
            <translation>{name}: text encoding not recognised (UTF-8 or Windows-1252 expected).</translation>
        </message>
        <message>
            <source>{name}, ligne {line} : un guillemet (") ouvre une cellule qui n'est jamais fermée ; corrigez cette ligne puis réimportez.</source>
            <translation>{name}, line {line}: a quote (") opens a cell that is never closed; fix this line, then import again.</translation>
        </message>
        <message>
            <source>{name}, ligne {line} : un guillemet (") ouvre une cellule qui englobe {count} ligne(s) suivante(s) ; corrigez les guillemets de cette ligne puis réimportez.</source>
            <translation>{name}, line {line}: a quote (") opens a cell that swallows the next {count} line(s); fix the quotes on this line, then import again.</translation>
        </message>
        <message>
            <source>{name} contient un caractère nul (octet 0) à la ligne {line} : le fichier est abîmé ; ré-exportez-le en CSV depuis le tableur ou le service de billetterie.</source>
            <translation>{name} holds a NUL character (byte 0) on line {line}: the file is damaged; export it again as CSV from the spreadsheet or the ticketing service.</translation>
        </message>
        <message>
            <source>{name} n'est ni un fichier CSV ni un classeur XLSX.</source>
            <translation>{name} is neither a CSV file nor an XLSX workbook.</translation>
        </message>
        <message>
            <source>{name} : fichier CSV illisible ({reason}).</source>
            <translation>{name}: unreadable CSV file ({reason}).</translation>
        </message>
        <message>
            <source>{name} : fichier trop volumineux.</source>
            <translation>{name}: file too large.</translation>
        </message>
        <message>
            <source>{name} : classeur XLSX endommagé ou illisible.</source>
            <translation>{name}: damaged or unreadable XLSX workbook.</translation>
        </message>
        <message>
            <source>{name} est un classeur OpenDocument (.ods) : enregistrez-le en XLSX ou en CSV.</source>
            <translation>{name} is an OpenDocument workbook (.ods): save it as XLSX or CSV.</translation>
        </message>
        <message>
            <source>{name} : le classeur ne contient aucune feuille.</source>
            <translation>{name}: the workbook has no sheet.</translation>
        </message>
        <message>
            <source>Aucune colonne de nom reconnue (attendu : Nom, Prénom ou Nom complet). Colonnes du fichier : {found}.</source>
            <translation>No name column recognised (expected: Last name, First name or Full name). Columns in the file: {found}.</translation>
        </message>
        <message>
            <source>Aucune colonne de nom reconnue (attendu : Société ou Nom). Colonnes du fichier : {found}.</source>
            <translation>No name column recognised (expected: Company or Name). Columns in the file: {found}.</translation>
        </message>
        <message>
            <source>{name} ressemble à un fichier d'inscriptions (colonnes {columns}) et non à une liste d'exposants : importez-le avec « itday import visitors » (Visiteurs → Importer).</source>
            <translation>{name} looks like a registrations file (columns {columns}), not a list of exhibitors: import it with “itday import visitors” (Visiteurs → Import).</translation>
        </message>
        <message>
            <source>{name} ressemble à une liste d'exposants (colonnes {columns}) : aucune colonne de nom de personne ; importez-le avec « itday import exhibitors » (Exposants → Importer).</source>
            <translation>{name} looks like a list of exhibitors (columns {columns}): no column holds a person's name; import it with “itday import exhibitors” (Exposants → Import).</translation>
        </message>
        <message>
            <source>« {pair} » : attendu TYPE=CATÉGORIE, par ex. « Étudiant=Visiteur » (catégories : {names}).</source>
            <extracomment>between the order numbers of one person registered by several orders</extracomment>
            <translation>“{pair}”: expected TYPE=CATEGORY, e.g. “Student=Visitor” (categories: {names}).</translation>
        </message>
        <message>
            <source>« {pair} » : attendu STATUT=annulé ou STATUT=inscrit, par ex. « Pending=annulé ».</source>
            <translation>“{pair}”: expected STATUS=annulé or STATUS=inscrit, e.g. “Pending=annulé”.</translation>
        </message>
        <message>
            <source>« {pair} » : attendu EN-TÊTE=CHAMP, par ex. « Référence billet=Code du billet » (champs : {names} ; « ignorer » pour laisser la colonne).</source>
            <translation>“{pair}”: expected HEADER=FIELD, e.g. “Ticket ref=Code du billet” (fields: {names}; “ignorer” to leave the column out).</translation>
        </message>
        <message>
            <source>Participant n° {attendee_id} introuvable (supprimé entre-temps ?).</source>
            <extracomment>fields a person's record can be edited on (the badge code and check-in are not editable)</extracomment>
            <translation>Attendee no. {attendee_id} not found (deleted meanwhile?).</translation>
        </message>
        <message>
            <source>Il faut au moins un prénom ou un nom.</source>
            <translation>A first name or a last name is required.</translation>
        </message>
        <message>
            <source>Catégorie inconnue : {category}</source>
            <translation>Unknown category: {category}</translation>
        </message>
        <message>
            <source>{path} a les tables d'itday mais pas un numéro de version unique (table alembic_version absente ou doublée) : elle n'a pas été modifiée ; restaurez une sauvegarde (itday restore) ou choisissez une autre base (--db).</source>
            <translation>{path} has itday's tables but no single version number (table alembic_version missing or doubled): it was not changed; restore a backup (itday restore) or choose another database (--db).</translation>
        </message>
        <message>
            <source>La base {where} est sur un support en lecture seule (clé verrouillée, CD, partage protégé) : itday écrit à côté d'elle ; copiez-la sur cet ordinateur ou déverrouillez le support, puis recommencez (--db).</source>
            <translation>The database {where} is on a read-only medium (locked key, CD, protected share): itday writes beside it; copy it onto this computer or unlock the medium, then try again (--db).</translation>
        </message>
        <message>
            <source>La base {where} ou son dossier est protégé en écriture : itday doit y écrire (la base et son journal) ; donnez-vous ce droit ou copiez la base ailleurs, puis recommencez (--db).</source>
            <translation>The database {where} or its folder is write-protected: itday must write there (the database and its journal); get that right or copy the database elsewhere, then try again (--db).</translation>
        </message>
        <message>
            <source>La base {where} est endommagée ou n'est pas une base itday : restaurez une sauvegarde ou choisissez un autre fichier (--db).</source>
            <translation>The database {where} is damaged or is not an itday database: restore a backup or choose another file (--db).</translation>
        </message>
        <message>
            <source>La base {where} est en lecture seule : vérifiez les droits du fichier et de son dossier, ou copiez-la ailleurs.</source>
            <translation>The database {where} is read-only: check the permissions of the file and its folder, or copy it elsewhere.</translation>
        </message>
        <message>
            <source>Le disque de la base {where} est plein : libérez de la place puis recommencez.</source>
            <translation>The disk of the database {where} is full: free some space, then try again.</translation>
        </message>
        <message>
            <source>La base {where} est verrouillée par un autre programme : fermez-le ou réessayez dans un instant.</source>
            <translation>The database {where} is locked by another program: close it or try again in a moment.</translation>
        </message>
        <message>
            <source>Impossible d'ouvrir la base {where} : le dossier existe-t-il et est-il accessible ?</source>
            <translation>Cannot open the database {where}: does the folder exist, and is it accessible?</translation>
        </message>
        <message>
            <source>Erreur de la base {where} : {detail}</source>
            <translation>Database error ({where}): {detail}</translation>
        </message>
        <message>
            <source>La base {path} n'existe pas : vérifiez --db, ou créez-la avec « itday init » ou « itday demo ».</source>
            <translation>The database {path} does not exist: check --db, or create it with “itday init” or “itday demo”.</translation>
        </message>
        <message>
            <source>{path} est une base SQLite d'un autre programme, pas une base itday : elle n'a pas été modifiée ; choisissez une base itday (--db).</source>
            <translation>{path} is another program's SQLite database, not an itday database: it was not changed; choose an itday database (--db).</translation>
        </message>
        <message>
            <source>{path} est un fichier vide, pas une base itday : il n'a pas été modifié ; choisissez une base itday (--db), ou créez-en une avec « itday init ».</source>
            <translation>{path} is an empty file, not an itday database: it was not changed; choose an itday database (--db), or create one with “itday init”.</translation>
        </message>
        <message>
            <source>Le journal de la base {where} a été supprimé par un autre programme : ce qui était enregistré est dans la base, qui a été rouverte ; rien n'est perdu.</source>
            <translation>The journal of the database {where} was deleted by another program: what was saved is in the database, which was reopened; nothing is lost.</translation>
        </message>
        <message>
            <source>Le journal de la base {where} a été supprimé par un autre programme pendant cette opération : elle n'a pas été enregistrée ; recommencez (la base sera rouverte).</source>
            <translation>The journal of the database {where} was deleted by another program during this operation: it was not saved; do it again (the database will be reopened).</translation>
        </message>
        <message>
            <source>La base {where} est occupée par une autre opération de cette fenêtre : réessayez dans un instant.</source>
            <translation>The database {where} is busy with another operation of this window: try again in a moment.</translation>
        </message>
        <message>
            <source>{path} est un dossier, pas une base : donnez un fichier.</source>
            <extracomment>``app_setting`` key of the database's identity (made when it is first opened for writing) how long ``close()`` waits for other processes' readers before truncating the WAL databases of this process not closed yet (``close_all`` at exit folds their WAL) a commit whose WAL pages a reader kept out of the main file (retried at the next)</extracomment>
            <translation>{path} is a folder, not a database: give a file.</translation>
        </message>
        <message>
            <source>Impossible de créer le dossier {folder} : {reason}.</source>
            <translation>Cannot create the folder {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Impossible de créer la base dans {folder} : dossier en lecture seule.</source>
            <translation>Cannot create the database in {folder}: the folder is read-only.</translation>
        </message>
        <message>
            <source>{path} n'est pas une base SQLite (fichier endommagé ou d'un autre programme) : choisissez un autre fichier (--db).</source>
            <translation>{path} is not an SQLite database (damaged, or another program's file): choose another file (--db).</translation>
        </message>
        <message>
            <source>Adresse de base invalide « {url} » : {reason}</source>
            <translation>Invalid database address “{url}”: {reason}</translation>
        </message>
        <message>
            <source>La base {where} a été écrite par une version plus récente d'itday (schéma {schema}) : mettez itday à jour pour l'ouvrir.</source>
            <translation>The database {where} was written by a newer version of itday (schema {schema}): update itday to open it.</translation>
        </message>
        <message>
            <source>La sauvegarde par copie ne vaut que pour une base SQLite : pour PostgreSQL, utilisez pg_dump.</source>
            <extracomment>the name every backup had before backups were named after their database a ``.part`` older than this is a copy that was killed: the next backup removes it how long a restore waits for the base before saying who holds it</extracomment>
            <translation>Backup by copy only works for an SQLite database: for PostgreSQL, use pg_dump.</translation>
        </message>
        <message>
            <source>Impossible de créer le dossier de sauvegarde {folder} : un fichier porte son nom ou celui d'un dossier au-dessus ; choisissez un autre dossier.</source>
            <translation>Cannot create the backup folder {folder}: a file has its name or the name of a folder above it; choose another folder.</translation>
        </message>
        <message>
            <source>La copie vers {where} a échoué : le disque est plein ; libérez de la place ou choisissez un autre dossier. Rien d'autre n'a changé.</source>
            <translation>The copy to {where} failed: the disk is full; free some space or choose another folder. Nothing else changed.</translation>
        </message>
        <message>
            <source>La copie vers {where} a échoué : le dossier ou son support est en lecture seule ; choisissez un autre dossier. Rien d'autre n'a changé.</source>
            <translation>The copy to {where} failed: the folder or its medium is read-only; choose another folder. Nothing else changed.</translation>
        </message>
        <message>
            <source>La copie vers {where} a échoué : le fichier n'a pas pu être écrit (support retiré, dossier inaccessible ?). Rien d'autre n'a changé.</source>
            <translation>The copy to {where} failed: the file could not be written (medium removed, folder out of reach?). Nothing else changed.</translation>
        </message>
        <message>
            <source>La sauvegarde {target} est incohérente : la base copiée est endommagée.</source>
            <translation>The backup {target} is inconsistent: the database copied is damaged.</translation>
        </message>
        <message>
            <source>La base {path} n'existe pas : rien à sauvegarder.</source>
            <translation>The database {path} does not exist: nothing to back up.</translation>
        </message>
        <message>
            <source>{path} n'est pas une sauvegarde itday : choisissez un fichier de {folder}, ou une copie faite par « itday backup ».</source>
            <extracomment>an older schema: brought up to date on a working copy before it goes in the base's content before the restore (None when there was no base) the base failed its own check: ``safety`` is the ``…-corrompue-…`` copy the backup's schema was brought up to date</extracomment>
            <translation>{path} is not an itday backup: choose a file in {folder}, or a copy made by “itday backup”.</translation>
        </message>
        <message>
            <source>La sauvegarde {path} n'existe pas : vérifiez son nom et son dossier.</source>
            <translation>The backup {path} does not exist: check its name and its folder.</translation>
        </message>
        <message>
            <source>{path} est un dossier : donnez le fichier de la sauvegarde.</source>
            <translation>{path} is a folder: give the backup's file.</translation>
        </message>
        <message>
            <source>{path} est la base elle-même : choisissez une sauvegarde.</source>
            <translation>{path} is the database itself: choose a backup.</translation>
        </message>
        <message>
            <source>La sauvegarde {path} est endommagée : elle n'a pas été restaurée ; choisissez-en une autre.</source>
            <translation>The backup {path} is damaged: it was not restored; choose another one.</translation>
        </message>
        <message>
            <source>La sauvegarde {path} est endommagée (contrôle d'intégrité : 1 problème) : elle n'a pas été restaurée ; choisissez-en une autre.</source>
            <translation>The backup {path} is damaged (integrity check: 1 problem): it was not restored; choose another one.</translation>
        </message>
        <message>
            <source>La sauvegarde {path} est endommagée (contrôle d'intégrité : {n} problèmes) : elle n'a pas été restaurée ; choisissez-en une autre.</source>
            <translation>The backup {path} is damaged (integrity check: {n} problems): it was not restored; choose another one.</translation>
        </message>
        <message>
            <source>La sauvegarde {path} vient d'une version plus récente d'itday (schéma {schema}) : elle n'a pas été restaurée ; mettez itday à jour d'abord.</source>
            <translation>The backup {path} comes from a newer version of itday (schema {schema}): it was not restored; update itday first.</translation>
        </message>
        <message>
            <source>{path} n'est pas une base itday : la restauration ne l'écrase pas.</source>
            <translation>{path} is not an itday database: restoring does not overwrite it.</translation>
        </message>
        <message>
            <source>La base {path} est ouverte par un autre programme (fenêtre d'itday, borne, ou poste d'accueil « itday checkin » ; postes actifs ces 30 dernières minutes : {stations}) : fermez-les, puis recommencez la restauration ; rien n'a changé.</source>
            <translation>The database {path} is open in another program (an itday window, the kiosk, or a check-in desk “itday checkin”; desks active in the last 30 minutes: {stations}): close them, then restore again; nothing changed.</translation>
        </message>
        <message>
            <source>La base {path} est ouverte par un autre programme (fenêtre d'itday, borne, ou poste d'accueil « itday checkin ») : fermez-les, puis recommencez la restauration ; rien n'a changé.</source>
            <translation>The database {path} is open in another program (an itday window, the kiosk, or a check-in desk “itday checkin”): close them, then restore again; nothing changed.</translation>
        </message>
        <message>
            <source>La sauvegarde {path} n'a pas pu être mise au schéma actuel : elle n'a pas été restaurée ; choisissez-en une autre.</source>
            <translation>The backup {path} could not be brought up to the current schema: it was not restored; choose another one.</translation>
        </message>
        <message>
            <source>La sauvegarde {path} est celle d'une autre base que {base} : rien n'a changé ; confirmez pour remplacer quand même cette base.</source>
            <translation>The backup {path} is of another database than {base}: nothing changed; confirm to replace this database anyway.</translation>
        </message>
        <message>
            <source>La restauration dans {path} n'a pas pu écrire la base (disque plein, support en lecture seule ou retiré ?) : la base n'a pas changé.</source>
            <translation>Restoring into {path} could not write the database (disk full, read-only or removed medium?): the database did not change.</translation>
        </message>
        <message>
            <source>Aucune édition n° {event_id} dans cette base.</source>
            <translation>No edition no. {event_id} in this database.</translation>
        </message>
        <message>
            <source>Aucun badge à imprimer avec ces critères.</source>
            <translation>No badge to print with these criteria.</translation>
        </message>
        <message>
            <source>Le dossier {out} contient une base de données ({name}) : un export ne s'écrit jamais à côté d'une base ; choisissez un dossier nouveau ou vide.</source>
            <extracomment>the contacts exhibitors made at their stand (issue 25): who met whom, how it went; the person's details are in attendees.csv (and go to a stand only with consent)</extracomment>
            <translation>The folder {out} holds a database ({name}): an export is never written beside a database; choose a new or empty folder.</translation>
        </message>
        <message>
            <source>Le dossier {out} contient déjà des fichiers qui ne sont pas un export itday (par exemple {name}) : choisissez un dossier nouveau ou vide.</source>
            <translation>The folder {out} already holds files that are not an itday export (for example {name}): choose a new or empty folder.</translation>
        </message>
        <message>
            <source>Le fichier {name} est ouvert dans un autre programme (Excel, un lecteur PDF ?) : fermez-le puis recommencez.</source>
            <extracomment>every temporary name itday makes in a user's folder starts with this a temporary file older than this is left from a killed run, whatever its process number Windows: tries of a rename over a file another program holds open, and the pauses the mark itday writes into its images (PNG ``tEXt`` / JPEG comment « Software ») the first bytes of each kind, and what says that itday wrote it (in the first 4 KB) any regular file that is not a database (a text report whose name the user confirmed) the mode of a file the user writes (``mkstemp`` makes 0600: others could not read a PDF)</extracomment>
            <translation>The file {name} is open in another program (Excel, a PDF reader?): close it, then try again.</translation>
        </message>
        <message>
            <source>Le dossier {out} contient déjà l'export d'une autre édition (n° {other_id} « {other_name} ») : choisissez un autre dossier, ou remplacez-le.</source>
            <extracomment>cancelled registrations among ``rows["attendees"]`` (exported, marked cancelled) the name of the database copy (None when there is none)</extracomment>
            <translation>The folder {out} already holds the export of another edition (no. {other_id} “{other_name}”): choose another folder, or replace it.</translation>
        </message>
        <message>
            <source>{out} est un fichier : donnez un dossier pour l'export.</source>
            <translation>{out} is a file: give a folder for the export.</translation>
        </message>
        <message>
            <source>Impossible d'écrire dans le dossier {out} ({reason}) : choisissez un dossier accessible en écriture.</source>
            <extracomment>staging folders of earlier versions (no process number in the name): by their age only</extracomment>
            <translation>Cannot write in the folder {out} ({reason}): choose a writable folder.</translation>
        </message>
        <message>
            <source>Export annulé : le dossier n'a pas été modifié.</source>
            <extracomment>an anonymised report names no company with fewer visitors than this (k-anonymity: "1 / 0" beside a company may be one person's name — a freelance, a one-person firm) characters XML 1.0 cannot hold (a spreadsheet would call the file damaged)</extracomment>
            <translation>Export cancelled: the folder was not changed.</translation>
        </message>
        <message>
            <source>L'export dans {out} a échoué ({reason}) : disque plein ou dossier retiré ?</source>
            <translation>The export to {out} failed ({reason}): disk full or folder removed?</translation>
        </message>
        <message>
            <source>Cette édition n'a pas encore de hall : dessinez-le dans la page Plan.</source>
            <translation>This edition has no hall yet: draw it on the Floor plan page.</translation>
        </message>
        <message>
            <source>Impossible d'ouvrir la copie locale du poste {path} : {reason}</source>
            <extracomment>the reasons of a re-entry that let the person in again (an admission has none)</extracomment>
            <translation>Cannot open the desk's local copy {path}: {reason}</translation>
        </message>
        <message>
            <source>La copie locale {path} a des scans en attente pour une autre base ({source}) : utilisez un autre dossier hors ligne.</source>
            <translation>The local copy {path} has scans waiting for another database ({source}): use another offline folder.</translation>
        </message>
        <message>
            <source>Base partagée injoignable ({reason}) et aucune copie locale pour ce poste : connectez-le une première fois au réseau.</source>
            <translation>Shared database unreachable ({reason}) and no local copy for this desk: connect it to the network once first.</translation>
        </message>
        <message>
            <source>La base partagée ne contient aucune édition.</source>
            <translation>The shared database holds no edition.</translation>
        </message>
        <message>
            <source>Taille invalide « {size} » : attendu LARGEURxHAUTEUR, par ex. 1600x900.</source>
            <translation>Invalid size “{size}”: expected WIDTHxHEIGHT, e.g. 1600x900.</translation>
        </message>
        <message>
            <source>Aucun code organisateur : la borne ne s'ouvre pas sans le code qui la fait quitter. Choisissez-en un à l'ouverture, ou avec « itday pin --set ».</source>
            <translation>No organiser PIN: the kiosk does not open without the PIN that closes it. Choose one when it opens, or with “itday pin --set”.</translation>
        </message>
        <message>
            <source>Impossible d'écrire la capture {path} (dossier ou format ?).</source>
            <translation>Cannot write the screenshot {path} (folder or format?).</translation>
        </message>
        <message>
            <source>Le nom de l'exposant est obligatoire.</source>
            <extracomment>the fields a user edits on an exhibitor's form</extracomment>
            <translation>The exhibitor's name is required.</translation>
        </message>
        <message>
            <source>Exposant n° {number} introuvable (supprimé entre-temps ?).</source>
            <translation>Exhibitor no. {number} not found (deleted meanwhile?).</translation>
        </message>
        <message>
            <source>Cet exposant existe déjà : rien à restaurer.</source>
            <translation>This exhibitor already exists: nothing to restore.</translation>
        </message>
        <message>
            <source>Indiquez au moins le prénom ou le nom de la personne.</source>
            <translation>Give at least the person's first or last name.</translation>
        </message>
        <message>
            <source>Adresse e-mail invalide : « {email} ».</source>
            <translation>Invalid e-mail address: “{email}”.</translation>
        </message>
        <message>
            <source>Personne n° {number} introuvable (supprimée entre-temps ?).</source>
            <translation>Person no. {number} not found (deleted meanwhile?).</translation>
        </message>
        <message>
            <source>Cette personne existe déjà : rien à restaurer.</source>
            <translation>This person already exists: nothing to restore.</translation>
        </message>
        <message>
            <source>Ce code de badge a été réattribué : restauration impossible.</source>
            <translation>This badge code was given to someone else: cannot restore.</translation>
        </message>
        <message>
            <source>Document inconnu « {kind} » (au choix : {choices}).</source>
            <extracomment>document kinds: key → French title (file names and dialogs)</extracomment>
            <translation>Unknown document “{kind}” (choose from: {choices}).</translation>
        </message>
        <message>
            <source>Aucun stand attribué : pas de panneau à imprimer.</source>
            <translation>No booth assigned: no sign to print.</translation>
        </message>
        <message>
            <source>Cette édition n'a aucun exposant : rien à imprimer.</source>
            <translation>This edition has no exhibitor: nothing to print.</translation>
        </message>
        <message>
            <source>PDF illisible « {name} » : fichier introuvable.</source>
            <translation>Unreadable PDF “{name}”: file not found.</translation>
        </message>
        <message>
            <source>PDF illisible « {name} » : ce n'est pas un PDF valide.</source>
            <translation>Unreadable PDF “{name}”: not a valid PDF.</translation>
        </message>
        <message>
            <source>PDF illisible « {name} » : il est protégé par un mot de passe.</source>
            <translation>Unreadable PDF “{name}”: it is password-protected.</translation>
        </message>
        <message>
            <source>PDF illisible « {name} » : la page {page} ne peut pas être rendue.</source>
            <translation>Unreadable PDF “{name}”: page {page} cannot be rendered.</translation>
        </message>
        <message>
            <source>PDF illisible « {name} » : image de page illisible.</source>
            <translation>Unreadable PDF “{name}”: unreadable page image.</translation>
        </message>
        <message>
            <source>Rendu du PDF impossible : ni le module QtPdf de PySide6 ni l'outil pdftoppm (poppler-utils) ne sont disponibles.</source>
            <translation>Cannot render the PDF: neither PySide6's QtPdf module nor the pdftoppm tool (poppler-utils) is available.</translation>
        </message>
        <message>
            <source>Le PDF « {name} » n'a qu'une page : pas de page {page}.</source>
            <translation>The PDF “{name}” has only one page: no page {page}.</translation>
        </message>
        <message>
            <source>Le PDF « {name} » n'a que {count} pages : pas de page {page}.</source>
            <translation>The PDF “{name}” has only {count} pages: no page {page}.</translation>
        </message>
        <message>
            <source>Le module QtPdf de PySide6 n'est pas installé.</source>
            <translation>PySide6's QtPdf module is not installed.</translation>
        </message>
        <message>
            <source>L'outil pdftoppm (poppler-utils) est introuvable.</source>
            <translation>The pdftoppm tool (poppler-utils) was not found.</translation>
        </message>
        <message>
            <source>Impossible d'écrire l'image « {out} ».</source>
            <translation>Cannot write the image “{out}”.</translation>
        </message>
        <message>
            <source>L'imprimante refuse le travail (hors ligne ou sans papier ?).</source>
            <translation>The printer refuses the job (offline or out of paper?).</translation>
        </message>
        <message>
            <source>L'édition « {name} » du {date} existe déjà (n° {event_id}) : travaillez dessus, ou donnez un autre nom ou une autre date.</source>
            <translation>The edition “{name}” of {date} already exists (no. {event_id}): work on it, or give another name or another date.</translation>
        </message>
        <message>
            <source>Aucune édition n° {event_id} à reprendre dans cette base.</source>
            <translation>No edition no. {event_id} to carry over in this database.</translation>
        </message>
        <message>
            <source>Donnez un nom à l'édition, par exemple « Innovation IT Day 2017 ».</source>
            <translation>Give the edition a name, for example “Innovation IT Day 2017”.</translation>
        </message>
        <message>
            <source>L'heure d'ouverture ({opens}) doit précéder celle de fermeture ({closes}).</source>
            <translation>The opening time ({opens}) must come before the closing time ({closes}).</translation>
        </message>
        <message>
            <source>L'imprimante « {printer} » est en pause : le badge sortira quand elle sera remise en route.</source>
            <translation>Printer “{printer}” is paused: the badge will come out when it is resumed.</translation>
        </message>
        <message>
            <source>L'imprimante « {printer} » est éteinte ou débranchée : allumez-la ou rebranchez-la ; le badge attend dans sa file.</source>
            <translation>Printer “{printer}” is off or unplugged: switch it on or plug it back in; the badge is waiting in its queue.</translation>
        </message>
        <message>
            <source>L'imprimante « {printer} » n'a plus d'étiquettes ou de papier : rechargez-la ; le badge attend dans sa file.</source>
            <translation>Printer “{printer}” is out of labels or paper: reload it; the badge is waiting in its queue.</translation>
        </message>
        <message>
            <source>Bourrage sur l'imprimante « {printer} » : dégagez les étiquettes ; le badge attend dans sa file.</source>
            <translation>Paper jam on printer “{printer}”: clear the labels; the badge is waiting in its queue.</translation>
        </message>
        <message>
            <source>Le capot de l'imprimante « {printer} » est ouvert : fermez-le ; le badge attend dans sa file.</source>
            <translation>The cover of printer “{printer}” is open: close it; the badge is waiting in its queue.</translation>
        </message>
        <message>
            <source>L'imprimante « {printer} » est arrêtée ({detail}) : le badge attend dans sa file.</source>
            <translation>Printer “{printer}” is stopped ({detail}): the badge is waiting in its queue.</translation>
        </message>
        <message>
            <source>Le badge attend encore dans la file de l'imprimante « {printer} » (travail {job}).</source>
            <translation>The badge is still waiting in the queue of printer “{printer}” (job {job}).</translation>
        </message>
        <message>
            <source>L'imprimante « {printer} » refuse les travaux : réactivez-la (cupsaccept) ou choisissez-en une autre, puis Réessayer.</source>
            <translation>Printer “{printer}” refuses jobs: enable it again (cupsaccept) or choose another one, then Retry.</translation>
        </message>
        <message>
            <source>Imprimante « {printer} » inconnue du serveur d'impression : choisissez l'imprimante des badges dans les réglages du poste, puis Réessayer.</source>
            <translation>Printer “{printer}” is unknown to the print server: choose the badge printer in the desk's settings, then Retry.</translation>
        </message>
        <message>
            <source>Aucune imprimante de badges : choisissez-en une dans les réglages du poste, puis Réessayer.</source>
            <translation>No badge printer: choose one in the station's settings, then Retry.</translation>
        </message>
        <message>
            <source>Serveur d'impression injoignable ({detail}) : vérifiez que CUPS tourne, puis Réessayer.</source>
            <translation>Print server unreachable ({detail}): check that CUPS is running, then Retry.</translation>
        </message>
        <message>
            <source>Le serveur d'impression demande un mot de passe pour « {printer} » : autorisez l'impression sans authentification sur ce poste, puis Réessayer.</source>
            <translation>The print server asks for a password for “{printer}”: allow printing without authentication on this desk, then Retry.</translation>
        </message>
        <message>
            <source>L'imprimante « {printer} » refuse le badge ({detail}) : Réessayer, ou choisir une autre imprimante.</source>
            <translation>Printer “{printer}” refused the badge ({detail}): Retry, or choose another printer.</translation>
        </message>
        <message>
            <source>L'impression du badge a échoué sur « {printer} » ({detail}) : Réessayer.</source>
            <translation>Printing the badge failed on “{printer}” ({detail}): Retry.</translation>
        </message>
        <message>
            <source>Le travail du badge a été annulé sur l'imprimante « {printer} » : Réessayer pour l'imprimer.</source>
            <translation>The badge's job was cancelled on printer “{printer}”: Retry to print it.</translation>
        </message>
        <message>
            <source>Le badge n'a pas pu être préparé ({detail}) : Réessayer.</source>
            <translation>The badge could not be prepared ({detail}): Retry.</translation>
        </message>
        <message>
            <source>Le badge n'a pas encore été envoyé à l'imprimante : Réessayer.</source>
            <translation>The badge has not been sent to the printer yet: Retry.</translation>
        </message>
        <message>
            <source>Badge imprimé sur « {printer} ».</source>
            <translation>Badge printed on “{printer}”.</translation>
        </message>
        <message>
            <source>Badge en impression sur « {printer} »…</source>
            <translation>Printing the badge on “{printer}”…</translation>
        </message>
        <message>
            <source>Badge déjà imprimé (retrait la veille, lot ou arrivée) : pas de nouvel exemplaire ; Réimprimer si la personne ne l'a pas.</source>
            <translation>Badge already printed (picked up the day before, batch or arrival): no new copy; Reprint if the person does not have it.</translation>
        </message>
        <message>
            <source>accès refusé</source>
            <extracomment>the Qt Linguist context of the messages</extracomment>
            <translation>access denied</translation>
        </message>
        <message>
            <source>support en lecture seule</source>
            <translation>read-only medium</translation>
        </message>
        <message>
            <source>disque plein</source>
            <extracomment>SQLite's messages (lower case, as found in them) → the reason in French</extracomment>
            <translation>disk full</translation>
        </message>
        <message>
            <source>quota du disque atteint</source>
            <translation>disk quota reached</translation>
        </message>
        <message>
            <source>fichier trop gros pour ce support</source>
            <translation>file too large for this medium</translation>
        </message>
        <message>
            <source>nom trop long</source>
            <translation>name too long</translation>
        </message>
        <message>
            <source>un fichier de ce nom existe déjà</source>
            <translation>a file of that name already exists</translation>
        </message>
        <message>
            <source>fichier ou dossier introuvable</source>
            <translation>no such file or folder</translation>
        </message>
        <message>
            <source>un élément du chemin n'est pas un dossier</source>
            <translation>a part of the path is not a folder</translation>
        </message>
        <message>
            <source>c'est un dossier, pas un fichier</source>
            <translation>it is a folder, not a file</translation>
        </message>
        <message>
            <source>dossier non vide</source>
            <translation>folder not empty</translation>
        </message>
        <message>
            <source>fichier utilisé par un autre programme</source>
            <translation>file in use by another program</translation>
        </message>
        <message>
            <source>déplacement impossible d'un disque à un autre</source>
            <translation>cannot move from one disk to another</translation>
        </message>
        <message>
            <source>erreur de lecture ou d'écriture du disque (support retiré ?)</source>
            <translation>disk read or write error (medium removed?)</translation>
        </message>
        <message>
            <source>périphérique absent</source>
            <translation>device missing</translation>
        </message>
        <message>
            <source>nom ou valeur refusé par le système</source>
            <translation>name or value refused by the system</translation>
        </message>
        <message>
            <source>trop de fichiers ouverts</source>
            <translation>too many open files</translation>
        </message>
        <message>
            <source>lien symbolique en boucle</source>
            <translation>symbolic link loop</translation>
        </message>
        <message>
            <source>erreur du système (code {number})</source>
            <translation>system error (code {number})</translation>
        </message>
        <message>
            <source>base en lecture seule</source>
            <translation>read-only database</translation>
        </message>
        <message>
            <source>base verrouillée par un autre programme</source>
            <translation>database locked by another program</translation>
        </message>
        <message>
            <source>fichier de la base impossible à ouvrir</source>
            <translation>cannot open the database file</translation>
        </message>
        <message>
            <source>ce fichier n'est pas une base de données</source>
            <translation>this file is not a database</translation>
        </message>
        <message>
            <source>base endommagée</source>
            <translation>damaged database</translation>
        </message>
        <message>
            <source>ce n'est pas une base itday</source>
            <translation>not an itday database</translation>
        </message>
        <message>
            <source>erreur de la base de données</source>
            <translation>database error</translation>
        </message>
        <message>
            <source>{path} existe déjà et n'est pas un fichier {kind} écrit par itday : il est laissé tel quel ; choisissez un autre nom.</source>
            <translation>{path} already exists and is not a {kind} file written by itday: it is left as it is; choose another name.</translation>
        </message>
        <message>
            <source>Impossible d'écrire {name} dans {folder} ({reason}) : choisissez un autre dossier.</source>
            <translation>Cannot write {name} in {folder} ({reason}): choose another folder.</translation>
        </message>
        <message>
            <source>{path} n'est pas un nom d'image : donnez un nom en .png (ou .jpg).</source>
            <translation>{path} is not an image's name: give a name ending in .png (or .jpg).</translation>
        </message>
        <message>
            <source>Donnez le nom du fichier à écrire.</source>
            <translation>Give the name of the file to write.</translation>
        </message>
        <message>
            <source>{path} est un dossier : donnez le nom du fichier à y écrire.</source>
            <translation>{path} is a folder: give the name of the file to write in it.</translation>
        </message>
        <message>
            <source>{path} n'est pas un fichier ordinaire (périphérique, tube) : itday n'écrit pas dessus ; donnez un nom de fichier.</source>
            <translation>{path} is not a regular file (device, pipe): itday does not write on it; give a file name.</translation>
        </message>
        <message>
            <source>{path} porte le nom d'une base de données : itday n'écrit jamais dessus ; choisissez un autre nom.</source>
            <translation>{path} has a database's name: itday never writes over one; choose another name.</translation>
        </message>
        <message>
            <source>Le dossier {folder} n'existe pas : créez-le ou choisissez-en un autre.</source>
            <translation>The folder {folder} does not exist: create it or choose another one.</translation>
        </message>
        <message>
            <source>{path} est un fichier, pas un dossier : donnez un dossier.</source>
            <translation>{path} is a file, not a folder: give a folder.</translation>
        </message>
        <message>
            <source>Impossible de créer le dossier {path} ({reason}) : choisissez-en un autre.</source>
            <translation>Cannot create the folder {path} ({reason}): choose another one.</translation>
        </message>
        <message>
            <source>--with-exhibitors va avec --from ÉDITION (l'édition à reprendre).</source>
            <translation>--with-exhibitors goes with --from EDITION (the edition to carry over).</translation>
        </message>
        <message>
            <source>--language ne va pas avec --print : les badges imprimés suivent la langue des documents de l'édition (Réglages, ou itday init --doc-language).</source>
            <translation>--language does not go with --print: printed badges follow the edition's document language (Settings, or itday init --doc-language).</translation>
        </message>
        <message>
            <source>Donnez soit un fichier PDF, soit --print (le badge part à l'imprimante), pas les deux.</source>
            <translation>Give either a PDF file or --print (the badge goes to the printer), not both.</translation>
        </message>
        <message>
            <source>--from et --to vont avec --colour-by visits.</source>
            <translation>--from and --to go with --colour-by visits.</translation>
        </message>
        <message>
            <source>--to ({end}) doit venir après --from ({start}).</source>
            <translation>--to ({end}) must come after --from ({start}).</translation>
        </message>
        <message>
            <source>Donnez le dossier de l'export : itday export DOSSIER.</source>
            <translation>Give the export folder: itday export FOLDER.</translation>
        </message>
        <message>
            <source>Exposant n° {exhibitor_id} introuvable.</source>
            <extracomment>the columns of a stand's files, before the organiser's questions headers of the columns the edition's export does not name (French, English)</extracomment>
            <translation>Exhibitor no. {exhibitor_id} not found.</translation>
        </message>
        <message>
            <source>Le dossier {out} contient une base de données ({name}) : les contacts des stands ne s'écrivent jamais à côté d'une base ; choisissez un dossier nouveau ou vide.</source>
            <translation>The folder {out} holds a database ({name}): the booths' leads are never written beside a database; choose a new or empty folder.</translation>
        </message>
        <message>
            <source>Le dossier {out} contient déjà des fichiers qui ne sont pas des contacts exportés par itday (par exemple {name}) : choisissez un dossier nouveau ou vide.</source>
            <translation>The folder {out} already holds files that are not leads exported by itday (for example {name}): choose a new or empty folder.</translation>
        </message>
        <message>
            <source>Le fichier {name} est ouvert dans un autre programme (Excel, un carnet d'adresses ?) : fermez-le puis recommencez.</source>
            <translation>The file {name} is open in another program (Excel, an address book?): close it and try again.</translation>
        </message>
        <message>
            <source>Aucun exposant n° {exhibitor_id} dans cette édition.</source>
            <extracomment>``app_setting`` key of the address the organiser chose last for the stands' server ``app_setting`` key of the address the kits were printed for last (the server's dialog warns when the server runs elsewhere: the printed QR codes would lead nowhere)</extracomment>
            <translation>No exhibitor no. {exhibitor_id} in this edition.</translation>
        </message>
        <message>
            <source>Aucun stand n'a encore de contact : il n'y a rien à exporter.</source>
            <translation>No booth has any lead yet: there is nothing to export.</translation>
        </message>
        <message>
            <source>Cette édition n'a aucun exposant : aucun kit à imprimer.</source>
            <translation>This edition has no exhibitors: no kit to print.</translation>
        </message>
        <message>
            <source>{path} n'est pas un dossier : choisissez un dossier.</source>
            <translation>{path} is not a folder: choose a folder.</translation>
        </message>
        <message>
            <source>Aucun exposant n° {ids} dans cette édition.</source>
            <translation>No exhibitor no. {ids} in this edition.</translation>
        </message>
        <message>
            <source>{name} existe déjà dans {folder} et n'est pas un rapport d'itday : choisissez un autre dossier.</source>
            <translation>{name} already exists in {folder} and is not an itday report: choose another folder.</translation>
        </message>
        <message>
            <source>Aucune édition dans cette base : créez-en une avant de servir les stands.</source>
            <extracomment>worker threads of the application (the photos have their own pool)</extracomment>
            <translation>No edition in this database: create one before serving the booths.</translation>
        </message>
        <message>
            <source>Le port {port} est déjà pris sur {host} (un autre serveur des stands ?) : choisissez un autre port.</source>
            <translation>Port {port} is already taken on {host} (another booths' server?): choose another port.</translation>
        </message>
        <message>
            <source>L'adresse {host} n'est pas celle de cet ordinateur : choisissez une de ses adresses sur le réseau du salon.</source>
            <translation>The address {host} is not this computer's: choose one of its addresses on the show's network.</translation>
        </message>
        <message>
            <source>Le port {port} est réservé : choisissez un port au-dessus de 1024.</source>
            <translation>Port {port} is reserved: choose a port above 1024.</translation>
        </message>
        <message>
            <source>Impossible d'écouter sur {host}:{port} : {reason}.</source>
            <translation>Cannot listen on {host}:{port}: {reason}.</translation>
        </message>
        <message>
            <source>Donnez le fichier du kit : itday leads kit OUT.pdf.</source>
            <translation>Give the kit's file: itday leads kit OUT.pdf.</translation>
        </message>
        <message>
            <source>Donnez le dossier des contacts : itday leads export DOSSIER.</source>
            <translation>Give the folder for the leads: itday leads export FOLDER.</translation>
        </message>
        <message>
            <source>Le serveur des stands n'a pas démarré.</source>
            <translation>The booths' server did not start.</translation>
        </message>
        <message>
            <source>--category ne s'applique qu'aux inscriptions (visitors).</source>
            <translation>--category only applies to registrations (visitors).</translation>
        </message>
        <message>
            <source>--override va avec --room SALLE.</source>
            <translation>--override goes with --room ROOM.</translation>
        </message>
        <message>
            <source>--room (porte d'une salle) ne va ni avec --print ni avec --offline-dir.</source>
            <translation>--room (a room's door) goes neither with --print nor with --offline-dir.</translation>
        </message>
        <message>
            <source>--override ne sert qu'aux entrées (pas avec --exit).</source>
            <translation>--override is for entries only (not with --exit).</translation>
        </message>
        <message>
            <source>{name} : colonne(s) {missing} introuvable(s) (en-têtes lus : {found}) ; un programme a les colonnes Salle, Capacité, Titre, Début, Fin, Intervenants.</source>
            <translation>{name}: column(s) {missing} not found (headers read: {found}); a programme has the columns Salle, Capacité, Titre, Début, Fin, Intervenants (or Room, Capacity, Title, Start, End, Speakers).</translation>
        </message>
        <message>
            <source>La capacité d'une salle est un nombre de places supérieur à 0.</source>
            <translation>A room's capacity is a number of seats above 0.</translation>
        </message>
        <message>
            <source>Donnez un nom à la salle.</source>
            <translation>Give the room a name.</translation>
        </message>
        <message>
            <source>Une salle s'appelle déjà « {name} ».</source>
            <translation>A room is already called “{name}”.</translation>
        </message>
        <message>
            <source>La fin de la séance doit suivre son début.</source>
            <translation>The session must end after it starts.</translation>
        </message>
        <message>
            <source>Donnez un titre à la séance.</source>
            <translation>Give the session a title.</translation>
        </message>
        <message>
            <source>Aucune salle « {room} » dans cette édition (salles : {rooms}).</source>
            <translation>No room “{room}” in this edition (rooms: {rooms}).</translation>
        </message>
        <message>
            <source>Aucune salle dans cette édition : importez le programme d'abord (itday import programme FICHIER).</source>
            <translation>No room in this edition: import the programme first (itday import programme FILE).</translation>
        </message>
        <message>
            <source>Cette salle n'existe plus.</source>
            <translation>This room no longer exists.</translation>
        </message>
        <message>
            <source>Séance n° {session_id} introuvable.</source>
            <translation>Session no. {session_id} not found.</translation>
        </message>
        <message>
            <source>Catégorie inconnue « {text} » : choisissez parmi {names}.</source>
            <extracomment>the function that runs each command, by name (filled by ``@command`` in the families)</extracomment>
            <translation>Unknown category “{text}”: choose one of {names}.</translation>
        </message>
        <message>
            <source>--exit ne va pas avec --print.</source>
            <translation>--exit does not go with --print.</translation>
        </message>
        <message>
            <source>Catégorie inconnue « {text} » : {valid}.</source>
            <translation>Unknown category “{text}”: {valid}.</translation>
        </message>
        <message>
            <source>--speakers-free ne vaut que pour « import programme ».</source>
            <translation>--speakers-free only applies to “import programme”.</translation>
        </message>
        <message>
            <source>--category et --status ne valent que pour « import visitors ».</source>
            <translation>--category and --status are for “import visitors” only.</translation>
        </message>
        <message>
            <source>La base contient déjà des données : la remplacer par l'édition de démonstration efface tout.</source>
            <translation>The database already holds data: replacing it with the demo edition erases everything.</translation>
        </message>
    </context>
    <context>
        <name>exhibitors</name>
        <message>
            <source>Ajouter « %1 »</source>
            <extracomment>what the bridge announces after a write</extracomment>
            <translation>Add “%1”</translation>
        </message>
        <message>
            <source>Modifier « %1 »</source>
            <translation>Edit “%1”</translation>
        </message>
        <message>
            <source>Supprimer « %1 »</source>
            <translation>Delete “%1”</translation>
        </message>
        <message>
            <source>Ajouter « %1 » à l'équipe</source>
            <translation>Add “%1” to the staff</translation>
        </message>
        <message>
            <source>Impossible d'annuler l'ajout de « %1 » : cette personne a déjà badgé ou son badge a été imprimé. Retirez-la de l'équipe si besoin.</source>
            <translation>Cannot undo adding “%1”: this person has already been scanned or had a badge printed. Remove them from the staff if needed.</translation>
        </message>
        <message>
            <source>Retirer « %1 » de l'équipe</source>
            <translation>Remove “%1” from the staff</translation>
        </message>
        <message>
            <source>Aperçu : page %1 / %2</source>
            <translation>Preview: page %1 / %2</translation>
        </message>
        <message>
            <source>Rapport %1 sur %2…</source>
            <translation>Report %1 of %2…</translation>
        </message>
        <message>
            <source>Lecture des contacts…</source>
            <translation>Reading the leads…</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>Dossier</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Base de données</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Regarder dans :</source>
            <translation>Look in:</translation>
        </message>
        <message>
            <source>Nom du fichier :</source>
            <translation>File name:</translation>
        </message>
        <message>
            <source>Type de fichier :</source>
            <translation>File type:</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>{name} est une base de données : itday n'écrit jamais par-dessus. Choisissez un autre nom.</source>
            <extracomment>the folder the last file was saved into, during this session</extracomment>
            <translation>{name} is a database: itday never writes over one. Choose another name.</translation>
        </message>
    </context>
    <context>
        <name>plan</name>
        <message>
            <source>Lecture du plan…</source>
            <translation>Reading the floor plan…</translation>
        </message>
        <message>
            <source>Mise en page…</source>
            <translation>Laying out…</translation>
        </message>
        <message>
            <source>Mur</source>
            <translation>Wall</translation>
        </message>
        <message>
            <source>Poteau</source>
            <translation>Pillar</translation>
        </message>
        <message>
            <source>Espace conférences</source>
            <translation>Conference area</translation>
        </message>
        <message>
            <source>Restauration</source>
            <translation>Catering</translation>
        </message>
        <message>
            <source>ENTRÉE</source>
            <translation>ENTRANCE</translation>
        </message>
        <message>
            <source>Sortie de secours</source>
            <translation>Emergency exit</translation>
        </message>
        <message>
            <source>Sans secteur / libre</source>
            <translation>No sector / free</translation>
        </message>
        <message>
            <source>%1 visiteur(s) enregistré(s)</source>
            <extracomment>the window slides by quarter-hours while shown, the leads are read again this often (the stands scan all day long) each window's counts, made in the worker: a slider step only looks them up</extracomment>
            <translation>%1 visitor(s) recorded</translation>
        </message>
        <message>
            <source>Stand sans exposant</source>
            <translation>Booth without exhibitor</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>Impression : page %1 / %2</source>
            <translation>Printing: page %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>programme</name>
        <message>
            <source>Salle « %1 »</source>
            <translation>Room “%1”</translation>
        </message>
        <message>
            <source>Séance « %1 »</source>
            <translation>Session “%1”</translation>
        </message>
        <message>
            <source>Supprimer « %1 »</source>
            <translation>Delete “%1”</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Code organisateur</source>
            <translation>Organiser PIN</translation>
        </message>
        <message>
            <source>Aucun code organisateur n'est défini pour cette base.
Choisissez-en un (4 à 12 chiffres) : chaque poste qui ouvre la base le demandera.</source>
            <translation>No organiser PIN is set for this database.
Choose one (4 to 12 digits): every station that opens the database will ask for it.</translation>
        </message>
        <message>
            <source>&amp;Code :</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Confirmation :</source>
            <translation>&amp;Confirm:</translation>
        </message>
        <message>
            <source>Les deux codes diffèrent : tapez le même code deux fois.</source>
            <translation>The two PINs differ: type the same PIN twice.</translation>
        </message>
        <message>
            <source>Mode organisateur</source>
            <translation>Organiser mode</translation>
        </message>
        <message>
            <source>Code organisateur :</source>
            <translation>Organiser PIN:</translation>
        </message>
        <message>
            <source>Code incorrect. Code oublié ? Qui a le fichier de la base peut l'effacer avec « itday pin --reset ».</source>
            <translation>Wrong PIN. Forgotten? Whoever has the database file can clear it with “itday pin --reset”.</translation>
        </message>
    </context>
    <context>
        <name>rooms</name>
        <message>
            <source>entrée en salle</source>
            <extracomment>share of the capacity at which the door turns amber what the door says, by result (French, context "rooms")</extracomment>
            <translation>entered the room</translation>
        </message>
        <message>
            <source>déjà dans la salle</source>
            <translation>already inside</translation>
        </message>
        <message>
            <source>sortie enregistrée</source>
            <translation>exit recorded</translation>
        </message>
        <message>
            <source>n'était pas compté(e) dans la salle</source>
            <translation>was not counted inside</translation>
        </message>
        <message>
            <source>Salle complète</source>
            <translation>Room full</translation>
        </message>
        <message>
            <source>pas entré(e) au salon — passer par l'accueil</source>
            <translation>not checked in — go to the entrance desk</translation>
        </message>
        <message>
            <source>aucune séance en cours ni dans les 15 minutes</source>
            <translation>no session under way or within 15 minutes</translation>
        </message>
        <message>
            <source>entrée forcée par l'organisation (salle complète)</source>
            <translation>let in by the organiser (room full)</translation>
        </message>
        <message>
            <source>ré-entrée dans la séance</source>
            <translation>re-entry into the session</translation>
        </message>
        <message>
            <source>intervenant(e) de la séance — entre sans compter</source>
            <translation>speaker of the session — not counted</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>↶ Annuler : %1</source>
            <translation>↶ Undo: %1</translation>
        </message>
        <message>
            <source>↶ Annuler</source>
            <translation>↶ Undo</translation>
        </message>
        <message>
            <source>Annulé : %1</source>
            <translation>Undone: %1</translation>
        </message>
        <message>
            <source>Annuler la dernière modification (Ctrl+Z)</source>
            <translation>Undo the last change (Ctrl+Z)</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Erreur inattendue (%1) ; détails dans %2</source>
            <translation>Unexpected error (%1); details in %2</translation>
        </message>
    </context>
</TS>
