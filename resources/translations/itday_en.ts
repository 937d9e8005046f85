<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Bitstream Vera / domaine public (resources/fonts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À propos d'itday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan, exposants, badges et accueil d'une journée d'exposition, sans réseau.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArrivalsChart</name>
        <message>
            <source>Arrivées par quart d'heure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} arrivées sur {q} quarts d'heure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune arrivée pour l'instant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} – {end} : {n} arrivée(s)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Sauvegarde automatique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Une copie de la base est écrite régulièrement dans un second dossier (une clé USB par exemple), sans jamais ralentir l'accueil.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dossier des sauvegardes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>désactivée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dossier :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toutes les :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies gardées :</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecksList</name>
        <message>
            <source>✔ Aucun problème détecté.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExhibitorDialog</name>
        <message>
            <source>Exposant — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nouvel exposant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nom de l'exposant *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Secteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Contact (nom)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Téléphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site &amp;web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>aucun (attribuez-en un sur le plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fermer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nom de l'exposant est obligatoire.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExhibitorListModel</name>
        <message>
            <source>sans stand</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExhibitorPanel</name>
        <message>
            <source>&lt;b&gt;Exposants&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filtrer les exposants…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seulement sans stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Exposants&lt;/b&gt; — %1, dont %2 sans stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glissez un exposant sur un stand pour le lui attribuer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cliquez sur un exposant pour voir son stand.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExhibitorTableModel</name>
        <message>
            <source>Exposant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Téléphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Équipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Présent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>présent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pas encore arrivé</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExhibitorsPage</name>
        <message>
            <source>Exposants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rechercher un exposant, un stand, un secteur, un contact…  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajouter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modifier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supprimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annuler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposants dont personne n'a encore badgé, triés par stand, avec le téléphone du contact à appeler. La liste se met à jour à chaque entrée.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprimer :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Liste par nom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>par stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>par secteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annuaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Panneaux de stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (PDF A4, aperçu avant impression)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajouter un exposant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modifier l'exposant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supprimer l'exposant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importer des exposants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rechercher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rétablir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annuler : %1 (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tous les exposants (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pas encore arrivés (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 exposants · %2 présents · %3 pas encore arrivés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · %1 affichés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposant « %1 » ajouté.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Son ou ses stands (%1) redeviendront libres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ses %1 membres d'équipe resteront inscrits, sans exposant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supprimer l'exposant « %1 » ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Z annule la suppression.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supprimer un exposant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposant « %1 » supprimé (Ctrl+Z pour annuler).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import disponible prochainement</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Exporter le plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Par statut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Par secteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Par présence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Papier (paysage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Couleurs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporter l'édition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fichiers CSV et Excel (participants, scans, exposants, stands), event.json, une copie de la base et le rapport PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dossier de l'export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dossier :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymiser (ni noms, ni e-mails, ni téléphones ; pas de copie de la base)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GeneratorDialog</name>
        <message>
            <source>Générer un bloc de stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Une lettre par rangée (A01…, B01…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Une centaine par rangée (101…, 201…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À la suite (A01…A16)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rangées dos à dos (par paires)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rangées</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stands par rangée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largeur d'un stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profondeur d'un stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largeur des allées</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coin haut-gauche X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coin haut-gauche Y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Premier code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numérotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placer les stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 stands, de %2 à %3 ; emprise %4 m × %5 m.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HallDialog</name>
        <message>
            <source>Hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largeur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profondeur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allée minimale</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À propos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Édition :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Réglages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verrouiller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenir au mode accueil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisateur…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passer en mode organisateur (code) pour modifier, importer, exporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune édition : lancez « itday demo » ou « itday init »</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 entrés / %2 inscrits  ·  %3 exposants  ·  %4 stands</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MissingExhibitorsModel</name>
        <message>
            <source>Stand(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Téléphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(pas de téléphone)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Aperçu avant impression — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrer le PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ouvrir dans le lecteur PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrer le PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Enregistrement du plan impossible : %1</source>
            <extracomment>the booths or exhibitors changed (panels refresh their views) the checks ran; ``problems`` holds their result</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Déplacer %n stand(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Décaler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Créer le stand %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pivoter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dupliquer</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Supprimer %n stand(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Aligner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Répartir</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Générer %n stand(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Attribuer %1 à %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Libérer %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chercher une entreprise ou un stand…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Couleurs : par statut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Couleurs : par secteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Couleurs : par présence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sélection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nouveau stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dessiner un stand en le faisant glisser sur le sol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Générer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Générer un bloc de rangées de stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pivoter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dupliquer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supprimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annuler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rétablir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aligner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aligner à gauche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aligner à droite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aligner en haut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aligner en bas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Répartir horizontalement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Répartir verticalement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajuster au hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom +</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom −</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hall…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dimensions du hall et largeur minimale des allées</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fond de plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image du plan du lieu, mise à l'échelle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporter le plan en PDF ou PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprimer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annuler : %1 (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rétablir : %1 (Ctrl+Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cette édition n'a pas encore de hall : mode organisateur, bouton « Hall… ».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode organisateur : édition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consultation (lecture seule)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Vérifications&lt;/b&gt; — %1 problème(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stand libre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le stand %1 est attribué à %2.
L'attribuer à %3 à la place ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand déjà attribué</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le code « %1 » est déjà utilisé par un autre stand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un stand doit avoir un code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun stand trouvé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — %1/%2 (touche Entrée : suivant)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cet exposant n'a pas encore de stand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fond de plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image illisible : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cliquez sur deux points du fond de plan dont vous connaissez la distance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mise à l'échelle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distance réelle entre les deux points (m) :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporter le plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf);;Image PNG (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export du plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan exporté : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aperçu avant impression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan du salon</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>&lt;b&gt;Stand&lt;/b&gt;</source>
            <extracomment>fields to change on the selected booths, and the undo text</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0° (face en haut)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>90° (face à droite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>180° (face en bas)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>270° (face à gauche)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largeur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profondeur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orientation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— aucun (stand libre) —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Stand %1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;%1 stands sélectionnés&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Stand&lt;/b&gt; — sélectionnez un stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renommer le stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redimensionner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pivoter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changer le statut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attribuer le stand</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>Purger les données personnelles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les noms, e-mails, téléphones et fonctions des participants et les contacts des exposants seront effacés définitivement. Les catégories, entreprises, heures d'arrivée et statistiques sont conservées.

Faites un export avant si vous en avez encore besoin.

Pour confirmer, tapez {word} :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purger définitivement</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Réglages du poste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nom du poste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caméra %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caméra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sons à chaque scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largeur minimale des allées</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format des badges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>imprimante par défaut du système</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprimante des badges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>aucune sauvegarde automatique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dossier de sauvegarde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegarde toutes les</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Langue du système</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Langue (au prochain démarrage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>laisser vide pour ne pas changer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nouveau code organisateur</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <source>Nom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrivée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prénom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail (facultatif)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajouter à l'équipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprimer les badges de l'exposant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (annulé)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ arrivé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Équipe sur le stand (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ajouté(e) à l'équipe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badges — %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatsPage</name>
        <message>
            <source>Chargement…</source>
            <extracomment>new numbers are on screen (the stats dict) an export ended: the folder, or "" when it failed or was cancelled the purge ended: the counts returned by ``purge_personal_data``</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV, Excel, copie de la base et rapport PDF (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purger les données personnelles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegarde automatique…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inscrits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entrés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inscrits sur place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposants présents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pic d'affluence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrivées par quart d'heure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catégorie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taux</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Par catégorie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motif</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposants absents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scans par poste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scans refusés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune édition.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participants attendus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rate} des inscrits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>badges faits à l'accueil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} pas encore arrivé(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} arrivées de {a} à {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>aucune arrivée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(sans nom)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun scan refusé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposants absents ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chiffres en direct · mis à jour à {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export en cours…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>anonymisé </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export {kind}écrit dans {folder} ({n} fichiers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export annulé : le dossier n'a pas été modifié.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Données personnelles purgées : {a} participants, {e} exposants. Les statistiques sont conservées.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegarde automatique : {m}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegarde automatique : base PostgreSQL, utilisez pg_dump.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegarde automatique : désactivée.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegarde automatique toutes les {m} min dans {f}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · dernière à {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · pas encore de copie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · ÉCHEC : {m}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Annuler</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_FolderField</name>
        <message>
            <source>Parcourir…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visiteurs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accueil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statistiques</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le plan du hall arrive bientôt : placement, numérotation et attribution des stands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La gestion des exposants arrive bientôt : fiches, stands, listes imprimées.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La gestion des visiteurs arrive bientôt : import, badges, inscriptions sur place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'accueil arrive bientôt : scan des badges par webcam ou douchette.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les statistiques arrivent bientôt : arrivées, catégories, export.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>Le code doit comporter de 4 à 12 chiffres.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exhibitors</name>
        <message>
            <source>Ajouter « %1 »</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modifier « %1 »</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supprimer « %1 »</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aperçu : page %1 / %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>plan</name>
        <message>
            <source>Lecture du plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mise en page…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poteau</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Espace conférences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restauration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ENTRÉE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sortie de secours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sans secteur / libre</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Code organisateur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun code organisateur n'est défini sur ce poste.
Choisissez-en un (4 à 12 chiffres) :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode organisateur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code organisateur :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code incorrect.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
