<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnonymizationPreview</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of data)</source>
        <translation>
            <numerusform>(%n octet de données)</numerusform>
            <numerusform>(%n octets de données)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor data (private)</source>
        <translation>Données du fabricant (privées)</translation>
    </message>
</context>
<context>
    <name>AttributeCatalogue</name>
    <message>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <source>Details that say who you are: your name, patient numbers, address and phone, and the hidden reference numbers that link these files to your hospital record.</source>
        <translation>Les informations qui disent qui vous êtes : votre nom, vos numéros de patient, votre adresse et votre téléphone, ainsi que les numéros de référence cachés qui relient ces fichiers à votre dossier à l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>The dates and times of your birth, visits, scans and treatment, and your age. Together with other details, dates make it easy to pick you out.</source>
        <translation>Les dates et heures de votre naissance, de vos visites, de vos examens et de vos traitements, ainsi que votre âge. Combinées à d&apos;autres informations, les dates permettent facilement de vous reconnaître.</translation>
    </message>
    <message>
        <source>Places and institutions</source>
        <translation>Lieux et établissements</translation>
    </message>
    <message>
        <source>The hospital, clinic or department where you were seen and other places named in the files. They show where you received care and hint at where you live.</source>
        <translation>L&apos;hôpital, la clinique ou le service où vous avez été reçu(e), et les autres lieux cités dans les fichiers. Ils montrent où vous avez été soigné(e) et donnent une idée de l&apos;endroit où vous habitez.</translation>
    </message>
    <message>
        <source>Doctors and staff</source>
        <translation>Médecins et personnel</translation>
    </message>
    <message>
        <source>The names and contact details of doctors, technologists and other people involved in your care. They show who treats you and can lead back to you.</source>
        <translation>Les noms et coordonnées des médecins, manipulateurs radio et autres personnes qui s&apos;occupent de vous. Ils montrent qui vous soigne et peuvent permettre de remonter jusqu&apos;à vous.</translation>
    </message>
    <message>
        <source>Machines and software</source>
        <translation>Appareils et logiciels</translation>
    </message>
    <message>
        <source>The scanners, workstations and programs that made your images, with their names and serial numbers. They can point to the exact hospital and even the room.</source>
        <translation>Les appareils d&apos;imagerie, postes de travail et programmes qui ont produit vos images, avec leurs noms et numéros de série. Ils peuvent désigner l&apos;hôpital exact, et même la salle.</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Descriptions, comments and reports typed by staff. They often reveal health details and sometimes contain names, dates or numbers typed in by hand.</source>
        <translation>Descriptions, commentaires et comptes rendus saisis par le personnel. Ils révèlent souvent des informations de santé et contiennent parfois des noms, des dates ou des numéros tapés à la main.</translation>
    </message>
    <message>
        <source>Private vendor data</source>
        <translation>Données privées du fabricant</translation>
    </message>
    <message>
        <source>Extra data that scanner makers store in their own formats. Ordinary viewers do not show it, but it can hide names, dates and numbers.</source>
        <translation>Données supplémentaires que les fabricants d&apos;appareils enregistrent dans leurs propres formats. Les visionneuses courantes ne les affichent pas, mais elles peuvent cacher des noms, des dates et des numéros.</translation>
    </message>
    <message>
        <source>Text burned into the pictures</source>
        <translation>Texte incrusté dans les images</translation>
    </message>
    <message>
        <source>Words drawn into the picture itself, such as your name or the date on an ultrasound or X-ray. Removing the hidden details does not remove them.</source>
        <translation>Des mots dessinés dans l&apos;image elle-même, comme votre nom ou la date sur une échographie ou une radio. Supprimer les informations cachées ne les efface pas.</translation>
    </message>
    <message>
        <source>Your face</source>
        <translation>Votre visage</translation>
    </message>
    <message>
        <source>A CT or MRI of your head can be turned into a 3D picture of your face, which face recognition software could match to a photo of you.</source>
        <translation>Un scanner ou une IRM de la tête peut être transformé en image 3D de votre visage, qu&apos;un logiciel de reconnaissance faciale pourrait rapprocher d&apos;une photo de vous.</translation>
    </message>
    <message>
        <source>Files outside the images</source>
        <translation>Fichiers en dehors des images</translation>
    </message>
    <message>
        <source>Other files on the disc, such as labels, printed reports, web pages and viewer programs, which can contain your name and other details.</source>
        <translation>Les autres fichiers du disque, comme les étiquettes, les comptes rendus imprimés, les pages web et les programmes de visualisation, qui peuvent contenir votre nom et d&apos;autres informations.</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>All geographic subdivisions smaller than a state, including street address, city, county, precinct, ZIP code and their equivalent geocodes (the first three ZIP digits may stay if that area holds more than 20,000 people)</source>
        <translation>Toutes les subdivisions géographiques plus petites qu&apos;un État, y compris l&apos;adresse postale, la ville, le comté, la circonscription, le code postal (ZIP) et leurs géocodes équivalents (les trois premiers chiffres du code ZIP peuvent rester si cette zone compte plus de 20 000 habitants)</translation>
    </message>
    <message>
        <source>All elements of dates (except year) for dates directly related to an individual, including birth, admission, discharge and death dates; and all ages over 89 and date elements (including year) indicating such age, unless grouped as 90 or older</source>
        <translation>Tous les éléments de date (sauf l&apos;année) des dates liées directement à une personne, y compris les dates de naissance, d&apos;admission, de sortie et de décès ; et tous les âges au-delà de 89 ans ainsi que les éléments de date (année comprise) qui indiquent un tel âge, sauf s&apos;ils sont regroupés en « 90 ans ou plus »</translation>
    </message>
    <message>
        <source>Telephone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Fax numbers</source>
        <translation>Numéros de fax</translation>
    </message>
    <message>
        <source>Electronic mail addresses</source>
        <translation>Adresses de courrier électronique</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Numéros de sécurité sociale</translation>
    </message>
    <message>
        <source>Medical record numbers</source>
        <translation>Numéros de dossier médical</translation>
    </message>
    <message>
        <source>Health plan beneficiary numbers</source>
        <translation>Numéros de bénéficiaire d&apos;une assurance santé</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>Numéros de compte</translation>
    </message>
    <message>
        <source>Certificate/license numbers</source>
        <translation>Numéros de certificat ou de licence</translation>
    </message>
    <message>
        <source>Vehicle identifiers and serial numbers, including license plate numbers</source>
        <translation>Identifiants et numéros de série de véhicules, y compris les numéros d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Device identifiers and serial numbers</source>
        <translation>Identifiants et numéros de série d&apos;appareils</translation>
    </message>
    <message>
        <source>Web Universal Resource Locators (URLs)</source>
        <translation>Adresses web (URL)</translation>
    </message>
    <message>
        <source>Internet Protocol (IP) address numbers</source>
        <translation>Adresses IP (Internet Protocol)</translation>
    </message>
    <message>
        <source>Biometric identifiers, including finger and voice prints</source>
        <translation>Identifiants biométriques, y compris les empreintes digitales et vocales</translation>
    </message>
    <message>
        <source>Full-face photographs and any comparable images</source>
        <translation>Photographies du visage entier et toute image comparable</translation>
    </message>
    <message>
        <source>Any other unique identifying number, characteristic, or code (except a re-identification code permitted by 164.514(c))</source>
        <translation>Tout autre numéro, caractéristique ou code d&apos;identification unique (sauf un code de ré-identification autorisé par le 164.514(c))</translation>
    </message>
    <message>
        <source>A reference number for an affected image</source>
        <translation>Un numéro de référence d&apos;une image concernée</translation>
    </message>
    <message>
        <source>A unique number naming the image that a hospital network command acted on; it can be matched to records of your scan.</source>
        <translation>Un numéro unique désignant l&apos;image sur laquelle une commande du réseau de l&apos;hôpital a agi ; il peut être rapproché des dossiers de votre examen.</translation>
    </message>
    <message>
        <source>A reference number for a requested image</source>
        <translation>Un numéro de référence d&apos;une image demandée</translation>
    </message>
    <message>
        <source>A unique number naming an image a hospital system asked for, which can be matched to its records of your scan.</source>
        <translation>Un numéro unique désignant une image demandée par un système de l&apos;hôpital, qui peut être rapproché de ses dossiers sur votre examen.</translation>
    </message>
    <message>
        <source>The file&apos;s unique reference number</source>
        <translation>Le numéro de référence unique du fichier</translation>
    </message>
    <message>
        <source>A unique number stamped on this file when it was written to the disc; the hospital can use it to find the original.</source>
        <translation>Un numéro unique attribué à ce fichier quand il a été gravé sur le disque ; l&apos;hôpital peut s&apos;en servir pour retrouver l&apos;original.</translation>
    </message>
    <message>
        <source>A reference number in the disc&apos;s index</source>
        <translation>Un numéro de référence dans l&apos;index du disque</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents lists each image by its unique number, which matches the hospital&apos;s copy of your scan.</source>
        <translation>La table des matières du disque liste chaque image par son numéro unique, qui correspond à la copie de votre examen conservée par l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The date this file was made</source>
        <translation>La date de création de ce fichier</translation>
    </message>
    <message>
        <source>The day this image file was created, usually the day of your scan, so it shows when you were seen.</source>
        <translation>Le jour où ce fichier image a été créé, en général le jour de votre examen ; il montre donc quand vous avez été reçu(e).</translation>
    </message>
    <message>
        <source>The time this file was made</source>
        <translation>L&apos;heure de création de ce fichier</translation>
    </message>
    <message>
        <source>The time of day this image file was created, which narrows down when you were at the hospital.</source>
        <translation>L&apos;heure à laquelle ce fichier image a été créé, ce qui précise le moment où vous étiez à l&apos;hôpital.</translation>
    </message>
    <message>
        <source>A number for the computer that made the file</source>
        <translation>Un numéro de l&apos;ordinateur qui a créé le fichier</translation>
    </message>
    <message>
        <source>A unique number naming the machine or software that created this file, which can point to one hospital system.</source>
        <translation>Un numéro unique désignant l&apos;appareil ou le logiciel qui a créé ce fichier, et qui peut désigner un système hospitalier précis.</translation>
    </message>
    <message>
        <source>When a system corrected this file</source>
        <translation>Quand un système a corrigé ce fichier</translation>
    </message>
    <message>
        <source>The date and time a hospital system corrected details in this file while handling your scan.</source>
        <translation>La date et l&apos;heure auxquelles un système de l&apos;hôpital a corrigé des informations de ce fichier en traitant votre examen.</translation>
    </message>
    <message>
        <source>A unique number for this scanner run</source>
        <translation>Un numéro unique pour ce passage dans l&apos;appareil</translation>
    </message>
    <message>
        <source>A unique number given to one run of the scanner; the hospital can use it to trace these images back to you.</source>
        <translation>Un numéro unique attribué à un passage dans l&apos;appareil d&apos;imagerie ; l&apos;hôpital peut s&apos;en servir pour relier ces images à vous.</translation>
    </message>
    <message>
        <source>A unique number for this image</source>
        <translation>Un numéro unique pour cette image</translation>
    </message>
    <message>
        <source>Every image gets its own unique number, which the hospital&apos;s archive can match straight back to your record.</source>
        <translation>Chaque image reçoit son propre numéro unique, que les archives de l&apos;hôpital peuvent relier directement à votre dossier.</translation>
    </message>
    <message>
        <source>A unique number for a zoomable slide image</source>
        <translation>Un numéro unique pour une image de lame agrandissable</translation>
    </message>
    <message>
        <source>A unique number shared by all zoom levels of a microscope slide image, linking them back to your tissue sample.</source>
        <translation>Un numéro unique commun à tous les niveaux de zoom d&apos;une image de lame de microscope, qui les relie à votre prélèvement de tissu.</translation>
    </message>
    <message>
        <source>The date of your scan</source>
        <translation>La date de votre examen</translation>
    </message>
    <message>
        <source>The day your scan was done; together with other details it can help someone pick you out.</source>
        <translation>Le jour où votre examen a été fait ; combiné à d&apos;autres informations, il peut aider quelqu&apos;un à vous reconnaître.</translation>
    </message>
    <message>
        <source>The date of this set of pictures</source>
        <translation>La date de cette série d&apos;images</translation>
    </message>
    <message>
        <source>The day this group of images was taken, normally the same day as your scan.</source>
        <translation>Le jour où ce groupe d&apos;images a été pris, normalement le même jour que votre examen.</translation>
    </message>
    <message>
        <source>The date the pictures were taken</source>
        <translation>La date de prise des images</translation>
    </message>
    <message>
        <source>The day the scanner actually recorded these images, which shows when you were at the hospital.</source>
        <translation>Le jour où l&apos;appareil a réellement enregistré ces images, ce qui montre quand vous étiez à l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The date the image content was made</source>
        <translation>La date de création du contenu de l&apos;image</translation>
    </message>
    <message>
        <source>The day the content of this image was created, normally the day of your scan.</source>
        <translation>Le jour où le contenu de cette image a été créé, normalement le jour de votre examen.</translation>
    </message>
    <message>
        <source>The date of markings drawn on the image</source>
        <translation>La date des annotations dessinées sur l&apos;image</translation>
    </message>
    <message>
        <source>The day outlines or markings were added over the image, usually close to your scan or its reading.</source>
        <translation>Le jour où des contours ou des annotations ont été ajoutés sur l&apos;image, en général peu après votre examen ou sa lecture.</translation>
    </message>
    <message>
        <source>The date of attached graph data</source>
        <translation>La date des données graphiques jointes</translation>
    </message>
    <message>
        <source>The day graph-like data, such as a heart trace, was recorded alongside your images.</source>
        <translation>Le jour où des données sous forme de courbe, comme un tracé cardiaque, ont été enregistrées avec vos images.</translation>
    </message>
    <message>
        <source>The date and time the pictures were taken</source>
        <translation>La date et l&apos;heure de prise des images</translation>
    </message>
    <message>
        <source>The exact moment the scanner recorded these images, which pins down when you were there.</source>
        <translation>Le moment exact où l&apos;appareil a enregistré ces images, ce qui indique précisément quand vous étiez là.</translation>
    </message>
    <message>
        <source>The time of your scan</source>
        <translation>L&apos;heure de votre examen</translation>
    </message>
    <message>
        <source>The time of day your scan started; with the date it narrows down who was being scanned.</source>
        <translation>L&apos;heure à laquelle votre examen a commencé ; avec la date, elle permet de savoir qui passait l&apos;examen.</translation>
    </message>
    <message>
        <source>The time of this set of pictures</source>
        <translation>L&apos;heure de cette série d&apos;images</translation>
    </message>
    <message>
        <source>The time of day this group of images was started during your visit.</source>
        <translation>L&apos;heure à laquelle ce groupe d&apos;images a été commencé pendant votre visite.</translation>
    </message>
    <message>
        <source>The time the pictures were taken</source>
        <translation>L&apos;heure de prise des images</translation>
    </message>
    <message>
        <source>The time of day the scanner recorded these images during your visit.</source>
        <translation>L&apos;heure à laquelle l&apos;appareil a enregistré ces images pendant votre visite.</translation>
    </message>
    <message>
        <source>The time the image content was made</source>
        <translation>L&apos;heure de création du contenu de l&apos;image</translation>
    </message>
    <message>
        <source>The time of day the content of this image was created, usually during your scan.</source>
        <translation>L&apos;heure à laquelle le contenu de cette image a été créé, en général pendant votre examen.</translation>
    </message>
    <message>
        <source>The time of markings drawn on the image</source>
        <translation>L&apos;heure des annotations dessinées sur l&apos;image</translation>
    </message>
    <message>
        <source>The time of day outlines or markings were added over the image.</source>
        <translation>L&apos;heure à laquelle des contours ou des annotations ont été ajoutés sur l&apos;image.</translation>
    </message>
    <message>
        <source>The time of attached graph data</source>
        <translation>L&apos;heure des données graphiques jointes</translation>
    </message>
    <message>
        <source>The time of day graph-like data, such as a heart trace, was recorded with your images.</source>
        <translation>L&apos;heure à laquelle des données sous forme de courbe, comme un tracé cardiaque, ont été enregistrées avec vos images.</translation>
    </message>
    <message>
        <source>The order number for your scan</source>
        <translation>Le numéro de demande de votre examen</translation>
    </message>
    <message>
        <source>The number the hospital gave the order for your scan; staff can use it to look up you and your report.</source>
        <translation>Le numéro que l&apos;hôpital a donné à la demande de votre examen ; le personnel peut s&apos;en servir pour retrouver votre dossier et votre compte rendu.</translation>
    </message>
    <message>
        <source>The network name of the image archive</source>
        <translation>Le nom réseau des archives d&apos;images</translation>
    </message>
    <message>
        <source>The name the hospital&apos;s image archive uses on its network, which can reveal which hospital holds your images.</source>
        <translation>Le nom que les archives d&apos;images de l&apos;hôpital utilisent sur le réseau, qui peut révéler quel hôpital conserve vos images.</translation>
    </message>
    <message>
        <source>The network name of the machine</source>
        <translation>Le nom réseau de l&apos;appareil</translation>
    </message>
    <message>
        <source>The name a scanner or workstation uses on the hospital network, which can identify the site and the machine.</source>
        <translation>Le nom qu&apos;un appareil d&apos;imagerie ou un poste de travail utilise sur le réseau de l&apos;hôpital, qui peut identifier le site et l&apos;appareil.</translation>
    </message>
    <message>
        <source>Numbers of images that failed to transfer</source>
        <translation>Numéros des images dont le transfert a échoué</translation>
    </message>
    <message>
        <source>Unique numbers of images a hospital system could not process, which can be matched to records of your scan.</source>
        <translation>Les numéros uniques des images qu&apos;un système de l&apos;hôpital n&apos;a pas pu traiter, qui peuvent être rapprochés des dossiers de votre examen.</translation>
    </message>
    <message>
        <source>The hospital&apos;s name</source>
        <translation>Le nom de l&apos;hôpital</translation>
    </message>
    <message>
        <source>The name of the hospital or clinic where you were scanned, so anyone with the disc can see where you went.</source>
        <translation>Le nom de l&apos;hôpital ou de la clinique où vous avez passé l&apos;examen : toute personne qui a le disque peut voir où vous êtes allé(e).</translation>
    </message>
    <message>
        <source>The hospital&apos;s address</source>
        <translation>L&apos;adresse de l&apos;hôpital</translation>
    </message>
    <message>
        <source>The street address of the hospital or clinic, which shows where you received care and hints at where you live.</source>
        <translation>L&apos;adresse postale de l&apos;hôpital ou de la clinique, qui montre où vous avez été soigné(e) et donne une idée de l&apos;endroit où vous habitez.</translation>
    </message>
    <message>
        <source>A code for the hospital</source>
        <translation>Un code pour l&apos;hôpital</translation>
    </message>
    <message>
        <source>A code that stands for the hospital or clinic where you were scanned, which anyone can look up.</source>
        <translation>Un code qui représente l&apos;hôpital ou la clinique où vous avez passé l&apos;examen, et que tout le monde peut rechercher.</translation>
    </message>
    <message>
        <source>The doctor who asked for your scan</source>
        <translation>Le médecin qui a demandé votre examen</translation>
    </message>
    <message>
        <source>The name of the doctor who referred you, which shows who treats you and hints at your condition.</source>
        <translation>Le nom du médecin qui vous a adressé(e), qui montre qui vous soigne et donne une idée de votre maladie.</translation>
    </message>
    <message>
        <source>Your referring doctor&apos;s address</source>
        <translation>L&apos;adresse de votre médecin prescripteur</translation>
    </message>
    <message>
        <source>The address of the doctor who sent you for the scan, which hints at the area where you live.</source>
        <translation>L&apos;adresse du médecin qui vous a envoyé(e) passer l&apos;examen, qui donne une idée du secteur où vous habitez.</translation>
    </message>
    <message>
        <source>Your referring doctor&apos;s phone number</source>
        <translation>Le numéro de téléphone de votre médecin prescripteur</translation>
    </message>
    <message>
        <source>The phone number of the doctor who sent you for the scan, which leads straight to the practice that knows you.</source>
        <translation>Le numéro de téléphone du médecin qui vous a envoyé(e) passer l&apos;examen, qui mène directement au cabinet qui vous connaît.</translation>
    </message>
    <message>
        <source>ID details of your referring doctor</source>
        <translation>Les identifiants de votre médecin prescripteur</translation>
    </message>
    <message>
        <source>Names and codes, such as a staff or licence number, that identify the doctor who referred you.</source>
        <translation>Des noms et des codes, comme un numéro de personnel ou d&apos;inscription, qui identifient le médecin qui vous a adressé(e).</translation>
    </message>
    <message>
        <source>A doctor consulted about your scan</source>
        <translation>Un médecin consulté au sujet de votre examen</translation>
    </message>
    <message>
        <source>The name of a doctor who was asked for advice about your case.</source>
        <translation>Le nom d&apos;un médecin à qui l&apos;on a demandé son avis sur votre cas.</translation>
    </message>
    <message>
        <source>ID details of the consulting doctor</source>
        <translation>Les identifiants du médecin consulté</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor who was asked for advice about your case.</source>
        <translation>Des noms et des codes qui identifient le médecin à qui l&apos;on a demandé son avis sur votre cas.</translation>
    </message>
    <message>
        <source>The version date of a code list</source>
        <translation>La date de version d&apos;une liste de codes</translation>
    </message>
    <message>
        <source>The release date of a standard list of medical codes; it says nothing about you but may hold stray text.</source>
        <translation>La date de publication d&apos;une liste standard de codes médicaux ; elle ne dit rien sur vous mais peut contenir du texte égaré.</translation>
    </message>
    <message>
        <source>A hospital&apos;s version of a code list</source>
        <translation>La version d&apos;une liste de codes propre à un hôpital</translation>
    </message>
    <message>
        <source>A version label for a hospital&apos;s own changes to a standard code list, which can hint at which hospital made the file.</source>
        <translation>Une étiquette de version pour les modifications qu&apos;un hôpital a apportées à une liste standard de codes, qui peut indiquer quel hôpital a créé le fichier.</translation>
    </message>
    <message>
        <source>The time zone of the hospital</source>
        <translation>Le fuseau horaire de l&apos;hôpital</translation>
    </message>
    <message>
        <source>The local time zone where the images were made, which narrows down the region you were in.</source>
        <translation>Le fuseau horaire local où les images ont été prises, ce qui précise la région où vous vous trouviez.</translation>
    </message>
    <message>
        <source>An old network name of the machine</source>
        <translation>Un ancien nom réseau de l&apos;appareil</translation>
    </message>
    <message>
        <source>An old-style network name for the scanner or workstation, which can point to the hospital.</source>
        <translation>Un nom réseau d&apos;ancien style pour l&apos;appareil d&apos;imagerie ou le poste de travail, qui peut désigner l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The name of the scanner</source>
        <translation>Le nom de l&apos;appareil d&apos;imagerie</translation>
    </message>
    <message>
        <source>The name the hospital gave the machine that scanned you, which can reveal the hospital and even the room.</source>
        <translation>Le nom que l&apos;hôpital a donné à l&apos;appareil qui a fait votre examen, qui peut révéler l&apos;hôpital et même la salle.</translation>
    </message>
    <message>
        <source>A description of your scan</source>
        <translation>Une description de votre examen</translation>
    </message>
    <message>
        <source>Short text naming what was scanned, such as &apos;MRI brain with contrast&apos;, which reveals health details and may hold typed notes.</source>
        <translation>Un court texte qui dit ce qui a été examiné, comme « IRM cérébrale avec injection », qui révèle des informations de santé et peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A description of this set of pictures</source>
        <translation>Une description de cette série d&apos;images</translation>
    </message>
    <message>
        <source>Short text describing this group of images, which staff sometimes fill with names or notes.</source>
        <translation>Un court texte qui décrit ce groupe d&apos;images, que le personnel remplit parfois avec des noms ou des notes.</translation>
    </message>
    <message>
        <source>The hospital department</source>
        <translation>Le service de l&apos;hôpital</translation>
    </message>
    <message>
        <source>The department that did your scan, such as radiology or cardiology, which hints at your condition.</source>
        <translation>Le service qui a fait votre examen, comme la radiologie ou la cardiologie, ce qui donne une idée de votre maladie.</translation>
    </message>
    <message>
        <source>A code for the type of department</source>
        <translation>Un code pour le type de service</translation>
    </message>
    <message>
        <source>A code saying what kind of department did your scan, such as cancer care, which hints at your condition.</source>
        <translation>Un code qui indique quel type de service a fait votre examen, par exemple la cancérologie, ce qui donne une idée de votre maladie.</translation>
    </message>
    <message>
        <source>The doctors responsible for your care</source>
        <translation>Les médecins responsables de vos soins</translation>
    </message>
    <message>
        <source>The names of the doctors officially in charge of your care at the time of the scan.</source>
        <translation>Les noms des médecins officiellement chargés de vos soins au moment de l&apos;examen.</translation>
    </message>
    <message>
        <source>ID details of your responsible doctors</source>
        <translation>Les identifiants de vos médecins responsables</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctors officially in charge of your care.</source>
        <translation>Des noms et des codes qui identifient les médecins officiellement chargés de vos soins.</translation>
    </message>
    <message>
        <source>The doctor who performed the scan</source>
        <translation>Le médecin qui a réalisé l&apos;examen</translation>
    </message>
    <message>
        <source>The name of the doctor who carried out your scan or procedure.</source>
        <translation>Le nom du médecin qui a réalisé votre examen ou votre intervention.</translation>
    </message>
    <message>
        <source>ID details of the performing doctor</source>
        <translation>Les identifiants du médecin qui a réalisé l&apos;examen</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor who carried out your scan or procedure.</source>
        <translation>Des noms et des codes qui identifient le médecin qui a réalisé votre examen ou votre intervention.</translation>
    </message>
    <message>
        <source>The doctor who read your scan</source>
        <translation>Le médecin qui a interprété votre examen</translation>
    </message>
    <message>
        <source>The name of the radiologist who looked at your images and wrote the report.</source>
        <translation>Le nom du radiologue qui a regardé vos images et rédigé le compte rendu.</translation>
    </message>
    <message>
        <source>ID details of the doctor who read your scan</source>
        <translation>Les identifiants du médecin qui a interprété votre examen</translation>
    </message>
    <message>
        <source>Names and codes that identify the radiologist who looked at your images.</source>
        <translation>Des noms et des codes qui identifient le radiologue qui a regardé vos images.</translation>
    </message>
    <message>
        <source>The staff who ran the scanner</source>
        <translation>Le personnel qui a utilisé l&apos;appareil</translation>
    </message>
    <message>
        <source>The names of the technologists who operated the scanner during your visit.</source>
        <translation>Les noms des manipulateurs radio qui ont utilisé l&apos;appareil pendant votre visite.</translation>
    </message>
    <message>
        <source>ID details of the scanner staff</source>
        <translation>Les identifiants du personnel de l&apos;appareil</translation>
    </message>
    <message>
        <source>Names and codes that identify the technologists who operated the scanner during your visit.</source>
        <translation>Des noms et des codes qui identifient les manipulateurs radio qui ont utilisé l&apos;appareil pendant votre visite.</translation>
    </message>
    <message>
        <source>Why you were admitted</source>
        <translation>Pourquoi vous avez été hospitalisé(e)</translation>
    </message>
    <message>
        <source>The diagnosis written down when you were admitted to hospital, which is sensitive health information.</source>
        <translation>Le diagnostic noté lors de votre hospitalisation, qui est une information de santé sensible.</translation>
    </message>
    <message>
        <source>Codes for why you were admitted</source>
        <translation>Les codes du motif de votre hospitalisation</translation>
    </message>
    <message>
        <source>Medical codes for the diagnosis given when you were admitted, which anyone can look up.</source>
        <translation>Les codes médicaux du diagnostic posé lors de votre hospitalisation, que tout le monde peut rechercher.</translation>
    </message>
    <message>
        <source>A description of a slide image</source>
        <translation>Une description d&apos;une image de lame</translation>
    </message>
    <message>
        <source>Text describing a zoomable microscope slide image, which may include notes typed by staff.</source>
        <translation>Un texte qui décrit une image de lame de microscope agrandissable, et qui peut contenir des notes saisies par le personnel.</translation>
    </message>
    <message>
        <source>Links to related scans</source>
        <translation>Des liens vers des examens apparentés</translation>
    </message>
    <message>
        <source>Unique numbers of other scans this one refers to, which connect it to the rest of your records.</source>
        <translation>Les numéros uniques d&apos;autres examens auxquels celui-ci fait référence, qui le relient au reste de votre dossier.</translation>
    </message>
    <message>
        <source>A link to the record of your procedure</source>
        <translation>Un lien vers le dossier de votre intervention</translation>
    </message>
    <message>
        <source>Unique numbers linking these images to the hospital&apos;s own record of the procedure you had.</source>
        <translation>Des numéros uniques qui relient ces images au dossier de l&apos;hôpital sur l&apos;intervention ou l&apos;examen que vous avez eu.</translation>
    </message>
    <message>
        <source>A link to your patient record</source>
        <translation>Un lien vers votre dossier de patient</translation>
    </message>
    <message>
        <source>A unique number pointing to your patient record in the hospital&apos;s systems.</source>
        <translation>Un numéro unique qui renvoie à votre dossier de patient dans les systèmes de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Links to related images</source>
        <translation>Des liens vers des images apparentées</translation>
    </message>
    <message>
        <source>Unique numbers of other images this one refers to, such as earlier pictures of you.</source>
        <translation>Les numéros uniques d&apos;autres images auxquelles celle-ci fait référence, comme des images plus anciennes de vous.</translation>
    </message>
    <message>
        <source>A reference number of a related image</source>
        <translation>Un numéro de référence d&apos;une image apparentée</translation>
    </message>
    <message>
        <source>The unique number of another image or document this one refers to, which ties your files together.</source>
        <translation>Le numéro unique d&apos;une autre image ou d&apos;un autre document auquel celui-ci fait référence, ce qui relie vos fichiers entre eux.</translation>
    </message>
    <message>
        <source>A unique number for a data request</source>
        <translation>Un numéro unique pour une demande de données</translation>
    </message>
    <message>
        <source>A unique number for a hospital system&apos;s request about your images, which can appear in its logs.</source>
        <translation>Un numéro unique pour une demande d&apos;un système de l&apos;hôpital concernant vos images, qui peut apparaître dans ses journaux.</translation>
    </message>
    <message>
        <source>How this image was made from others</source>
        <translation>Comment cette image a été créée à partir d&apos;autres</translation>
    </message>
    <message>
        <source>Text saying how this image was produced from other images, which may include notes typed by staff.</source>
        <translation>Un texte qui explique comment cette image a été produite à partir d&apos;autres images, et qui peut contenir des notes saisies par le personnel.</translation>
    </message>
    <message>
        <source>Links to the original images</source>
        <translation>Des liens vers les images d&apos;origine</translation>
    </message>
    <message>
        <source>Unique numbers of the images this one was made from, which tie it back to your original scan.</source>
        <translation>Les numéros uniques des images à partir desquelles celle-ci a été créée, qui la relient à votre examen d&apos;origine.</translation>
    </message>
    <message>
        <source>A unique number for one X-ray exposure</source>
        <translation>Un numéro unique pour une exposition aux rayons X</translation>
    </message>
    <message>
        <source>A unique number for a single radiation exposure during your scan, which links to dose records about you.</source>
        <translation>Un numéro unique pour une seule exposition aux rayons pendant votre examen, qui renvoie aux relevés de dose vous concernant.</translation>
    </message>
    <message>
        <source>Comments meant to identify the image</source>
        <translation>Des commentaires destinés à identifier l&apos;image</translation>
    </message>
    <message>
        <source>Old-style comments used to label the image, which may contain your name or other personal details.</source>
        <translation>Des commentaires d&apos;ancien style servant à étiqueter l&apos;image, qui peuvent contenir votre nom ou d&apos;autres informations personnelles.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your full name as the hospital recorded it, readable by anyone who opens the disc.</source>
        <translation>Votre nom complet tel que l&apos;hôpital l&apos;a enregistré, lisible par toute personne qui ouvre le disque.</translation>
    </message>
    <message>
        <source>Your hospital patient number</source>
        <translation>Votre numéro de patient à l&apos;hôpital</translation>
    </message>
    <message>
        <source>The number the hospital files your records under; with it someone can ask about your other visits.</source>
        <translation>Le numéro sous lequel l&apos;hôpital classe votre dossier ; avec lui, quelqu&apos;un peut se renseigner sur vos autres visites.</translation>
    </message>
    <message>
        <source>Who gave you your patient number</source>
        <translation>Qui vous a attribué votre numéro de patient</translation>
    </message>
    <message>
        <source>The hospital or system that issued your patient number, which shows where your records are kept.</source>
        <translation>L&apos;hôpital ou le système qui a attribué votre numéro de patient, ce qui montre où votre dossier est conservé.</translation>
    </message>
    <message>
        <source>Your birth date</source>
        <translation>Votre date de naissance</translation>
    </message>
    <message>
        <source>Your date of birth, which together with your sex and postcode is enough to identify most people.</source>
        <translation>Votre date de naissance, qui, avec votre sexe et votre code postal, suffit à identifier la plupart des gens.</translation>
    </message>
    <message>
        <source>Your birth time</source>
        <translation>Votre heure de naissance</translation>
    </message>
    <message>
        <source>The time of day you were born, which makes your birth date even more unique to you.</source>
        <translation>L&apos;heure à laquelle vous êtes né(e), qui rend votre date de naissance encore plus propre à vous.</translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation>Votre sexe</translation>
    </message>
    <message>
        <source>The sex recorded for you, which narrows down who you are when combined with your age and the place.</source>
        <translation>Le sexe enregistré pour vous, qui permet de savoir plus précisément qui vous êtes quand on le combine à votre âge et au lieu.</translation>
    </message>
    <message>
        <source>Your insurance plan codes</source>
        <translation>Les codes de votre assurance santé</translation>
    </message>
    <message>
        <source>Codes for your health insurance plan, which reveal who insures you and can help trace your policy.</source>
        <translation>Les codes de votre contrat d&apos;assurance santé, qui révèlent qui vous assure et peuvent aider à retrouver votre contrat.</translation>
    </message>
    <message>
        <source>Your main language</source>
        <translation>Votre langue principale</translation>
    </message>
    <message>
        <source>The language you speak, recorded so staff can talk to you; it can hint at your background.</source>
        <translation>La langue que vous parlez, notée pour que le personnel puisse vous parler ; elle peut donner une idée de vos origines.</translation>
    </message>
    <message>
        <source>Details about your main language</source>
        <translation>Des précisions sur votre langue principale</translation>
    </message>
    <message>
        <source>Extra detail about the language you speak, such as a dialect, which can hint at your background.</source>
        <translation>Des précisions sur la langue que vous parlez, comme un dialecte, qui peuvent donner une idée de vos origines.</translation>
    </message>
    <message>
        <source>Your other patient numbers</source>
        <translation>Vos autres numéros de patient</translation>
    </message>
    <message>
        <source>Patient numbers other hospitals or systems have given you, each of which can unlock more of your records.</source>
        <translation>Les numéros de patient que d&apos;autres hôpitaux ou systèmes vous ont attribués ; chacun peut donner accès à une autre partie de votre dossier.</translation>
    </message>
    <message>
        <source>Other names you are known by</source>
        <translation>Les autres noms sous lesquels vous êtes connu(e)</translation>
    </message>
    <message>
        <source>Other names recorded for you, such as a former or married name.</source>
        <translation>D&apos;autres noms enregistrés pour vous, comme un ancien nom ou un nom d&apos;épouse ou d&apos;époux.</translation>
    </message>
    <message>
        <source>Your other patient numbers, with issuers</source>
        <translation>Vos autres numéros de patient, avec leurs émetteurs</translation>
    </message>
    <message>
        <source>A list of patient numbers from other hospitals or systems, with who issued each one, linking all your records together.</source>
        <translation>Une liste de numéros de patient d&apos;autres hôpitaux ou systèmes, avec l&apos;organisme qui a attribué chacun d&apos;eux, ce qui relie tous vos dossiers entre eux.</translation>
    </message>
    <message>
        <source>Your birth name</source>
        <translation>Votre nom de naissance</translation>
    </message>
    <message>
        <source>The name you had at birth, if it differs from your name now.</source>
        <translation>Le nom que vous aviez à la naissance, s&apos;il est différent de votre nom actuel.</translation>
    </message>
    <message>
        <source>Your age</source>
        <translation>Votre âge</translation>
    </message>
    <message>
        <source>Your age at the time of the scan; with the scan date it reveals roughly when you were born.</source>
        <translation>Votre âge au moment de l&apos;examen ; avec la date de l&apos;examen, il révèle à peu près quand vous êtes né(e).</translation>
    </message>
    <message>
        <source>Your height</source>
        <translation>Votre taille</translation>
    </message>
    <message>
        <source>Your height as recorded for the scan, which narrows down who you are together with other details.</source>
        <translation>Votre taille telle qu&apos;elle a été notée pour l&apos;examen ; avec d&apos;autres informations, elle permet de savoir plus précisément qui vous êtes.</translation>
    </message>
    <message>
        <source>Your weight</source>
        <translation>Votre poids</translation>
    </message>
    <message>
        <source>Your body weight as recorded for the scan, which is personal health information.</source>
        <translation>Votre poids tel qu&apos;il a été noté pour l&apos;examen, qui est une information de santé personnelle.</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Votre adresse</translation>
    </message>
    <message>
        <source>Your home address as the hospital recorded it, which tells anyone with the disc where you live.</source>
        <translation>Votre adresse personnelle telle que l&apos;hôpital l&apos;a enregistrée, qui indique où vous habitez à toute personne qui a le disque.</translation>
    </message>
    <message>
        <source>Your insurance plan number</source>
        <translation>Votre numéro d&apos;assurance santé</translation>
    </message>
    <message>
        <source>The number of your health insurance plan, which can be used to look up or misuse your coverage.</source>
        <translation>Le numéro de votre contrat d&apos;assurance santé, qui peut servir à consulter votre couverture ou à l&apos;utiliser de façon frauduleuse.</translation>
    </message>
    <message>
        <source>Your mother&apos;s birth name</source>
        <translation>Le nom de naissance de votre mère</translation>
    </message>
    <message>
        <source>Your mother&apos;s name before marriage, which is often used as a security question.</source>
        <translation>Le nom de jeune fille de votre mère, souvent utilisé comme question de sécurité.</translation>
    </message>
    <message>
        <source>Your military rank</source>
        <translation>Votre grade militaire</translation>
    </message>
    <message>
        <source>Your rank in the armed forces, which reveals your job and narrows down who you are.</source>
        <translation>Votre grade dans les forces armées, qui révèle votre métier et permet de savoir plus précisément qui vous êtes.</translation>
    </message>
    <message>
        <source>Your branch of military service</source>
        <translation>Votre armée d&apos;appartenance</translation>
    </message>
    <message>
        <source>Which armed service you belong to, such as army or navy, which narrows down who you are.</source>
        <translation>L&apos;armée à laquelle vous appartenez, comme l&apos;armée de terre ou la marine, ce qui permet de savoir plus précisément qui vous êtes.</translation>
    </message>
    <message>
        <source>Where your medical record is kept</source>
        <translation>L&apos;endroit où votre dossier médical est conservé</translation>
    </message>
    <message>
        <source>A locator for your paper or electronic medical record, which leads straight to your full file.</source>
        <translation>Une indication de l&apos;emplacement de votre dossier médical papier ou électronique, qui mène directement à votre dossier complet.</translation>
    </message>
    <message>
        <source>Links to photos of you</source>
        <translation>Des liens vers des photos de vous</translation>
    </message>
    <message>
        <source>References to photographs of you kept for identification, which may show your face.</source>
        <translation>Des références à des photographies de vous conservées pour vous identifier, qui peuvent montrer votre visage.</translation>
    </message>
    <message>
        <source>Your medical alerts</source>
        <translation>Vos alertes médicales</translation>
    </message>
    <message>
        <source>Warnings about your health that staff must know, such as a pacemaker or infection, which are sensitive details.</source>
        <translation>Des avertissements sur votre santé que le personnel doit connaître, comme un stimulateur cardiaque ou une infection, qui sont des informations sensibles.</translation>
    </message>
    <message>
        <source>Your allergies</source>
        <translation>Vos allergies</translation>
    </message>
    <message>
        <source>The allergies recorded for you, such as to contrast dye or medicines, which are personal health details.</source>
        <translation>Les allergies enregistrées pour vous, par exemple au produit de contraste ou à des médicaments, qui sont des informations de santé personnelles.</translation>
    </message>
    <message>
        <source>Your country of residence</source>
        <translation>Votre pays de résidence</translation>
    </message>
    <message>
        <source>The country you live in, which narrows down who you are.</source>
        <translation>Le pays où vous habitez, ce qui permet de savoir plus précisément qui vous êtes.</translation>
    </message>
    <message>
        <source>Your region of residence</source>
        <translation>Votre région de résidence</translation>
    </message>
    <message>
        <source>The region, state or district where you live, which narrows down who you are.</source>
        <translation>La région, l&apos;État ou le département où vous habitez, ce qui permet de savoir plus précisément qui vous êtes.</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Votre numéro de téléphone</translation>
    </message>
    <message>
        <source>Your telephone numbers as the hospital recorded them, which lead straight to you.</source>
        <translation>Vos numéros de téléphone tels que l&apos;hôpital les a enregistrés, qui mènent directement à vous.</translation>
    </message>
    <message>
        <source>Your phone, fax or email details</source>
        <translation>Vos coordonnées téléphone, fax ou e-mail</translation>
    </message>
    <message>
        <source>Ways to contact you, such as phone numbers, fax or email addresses, which lead straight to you.</source>
        <translation>Les moyens de vous contacter, comme des numéros de téléphone ou de fax ou des adresses e-mail, qui mènent directement à vous.</translation>
    </message>
    <message>
        <source>Your ethnic group</source>
        <translation>Votre groupe ethnique</translation>
    </message>
    <message>
        <source>The ethnic group recorded for you, which is sensitive and narrows down who you are.</source>
        <translation>Le groupe ethnique enregistré pour vous, une information sensible qui permet de savoir plus précisément qui vous êtes.</translation>
    </message>
    <message>
        <source>Your occupation</source>
        <translation>Votre profession</translation>
    </message>
    <message>
        <source>Your job as recorded by the hospital, which narrows down who you are and may be rare enough to identify you.</source>
        <translation>Votre métier tel que l&apos;hôpital l&apos;a noté, qui permet de savoir plus précisément qui vous êtes et peut être assez rare pour vous identifier.</translation>
    </message>
    <message>
        <source>Whether you smoke</source>
        <translation>Si vous fumez</translation>
    </message>
    <message>
        <source>Your smoking status, which is personal health information.</source>
        <translation>Votre statut de fumeur ou de non-fumeur, qui est une information de santé personnelle.</translation>
    </message>
    <message>
        <source>Notes on your medical history</source>
        <translation>Des notes sur vos antécédents médicaux</translation>
    </message>
    <message>
        <source>Extra notes about your medical history, which are sensitive and may mention names or places.</source>
        <translation>Des notes supplémentaires sur vos antécédents médicaux, qui sont sensibles et peuvent citer des noms ou des lieux.</translation>
    </message>
    <message>
        <source>Whether you are pregnant</source>
        <translation>Si vous êtes enceinte</translation>
    </message>
    <message>
        <source>Your pregnancy status at the time of the scan, which is personal health information.</source>
        <translation>Votre état de grossesse au moment de l&apos;examen, qui est une information de santé personnelle.</translation>
    </message>
    <message>
        <source>The date of your last period</source>
        <translation>La date de vos dernières règles</translation>
    </message>
    <message>
        <source>The date your last menstrual period started, a personal date tied to you.</source>
        <translation>La date de début de vos dernières règles, une date personnelle liée à vous.</translation>
    </message>
    <message>
        <source>Your religion</source>
        <translation>Votre religion</translation>
    </message>
    <message>
        <source>Your religious preference as the hospital recorded it, which is sensitive personal information.</source>
        <translation>Votre religion telle que l&apos;hôpital l&apos;a enregistrée, qui est une information personnelle sensible.</translation>
    </message>
    <message>
        <source>Whether an animal was neutered</source>
        <translation>Si un animal a été stérilisé</translation>
    </message>
    <message>
        <source>For animal patients, whether they were neutered; for people this is normally empty.</source>
        <translation>Pour les patients animaux, s&apos;ils ont été stérilisés ; pour les personnes, ce champ est normalement vide.</translation>
    </message>
    <message>
        <source>The person responsible for you</source>
        <translation>La personne responsable de vous</translation>
    </message>
    <message>
        <source>The name of a parent, guardian or other person responsible for you, which identifies your family.</source>
        <translation>Le nom d&apos;un parent, d&apos;un tuteur ou d&apos;une autre personne responsable de vous, qui identifie votre famille.</translation>
    </message>
    <message>
        <source>The organisation responsible for you</source>
        <translation>L&apos;organisme responsable de vous</translation>
    </message>
    <message>
        <source>The name of an organisation responsible for you, such as a care home or, for animals, an owner&apos;s company.</source>
        <translation>Le nom d&apos;un organisme responsable de vous, comme une maison de retraite ou, pour les animaux, l&apos;entreprise du propriétaire.</translation>
    </message>
    <message>
        <source>Comments about you</source>
        <translation>Des commentaires vous concernant</translation>
    </message>
    <message>
        <source>Notes staff wrote about you as a patient, which may include names, dates or health details.</source>
        <translation>Des notes que le personnel a écrites sur vous en tant que patient, qui peuvent contenir des noms, des dates ou des informations de santé.</translation>
    </message>
    <message>
        <source>The sponsor of your clinical trial</source>
        <translation>Le promoteur de votre essai clinique</translation>
    </message>
    <message>
        <source>The company or body running a clinical trial you take part in, which reveals your participation.</source>
        <translation>L&apos;entreprise ou l&apos;organisme qui mène un essai clinique auquel vous participez, ce qui révèle votre participation.</translation>
    </message>
    <message>
        <source>The clinical trial&apos;s ID number</source>
        <translation>Le numéro d&apos;identification de l&apos;essai clinique</translation>
    </message>
    <message>
        <source>The ID of a clinical trial you take part in, which reveals your participation and can hint at your condition.</source>
        <translation>L&apos;identifiant d&apos;un essai clinique auquel vous participez, qui révèle votre participation et peut donner une idée de votre maladie.</translation>
    </message>
    <message>
        <source>The clinical trial&apos;s name</source>
        <translation>Le nom de l&apos;essai clinique</translation>
    </message>
    <message>
        <source>The name of a clinical trial you take part in, which can reveal your illness.</source>
        <translation>Le nom d&apos;un essai clinique auquel vous participez, qui peut révéler votre maladie.</translation>
    </message>
    <message>
        <source>Who issued the trial&apos;s ID number</source>
        <translation>Qui a attribué le numéro de l&apos;essai</translation>
    </message>
    <message>
        <source>The organisation that gave the clinical trial its ID number.</source>
        <translation>L&apos;organisme qui a attribué son numéro d&apos;identification à l&apos;essai clinique.</translation>
    </message>
    <message>
        <source>Other ID numbers of the clinical trial</source>
        <translation>Les autres numéros d&apos;identification de l&apos;essai clinique</translation>
    </message>
    <message>
        <source>Other registration numbers for the clinical trial you take part in, which anyone can look up in trial registers.</source>
        <translation>D&apos;autres numéros d&apos;enregistrement de l&apos;essai clinique auquel vous participez, que tout le monde peut rechercher dans les registres d&apos;essais.</translation>
    </message>
    <message>
        <source>The trial site&apos;s ID number</source>
        <translation>Le numéro du centre de l&apos;essai</translation>
    </message>
    <message>
        <source>The number of the hospital or clinic where you take part in a clinical trial.</source>
        <translation>Le numéro de l&apos;hôpital ou de la clinique où vous participez à un essai clinique.</translation>
    </message>
    <message>
        <source>The trial site&apos;s name</source>
        <translation>Le nom du centre de l&apos;essai</translation>
    </message>
    <message>
        <source>The name of the hospital or clinic where you take part in a clinical trial.</source>
        <translation>Le nom de l&apos;hôpital ou de la clinique où vous participez à un essai clinique.</translation>
    </message>
    <message>
        <source>Who issued the trial site number</source>
        <translation>Qui a attribué le numéro du centre de l&apos;essai</translation>
    </message>
    <message>
        <source>The organisation that numbered the clinical trial sites.</source>
        <translation>L&apos;organisme qui a numéroté les centres de l&apos;essai clinique.</translation>
    </message>
    <message>
        <source>Your number in the clinical trial</source>
        <translation>Votre numéro dans l&apos;essai clinique</translation>
    </message>
    <message>
        <source>The code the clinical trial uses for you; the trial team can link it back to your name.</source>
        <translation>Le code que l&apos;essai clinique utilise pour vous ; l&apos;équipe de l&apos;essai peut le relier à votre nom.</translation>
    </message>
    <message>
        <source>Who issued your trial number</source>
        <translation>Qui vous a attribué votre numéro d&apos;essai</translation>
    </message>
    <message>
        <source>The organisation that gave you your clinical trial number.</source>
        <translation>L&apos;organisme qui vous a attribué votre numéro dans l&apos;essai clinique.</translation>
    </message>
    <message>
        <source>Your trial number for image readers</source>
        <translation>Votre numéro d&apos;essai pour les lecteurs d&apos;images</translation>
    </message>
    <message>
        <source>A code for you used when the trial&apos;s experts read your images, which the trial team can link back to you.</source>
        <translation>Un code qui vous désigne quand les experts de l&apos;essai lisent vos images, et que l&apos;équipe de l&apos;essai peut relier à vous.</translation>
    </message>
    <message>
        <source>Who issued your reader number</source>
        <translation>Qui a attribué votre numéro de lecteur</translation>
    </message>
    <message>
        <source>The organisation that gave you the code used by the trial&apos;s image readers.</source>
        <translation>L&apos;organisme qui vous a attribué le code utilisé par les lecteurs d&apos;images de l&apos;essai.</translation>
    </message>
    <message>
        <source>The trial visit this scan belongs to</source>
        <translation>La visite de l&apos;essai à laquelle appartient cet examen</translation>
    </message>
    <message>
        <source>A label for the point in the clinical trial when this scan was taken, such as &apos;baseline&apos; or &apos;week 12&apos;.</source>
        <translation>Une étiquette indiquant à quel moment de l&apos;essai clinique cet examen a été fait, comme « inclusion » ou « semaine 12 ».</translation>
    </message>
    <message>
        <source>A description of the trial visit</source>
        <translation>Une description de la visite de l&apos;essai</translation>
    </message>
    <message>
        <source>Text describing the point in the clinical trial when this scan was taken, which may include dates or notes.</source>
        <translation>Un texte décrivant le moment de l&apos;essai clinique où cet examen a été fait, qui peut contenir des dates ou des notes.</translation>
    </message>
    <message>
        <source>Who issued the trial visit label</source>
        <translation>Qui a attribué l&apos;étiquette de visite de l&apos;essai</translation>
    </message>
    <message>
        <source>The organisation that labelled the visits of the clinical trial.</source>
        <translation>L&apos;organisme qui a étiqueté les visites de l&apos;essai clinique.</translation>
    </message>
    <message>
        <source>The trial&apos;s coordinating centre</source>
        <translation>Le centre coordinateur de l&apos;essai</translation>
    </message>
    <message>
        <source>The name of the centre that coordinates the clinical trial you take part in.</source>
        <translation>Le nom du centre qui coordonne l&apos;essai clinique auquel vous participez.</translation>
    </message>
    <message>
        <source>The trial&apos;s number for this image set</source>
        <translation>Le numéro de cette série d&apos;images dans l&apos;essai</translation>
    </message>
    <message>
        <source>The number the clinical trial gave to this group of your images.</source>
        <translation>Le numéro que l&apos;essai clinique a donné à ce groupe de vos images.</translation>
    </message>
    <message>
        <source>The trial&apos;s description of this image set</source>
        <translation>La description de cette série d&apos;images par l&apos;essai</translation>
    </message>
    <message>
        <source>Text the clinical trial wrote about this group of your images, which may include notes.</source>
        <translation>Un texte écrit par l&apos;essai clinique sur ce groupe de vos images, qui peut contenir des notes.</translation>
    </message>
    <message>
        <source>Who issued the trial&apos;s image set number</source>
        <translation>Qui a attribué le numéro de série d&apos;images de l&apos;essai</translation>
    </message>
    <message>
        <source>The organisation that numbered the image sets in the clinical trial.</source>
        <translation>L&apos;organisme qui a numéroté les séries d&apos;images dans l&apos;essai clinique.</translation>
    </message>
    <message>
        <source>The ethics committee that approved the trial</source>
        <translation>Le comité d&apos;éthique qui a approuvé l&apos;essai</translation>
    </message>
    <message>
        <source>The name of the ethics committee that approved the clinical trial, which usually reveals the region or hospital.</source>
        <translation>Le nom du comité d&apos;éthique qui a approuvé l&apos;essai clinique, qui révèle généralement la région ou l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The trial&apos;s ethics approval number</source>
        <translation>Le numéro d&apos;avis éthique de l&apos;essai</translation>
    </message>
    <message>
        <source>The approval number the ethics committee gave the clinical trial, which can be looked up to find the trial and its site.</source>
        <translation>Le numéro d&apos;avis que le comité d&apos;éthique a donné à l&apos;essai clinique ; on peut le rechercher pour trouver l&apos;essai et son centre.</translation>
    </message>
    <message>
        <source>When the trial&apos;s ethics approval began</source>
        <translation>Début de l&apos;avis éthique de l&apos;essai</translation>
    </message>
    <message>
        <source>The date the ethics approval for the clinical trial started; it is not about you but narrows down the trial.</source>
        <translation>La date à laquelle l&apos;avis éthique de l&apos;essai clinique a pris effet ; elle ne vous concerne pas mais permet d&apos;identifier l&apos;essai plus précisément.</translation>
    </message>
    <message>
        <source>When the trial&apos;s ethics approval ends</source>
        <translation>Fin de l&apos;avis éthique de l&apos;essai</translation>
    </message>
    <message>
        <source>The date the ethics approval for the clinical trial runs out; it is not about you but narrows down the trial.</source>
        <translation>La date à laquelle l&apos;avis éthique de l&apos;essai clinique expire ; elle ne vous concerne pas mais permet d&apos;identifier l&apos;essai plus précisément.</translation>
    </message>
    <message>
        <source>The time a testing device was calibrated</source>
        <translation>L&apos;heure d&apos;étalonnage d&apos;un appareil de contrôle</translation>
    </message>
    <message>
        <source>When an industrial testing device was last calibrated; it is about the equipment, not you.</source>
        <translation>Le moment du dernier étalonnage d&apos;un appareil de contrôle industriel ; cela concerne l&apos;équipement, pas vous.</translation>
    </message>
    <message>
        <source>The date a testing device was calibrated</source>
        <translation>La date d&apos;étalonnage d&apos;un appareil de contrôle</translation>
    </message>
    <message>
        <source>The day an industrial testing device was last calibrated; it is about the equipment, not you.</source>
        <translation>Le jour du dernier étalonnage d&apos;un appareil de contrôle industriel ; cela concerne l&apos;équipement, pas vous.</translation>
    </message>
    <message>
        <source>The camera maker&apos;s hidden notes</source>
        <translation>Les notes cachées du fabricant de l&apos;appareil photo</translation>
    </message>
    <message>
        <source>Hidden data a camera maker stores in a photo, which can include the camera&apos;s serial number or owner.</source>
        <translation>Des données cachées qu&apos;un fabricant d&apos;appareil photo enregistre dans une photo, qui peuvent inclure le numéro de série ou le propriétaire de l&apos;appareil.</translation>
    </message>
    <message>
        <source>The camera&apos;s settings description</source>
        <translation>La description des réglages de l&apos;appareil photo</translation>
    </message>
    <message>
        <source>Text describing the camera settings used for a photo, which may include typed notes.</source>
        <translation>Un texte qui décrit les réglages de l&apos;appareil photo utilisés pour une photo, qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>The camera owner&apos;s name</source>
        <translation>Le nom du propriétaire de l&apos;appareil photo</translation>
    </message>
    <message>
        <source>The name of whoever owns the camera that took the photo, such as the doctor or the clinic.</source>
        <translation>Le nom du propriétaire de l&apos;appareil photo qui a pris la photo, par exemple le médecin ou la clinique.</translation>
    </message>
    <message>
        <source>The camera lens details</source>
        <translation>Les caractéristiques de l&apos;objectif</translation>
    </message>
    <message>
        <source>The focal length and aperture range of the camera lens used for a photo.</source>
        <translation>La focale et la plage d&apos;ouverture de l&apos;objectif utilisé pour une photo.</translation>
    </message>
    <message>
        <source>The lens maker</source>
        <translation>Le fabricant de l&apos;objectif</translation>
    </message>
    <message>
        <source>The company that made the camera lens used for a photo.</source>
        <translation>L&apos;entreprise qui a fabriqué l&apos;objectif utilisé pour une photo.</translation>
    </message>
    <message>
        <source>The lens model</source>
        <translation>Le modèle de l&apos;objectif</translation>
    </message>
    <message>
        <source>The model of camera lens used for a photo, which helps identify the equipment.</source>
        <translation>Le modèle d&apos;objectif utilisé pour une photo, qui aide à identifier l&apos;équipement.</translation>
    </message>
    <message>
        <source>The lens serial number</source>
        <translation>Le numéro de série de l&apos;objectif</translation>
    </message>
    <message>
        <source>The serial number of the camera lens, which identifies the exact lens and who owns it.</source>
        <translation>Le numéro de série de l&apos;objectif, qui identifie l&apos;objectif exact et son propriétaire.</translation>
    </message>
    <message>
        <source>The photo location format version</source>
        <translation>La version du format de localisation de la photo</translation>
    </message>
    <message>
        <source>The version of the location format used in a photo; on its own it reveals nothing.</source>
        <translation>La version du format de localisation utilisé dans une photo ; à elle seule, elle ne révèle rien.</translation>
    </message>
    <message>
        <source>North or south for the photo location</source>
        <translation>Nord ou sud pour le lieu de la photo</translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded latitude is north or south of the equator.</source>
        <translation>Indique si la latitude enregistrée de la photo est au nord ou au sud de l&apos;équateur.</translation>
    </message>
    <message>
        <source>The latitude where the photo was taken</source>
        <translation>La latitude du lieu de la photo</translation>
    </message>
    <message>
        <source>Satellite-measured latitude of where the photo was taken, which with the longitude can point to a building.</source>
        <translation>La latitude, mesurée par satellite, de l&apos;endroit où la photo a été prise ; avec la longitude, elle peut désigner un bâtiment.</translation>
    </message>
    <message>
        <source>East or west for the photo location</source>
        <translation>Est ou ouest pour le lieu de la photo</translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded longitude is east or west of Greenwich.</source>
        <translation>Indique si la longitude enregistrée de la photo est à l&apos;est ou à l&apos;ouest de Greenwich.</translation>
    </message>
    <message>
        <source>The longitude where the photo was taken</source>
        <translation>La longitude du lieu de la photo</translation>
    </message>
    <message>
        <source>Satellite-measured longitude of where the photo was taken, which with the latitude can point to a building.</source>
        <translation>La longitude, mesurée par satellite, de l&apos;endroit où la photo a été prise ; avec la latitude, elle peut désigner un bâtiment.</translation>
    </message>
    <message>
        <source>Above or below sea level for the photo</source>
        <translation>Au-dessus ou au-dessous du niveau de la mer pour la photo</translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded altitude is above or below sea level.</source>
        <translation>Indique si l&apos;altitude enregistrée de la photo est au-dessus ou au-dessous du niveau de la mer.</translation>
    </message>
    <message>
        <source>The altitude where the photo was taken</source>
        <translation>L&apos;altitude du lieu de la photo</translation>
    </message>
    <message>
        <source>The height above sea level where the photo was taken, which can help pin down the place.</source>
        <translation>La hauteur au-dessus du niveau de la mer où la photo a été prise, qui peut aider à situer le lieu.</translation>
    </message>
    <message>
        <source>The satellite clock time of the photo</source>
        <translation>L&apos;heure satellite de la photo</translation>
    </message>
    <message>
        <source>The exact time the camera&apos;s location receiver recorded, which shows when the photo was taken.</source>
        <translation>L&apos;heure exacte enregistrée par le récepteur de localisation de l&apos;appareil photo, qui montre quand la photo a été prise.</translation>
    </message>
    <message>
        <source>The satellites used to locate the photo</source>
        <translation>Les satellites utilisés pour localiser la photo</translation>
    </message>
    <message>
        <source>Which positioning satellites the camera used to work out where the photo was taken.</source>
        <translation>Les satellites de positionnement que l&apos;appareil photo a utilisés pour déterminer où la photo a été prise.</translation>
    </message>
    <message>
        <source>The status of the photo&apos;s location fix</source>
        <translation>L&apos;état de la localisation de la photo</translation>
    </message>
    <message>
        <source>Whether the camera&apos;s location receiver was working when the photo was taken.</source>
        <translation>Indique si le récepteur de localisation de l&apos;appareil photo fonctionnait quand la photo a été prise.</translation>
    </message>
    <message>
        <source>How the photo&apos;s location was measured</source>
        <translation>Comment le lieu de la photo a été mesuré</translation>
    </message>
    <message>
        <source>Whether the camera measured its location in two or three dimensions.</source>
        <translation>Indique si l&apos;appareil photo a mesuré sa position en deux ou en trois dimensions.</translation>
    </message>
    <message>
        <source>How precise the photo&apos;s location is</source>
        <translation>La précision du lieu de la photo</translation>
    </message>
    <message>
        <source>A measure of how precise the camera&apos;s recorded location is.</source>
        <translation>Une mesure de la précision de la position enregistrée par l&apos;appareil photo.</translation>
    </message>
    <message>
        <source>The unit of the camera&apos;s speed</source>
        <translation>L&apos;unité de vitesse de l&apos;appareil photo</translation>
    </message>
    <message>
        <source>The unit used for the speed the camera was moving at, such as km/h.</source>
        <translation>L&apos;unité utilisée pour la vitesse à laquelle l&apos;appareil photo se déplaçait, comme les km/h.</translation>
    </message>
    <message>
        <source>How fast the camera was moving</source>
        <translation>La vitesse de déplacement de l&apos;appareil photo</translation>
    </message>
    <message>
        <source>The speed the camera was moving at when the photo was taken.</source>
        <translation>La vitesse à laquelle l&apos;appareil photo se déplaçait quand la photo a été prise.</translation>
    </message>
    <message>
        <source>The reference for the camera&apos;s direction</source>
        <translation>La référence de direction de l&apos;appareil photo</translation>
    </message>
    <message>
        <source>Whether the camera&apos;s direction of travel is measured from true or magnetic north.</source>
        <translation>Indique si la direction de déplacement de l&apos;appareil photo est mesurée par rapport au nord géographique ou au nord magnétique.</translation>
    </message>
    <message>
        <source>The direction the camera was moving</source>
        <translation>La direction de déplacement de l&apos;appareil photo</translation>
    </message>
    <message>
        <source>The direction the camera was travelling in when the photo was taken.</source>
        <translation>La direction dans laquelle l&apos;appareil photo se déplaçait quand la photo a été prise.</translation>
    </message>
    <message>
        <source>The reference for the photo&apos;s direction</source>
        <translation>La référence de direction de la photo</translation>
    </message>
    <message>
        <source>Whether the direction the camera faced is measured from true or magnetic north.</source>
        <translation>Indique si la direction vers laquelle l&apos;appareil photo était tourné est mesurée par rapport au nord géographique ou au nord magnétique.</translation>
    </message>
    <message>
        <source>The direction the camera faced</source>
        <translation>La direction vers laquelle l&apos;appareil photo était tourné</translation>
    </message>
    <message>
        <source>The compass direction the camera was pointing when the photo was taken.</source>
        <translation>La direction, à la boussole, vers laquelle pointait l&apos;appareil photo quand la photo a été prise.</translation>
    </message>
    <message>
        <source>The map system of the photo location</source>
        <translation>Le système cartographique du lieu de la photo</translation>
    </message>
    <message>
        <source>The map system used for the photo&apos;s recorded location, such as WGS-84.</source>
        <translation>Le système cartographique utilisé pour la position enregistrée de la photo, comme WGS-84.</translation>
    </message>
    <message>
        <source>North or south for the destination</source>
        <translation>Nord ou sud pour la destination</translation>
    </message>
    <message>
        <source>Whether the recorded destination latitude is north or south of the equator.</source>
        <translation>Indique si la latitude enregistrée de la destination est au nord ou au sud de l&apos;équateur.</translation>
    </message>
    <message>
        <source>The latitude of a destination</source>
        <translation>La latitude d&apos;une destination</translation>
    </message>
    <message>
        <source>The latitude of a destination stored with the photo, which can point to a specific place.</source>
        <translation>La latitude d&apos;une destination enregistrée avec la photo, qui peut désigner un endroit précis.</translation>
    </message>
    <message>
        <source>East or west for the destination</source>
        <translation>Est ou ouest pour la destination</translation>
    </message>
    <message>
        <source>Whether the recorded destination longitude is east or west of Greenwich.</source>
        <translation>Indique si la longitude enregistrée de la destination est à l&apos;est ou à l&apos;ouest de Greenwich.</translation>
    </message>
    <message>
        <source>The longitude of a destination</source>
        <translation>La longitude d&apos;une destination</translation>
    </message>
    <message>
        <source>The longitude of a destination stored with the photo, which can point to a specific place.</source>
        <translation>La longitude d&apos;une destination enregistrée avec la photo, qui peut désigner un endroit précis.</translation>
    </message>
    <message>
        <source>The reference for the destination bearing</source>
        <translation>La référence du cap vers la destination</translation>
    </message>
    <message>
        <source>Whether the bearing to the destination is measured from true or magnetic north.</source>
        <translation>Indique si le cap vers la destination est mesuré par rapport au nord géographique ou au nord magnétique.</translation>
    </message>
    <message>
        <source>The bearing to a destination</source>
        <translation>Le cap vers une destination</translation>
    </message>
    <message>
        <source>The compass bearing from where the photo was taken to a stored destination.</source>
        <translation>Le cap, à la boussole, entre l&apos;endroit où la photo a été prise et une destination enregistrée.</translation>
    </message>
    <message>
        <source>The unit of the destination distance</source>
        <translation>L&apos;unité de distance de la destination</translation>
    </message>
    <message>
        <source>The unit used for the distance to a stored destination, such as kilometres.</source>
        <translation>L&apos;unité utilisée pour la distance jusqu&apos;à une destination enregistrée, comme les kilomètres.</translation>
    </message>
    <message>
        <source>The distance to a destination</source>
        <translation>La distance jusqu&apos;à une destination</translation>
    </message>
    <message>
        <source>How far a stored destination was from where the photo was taken.</source>
        <translation>La distance entre une destination enregistrée et l&apos;endroit où la photo a été prise.</translation>
    </message>
    <message>
        <source>How the photo&apos;s location was found</source>
        <translation>Comment le lieu de la photo a été trouvé</translation>
    </message>
    <message>
        <source>The method the camera used to find its location, such as satellite or mobile network.</source>
        <translation>La méthode utilisée par l&apos;appareil photo pour trouver sa position, comme le satellite ou le réseau mobile.</translation>
    </message>
    <message>
        <source>The name of the area of the photo</source>
        <translation>Le nom de la zone de la photo</translation>
    </message>
    <message>
        <source>Text naming the area where the photo was taken, which can be a town or street.</source>
        <translation>Un texte qui nomme la zone où la photo a été prise, qui peut être une ville ou une rue.</translation>
    </message>
    <message>
        <source>The satellite clock date of the photo</source>
        <translation>La date satellite de la photo</translation>
    </message>
    <message>
        <source>The date the camera&apos;s location receiver recorded, which shows the day the photo was taken.</source>
        <translation>La date enregistrée par le récepteur de localisation de l&apos;appareil photo, qui montre le jour où la photo a été prise.</translation>
    </message>
    <message>
        <source>Whether the photo location was corrected</source>
        <translation>Si le lieu de la photo a été corrigé</translation>
    </message>
    <message>
        <source>Whether extra correction was applied to sharpen the camera&apos;s recorded location.</source>
        <translation>Indique si une correction supplémentaire a été appliquée pour préciser la position enregistrée par l&apos;appareil photo.</translation>
    </message>
    <message>
        <source>The contrast dye you were given</source>
        <translation>Le produit de contraste qui vous a été donné</translation>
    </message>
    <message>
        <source>The name of the contrast agent injected or swallowed for your scan, which is a health detail.</source>
        <translation>Le nom du produit de contraste injecté ou avalé pour votre examen, qui est une information de santé.</translation>
    </message>
    <message>
        <source>When a drug given during the scan stopped</source>
        <translation>Quand un médicament donné pendant l&apos;examen a été arrêté</translation>
    </message>
    <message>
        <source>The time a medicine given during your scan was stopped, tied to your visit.</source>
        <translation>L&apos;heure à laquelle un médicament donné pendant votre examen a été arrêté, liée à votre visite.</translation>
    </message>
    <message>
        <source>When a drug given during the scan started</source>
        <translation>Quand un médicament donné pendant l&apos;examen a commencé</translation>
    </message>
    <message>
        <source>The time a medicine given during your scan was started, tied to your visit.</source>
        <translation>L&apos;heure à laquelle un médicament donné pendant votre examen a commencé, liée à votre visite.</translation>
    </message>
    <message>
        <source>The scanner&apos;s serial number</source>
        <translation>Le numéro de série de l&apos;appareil d&apos;imagerie</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s serial number of the machine that scanned you, which identifies the exact scanner and its hospital.</source>
        <translation>Le numéro de série du fabricant de l&apos;appareil qui a fait votre examen, qui identifie l&apos;appareil exact et son hôpital.</translation>
    </message>
    <message>
        <source>A unique number for the scanner</source>
        <translation>Un numéro unique pour l&apos;appareil d&apos;imagerie</translation>
    </message>
    <message>
        <source>A unique number naming the exact machine that made the images, which can identify the hospital.</source>
        <translation>Un numéro unique désignant l&apos;appareil exact qui a produit les images, qui peut identifier l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The X-ray plate number</source>
        <translation>Le numéro de la plaque radiographique</translation>
    </message>
    <message>
        <source>The number of the imaging plate used for your X-ray, which identifies the hospital&apos;s equipment.</source>
        <translation>Le numéro de la plaque d&apos;imagerie utilisée pour votre radio, qui identifie l&apos;équipement de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The X-ray generator number</source>
        <translation>Le numéro du générateur de rayons X</translation>
    </message>
    <message>
        <source>The number of the X-ray generator used for your scan, which identifies the hospital&apos;s equipment.</source>
        <translation>Le numéro du générateur de rayons X utilisé pour votre examen, qui identifie l&apos;équipement de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The X-ray cassette number</source>
        <translation>Le numéro de la cassette radiographique</translation>
    </message>
    <message>
        <source>The number of the film cassette used for your X-ray, which identifies the hospital&apos;s equipment.</source>
        <translation>Le numéro de la cassette de film utilisée pour votre radio, qui identifie l&apos;équipement de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The scanner gantry number</source>
        <translation>Le numéro de l&apos;anneau de l&apos;appareil</translation>
    </message>
    <message>
        <source>The number of the scanner&apos;s ring-shaped frame, which identifies the exact machine.</source>
        <translation>Le numéro de l&apos;anneau (statif) de l&apos;appareil d&apos;imagerie, qui identifie l&apos;appareil exact.</translation>
    </message>
    <message>
        <source>The device&apos;s official unique identifier</source>
        <translation>L&apos;identifiant unique officiel du dispositif</translation>
    </message>
    <message>
        <source>The unique device identifier printed on medical equipment, which names the exact device used on you.</source>
        <translation>L&apos;identifiant unique du dispositif (IUD) imprimé sur l&apos;équipement médical, qui désigne le dispositif exact utilisé pour vous.</translation>
    </message>
    <message>
        <source>The device&apos;s official identifiers</source>
        <translation>Les identifiants officiels du dispositif</translation>
    </message>
    <message>
        <source>A list of unique device identifiers for the equipment used, which names the exact devices.</source>
        <translation>Une liste d&apos;identifiants uniques des dispositifs utilisés, qui désigne les dispositifs exacts.</translation>
    </message>
    <message>
        <source>A code for the kind of device</source>
        <translation>Un code pour le type de dispositif</translation>
    </message>
    <message>
        <source>A number the manufacturer uses for this kind of device; it names the model rather than your exact machine.</source>
        <translation>Un numéro que le fabricant utilise pour ce type de dispositif ; il désigne le modèle plutôt que votre appareil exact.</translation>
    </message>
    <message>
        <source>The date this picture was copied</source>
        <translation>La date de copie de cette image</translation>
    </message>
    <message>
        <source>The day a screen capture or scanned copy of your image was made, tied to your care.</source>
        <translation>Le jour où une capture d&apos;écran ou une copie numérisée de votre image a été faite, lié à vos soins.</translation>
    </message>
    <message>
        <source>The time this picture was copied</source>
        <translation>L&apos;heure de copie de cette image</translation>
    </message>
    <message>
        <source>The time of day a screen capture or scanned copy of your image was made.</source>
        <translation>L&apos;heure à laquelle une capture d&apos;écran ou une copie numérisée de votre image a été faite.</translation>
    </message>
    <message>
        <source>The name of the scan recipe</source>
        <translation>Le nom du protocole d&apos;examen</translation>
    </message>
    <message>
        <source>The name of the scanner settings used, such as &apos;Head routine&apos;; staff sometimes type names or notes here.</source>
        <translation>Le nom des réglages de l&apos;appareil utilisés, comme « Tête standard » ; le personnel y tape parfois des noms ou des notes.</translation>
    </message>
    <message>
        <source>When contrast dye started</source>
        <translation>Quand l&apos;injection de contraste a commencé</translation>
    </message>
    <message>
        <source>The time the contrast agent injection for your scan started.</source>
        <translation>L&apos;heure à laquelle l&apos;injection du produit de contraste pour votre examen a commencé.</translation>
    </message>
    <message>
        <source>When contrast dye stopped</source>
        <translation>Quand l&apos;injection de contraste s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>The time the contrast agent injection for your scan ended.</source>
        <translation>L&apos;heure à laquelle l&apos;injection du produit de contraste pour votre examen s&apos;est terminée.</translation>
    </message>
    <message>
        <source>When the radioactive tracer was given</source>
        <translation>Quand le traceur radioactif a été administré</translation>
    </message>
    <message>
        <source>The time the radioactive tracer for your nuclear medicine or PET scan was given.</source>
        <translation>L&apos;heure à laquelle le traceur radioactif de votre examen de médecine nucléaire ou de TEP a été administré.</translation>
    </message>
    <message>
        <source>When the radioactive tracer ended</source>
        <translation>Quand l&apos;administration du traceur radioactif s&apos;est terminée</translation>
    </message>
    <message>
        <source>The time the radioactive tracer injection for your scan ended.</source>
        <translation>L&apos;heure à laquelle l&apos;injection du traceur radioactif pour votre examen s&apos;est terminée.</translation>
    </message>
    <message>
        <source>The date and time the tracer was given</source>
        <translation>La date et l&apos;heure d&apos;administration du traceur</translation>
    </message>
    <message>
        <source>The date and time the radioactive tracer for your scan was given, which pins down your visit.</source>
        <translation>La date et l&apos;heure auxquelles le traceur radioactif de votre examen a été administré, ce qui situe précisément votre visite.</translation>
    </message>
    <message>
        <source>The date and time the tracer ended</source>
        <translation>La date et l&apos;heure de fin du traceur</translation>
    </message>
    <message>
        <source>The date and time the radioactive tracer injection for your scan ended.</source>
        <translation>La date et l&apos;heure auxquelles l&apos;injection du traceur radioactif pour votre examen s&apos;est terminée.</translation>
    </message>
    <message>
        <source>A label for the scanned area</source>
        <translation>Une étiquette pour la zone examinée</translation>
    </message>
    <message>
        <source>A label for the area the scanner viewed; usually technical, but it can hold typed text.</source>
        <translation>Une étiquette pour la zone vue par l&apos;appareil ; en général technique, mais elle peut contenir du texte saisi à la main.</translation>
    </message>
    <message>
        <source>When the scanner was last calibrated</source>
        <translation>Quand l&apos;appareil a été étalonné pour la dernière fois</translation>
    </message>
    <message>
        <source>The day the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>Le jour du dernier étalonnage de l&apos;appareil ; cela concerne l&apos;appareil, mais peut aider à l&apos;identifier.</translation>
    </message>
    <message>
        <source>The time of the last calibration</source>
        <translation>L&apos;heure du dernier étalonnage</translation>
    </message>
    <message>
        <source>The time the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>L&apos;heure du dernier étalonnage de l&apos;appareil ; cela concerne l&apos;appareil, mais peut aider à l&apos;identifier.</translation>
    </message>
    <message>
        <source>The date and time of the last calibration</source>
        <translation>La date et l&apos;heure du dernier étalonnage</translation>
    </message>
    <message>
        <source>When the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>Le moment du dernier étalonnage de l&apos;appareil ; cela concerne l&apos;appareil, mais peut aider à l&apos;identifier.</translation>
    </message>
    <message>
        <source>When the calibration was done</source>
        <translation>Quand l&apos;étalonnage a été fait</translation>
    </message>
    <message>
        <source>The date and time of a calibration of the equipment; it is about the machine, not you.</source>
        <translation>La date et l&apos;heure d&apos;un étalonnage de l&apos;équipement ; cela concerne l&apos;appareil, pas vous.</translation>
    </message>
    <message>
        <source>When the device was made</source>
        <translation>Quand le dispositif a été fabriqué</translation>
    </message>
    <message>
        <source>The manufacturing date of the device, which can help identify the exact machine.</source>
        <translation>La date de fabrication du dispositif, qui peut aider à identifier l&apos;appareil exact.</translation>
    </message>
    <message>
        <source>When the device was installed</source>
        <translation>Quand le dispositif a été installé</translation>
    </message>
    <message>
        <source>The day the device was installed at the hospital, which can help identify the exact machine.</source>
        <translation>Le jour où le dispositif a été installé à l&apos;hôpital, qui peut aider à identifier l&apos;appareil exact.</translation>
    </message>
    <message>
        <source>The scanner&apos;s processing description</source>
        <translation>La description du traitement par l&apos;appareil</translation>
    </message>
    <message>
        <source>Text saying how the machine processed the picture, which sometimes includes body part or typed notes.</source>
        <translation>Un texte qui explique comment l&apos;appareil a traité l&apos;image, et qui contient parfois la partie du corps ou des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A unique number for a targeted spot</source>
        <translation>Un numéro unique pour un point ciblé</translation>
    </message>
    <message>
        <source>A unique number for a spot targeted during a procedure, which links to records of your treatment.</source>
        <translation>Un numéro unique pour un point ciblé pendant une intervention, qui renvoie aux dossiers de votre traitement.</translation>
    </message>
    <message>
        <source>Comments about taking the pictures</source>
        <translation>Des commentaires sur la prise des images</translation>
    </message>
    <message>
        <source>Notes the staff wrote while taking the images, which may include names, symptoms or other details.</source>
        <translation>Des notes écrites par le personnel pendant la prise des images, qui peuvent contenir des noms, des symptômes ou d&apos;autres informations.</translation>
    </message>
    <message>
        <source>The ultrasound probe&apos;s identifiers</source>
        <translation>Les identifiants de la sonde d&apos;échographie</translation>
    </message>
    <message>
        <source>Numbers identifying the ultrasound probe used on you, such as its serial number.</source>
        <translation>Des numéros qui identifient la sonde d&apos;échographie utilisée sur vous, comme son numéro de série.</translation>
    </message>
    <message>
        <source>The detector&apos;s serial number</source>
        <translation>Le numéro de série du détecteur</translation>
    </message>
    <message>
        <source>The identifier of the X-ray detector used, which names the exact equipment at the hospital.</source>
        <translation>L&apos;identifiant du détecteur de rayons X utilisé, qui désigne l&apos;équipement exact de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>When the detector was last calibrated</source>
        <translation>Quand le détecteur a été étalonné pour la dernière fois</translation>
    </message>
    <message>
        <source>The day the X-ray detector was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>Le jour du dernier étalonnage du détecteur de rayons X ; cela concerne l&apos;appareil, mais peut aider à l&apos;identifier.</translation>
    </message>
    <message>
        <source>The time the detector was calibrated</source>
        <translation>L&apos;heure d&apos;étalonnage du détecteur</translation>
    </message>
    <message>
        <source>The time the X-ray detector was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>L&apos;heure du dernier étalonnage du détecteur de rayons X ; cela concerne l&apos;appareil, mais peut aider à l&apos;identifier.</translation>
    </message>
    <message>
        <source>When each frame was taken</source>
        <translation>Quand chaque vue a été prise</translation>
    </message>
    <message>
        <source>The date and time each frame of a multi-frame image was recorded, pinning down your visit.</source>
        <translation>La date et l&apos;heure d&apos;enregistrement de chaque vue d&apos;une image à plusieurs vues, ce qui situe précisément votre visite.</translation>
    </message>
    <message>
        <source>The reference time of each frame</source>
        <translation>L&apos;heure de référence de chaque vue</translation>
    </message>
    <message>
        <source>The date and time each frame refers to, normally during your scan.</source>
        <translation>La date et l&apos;heure auxquelles chaque vue se rapporte, normalement pendant votre examen.</translation>
    </message>
    <message>
        <source>How breathing motion was corrected</source>
        <translation>Comment les mouvements respiratoires ont été corrigés</translation>
    </message>
    <message>
        <source>Text describing how the scanner corrected for your breathing, which may include typed notes.</source>
        <translation>Un texte qui explique comment l&apos;appareil a corrigé les effets de votre respiration, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>The X-ray tube&apos;s identifier</source>
        <translation>L&apos;identifiant du tube à rayons X</translation>
    </message>
    <message>
        <source>The identifier of the X-ray tube used for your scan, which names the exact equipment.</source>
        <translation>L&apos;identifiant du tube à rayons X utilisé pour votre examen, qui désigne l&apos;équipement exact.</translation>
    </message>
    <message>
        <source>When the X-ray tube started</source>
        <translation>Quand le tube à rayons X s&apos;est mis en marche</translation>
    </message>
    <message>
        <source>The date and time the X-ray source started for your exposure.</source>
        <translation>La date et l&apos;heure auxquelles la source de rayons X s&apos;est mise en marche pour votre exposition.</translation>
    </message>
    <message>
        <source>When the X-ray tube stopped</source>
        <translation>Quand le tube à rayons X s&apos;est arrêté</translation>
    </message>
    <message>
        <source>The date and time the X-ray source stopped for your exposure.</source>
        <translation>La date et l&apos;heure auxquelles la source de rayons X s&apos;est arrêtée pour votre exposition.</translation>
    </message>
    <message>
        <source>The X-ray detector&apos;s identifier</source>
        <translation>L&apos;identifiant du détecteur de rayons X</translation>
    </message>
    <message>
        <source>The identifier of the X-ray detector used for your scan, which names the exact equipment.</source>
        <translation>L&apos;identifiant du détecteur de rayons X utilisé pour votre examen, qui désigne l&apos;équipement exact.</translation>
    </message>
    <message>
        <source>The X-ray detector&apos;s label</source>
        <translation>L&apos;étiquette du détecteur de rayons X</translation>
    </message>
    <message>
        <source>The label given to the X-ray detector, which can identify the equipment at the hospital.</source>
        <translation>L&apos;étiquette donnée au détecteur de rayons X, qui peut identifier l&apos;équipement de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>A description of a dual-energy scan</source>
        <translation>Une description d&apos;un examen à double énergie</translation>
    </message>
    <message>
        <source>Text describing how a scan using several X-ray energies was done, which may include typed notes.</source>
        <translation>Un texte qui explique comment a été fait un examen utilisant plusieurs énergies de rayons X, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A description of how energies were separated</source>
        <translation>Une description de la séparation des énergies</translation>
    </message>
    <message>
        <source>Text describing how the scanner split a multi-energy scan into separate images, which may include typed notes.</source>
        <translation>Un texte qui explique comment l&apos;appareil a séparé un examen multi-énergie en images distinctes, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A description of the scan recipe</source>
        <translation>Une description du protocole d&apos;examen</translation>
    </message>
    <message>
        <source>Text describing the scanner settings used, which staff sometimes fill with names or notes.</source>
        <translation>Un texte qui décrit les réglages de l&apos;appareil utilisés, que le personnel remplit parfois avec des noms ou des notes.</translation>
    </message>
    <message>
        <source>When the picture-taking started</source>
        <translation>Quand la prise des images a commencé</translation>
    </message>
    <message>
        <source>The date and time the scanner began recording, which pins down your visit.</source>
        <translation>La date et l&apos;heure auxquelles l&apos;appareil a commencé l&apos;enregistrement, ce qui situe précisément votre visite.</translation>
    </message>
    <message>
        <source>When the picture-taking ended</source>
        <translation>Quand la prise des images s&apos;est terminée</translation>
    </message>
    <message>
        <source>The date and time the scanner stopped recording, which pins down your visit.</source>
        <translation>La date et l&apos;heure auxquelles l&apos;appareil a arrêté l&apos;enregistrement, ce qui situe précisément votre visite.</translation>
    </message>
    <message>
        <source>The heart-beat timing mark</source>
        <translation>Le repère de synchronisation cardiaque</translation>
    </message>
    <message>
        <source>The date and time of a heartbeat or breathing signal used to time your scan.</source>
        <translation>La date et l&apos;heure d&apos;un signal cardiaque ou respiratoire utilisé pour synchroniser votre examen.</translation>
    </message>
    <message>
        <source>The reference time for tracer decay</source>
        <translation>L&apos;heure de référence pour la décroissance du traceur</translation>
    </message>
    <message>
        <source>The date and time used to correct for the radioactive tracer fading, normally during your scan.</source>
        <translation>La date et l&apos;heure utilisées pour corriger l&apos;affaiblissement du traceur radioactif, normalement pendant votre examen.</translation>
    </message>
    <message>
        <source>When a left-out period started</source>
        <translation>Quand une période écartée a commencé</translation>
    </message>
    <message>
        <source>The date and time a stretch of your scan was set aside, such as when you moved.</source>
        <translation>La date et l&apos;heure auxquelles une partie de votre examen a été mise de côté, par exemple parce que vous avez bougé.</translation>
    </message>
    <message>
        <source>When an instruction was carried out</source>
        <translation>Quand une consigne a été exécutée</translation>
    </message>
    <message>
        <source>The date and time an instruction during your scan, such as to hold your breath, was carried out.</source>
        <translation>La date et l&apos;heure auxquelles une consigne donnée pendant votre examen, comme retenir votre respiration, a été exécutée.</translation>
    </message>
    <message>
        <source>The requested description of the image set</source>
        <translation>La description demandée de la série d&apos;images</translation>
    </message>
    <message>
        <source>Text the doctor asked to describe a group of images, which may include typed notes.</source>
        <translation>Le texte que le médecin a demandé pour décrire un groupe d&apos;images, qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>When a system contributed to this file</source>
        <translation>Quand un système a contribué à ce fichier</translation>
    </message>
    <message>
        <source>The date and time another system or hospital added to this file, tied to the handling of your scan.</source>
        <translation>La date et l&apos;heure auxquelles un autre système ou un autre hôpital a ajouté des éléments à ce fichier, liées au traitement de votre examen.</translation>
    </message>
    <message>
        <source>A description of the contribution</source>
        <translation>Une description de la contribution</translation>
    </message>
    <message>
        <source>Text describing how another system or hospital changed this file, which may name the site.</source>
        <translation>Un texte qui explique comment un autre système ou un autre hôpital a modifié ce fichier, et qui peut nommer le site.</translation>
    </message>
    <message>
        <source>A unique number given to this scan</source>
        <translation>Un numéro unique attribué à cet examen</translation>
    </message>
    <message>
        <source>A unique number for your whole scan visit; the hospital&apos;s archive can match it straight back to you.</source>
        <translation>Un numéro unique pour l&apos;ensemble de votre examen ; les archives de l&apos;hôpital peuvent le relier directement à vous.</translation>
    </message>
    <message>
        <source>A unique number for this set of pictures</source>
        <translation>Un numéro unique pour cette série d&apos;images</translation>
    </message>
    <message>
        <source>A unique number for this group of images, which the hospital can match back to your scan.</source>
        <translation>Un numéro unique pour ce groupe d&apos;images, que l&apos;hôpital peut relier à votre examen.</translation>
    </message>
    <message>
        <source>The scanner&apos;s number for your scan</source>
        <translation>Le numéro de votre examen attribué par l&apos;appareil</translation>
    </message>
    <message>
        <source>A short number the scanner or hospital gave your scan, which staff can use to find it.</source>
        <translation>Un numéro court que l&apos;appareil ou l&apos;hôpital a donné à votre examen, et que le personnel peut utiliser pour le retrouver.</translation>
    </message>
    <message>
        <source>A label for a slide image</source>
        <translation>Une étiquette pour une image de lame</translation>
    </message>
    <message>
        <source>A label for a zoomable microscope slide image, which may include typed names or numbers.</source>
        <translation>Une étiquette pour une image de lame de microscope agrandissable, qui peut contenir des noms ou des numéros saisis à la main.</translation>
    </message>
    <message>
        <source>A unique number for the body position grid</source>
        <translation>Un numéro unique pour le repère de position du corps</translation>
    </message>
    <message>
        <source>A unique number for the positioning grid shared by images taken together, which ties them to your scan.</source>
        <translation>Un numéro unique pour le repère de position commun aux images prises ensemble, qui les relie à votre examen.</translation>
    </message>
    <message>
        <source>A unique number for the shared clock</source>
        <translation>Un numéro unique pour l&apos;horloge commune</translation>
    </message>
    <message>
        <source>A unique number for the clock shared by devices recording together, which ties these files to your scan.</source>
        <translation>Un numéro unique pour l&apos;horloge partagée par des appareils qui enregistrent ensemble, qui relie ces fichiers à votre examen.</translation>
    </message>
    <message>
        <source>The device that changed the image</source>
        <translation>Le dispositif qui a modifié l&apos;image</translation>
    </message>
    <message>
        <source>The identifier of a device or program that changed this image afterwards.</source>
        <translation>L&apos;identifiant d&apos;un dispositif ou d&apos;un programme qui a modifié cette image après coup.</translation>
    </message>
    <message>
        <source>The date the image was changed</source>
        <translation>La date de modification de l&apos;image</translation>
    </message>
    <message>
        <source>The day this image was edited after it was taken, tied to the handling of your scan.</source>
        <translation>Le jour où cette image a été modifiée après sa prise, lié au traitement de votre examen.</translation>
    </message>
    <message>
        <source>The time the image was changed</source>
        <translation>L&apos;heure de modification de l&apos;image</translation>
    </message>
    <message>
        <source>The time of day this image was edited after it was taken.</source>
        <translation>L&apos;heure à laquelle cette image a été modifiée après sa prise.</translation>
    </message>
    <message>
        <source>A description of how the image was changed</source>
        <translation>Une description de la modification de l&apos;image</translation>
    </message>
    <message>
        <source>Text saying how this image was edited, which may include typed notes or names.</source>
        <translation>Un texte qui explique comment cette image a été modifiée, et qui peut contenir des notes ou des noms saisis à la main.</translation>
    </message>
    <message>
        <source>Comments about the image</source>
        <translation>Des commentaires sur l&apos;image</translation>
    </message>
    <message>
        <source>Notes staff typed about this image, which can contain names, dates or findings.</source>
        <translation>Des notes saisies par le personnel sur cette image, qui peuvent contenir des noms, des dates ou des résultats.</translation>
    </message>
    <message>
        <source>Comments about one frame</source>
        <translation>Des commentaires sur une vue</translation>
    </message>
    <message>
        <source>Notes typed about one frame of a multi-frame image, which can contain names or findings.</source>
        <translation>Des notes saisies sur une vue d&apos;une image à plusieurs vues, qui peuvent contenir des noms ou des résultats.</translation>
    </message>
    <message>
        <source>A unique number for a split image</source>
        <translation>Un numéro unique pour une image découpée</translation>
    </message>
    <message>
        <source>A unique number shared by the pieces of a very large image, which ties them to your scan.</source>
        <translation>Un numéro unique commun aux morceaux d&apos;une très grande image, qui les relie à votre examen.</translation>
    </message>
    <message>
        <source>A unique number for how frames are arranged</source>
        <translation>Un numéro unique pour l&apos;organisation des vues</translation>
    </message>
    <message>
        <source>A unique number for the way frames are arranged, created by the scanner and linkable to your scan.</source>
        <translation>Un numéro unique pour la façon dont les vues sont organisées, créé par l&apos;appareil et qui peut être relié à votre examen.</translation>
    </message>
    <message>
        <source>A unique number for a colour table</source>
        <translation>Un numéro unique pour une table de couleurs</translation>
    </message>
    <message>
        <source>A unique number for the colour table used to show the image, created for your images.</source>
        <translation>Un numéro unique pour la table de couleurs utilisée pour afficher l&apos;image, créée pour vos images.</translation>
    </message>
    <message>
        <source>A unique number for a large colour table</source>
        <translation>Un numéro unique pour une grande table de couleurs</translation>
    </message>
    <message>
        <source>A unique number for a large colour table used to show the image, created for your images.</source>
        <translation>Un numéro unique pour une grande table de couleurs utilisée pour afficher l&apos;image, créée pour vos images.</translation>
    </message>
    <message>
        <source>Comments about how to show the image</source>
        <translation>Des commentaires sur l&apos;affichage de l&apos;image</translation>
    </message>
    <message>
        <source>Notes about how the image should be displayed, which can contain typed names or findings.</source>
        <translation>Des notes sur la façon d&apos;afficher l&apos;image, qui peuvent contenir des noms ou des résultats saisis à la main.</translation>
    </message>
    <message>
        <source>Who numbered your scan</source>
        <translation>Qui a numéroté votre examen</translation>
    </message>
    <message>
        <source>The hospital or system that gave your scan its number, which shows where it was done.</source>
        <translation>L&apos;hôpital ou le système qui a donné son numéro à votre examen, ce qui montre où il a été fait.</translation>
    </message>
    <message>
        <source>The date your scan was checked</source>
        <translation>La date de vérification de votre examen</translation>
    </message>
    <message>
        <source>The day your scan was checked as complete, tied to your visit.</source>
        <translation>Le jour où votre examen a été vérifié comme complet, lié à votre visite.</translation>
    </message>
    <message>
        <source>The time your scan was checked</source>
        <translation>L&apos;heure de vérification de votre examen</translation>
    </message>
    <message>
        <source>The time of day your scan was checked as complete.</source>
        <translation>L&apos;heure à laquelle votre examen a été vérifié comme complet.</translation>
    </message>
    <message>
        <source>The date your scan was read</source>
        <translation>La date de lecture de votre examen</translation>
    </message>
    <message>
        <source>The day a doctor read your images, tied to your care.</source>
        <translation>Le jour où un médecin a lu vos images, lié à vos soins.</translation>
    </message>
    <message>
        <source>The time your scan was read</source>
        <translation>L&apos;heure de lecture de votre examen</translation>
    </message>
    <message>
        <source>The time of day a doctor read your images.</source>
        <translation>L&apos;heure à laquelle un médecin a lu vos images.</translation>
    </message>
    <message>
        <source>The planned start date of your scan</source>
        <translation>La date de début prévue de votre examen</translation>
    </message>
    <message>
        <source>The day your scan was booked to start, which shows when you were expected at the hospital.</source>
        <translation>Le jour prévu pour le début de votre examen, qui montre quand vous étiez attendu(e) à l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The planned start time of your scan</source>
        <translation>L&apos;heure de début prévue de votre examen</translation>
    </message>
    <message>
        <source>The time your scan was booked to start.</source>
        <translation>L&apos;heure prévue pour le début de votre examen.</translation>
    </message>
    <message>
        <source>The planned end date of your scan</source>
        <translation>La date de fin prévue de votre examen</translation>
    </message>
    <message>
        <source>The day your scan was booked to finish.</source>
        <translation>Le jour prévu pour la fin de votre examen.</translation>
    </message>
    <message>
        <source>The planned end time of your scan</source>
        <translation>L&apos;heure de fin prévue de votre examen</translation>
    </message>
    <message>
        <source>The time your scan was booked to finish.</source>
        <translation>L&apos;heure prévue pour la fin de votre examen.</translation>
    </message>
    <message>
        <source>Where your scan was booked</source>
        <translation>Le lieu prévu pour votre examen</translation>
    </message>
    <message>
        <source>The place your scan was booked to happen, such as a room or building of the hospital.</source>
        <translation>L&apos;endroit où votre examen devait avoir lieu, comme une salle ou un bâtiment de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The network name of the booked scanner</source>
        <translation>Le nom réseau de l&apos;appareil réservé</translation>
    </message>
    <message>
        <source>The network name of the machine your scan was booked on, which can identify the site.</source>
        <translation>Le nom réseau de l&apos;appareil réservé pour votre examen, qui peut identifier le site.</translation>
    </message>
    <message>
        <source>The reason for your scan</source>
        <translation>Le motif de votre examen</translation>
    </message>
    <message>
        <source>Why your scan was done, in the doctor&apos;s words, which reveals your symptoms or suspected illness.</source>
        <translation>La raison de votre examen, dans les mots du médecin, qui révèle vos symptômes ou la maladie soupçonnée.</translation>
    </message>
    <message>
        <source>The doctor who requested your scan</source>
        <translation>Le médecin qui a demandé votre examen</translation>
    </message>
    <message>
        <source>The name of the doctor who requested your scan, which shows who treats you.</source>
        <translation>Le nom du médecin qui a demandé votre examen, qui montre qui vous soigne.</translation>
    </message>
    <message>
        <source>The service that requested your scan</source>
        <translation>Le service qui a demandé votre examen</translation>
    </message>
    <message>
        <source>The hospital service that asked for your scan, such as cancer care, which hints at your condition.</source>
        <translation>Le service de l&apos;hôpital qui a demandé votre examen, par exemple la cancérologie, ce qui donne une idée de votre maladie.</translation>
    </message>
    <message>
        <source>The date you arrived for your scan</source>
        <translation>La date de votre arrivée pour l&apos;examen</translation>
    </message>
    <message>
        <source>The day you arrived at the department for your scan.</source>
        <translation>Le jour où vous êtes arrivé(e) dans le service pour votre examen.</translation>
    </message>
    <message>
        <source>The time you arrived for your scan</source>
        <translation>L&apos;heure de votre arrivée pour l&apos;examen</translation>
    </message>
    <message>
        <source>The time of day you arrived at the department for your scan.</source>
        <translation>L&apos;heure à laquelle vous êtes arrivé(e) dans le service pour votre examen.</translation>
    </message>
    <message>
        <source>The date your scan was finished</source>
        <translation>La date de fin de votre examen</translation>
    </message>
    <message>
        <source>The day your scan was completed.</source>
        <translation>Le jour où votre examen a été terminé.</translation>
    </message>
    <message>
        <source>The time your scan was finished</source>
        <translation>L&apos;heure de fin de votre examen</translation>
    </message>
    <message>
        <source>The time of day your scan was completed.</source>
        <translation>L&apos;heure à laquelle votre examen a été terminé.</translation>
    </message>
    <message>
        <source>The scan that was ordered</source>
        <translation>L&apos;examen qui a été prescrit</translation>
    </message>
    <message>
        <source>A description of the procedure your doctor ordered, which reveals health details.</source>
        <translation>Une description de l&apos;acte que votre médecin a prescrit, qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>The reason for your visit</source>
        <translation>Le motif de votre visite</translation>
    </message>
    <message>
        <source>Why you came to the hospital, as written down by staff, which reveals health details.</source>
        <translation>La raison pour laquelle vous êtes venu(e) à l&apos;hôpital, telle que le personnel l&apos;a notée, qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>Codes for the reason for your visit</source>
        <translation>Les codes du motif de votre visite</translation>
    </message>
    <message>
        <source>Medical codes for why you came to the hospital, which anyone can look up.</source>
        <translation>Les codes médicaux de la raison de votre venue à l&apos;hôpital, que tout le monde peut rechercher.</translation>
    </message>
    <message>
        <source>The contrast dye that was asked for</source>
        <translation>Le produit de contraste demandé</translation>
    </message>
    <message>
        <source>The contrast agent your doctor asked to be used for your scan.</source>
        <translation>Le produit de contraste que votre médecin a demandé d&apos;utiliser pour votre examen.</translation>
    </message>
    <message>
        <source>Comments about your scan</source>
        <translation>Des commentaires sur votre examen</translation>
    </message>
    <message>
        <source>Notes staff wrote about your scan, which can contain names, dates or health details.</source>
        <translation>Des notes écrites par le personnel sur votre examen, qui peuvent contenir des noms, des dates ou des informations de santé.</translation>
    </message>
    <message>
        <source>Video stream identifiers</source>
        <translation>Les identifiants du flux vidéo</translation>
    </message>
    <message>
        <source>Identifiers of the live video stream these images came from, which can be traced to the hospital&apos;s equipment.</source>
        <translation>Les identifiants du flux vidéo en direct dont proviennent ces images, qui peuvent mener à l&apos;équipement de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>A video stream identifier</source>
        <translation>Un identifiant de flux vidéo</translation>
    </message>
    <message>
        <source>An identifier of the live video stream these images came from, which can be traced to the hospital&apos;s equipment.</source>
        <translation>Un identifiant du flux vidéo en direct dont proviennent ces images, qui peut mener à l&apos;équipement de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The video source&apos;s identifier</source>
        <translation>L&apos;identifiant de la source vidéo</translation>
    </message>
    <message>
        <source>An identifier of the camera or device that produced the video, which names the exact equipment.</source>
        <translation>Un identifiant de la caméra ou du dispositif qui a produit la vidéo, qui désigne l&apos;équipement exact.</translation>
    </message>
    <message>
        <source>The time stamp of a video frame</source>
        <translation>L&apos;horodatage d&apos;une image vidéo</translation>
    </message>
    <message>
        <source>The exact time a video frame was captured, which pins down your procedure.</source>
        <translation>Le moment exact où une image vidéo a été capturée, ce qui situe précisément votre intervention.</translation>
    </message>
    <message>
        <source>Links to your other names</source>
        <translation>Des liens vers vos autres noms</translation>
    </message>
    <message>
        <source>References to other names, such as aliases, under which you are registered.</source>
        <translation>Des références à d&apos;autres noms, comme des pseudonymes, sous lesquels vous êtes enregistré(e).</translation>
    </message>
    <message>
        <source>Your hospital admission number</source>
        <translation>Votre numéro d&apos;admission à l&apos;hôpital</translation>
    </message>
    <message>
        <source>The number of your hospital stay, often used for billing, which staff can use to look you up.</source>
        <translation>Le numéro de votre séjour à l&apos;hôpital, souvent utilisé pour la facturation, que le personnel peut utiliser pour vous retrouver.</translation>
    </message>
    <message>
        <source>Who gave your admission number</source>
        <translation>Qui a attribué votre numéro d&apos;admission</translation>
    </message>
    <message>
        <source>The hospital or system that issued your admission number.</source>
        <translation>L&apos;hôpital ou le système qui a attribué votre numéro d&apos;admission.</translation>
    </message>
    <message>
        <source>Who gave your admission number, as codes</source>
        <translation>Qui a attribué votre numéro d&apos;admission, sous forme de codes</translation>
    </message>
    <message>
        <source>Codes for the hospital or system that issued your admission number.</source>
        <translation>Les codes de l&apos;hôpital ou du système qui a attribué votre numéro d&apos;admission.</translation>
    </message>
    <message>
        <source>The planned date of your admission</source>
        <translation>La date prévue de votre admission</translation>
    </message>
    <message>
        <source>The day you were booked to be admitted to hospital.</source>
        <translation>Le jour prévu pour votre admission à l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The planned time of your admission</source>
        <translation>L&apos;heure prévue de votre admission</translation>
    </message>
    <message>
        <source>The time you were booked to be admitted to hospital.</source>
        <translation>L&apos;heure prévue pour votre admission à l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The planned date you leave hospital</source>
        <translation>La date prévue de votre sortie de l&apos;hôpital</translation>
    </message>
    <message>
        <source>The day you were expected to be discharged from hospital.</source>
        <translation>Le jour où votre sortie de l&apos;hôpital était prévue.</translation>
    </message>
    <message>
        <source>The planned time you leave hospital</source>
        <translation>L&apos;heure prévue de votre sortie de l&apos;hôpital</translation>
    </message>
    <message>
        <source>The time you were expected to be discharged from hospital.</source>
        <translation>L&apos;heure à laquelle votre sortie de l&apos;hôpital était prévue.</translation>
    </message>
    <message>
        <source>Where you were to stay</source>
        <translation>Le lieu où vous deviez séjourner</translation>
    </message>
    <message>
        <source>The institution, such as a care home or ward, where you were expected to stay.</source>
        <translation>L&apos;établissement, comme une maison de retraite ou un service hospitalier, où vous deviez séjourner.</translation>
    </message>
    <message>
        <source>The date you were admitted</source>
        <translation>La date de votre admission</translation>
    </message>
    <message>
        <source>The day you were admitted to hospital.</source>
        <translation>Le jour de votre admission à l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The time you were admitted</source>
        <translation>L&apos;heure de votre admission</translation>
    </message>
    <message>
        <source>The time of day you were admitted to hospital.</source>
        <translation>L&apos;heure de votre admission à l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The date you left hospital</source>
        <translation>La date de votre sortie de l&apos;hôpital</translation>
    </message>
    <message>
        <source>The day you were discharged from hospital.</source>
        <translation>Le jour de votre sortie de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The time you left hospital</source>
        <translation>L&apos;heure de votre sortie de l&apos;hôpital</translation>
    </message>
    <message>
        <source>The time of day you were discharged from hospital.</source>
        <translation>L&apos;heure de votre sortie de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Your diagnosis when you left hospital</source>
        <translation>Votre diagnostic à la sortie de l&apos;hôpital</translation>
    </message>
    <message>
        <source>The diagnosis written when you were discharged, which is sensitive health information.</source>
        <translation>Le diagnostic noté à votre sortie, qui est une information de santé sensible.</translation>
    </message>
    <message>
        <source>Your special needs</source>
        <translation>Vos besoins particuliers</translation>
    </message>
    <message>
        <source>Special needs recorded for you, such as a wheelchair or interpreter, which are personal details.</source>
        <translation>Les besoins particuliers enregistrés pour vous, comme un fauteuil roulant ou un interprète, qui sont des informations personnelles.</translation>
    </message>
    <message>
        <source>Your care episode number</source>
        <translation>Votre numéro d&apos;épisode de soins</translation>
    </message>
    <message>
        <source>The number of a stretch of care you received, which staff can use to find your records.</source>
        <translation>Le numéro d&apos;une période de soins que vous avez reçue, que le personnel peut utiliser pour retrouver votre dossier.</translation>
    </message>
    <message>
        <source>Who gave your care episode number</source>
        <translation>Qui a attribué votre numéro d&apos;épisode de soins</translation>
    </message>
    <message>
        <source>The hospital or system that issued your care episode number.</source>
        <translation>L&apos;hôpital ou le système qui a attribué votre numéro d&apos;épisode de soins.</translation>
    </message>
    <message>
        <source>A description of your care episode</source>
        <translation>Une description de votre épisode de soins</translation>
    </message>
    <message>
        <source>Text describing a stretch of care you received, which can reveal health details.</source>
        <translation>Un texte qui décrit une période de soins que vous avez reçue, et qui peut révéler des informations de santé.</translation>
    </message>
    <message>
        <source>Who gave your care episode number, as codes</source>
        <translation>Qui a attribué votre numéro d&apos;épisode de soins, sous forme de codes</translation>
    </message>
    <message>
        <source>Codes for the hospital or system that issued your care episode number.</source>
        <translation>Les codes de l&apos;hôpital ou du système qui a attribué votre numéro d&apos;épisode de soins.</translation>
    </message>
    <message>
        <source>Where you were in the hospital</source>
        <translation>Où vous étiez dans l&apos;hôpital</translation>
    </message>
    <message>
        <source>Your location in the hospital at the time, such as a ward and bed.</source>
        <translation>L&apos;endroit où vous vous trouviez dans l&apos;hôpital à ce moment-là, comme un service et un lit.</translation>
    </message>
    <message>
        <source>The institution where you live</source>
        <translation>L&apos;établissement où vous vivez</translation>
    </message>
    <message>
        <source>The name of an institution you live in, such as a care home or prison.</source>
        <translation>Le nom d&apos;un établissement où vous vivez, comme une maison de retraite ou une prison.</translation>
    </message>
    <message>
        <source>Your condition at the time</source>
        <translation>Votre état à ce moment-là</translation>
    </message>
    <message>
        <source>A description of your condition, such as &apos;fasting&apos; or &apos;sedated&apos;, which is health information.</source>
        <translation>Une description de votre état, comme « à jeun » ou « sous sédation », qui est une information de santé.</translation>
    </message>
    <message>
        <source>Comments about your visit</source>
        <translation>Des commentaires sur votre visite</translation>
    </message>
    <message>
        <source>Notes staff wrote about your visit, which can contain names, dates or health details.</source>
        <translation>Des notes écrites par le personnel sur votre visite, qui peuvent contenir des noms, des dates ou des informations de santé.</translation>
    </message>
    <message>
        <source>A unique number for a group of traces</source>
        <translation>Un numéro unique pour un groupe de tracés</translation>
    </message>
    <message>
        <source>A unique number for a group of recorded traces, such as heart signals, which ties them to your visit.</source>
        <translation>Un numéro unique pour un groupe de tracés enregistrés, comme des signaux cardiaques, qui les relie à votre visite.</translation>
    </message>
    <message>
        <source>When electrode contact was measured</source>
        <translation>Quand le contact des électrodes a été mesuré</translation>
    </message>
    <message>
        <source>The date and time the contact of sensors on your skin was measured.</source>
        <translation>La date et l&apos;heure auxquelles le contact des capteurs sur votre peau a été mesuré.</translation>
    </message>
    <message>
        <source>A description of a signal filter</source>
        <translation>Une description d&apos;un filtre de signal</translation>
    </message>
    <message>
        <source>Text describing how a heart or brain trace was filtered, which may include typed notes.</source>
        <translation>Un texte qui explique comment un tracé cardiaque ou cérébral a été filtré, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A description of a filter table</source>
        <translation>Une description d&apos;une table de filtrage</translation>
    </message>
    <message>
        <source>Text describing a table used to filter a recorded trace, which may include typed notes.</source>
        <translation>Un texte qui décrit une table servant à filtrer un tracé enregistré, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>The network name of the booked machine</source>
        <translation>Le nom réseau de l&apos;appareil réservé</translation>
    </message>
    <message>
        <source>The network name of the machine your procedure was booked on, which can identify the site.</source>
        <translation>Le nom réseau de l&apos;appareil réservé pour votre intervention, qui peut identifier le site.</translation>
    </message>
    <message>
        <source>The planned date of your procedure</source>
        <translation>La date prévue de votre intervention</translation>
    </message>
    <message>
        <source>The day your procedure was booked for.</source>
        <translation>Le jour prévu pour votre intervention.</translation>
    </message>
    <message>
        <source>The planned time of your procedure</source>
        <translation>L&apos;heure prévue de votre intervention</translation>
    </message>
    <message>
        <source>The time your procedure was booked for.</source>
        <translation>L&apos;heure prévue pour votre intervention.</translation>
    </message>
    <message>
        <source>The planned end date of your procedure</source>
        <translation>La date de fin prévue de votre intervention</translation>
    </message>
    <message>
        <source>The day your procedure was planned to end.</source>
        <translation>Le jour où votre intervention devait se terminer.</translation>
    </message>
    <message>
        <source>The planned end time of your procedure</source>
        <translation>L&apos;heure de fin prévue de votre intervention</translation>
    </message>
    <message>
        <source>The time your procedure was planned to end.</source>
        <translation>L&apos;heure à laquelle votre intervention devait se terminer.</translation>
    </message>
    <message>
        <source>The doctor booked to do your procedure</source>
        <translation>Le médecin prévu pour votre intervention</translation>
    </message>
    <message>
        <source>The name of the doctor or staff member planned to carry out your procedure.</source>
        <translation>Le nom du médecin ou du membre du personnel prévu pour réaliser votre intervention.</translation>
    </message>
    <message>
        <source>A description of the booked procedure</source>
        <translation>Une description de l&apos;intervention prévue</translation>
    </message>
    <message>
        <source>Text describing the procedure you were booked for, which reveals health details.</source>
        <translation>Un texte qui décrit l&apos;intervention prévue pour vous, et qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>The booking number of your procedure</source>
        <translation>Le numéro de réservation de votre intervention</translation>
    </message>
    <message>
        <source>The number of the booked step of your procedure, which staff can use to find your records.</source>
        <translation>Le numéro de l&apos;étape prévue de votre intervention, que le personnel peut utiliser pour retrouver votre dossier.</translation>
    </message>
    <message>
        <source>ID details of the booked doctor</source>
        <translation>Les identifiants du médecin prévu</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor planned to carry out your procedure.</source>
        <translation>Des noms et des codes qui identifient le médecin prévu pour réaliser votre intervention.</translation>
    </message>
    <message>
        <source>The name of the booked machine</source>
        <translation>Le nom de l&apos;appareil réservé</translation>
    </message>
    <message>
        <source>The name of the machine your procedure was booked on, which can identify the hospital.</source>
        <translation>Le nom de l&apos;appareil réservé pour votre intervention, qui peut identifier l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Where your procedure was booked</source>
        <translation>Le lieu prévu pour votre intervention</translation>
    </message>
    <message>
        <source>The place your procedure was booked to happen, such as a room or building.</source>
        <translation>L&apos;endroit où votre intervention devait avoir lieu, comme une salle ou un bâtiment.</translation>
    </message>
    <message>
        <source>Medicine given before the procedure</source>
        <translation>Médicament donné avant l&apos;intervention</translation>
    </message>
    <message>
        <source>Medicine you were given to prepare for the procedure, such as a sedative, which is health information.</source>
        <translation>Un médicament qui vous a été donné pour préparer l&apos;intervention, comme un sédatif, qui est une information de santé.</translation>
    </message>
    <message>
        <source>The network name of the machine used</source>
        <translation>Le nom réseau de l&apos;appareil utilisé</translation>
    </message>
    <message>
        <source>The network name of the machine that carried out your procedure, which can identify the site.</source>
        <translation>Le nom réseau de l&apos;appareil qui a réalisé votre intervention, qui peut identifier le site.</translation>
    </message>
    <message>
        <source>The name of the machine used</source>
        <translation>Le nom de l&apos;appareil utilisé</translation>
    </message>
    <message>
        <source>The name of the machine that carried out your procedure, which can identify the hospital.</source>
        <translation>Le nom de l&apos;appareil qui a réalisé votre intervention, qui peut identifier l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Where your procedure was done</source>
        <translation>Le lieu de votre intervention</translation>
    </message>
    <message>
        <source>The place your procedure was carried out, such as a room or building.</source>
        <translation>L&apos;endroit où votre intervention a été réalisée, comme une salle ou un bâtiment.</translation>
    </message>
    <message>
        <source>The date your procedure started</source>
        <translation>La date de début de votre intervention</translation>
    </message>
    <message>
        <source>The day your procedure actually started.</source>
        <translation>Le jour où votre intervention a réellement commencé.</translation>
    </message>
    <message>
        <source>The time your procedure started</source>
        <translation>L&apos;heure de début de votre intervention</translation>
    </message>
    <message>
        <source>The time of day your procedure actually started.</source>
        <translation>L&apos;heure à laquelle votre intervention a réellement commencé.</translation>
    </message>
    <message>
        <source>The date your procedure ended</source>
        <translation>La date de fin de votre intervention</translation>
    </message>
    <message>
        <source>The day your procedure actually ended.</source>
        <translation>Le jour où votre intervention s&apos;est réellement terminée.</translation>
    </message>
    <message>
        <source>The time your procedure ended</source>
        <translation>L&apos;heure de fin de votre intervention</translation>
    </message>
    <message>
        <source>The time of day your procedure actually ended.</source>
        <translation>L&apos;heure à laquelle votre intervention s&apos;est réellement terminée.</translation>
    </message>
    <message>
        <source>The number of the procedure done</source>
        <translation>Le numéro de l&apos;intervention réalisée</translation>
    </message>
    <message>
        <source>The number the hospital gave the procedure as performed, which staff can use to find your records.</source>
        <translation>Le numéro que l&apos;hôpital a donné à l&apos;intervention telle qu&apos;elle a été réalisée, que le personnel peut utiliser pour retrouver votre dossier.</translation>
    </message>
    <message>
        <source>A description of the procedure done</source>
        <translation>Une description de l&apos;intervention réalisée</translation>
    </message>
    <message>
        <source>Text describing the procedure you actually had, which reveals health details.</source>
        <translation>Un texte qui décrit l&apos;intervention que vous avez réellement eue, et qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>The details of the order for your scan</source>
        <translation>Les détails de la demande de votre examen</translation>
    </message>
    <message>
        <source>Order numbers, the reason given and the planned steps for your scan, each of which can identify you.</source>
        <translation>Les numéros de demande, le motif indiqué et les étapes prévues de votre examen ; chacun de ces éléments peut vous identifier.</translation>
    </message>
    <message>
        <source>Comments about the procedure done</source>
        <translation>Des commentaires sur l&apos;intervention réalisée</translation>
    </message>
    <message>
        <source>Notes staff wrote about your procedure, which can contain names, dates or findings.</source>
        <translation>Des notes écrites par le personnel sur votre intervention, qui peuvent contenir des noms, des dates ou des résultats.</translation>
    </message>
    <message>
        <source>Comments about your radiation dose</source>
        <translation>Des commentaires sur votre dose de rayonnement</translation>
    </message>
    <message>
        <source>Notes about the radiation you received, which may include typed names or details.</source>
        <translation>Des notes sur le rayonnement que vous avez reçu, qui peuvent contenir des noms ou des informations saisis à la main.</translation>
    </message>
    <message>
        <source>The number of your tissue sample</source>
        <translation>Le numéro de votre prélèvement de tissu</translation>
    </message>
    <message>
        <source>The number the laboratory gave your tissue sample, which staff can use to find your records.</source>
        <translation>Le numéro que le laboratoire a donné à votre prélèvement de tissu, que le personnel peut utiliser pour retrouver votre dossier.</translation>
    </message>
    <message>
        <source>The number of the sample container</source>
        <translation>Le numéro du contenant de l&apos;échantillon</translation>
    </message>
    <message>
        <source>The number on the container or slide holding your sample, which links it to you.</source>
        <translation>Le numéro inscrit sur le contenant ou la lame qui porte votre échantillon, qui le relie à vous.</translation>
    </message>
    <message>
        <source>Who numbered the sample container</source>
        <translation>Qui a numéroté le contenant de l&apos;échantillon</translation>
    </message>
    <message>
        <source>The laboratory or hospital that numbered your sample container.</source>
        <translation>Le laboratoire ou l&apos;hôpital qui a numéroté le contenant de votre échantillon.</translation>
    </message>
    <message>
        <source>A description of the sample container</source>
        <translation>Une description du contenant de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Text describing the container holding your sample, which may include typed notes.</source>
        <translation>Un texte qui décrit le contenant de votre échantillon, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>The number of your sample</source>
        <translation>Le numéro de votre échantillon</translation>
    </message>
    <message>
        <source>The number the laboratory gave your sample, which staff can use to find your records.</source>
        <translation>Le numéro que le laboratoire a donné à votre échantillon, que le personnel peut utiliser pour retrouver votre dossier.</translation>
    </message>
    <message>
        <source>A unique number for your sample</source>
        <translation>Un numéro unique pour votre échantillon</translation>
    </message>
    <message>
        <source>A unique number for your tissue sample, which the laboratory can match back to you.</source>
        <translation>Un numéro unique pour votre prélèvement de tissu, que le laboratoire peut relier à vous.</translation>
    </message>
    <message>
        <source>Details recorded while taking the pictures</source>
        <translation>Des informations notées pendant la prise des images</translation>
    </message>
    <message>
        <source>Extra details noted during your scan, such as your position or measurements, which can contain typed text.</source>
        <translation>Des informations supplémentaires notées pendant votre examen, comme votre position ou des mesures, qui peuvent contenir du texte saisi à la main.</translation>
    </message>
    <message>
        <source>Who numbered your sample</source>
        <translation>Qui a numéroté votre échantillon</translation>
    </message>
    <message>
        <source>The laboratory or hospital that gave your sample its number.</source>
        <translation>Le laboratoire ou l&apos;hôpital qui a donné son numéro à votre échantillon.</translation>
    </message>
    <message>
        <source>A short description of your sample</source>
        <translation>Une courte description de votre échantillon</translation>
    </message>
    <message>
        <source>A short text describing your tissue sample, which reveals health details.</source>
        <translation>Un court texte qui décrit votre prélèvement de tissu, et qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>A detailed description of your sample</source>
        <translation>Une description détaillée de votre échantillon</translation>
    </message>
    <message>
        <source>A longer text describing your tissue sample, which reveals health details and may contain names.</source>
        <translation>Un texte plus long qui décrit votre prélèvement de tissu, qui révèle des informations de santé et peut contenir des noms.</translation>
    </message>
    <message>
        <source>How your sample was prepared</source>
        <translation>Comment votre échantillon a été préparé</translation>
    </message>
    <message>
        <source>The steps used to prepare your tissue sample, which can contain dates, names or typed notes.</source>
        <translation>Les étapes de préparation de votre prélèvement de tissu, qui peuvent contenir des dates, des noms ou des notes saisies à la main.</translation>
    </message>
    <message>
        <source>The number of the microscope slide</source>
        <translation>Le numéro de la lame de microscope</translation>
    </message>
    <message>
        <source>The number of the glass slide holding your sample, which links it to you.</source>
        <translation>Le numéro de la lame de verre qui porte votre échantillon, qui le relie à vous.</translation>
    </message>
    <message>
        <source>The number of the ordered procedure</source>
        <translation>Le numéro de l&apos;acte prescrit</translation>
    </message>
    <message>
        <source>The number the hospital gave the procedure your doctor ordered, which staff can use to find your records.</source>
        <translation>Le numéro que l&apos;hôpital a donné à l&apos;acte prescrit par votre médecin, que le personnel peut utiliser pour retrouver votre dossier.</translation>
    </message>
    <message>
        <source>The reason the procedure was ordered</source>
        <translation>Le motif de prescription de l&apos;acte</translation>
    </message>
    <message>
        <source>Why your doctor ordered this procedure, which reveals your symptoms or suspected illness.</source>
        <translation>La raison pour laquelle votre médecin a prescrit cet acte, qui révèle vos symptômes ou la maladie soupçonnée.</translation>
    </message>
    <message>
        <source>How you were brought to the scan</source>
        <translation>Comment vous avez été amené(e) à l&apos;examen</translation>
    </message>
    <message>
        <source>How you were brought to the department, such as by wheelchair or ambulance, which is personal detail.</source>
        <translation>La façon dont vous avez été amené(e) dans le service, par exemple en fauteuil roulant ou en ambulance, qui est une information personnelle.</translation>
    </message>
    <message>
        <source>Where the ordered procedure was to happen</source>
        <translation>Le lieu prévu pour l&apos;acte prescrit</translation>
    </message>
    <message>
        <source>The place where the ordered procedure was to be done.</source>
        <translation>L&apos;endroit où l&apos;acte prescrit devait être réalisé.</translation>
    </message>
    <message>
        <source>Codes for why the procedure was ordered</source>
        <translation>Les codes du motif de prescription de l&apos;acte</translation>
    </message>
    <message>
        <source>Medical codes for why your doctor ordered the procedure, which anyone can look up.</source>
        <translation>Les codes médicaux de la raison pour laquelle votre médecin a prescrit l&apos;acte, que tout le monde peut rechercher.</translation>
    </message>
    <message>
        <source>Who should receive your results</source>
        <translation>Qui doit recevoir vos résultats</translation>
    </message>
    <message>
        <source>The names of the people meant to receive your results, such as your doctors.</source>
        <translation>Les noms des personnes qui doivent recevoir vos résultats, comme vos médecins.</translation>
    </message>
    <message>
        <source>ID details of who receives your results</source>
        <translation>Les identifiants des destinataires de vos résultats</translation>
    </message>
    <message>
        <source>Names and codes that identify the people meant to receive your results.</source>
        <translation>Des noms et des codes qui identifient les personnes qui doivent recevoir vos résultats.</translation>
    </message>
    <message>
        <source>ID codes for a person</source>
        <translation>Les codes d&apos;identification d&apos;une personne</translation>
    </message>
    <message>
        <source>Codes that identify a person involved in your care, such as a staff number.</source>
        <translation>Des codes qui identifient une personne qui intervient dans vos soins, comme un numéro de personnel.</translation>
    </message>
    <message>
        <source>A person&apos;s address</source>
        <translation>L&apos;adresse d&apos;une personne</translation>
    </message>
    <message>
        <source>The address of a person involved in your care.</source>
        <translation>L&apos;adresse d&apos;une personne qui intervient dans vos soins.</translation>
    </message>
    <message>
        <source>A person&apos;s phone number</source>
        <translation>Le numéro de téléphone d&apos;une personne</translation>
    </message>
    <message>
        <source>The telephone numbers of a person involved in your care.</source>
        <translation>Les numéros de téléphone d&apos;une personne qui intervient dans vos soins.</translation>
    </message>
    <message>
        <source>A person&apos;s phone, fax or email</source>
        <translation>Le téléphone, le fax ou l&apos;e-mail d&apos;une personne</translation>
    </message>
    <message>
        <source>Ways to contact a person involved in your care, such as phone, fax or email.</source>
        <translation>Les moyens de contacter une personne qui intervient dans vos soins, comme le téléphone, le fax ou l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Comments about the ordered procedure</source>
        <translation>Des commentaires sur l&apos;acte prescrit</translation>
    </message>
    <message>
        <source>Notes written about the procedure your doctor ordered, which can contain names or health details.</source>
        <translation>Des notes écrites sur l&apos;acte prescrit par votre médecin, qui peuvent contenir des noms ou des informations de santé.</translation>
    </message>
    <message>
        <source>The reason your scan was requested</source>
        <translation>La raison de la demande de votre examen</translation>
    </message>
    <message>
        <source>Why the imaging request was made, which reveals your symptoms or suspected illness.</source>
        <translation>La raison pour laquelle la demande d&apos;imagerie a été faite, qui révèle vos symptômes ou la maladie soupçonnée.</translation>
    </message>
    <message>
        <source>The date your scan was requested</source>
        <translation>La date de la demande de votre examen</translation>
    </message>
    <message>
        <source>The day your doctor sent the request for your scan.</source>
        <translation>Le jour où votre médecin a envoyé la demande pour votre examen.</translation>
    </message>
    <message>
        <source>The time your scan was requested</source>
        <translation>L&apos;heure de la demande de votre examen</translation>
    </message>
    <message>
        <source>The time of day your doctor sent the request for your scan.</source>
        <translation>L&apos;heure à laquelle votre médecin a envoyé la demande pour votre examen.</translation>
    </message>
    <message>
        <source>Who entered the order for your scan</source>
        <translation>Qui a saisi la demande de votre examen</translation>
    </message>
    <message>
        <source>The name of the person who typed in the order for your scan.</source>
        <translation>Le nom de la personne qui a saisi la demande de votre examen.</translation>
    </message>
    <message>
        <source>Where the order was entered</source>
        <translation>Le lieu de saisie de la demande</translation>
    </message>
    <message>
        <source>The place where the order for your scan was typed in, such as a clinic or ward.</source>
        <translation>L&apos;endroit où la demande de votre examen a été saisie, comme une consultation ou un service.</translation>
    </message>
    <message>
        <source>The phone number for questions on the order</source>
        <translation>Le numéro de téléphone pour les questions sur la demande</translation>
    </message>
    <message>
        <source>The phone number to call back about the order for your scan, which leads to the clinic treating you.</source>
        <translation>Le numéro de téléphone à rappeler au sujet de la demande de votre examen, qui mène au service qui vous soigne.</translation>
    </message>
    <message>
        <source>Contact details for questions on the order</source>
        <translation>Les coordonnées pour les questions sur la demande</translation>
    </message>
    <message>
        <source>Phone, fax or email to reach about the order for your scan, which leads to the clinic treating you.</source>
        <translation>Le téléphone, le fax ou l&apos;e-mail à contacter au sujet de la demande de votre examen, qui mènent au service qui vous soigne.</translation>
    </message>
    <message>
        <source>The order number from your doctor&apos;s system</source>
        <translation>Le numéro de demande du système de votre médecin</translation>
    </message>
    <message>
        <source>The number your doctor&apos;s system gave the scan order, which can be used to find your records.</source>
        <translation>Le numéro que le système de votre médecin a donné à la demande d&apos;examen, qui peut servir à retrouver votre dossier.</translation>
    </message>
    <message>
        <source>The order number from the imaging department</source>
        <translation>Le numéro de demande du service d&apos;imagerie</translation>
    </message>
    <message>
        <source>The number the imaging department gave your scan order, which can be used to find your records.</source>
        <translation>Le numéro que le service d&apos;imagerie a donné à la demande de votre examen, qui peut servir à retrouver votre dossier.</translation>
    </message>
    <message>
        <source>Comments on the scan request</source>
        <translation>Des commentaires sur la demande d&apos;examen</translation>
    </message>
    <message>
        <source>Notes written on the request for your scan, which can contain names or health details.</source>
        <translation>Des notes écrites sur la demande de votre examen, qui peuvent contenir des noms ou des informations de santé.</translation>
    </message>
    <message>
        <source>Special privacy rules for your data</source>
        <translation>Des règles de confidentialité particulières pour vos données</translation>
    </message>
    <message>
        <source>Notes on who may see your data, such as for a well-known patient, which can itself single you out.</source>
        <translation>Des indications sur qui peut voir vos données, par exemple pour un patient connu du public, ce qui peut en soi vous distinguer.</translation>
    </message>
    <message>
        <source>The planned date and time of a step</source>
        <translation>La date et l&apos;heure prévues d&apos;une étape</translation>
    </message>
    <message>
        <source>The date and time a step of your care was booked to start.</source>
        <translation>La date et l&apos;heure prévues pour le début d&apos;une étape de vos soins.</translation>
    </message>
    <message>
        <source>When a booked step expires</source>
        <translation>Quand une étape prévue expire</translation>
    </message>
    <message>
        <source>The date and time after which a booked step of your care expires.</source>
        <translation>La date et l&apos;heure après lesquelles une étape prévue de vos soins expire.</translation>
    </message>
    <message>
        <source>When a booked step was changed</source>
        <translation>Quand une étape prévue a été modifiée</translation>
    </message>
    <message>
        <source>The date and time a booked step of your care was last changed.</source>
        <translation>La date et l&apos;heure de la dernière modification d&apos;une étape prévue de vos soins.</translation>
    </message>
    <message>
        <source>When a step was expected to finish</source>
        <translation>Quand une étape devait se terminer</translation>
    </message>
    <message>
        <source>The date and time a step of your care was expected to be completed.</source>
        <translation>La date et l&apos;heure auxquelles une étape de vos soins devait être terminée.</translation>
    </message>
    <message>
        <source>A unique number for a work request</source>
        <translation>Un numéro unique pour une demande de travail</translation>
    </message>
    <message>
        <source>A unique number for a hospital system&apos;s work request about your care, which appears in its logs.</source>
        <translation>Un numéro unique pour une demande de travail d&apos;un système de l&apos;hôpital concernant vos soins, qui apparaît dans ses journaux.</translation>
    </message>
    <message>
        <source>Codes for the booked machine</source>
        <translation>Les codes de l&apos;appareil réservé</translation>
    </message>
    <message>
        <source>Codes naming the machine your procedure was booked on, which can identify the hospital.</source>
        <translation>Des codes qui désignent l&apos;appareil réservé pour votre intervention, qui peuvent identifier l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Codes for where the booked machine is</source>
        <translation>Les codes de l&apos;emplacement de l&apos;appareil réservé</translation>
    </message>
    <message>
        <source>Codes for the site where the booked machine stands, which can reveal the hospital and town.</source>
        <translation>Les codes du site où se trouve l&apos;appareil réservé, qui peuvent révéler l&apos;hôpital et la ville.</translation>
    </message>
    <message>
        <source>Codes for the machine used</source>
        <translation>Les codes de l&apos;appareil utilisé</translation>
    </message>
    <message>
        <source>Codes naming the machine that carried out your procedure, which can identify the hospital.</source>
        <translation>Des codes qui désignent l&apos;appareil qui a réalisé votre intervention, qui peuvent identifier l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Codes for where the machine used is</source>
        <translation>Les codes de l&apos;emplacement de l&apos;appareil utilisé</translation>
    </message>
    <message>
        <source>Codes for the site where the machine that did your procedure stands, which can reveal the hospital and town.</source>
        <translation>Les codes du site où se trouve l&apos;appareil qui a réalisé votre intervention, qui peuvent révéler l&apos;hôpital et la ville.</translation>
    </message>
    <message>
        <source>Staff booked for your procedure</source>
        <translation>Le personnel prévu pour votre intervention</translation>
    </message>
    <message>
        <source>The names and roles of the staff planned to carry out your procedure.</source>
        <translation>Les noms et rôles des membres du personnel prévus pour réaliser votre intervention.</translation>
    </message>
    <message>
        <source>Staff who did your procedure</source>
        <translation>Le personnel qui a réalisé votre intervention</translation>
    </message>
    <message>
        <source>The names and roles of the staff who actually carried out your procedure.</source>
        <translation>Les noms et rôles des membres du personnel qui ont réellement réalisé votre intervention.</translation>
    </message>
    <message>
        <source>The staff member&apos;s organisation</source>
        <translation>L&apos;organisme du membre du personnel</translation>
    </message>
    <message>
        <source>The organisation a staff member who worked on your procedure belongs to.</source>
        <translation>L&apos;organisme auquel appartient un membre du personnel qui a participé à votre intervention.</translation>
    </message>
    <message>
        <source>The name of a staff member</source>
        <translation>Le nom d&apos;un membre du personnel</translation>
    </message>
    <message>
        <source>The name of a staff member who worked on your procedure.</source>
        <translation>Le nom d&apos;un membre du personnel qui a participé à votre intervention.</translation>
    </message>
    <message>
        <source>When a step of your care started</source>
        <translation>Quand une étape de vos soins a commencé</translation>
    </message>
    <message>
        <source>The date and time a step of your care actually started.</source>
        <translation>La date et l&apos;heure auxquelles une étape de vos soins a réellement commencé.</translation>
    </message>
    <message>
        <source>When a step of your care ended</source>
        <translation>Quand une étape de vos soins s&apos;est terminée</translation>
    </message>
    <message>
        <source>The date and time a step of your care actually ended.</source>
        <translation>La date et l&apos;heure auxquelles une étape de vos soins s&apos;est réellement terminée.</translation>
    </message>
    <message>
        <source>When a step of your care was cancelled</source>
        <translation>Quand une étape de vos soins a été annulée</translation>
    </message>
    <message>
        <source>The date and time a step of your care was cancelled.</source>
        <translation>La date et l&apos;heure auxquelles une étape de vos soins a été annulée.</translation>
    </message>
    <message>
        <source>The date findings were recorded</source>
        <translation>La date d&apos;enregistrement des résultats</translation>
    </message>
    <message>
        <source>The day a group of findings about your scan was written down.</source>
        <translation>Le jour où un ensemble de résultats sur votre examen a été noté.</translation>
    </message>
    <message>
        <source>The time findings were recorded</source>
        <translation>L&apos;heure d&apos;enregistrement des résultats</translation>
    </message>
    <message>
        <source>The time of day a group of findings about your scan was written down.</source>
        <translation>L&apos;heure à laquelle un ensemble de résultats sur votre examen a été noté.</translation>
    </message>
    <message>
        <source>The organisation that checked the report</source>
        <translation>L&apos;organisme qui a vérifié le compte rendu</translation>
    </message>
    <message>
        <source>The name of the organisation responsible for checking your report, which usually reveals the hospital.</source>
        <translation>Le nom de l&apos;organisme chargé de vérifier votre compte rendu, qui révèle généralement l&apos;hôpital.</translation>
    </message>
    <message>
        <source>When the report was checked</source>
        <translation>Quand le compte rendu a été vérifié</translation>
    </message>
    <message>
        <source>The date and time a doctor signed off your report.</source>
        <translation>La date et l&apos;heure auxquelles un médecin a validé votre compte rendu.</translation>
    </message>
    <message>
        <source>When an observation was made</source>
        <translation>Quand une observation a été faite</translation>
    </message>
    <message>
        <source>The date and time a finding or measurement about you was made.</source>
        <translation>La date et l&apos;heure auxquelles un résultat ou une mesure vous concernant a été obtenu.</translation>
    </message>
    <message>
        <source>When an observation started</source>
        <translation>Quand une observation a commencé</translation>
    </message>
    <message>
        <source>The date and time a finding or measurement about you started.</source>
        <translation>La date et l&apos;heure auxquelles un résultat ou une mesure vous concernant a commencé.</translation>
    </message>
    <message>
        <source>The people who checked the report</source>
        <translation>Les personnes qui ont vérifié le compte rendu</translation>
    </message>
    <message>
        <source>The names and details of the doctors who signed off your report.</source>
        <translation>Les noms et informations des médecins qui ont validé votre compte rendu.</translation>
    </message>
    <message>
        <source>The name of the doctor who checked the report</source>
        <translation>Le nom du médecin qui a vérifié le compte rendu</translation>
    </message>
    <message>
        <source>The name of the doctor who signed off your report.</source>
        <translation>Le nom du médecin qui a validé votre compte rendu.</translation>
    </message>
    <message>
        <source>The authors of the report</source>
        <translation>Les auteurs du compte rendu</translation>
    </message>
    <message>
        <source>The names and details of the people who wrote your report.</source>
        <translation>Les noms et informations des personnes qui ont rédigé votre compte rendu.</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation>Les personnes qui ont participé</translation>
    </message>
    <message>
        <source>The names and roles of people who took part in making this record, such as staff or devices.</source>
        <translation>Les noms et rôles des personnes qui ont participé à la création de ce document, comme le personnel ou des appareils.</translation>
    </message>
    <message>
        <source>The organisation keeping the record</source>
        <translation>L&apos;organisme qui conserve le document</translation>
    </message>
    <message>
        <source>The name of the organisation responsible for keeping this record, which usually reveals the hospital.</source>
        <translation>Le nom de l&apos;organisme chargé de conserver ce document, qui révèle généralement l&apos;hôpital.</translation>
    </message>
    <message>
        <source>When a person took part</source>
        <translation>Quand une personne a participé</translation>
    </message>
    <message>
        <source>The date and time a person took part in making this record.</source>
        <translation>La date et l&apos;heure auxquelles une personne a participé à la création de ce document.</translation>
    </message>
    <message>
        <source>ID codes of the doctor who checked the report</source>
        <translation>Les codes d&apos;identification du médecin qui a vérifié le compte rendu</translation>
    </message>
    <message>
        <source>Codes that identify the doctor who signed off your report, such as a staff number.</source>
        <translation>Des codes qui identifient le médecin qui a validé votre compte rendu, comme un numéro de personnel.</translation>
    </message>
    <message>
        <source>The date of a document or spoken report</source>
        <translation>La date d&apos;un document ou d&apos;un compte rendu oral</translation>
    </message>
    <message>
        <source>The day a document was written or a report was given by word of mouth.</source>
        <translation>Le jour où un document a été écrit ou un compte rendu a été donné de vive voix.</translation>
    </message>
    <message>
        <source>The time of a document or spoken report</source>
        <translation>L&apos;heure d&apos;un document ou d&apos;un compte rendu oral</translation>
    </message>
    <message>
        <source>The time of day a document was written or a report was given by word of mouth.</source>
        <translation>L&apos;heure à laquelle un document a été écrit ou un compte rendu a été donné de vive voix.</translation>
    </message>
    <message>
        <source>A date and time written in the report</source>
        <translation>Une date et une heure écrites dans le compte rendu</translation>
    </message>
    <message>
        <source>A date and time recorded as a value in your report, such as when something was observed.</source>
        <translation>Une date et une heure notées comme valeur dans votre compte rendu, par exemple le moment d&apos;une observation.</translation>
    </message>
    <message>
        <source>A date written in the report</source>
        <translation>Une date écrite dans le compte rendu</translation>
    </message>
    <message>
        <source>A date recorded as a value in your report, such as the date of an earlier scan.</source>
        <translation>Une date notée comme valeur dans votre compte rendu, comme la date d&apos;un examen plus ancien.</translation>
    </message>
    <message>
        <source>A time written in the report</source>
        <translation>Une heure écrite dans le compte rendu</translation>
    </message>
    <message>
        <source>A time of day recorded as a value in your report.</source>
        <translation>Une heure notée comme valeur dans votre compte rendu.</translation>
    </message>
    <message>
        <source>A person&apos;s name written in the report</source>
        <translation>Un nom de personne écrit dans le compte rendu</translation>
    </message>
    <message>
        <source>A person&apos;s name recorded as a value in your report, which may be yours or a staff member&apos;s.</source>
        <translation>Un nom de personne noté comme valeur dans votre compte rendu, qui peut être le vôtre ou celui d&apos;un membre du personnel.</translation>
    </message>
    <message>
        <source>A reference number written in the report</source>
        <translation>Un numéro de référence écrit dans le compte rendu</translation>
    </message>
    <message>
        <source>A unique number recorded as a value in your report, which can point to your other records.</source>
        <translation>Un numéro unique noté comme valeur dans votre compte rendu, qui peut renvoyer à vos autres dossiers.</translation>
    </message>
    <message>
        <source>A referenced date and time in the report</source>
        <translation>Une date et une heure citées dans le compte rendu</translation>
    </message>
    <message>
        <source>A date and time your report points to, such as the moment of a measurement.</source>
        <translation>Une date et une heure auxquelles renvoie votre compte rendu, comme le moment d&apos;une mesure.</translation>
    </message>
    <message>
        <source>A unique number for a finding</source>
        <translation>Un numéro unique pour un résultat</translation>
    </message>
    <message>
        <source>A unique number for one finding or measurement in your report, which ties it to your records.</source>
        <translation>Un numéro unique pour un résultat ou une mesure de votre compte rendu, qui le relie à votre dossier.</translation>
    </message>
    <message>
        <source>A reference to another finding</source>
        <translation>Une référence à un autre résultat</translation>
    </message>
    <message>
        <source>The unique number of another finding this one refers to, which ties your records together.</source>
        <translation>Le numéro unique d&apos;un autre résultat auquel celui-ci fait référence, ce qui relie vos dossiers entre eux.</translation>
    </message>
    <message>
        <source>The date of an observation</source>
        <translation>La date d&apos;une observation</translation>
    </message>
    <message>
        <source>The day a finding or measurement about you was made.</source>
        <translation>Le jour où un résultat ou une mesure vous concernant a été obtenu.</translation>
    </message>
    <message>
        <source>The time of an observation</source>
        <translation>L&apos;heure d&apos;une observation</translation>
    </message>
    <message>
        <source>The time of day a finding or measurement about you was made.</source>
        <translation>L&apos;heure à laquelle un résultat ou une mesure vous concernant a été obtenu.</translation>
    </message>
    <message>
        <source>The current observer</source>
        <translation>L&apos;observateur actuel</translation>
    </message>
    <message>
        <source>The name of the person currently observing or recording findings about you.</source>
        <translation>Le nom de la personne qui observe ou note actuellement des résultats vous concernant.</translation>
    </message>
    <message>
        <source>The person who spoke the report</source>
        <translation>La personne qui a donné le compte rendu oral</translation>
    </message>
    <message>
        <source>The name of the person who gave information by word of mouth.</source>
        <translation>Le nom de la personne qui a donné des informations de vive voix.</translation>
    </message>
    <message>
        <source>The speaker&apos;s address</source>
        <translation>L&apos;adresse de cette personne</translation>
    </message>
    <message>
        <source>The address of the person who gave information by word of mouth.</source>
        <translation>L&apos;adresse de la personne qui a donné des informations de vive voix.</translation>
    </message>
    <message>
        <source>The speaker&apos;s phone number</source>
        <translation>Le numéro de téléphone de cette personne</translation>
    </message>
    <message>
        <source>The phone number of the person who gave information by word of mouth.</source>
        <translation>Le numéro de téléphone de la personne qui a donné des informations de vive voix.</translation>
    </message>
    <message>
        <source>ID codes of the speaker</source>
        <translation>Les codes d&apos;identification de cette personne</translation>
    </message>
    <message>
        <source>Codes that identify the person who gave information by word of mouth.</source>
        <translation>Des codes qui identifient la personne qui a donné des informations de vive voix.</translation>
    </message>
    <message>
        <source>A unique number for the subject observed</source>
        <translation>Un numéro unique pour le sujet observé</translation>
    </message>
    <message>
        <source>A unique number for the person or thing the findings are about, which can point back to you.</source>
        <translation>Un numéro unique pour la personne ou la chose concernée par les résultats, qui peut renvoyer à vous.</translation>
    </message>
    <message>
        <source>The contents of a report</source>
        <translation>Le contenu d&apos;un compte rendu</translation>
    </message>
    <message>
        <source>The findings, measurements, names and dates that make up a structured report about your scan, any of which can identify you.</source>
        <translation>Les résultats, mesures, noms et dates qui composent un compte rendu structuré de votre examen ; chacun d&apos;eux peut vous identifier.</translation>
    </message>
    <message>
        <source>The version of a report template</source>
        <translation>La version d&apos;un modèle de compte rendu</translation>
    </message>
    <message>
        <source>The version of the form used to build a report; about the form, not you, but may hold stray text.</source>
        <translation>La version du formulaire utilisé pour créer un compte rendu ; cela concerne le formulaire, pas vous, mais peut contenir du texte égaré.</translation>
    </message>
    <message>
        <source>A hospital&apos;s version of a report template</source>
        <translation>La version d&apos;un modèle de compte rendu propre à un hôpital</translation>
    </message>
    <message>
        <source>A hospital&apos;s own version label of a report form, which can hint at which hospital made the file.</source>
        <translation>Une étiquette de version propre à un hôpital pour un formulaire de compte rendu, qui peut indiquer quel hôpital a créé le fichier.</translation>
    </message>
    <message>
        <source>A unique number for the template&apos;s author</source>
        <translation>Un numéro unique pour l&apos;auteur du modèle</translation>
    </message>
    <message>
        <source>A unique number for the organisation that extended a report form, which can point to the hospital.</source>
        <translation>Un numéro unique pour l&apos;organisme qui a complété un formulaire de compte rendu, qui peut désigner l&apos;hôpital.</translation>
    </message>
    <message>
        <source>A unique number for who changed the template</source>
        <translation>Un numéro unique pour qui a modifié le modèle</translation>
    </message>
    <message>
        <source>A unique number for the person or system that extended a report form, which can point to the hospital.</source>
        <translation>Un numéro unique pour la personne ou le système qui a complété un formulaire de compte rendu, qui peut désigner l&apos;hôpital.</translation>
    </message>
    <message>
        <source>When a linked document took effect</source>
        <translation>Quand un document lié a pris effet</translation>
    </message>
    <message>
        <source>The date and time a linked hospital document about you took effect.</source>
        <translation>La date et l&apos;heure auxquelles un document de l&apos;hôpital lié et vous concernant a pris effet.</translation>
    </message>
    <message>
        <source>An attached document</source>
        <translation>Un document joint</translation>
    </message>
    <message>
        <source>A whole document, often a PDF report, stored inside the file; it can contain your name, address and diagnosis.</source>
        <translation>Un document entier, souvent un compte rendu PDF, enregistré dans le fichier ; il peut contenir votre nom, votre adresse et votre diagnostic.</translation>
    </message>
    <message>
        <source>When a product was approved</source>
        <translation>Quand un produit a été autorisé</translation>
    </message>
    <message>
        <source>The date and time a product used in your care, such as a drug, was approved.</source>
        <translation>La date et l&apos;heure auxquelles un produit utilisé pour vos soins, comme un médicament, a été autorisé.</translation>
    </message>
    <message>
        <source>When a product expires</source>
        <translation>Quand un produit expire</translation>
    </message>
    <message>
        <source>The expiry date and time of a product used in your care, such as a drug batch.</source>
        <translation>La date et l&apos;heure de péremption d&apos;un produit utilisé pour vos soins, comme un lot de médicament.</translation>
    </message>
    <message>
        <source>When a substance was given to you</source>
        <translation>Quand une substance vous a été administrée</translation>
    </message>
    <message>
        <source>The date and time a drug or other substance was given to you.</source>
        <translation>La date et l&apos;heure auxquelles un médicament ou une autre substance vous a été administré.</translation>
    </message>
    <message>
        <source>When a statement was made</source>
        <translation>Quand une déclaration a été faite</translation>
    </message>
    <message>
        <source>The date and time a statement, such as a safety approval, was made about your treatment.</source>
        <translation>La date et l&apos;heure auxquelles une déclaration, comme une validation de sécurité, a été faite sur votre traitement.</translation>
    </message>
    <message>
        <source>When a statement expires</source>
        <translation>Quand une déclaration expire</translation>
    </message>
    <message>
        <source>The date and time a statement, such as a safety approval, stops being valid.</source>
        <translation>La date et l&apos;heure à partir desquelles une déclaration, comme une validation de sécurité, n&apos;est plus valable.</translation>
    </message>
    <message>
        <source>The number of a device part</source>
        <translation>Le numéro d&apos;une pièce de dispositif</translation>
    </message>
    <message>
        <source>The identifier of a part of an implant or device container, which can trace back to your case.</source>
        <translation>L&apos;identifiant d&apos;une pièce d&apos;un implant ou de l&apos;emballage d&apos;un dispositif, qui peut remonter jusqu&apos;à votre cas.</translation>
    </message>
    <message>
        <source>A description of a device</source>
        <translation>Une description d&apos;un dispositif</translation>
    </message>
    <message>
        <source>Text describing a device, such as a catheter or implant shown in the image, which may include typed notes.</source>
        <translation>Un texte qui décrit un dispositif, comme un cathéter ou un implant visible sur l&apos;image, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A long description of a device</source>
        <translation>Une description longue d&apos;un dispositif</translation>
    </message>
    <message>
        <source>A longer text describing a device shown or used in the image, which may include typed notes.</source>
        <translation>Un texte plus long qui décrit un dispositif visible ou utilisé sur l&apos;image, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A unique tracking number</source>
        <translation>Un numéro de suivi unique</translation>
    </message>
    <message>
        <source>A unique number used to track a finding, such as a tumour, across your scans over time.</source>
        <translation>Un numéro unique utilisé pour suivre un résultat, comme une tumeur, d&apos;un examen à l&apos;autre au fil du temps.</translation>
    </message>
    <message>
        <source>A unique number for the original position grid</source>
        <translation>Un numéro unique pour le repère de position d&apos;origine</translation>
    </message>
    <message>
        <source>A unique number for the positioning grid of the images this one was aligned to, linking it to your scans.</source>
        <translation>Un numéro unique pour le repère de position des images sur lesquelles celle-ci a été alignée, qui la relie à vos examens.</translation>
    </message>
    <message>
        <source>When an implant plan took effect</source>
        <translation>Quand un modèle d&apos;implant a pris effet</translation>
    </message>
    <message>
        <source>The date and time an implant template used in your planning took effect; it is about the product, not you.</source>
        <translation>La date et l&apos;heure auxquelles un modèle d&apos;implant utilisé pour préparer votre traitement a pris effet ; cela concerne le produit, pas vous.</translation>
    </message>
    <message>
        <source>When implant information was issued</source>
        <translation>Quand des informations sur un implant ont été publiées</translation>
    </message>
    <message>
        <source>The date and time information about an implant product was issued; it is about the product, not you.</source>
        <translation>La date et l&apos;heure de publication d&apos;informations sur un implant ; cela concerne le produit, pas vous.</translation>
    </message>
    <message>
        <source>A unique number for a group of annotations</source>
        <translation>Un numéro unique pour un groupe d&apos;annotations</translation>
    </message>
    <message>
        <source>A unique number for a group of markings on a slide image, which ties them to your sample.</source>
        <translation>Un numéro unique pour un groupe d&apos;annotations sur une image de lame, qui les relie à votre échantillon.</translation>
    </message>
    <message>
        <source>A label for a group of annotations</source>
        <translation>Une étiquette pour un groupe d&apos;annotations</translation>
    </message>
    <message>
        <source>A label for a group of markings on a slide image, which may include typed names or notes.</source>
        <translation>Une étiquette pour un groupe d&apos;annotations sur une image de lame, qui peut contenir des noms ou des notes saisis à la main.</translation>
    </message>
    <message>
        <source>A description of a group of annotations</source>
        <translation>Une description d&apos;un groupe d&apos;annotations</translation>
    </message>
    <message>
        <source>Text describing a group of markings on a slide image, which may include typed names or findings.</source>
        <translation>Un texte qui décrit un groupe d&apos;annotations sur une image de lame, et qui peut contenir des noms ou des résultats saisis à la main.</translation>
    </message>
    <message>
        <source>Text and markings drawn on the image</source>
        <translation>Texte et annotations dessinés sur l&apos;image</translation>
    </message>
    <message>
        <source>Words, arrows and shapes drawn over the image, which can include your name or notes typed by staff.</source>
        <translation>Des mots, des flèches et des formes dessinés sur l&apos;image, qui peuvent contenir votre nom ou des notes saisies par le personnel.</translation>
    </message>
    <message>
        <source>The date a display version was made</source>
        <translation>La date d&apos;une version d&apos;affichage</translation>
    </message>
    <message>
        <source>The day someone saved a particular way of showing your images, usually around your scan or reading.</source>
        <translation>Le jour où quelqu&apos;un a enregistré une façon particulière d&apos;afficher vos images, en général autour de votre examen ou de sa lecture.</translation>
    </message>
    <message>
        <source>The time a display version was made</source>
        <translation>L&apos;heure d&apos;une version d&apos;affichage</translation>
    </message>
    <message>
        <source>The time of day someone saved a particular way of showing your images.</source>
        <translation>L&apos;heure à laquelle quelqu&apos;un a enregistré une façon particulière d&apos;afficher vos images.</translation>
    </message>
    <message>
        <source>Who made the display version</source>
        <translation>Qui a créé la version d&apos;affichage</translation>
    </message>
    <message>
        <source>The name of the person who saved a particular way of showing your images, such as your radiologist.</source>
        <translation>Le nom de la personne qui a enregistré une façon particulière d&apos;afficher vos images, comme votre radiologue.</translation>
    </message>
    <message>
        <source>ID codes of who made the display version</source>
        <translation>Les codes d&apos;identification de qui a créé la version d&apos;affichage</translation>
    </message>
    <message>
        <source>Codes that identify the person who saved a particular way of showing your images.</source>
        <translation>Des codes qui identifient la personne qui a enregistré une façon particulière d&apos;afficher vos images.</translation>
    </message>
    <message>
        <source>A unique number for a marker point</source>
        <translation>Un numéro unique pour un point de repère</translation>
    </message>
    <message>
        <source>A unique number for a marker point placed on your images, which ties them together.</source>
        <translation>Un numéro unique pour un point de repère placé sur vos images, qui les relie entre elles.</translation>
    </message>
    <message>
        <source>A unique number for a group of displays</source>
        <translation>Un numéro unique pour un groupe d&apos;affichages</translation>
    </message>
    <message>
        <source>A unique number for a collection of ways to show your images, which ties them to your scan.</source>
        <translation>Un numéro unique pour un ensemble de façons d&apos;afficher vos images, qui les relie à votre examen.</translation>
    </message>
    <message>
        <source>A unique number for a display sequence</source>
        <translation>Un numéro unique pour une séquence d&apos;affichage</translation>
    </message>
    <message>
        <source>A unique number for an ordered set of ways to show your images, which ties them to your scan.</source>
        <translation>Un numéro unique pour une suite ordonnée de façons d&apos;afficher vos images, qui les relie à votre examen.</translation>
    </message>
    <message>
        <source>When a screen layout was made</source>
        <translation>Quand une disposition d&apos;écran a été créée</translation>
    </message>
    <message>
        <source>The date and time a screen layout for showing images was created; usually about the hospital, not you.</source>
        <translation>La date et l&apos;heure de création d&apos;une disposition d&apos;écran pour afficher des images ; cela concerne en général l&apos;hôpital, pas vous.</translation>
    </message>
    <message>
        <source>A network name used by a screen layout</source>
        <translation>Un nom réseau utilisé par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A network name a screen layout rule matches on, which can identify a hospital machine.</source>
        <translation>Un nom réseau sur lequel se base une règle de disposition d&apos;écran, qui peut identifier un appareil de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>An age used by a screen layout</source>
        <translation>Un âge utilisé par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>An age a screen layout rule matches on, which could be your age.</source>
        <translation>Un âge sur lequel se base une règle de disposition d&apos;écran, qui pourrait être votre âge.</translation>
    </message>
    <message>
        <source>A date used by a screen layout</source>
        <translation>Une date utilisée par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A date a screen layout rule matches on, which could be a date from your scan.</source>
        <translation>Une date sur laquelle se base une règle de disposition d&apos;écran, qui pourrait être une date de votre examen.</translation>
    </message>
    <message>
        <source>A date and time used by a screen layout</source>
        <translation>Une date et une heure utilisées par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A date and time a screen layout rule matches on, which could come from your scan.</source>
        <translation>Une date et une heure sur lesquelles se base une règle de disposition d&apos;écran, qui pourraient venir de votre examen.</translation>
    </message>
    <message>
        <source>Raw data used by a screen layout</source>
        <translation>Des données brutes utilisées par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>Raw data a screen layout rule matches on, which could hold any detail copied from your scan.</source>
        <translation>Des données brutes sur lesquelles se base une règle de disposition d&apos;écran, qui pourraient contenir n&apos;importe quelle information copiée de votre examen.</translation>
    </message>
    <message>
        <source>A short text used by a screen layout</source>
        <translation>Un texte court utilisé par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A short text a screen layout rule matches on, which could be a name or description from your scan.</source>
        <translation>Un texte court sur lequel se base une règle de disposition d&apos;écran, qui pourrait être un nom ou une description tirés de votre examen.</translation>
    </message>
    <message>
        <source>A long text used by a screen layout</source>
        <translation>Un texte long utilisé par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A longer text a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation>Un texte plus long sur lequel se base une règle de disposition d&apos;écran, qui pourrait contenir des notes copiées de votre examen.</translation>
    </message>
    <message>
        <source>A person&apos;s name used by a screen layout</source>
        <translation>Un nom de personne utilisé par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A person&apos;s name a screen layout rule matches on, such as a doctor&apos;s or your own.</source>
        <translation>Un nom de personne sur lequel se base une règle de disposition d&apos;écran, comme celui d&apos;un médecin ou le vôtre.</translation>
    </message>
    <message>
        <source>A time used by a screen layout</source>
        <translation>Une heure utilisée par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A time of day a screen layout rule matches on, which could be the time of your scan.</source>
        <translation>Une heure sur laquelle se base une règle de disposition d&apos;écran, qui pourrait être l&apos;heure de votre examen.</translation>
    </message>
    <message>
        <source>A short label used by a screen layout</source>
        <translation>Une étiquette courte utilisée par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A short label a screen layout rule matches on, which could be a number or name from your scan.</source>
        <translation>Une étiquette courte sur laquelle se base une règle de disposition d&apos;écran, qui pourrait être un numéro ou un nom tiré de votre examen.</translation>
    </message>
    <message>
        <source>Unknown data used by a screen layout</source>
        <translation>Des données inconnues utilisées par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>Data of unknown type a screen layout rule matches on, which could hold any detail copied from your scan.</source>
        <translation>Des données de type inconnu sur lesquelles se base une règle de disposition d&apos;écran, qui pourraient contenir n&apos;importe quelle information copiée de votre examen.</translation>
    </message>
    <message>
        <source>A text used by a screen layout</source>
        <translation>Un texte utilisé par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A text a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation>Un texte sur lequel se base une règle de disposition d&apos;écran, qui pourrait contenir des notes copiées de votre examen.</translation>
    </message>
    <message>
        <source>An unlimited text used by a screen layout</source>
        <translation>Un texte illimité utilisé par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A text of any length a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation>Un texte de longueur quelconque sur lequel se base une règle de disposition d&apos;écran, qui pourrait contenir des notes copiées de votre examen.</translation>
    </message>
    <message>
        <source>A web address used by a screen layout</source>
        <translation>Une adresse web utilisée par une disposition d&apos;écran</translation>
    </message>
    <message>
        <source>A web address a screen layout rule matches on, which can point to a hospital server.</source>
        <translation>Une adresse web sur laquelle se base une règle de disposition d&apos;écran, qui peut désigner un serveur de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The network name of the receiving machine</source>
        <translation>Le nom réseau de l&apos;appareil destinataire</translation>
    </message>
    <message>
        <source>The network name of the machine meant to receive instructions about your treatment, which can identify the site.</source>
        <translation>Le nom réseau de l&apos;appareil censé recevoir des instructions sur votre traitement, qui peut identifier le site.</translation>
    </message>
    <message>
        <source>The network name of the requesting machine</source>
        <translation>Le nom réseau de l&apos;appareil demandeur</translation>
    </message>
    <message>
        <source>The network name of the machine that sent instructions about your treatment, which can identify the site.</source>
        <translation>Le nom réseau de l&apos;appareil qui a envoyé des instructions sur votre traitement, qui peut identifier le site.</translation>
    </message>
    <message>
        <source>A unique number for the disc</source>
        <translation>Un numéro unique pour le disque</translation>
    </message>
    <message>
        <source>A unique number given to this disc or file set when it was made, which the hospital may have recorded.</source>
        <translation>Un numéro unique attribué à ce disque ou à cet ensemble de fichiers lors de sa création, que l&apos;hôpital a peut-être enregistré.</translation>
    </message>
    <message>
        <source>A small preview picture</source>
        <translation>Une petite image d&apos;aperçu</translation>
    </message>
    <message>
        <source>A thumbnail of the image, which can show your face or text burned into the picture such as your name.</source>
        <translation>Une vignette de l&apos;image, qui peut montrer votre visage ou du texte incrusté dans l&apos;image, comme votre nom.</translation>
    </message>
    <message>
        <source>The title of a topic</source>
        <translation>Le titre d&apos;un thème</translation>
    </message>
    <message>
        <source>The title of a collection of images on a topic, which may include names or notes.</source>
        <translation>Le titre d&apos;un ensemble d&apos;images sur un thème, qui peut contenir des noms ou des notes.</translation>
    </message>
    <message>
        <source>The subject of a topic</source>
        <translation>Le sujet d&apos;un thème</translation>
    </message>
    <message>
        <source>The subject of a collection of images, which may include names or health details.</source>
        <translation>Le sujet d&apos;un ensemble d&apos;images, qui peut contenir des noms ou des informations de santé.</translation>
    </message>
    <message>
        <source>The author of a topic</source>
        <translation>L&apos;auteur d&apos;un thème</translation>
    </message>
    <message>
        <source>The name of the person who put together a collection of images.</source>
        <translation>Le nom de la personne qui a constitué un ensemble d&apos;images.</translation>
    </message>
    <message>
        <source>Keywords of a topic</source>
        <translation>Les mots-clés d&apos;un thème</translation>
    </message>
    <message>
        <source>Keywords for a collection of images, which may include names or health details.</source>
        <translation>Les mots-clés d&apos;un ensemble d&apos;images, qui peuvent contenir des noms ou des informations de santé.</translation>
    </message>
    <message>
        <source>When the file was authorised</source>
        <translation>Quand le fichier a été autorisé</translation>
    </message>
    <message>
        <source>The date and time this file was approved for use, tied to the handling of your scan.</source>
        <translation>La date et l&apos;heure auxquelles ce fichier a été approuvé pour être utilisé, liées au traitement de votre examen.</translation>
    </message>
    <message>
        <source>A unique number for a digital signature</source>
        <translation>Un numéro unique pour une signature numérique</translation>
    </message>
    <message>
        <source>A unique number for a digital signature on this file, which can be traced to the signing system.</source>
        <translation>Un numéro unique pour une signature numérique de ce fichier, qui peut mener au système qui l&apos;a signé.</translation>
    </message>
    <message>
        <source>When the file was digitally signed</source>
        <translation>Quand le fichier a été signé numériquement</translation>
    </message>
    <message>
        <source>The date and time this file was digitally signed, usually around your scan or report.</source>
        <translation>La date et l&apos;heure de la signature numérique de ce fichier, en général autour de votre examen ou de votre compte rendu.</translation>
    </message>
    <message>
        <source>The signer&apos;s digital certificate</source>
        <translation>Le certificat numérique du signataire</translation>
    </message>
    <message>
        <source>The certificate of whoever signed this file, which usually contains their name and organisation.</source>
        <translation>Le certificat de la personne qui a signé ce fichier, qui contient en général son nom et son organisme.</translation>
    </message>
    <message>
        <source>A certified time stamp</source>
        <translation>Un horodatage certifié</translation>
    </message>
    <message>
        <source>A time stamp certified by a trusted service, showing exactly when the file was signed.</source>
        <translation>Un horodatage certifié par un service de confiance, qui montre exactement quand le fichier a été signé.</translation>
    </message>
    <message>
        <source>Links to digital signatures</source>
        <translation>Des liens vers des signatures numériques</translation>
    </message>
    <message>
        <source>References to digital signatures on other files, with their unique numbers, which tie your records together.</source>
        <translation>Des références à des signatures numériques d&apos;autres fichiers, avec leurs numéros uniques, qui relient vos dossiers entre eux.</translation>
    </message>
    <message>
        <source>Links to signed images</source>
        <translation>Des liens vers des images signées</translation>
    </message>
    <message>
        <source>Unique numbers and checksums of other images covered by a signature, which tie your records together.</source>
        <translation>Les numéros uniques et sommes de contrôle d&apos;autres images couvertes par une signature, qui relient vos dossiers entre eux.</translation>
    </message>
    <message>
        <source>A security checksum</source>
        <translation>Une somme de contrôle de sécurité</translation>
    </message>
    <message>
        <source>A security code computed over the file&apos;s contents; it cannot be read as words but proves what the original held.</source>
        <translation>Un code de sécurité calculé sur le contenu du fichier ; on ne peut pas le lire comme des mots, mais il prouve ce que contenait l&apos;original.</translation>
    </message>
    <message>
        <source>Details that were changed</source>
        <translation>Les informations modifiées</translation>
    </message>
    <message>
        <source>A record of details that were changed in this file, which can still hold values such as your name.</source>
        <translation>Un relevé des informations modifiées dans ce fichier, qui peut encore contenir des valeurs comme votre nom.</translation>
    </message>
    <message>
        <source>Incorrect details that were changed</source>
        <translation>Les informations incorrectes qui ont été modifiées</translation>
    </message>
    <message>
        <source>A record of details that were corrected because they broke the format, which can still hold the original values.</source>
        <translation>Un relevé des informations corrigées parce qu&apos;elles ne respectaient pas le format, qui peut encore contenir les valeurs d&apos;origine.</translation>
    </message>
    <message>
        <source>An incorrect value that was replaced</source>
        <translation>Une valeur incorrecte qui a été remplacée</translation>
    </message>
    <message>
        <source>The original text of a value that was replaced because it broke the format, which can hold anything.</source>
        <translation>Le texte d&apos;origine d&apos;une valeur remplacée parce qu&apos;elle ne respectait pas le format, qui peut contenir n&apos;importe quoi.</translation>
    </message>
    <message>
        <source>The original details before changes</source>
        <translation>Les informations d&apos;origine avant modification</translation>
    </message>
    <message>
        <source>The earlier values of details that were changed or removed, which can still hold your old name or number.</source>
        <translation>Les anciennes valeurs d&apos;informations modifiées ou supprimées, qui peuvent encore contenir votre ancien nom ou numéro.</translation>
    </message>
    <message>
        <source>When details were changed</source>
        <translation>Quand les informations ont été modifiées</translation>
    </message>
    <message>
        <source>The date and time details in this file were changed.</source>
        <translation>La date et l&apos;heure de modification des informations de ce fichier.</translation>
    </message>
    <message>
        <source>The system that changed the details</source>
        <translation>Le système qui a modifié les informations</translation>
    </message>
    <message>
        <source>The name of the system or program that changed details in this file, which can identify the hospital.</source>
        <translation>Le nom du système ou du programme qui a modifié des informations de ce fichier, qui peut identifier l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Where the earlier details came from</source>
        <translation>D&apos;où venaient les anciennes informations</translation>
    </message>
    <message>
        <source>The name of the system or organisation the earlier values came from, which can identify the hospital.</source>
        <translation>Le nom du système ou de l&apos;organisme d&apos;où venaient les anciennes valeurs, qui peut identifier l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Why details were changed</source>
        <translation>Pourquoi les informations ont été modifiées</translation>
    </message>
    <message>
        <source>The reason details in this file were changed, such as a correction or anonymisation.</source>
        <translation>La raison de la modification des informations de ce fichier, comme une correction ou une anonymisation.</translation>
    </message>
    <message>
        <source>Whether this file came from elsewhere</source>
        <translation>Si ce fichier vient d&apos;ailleurs</translation>
    </message>
    <message>
        <source>Whether this file was made locally or brought in from another hospital.</source>
        <translation>Indique si ce fichier a été créé sur place ou importé d&apos;un autre hôpital.</translation>
    </message>
    <message>
        <source>Text printed with the film</source>
        <translation>Texte imprimé avec le film</translation>
    </message>
    <message>
        <source>Text added when the images were printed on film, which may include your name or notes.</source>
        <translation>Le texte ajouté quand les images ont été imprimées sur film, qui peut contenir votre nom ou des notes.</translation>
    </message>
    <message>
        <source>The date a print job was made</source>
        <translation>La date d&apos;une demande d&apos;impression</translation>
    </message>
    <message>
        <source>The day a request to print your images on film was made.</source>
        <translation>Le jour où une demande d&apos;impression de vos images sur film a été faite.</translation>
    </message>
    <message>
        <source>The time a print job was made</source>
        <translation>L&apos;heure d&apos;une demande d&apos;impression</translation>
    </message>
    <message>
        <source>The time of day a request to print your images on film was made.</source>
        <translation>L&apos;heure à laquelle une demande d&apos;impression de vos images sur film a été faite.</translation>
    </message>
    <message>
        <source>Who sent the print job</source>
        <translation>Qui a envoyé la demande d&apos;impression</translation>
    </message>
    <message>
        <source>The network name of the machine that asked to print your images, which can identify the site.</source>
        <translation>Le nom réseau de l&apos;appareil qui a demandé l&apos;impression de vos images, qui peut identifier le site.</translation>
    </message>
    <message>
        <source>Where the print job was sent</source>
        <translation>Où la demande d&apos;impression a été envoyée</translation>
    </message>
    <message>
        <source>The network name of the printer or machine your images were sent to, which can identify the site.</source>
        <translation>Le nom réseau de l&apos;imprimante ou de l&apos;appareil auquel vos images ont été envoyées, qui peut identifier le site.</translation>
    </message>
    <message>
        <source>The text on the disc label</source>
        <translation>Le texte de l&apos;étiquette du disque</translation>
    </message>
    <message>
        <source>The text printed on the label of the disc, which often includes your name and the hospital.</source>
        <translation>Le texte imprimé sur l&apos;étiquette du disque, qui contient souvent votre nom et celui de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The barcode on the disc label</source>
        <translation>Le code-barres de l&apos;étiquette du disque</translation>
    </message>
    <message>
        <source>The value of a barcode printed on the disc label, which can be a number tied to you.</source>
        <translation>La valeur d&apos;un code-barres imprimé sur l&apos;étiquette du disque, qui peut être un numéro lié à vous.</translation>
    </message>
    <message>
        <source>The name of a positioning template</source>
        <translation>Le nom d&apos;un modèle de positionnement</translation>
    </message>
    <message>
        <source>The name of a template used to position you for an image, which may include typed notes.</source>
        <translation>Le nom d&apos;un modèle utilisé pour vous positionner pour une image, qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A description of a positioning template</source>
        <translation>Une description d&apos;un modèle de positionnement</translation>
    </message>
    <message>
        <source>Text describing a template used to position you for an image, which may include typed notes.</source>
        <translation>Un texte qui décrit un modèle utilisé pour vous positionner pour une image, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>The label of a set of outlines</source>
        <translation>L&apos;étiquette d&apos;un ensemble de contours</translation>
    </message>
    <message>
        <source>A label for the outlines drawn on your scan for radiotherapy, which may include names.</source>
        <translation>Une étiquette pour les contours dessinés sur votre examen en vue d&apos;une radiothérapie, qui peut contenir des noms.</translation>
    </message>
    <message>
        <source>The name of a set of outlines</source>
        <translation>Le nom d&apos;un ensemble de contours</translation>
    </message>
    <message>
        <source>The name of the outlines drawn on your scan for radiotherapy, which may include names.</source>
        <translation>Le nom des contours dessinés sur votre examen en vue d&apos;une radiothérapie, qui peut contenir des noms.</translation>
    </message>
    <message>
        <source>A description of a set of outlines</source>
        <translation>Une description d&apos;un ensemble de contours</translation>
    </message>
    <message>
        <source>Text describing the outlines drawn on your scan for radiotherapy, which may include names or notes.</source>
        <translation>Un texte qui décrit les contours dessinés sur votre examen en vue d&apos;une radiothérapie, et qui peut contenir des noms ou des notes.</translation>
    </message>
    <message>
        <source>The date the outlines were made</source>
        <translation>La date de création des contours</translation>
    </message>
    <message>
        <source>The day the outlines on your scan for radiotherapy were made.</source>
        <translation>Le jour où les contours ont été dessinés sur votre examen en vue d&apos;une radiothérapie.</translation>
    </message>
    <message>
        <source>The time the outlines were made</source>
        <translation>L&apos;heure de création des contours</translation>
    </message>
    <message>
        <source>The time of day the outlines on your scan for radiotherapy were made.</source>
        <translation>L&apos;heure à laquelle les contours ont été dessinés sur votre examen en vue d&apos;une radiothérapie.</translation>
    </message>
    <message>
        <source>A link to the position grid outlined</source>
        <translation>Un lien vers le repère de position des contours</translation>
    </message>
    <message>
        <source>The unique number of the positioning grid the outlines belong to, which ties them to your scan.</source>
        <translation>Le numéro unique du repère de position auquel appartiennent les contours, qui les relie à votre examen.</translation>
    </message>
    <message>
        <source>The name of an outlined area</source>
        <translation>Le nom d&apos;une zone délimitée</translation>
    </message>
    <message>
        <source>The name of an area outlined on your scan, such as a tumour or organ, which reveals health details.</source>
        <translation>Le nom d&apos;une zone délimitée sur votre examen, comme une tumeur ou un organe, qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>A description of an outlined area</source>
        <translation>Une description d&apos;une zone délimitée</translation>
    </message>
    <message>
        <source>Text describing an area outlined on your scan, which reveals health details and may contain notes.</source>
        <translation>Un texte qui décrit une zone délimitée sur votre examen, qui révèle des informations de santé et peut contenir des notes.</translation>
    </message>
    <message>
        <source>When an area was outlined</source>
        <translation>Quand une zone a été délimitée</translation>
    </message>
    <message>
        <source>The date and time an area on your scan was outlined.</source>
        <translation>La date et l&apos;heure auxquelles une zone de votre examen a été délimitée.</translation>
    </message>
    <message>
        <source>When an outlined area was assessed</source>
        <translation>Quand une zone délimitée a été évaluée</translation>
    </message>
    <message>
        <source>The date and time an outlined area on your scan was assessed.</source>
        <translation>La date et l&apos;heure auxquelles une zone délimitée de votre examen a été évaluée.</translation>
    </message>
    <message>
        <source>How an area was outlined</source>
        <translation>Comment une zone a été délimitée</translation>
    </message>
    <message>
        <source>Text describing how an area on your scan was outlined, which may include the name of who did it.</source>
        <translation>Un texte qui explique comment une zone de votre examen a été délimitée, et qui peut contenir le nom de la personne qui l&apos;a fait.</translation>
    </message>
    <message>
        <source>Who outlined the areas</source>
        <translation>Qui a délimité les zones</translation>
    </message>
    <message>
        <source>The names and details of the people who outlined areas on your scan.</source>
        <translation>Les noms et informations des personnes qui ont délimité des zones sur votre examen.</translation>
    </message>
    <message>
        <source>Who assessed the outlined areas</source>
        <translation>Qui a évalué les zones délimitées</translation>
    </message>
    <message>
        <source>The names and details of the people who assessed outlined areas on your scan.</source>
        <translation>Les noms et informations des personnes qui ont évalué les zones délimitées sur votre examen.</translation>
    </message>
    <message>
        <source>A label for an assessment</source>
        <translation>Une étiquette pour une évaluation</translation>
    </message>
    <message>
        <source>A label for an assessment of an outlined area, which may include typed names or notes.</source>
        <translation>Une étiquette pour l&apos;évaluation d&apos;une zone délimitée, qui peut contenir des noms ou des notes saisis à la main.</translation>
    </message>
    <message>
        <source>A description of an assessment</source>
        <translation>Une description d&apos;une évaluation</translation>
    </message>
    <message>
        <source>Text describing an assessment of an outlined area on your scan, which may include health details.</source>
        <translation>Un texte qui décrit l&apos;évaluation d&apos;une zone délimitée sur votre examen, et qui peut contenir des informations de santé.</translation>
    </message>
    <message>
        <source>The person who assessed an area</source>
        <translation>La personne qui a évalué une zone</translation>
    </message>
    <message>
        <source>The name of the person who assessed an outlined area on your scan.</source>
        <translation>Le nom de la personne qui a évalué une zone délimitée sur votre examen.</translation>
    </message>
    <message>
        <source>A link to a related position grid</source>
        <translation>Un lien vers un repère de position apparenté</translation>
    </message>
    <message>
        <source>The unique number of a related positioning grid, which ties your radiotherapy scans together.</source>
        <translation>Le numéro unique d&apos;un repère de position apparenté, qui relie entre eux vos examens de radiothérapie.</translation>
    </message>
    <message>
        <source>The date of a treatment step</source>
        <translation>La date d&apos;une étape de traitement</translation>
    </message>
    <message>
        <source>The day a step of your radiotherapy treatment was given.</source>
        <translation>Le jour où une étape de votre radiothérapie a été délivrée.</translation>
    </message>
    <message>
        <source>The time of a treatment step</source>
        <translation>L&apos;heure d&apos;une étape de traitement</translation>
    </message>
    <message>
        <source>The time of day a step of your radiotherapy treatment was given.</source>
        <translation>L&apos;heure à laquelle une étape de votre radiothérapie a été délivrée.</translation>
    </message>
    <message>
        <source>The date of your first treatment</source>
        <translation>La date de votre première séance</translation>
    </message>
    <message>
        <source>The day your radiotherapy treatment started.</source>
        <translation>Le jour où votre radiothérapie a commencé.</translation>
    </message>
    <message>
        <source>The date of your latest treatment</source>
        <translation>La date de votre dernière séance</translation>
    </message>
    <message>
        <source>The day of your most recent radiotherapy treatment.</source>
        <translation>Le jour de votre séance de radiothérapie la plus récente.</translation>
    </message>
    <message>
        <source>The serial number of a radiation source</source>
        <translation>Le numéro de série d&apos;une source de rayonnement</translation>
    </message>
    <message>
        <source>The serial number of a radioactive source used in your treatment, which identifies the hospital&apos;s equipment.</source>
        <translation>Le numéro de série d&apos;une source radioactive utilisée pour votre traitement, qui identifie l&apos;équipement de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The date a source left its safe</source>
        <translation>La date de sortie d&apos;une source de son coffre</translation>
    </message>
    <message>
        <source>The day a radioactive source left its shielded safe during your treatment.</source>
        <translation>Le jour où une source radioactive est sortie de son coffre blindé pendant votre traitement.</translation>
    </message>
    <message>
        <source>The time a source left its safe</source>
        <translation>L&apos;heure de sortie d&apos;une source de son coffre</translation>
    </message>
    <message>
        <source>The time a radioactive source left its shielded safe during your treatment.</source>
        <translation>L&apos;heure à laquelle une source radioactive est sortie de son coffre blindé pendant votre traitement.</translation>
    </message>
    <message>
        <source>The date a source returned to its safe</source>
        <translation>La date de retour d&apos;une source dans son coffre</translation>
    </message>
    <message>
        <source>The day a radioactive source returned to its shielded safe during your treatment.</source>
        <translation>Le jour où une source radioactive est retournée dans son coffre blindé pendant votre traitement.</translation>
    </message>
    <message>
        <source>The time a source returned to its safe</source>
        <translation>L&apos;heure de retour d&apos;une source dans son coffre</translation>
    </message>
    <message>
        <source>The time a radioactive source returned to its shielded safe during your treatment.</source>
        <translation>L&apos;heure à laquelle une source radioactive est retournée dans son coffre blindé pendant votre traitement.</translation>
    </message>
    <message>
        <source>The date of your treatment</source>
        <translation>La date de votre traitement</translation>
    </message>
    <message>
        <source>The day your radiotherapy treatment session took place.</source>
        <translation>Le jour où votre séance de radiothérapie a eu lieu.</translation>
    </message>
    <message>
        <source>The time of your treatment</source>
        <translation>L&apos;heure de votre traitement</translation>
    </message>
    <message>
        <source>The time of day your radiotherapy treatment session took place.</source>
        <translation>L&apos;heure à laquelle votre séance de radiothérapie a eu lieu.</translation>
    </message>
    <message>
        <source>The label of your treatment plan</source>
        <translation>L&apos;étiquette de votre plan de traitement</translation>
    </message>
    <message>
        <source>A label for your radiotherapy plan, which may include your name or the area treated.</source>
        <translation>Une étiquette pour votre plan de radiothérapie, qui peut contenir votre nom ou la zone traitée.</translation>
    </message>
    <message>
        <source>The name of your treatment plan</source>
        <translation>Le nom de votre plan de traitement</translation>
    </message>
    <message>
        <source>The name of your radiotherapy plan, which may include your name or the area treated.</source>
        <translation>Le nom de votre plan de radiothérapie, qui peut contenir votre nom ou la zone traitée.</translation>
    </message>
    <message>
        <source>A description of your treatment plan</source>
        <translation>Une description de votre plan de traitement</translation>
    </message>
    <message>
        <source>Text describing your radiotherapy plan, which reveals health details and may contain names.</source>
        <translation>Un texte qui décrit votre plan de radiothérapie, qui révèle des informations de santé et peut contenir des noms.</translation>
    </message>
    <message>
        <source>The date your treatment plan was made</source>
        <translation>La date de création de votre plan de traitement</translation>
    </message>
    <message>
        <source>The day your radiotherapy plan was created.</source>
        <translation>Le jour où votre plan de radiothérapie a été créé.</translation>
    </message>
    <message>
        <source>The time your treatment plan was made</source>
        <translation>L&apos;heure de création de votre plan de traitement</translation>
    </message>
    <message>
        <source>The time of day your radiotherapy plan was created.</source>
        <translation>L&apos;heure à laquelle votre plan de radiothérapie a été créé.</translation>
    </message>
    <message>
        <source>The areas being treated</source>
        <translation>Les zones traitées</translation>
    </message>
    <message>
        <source>The parts of your body being treated with radiotherapy, which reveals health details.</source>
        <translation>Les parties de votre corps traitées par radiothérapie, ce qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>A description of your prescription</source>
        <translation>Une description de votre prescription</translation>
    </message>
    <message>
        <source>Text describing the radiation dose prescribed for you, which reveals health details.</source>
        <translation>Un texte qui décrit la dose de rayonnement qui vous a été prescrite, et qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>A unique number for a dose target</source>
        <translation>Un numéro unique pour une cible de dose</translation>
    </message>
    <message>
        <source>A unique number for a dose target in your radiotherapy plan, which ties your treatment files together.</source>
        <translation>Un numéro unique pour une cible de dose de votre plan de radiothérapie, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>A description of a dose target</source>
        <translation>Une description d&apos;une cible de dose</translation>
    </message>
    <message>
        <source>Text describing a target of your radiation dose, which reveals health details.</source>
        <translation>Un texte qui décrit une cible de votre dose de rayonnement, et qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>A description of a group of sessions</source>
        <translation>Une description d&apos;un groupe de séances</translation>
    </message>
    <message>
        <source>Text describing a group of your radiotherapy sessions, which may include typed notes.</source>
        <translation>Un texte qui décrit un groupe de vos séances de radiothérapie, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A link to a dose target</source>
        <translation>Un lien vers une cible de dose</translation>
    </message>
    <message>
        <source>The unique number of a dose target this refers to, which ties your treatment files together.</source>
        <translation>Le numéro unique d&apos;une cible de dose à laquelle ceci fait référence, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>The name of the treatment machine</source>
        <translation>Le nom de l&apos;appareil de traitement</translation>
    </message>
    <message>
        <source>The name the hospital gave the machine that treats you, which can identify the hospital.</source>
        <translation>Le nom que l&apos;hôpital a donné à l&apos;appareil qui vous traite, qui peut identifier l&apos;hôpital.</translation>
    </message>
    <message>
        <source>A description of a radiation beam</source>
        <translation>Une description d&apos;un faisceau de rayonnement</translation>
    </message>
    <message>
        <source>Text describing one radiation beam of your treatment, which may include typed notes.</source>
        <translation>Un texte qui décrit un faisceau de rayonnement de votre traitement, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A description of a skin pad</source>
        <translation>Une description d&apos;un bolus</translation>
    </message>
    <message>
        <source>Text describing a pad placed on your skin during treatment, which may include typed notes.</source>
        <translation>Un texte qui décrit un bolus (matériau posé sur votre peau pendant le traitement), et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A description of a positioning aid</source>
        <translation>Une description d&apos;une aide au positionnement</translation>
    </message>
    <message>
        <source>Text describing a device that held you in position, such as a mask, which may include typed notes.</source>
        <translation>Un texte qui décrit un dispositif qui vous maintenait en position, comme un masque, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A description of a shield</source>
        <translation>Une description d&apos;une protection</translation>
    </message>
    <message>
        <source>Text describing a shield used to protect parts of your body, which may include typed notes.</source>
        <translation>Un texte qui décrit une protection utilisée pour protéger des parties de votre corps, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A description of how you were set up</source>
        <translation>Une description de votre installation</translation>
    </message>
    <message>
        <source>Text describing how you were positioned for treatment, which may include typed notes.</source>
        <translation>Un texte qui explique comment vous avez été installé(e) pour le traitement, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>The maker of a radiation source</source>
        <translation>Le fabricant d&apos;une source de rayonnement</translation>
    </message>
    <message>
        <source>The company that made a radioactive source used in your treatment.</source>
        <translation>L&apos;entreprise qui a fabriqué une source radioactive utilisée pour votre traitement.</translation>
    </message>
    <message>
        <source>The reference date of a source</source>
        <translation>La date de référence d&apos;une source</translation>
    </message>
    <message>
        <source>The day a radioactive source&apos;s strength was measured; it is about the source, not you.</source>
        <translation>Le jour où l&apos;activité d&apos;une source radioactive a été mesurée ; cela concerne la source, pas vous.</translation>
    </message>
    <message>
        <source>The reference time of a source</source>
        <translation>L&apos;heure de référence d&apos;une source</translation>
    </message>
    <message>
        <source>The time a radioactive source&apos;s strength was measured; it is about the source, not you.</source>
        <translation>L&apos;heure à laquelle l&apos;activité d&apos;une source radioactive a été mesurée ; cela concerne la source, pas vous.</translation>
    </message>
    <message>
        <source>A description of a beam shaper</source>
        <translation>Une description d&apos;un conformateur de faisceau</translation>
    </message>
    <message>
        <source>Text describing a device that shapes the radiation beam for you, which may include typed notes.</source>
        <translation>Un texte qui décrit un dispositif qui donne sa forme au faisceau de rayonnement pour vous, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A label for a treatment position</source>
        <translation>Une étiquette pour une position de traitement</translation>
    </message>
    <message>
        <source>A label for a position you are treated in, which may include typed notes.</source>
        <translation>Une étiquette pour une position dans laquelle vous êtes traité(e), qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A unique number for a treatment position</source>
        <translation>Un numéro unique pour une position de traitement</translation>
    </message>
    <message>
        <source>A unique number for a position you are treated in, which ties your treatment files together.</source>
        <translation>Un numéro unique pour une position dans laquelle vous êtes traité(e), qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>An accessory holder slot</source>
        <translation>Un emplacement de porte-accessoire</translation>
    </message>
    <message>
        <source>The identifier of a slot holding an accessory on the treatment machine, which can identify the equipment.</source>
        <translation>L&apos;identifiant d&apos;un emplacement qui porte un accessoire sur l&apos;appareil de traitement, qui peut identifier l&apos;équipement.</translation>
    </message>
    <message>
        <source>An accessory device slot</source>
        <translation>Un emplacement de dispositif accessoire</translation>
    </message>
    <message>
        <source>The identifier of a slot holding a device on the treatment machine, which can identify the equipment.</source>
        <translation>L&apos;identifiant d&apos;un emplacement qui porte un dispositif sur l&apos;appareil de traitement, qui peut identifier l&apos;équipement.</translation>
    </message>
    <message>
        <source>A label for a dose</source>
        <translation>Une étiquette pour une dose</translation>
    </message>
    <message>
        <source>A label for a radiation dose in your treatment, which may include typed names or notes.</source>
        <translation>Une étiquette pour une dose de rayonnement de votre traitement, qui peut contenir des noms ou des notes saisis à la main.</translation>
    </message>
    <message>
        <source>A label for a dose measured on you</source>
        <translation>Une étiquette pour une dose mesurée sur vous</translation>
    </message>
    <message>
        <source>A label for a radiation dose measured on your body, which may include typed names or notes.</source>
        <translation>Une étiquette pour une dose de rayonnement mesurée sur votre corps, qui peut contenir des noms ou des notes saisis à la main.</translation>
    </message>
    <message>
        <source>A label for a set of tolerances</source>
        <translation>Une étiquette pour un ensemble de tolérances</translation>
    </message>
    <message>
        <source>A label for the limits allowed in your treatment set-up, which may include typed notes.</source>
        <translation>Une étiquette pour les limites autorisées dans l&apos;installation de votre traitement, qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A unique number for your set-up</source>
        <translation>Un numéro unique pour votre installation</translation>
    </message>
    <message>
        <source>A unique number for how you are set up for treatment, which ties your treatment files together.</source>
        <translation>Un numéro unique pour la façon dont vous êtes installé(e) pour le traitement, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>A description of the machine&apos;s position grid</source>
        <translation>Une description du repère de position de l&apos;appareil</translation>
    </message>
    <message>
        <source>Text describing the positioning grid of the treatment equipment, which may include typed notes.</source>
        <translation>Un texte qui décrit le repère de position de l&apos;équipement de traitement, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A label for a radiation mode</source>
        <translation>Une étiquette pour un mode de rayonnement</translation>
    </message>
    <message>
        <source>A label for how the machine makes radiation, which may include typed notes.</source>
        <translation>Une étiquette pour la façon dont l&apos;appareil produit le rayonnement, qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A description of a radiation mode</source>
        <translation>Une description d&apos;un mode de rayonnement</translation>
    </message>
    <message>
        <source>Text describing how the machine makes radiation, which may include typed notes.</source>
        <translation>Un texte qui explique comment l&apos;appareil produit le rayonnement, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A unique number for a treatment session</source>
        <translation>Un numéro unique pour une séance de traitement</translation>
    </message>
    <message>
        <source>A unique number for one of your radiotherapy sessions, which ties your treatment files together.</source>
        <translation>Un numéro unique pour une de vos séances de radiothérapie, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>A description of a set-up problem</source>
        <translation>Une description d&apos;un problème d&apos;installation</translation>
    </message>
    <message>
        <source>Text describing how your treatment set-up went outside its limits, which may include typed notes.</source>
        <translation>Un texte qui explique comment l&apos;installation de votre traitement est sortie de ses limites, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>When a set-up problem happened</source>
        <translation>Quand un problème d&apos;installation s&apos;est produit</translation>
    </message>
    <message>
        <source>The date and time your treatment set-up went outside its limits.</source>
        <translation>La date et l&apos;heure auxquelles l&apos;installation de votre traitement est sortie de ses limites.</translation>
    </message>
    <message>
        <source>When a treatment step was recorded</source>
        <translation>Quand une étape de traitement a été enregistrée</translation>
    </message>
    <message>
        <source>The date and time a step of your radiotherapy was recorded.</source>
        <translation>La date et l&apos;heure auxquelles une étape de votre radiothérapie a été enregistrée.</translation>
    </message>
    <message>
        <source>When a safety stop happened</source>
        <translation>Quand un arrêt de sécurité s&apos;est produit</translation>
    </message>
    <message>
        <source>The date and time the treatment machine stopped itself for safety during your session.</source>
        <translation>La date et l&apos;heure auxquelles l&apos;appareil de traitement s&apos;est arrêté de lui-même par sécurité pendant votre séance.</translation>
    </message>
    <message>
        <source>A description of a safety stop</source>
        <translation>Une description d&apos;un arrêt de sécurité</translation>
    </message>
    <message>
        <source>Text describing why the treatment machine stopped itself during your session.</source>
        <translation>Un texte qui explique pourquoi l&apos;appareil de traitement s&apos;est arrêté de lui-même pendant votre séance.</translation>
    </message>
    <message>
        <source>When a safety stop was overridden</source>
        <translation>Quand un arrêt de sécurité a été contourné</translation>
    </message>
    <message>
        <source>The date and time staff overrode a safety stop during your session.</source>
        <translation>La date et l&apos;heure auxquelles le personnel a passé outre un arrêt de sécurité pendant votre séance.</translation>
    </message>
    <message>
        <source>Where a safety stop came from</source>
        <translation>L&apos;origine d&apos;un arrêt de sécurité</translation>
    </message>
    <message>
        <source>Text describing which part of the system caused a safety stop during your session.</source>
        <translation>Un texte qui indique quelle partie du système a provoqué un arrêt de sécurité pendant votre séance.</translation>
    </message>
    <message>
        <source>A link to a treatment position</source>
        <translation>Un lien vers une position de traitement</translation>
    </message>
    <message>
        <source>The unique number of a treatment position this refers to, which ties your treatment files together.</source>
        <translation>Le numéro unique d&apos;une position de traitement à laquelle ceci fait référence, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>A preparation step before treatment</source>
        <translation>Une étape de préparation avant le traitement</translation>
    </message>
    <message>
        <source>Text describing something done to prepare you for treatment, which may include health details.</source>
        <translation>Un texte qui décrit ce qui a été fait pour vous préparer au traitement, et qui peut contenir des informations de santé.</translation>
    </message>
    <message>
        <source>How you were prepared for treatment</source>
        <translation>Comment vous avez été préparé(e) au traitement</translation>
    </message>
    <message>
        <source>Text describing how you were prepared for treatment, such as a full bladder, which is health information.</source>
        <translation>Un texte qui explique comment vous avez été préparé(e) au traitement, par exemple avec la vessie pleine, ce qui est une information de santé.</translation>
    </message>
    <message>
        <source>A description of a set-up photo</source>
        <translation>Une description d&apos;une photo d&apos;installation</translation>
    </message>
    <message>
        <source>Text describing a photo taken of you in treatment position, which may include typed notes.</source>
        <translation>Un texte qui décrit une photo de vous prise en position de traitement, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A label for a shift in position</source>
        <translation>Une étiquette pour un décalage de position</translation>
    </message>
    <message>
        <source>A label for a reference used to measure how you moved, which may include typed notes.</source>
        <translation>Une étiquette pour une référence servant à mesurer vos mouvements, qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>Why something was left out</source>
        <translation>Pourquoi quelque chose n&apos;a pas été fait</translation>
    </message>
    <message>
        <source>Text explaining why part of your treatment was left out, which may include health details.</source>
        <translation>Un texte qui explique pourquoi une partie de votre traitement n&apos;a pas été faite, et qui peut contenir des informations de santé.</translation>
    </message>
    <message>
        <source>When a beam was paused</source>
        <translation>Quand un faisceau a été interrompu</translation>
    </message>
    <message>
        <source>The date and time a radiation beam was paused during your treatment.</source>
        <translation>La date et l&apos;heure auxquelles un faisceau de rayonnement a été mis en pause pendant votre traitement.</translation>
    </message>
    <message>
        <source>The date of the review</source>
        <translation>La date de la revue</translation>
    </message>
    <message>
        <source>The day a doctor reviewed and approved your plan or images.</source>
        <translation>Le jour où un médecin a revu et approuvé votre plan ou vos images.</translation>
    </message>
    <message>
        <source>The time of the review</source>
        <translation>L&apos;heure de la revue</translation>
    </message>
    <message>
        <source>The time of day a doctor reviewed and approved your plan or images.</source>
        <translation>L&apos;heure à laquelle un médecin a revu et approuvé votre plan ou vos images.</translation>
    </message>
    <message>
        <source>The name of the reviewer</source>
        <translation>Le nom de la personne qui a revu</translation>
    </message>
    <message>
        <source>The name of the doctor who reviewed and approved your plan or images.</source>
        <translation>Le nom du médecin qui a revu et approuvé votre plan ou vos images.</translation>
    </message>
    <message>
        <source>A unique number for a treated region</source>
        <translation>Un numéro unique pour une région traitée</translation>
    </message>
    <message>
        <source>A unique number for a region of your body in the treatment plan, which ties your files together.</source>
        <translation>Un numéro unique pour une région de votre corps dans le plan de traitement, qui relie vos fichiers entre eux.</translation>
    </message>
    <message>
        <source>A link to a treated region</source>
        <translation>Un lien vers une région traitée</translation>
    </message>
    <message>
        <source>The unique number of a region of your body this refers to, which ties your treatment files together.</source>
        <translation>Le numéro unique d&apos;une région de votre corps à laquelle ceci fait référence, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>A description of combined regions</source>
        <translation>Une description de régions combinées</translation>
    </message>
    <message>
        <source>Text describing how regions of your body were combined for treatment, which may include typed notes.</source>
        <translation>Un texte qui explique comment des régions de votre corps ont été combinées pour le traitement, et qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>A unique number for part of a region</source>
        <translation>Un numéro unique pour une partie de région</translation>
    </message>
    <message>
        <source>A unique number for part of a treated region, which ties your treatment files together.</source>
        <translation>Un numéro unique pour une partie d&apos;une région traitée, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>A unique number for the original region</source>
        <translation>Un numéro unique pour la région d&apos;origine</translation>
    </message>
    <message>
        <source>A unique number for the region another one was derived from, which ties your treatment files together.</source>
        <translation>Un numéro unique pour la région à partir de laquelle une autre a été créée, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>A description of a treated region</source>
        <translation>Une description d&apos;une région traitée</translation>
    </message>
    <message>
        <source>Text describing a region of your body in the treatment plan, which reveals health details.</source>
        <translation>Un texte qui décrit une région de votre corps dans le plan de traitement, et qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>Another identifier of a device</source>
        <translation>Un autre identifiant d&apos;un dispositif</translation>
    </message>
    <message>
        <source>An alternative identifier of a device used in your treatment, such as a barcode, which names the exact item.</source>
        <translation>Un autre identifiant d&apos;un dispositif utilisé pour votre traitement, comme un code-barres, qui désigne l&apos;article exact.</translation>
    </message>
    <message>
        <source>The label of a device</source>
        <translation>L&apos;étiquette d&apos;un dispositif</translation>
    </message>
    <message>
        <source>A label given to a device used in your treatment, which can identify the equipment.</source>
        <translation>Une étiquette donnée à un dispositif utilisé pour votre traitement, qui peut identifier l&apos;équipement.</translation>
    </message>
    <message>
        <source>A link to marker points</source>
        <translation>Un lien vers des points de repère</translation>
    </message>
    <message>
        <source>The unique number of marker points used to line up your images, which ties your files together.</source>
        <translation>Le numéro unique des points de repère utilisés pour aligner vos images, qui relie vos fichiers entre eux.</translation>
    </message>
    <message>
        <source>A label written by staff</source>
        <translation>Une étiquette écrite par le personnel</translation>
    </message>
    <message>
        <source>A short label typed by staff, which may include names or notes.</source>
        <translation>Une courte étiquette saisie par le personnel, qui peut contenir des noms ou des notes.</translation>
    </message>
    <message>
        <source>A long label written by staff</source>
        <translation>Une étiquette longue écrite par le personnel</translation>
    </message>
    <message>
        <source>A longer label typed by staff, which may include names or notes.</source>
        <translation>Une étiquette plus longue saisie par le personnel, qui peut contenir des noms ou des notes.</translation>
    </message>
    <message>
        <source>A label for an item in your plan</source>
        <translation>Une étiquette pour un élément de votre plan</translation>
    </message>
    <message>
        <source>A short label for an item in your treatment plan, which may include typed names or notes.</source>
        <translation>Une courte étiquette pour un élément de votre plan de traitement, qui peut contenir des noms ou des notes saisis à la main.</translation>
    </message>
    <message>
        <source>The name of an item in your plan</source>
        <translation>Le nom d&apos;un élément de votre plan</translation>
    </message>
    <message>
        <source>The name of an item in your treatment plan, which may include typed names or notes.</source>
        <translation>Le nom d&apos;un élément de votre plan de traitement, qui peut contenir des noms ou des notes saisis à la main.</translation>
    </message>
    <message>
        <source>A description of an item in your plan</source>
        <translation>Une description d&apos;un élément de votre plan</translation>
    </message>
    <message>
        <source>Text describing an item in your treatment plan, which may include health details or names.</source>
        <translation>Un texte qui décrit un élément de votre plan de traitement, et qui peut contenir des informations de santé ou des noms.</translation>
    </message>
    <message>
        <source>A long label for an item in your plan</source>
        <translation>Une étiquette longue pour un élément de votre plan</translation>
    </message>
    <message>
        <source>A longer label for an item in your treatment plan, which may include typed names or notes.</source>
        <translation>Une étiquette plus longue pour un élément de votre plan de traitement, qui peut contenir des noms ou des notes saisis à la main.</translation>
    </message>
    <message>
        <source>A unique number for a treatment phase</source>
        <translation>Un numéro unique pour une phase de traitement</translation>
    </message>
    <message>
        <source>A unique number for one phase of your radiotherapy, which ties your treatment files together.</source>
        <translation>Un numéro unique pour une phase de votre radiothérapie, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>The maker&apos;s identifier of a device</source>
        <translation>L&apos;identifiant du fabricant d&apos;un dispositif</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s identifier of a device used in your treatment, which names the exact item.</source>
        <translation>L&apos;identifiant attribué par le fabricant à un dispositif utilisé pour votre traitement, qui désigne l&apos;article exact.</translation>
    </message>
    <message>
        <source>The planned start date of a phase</source>
        <translation>La date de début prévue d&apos;une phase</translation>
    </message>
    <message>
        <source>The day a phase of your radiotherapy was planned to start.</source>
        <translation>Le jour où une phase de votre radiothérapie devait commencer.</translation>
    </message>
    <message>
        <source>The planned end date of a phase</source>
        <translation>La date de fin prévue d&apos;une phase</translation>
    </message>
    <message>
        <source>The day a phase of your radiotherapy was planned to end.</source>
        <translation>Le jour où une phase de votre radiothérapie devait se terminer.</translation>
    </message>
    <message>
        <source>A label for your prescription</source>
        <translation>Une étiquette pour votre prescription</translation>
    </message>
    <message>
        <source>A label for your radiotherapy prescription, which may include typed names or notes.</source>
        <translation>Une étiquette pour votre prescription de radiothérapie, qui peut contenir des noms ou des notes saisis à la main.</translation>
    </message>
    <message>
        <source>A label for the treatment approach</source>
        <translation>Une étiquette pour la stratégie de traitement</translation>
    </message>
    <message>
        <source>A label for the approach taken in your radiotherapy, which may include typed notes.</source>
        <translation>Une étiquette pour la stratégie suivie dans votre radiothérapie, qui peut contenir des notes saisies à la main.</translation>
    </message>
    <message>
        <source>Your doctor&apos;s aims for treatment</source>
        <translation>Les objectifs de votre médecin pour le traitement</translation>
    </message>
    <message>
        <source>Your doctor&apos;s written account of what the radiotherapy is meant to achieve, which reveals health details.</source>
        <translation>Le texte écrit par votre médecin sur ce que la radiothérapie doit permettre d&apos;obtenir, qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>Why a plan was replaced</source>
        <translation>Pourquoi un plan a été remplacé</translation>
    </message>
    <message>
        <source>The reason an earlier version of your treatment plan was replaced, which may include health details.</source>
        <translation>La raison pour laquelle une version antérieure de votre plan de traitement a été remplacée, qui peut contenir des informations de santé.</translation>
    </message>
    <message>
        <source>Your earlier radiation treatment</source>
        <translation>Vos traitements par rayonnement antérieurs</translation>
    </message>
    <message>
        <source>Text describing radiation you received in earlier treatments, which reveals health details.</source>
        <translation>Un texte qui décrit les rayonnements que vous avez reçus lors de traitements antérieurs, et qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>A unique number for a dose goal</source>
        <translation>Un numéro unique pour un objectif de dose</translation>
    </message>
    <message>
        <source>A unique number for a dose goal in your treatment plan, which ties your treatment files together.</source>
        <translation>Un numéro unique pour un objectif de dose de votre plan de traitement, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>A link to a dose goal</source>
        <translation>Un lien vers un objectif de dose</translation>
    </message>
    <message>
        <source>The unique number of a dose goal this refers to, which ties your treatment files together.</source>
        <translation>Le numéro unique d&apos;un objectif de dose auquel ceci fait référence, qui relie entre eux vos fichiers de traitement.</translation>
    </message>
    <message>
        <source>The part of your body treated</source>
        <translation>La partie de votre corps traitée</translation>
    </message>
    <message>
        <source>The part of your body receiving radiotherapy, which reveals health details.</source>
        <translation>La partie de votre corps qui reçoit la radiothérapie, ce qui révèle des informations de santé.</translation>
    </message>
    <message>
        <source>Notes on the treatment method</source>
        <translation>Des notes sur la méthode de traitement</translation>
    </message>
    <message>
        <source>Notes written about how your treatment is given, which may include names or health details.</source>
        <translation>Des notes écrites sur la façon dont votre traitement est délivré, qui peuvent contenir des noms ou des informations de santé.</translation>
    </message>
    <message>
        <source>Notes on your prescription</source>
        <translation>Des notes sur votre prescription</translation>
    </message>
    <message>
        <source>Notes written on your radiotherapy prescription, which may include names or health details.</source>
        <translation>Des notes écrites sur votre prescription de radiothérapie, qui peuvent contenir des noms ou des informations de santé.</translation>
    </message>
    <message>
        <source>Notes on how treatment is split</source>
        <translation>Des notes sur le fractionnement du traitement</translation>
    </message>
    <message>
        <source>Notes on how your radiotherapy is divided into sessions, which may include names or health details.</source>
        <translation>Des notes sur la façon dont votre radiothérapie est répartie en séances, qui peuvent contenir des noms ou des informations de santé.</translation>
    </message>
    <message>
        <source>Notes on your prescription, as a list</source>
        <translation>Des notes sur votre prescription, sous forme de liste</translation>
    </message>
    <message>
        <source>A list of notes written on your radiotherapy prescription, which may include names or health details.</source>
        <translation>Une liste de notes écrites sur votre prescription de radiothérapie, qui peuvent contenir des noms ou des informations de santé.</translation>
    </message>
    <message>
        <source>The planned start time of a session</source>
        <translation>L&apos;heure de début prévue d&apos;une séance</translation>
    </message>
    <message>
        <source>The time of day a radiotherapy session was planned to start.</source>
        <translation>L&apos;heure à laquelle une séance de radiothérapie devait commencer.</translation>
    </message>
    <message>
        <source>Unrestricted extra data</source>
        <translation>Données supplémentaires libres</translation>
    </message>
    <message>
        <source>An old catch-all field that can hold any text, including names or notes.</source>
        <translation>Un ancien champ fourre-tout qui peut contenir n&apos;importe quel texte, y compris des noms ou des notes.</translation>
    </message>
    <message>
        <source>Text comments</source>
        <translation>Commentaires texte</translation>
    </message>
    <message>
        <source>Old-style comments that can hold any text, including names or notes.</source>
        <translation>Des commentaires d&apos;ancien style qui peuvent contenir n&apos;importe quel texte, y compris des noms ou des notes.</translation>
    </message>
    <message>
        <source>The number of your results</source>
        <translation>Le numéro de vos résultats</translation>
    </message>
    <message>
        <source>The number given to the results of your scan, which staff can use to find your report.</source>
        <translation>Le numéro donné aux résultats de votre examen, que le personnel peut utiliser pour retrouver votre compte rendu.</translation>
    </message>
    <message>
        <source>Who numbered your results</source>
        <translation>Qui a numéroté vos résultats</translation>
    </message>
    <message>
        <source>The hospital or system that numbered the results of your scan.</source>
        <translation>L&apos;hôpital ou le système qui a numéroté les résultats de votre examen.</translation>
    </message>
    <message>
        <source>The date the report was recorded</source>
        <translation>La date d&apos;enregistrement du compte rendu</translation>
    </message>
    <message>
        <source>The day the report on your scan was recorded.</source>
        <translation>Le jour où le compte rendu de votre examen a été enregistré.</translation>
    </message>
    <message>
        <source>The time the report was recorded</source>
        <translation>L&apos;heure d&apos;enregistrement du compte rendu</translation>
    </message>
    <message>
        <source>The time of day the report on your scan was recorded.</source>
        <translation>L&apos;heure à laquelle le compte rendu de votre examen a été enregistré.</translation>
    </message>
    <message>
        <source>Who recorded the report</source>
        <translation>Qui a enregistré le compte rendu</translation>
    </message>
    <message>
        <source>The name of the person who recorded the report on your scan.</source>
        <translation>Le nom de la personne qui a enregistré le compte rendu de votre examen.</translation>
    </message>
    <message>
        <source>The date the report was typed up</source>
        <translation>La date de frappe du compte rendu</translation>
    </message>
    <message>
        <source>The day the report on your scan was typed up from dictation.</source>
        <translation>Le jour où le compte rendu de votre examen a été tapé à partir de la dictée.</translation>
    </message>
    <message>
        <source>The time the report was typed up</source>
        <translation>L&apos;heure de frappe du compte rendu</translation>
    </message>
    <message>
        <source>The time of day the report on your scan was typed up from dictation.</source>
        <translation>L&apos;heure à laquelle le compte rendu de votre examen a été tapé à partir de la dictée.</translation>
    </message>
    <message>
        <source>Who typed up the report</source>
        <translation>Qui a tapé le compte rendu</translation>
    </message>
    <message>
        <source>The name of the person who typed up the report on your scan.</source>
        <translation>Le nom de la personne qui a tapé le compte rendu de votre examen.</translation>
    </message>
    <message>
        <source>The text of the report</source>
        <translation>Le texte du compte rendu</translation>
    </message>
    <message>
        <source>The written report on your scan, which contains findings and may mention your name or history.</source>
        <translation>Le compte rendu écrit de votre examen, qui contient des résultats et peut citer votre nom ou vos antécédents.</translation>
    </message>
    <message>
        <source>Who wrote the report</source>
        <translation>Qui a rédigé le compte rendu</translation>
    </message>
    <message>
        <source>The name of the doctor who wrote the report on your scan.</source>
        <translation>Le nom du médecin qui a rédigé le compte rendu de votre examen.</translation>
    </message>
    <message>
        <source>Who approved the report</source>
        <translation>Qui a approuvé le compte rendu</translation>
    </message>
    <message>
        <source>The names and details of the doctors who approved the report on your scan.</source>
        <translation>Les noms et informations des médecins qui ont approuvé le compte rendu de votre examen.</translation>
    </message>
    <message>
        <source>The date the report was approved</source>
        <translation>La date d&apos;approbation du compte rendu</translation>
    </message>
    <message>
        <source>The day the report on your scan was approved.</source>
        <translation>Le jour où le compte rendu de votre examen a été approuvé.</translation>
    </message>
    <message>
        <source>The time the report was approved</source>
        <translation>L&apos;heure d&apos;approbation du compte rendu</translation>
    </message>
    <message>
        <source>The time of day the report on your scan was approved.</source>
        <translation>L&apos;heure à laquelle le compte rendu de votre examen a été approuvé.</translation>
    </message>
    <message>
        <source>The doctor who approved the report</source>
        <translation>Le médecin qui a approuvé le compte rendu</translation>
    </message>
    <message>
        <source>The name of the doctor who approved the report on your scan.</source>
        <translation>Le nom du médecin qui a approuvé le compte rendu de votre examen.</translation>
    </message>
    <message>
        <source>The diagnosis in the report</source>
        <translation>Le diagnostic du compte rendu</translation>
    </message>
    <message>
        <source>The diagnosis written in the report on your scan, which is sensitive health information.</source>
        <translation>Le diagnostic écrit dans le compte rendu de votre examen, qui est une information de santé sensible.</translation>
    </message>
    <message>
        <source>Who the results were sent to</source>
        <translation>À qui les résultats ont été envoyés</translation>
    </message>
    <message>
        <source>The names and addresses of the people your results were sent to.</source>
        <translation>Les noms et adresses des personnes à qui vos résultats ont été envoyés.</translation>
    </message>
    <message>
        <source>A person the results were sent to</source>
        <translation>Une personne à qui les résultats ont été envoyés</translation>
    </message>
    <message>
        <source>The name of a person your results were sent to, such as your family doctor.</source>
        <translation>Le nom d&apos;une personne à qui vos résultats ont été envoyés, comme votre médecin traitant.</translation>
    </message>
    <message>
        <source>The address the results were sent to</source>
        <translation>L&apos;adresse d&apos;envoi des résultats</translation>
    </message>
    <message>
        <source>The address your results were sent to, which may be your doctor&apos;s or your own.</source>
        <translation>L&apos;adresse à laquelle vos résultats ont été envoyés, qui peut être celle de votre médecin ou la vôtre.</translation>
    </message>
    <message>
        <source>The number of the report</source>
        <translation>Le numéro du compte rendu</translation>
    </message>
    <message>
        <source>The number given to the report on your scan, which staff can use to find it.</source>
        <translation>Le numéro donné au compte rendu de votre examen, que le personnel peut utiliser pour le retrouver.</translation>
    </message>
    <message>
        <source>Who numbered the report</source>
        <translation>Qui a numéroté le compte rendu</translation>
    </message>
    <message>
        <source>The hospital or system that numbered the report on your scan.</source>
        <translation>L&apos;hôpital ou le système qui a numéroté le compte rendu de votre examen.</translation>
    </message>
    <message>
        <source>The doctor&apos;s conclusions</source>
        <translation>Les conclusions du médecin</translation>
    </message>
    <message>
        <source>The conclusions of the report on your scan, which are sensitive health information.</source>
        <translation>Les conclusions du compte rendu de votre examen, qui sont des informations de santé sensibles.</translation>
    </message>
    <message>
        <source>Comments on the results</source>
        <translation>Des commentaires sur les résultats</translation>
    </message>
    <message>
        <source>Notes written about the results of your scan, which may include names or health details.</source>
        <translation>Des notes écrites sur les résultats de votre examen, qui peuvent contenir des noms ou des informations de santé.</translation>
    </message>
    <message>
        <source>Old-style graph data</source>
        <translation>Données de courbes d&apos;ancien style</translation>
    </message>
    <message>
        <source>Old-style curves stored with the image, such as heart traces or drawn lines, which can carry notes.</source>
        <translation>Des courbes d&apos;ancien style enregistrées avec l&apos;image, comme des tracés cardiaques ou des lignes dessinées, qui peuvent contenir des notes.</translation>
    </message>
    <message>
        <source>Markings laid over the image</source>
        <translation>Des annotations superposées à l&apos;image</translation>
    </message>
    <message>
        <source>Black-and-white layers drawn over the image, which can contain text such as your name or staff notes.</source>
        <translation>Des calques noir et blanc dessinés par-dessus l&apos;image, qui peuvent contenir du texte comme votre nom ou des notes du personnel.</translation>
    </message>
    <message>
        <source>Comments on the markings</source>
        <translation>Des commentaires sur les annotations</translation>
    </message>
    <message>
        <source>Notes about the layers drawn over the image, which may include names or findings.</source>
        <translation>Des notes sur les calques dessinés par-dessus l&apos;image, qui peuvent contenir des noms ou des résultats.</translation>
    </message>
    <message>
        <source>Digital signatures on the file</source>
        <translation>Les signatures numériques du fichier</translation>
    </message>
    <message>
        <source>Signatures proving who made this file, which usually name the person or organisation that signed.</source>
        <translation>Des signatures qui prouvent qui a créé ce fichier, et qui nomment en général la personne ou l&apos;organisme signataire.</translation>
    </message>
    <message>
        <source>Unused space at the end of the file</source>
        <translation>Espace inutilisé à la fin du fichier</translation>
    </message>
    <message>
        <source>Filler bytes at the end of the file, which can hide leftover data from an earlier version.</source>
        <translation>Des octets de remplissage à la fin du fichier, qui peuvent cacher des données restées d&apos;une version antérieure.</translation>
    </message>
    <message>
        <source>Extra data the scanner maker stores in its own format, which can hide names, dates or IDs that other programs do not show.</source>
        <translation>Des données supplémentaires que le fabricant de l&apos;appareil enregistre dans son propre format, qui peuvent cacher des noms, des dates ou des identifiants que les autres programmes n&apos;affichent pas.</translation>
    </message>
</context>
<context>
    <name>BrainMask</name>
    <message>
        <source>no part of the scan looks like a brain</source>
        <translation>aucune partie de l&apos;examen ne ressemble à un cerveau</translation>
    </message>
    <message>
        <source>the scan holds no pictures to look for a brain in</source>
        <translation>l&apos;examen ne contient aucune image dans laquelle chercher un cerveau</translation>
    </message>
    <message>
        <source>no head was found in the scan</source>
        <translation>aucune tête n&apos;a été trouvée dans l&apos;examen</translation>
    </message>
</context>
<context>
    <name>BurnedInPass</name>
    <message>
        <source>Burned In Annotation</source>
        <translation>Burned In Annotation</translation>
    </message>
    <message>
        <source>Text burned into the picture</source>
        <translation>Texte incrusté dans l&apos;image</translation>
    </message>
    <message>
        <source>This text is part of the picture itself. Removing your details from the file does not remove it: it has to be blacked out in the picture.</source>
        <translation>Ce texte fait partie de l&apos;image elle-même. Retirer vos informations du fichier ne le supprime pas : il faut le masquer en noir dans l&apos;image.</translation>
    </message>
    <message>
        <source>Text burned into the pictures could not be checked, because %1.</source>
        <translation>Le texte incrusté dans les images n&apos;a pas pu être vérifié, car %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of a kind that often has text in it (ultrasound, screen captures, photos) may show your details without ScanShield knowing.</source>
        <translation>
            <numerusform>%n image d&apos;un type qui contient souvent du texte (échographie, capture d&apos;écran, photo) peut montrer vos informations sans que ScanShield le sache.</numerusform>
            <numerusform>%n images d&apos;un type qui contient souvent du texte (échographies, captures d&apos;écran, photos) peuvent montrer vos informations sans que ScanShield le sache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be decoded, so they were not checked for burned-in text.</source>
        <translation>
            <numerusform>%n image n&apos;a pas pu être décodée ; elle n&apos;a donc pas été vérifiée pour du texte incrusté.</numerusform>
            <numerusform>%n images n&apos;ont pas pu être décodées ; elles n&apos;ont donc pas été vérifiées pour du texte incrusté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>This file cannot be found or opened. Choose the file again.</source>
        <translation>Ce fichier est introuvable ou ne peut pas être ouvert. Choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password, so ScanShield cannot read it. Open it in your PDF reader, copy its text, and paste the text instead.</source>
        <translation>Ce PDF est verrouillé par un mot de passe, ScanShield ne peut donc pas le lire. Ouvrez-le dans votre lecteur PDF, copiez son texte, puis collez ce texte à la place.</translation>
    </message>
    <message>
        <source>This PDF is protected in a way ScanShield cannot open. Open it in your PDF reader, copy its text, and paste the text instead.</source>
        <translation>Ce PDF est protégé d&apos;une façon que ScanShield ne peut pas ouvrir. Ouvrez-le dans votre lecteur PDF, copiez son texte, puis collez ce texte à la place.</translation>
    </message>
    <message>
        <source>This file is not a PDF ScanShield can read, or it is damaged. Paste the text of the form instead.</source>
        <translation>Ce fichier n&apos;est pas un PDF que ScanShield peut lire, ou il est endommagé. Collez plutôt le texte du formulaire.</translation>
    </message>
    <message>
        <source>This PDF has no text ScanShield can read; it may be a scan. Paste the text instead.</source>
        <translation>Ce PDF ne contient pas de texte que ScanShield peut lire ; il s&apos;agit peut-être d&apos;un document numérisé. Collez plutôt le texte.</translation>
    </message>
</context>
<context>
    <name>ConsentPhrases</name>
    <message>
        <source>The list of consent form phrases is missing from this copy of ScanShield.</source>
        <translation>La liste des expressions des formulaires de consentement manque dans cette copie de ScanShield.</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Organizations other than the hospital: companies, vendors and contractors. Once your images reach them, the hospital no longer decides alone what happens to them.</source>
        <translation>Des organisations autres que l&apos;hôpital : entreprises, fournisseurs et sous-traitants. Une fois que vos images leur parviennent, l&apos;hôpital ne décide plus seul de ce qu&apos;il en advient.</translation>
    </message>
    <message>
        <source>AI, machine learning and algorithms</source>
        <translation>IA, apprentissage automatique et algorithmes</translation>
    </message>
    <message>
        <source>Software may read your images, or your images may be used to build and test such software. A form can allow this without naming the tool or the company that makes it.</source>
        <translation>Un logiciel peut lire vos images, ou vos images peuvent servir à créer et tester un tel logiciel. Un formulaire peut l&apos;autoriser sans nommer l&apos;outil ni l&apos;entreprise qui le fabrique.</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Research can mean a study at the hospital or a company developing a product. Some research needs your separate permission; some can go ahead without asking you.</source>
        <translation>La recherche peut désigner une étude à l&apos;hôpital ou une entreprise qui développe un produit. Certaines recherches ont besoin de votre accord séparé ; d&apos;autres peuvent se faire sans vous demander.</translation>
    </message>
    <message>
        <source>Quality improvement and operations</source>
        <translation>Amélioration de la qualité et fonctionnement</translation>
    </message>
    <message>
        <source>“Quality improvement” and “health care operations” sound harmless, but they can cover testing or training software with your images, often without asking you again.</source>
        <translation>« Amélioration de la qualité » et « fonctionnement des soins » semblent anodins, mais ils peuvent couvrir le test ou l&apos;entraînement de logiciels avec vos images, souvent sans vous redemander votre accord.</translation>
    </message>
    <message>
        <source>De-identified, anonymized or aggregated data</source>
        <translation>Données désidentifiées, anonymisées ou agrégées</translation>
    </message>
    <message>
        <source>Data called de-identified or anonymized can often still be linked back to you, and a head scan can show your face. Such data may usually be shared or sold without asking you.</source>
        <translation>Des données dites désidentifiées ou anonymisées peuvent souvent encore être reliées à vous, et un examen de la tête peut montrer votre visage. Ces données peuvent généralement être partagées ou vendues sans vous demander.</translation>
    </message>
    <message>
        <source>Cloud and storage outside the hospital</source>
        <translation>Cloud et stockage hors de l&apos;hôpital</translation>
    </message>
    <message>
        <source>Your images may be kept on a company&apos;s computers outside the hospital, perhaps in another country. Ask who can reach them there and how they are protected.</source>
        <translation>Vos images peuvent être conservées sur les ordinateurs d&apos;une entreprise hors de l&apos;hôpital, peut-être dans un autre pays. Demandez qui peut y accéder là-bas et comment elles sont protégées.</translation>
    </message>
    <message>
        <source>Affiliates, partners and subsidiaries</source>
        <translation>Sociétés affiliées, partenaires et filiales</translation>
    </message>
    <message>
        <source>“Affiliates” and “partners” can be many companies, some you have never heard of, and the list can change after you sign.</source>
        <translation>Les « sociétés affiliées » et les « partenaires » peuvent être de nombreuses entreprises, dont certaines dont vous n&apos;avez jamais entendu parler, et la liste peut changer après votre signature.</translation>
    </message>
    <message>
        <source>Selling or licensing data</source>
        <translation>Vente ou concession de licence sur les données</translation>
    </message>
    <message>
        <source>The form may let the hospital or a company sell or license your data, often once it is called de-identified. You would usually not be told or paid.</source>
        <translation>Le formulaire peut permettre à l&apos;hôpital ou à une entreprise de vendre vos données ou d&apos;en concéder l&apos;usage sous licence, souvent dès qu&apos;elles sont dites désidentifiées. En général, vous n&apos;en seriez ni informé(e) ni payé(e).</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Your images may be kept for many years, or for ever, even after you stop being a patient there. The longer copies are kept, the longer they can be shared or leaked.</source>
        <translation>Vos images peuvent être conservées de nombreuses années, voire pour toujours, même quand vous n&apos;êtes plus patient(e) de cet établissement. Plus les copies sont conservées longtemps, plus longtemps elles peuvent être partagées ou divulguées.</translation>
    </message>
    <message>
        <source>Withdrawing consent or opting out</source>
        <translation>Retrait du consentement ou opposition</translation>
    </message>
    <message>
        <source>Check how to take back your permission later and what happens to copies already shared: withdrawing often stops only future use. A consent called irrevocable cannot be taken back.</source>
        <translation>Vérifiez comment retirer votre accord plus tard et ce qu&apos;il advient des copies déjà partagées : le retrait n&apos;arrête souvent que les utilisations futures. Un consentement dit irrévocable ne peut pas être retiré.</translation>
    </message>
</context>
<context>
    <name>CopyVerifier</name>
    <message>
        <source>The copy could not be read back: %1</source>
        <translation>La copie n&apos;a pas pu être relue : %1</translation>
    </message>
</context>
<context>
    <name>DefaceDicom</name>
    <message>
        <source>its picture has no size in its header</source>
        <translation>son image n&apos;a pas de taille dans son en-tête</translation>
    </message>
    <message>
        <source>its pictures are in colour, and ScanShield defaces only grey scans</source>
        <translation>ses images sont en couleur, et ScanShield n&apos;efface le visage que sur les examens en niveaux de gris</translation>
    </message>
    <message>
        <source>its pictures are stored in a way ScanShield cannot deface</source>
        <translation>ses images sont enregistrées d&apos;une façon qui ne permet pas à ScanShield d&apos;effacer le visage</translation>
    </message>
    <message>
        <source>its pictures do not say where they lie in the body</source>
        <translation>ses images n&apos;indiquent pas où elles se situent dans le corps</translation>
    </message>
    <message>
        <source>there is no cut to deface with</source>
        <translation>il n&apos;y a pas de ligne de coupe pour effacer le visage</translation>
    </message>
    <message>
        <source>its pictures are compressed in a way ScanShield cannot decode to remove the face</source>
        <translation>ses images sont compressées d&apos;une façon que ScanShield ne peut pas décoder pour retirer le visage</translation>
    </message>
    <message>
        <source>its picture data cannot be read</source>
        <translation>les données de son image ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>its picture data is shorter than its pictures</source>
        <translation>les données de son image sont plus courtes que ses images</translation>
    </message>
</context>
<context>
    <name>Defacer</name>
    <message>
        <source>the brain outline does not fit the scan</source>
        <translation>le contour du cerveau ne correspond pas à l&apos;examen</translation>
    </message>
    <message>
        <source>no brain was found, so there is no safe place to cut the face off</source>
        <translation>aucun cerveau n&apos;a été trouvé, il n&apos;y a donc pas d&apos;endroit sûr où couper le visage</translation>
    </message>
</context>
<context>
    <name>Defacing</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>This scan was not found in the copy to check its face.</source>
        <translation>Cet examen n&apos;a pas été trouvé dans la copie pour vérifier son visage.</translation>
    </message>
    <message>
        <source>ScanShield cannot prove that the face is gone from this scan: %1</source>
        <translation>ScanShield ne peut pas prouver que le visage a disparu de cet examen : %1</translation>
    </message>
    <message>
        <source>its face was not measured.</source>
        <translation>son visage n&apos;a pas été mesuré.</translation>
    </message>
    <message>
        <source>The copy of this scan could not be read back to check its face.</source>
        <translation>La copie de cet examen n&apos;a pas pu être relue pour vérifier son visage.</translation>
    </message>
</context>
<context>
    <name>DefacingText</name>
    <message>
        <source>3D volume (%1)</source>
        <translation>Volume 3D (%1)</translation>
    </message>
    <message>
        <source>Your face in &quot;%1&quot;</source>
        <translation>Votre visage dans « %1 »</translation>
    </message>
</context>
<context>
    <name>DemoDisc</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Impossible de créer le dossier pour %1.</translation>
    </message>
    <message>
        <source>Could not compress %1: %2</source>
        <translation>Impossible de compresser %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not start the DICOMDIR: %1</source>
        <translation>Impossible de commencer le DICOMDIR : %1</translation>
    </message>
    <message>
        <source>Could not add %1 to the DICOMDIR: %2</source>
        <translation>Impossible d&apos;ajouter %1 au DICOMDIR : %2</translation>
    </message>
    <message>
        <source>Could not write the DICOMDIR: %1</source>
        <translation>Impossible d&apos;écrire le DICOMDIR : %1</translation>
    </message>
    <message>
        <source>Could not finish the DICOMDIR: %1</source>
        <translation>Impossible de terminer le DICOMDIR : %1</translation>
    </message>
    <message>
        <source>No folder was given for the demo disc.</source>
        <translation>Aucun dossier n&apos;a été indiqué pour le disque de démonstration.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>DiscCopier</name>
    <message>
        <source>The copy&apos;s table of contents (DICOMDIR) could not be written: %1</source>
        <translation>La table des matières de la copie (DICOMDIR) n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>could not be renamed into place</source>
        <translation>n&apos;a pas pu être renommé à son emplacement final</translation>
    </message>
    <message>
        <source>This disc is an anonymized copy, made with ScanShield on the patient&apos;s own computer.

</source>
        <translation>Ce disque est une copie anonymisée, faite avec ScanShield sur l&apos;ordinateur du patient lui-même.

</translation>
    </message>
    <message>
        <source>It holds %1 images and documents. Names, ID numbers, addresses, the hospital, the doctors and other details that identify the patient were removed or replaced, as the DICOM standard&apos;s Basic Application Level Confidentiality Profile says (PS3.15 Annex E).
</source>
        <translation>Il contient %1 images et documents. Les noms, numéros d&apos;identification, adresses, l&apos;hôpital, les médecins et les autres informations qui identifient le patient ont été supprimés ou remplacés, comme l&apos;indique le profil de confidentialité de base (Basic Application Level Confidentiality Profile) de la norme DICOM (PS3.15, annexe E).
</translation>
    </message>
    <message>
        <source>All dates were moved by the same number of days, so the time between scans is kept.
</source>
        <translation>Toutes les dates ont été décalées du même nombre de jours, de sorte que l&apos;écart entre les examens est conservé.
</translation>
    </message>
    <message>
        <source>The face was cut away from the 3D scans of the head (defaced), so that no picture of it can be rebuilt.
</source>
        <translation>Le visage a été retiré des examens 3D de la tête (défacialisation), pour qu&apos;aucune image de celui-ci ne puisse être reconstruite.
</translation>
    </message>
    <message>
        <source>The reference numbers (UIDs) were replaced consistently, so the images still belong together.
</source>
        <translation>Les numéros de référence (UID) ont été remplacés de façon cohérente, de sorte que les images restent liées entre elles.
</translation>
    </message>
    <message>
        <source>Vendor-specific private data was removed.
</source>
        <translation>Les données privées propres aux fabricants ont été supprimées.
</translation>
    </message>
    <message>
        <source>The folder OTHER holds %1 files from the original disc that are not medical images, copied unchanged because they were chosen.
</source>
        <translation>Le dossier OTHER contient %1 fichiers du disque d&apos;origine qui ne sont pas des images médicales, copiés sans modification parce qu&apos;ils ont été choisis.
</translation>
    </message>
    <message>
        <source>De-identification codes (DICOM CID 7050): %1.
</source>
        <translation>Codes de désidentification (DICOM CID 7050) : %1.
</translation>
    </message>
    <message>
        <source>The copy needs a new or empty folder; %1 already holds files.</source>
        <translation>La copie a besoin d&apos;un dossier nouveau ou vide ; %1 contient déjà des fichiers.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1 : n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1: text burned into it could not be blacked out (%2)</source>
        <translation>%1 : le texte incrusté n&apos;a pas pu être masqué en noir (%2)</translation>
    </message>
    <message>
        <source>%1: the face could not be removed from it (%2)</source>
        <translation>%1 : le visage n&apos;a pas pu en être retiré (%2)</translation>
    </message>
    <message>
        <source>%1: could not be written (%2)</source>
        <translation>%1 : n&apos;a pas pu être écrit (%2)</translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was kept.</source>
        <translation>La copie a été arrêtée ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>%1: not a file of this disc</source>
        <translation>%1 : n&apos;est pas un fichier de ce disque</translation>
    </message>
    <message>
        <source>%1: could not be copied (%2)</source>
        <translation>%1 : n&apos;a pas pu être copié (%2)</translation>
    </message>
    <message>
        <source>The README of the copy could not be written: %1</source>
        <translation>Le fichier README de la copie n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>The finished copy could not be moved to %1.</source>
        <translation>La copie terminée n&apos;a pas pu être déplacée vers %1.</translation>
    </message>
</context>
<context>
    <name>DiscSource</name>
    <message>
        <source>The file %1 cannot be opened as a ZIP or disc image: %2</source>
        <translation>Le fichier %1 ne peut pas être ouvert comme archive ZIP ou image disque : %2</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a ZIP or disc image: %2</source>
        <translation>Le fichier %1 est endommagé ou n&apos;est pas une archive ZIP ou une image disque : %2</translation>
    </message>
    <message>
        <source>%1 is not in the archive.</source>
        <translation>%1 ne se trouve pas dans l&apos;archive.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened. Check that the disc is in the drive and that you may read it.</source>
        <translation>Le dossier %1 ne peut pas être ouvert. Vérifiez que le disque est dans le lecteur et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>Nothing was found at %1. Check the disc is in the drive, or choose the folder again.</source>
        <translation>Rien n&apos;a été trouvé à l&apos;emplacement %1. Vérifiez que le disque est dans le lecteur, ou choisissez à nouveau le dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation>%1 ne peut pas être lu : vous n&apos;avez peut-être pas l&apos;autorisation de l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>ExposureReport</name>
    <message>
        <source>Identifies you</source>
        <translation>Vous identifie</translation>
    </message>
    <message>
        <source>Could help identify you</source>
        <translation>Pourrait aider à vous identifier</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Rien trouvé</translation>
    </message>
    <message>
        <source>The disc holds %1 files: %2 visits, %3 series, %4 pictures.</source>
        <translation>Le disque contient %1 fichiers : %2 visites, %3 séries, %4 images.</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (masqué)</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 valeur</translation>
    </message>
    <message>
        <source>%1 different values</source>
        <translation>%1 valeurs différentes</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Hidden reference numbers</source>
        <translation>Numéros de référence cachés</translation>
    </message>
    <message>
        <source>They link your files to each other and to the hospital&apos;s records.</source>
        <translation>Ils relient vos fichiers entre eux et aux dossiers de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>%1 (mentions you)</source>
        <translation>%1 (vous mentionne)</translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation>
            <numerusform>dans %n fichier</numerusform>
            <numerusform>dans %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>What your imaging disc reveals about you</source>
        <translation>Ce que votre disque d&apos;imagerie révèle sur vous</translation>
    </message>
    <message>
        <source>Made by ScanShield on %1.</source>
        <translation>Créé par ScanShield le %1.</translation>
    </message>
    <message>
        <source>Your name appears in %1 places on this disc, written %2 different ways.</source>
        <translation>Votre nom apparaît à %1 endroits sur ce disque, écrit de %2 façons différentes.</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of this disc can read everything below. ScanShield can make a copy without it, on your own computer.</source>
        <translation>Toute personne qui obtient une copie de ce disque peut lire tout ce qui suit. ScanShield peut faire une copie sans ces informations, sur votre propre ordinateur.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Kind of information</source>
        <translation>Type d&apos;information</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Éléments trouvés</translation>
    </message>
    <message>
        <source>and %1 reference numbers</source>
        <translation>et %1 numéros de référence</translation>
    </message>
    <message>
        <source>The values themselves are hidden in this printout, so that it can be left on a desk safely.</source>
        <translation>Les valeurs elles-mêmes sont masquées dans cette version imprimée, pour qu&apos;elle puisse sans risque rester sur un bureau.</translation>
    </message>
    <message>
        <source>ScanShield made this report on your computer. Nothing was sent anywhere.</source>
        <translation>ScanShield a créé ce rapport sur votre ordinateur. Rien n&apos;a été envoyé nulle part.</translation>
    </message>
    <message>
        <source>The report cannot be saved as %1: %2</source>
        <translation>Le rapport ne peut pas être enregistré sous %1 : %2</translation>
    </message>
    <message>
        <source>The report could not be written completely to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être entièrement écrit dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>ExposureScanner</name>
    <message>
        <source>A text file on the disc</source>
        <translation>Un fichier texte sur le disque</translation>
    </message>
    <message>
        <source>A web page on the disc</source>
        <translation>Une page web sur le disque</translation>
    </message>
    <message>
        <source>A program on the disc</source>
        <translation>Un programme sur le disque</translation>
    </message>
    <message>
        <source>An ordinary picture on the disc</source>
        <translation>Une image ordinaire sur le disque</translation>
    </message>
    <message>
        <source>A PDF document on the disc</source>
        <translation>Un document PDF sur le disque</translation>
    </message>
    <message>
        <source>A compressed archive on the disc</source>
        <translation>Une archive compressée sur le disque</translation>
    </message>
    <message>
        <source>A settings file on the disc</source>
        <translation>Un fichier de réglages sur le disque</translation>
    </message>
    <message>
        <source>A file of unknown type on the disc</source>
        <translation>Un fichier de type inconnu sur le disque</translation>
    </message>
    <message>
        <source>Text burned into the pictures was not checked, as asked.</source>
        <translation>Le texte incrusté dans les images n&apos;a pas été vérifié, comme demandé.</translation>
    </message>
    <message>
        <source>Files outside the images travel with every copy of the disc; ScanShield read its text for your details.</source>
        <translation>Les fichiers en dehors des images accompagnent chaque copie du disque ; ScanShield a lu leur texte pour y chercher vos informations.</translation>
    </message>
    <message>
        <source>Files outside the images travel with every copy of the disc; this one is not text, so ScanShield cannot read it for your details.</source>
        <translation>Les fichiers en dehors des images accompagnent chaque copie du disque ; celui-ci n&apos;est pas du texte, ScanShield ne peut donc pas y chercher vos informations.</translation>
    </message>
</context>
<context>
    <name>FaceExposure</name>
    <message>
        <source>3D volume (%1, %2 images)</source>
        <translation>Volume 3D (%1, %2 images)</translation>
    </message>
    <message>
        <source>A 3D scan that may include your head</source>
        <translation>Un examen 3D qui peut inclure votre tête</translation>
    </message>
    <message>
        <source>Your face, in a 3D scan of your head</source>
        <translation>Votre visage, dans un examen 3D de votre tête</translation>
    </message>
    <message>
        <source>%1 Face recognition software can match such pictures to photos of you.</source>
        <translation>%1 Un logiciel de reconnaissance faciale peut rapprocher de telles images de photos de vous.</translation>
    </message>
    <message>
        <source>ScanShield could not look at this scan completely for your face (%1). If it covers your head, a picture of your face can be rebuilt from it.</source>
        <translation>ScanShield n&apos;a pas pu examiner entièrement cet examen pour y chercher votre visage (%1). S&apos;il couvre votre tête, une image de votre visage peut en être reconstruite.</translation>
    </message>
    <message>
        <source>A 3D scan of your head</source>
        <translation>Un examen 3D de votre tête</translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can rebuild a picture of your face from this scan, and face recognition software can match such pictures to photos of you.</source>
        <translation>Toute personne qui a une copie de ce disque peut reconstruire une image de votre visage à partir de cet examen, et un logiciel de reconnaissance faciale peut rapprocher de telles images de photos de vous.</translation>
    </message>
    <message>
        <source>If this scan covers your head, a picture of your face can be rebuilt from it.</source>
        <translation>Si cet examen couvre votre tête, une image de votre visage peut en être reconstruite.</translation>
    </message>
</context>
<context>
    <name>FaceMeasures</name>
    <message>
        <source>The face cannot be seen any more: %1% of its surface is left, %2 of its %3 landmarks, and what is left is smooth.</source>
        <translation>Le visage ne peut plus être vu : il reste %1 % de sa surface, %2 de ses %3 repères, et ce qui reste est lisse.</translation>
    </message>
    <message>
        <source>The face can still be seen: %1% of its surface is where it was.</source>
        <translation>Le visage peut encore être vu : %1 % de sa surface est toujours à sa place.</translation>
    </message>
    <message>
        <source>The face can still be seen: %1 of its landmarks (nose, lips, chin...) are still there.</source>
        <translation>Le visage peut encore être vu : %1 de ses repères (nez, lèvres, menton...) sont toujours là.</translation>
    </message>
    <message>
        <source>The face can still be seen: its surface was moved or changed, but it still has the shape of a face.</source>
        <translation>Le visage peut encore être vu : sa surface a été déplacée ou modifiée, mais elle a encore la forme d&apos;un visage.</translation>
    </message>
    <message>
        <source>The face could not be measured, so it must be taken as visible: %1</source>
        <translation>Le visage n&apos;a pas pu être mesuré, il faut donc le considérer comme visible : %1</translation>
    </message>
</context>
<context>
    <name>FacePass</name>
    <message numerus="yes">
        <source>A picture of your face can be rebuilt from this scan: %n of nose, eyes, lips and chin found.</source>
        <translation>
            <numerusform>Une image de votre visage peut être reconstruite à partir de cet examen : %n repère trouvé parmi le nez, les yeux, les lèvres et le menton.</numerusform>
            <numerusform>Une image de votre visage peut être reconstruite à partir de cet examen : %n repères trouvés parmi le nez, les yeux, les lèvres et le menton.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation>Aucune peau n&apos;a été trouvée dans cet examen.</translation>
    </message>
    <message>
        <source>The front of this head has been cut away (defaced): no face can be rebuilt from it.</source>
        <translation>L&apos;avant de cette tête a été retiré (défacialisation) : aucun visage ne peut en être reconstruit.</translation>
    </message>
    <message>
        <source>The nose is not in this scan, but the head reaches down to the eyes: the upper part of your face can be rebuilt from it.</source>
        <translation>Le nez n&apos;est pas dans cet examen, mais la tête descend jusqu&apos;aux yeux : le haut de votre visage peut en être reconstruit.</translation>
    </message>
</context>
<context>
    <name>FaceRegion</name>
    <message>
        <source>The top of the nose and the forehead are cut off in this scan.</source>
        <translation>Le haut du nez et le front sont coupés dans cet examen.</translation>
    </message>
    <message>
        <source>No dip between the nose and the forehead (the nasion) was found.</source>
        <translation>Aucun creux entre le nez et le front (le nasion) n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>No dip under the nose was found, so the lips were not looked for.</source>
        <translation>Aucun creux sous le nez n&apos;a été trouvé, les lèvres n&apos;ont donc pas été cherchées.</translation>
    </message>
    <message>
        <source>No chin stands out below the nose.</source>
        <translation>Aucun menton ne ressort sous le nez.</translation>
    </message>
    <message>
        <source>The lower face is cut off in this scan.</source>
        <translation>Le bas du visage est coupé dans cet examen.</translation>
    </message>
    <message>
        <source>No chin stands out below the lips.</source>
        <translation>Aucun menton ne ressort sous les lèvres.</translation>
    </message>
    <message>
        <source>The chin is cut off in this scan.</source>
        <translation>Le menton est coupé dans cet examen.</translation>
    </message>
    <message>
        <source>The lips do not stand out between the nose and the chin.</source>
        <translation>Les lèvres ne ressortent pas entre le nez et le menton.</translation>
    </message>
    <message>
        <source>No skin was found where the nose should be.</source>
        <translation>Aucune peau n&apos;a été trouvée là où devrait se trouver le nez.</translation>
    </message>
    <message>
        <source>Without the nose, the rest of the face was not looked for.</source>
        <translation>Sans le nez, le reste du visage n&apos;a pas été cherché.</translation>
    </message>
    <message>
        <source>the tip of the nose</source>
        <translation>le bout du nez</translation>
    </message>
    <message>
        <source>the top of the nose, between the eyes</source>
        <translation>le haut du nez, entre les yeux</translation>
    </message>
    <message>
        <source>the lips</source>
        <translation>les lèvres</translation>
    </message>
    <message>
        <source>the chin</source>
        <translation>le menton</translation>
    </message>
    <message>
        <source>The face was not found on this scan.</source>
        <translation>Le visage n&apos;a pas été trouvé sur cet examen.</translation>
    </message>
    <message>
        <source>No picture of the face could be drawn from this scan.</source>
        <translation>Aucune image du visage n&apos;a pu être tirée de cet examen.</translation>
    </message>
    <message>
        <source>The front of the face could not be told apart from the rest of the head.</source>
        <translation>L&apos;avant du visage n&apos;a pas pu être distingué du reste de la tête.</translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation>Aucune peau n&apos;a été trouvée dans cet examen.</translation>
    </message>
    <message>
        <source>This part of the face is not in the scan.</source>
        <translation>Cette partie du visage n&apos;est pas dans l&apos;examen.</translation>
    </message>
</context>
<context>
    <name>FaceSide</name>
    <message>
        <source>The scan does not say how its pictures are oriented, so it is not known which side is the front.</source>
        <translation>L&apos;examen n&apos;indique pas comment ses images sont orientées : on ne sait donc pas quel côté est l&apos;avant.</translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation>Aucune peau n&apos;a été trouvée dans cet examen.</translation>
    </message>
    <message>
        <source>The head is too small or too much of it is cut off in this scan to look for a face.</source>
        <translation>La tête est trop petite, ou une trop grande partie est coupée dans cet examen, pour y chercher un visage.</translation>
    </message>
    <message>
        <source>The back of the head has the shape of a nose and the front does not: the scan may have recorded the patient&apos;s position wrongly, so the face may be on the other side.</source>
        <translation>L&apos;arrière de la tête a la forme d&apos;un nez et l&apos;avant non : l&apos;examen a peut-être mal enregistré la position du patient, et le visage se trouve peut-être de l&apos;autre côté.</translation>
    </message>
    <message>
        <source>No nose stands out at the front of the head, so this scan may not show the face, or the face is cut off.</source>
        <translation>Aucun nez ne ressort à l&apos;avant de la tête : cet examen ne montre peut-être pas le visage, ou le visage est coupé.</translation>
    </message>
    <message>
        <source>Both the front and the back of the head have a shape like a nose, so it is not sure which side is the face.</source>
        <translation>L&apos;avant et l&apos;arrière de la tête ont tous deux une forme de nez : on ne sait donc pas avec certitude de quel côté est le visage.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>This is not a medical image.</source>
        <translation>Ce n&apos;est pas une image médicale.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <source>This file is cut short: part of it is missing, so the disc may be damaged or the copy incomplete.</source>
        <translation>Ce fichier est tronqué : une partie manque, le disque est donc peut-être endommagé ou la copie incomplète.</translation>
    </message>
    <message>
        <source>This file looks like a medical image but its contents are damaged and cannot be read.</source>
        <translation>Ce fichier ressemble à une image médicale, mais son contenu est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This file could not be read from the disc. The disc may be scratched, or it was removed while it was being read.</source>
        <translation>Ce fichier n&apos;a pas pu être lu sur le disque. Le disque est peut-être rayé, ou il a été retiré pendant la lecture.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents lists this file, but the file is not on the disc.</source>
        <translation>La table des matières du disque cite ce fichier, mais le fichier n&apos;est pas sur le disque.</translation>
    </message>
    <message>
        <source>This medical image is stored in a way ScanShield cannot read.</source>
        <translation>Cette image médicale est enregistrée d&apos;une façon que ScanShield ne peut pas lire.</translation>
    </message>
</context>
<context>
    <name>FindingBuilder</name>
    <message>
        <source>binary data, %1 bytes</source>
        <translation>données binaires, %1 octets</translation>
    </message>
    <message>
        <source>Private Creator</source>
        <translation>Private Creator</translation>
    </message>
    <message>
        <source>The name of a vendor&apos;s private data block</source>
        <translation>Le nom d&apos;un bloc de données privées d&apos;un fabricant</translation>
    </message>
    <message>
        <source>Says which maker&apos;s software wrote private data into the file; the data itself may identify you.</source>
        <translation>Indique quel logiciel de fabricant a écrit des données privées dans le fichier ; ces données elles-mêmes peuvent vous identifier.</translation>
    </message>
    <message>
        <source>Private data</source>
        <translation>Données privées</translation>
    </message>
    <message>
        <source>Vendor data</source>
        <translation>Données du fabricant</translation>
    </message>
    <message>
        <source>Vendor data (%1)</source>
        <translation>Données du fabricant (%1)</translation>
    </message>
    <message>
        <source>Data the scanner&apos;s maker stored in its own format; it may hold identifying details.</source>
        <translation>Des données que le fabricant de l&apos;appareil a enregistrées dans son propre format ; elles peuvent contenir des informations qui permettent de vous identifier.</translation>
    </message>
    <message>
        <source>binary vendor data that may hold identifiers, %1 bytes</source>
        <translation>données binaires du fabricant pouvant contenir des identifiants, %1 octets</translation>
    </message>
    <message>
        <source>Other text in the file</source>
        <translation>Autre texte dans le fichier</translation>
    </message>
    <message>
        <source>This text is not meant to identify you, but it contains your name, an ID or your birth date.</source>
        <translation>Ce texte n&apos;est pas destiné à vous identifier, mais il contient votre nom, un identifiant ou votre date de naissance.</translation>
    </message>
</context>
<context>
    <name>HeadSurface</name>
    <message>
        <source>The 3D picture was stopped before it was finished.</source>
        <translation>L&apos;image 3D a été arrêtée avant d&apos;être terminée.</translation>
    </message>
    <message>
        <source>This series has no pictures to build a head from.</source>
        <translation>Cette série ne contient pas d&apos;images à partir desquelles construire une tête.</translation>
    </message>
    <message>
        <source>ScanShield found no outline of a head in this series.</source>
        <translation>ScanShield n&apos;a trouvé aucun contour de tête dans cette série.</translation>
    </message>
    <message>
        <source>This series is too small to build a head from.</source>
        <translation>Cette série est trop petite pour construire une tête.</translation>
    </message>
</context>
<context>
    <name>HeadVolumes</name>
    <message>
        <source>%1, not a CT or MRI scan</source>
        <translation>%1, pas un scanner ni une IRM</translation>
    </message>
    <message>
        <source>this series holds no pictures</source>
        <translation>cette série ne contient aucune image</translation>
    </message>
    <message>
        <source>screen captures, not a scan a face can be rebuilt from</source>
        <translation>des captures d&apos;écran, pas un examen à partir duquel un visage peut être reconstruit</translation>
    </message>
    <message numerus="yes">
        <source>only %n picture(s): a scout view or single pictures, not a 3D scan</source>
        <translation>
            <numerusform>seulement %n image : une vue de repérage ou des images isolées, pas un examen 3D</numerusform>
            <numerusform>seulement %n images : une vue de repérage ou des images isolées, pas un examen 3D</numerusform>
        </translation>
    </message>
    <message>
        <source>scout pictures (localizers) taken to plan the scan, not a 3D scan</source>
        <translation>des images de repérage (localisateurs) prises pour préparer l&apos;examen, pas un examen 3D</translation>
    </message>
    <message>
        <source>the pictures cover only %1 mm, too little to hold a face</source>
        <translation>les images ne couvrent que %1 mm, trop peu pour contenir un visage</translation>
    </message>
    <message>
        <source>a 3D %1 of %2 pictures over %3 mm (the pictures do not say how large they are): a face may be rebuilt from it</source>
        <translation>un %1 3D de %2 images sur %3 mm (les images n&apos;indiquent pas leur taille) : un visage peut peut-être en être reconstruit</translation>
    </message>
    <message>
        <source>each picture shows only %1 x %2 mm, too small to hold a face</source>
        <translation>chaque image ne montre que %1 x %2 mm, trop petit pour contenir un visage</translation>
    </message>
    <message>
        <source>a 3D %1 of %2 pictures over %3 mm, each %4 x %5 mm: large enough to rebuild a face</source>
        <translation>un %1 3D de %2 images sur %3 mm, chacune de %4 x %5 mm : assez grand pour reconstruire un visage</translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <source>CT scan</source>
        <translation>Scanner (TDM)</translation>
    </message>
    <message>
        <source>MRI scan</source>
        <translation>IRM</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Échographie</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Radiographie</translation>
    </message>
    <message>
        <source>X-ray video</source>
        <translation>Vidéo radiographique</translation>
    </message>
    <message>
        <source>X-ray video of blood vessels</source>
        <translation>Vidéo radiographique des vaisseaux sanguins</translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation>Mammographie</translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation>TEP (PET scan)</translation>
    </message>
    <message>
        <source>Nuclear medicine scan</source>
        <translation>Scintigraphie (médecine nucléaire)</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>Compte rendu écrit</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Other picture</source>
        <translation>Autre image</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <source>Marked key images</source>
        <translation>Images clés marquées</translation>
    </message>
    <message>
        <source>Display settings</source>
        <translation>Réglages d&apos;affichage</translation>
    </message>
    <message>
        <source>Outlined regions</source>
        <translation>Régions délimitées</translation>
    </message>
    <message>
        <source>Radiotherapy outlines</source>
        <translation>Contours de radiothérapie</translation>
    </message>
    <message>
        <source>Radiotherapy plan</source>
        <translation>Plan de radiothérapie</translation>
    </message>
    <message>
        <source>Radiotherapy dose</source>
        <translation>Dose de radiothérapie</translation>
    </message>
    <message>
        <source>Dental X-ray</source>
        <translation>Radiographie dentaire</translation>
    </message>
    <message>
        <source>Dental panoramic X-ray</source>
        <translation>Radiographie panoramique dentaire</translation>
    </message>
    <message>
        <source>Endoscopy picture</source>
        <translation>Image d&apos;endoscopie</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <source>Eye photograph</source>
        <translation>Photographie de l&apos;œil</translation>
    </message>
    <message>
        <source>Unknown kind of image</source>
        <translation>Type d&apos;image inconnu</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>a part of ScanShield is missing (%1); reinstalling ScanShield should bring it back</source>
        <translation>une partie de ScanShield est manquante (%1) ; réinstaller ScanShield devrait la rétablir</translation>
    </message>
    <message>
        <source>a part of ScanShield (%1) could not be loaded: %2</source>
        <translation>une partie de ScanShield (%1) n&apos;a pas pu être chargée : %2</translation>
    </message>
    <message>
        <source>a part of ScanShield (%1) is from another version; reinstalling ScanShield should fix this</source>
        <translation>une partie de ScanShield (%1) provient d&apos;une autre version ; réinstaller ScanShield devrait corriger ce problème</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>the text reader&apos;s English language data (Debian package tesseract-ocr-eng) is not installed</source>
        <translation>les données de langue anglaise du lecteur de texte (paquet Debian tesseract-ocr-eng) ne sont pas installées</translation>
    </message>
    <message>
        <source>the text reader (Tesseract) could not load its English language data</source>
        <translation>le lecteur de texte (Tesseract) n&apos;a pas pu charger ses données de langue anglaise</translation>
    </message>
</context>
<context>
    <name>OtherFileKind</name>
    <message>
        <source>Not a medical image: a text file.</source>
        <translation>Pas une image médicale : un fichier texte.</translation>
    </message>
    <message>
        <source>Not a medical image: a web page, often part of a viewer program on the disc.</source>
        <translation>Pas une image médicale : une page web, souvent liée à un programme de visualisation sur le disque.</translation>
    </message>
    <message>
        <source>Not a medical image: a program, usually the viewer that came with the disc.</source>
        <translation>Pas une image médicale : un programme, en général la visionneuse fournie avec le disque.</translation>
    </message>
    <message>
        <source>Not a medical image: an ordinary picture or icon.</source>
        <translation>Pas une image médicale : une image ordinaire ou une icône.</translation>
    </message>
    <message>
        <source>Not a medical image: a PDF document, perhaps a report.</source>
        <translation>Pas une image médicale : un document PDF, peut-être un compte rendu.</translation>
    </message>
    <message>
        <source>Not a medical image: a compressed archive.</source>
        <translation>Pas une image médicale : une archive compressée.</translation>
    </message>
    <message>
        <source>Not a medical image: a settings file for the disc or its viewer.</source>
        <translation>Pas une image médicale : un fichier de réglages du disque ou de sa visionneuse.</translation>
    </message>
    <message>
        <source>Not a medical image: a file of unknown type.</source>
        <translation>Pas une image médicale : un fichier de type inconnu.</translation>
    </message>
</context>
<context>
    <name>PictureReader</name>
    <message>
        <source>a picture of the series is in colour</source>
        <translation>une image de la série est en couleur</translation>
    </message>
    <message>
        <source>a picture is not the size its file says</source>
        <translation>une image n&apos;a pas la taille indiquée par son fichier</translation>
    </message>
</context>
<context>
    <name>PixelCleaner</name>
    <message>
        <source>its pictures are compressed in a way ScanShield cannot decode to black out the text</source>
        <translation>ses images sont compressées d&apos;une façon que ScanShield ne peut pas décoder pour masquer le texte en noir</translation>
    </message>
    <message>
        <source>its pictures are stored in a way ScanShield cannot black out text in</source>
        <translation>ses images sont enregistrées d&apos;une façon qui ne permet pas à ScanShield d&apos;y masquer du texte en noir</translation>
    </message>
    <message>
        <source>its picture data cannot be read</source>
        <translation>les données de son image ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>its picture data is shorter than its pictures</source>
        <translation>les données de son image sont plus courtes que ses images</translation>
    </message>
</context>
<context>
    <name>PixelMessages</name>
    <message>
        <source>this file could not be opened</source>
        <translation>ce fichier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>this file is not a medical image ScanShield can read</source>
        <translation>ce fichier n&apos;est pas une image médicale que ScanShield peut lire</translation>
    </message>
    <message>
        <source>this file has no picture in it</source>
        <translation>ce fichier ne contient aucune image</translation>
    </message>
    <message>
        <source>this file is cut short</source>
        <translation>ce fichier est tronqué</translation>
    </message>
    <message>
        <source>this image is compressed in a way ScanShield cannot read</source>
        <translation>cette image est compressée d&apos;une façon que ScanShield ne peut pas lire</translation>
    </message>
    <message>
        <source>this picture is stored in a way ScanShield cannot show</source>
        <translation>cette image est enregistrée d&apos;une façon que ScanShield ne peut pas afficher</translation>
    </message>
    <message>
        <source>the picture in this file is damaged</source>
        <translation>l&apos;image de ce fichier est endommagée</translation>
    </message>
    <message>
        <source>this file is damaged and ScanShield cannot read it</source>
        <translation>ce fichier est endommagé et ScanShield ne peut pas le lire</translation>
    </message>
    <message>
        <source>this picture is too large to show on this computer</source>
        <translation>cette image est trop grande pour être affichée sur cet ordinateur</translation>
    </message>
    <message>
        <source>this file has no picture number %1 (it has %2)</source>
        <translation>ce fichier n&apos;a pas d&apos;image numéro %1 (il en a %2)</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>The picture is empty or its size does not match its pixels.</source>
        <translation>L&apos;image est vide ou sa taille ne correspond pas à ses pixels.</translation>
    </message>
    <message>
        <source>The picture could not be saved as %1: %2</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée sous %1 : %2</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>The list of questions is missing from this copy of ScanShield.</source>
        <translation>La liste des questions manque dans cette copie de ScanShield.</translation>
    </message>
    <message>
        <source>Is AI used on my images?</source>
        <translation>L&apos;IA est-elle utilisée sur mes images ?</translation>
    </message>
    <message>
        <source>Hospitals and clinics use AI tools to sort, measure and read scans. You have a right to know when software, not only a person, looks at your images, and who made that software.</source>
        <translation>Les hôpitaux et les cliniques utilisent des outils d&apos;IA pour trier, mesurer et lire les examens. Vous avez le droit de savoir quand un logiciel, et pas seulement une personne, regarde vos images, et qui a créé ce logiciel.</translation>
    </message>
    <message>
        <source>Is any AI or computer-aided software used on my images, to read them, measure them or sort them?</source>
        <translation>Un logiciel d&apos;IA ou d&apos;aide informatique est-il utilisé sur mes images, pour les lire, les mesurer ou les trier ?</translation>
    </message>
    <message>
        <source>Many tools run in the background without the patient being told.</source>
        <translation>Beaucoup d&apos;outils fonctionnent en arrière-plan sans que le patient en soit informé.</translation>
    </message>
    <message>
        <source>Which tool is it, who makes it, and what exactly does it do with my images?</source>
        <translation>De quel outil s&apos;agit-il, qui le fabrique, et que fait-il exactement avec mes images ?</translation>
    </message>
    <message>
        <source>Knowing the maker tells you who else may receive or keep your images.</source>
        <translation>Connaître le fabricant vous indique qui d&apos;autre peut recevoir ou conserver vos images.</translation>
    </message>
    <message>
        <source>Does a doctor check what the AI found before it is used for my care?</source>
        <translation>Un médecin vérifie-t-il ce que l&apos;IA a trouvé avant que cela serve à mes soins ?</translation>
    </message>
    <message>
        <source>AI tools make mistakes; a person should confirm their results.</source>
        <translation>Les outils d&apos;IA font des erreurs ; une personne devrait confirmer leurs résultats.</translation>
    </message>
    <message>
        <source>Does the AI run inside the hospital, or are my images sent to the company that makes it?</source>
        <translation>L&apos;IA fonctionne-t-elle à l&apos;intérieur de l&apos;hôpital, ou mes images sont-elles envoyées à l&apos;entreprise qui la fabrique ?</translation>
    </message>
    <message>
        <source>When images leave the hospital, more people and systems can see them.</source>
        <translation>Quand des images quittent l&apos;hôpital, davantage de personnes et de systèmes peuvent les voir.</translation>
    </message>
    <message>
        <source>Will my report say that AI was used, and what it found?</source>
        <translation>Mon compte rendu dira-t-il que l&apos;IA a été utilisée, et ce qu&apos;elle a trouvé ?</translation>
    </message>
    <message>
        <source>A written record lets you or another doctor check later how a result was reached.</source>
        <translation>Une trace écrite permet à vous ou à un autre médecin de vérifier plus tard comment un résultat a été obtenu.</translation>
    </message>
    <message>
        <source>Can my images be anonymized before others see them?</source>
        <translation>Mes images peuvent-elles être anonymisées avant que d&apos;autres les voient ?</translation>
    </message>
    <message>
        <source>Images carry your name, birth date, ID numbers and the hospital&apos;s name, and a head CT or MRI carries your face. Copies called de-identified often still hold some of these.</source>
        <translation>Les images contiennent votre nom, votre date de naissance, vos numéros d&apos;identification et le nom de l&apos;hôpital, et un scanner ou une IRM de la tête contient votre visage. Les copies dites désidentifiées contiennent souvent encore certains de ces éléments.</translation>
    </message>
    <message>
        <source>Are my images anonymized before they go to an AI company, a researcher or any other third party?</source>
        <translation>Mes images sont-elles anonymisées avant d&apos;être transmises à une entreprise d&apos;IA, à un chercheur ou à tout autre tiers ?</translation>
    </message>
    <message>
        <source>Your name and ID numbers travel inside every image file unless they are removed.</source>
        <translation>Votre nom et vos numéros d&apos;identification voyagent à l&apos;intérieur de chaque fichier image, sauf s&apos;ils sont supprimés.</translation>
    </message>
    <message>
        <source>How are they anonymized: which details are removed, and who checks that nothing was missed?</source>
        <translation>Comment sont-elles anonymisées : quelles informations sont supprimées, et qui vérifie que rien n&apos;a été oublié ?</translation>
    </message>
    <message>
        <source>Removing the name is not enough: dates, ID numbers, the hospital and notes in the images identify you too.</source>
        <translation>Supprimer le nom ne suffit pas : les dates, les numéros d&apos;identification, l&apos;hôpital et les notes dans les images vous identifient aussi.</translation>
    </message>
    <message>
        <source>Is text written into the pictures themselves (my name, birth date or ID in a corner of the image) removed as well?</source>
        <translation>Le texte écrit dans les images elles-mêmes (mon nom, ma date de naissance ou mon identifiant dans un coin de l&apos;image) est-il aussi supprimé ?</translation>
    </message>
    <message>
        <source>Some scanners write your details into the pixels, where ordinary anonymization does not look.</source>
        <translation>Certains appareils écrivent vos informations dans les pixels, là où l&apos;anonymisation ordinaire ne regarde pas.</translation>
    </message>
    <message>
        <source>Will my head scan be defaced (my face removed from it) before it is shared for research or with an AI company?</source>
        <translation>Mon examen de la tête sera-t-il défacialisé (mon visage retiré) avant d&apos;être partagé pour la recherche ou avec une entreprise d&apos;IA ?</translation>
    </message>
    <message>
        <source>A picture of your face can be rebuilt from a head CT or MRI, and face recognition software has matched such pictures to photos of the patients.</source>
        <translation>Une image de votre visage peut être reconstruite à partir d&apos;un scanner ou d&apos;une IRM de la tête, et des logiciels de reconnaissance faciale ont déjà rapproché de telles images de photos des patients.</translation>
    </message>
    <message>
        <source>Is the scanner maker&apos;s hidden data in the files removed too?</source>
        <translation>Les données cachées du fabricant de l&apos;appareil dans les fichiers sont-elles aussi supprimées ?</translation>
    </message>
    <message>
        <source>Scanners store extra data that only their maker can read, and it can hold your name or ID.</source>
        <translation>Les appareils enregistrent des données supplémentaires que seul leur fabricant peut lire, et elles peuvent contenir votre nom ou votre identifiant.</translation>
    </message>
    <message>
        <source>Could anyone link the anonymized images back to me, for example with a code list kept by the hospital?</source>
        <translation>Quelqu&apos;un pourrait-il relier les images anonymisées à moi, par exemple grâce à une liste de codes conservée par l&apos;hôpital ?</translation>
    </message>
    <message>
        <source>Some images are only &quot;coded&quot;: whoever holds the code list can still tell they are yours.</source>
        <translation>Certaines images sont seulement « codées » (pseudonymisées) : la personne qui détient la liste des codes peut toujours savoir qu&apos;elles sont les vôtres.</translation>
    </message>
    <message>
        <source>The consent form</source>
        <translation>Le formulaire de consentement</translation>
    </message>
    <message>
        <source>The words of a consent form decide what may be done with your images. Words such as &quot;research&quot;, &quot;quality improvement&quot; or &quot;de-identified data&quot; can allow more than they seem to.</source>
        <translation>Les mots d&apos;un formulaire de consentement décident de ce qui peut être fait avec vos images. Des mots comme « recherche », « amélioration de la qualité » ou « données désidentifiées » peuvent autoriser plus qu&apos;ils n&apos;en ont l&apos;air.</translation>
    </message>
    <message>
        <source>Does this form allow my images to be used for research or for &quot;quality improvement&quot;? What does that include here?</source>
        <translation>Ce formulaire permet-il d&apos;utiliser mes images pour la recherche ou pour « l&apos;amélioration de la qualité » ? Qu&apos;est-ce que cela comprend ici ?</translation>
    </message>
    <message>
        <source>&quot;Quality improvement&quot; can include training or testing AI tools, often without a separate consent.</source>
        <translation>« L&apos;amélioration de la qualité » peut inclure l&apos;entraînement ou le test d&apos;outils d&apos;IA, souvent sans consentement séparé.</translation>
    </message>
    <message>
        <source>Does the form allow sharing my images with companies, including AI makers, partners or &quot;affiliates&quot;?</source>
        <translation>Le formulaire permet-il de partager mes images avec des entreprises, y compris des fabricants d&apos;IA, des partenaires ou des « sociétés affiliées » ?</translation>
    </message>
    <message>
        <source>&quot;Affiliates&quot; and &quot;partners&quot; can be many companies you have never heard of.</source>
        <translation>Les « sociétés affiliées » et les « partenaires » peuvent être de nombreuses entreprises dont vous n&apos;avez jamais entendu parler.</translation>
    </message>
    <message>
        <source>Can my images or data be sold or licensed, even after they are de-identified?</source>
        <translation>Mes images ou mes données peuvent-elles être vendues ou cédées sous licence, même après avoir été désidentifiées ?</translation>
    </message>
    <message>
        <source>De-identified medical images are traded, and the form may allow it.</source>
        <translation>Des images médicales désidentifiées font l&apos;objet d&apos;un commerce, et le formulaire peut l&apos;autoriser.</translation>
    </message>
    <message>
        <source>Can the analysis be done on the hospital&apos;s own computers instead of in a company&apos;s cloud?</source>
        <translation>L&apos;analyse peut-elle être faite sur les ordinateurs de l&apos;hôpital plutôt que dans le cloud d&apos;une entreprise ?</translation>
    </message>
    <message>
        <source>Many AI tools can run locally; then your images never leave the hospital.</source>
        <translation>Beaucoup d&apos;outils d&apos;IA peuvent fonctionner sur place ; vos images ne quittent alors jamais l&apos;hôpital.</translation>
    </message>
    <message>
        <source>How long will my images be kept, and by whom?</source>
        <translation>Combien de temps mes images seront-elles conservées, et par qui ?</translation>
    </message>
    <message>
        <source>A form may allow keeping copies for many years, or without a time limit.</source>
        <translation>Un formulaire peut permettre de conserver des copies pendant de nombreuses années, ou sans limite de durée.</translation>
    </message>
    <message>
        <source>How do I withdraw my consent later, and what happens to copies already shared?</source>
        <translation>Comment retirer mon consentement plus tard, et qu&apos;advient-il des copies déjà partagées ?</translation>
    </message>
    <message>
        <source>Withdrawing may stop future use but not bring back copies already given away; ask before you sign.</source>
        <translation>Le retrait peut arrêter les utilisations futures, mais pas récupérer les copies déjà transmises ; posez la question avant de signer.</translation>
    </message>
    <message>
        <source>Can I refuse this part of the form and still get the same care?</source>
        <translation>Puis-je refuser cette partie du formulaire et recevoir quand même les mêmes soins ?</translation>
    </message>
    <message>
        <source>Consent to research or data sharing should not be a condition of your treatment.</source>
        <translation>Le consentement à la recherche ou au partage de données ne devrait pas être une condition de votre traitement.</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Stockage dans le cloud</translation>
    </message>
    <message>
        <source>Images are often stored or processed in a company&apos;s cloud. Where they are, how they are protected and what happens after a breach matter as much as the scan itself.</source>
        <translation>Les images sont souvent stockées ou traitées dans le cloud d&apos;une entreprise. L&apos;endroit où elles se trouvent, la façon dont elles sont protégées et ce qui se passe après une fuite comptent autant que l&apos;examen lui-même.</translation>
    </message>
    <message>
        <source>Where are my images stored: in the hospital, or in a cloud service? In which country?</source>
        <translation>Où mes images sont-elles stockées : à l&apos;hôpital ou dans un service de cloud ? Dans quel pays ?</translation>
    </message>
    <message>
        <source>The country decides which privacy laws protect your images.</source>
        <translation>Le pays détermine quelles lois sur la vie privée protègent vos images.</translation>
    </message>
    <message>
        <source>Are my images encrypted when they are stored and when they are sent, and who holds the keys?</source>
        <translation>Mes images sont-elles chiffrées quand elles sont stockées et quand elles sont envoyées, et qui détient les clés ?</translation>
    </message>
    <message>
        <source>Encryption protects your images if a system is broken into or a disk is lost.</source>
        <translation>Le chiffrement protège vos images si quelqu&apos;un s&apos;introduit dans un système ou si un disque est perdu.</translation>
    </message>
    <message>
        <source>Does the cloud or AI company have a signed data protection agreement with the hospital (in the US, a business associate agreement)?</source>
        <translation>L&apos;entreprise de cloud ou d&apos;IA a-t-elle signé avec l&apos;hôpital un accord de protection des données (aux États-Unis, un « business associate agreement ») ?</translation>
    </message>
    <message>
        <source>Such an agreement binds the company to protect your data and to use it only for the hospital&apos;s purposes.</source>
        <translation>Un tel accord oblige l&apos;entreprise à protéger vos données et à ne les utiliser que pour les besoins de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>If my images are part of a data breach, how and when will I be told?</source>
        <translation>Si mes images sont touchées par une fuite de données, comment et quand en serai-je informé(e) ?</translation>
    </message>
    <message>
        <source>In the US, HIPAA requires notice without unreasonable delay and no later than 60 days after a breach is discovered.</source>
        <translation>Aux États-Unis, HIPAA exige une notification sans retard déraisonnable et au plus tard 60 jours après la découverte d&apos;une fuite.</translation>
    </message>
    <message>
        <source>Who at the company can look at my images, and is that access recorded?</source>
        <translation>Qui, dans l&apos;entreprise, peut regarder mes images, et cet accès est-il enregistré ?</translation>
    </message>
    <message>
        <source>Staff of a cloud or AI company may see images for support or to improve their product.</source>
        <translation>Le personnel d&apos;une entreprise de cloud ou d&apos;IA peut voir des images pour l&apos;assistance technique ou pour améliorer son produit.</translation>
    </message>
    <message>
        <source>Opting out of AI training</source>
        <translation>Refuser l&apos;entraînement de l&apos;IA</translation>
    </message>
    <message>
        <source>Images from patients are used to build and improve AI tools. You may be able to say no, and it should not change your care.</source>
        <translation>Les images des patients servent à créer et à améliorer des outils d&apos;IA. Vous pouvez peut-être refuser, et cela ne devrait pas changer vos soins.</translation>
    </message>
    <message>
        <source>Are my images used to train, test or improve AI tools, here or at a company?</source>
        <translation>Mes images sont-elles utilisées pour entraîner, tester ou améliorer des outils d&apos;IA, ici ou dans une entreprise ?</translation>
    </message>
    <message>
        <source>Training uses many patients&apos; images; the tool&apos;s maker may keep them.</source>
        <translation>L&apos;entraînement utilise les images de nombreux patients ; le fabricant de l&apos;outil peut les conserver.</translation>
    </message>
    <message>
        <source>How can I opt out of my images being used for AI development, and is that written down?</source>
        <translation>Comment puis-je refuser que mes images servent au développement de l&apos;IA, et ce refus est-il mis par écrit ?</translation>
    </message>
    <message>
        <source>An opt-out that is only spoken can be forgotten; ask for it in your record.</source>
        <translation>Un refus seulement oral peut être oublié ; demandez qu&apos;il soit noté dans votre dossier.</translation>
    </message>
    <message>
        <source>If I opt out, does anything change for my care, my waiting time or my costs?</source>
        <translation>Si je refuse, cela change-t-il quelque chose pour mes soins, mon temps d&apos;attente ou mes frais ?</translation>
    </message>
    <message>
        <source>Saying no to research use should not affect your treatment.</source>
        <translation>Refuser l&apos;utilisation pour la recherche ne devrait pas avoir d&apos;effet sur votre traitement.</translation>
    </message>
    <message>
        <source>Have my earlier images already been used or shared for AI, and can they be removed?</source>
        <translation>Mes images antérieures ont-elles déjà été utilisées ou partagées pour l&apos;IA, et peuvent-elles être retirées ?</translation>
    </message>
    <message>
        <source>An opt-out may only apply from now on unless you ask about the past.</source>
        <translation>Un refus peut ne s&apos;appliquer qu&apos;à partir de maintenant, sauf si vous posez la question pour le passé.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>In the United States, the HIPAA Privacy Rule gives you rights over your health information. Other countries have similar laws; in the European Union and the United Kingdom it is the GDPR.</source>
        <translation>Aux États-Unis, la règle de confidentialité de HIPAA (HIPAA Privacy Rule) vous donne des droits sur vos informations de santé. D&apos;autres pays ont des lois semblables ; dans l&apos;Union européenne et au Royaume-Uni, c&apos;est le RGPD (GDPR).</translation>
    </message>
    <message>
        <source>I would like a copy of all my images, in electronic form. When can I have it, and what will it cost?</source>
        <translation>Je voudrais une copie de toutes mes images, sous forme électronique. Quand puis-je l&apos;avoir, et combien cela coûtera-t-il ?</translation>
    </message>
    <message>
        <source>You have the right to a copy of your images and records, usually within 30 days, for a reasonable cost-based fee.</source>
        <translation>Vous avez le droit d&apos;obtenir une copie de vos images et de votre dossier, en général dans les 30 jours, contre des frais raisonnables fondés sur le coût.</translation>
    </message>
    <message>
        <source>May I have a list of who my images and records were disclosed to?</source>
        <translation>Puis-je avoir la liste des personnes ou organismes à qui mes images et mon dossier ont été communiqués ?</translation>
    </message>
    <message>
        <source>You can ask for an accounting of certain disclosures made in the last six years (disclosures for treatment, payment and the hospital&apos;s own operations are not listed).</source>
        <translation>Vous pouvez demander un relevé de certaines communications faites au cours des six dernières années (les communications pour les soins, le paiement et le fonctionnement propre de l&apos;hôpital n&apos;y figurent pas).</translation>
    </message>
    <message>
        <source>I would like to restrict how my images are used or shared. How do I make that request?</source>
        <translation>Je voudrais limiter la façon dont mes images sont utilisées ou partagées. Comment faire cette demande ?</translation>
    </message>
    <message>
        <source>You can ask the hospital to limit uses and disclosures of your information; it does not always have to agree, but it must consider the request.</source>
        <translation>Vous pouvez demander à l&apos;hôpital de limiter les utilisations et communications de vos informations ; il n&apos;est pas toujours obligé d&apos;accepter, mais il doit examiner la demande.</translation>
    </message>
    <message>
        <source>Was my written authorization asked for before my images were used for research, or did a review board waive it?</source>
        <translation>M&apos;a-t-on demandé mon autorisation écrite avant d&apos;utiliser mes images pour la recherche, ou un comité d&apos;examen m&apos;en a-t-il dispensé ?</translation>
    </message>
    <message>
        <source>Research use of identifiable health information normally needs your authorization unless an ethics or privacy board approves a waiver.</source>
        <translation>L&apos;utilisation pour la recherche d&apos;informations de santé identifiables nécessite normalement votre autorisation, sauf si un comité d&apos;éthique ou de protection de la vie privée approuve une dérogation.</translation>
    </message>
    <message>
        <source>If I live in the EU or the UK: may I see, correct or erase my data, and object to its use for AI?</source>
        <translation>Si je vis dans l&apos;UE ou au Royaume-Uni : puis-je consulter, corriger ou effacer mes données, et m&apos;opposer à leur utilisation pour l&apos;IA ?</translation>
    </message>
    <message>
        <source>The GDPR gives rights of access, erasure and objection, and protection against decisions made only by a machine.</source>
        <translation>Le RGPD (GDPR) donne des droits d&apos;accès, d&apos;effacement et d&apos;opposition, ainsi qu&apos;une protection contre les décisions prises uniquement par une machine.</translation>
    </message>
</context>
<context>
    <name>QuestionSheet</name>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>Posée :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>La réponse :</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Ma note :</translation>
    </message>
    <message>
        <source>Questions to ask about my images</source>
        <translation>Questions à poser sur mes images</translation>
    </message>
    <message>
        <source>Take this sheet to your appointment. Tick each question when you have asked it, and write down the answer.</source>
        <translation>Apportez cette feuille à votre rendez-vous. Cochez chaque question quand vous l&apos;avez posée, et notez la réponse.</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Rendez-vous :</translation>
    </message>
    <message>
        <source>Appointment (who, where, when):</source>
        <translation>Rendez-vous (avec qui, où, quand) :</translation>
    </message>
    <message>
        <source>Made with ScanShield on your own computer. Nothing was sent anywhere.</source>
        <translation>Créé avec ScanShield sur votre propre ordinateur. Rien n&apos;a été envoyé nulle part.</translation>
    </message>
</context>
<context>
    <name>SafeCopyJob</name>
    <message>
        <source>The copy could not be read back to check that the face is gone.</source>
        <translation>La copie n&apos;a pas pu être relue pour vérifier que le visage a disparu.</translation>
    </message>
    <message>
        <source>No cut could be found for %1</source>
        <translation>Aucune ligne de coupe n&apos;a pu être trouvée pour %1</translation>
    </message>
    <message>
        <source>The copy could not be noted in ScanShield&apos;s history: %1</source>
        <translation>La copie n&apos;a pas pu être notée dans l&apos;historique de ScanShield : %1</translation>
    </message>
</context>
<context>
    <name>SampleConsentForm</name>
    <message>
        <source>The sample form is missing from this copy of ScanShield.</source>
        <translation>Le formulaire d&apos;exemple manque dans cette copie de ScanShield.</translation>
    </message>
</context>
<context>
    <name>SliceGeometry</name>
    <message>
        <source>the picture file %1 could not be read</source>
        <translation>le fichier image %1 n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>SliceStack</name>
    <message>
        <source>the pictures of this series do not lie in one stack</source>
        <translation>les images de cette série ne forment pas une seule pile</translation>
    </message>
    <message>
        <source>the pictures of this series are spread too unevenly to make a 3D volume</source>
        <translation>les images de cette série sont trop irrégulièrement espacées pour former un volume 3D</translation>
    </message>
    <message>
        <source>this series has no pictures</source>
        <translation>cette série ne contient aucune image</translation>
    </message>
    <message numerus="yes">
        <source>this series has only %n picture(s)</source>
        <translation>
            <numerusform>cette série ne contient que %n image</numerusform>
            <numerusform>cette série ne contient que %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>the pictures have no position</source>
        <translation>les images n&apos;ont pas de position</translation>
    </message>
    <message>
        <source>the pictures of this series all lie in the same place</source>
        <translation>les images de cette série se trouvent toutes au même endroit</translation>
    </message>
    <message numerus="yes">
        <source>only %n picture(s) of this series lie in one stack</source>
        <translation>
            <numerusform>seulement %n image de cette série se trouve dans une même pile</numerusform>
            <numerusform>seulement %n images de cette série se trouvent dans une même pile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tailoring</name>
    <message>
        <source>Your %1 shows your face.</source>
        <translation>Votre %1 montre votre visage.</translation>
    </message>
    <message numerus="yes">
        <source>Your details are written into %n picture(s) on your disc.</source>
        <translation>
            <numerusform>Vos informations sont écrites dans %n image de votre disque.</numerusform>
            <numerusform>Vos informations sont écrites dans %n images de votre disque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text is written into %n picture(s) on your disc.</source>
        <translation>
            <numerusform>Du texte est écrit dans %n image de votre disque.</numerusform>
            <numerusform>Du texte est écrit dans %n images de votre disque.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner maker&apos;s hidden data on your disc holds your details.</source>
        <translation>Les données cachées du fabricant de l&apos;appareil sur votre disque contiennent vos informations.</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>IRM</translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation>scanner</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>examen</translation>
    </message>
    <message>
        <source>Because of what is on your disc</source>
        <translation>En raison du contenu de votre disque</translation>
    </message>
    <message>
        <source>ScanShield looked through your disc. These questions matter most for you.</source>
        <translation>ScanShield a parcouru votre disque. Ces questions sont les plus importantes pour vous.</translation>
    </message>
</context>
<context>
    <name>VolumeBuilder</name>
    <message numerus="yes">
        <source>%n picture(s) of a different size or direction than the rest of the series (such as a scout view) were left out.</source>
        <translation>
            <numerusform>%n image d&apos;une taille ou d&apos;une orientation différente du reste de la série (comme une vue de repérage) a été écartée.</numerusform>
            <numerusform>%n images d&apos;une taille ou d&apos;une orientation différente du reste de la série (comme une vue de repérage) ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) do not say where they lie and were left out.</source>
        <translation>
            <numerusform>%n image n&apos;indique pas où elle se situe et a été écartée.</numerusform>
            <numerusform>%n images n&apos;indiquent pas où elles se situent et ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) lie where another picture of the series already lies (such as a second echo or time point) and were left out.</source>
        <translation>
            <numerusform>%n image se trouve au même endroit qu&apos;une autre image de la série (comme un second écho ou un autre instant) et a été écartée.</numerusform>
            <numerusform>%n images se trouvent au même endroit qu&apos;une autre image de la série (comme un second écho ou un autre instant) et ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture file(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n fichier image n&apos;a pas pu être lu et a été écarté.</numerusform>
            <numerusform>%n fichiers image n&apos;ont pas pu être lus et ont été écartés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be decoded (%1); their slices of the volume are left empty.</source>
        <translation>
            <numerusform>%n image n&apos;a pas pu être décodée (%1) ; sa coupe du volume reste vide.</numerusform>
            <numerusform>%n images n&apos;ont pas pu être décodées (%1) ; leurs coupes du volume restent vides.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner was tilted by %1 degrees; the volume follows the tilt.</source>
        <translation>L&apos;appareil était incliné de %1 degrés ; le volume suit cette inclinaison.</translation>
    </message>
    <message>
        <source>The pictures are not evenly spaced (%1 to %2 mm apart); the volume was resampled to an even %3 mm.</source>
        <translation>Les images ne sont pas régulièrement espacées (de %1 à %2 mm d&apos;écart) ; le volume a été rééchantillonné à un pas régulier de %3 mm.</translation>
    </message>
    <message>
        <source>The pictures do not say how large their pixels are; 1 mm was assumed.</source>
        <translation>Les images n&apos;indiquent pas la taille de leurs pixels ; 1 mm a été supposé.</translation>
    </message>
    <message>
        <source>The pictures do not lie on one straight line (up to %1 mm off); the volume puts them on the line from the first to the last.</source>
        <translation>Les images ne sont pas alignées sur une seule droite (jusqu&apos;à %1 mm d&apos;écart) ; le volume les place sur la droite allant de la première à la dernière.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were too large for the volume and were capped.</source>
        <translation>
            <numerusform>%n valeur était trop grande pour le volume et a été plafonnée.</numerusform>
            <numerusform>%n valeurs étaient trop grandes pour le volume et ont été plafonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the 3D volume was cancelled.</source>
        <translation>La création du volume 3D a été annulée.</translation>
    </message>
    <message>
        <source>the pictures of this series could not be read</source>
        <translation>les images de cette série n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>this series is too large for the memory of this computer</source>
        <translation>cette série est trop grande pour la mémoire de cet ordinateur</translation>
    </message>
    <message>
        <source>none of the pictures of this series could be decoded: %1</source>
        <translation>aucune des images de cette série n&apos;a pu être décodée : %1</translation>
    </message>
</context>
<context>
    <name>WindowLevel</name>
    <message>
        <source>As stored</source>
        <translation>Tel qu&apos;enregistré</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>Cerveau</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Tissus mous</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Plage complète</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Make an anonymized copy of a disc on this computer, and check it.</source>
        <translation>Faire une copie anonymisée d&apos;un disque sur cet ordinateur, et la vérifier.</translation>
    </message>
    <message>
        <source>A disc folder, a DICOMDIR, a ZIP or an ISO file.</source>
        <translation>Un dossier de disque, un DICOMDIR, un fichier ZIP ou ISO.</translation>
    </message>
    <message>
        <source>The new folder for the copy (must not hold files).</source>
        <translation>Le nouveau dossier pour la copie (il ne doit pas contenir de fichiers).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>Keep the real dates (by default all dates move by one offset).</source>
        <translation>Garder les vraies dates (par défaut, toutes les dates sont décalées d&apos;un même écart).</translation>
    </message>
    <message>
        <source>Remove dates as the Basic Profile says instead of moving them.</source>
        <translation>Supprimer les dates comme l&apos;indique le profil de base (Basic Profile) au lieu de les décaler.</translation>
    </message>
    <message>
        <source>Keep the original reference numbers (UIDs).</source>
        <translation>Garder les numéros de référence d&apos;origine (UID).</translation>
    </message>
    <message>
        <source>Keep the scanner&apos;s identity (serial numbers, station names).</source>
        <translation>Garder l&apos;identité de l&apos;appareil (numéros de série, noms de poste).</translation>
    </message>
    <message>
        <source>Keep the hospital&apos;s name and address.</source>
        <translation>Garder le nom et l&apos;adresse de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Keep age, sex, size and weight.</source>
        <translation>Garder l&apos;âge, le sexe, la taille et le poids.</translation>
    </message>
    <message>
        <source>Remove every description, even those that name nobody.</source>
        <translation>Supprimer toutes les descriptions, même celles qui ne nomment personne.</translation>
    </message>
    <message>
        <source>Also remove drawn marks and annotations (graphics) that may hold text.</source>
        <translation>Supprimer aussi les marques et annotations dessinées (graphiques) qui peuvent contenir du texte.</translation>
    </message>
    <message>
        <source>Also clean the contents of structured reports.</source>
        <translation>Nettoyer aussi le contenu des comptes rendus structurés.</translation>
    </message>
    <message>
        <source>Cut the face away from 3D scans of the head, and check that it is gone.</source>
        <translation>Retirer le visage des examens 3D de la tête, et vérifier qu&apos;il a disparu.</translation>
    </message>
    <message>
        <source>Do not black out text burned into the pictures.</source>
        <translation>Ne pas masquer en noir le texte incrusté dans les images.</translation>
    </message>
    <message>
        <source>Leave this series out of the copy (its Series Instance UID; may be repeated).</source>
        <translation>Exclure cette série de la copie (son Series Instance UID ; peut être répété).</translation>
    </message>
    <message>
        <source>Copy this file that is not a medical image, unchanged (its path on the disc, as `scan` lists it; may be repeated).</source>
        <translation>Copier sans modification ce fichier qui n&apos;est pas une image médicale (son chemin sur le disque, tel que `scan` l&apos;affiche ; peut être répété).</translation>
    </message>
    <message>
        <source>Do not read the pictures for text; the copy then cannot be verified.</source>
        <translation>Ne pas lire le texte des images ; la copie ne pourra alors pas être vérifiée.</translation>
    </message>
    <message>
        <source>anonymize needs --output DIR, and at most one of --keep-dates and --remove-dates.</source>
        <translation>anonymize a besoin de --output DIR, et d&apos;au plus une des options --keep-dates et --remove-dates.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Copied %1 files to %2.</source>
        <translation>%1 fichiers copiés dans %2.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Non copié : %1</translation>
    </message>
    <message>
        <source>Checked: nothing that identifies the patient was found in the copy.</source>
        <translation>Vérifié : rien qui identifie le patient n&apos;a été trouvé dans la copie.</translation>
    </message>
    <message>
        <source>The copy is NOT safe yet: it still holds details of the patient.</source>
        <translation>La copie n&apos;est PAS encore sûre : elle contient encore des informations sur le patient.</translation>
    </message>
    <message>
        <source>files: %1</source>
        <translation>fichiers : %1</translation>
    </message>
    <message>
        <source>Give exactly one PATH: a disc folder, a DICOMDIR, a ZIP or an ISO file.</source>
        <translation>Indiquez exactement un PATH : un dossier de disque, un DICOMDIR, un fichier ZIP ou ISO.</translation>
    </message>
    <message>
        <source>Usage: scanshield-cli make-demo-disc DIR</source>
        <translation>Utilisation : scanshield-cli make-demo-disc DIR</translation>
    </message>
    <message>
        <source>Wrote a fictional patient&apos;s disc with %1 image files in %2 series and %3 studies to %4</source>
        <translation>Disque d&apos;un patient fictif écrit dans %4, avec %1 fichiers image dans %2 séries et %3 examens</translation>
    </message>
    <message>
        <source>There is no picture of this series to write.</source>
        <translation>Il n&apos;y a aucune image de cette série à écrire.</translation>
    </message>
    <message>
        <source>Find the series of a disc from which a face can be rebuilt, and measure it.</source>
        <translation>Trouver les séries d&apos;un disque à partir desquelles un visage peut être reconstruit, et les mesurer.</translation>
    </message>
    <message>
        <source>Write the face (front and side) of the first series that shows one to FILE.</source>
        <translation>Écrire dans FILE le visage (de face et de profil) de la première série qui en montre un.</translation>
    </message>
    <message>
        <source>No series of this disc is a 3D scan of a head; no picture was written.</source>
        <translation>Aucune série de ce disque n&apos;est un examen 3D d&apos;une tête ; aucune image n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>A face can be rebuilt from: %1</source>
        <translation>Un visage peut être reconstruit à partir de : %1</translation>
    </message>
    <message>
        <source>No face found in: %1</source>
        <translation>Aucun visage trouvé dans : %1</translation>
    </message>
    <message>
        <source>Usage: scanshield-cli COMMAND [OPTIONS]

Commands:
  scan PATH [--json]        List what is on a disc (folder, DICOMDIR, ZIP or ISO).
  report PATH [--json] [--pdf FILE [--show-values] [--large-print]]
                            Everything on a disc that identifies the patient.
  anonymize PATH --output DIR [--json] [options]
                            An anonymized copy of a disc, checked before it is called safe.
  face PATH [--json] [--png FILE]
                            Which scans hold your face, measured, and a picture of it.
  sheet --output FILE.pdf [--lang CODE] [--disc PATH] [--large-print]
                            The questions to ask about AI, consent and cloud storage.
  make-demo-disc DIR        Write a fictional patient&apos;s imaging disc into DIR.

Run &apos;scanshield-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>Utilisation : scanshield-cli COMMAND [OPTIONS]

Commandes :
  scan PATH [--json]        Lister le contenu d&apos;un disque (dossier, DICOMDIR, ZIP ou ISO).
  report PATH [--json] [--pdf FILE [--show-values] [--large-print]]
                            Tout ce qui, sur un disque, identifie le patient.
  anonymize PATH --output DIR [--json] [options]
                            Une copie anonymisée d&apos;un disque, vérifiée avant d&apos;être déclarée sûre.
  face PATH [--json] [--png FILE]
                            Les examens qui contiennent votre visage, mesurés, et une image de celui-ci.
  sheet --output FILE.pdf [--lang CODE] [--disc PATH] [--large-print]
                            Les questions à poser sur l&apos;IA, le consentement et le stockage dans le cloud.
  make-demo-disc DIR        Écrire dans DIR le disque d&apos;imagerie d&apos;un patient fictif.

Lancez &apos;scanshield-cli COMMAND --help&apos; pour voir les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>A PDF cannot be made: %1</source>
        <translation>Impossible de créer un PDF : %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Your name appears in %1 places in %2 forms.</source>
        <translation>Votre nom apparaît à %1 endroits sous %2 formes.</translation>
    </message>
    <message>
        <source>items found: %1</source>
        <translation>éléments trouvés : %1</translation>
    </message>
    <message>
        <source>Show everything on a disc that identifies the patient.</source>
        <translation>Afficher tout ce qui, sur un disque, identifie le patient.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport au format JSON.</translation>
    </message>
    <message>
        <source>Also write the report as a PDF to FILE.</source>
        <translation>Écrire aussi le rapport en PDF dans FILE.</translation>
    </message>
    <message>
        <source>Print the values in the PDF (hidden by default).</source>
        <translation>Afficher les valeurs dans le PDF (masquées par défaut).</translation>
    </message>
    <message>
        <source>Use large print in the PDF.</source>
        <translation>Utiliser de gros caractères dans le PDF.</translation>
    </message>
    <message>
        <source>Do not read text burned into the pictures (the slow part); the report says so.</source>
        <translation>Ne pas lire le texte incrusté dans les images (l&apos;étape lente) ; le rapport le signale.</translation>
    </message>
    <message>
        <source>ScanShield&apos;s attribute catalogue is damaged: %1</source>
        <translation>Le catalogue des attributs de ScanShield est endommagé : %1</translation>
    </message>
    <message>
        <source>Disc: %1</source>
        <translation>Disque : %1</translation>
    </message>
    <message>
        <source>Files: %1 · medical image files: %2 · series: %3 · visits: %4</source>
        <translation>Fichiers : %1 · fichiers d&apos;images médicales : %2 · séries : %3 · visites : %4</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient : %1</translation>
    </message>
    <message>
        <source>Visit on %1: %2</source>
        <translation>Visite du %1 : %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: files: %3</source>
        <translation>%1 « %2 » : fichiers : %3</translation>
    </message>
    <message>
        <source>Files that are not readable medical images:</source>
        <translation>Fichiers qui ne sont pas des images médicales lisibles :</translation>
    </message>
    <message>
        <source>List what is on a disc: patients, studies, series and images.</source>
        <translation>Lister le contenu d&apos;un disque : patients, examens, séries et images.</translation>
    </message>
    <message>
        <source>Print the index as JSON.</source>
        <translation>Afficher l&apos;index au format JSON.</translation>
    </message>
    <message>
        <source>Print the questions to ask about AI, consent forms and cloud storage.</source>
        <translation>Afficher les questions à poser sur l&apos;IA, les formulaires de consentement et le stockage dans le cloud.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>The language of the sheet (en, es, fr, de...).</source>
        <translation>La langue de la feuille (en, es, fr, de...).</translation>
    </message>
    <message>
        <source>Put first the questions that matter most for this disc.</source>
        <translation>Mettre en premier les questions les plus importantes pour ce disque.</translation>
    </message>
    <message>
        <source>Print in large letters.</source>
        <translation>Imprimer en gros caractères.</translation>
    </message>
    <message>
        <source>sheet needs --output FILE.pdf, and no other argument.</source>
        <translation>sheet a besoin de --output FILE.pdf, et d&apos;aucun autre argument.</translation>
    </message>
    <message>
        <source>ScanShield has no translation for &quot;%1&quot;; it has: %2.</source>
        <translation>ScanShield n&apos;a pas de traduction pour « %1 » ; les langues disponibles sont : %2.</translation>
    </message>
    <message>
        <source>The question sheet is in %1.</source>
        <translation>La feuille de questions est en %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See what your imaging disc says about you, and make a safe copy.</source>
        <translation>Voyez ce que votre disque d&apos;imagerie dit de vous, et faites-en une copie sûre.</translation>
    </message>
    <message>
        <source>A disc folder, DICOMDIR, ZIP or ISO file to open.</source>
        <translation>Un dossier de disque, un DICOMDIR, un fichier ZIP ou ISO à ouvrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the disc is read, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE une fois le disque lu, puis quitter.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::AppointmentBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>&amp;Rendez-vous :</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Add another appointment, with its own answers</source>
        <translation>Ajouter un autre rendez-vous, avec ses propres réponses</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Change the name, date, place or kind of scan</source>
        <translation>Modifier le nom, la date, le lieu ou le type d&apos;examen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete this appointment and the answers you noted for it</source>
        <translation>Supprimer ce rendez-vous et les réponses que vous avez notées pour lui</translation>
    </message>
    <message>
        <source>My next appointment</source>
        <translation>Mon prochain rendez-vous</translation>
    </message>
    <message>
        <source>Your answers cannot be saved on this computer: %1</source>
        <translation>Vos réponses ne peuvent pas être enregistrées sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>The appointment could not be saved: %1</source>
        <translation>Le rendez-vous n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Delete this appointment?</source>
        <translation>Supprimer ce rendez-vous ?</translation>
    </message>
    <message>
        <source>Delete “%1” and every answer and note you wrote for it? This cannot be undone.</source>
        <translation>Supprimer « %1 » et toutes les réponses et notes que vous avez écrites pour lui ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>The appointment could not be deleted: %1</source>
        <translation>Le rendez-vous n&apos;a pas pu être supprimé : %1</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>About this appointment</source>
        <translation>À propos de ce rendez-vous</translation>
    </message>
    <message>
        <source>These details stay on this computer. They are printed at the top of your question sheet.</source>
        <translation>Ces informations restent sur cet ordinateur. Elles sont imprimées en haut de votre feuille de questions.</translation>
    </message>
    <message>
        <source>For example: Dr Weber, knee MRI</source>
        <translation>Par exemple : Dr Weber, IRM du genou</translation>
    </message>
    <message>
        <source>Name of the appointment</source>
        <translation>Nom du rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>I know the &amp;date</source>
        <translation>Je connais la &amp;date</translation>
    </message>
    <message>
        <source>Date of the appointment</source>
        <translation>Date du rendez-vous</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>The hospital or clinic</source>
        <translation>L&apos;hôpital ou la clinique</translation>
    </message>
    <message>
        <source>Place of the appointment</source>
        <translation>Lieu du rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>IRM</translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Radiographie</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Échographie</translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation>Mammographie</translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation>TEP (PET scan)</translation>
    </message>
    <message>
        <source>Kind of scan</source>
        <translation>Type d&apos;examen</translation>
    </message>
    <message>
        <source>Choose or write one</source>
        <translation>Choisissez ou écrivez-en un</translation>
    </message>
    <message>
        <source>&amp;Kind of scan:</source>
        <translation>&amp;Type d&apos;examen :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ConsentPhraseDetails</name>
    <message>
        <source>Marked here: “%1”, page %2.</source>
        <translation>Repéré ici : « %1 », page %2.</translation>
    </message>
    <message>
        <source>Marked here: “%1”.</source>
        <translation>Repéré ici : « %1 ».</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Pourquoi c&apos;est important : %1</translation>
    </message>
    <message>
        <source>Add this question to my list: %1</source>
        <translation>Ajouter cette question à ma liste : %1</translation>
    </message>
    <message>
        <source>Added to my list</source>
        <translation>Ajoutée à ma liste</translation>
    </message>
    <message>
        <source>Add this question to my list</source>
        <translation>Ajouter cette question à ma liste</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Quoi demander</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ConsentReaderDialog</name>
    <message>
        <source>Page %1: “%2”</source>
        <translation>Page %1 : « %2 »</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Read a consent form</source>
        <translation>Lire un formulaire de consentement</translation>
    </message>
    <message>
        <source>Open the consent form you were given, or paste its words. ScanShield marks the phrases that decide what may be done with your images, and tells you what to ask about each. It reads forms written in English.</source>
        <translation>Ouvrez le formulaire de consentement qui vous a été remis, ou collez-en le texte. ScanShield repère les expressions qui décident de ce qui peut être fait avec vos images, et vous dit quoi demander pour chacune. Il lit les formulaires rédigés en anglais.</translation>
    </message>
    <message>
        <source>&amp;Open a consent form (PDF)…</source>
        <translation>&amp;Ouvrir un formulaire de consentement (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>&amp;Coller le texte</translation>
    </message>
    <message>
        <source>Try it with a &amp;sample form</source>
        <translation>Essayer avec un formulaire d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>A made-up hospital&apos;s consent form, to see what ScanShield marks.</source>
        <translation>Le formulaire de consentement d&apos;un hôpital imaginaire, pour voir ce que ScanShield repère.</translation>
    </message>
    <message>
        <source>The consent form, with the phrases that matter marked</source>
        <translation>Le formulaire de consentement, avec les expressions importantes repérées</translation>
    </message>
    <message>
        <source>Open a consent form or paste its text, and it appears here.</source>
        <translation>Ouvrez un formulaire de consentement ou collez son texte : il apparaîtra ici.</translation>
    </message>
    <message>
        <source>What ScanShield &amp;found</source>
        <translation>Ce que ScanShield a &amp;trouvé</translation>
    </message>
    <message>
        <source>What ScanShield found, by kind</source>
        <translation>Ce que ScanShield a trouvé, par catégorie</translation>
    </message>
    <message>
        <source>When a form is open, choose a place in the list to see why it matters and what to ask.</source>
        <translation>Quand un formulaire est ouvert, choisissez un endroit dans la liste pour voir pourquoi c&apos;est important et quoi demander.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n page</numerusform>
            <numerusform>%1, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>Le texte collé</translation>
    </message>
    <message>
        <source>There is no text to read. Copy the words of the form and paste them again.</source>
        <translation>Il n&apos;y a aucun texte à lire. Copiez le texte du formulaire et collez-le à nouveau.</translation>
    </message>
    <message>
        <source>ScanShield found none of the phrases it looks for. That does not mean the form is harmless; read it carefully.</source>
        <translation>ScanShield n&apos;a trouvé aucune des expressions qu&apos;il recherche. Cela ne veut pas dire que le formulaire est sans risque ; lisez-le attentivement.</translation>
    </message>
    <message numerus="yes">
        <source>%1. ScanShield marked %n place(s) in the form. Choose one in the list to see why it matters and what to ask.</source>
        <translation>
            <numerusform>%1. ScanShield a repéré %n endroit dans le formulaire. Choisissez-le dans la liste pour voir pourquoi c&apos;est important et quoi demander.</numerusform>
            <numerusform>%1. ScanShield a repéré %n endroits dans le formulaire. Choisissez-en un dans la liste pour voir pourquoi c&apos;est important et quoi demander.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a place in the list, or click a marked phrase in the form.</source>
        <translation>Choisissez un endroit dans la liste, ou cliquez sur une expression repérée dans le formulaire.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n place(s)</source>
        <translation>
            <numerusform>%1 — %n endroit</numerusform>
            <numerusform>%1 — %n endroits</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a consent form</source>
        <translation>Ouvrir un formulaire de consentement</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paste the consent form&apos;s text</source>
        <translation>Coller le texte du formulaire de consentement</translation>
    </message>
    <message>
        <source>Copy the words of the form from where you read them, paste them here, and choose OK.</source>
        <translation>Copiez le texte du formulaire là où vous le lisez, collez-le ici, puis choisissez OK.</translation>
    </message>
    <message>
        <source>The sample form could not be made: %1</source>
        <translation>Le formulaire d&apos;exemple n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>The sample consent form (fictional)</source>
        <translation>Le formulaire de consentement d&apos;exemple (fictif)</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::DiscTreeModel</name>
    <message>
        <source>Unnamed patient</source>
        <translation>Patient sans nom</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message>
        <source>Visit on an unknown date</source>
        <translation>Visite à une date inconnue</translation>
    </message>
    <message>
        <source>Visit on %1</source>
        <translation>Visite du %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>On this disc</source>
        <translation>Sur ce disque</translation>
    </message>
    <message>
        <source>Series number %1 · %2</source>
        <translation>Série numéro %1 · %2</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ExposurePage</name>
    <message>
        <source>identifies you</source>
        <translation>vous identifie</translation>
    </message>
    <message>
        <source>could help identify you</source>
        <translation>pourrait aider à vous identifier</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>rien trouvé</translation>
    </message>
    <message>
        <source>the disc&apos;s table of contents</source>
        <translation>la table des matières du disque</translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation>
            <numerusform>dans %n fichier</numerusform>
            <numerusform>dans %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of what the disc reveals</source>
        <translation>Résumé de ce que révèle le disque</translation>
    </message>
    <message>
        <source>Show the values</source>
        <translation>Afficher les valeurs</translation>
    </message>
    <message>
        <source>Values are hidden so that nobody looking over your shoulder reads them. Click a row to see one value.</source>
        <translation>Les valeurs sont masquées pour que personne ne les lise par-dessus votre épaule. Cliquez sur une ligne pour voir une valeur.</translation>
    </message>
    <message>
        <source>Show technical details (tag numbers)</source>
        <translation>Afficher les détails techniques (numéros de balise)</translation>
    </message>
    <message>
        <source>Printable report…</source>
        <translation>Rapport imprimable…</translation>
    </message>
    <message>
        <source>See this report as a document you can save or print.</source>
        <translation>Voir ce rapport sous forme de document que vous pouvez enregistrer ou imprimer.</translation>
    </message>
    <message>
        <source>Kinds of information on the disc</source>
        <translation>Types d&apos;informations sur le disque</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Name in the standard</source>
        <translation>Nom dans la norme</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>À l&apos;intérieur</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>What the disc reveals in this kind</source>
        <translation>Ce que le disque révèle dans cette catégorie</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Open a disc to see what it reveals about you.</source>
        <translation>Ouvrez un disque pour voir ce qu&apos;il révèle sur vous.</translation>
    </message>
    <message>
        <source>Your name appears in %1 places on this disc, written %2 different ways.</source>
        <translation>Votre nom apparaît à %1 endroits sur ce disque, écrit de %2 façons différentes.</translation>
    </message>
    <message>
        <source>This disc does not seem to show your name. Check the other kinds below.</source>
        <translation>Ce disque ne semble pas montrer votre nom. Vérifiez les autres catégories ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n item(s)</source>
        <translation>
            <numerusform>%1
%2 · %n élément</numerusform>
            <numerusform>%1
%2 · %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n reference number(s)</source>
        <translation>
            <numerusform> et %n numéro de référence</numerusform>
            <numerusform> et %n numéros de référence</numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden: click to show)</source>
        <translation>(masqué : cliquez pour afficher)</translation>
    </message>
    <message>
        <source>%1 (mentions you)</source>
        <translation>%1 (vous mentionne)</translation>
    </message>
    <message>
        <source>Hidden reference numbers</source>
        <translation>Numéros de référence cachés</translation>
    </message>
    <message numerus="yes">
        <source>%n different number(s)</source>
        <translation>
            <numerusform>%n numéro différent</numerusform>
            <numerusform>%n numéros différents</numerusform>
        </translation>
    </message>
    <message>
        <source>Show your face in 3D</source>
        <translation>Afficher votre visage en 3D</translation>
    </message>
    <message>
        <source>Show on the picture</source>
        <translation>Afficher sur l&apos;image</translation>
    </message>
    <message>
        <source>See the picture of your head that anyone can rebuild from this scan, and turn it.</source>
        <translation>Voir l&apos;image de votre tête que n&apos;importe qui peut reconstruire à partir de cet examen, et la faire tourner.</translation>
    </message>
    <message>
        <source>See this text where it is in the picture, with a box around it.</source>
        <translation>Voir ce texte à son emplacement dans l&apos;image, entouré d&apos;un cadre.</translation>
    </message>
    <message>
        <source>Every file carries long unique numbers that link it to the other files of your scan and to the hospital&apos;s records. They do not show your name, but anyone with the hospital&apos;s records could use them to find you, so privacy law counts them as identifiers.</source>
        <translation>Chaque fichier porte de longs numéros uniques qui le relient aux autres fichiers de votre examen et aux dossiers de l&apos;hôpital. Ils ne montrent pas votre nom, mais toute personne ayant accès aux dossiers de l&apos;hôpital pourrait s&apos;en servir pour vous retrouver ; c&apos;est pourquoi la loi sur la vie privée les considère comme des identifiants.</translation>
    </message>
    <message>
        <source>&lt;p&gt;United States privacy law (HIPAA Safe Harbor) counts this as an identifier: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La loi américaine sur la vie privée (HIPAA Safe Harbor) considère ceci comme un identifiant : %1.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Found in %n file(s), for example:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Trouvé dans %n fichier, par exemple :&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Trouvé dans %n fichiers, par exemple :&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scanshield::ui::FaceDialog</name>
    <message>
        <source>Your face in this scan</source>
        <translation>Votre visage dans cet examen</translation>
    </message>
    <message>
        <source>Your head rebuilt in 3D from this scan. Arrow keys turn it.</source>
        <translation>Votre tête reconstruite en 3D à partir de cet examen. Les touches fléchées la font tourner.</translation>
    </message>
    <message>
        <source>This picture is made on this computer and goes nowhere. Home shows the face again.</source>
        <translation>Cette image est créée sur cet ordinateur et n&apos;est envoyée nulle part. La touche Origine (Home) réaffiche le visage.</translation>
    </message>
    <message>
        <source>Reading %1 and rebuilding your head…</source>
        <translation>Lecture de %1 et reconstruction de votre tête…</translation>
    </message>
    <message>
        <source>This scan cannot be shown in 3D: %1</source>
        <translation>Cet examen ne peut pas être affiché en 3D : %1</translation>
    </message>
    <message>
        <source>This is your head as anyone with a copy of this disc can rebuild it.</source>
        <translation>Voici votre tête telle que toute personne ayant une copie de ce disque peut la reconstruire.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::MainWindow</name>
    <message>
        <source>ScanShield</source>
        <translation>ScanShield</translation>
    </message>
    <message>
        <source>Looking through every file for what identifies you: %1 of %2…</source>
        <translation>Recherche, dans chaque fichier, de ce qui vous identifie : %1 sur %2…</translation>
    </message>
    <message>
        <source>Open your imaging disc to see what is on it.</source>
        <translation>Ouvrez votre disque d&apos;imagerie pour voir ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>What is on this disc</source>
        <translation>Ce que contient ce disque</translation>
    </message>
    <message>
        <source>Patients, visits and series on the disc</source>
        <translation>Patients, visites et séries du disque</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Autres fichiers</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>What this disc reveals about you</source>
        <translation>Ce que ce disque révèle sur vous</translation>
    </message>
    <message>
        <source>Reading the disc: %v of %m files</source>
        <translation>Lecture du disque : %v fichiers sur %m</translation>
    </message>
    <message>
        <source>Progress of reading the disc</source>
        <translation>Progression de la lecture du disque</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <source>&amp;Disc</source>
        <translation>&amp;Disque</translation>
    </message>
    <message>
        <source>&amp;Open a disc or folder…</source>
        <translation>&amp;Ouvrir un disque ou un dossier…</translation>
    </message>
    <message>
        <source>Open a &amp;ZIP, ISO or DICOMDIR file…</source>
        <translation>Ouvrir un fichier &amp;ZIP, ISO ou DICOMDIR…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;demo disc</source>
        <translation>Ouvrir le disque de &amp;démonstration</translation>
    </message>
    <message>
        <source>Make a &amp;safe copy…</source>
        <translation>Faire une &amp;copie sûre…</translation>
    </message>
    <message>
        <source>Make an anonymized copy of this disc on this computer, checked before it is called safe. Available once ScanShield has looked through the disc.</source>
        <translation>Faire une copie anonymisée de ce disque sur cet ordinateur, vérifiée avant d&apos;être déclarée sûre. Disponible une fois que ScanShield a parcouru le disque.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Brightness and contrast:</source>
        <translation>Luminosité et contraste :</translation>
    </message>
    <message>
        <source>Show the picture with the &quot;%1&quot; brightness and contrast. You can also drag with the left mouse button.</source>
        <translation>Afficher l&apos;image avec la luminosité et le contraste « %1 ». Vous pouvez aussi faire glisser avec le bouton gauche de la souris.</translation>
    </message>
    <message>
        <source>Choose your disc or its folder</source>
        <translation>Choisissez votre disque ou son dossier</translation>
    </message>
    <message>
        <source>Choose a disc file</source>
        <translation>Choisissez un fichier de disque</translation>
    </message>
    <message>
        <source>Disc files (*.zip *.iso DICOMDIR);;All files (*)</source>
        <translation>Fichiers de disque (*.zip *.iso DICOMDIR);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The demo disc could not be prepared: %1</source>
        <translation>Le disque de démonstration n&apos;a pas pu être préparé : %1</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Lecture du disque…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>ScanShield: %1</source>
        <translation>ScanShield : %1</translation>
    </message>
    <message>
        <source>Other files (%1)</source>
        <translation>Autres fichiers (%1)</translation>
    </message>
    <message>
        <source>Reading stopped. What was read so far is shown.</source>
        <translation>Lecture arrêtée. Ce qui a été lu jusqu&apos;ici est affiché.</translation>
    </message>
    <message numerus="yes">
        <source>Finished reading %n file(s).</source>
        <translation>
            <numerusform>Lecture terminée : %n fichier.</numerusform>
            <numerusform>Lecture terminée : %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;ScanShield could not open this.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ScanShield n&apos;a pas pu ouvrir ceci.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No medical images were found here.</source>
        <translation>Aucune image médicale n&apos;a été trouvée ici.</translation>
    </message>
    <message numerus="yes">
        <source>This disc holds the scans of &lt;b&gt;%1&lt;/b&gt;: %n visit(s),</source>
        <translation>
            <numerusform>Ce disque contient les examens de &lt;b&gt;%1&lt;/b&gt; : %n visite,</numerusform>
            <numerusform>Ce disque contient les examens de &lt;b&gt;%1&lt;/b&gt; : %n visites,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series,</source>
        <translation>
            <numerusform>%n série,</numerusform>
            <numerusform>%n séries,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s).</source>
        <translation>
            <numerusform>%n image.</numerusform>
            <numerusform>%n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also on the disc: %n other file(s), listed below.</source>
        <translation>
            <numerusform>Également sur le disque : %n autre fichier, listé ci-dessous.</numerusform>
            <numerusform>Également sur le disque : %n autres fichiers, listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::OtherFilesPanel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce que c&apos;est</translation>
    </message>
    <message>
        <source>Files on the disc that are not pictures</source>
        <translation>Fichiers du disque qui ne sont pas des images</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::PdfPreviewPane</name>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>The preview could not be made: there is no room for a temporary file.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être créé : il n&apos;y a pas de place pour un fichier temporaire.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être créé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être lancée.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionAnswerBox</name>
    <message>
        <source>Because of your disc: %1</source>
        <translation>En raison de votre disque : %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>I asked this question</source>
        <translation>J&apos;ai posé cette question</translation>
    </message>
    <message>
        <source>I asked: %1</source>
        <translation>J&apos;ai demandé : %1</translation>
    </message>
    <message>
        <source>The answer to: %1</source>
        <translation>La réponse à : %1</translation>
    </message>
    <message>
        <source>What they told you</source>
        <translation>Ce qu&apos;on vous a répondu</translation>
    </message>
    <message>
        <source>My note on: %1</source>
        <translation>Ma note sur : %1</translation>
    </message>
    <message>
        <source>Anything to remember or follow up</source>
        <translation>Tout ce qu&apos;il faut retenir ou suivre</translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>La réponse :</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Ma note :</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionSheetDialog</name>
    <message>
        <source>Your question sheet</source>
        <translation>Votre feuille de questions</translation>
    </message>
    <message>
        <source>&amp;Blank sheet to write on</source>
        <translation>Feuille &amp;vierge à remplir</translation>
    </message>
    <message>
        <source>With my &amp;answers so far</source>
        <translation>Avec mes &amp;réponses jusqu&apos;ici</translation>
    </message>
    <message>
        <source>You have not noted any answers yet.</source>
        <translation>Vous n&apos;avez encore noté aucune réponse.</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Grands caractères</translation>
    </message>
    <message>
        <source>Preview of your question sheet</source>
        <translation>Aperçu de votre feuille de questions</translation>
    </message>
    <message>
        <source>Save the question sheet</source>
        <translation>Enregistrer la feuille de questions</translation>
    </message>
    <message>
        <source>questions-for-my-appointment.pdf</source>
        <translation>questions-pour-mon-rendez-vous.pdf</translation>
    </message>
    <message>
        <source>Print the question sheet</source>
        <translation>Imprimer la feuille de questions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionsMenu</name>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>Prepare &amp;questions for your appointment…</source>
        <translation>Préparer des &amp;questions pour votre rendez-vous…</translation>
    </message>
    <message>
        <source>The questions to ask about AI, consent forms and cloud storage, one topic at a time, with room for the answers you are given.</source>
        <translation>Les questions à poser sur l&apos;IA, les formulaires de consentement et le stockage dans le cloud, un thème à la fois, avec de la place pour les réponses qu&apos;on vous donne.</translation>
    </message>
    <message>
        <source>Read a &amp;consent form…</source>
        <translation>Lire un formulaire de &amp;consentement…</translation>
    </message>
    <message>
        <source>Print a question &amp;sheet…</source>
        <translation>Imprimer une &amp;feuille de questions…</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionsWindow</name>
    <message>
        <source>Questions for your appointment</source>
        <translation>Questions pour votre rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>&amp;Grands caractères</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Progress through the steps</source>
        <translation>Progression dans les étapes</translation>
    </message>
    <message>
        <source>&amp;Print the question sheet…</source>
        <translation>&amp;Imprimer la feuille de questions…</translation>
    </message>
    <message>
        <source>&amp;Read a consent form…</source>
        <translation>&amp;Lire un formulaire de consentement…</translation>
    </message>
    <message>
        <source>Your answers are saved on this computer as you go.</source>
        <translation>Vos réponses sont enregistrées sur cet ordinateur au fur et à mesure.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Step %1 of %2. You have asked %3 of %4 questions.</source>
        <translation>Étape %1 sur %2. Vous avez posé %3 questions sur %4.</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Vos réponses n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>%1. %2 ✓</source>
        <translation>%1. %2 ✓</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Your answers cannot be saved on this computer and will be gone when this window closes. (%1)</source>
        <translation>Vos réponses ne peuvent pas être enregistrées sur cet ordinateur et disparaîtront à la fermeture de cette fenêtre. (%1)</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ReportPreviewDialog</name>
    <message>
        <source>Your privacy report</source>
        <translation>Votre rapport de confidentialité</translation>
    </message>
    <message>
        <source>Print the values (your name, numbers, dates)</source>
        <translation>Imprimer les valeurs (votre nom, vos numéros, vos dates)</translation>
    </message>
    <message>
        <source>Leave this off if the printout may be left where others can read it.</source>
        <translation>Laissez cette option désactivée si la version imprimée risque d&apos;être laissée là où d&apos;autres peuvent la lire.</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Grands caractères</translation>
    </message>
    <message>
        <source>Preview of the privacy report</source>
        <translation>Aperçu du rapport de confidentialité</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>privacy-report.pdf</source>
        <translation>rapport-confidentialite.pdf</translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation>Enregistrer le rapport de confidentialité</translation>
    </message>
    <message>
        <source>Print the privacy report</source>
        <translation>Imprimer le rapport de confidentialité</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyChoosePage</name>
    <message>
        <source>What goes into the copy</source>
        <translation>Ce qui va dans la copie</translation>
    </message>
    <message>
        <source>Every series of pictures is included. Untick what you do not want to give away.</source>
        <translation>Toutes les séries d&apos;images sont incluses. Décochez ce que vous ne voulez pas transmettre.</translation>
    </message>
    <message>
        <source>Visits and series to include in the copy</source>
        <translation>Visites et séries à inclure dans la copie</translation>
    </message>
    <message>
        <source>Files that are not pictures are left out unless you tick them. They are copied exactly as they are: ScanShield cannot change what is inside them.</source>
        <translation>Les fichiers qui ne sont pas des images sont exclus, sauf si vous les cochez. Ils sont copiés tels quels : ScanShield ne peut pas modifier leur contenu.</translation>
    </message>
    <message>
        <source>Files that are not pictures</source>
        <translation>Fichiers qui ne sont pas des images</translation>
    </message>
    <message>
        <source>A visit without a date</source>
        <translation>Une visite sans date</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n picture(s))</source>
        <translation>
            <numerusform>%1 (%n image)</numerusform>
            <numerusform>%1 (%n images)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n document(s))</source>
        <translation>
            <numerusform>%1 (%n document)</numerusform>
            <numerusform>%1 (%n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield cannot read it to check it.</source>
        <translation>ScanShield ne peut pas le lire pour le vérifier.</translation>
    </message>
    <message>
        <source>It mentions your name.</source>
        <translation>Il mentionne votre nom.</translation>
    </message>
    <message>
        <source>It mentions your ID number or birth date.</source>
        <translation>Il mentionne votre numéro d&apos;identification ou votre date de naissance.</translation>
    </message>
    <message>
        <source>ScanShield found none of your details in it.</source>
        <translation>ScanShield n&apos;y a trouvé aucune de vos informations.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>There are none on this disc.</source>
        <translation>Il n&apos;y en a aucun sur ce disque.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyDestinationPage</name>
    <message>
        <source>Where to put the copy</source>
        <translation>Où placer la copie</translation>
    </message>
    <message>
        <source>Choose a place on this computer or on a USB stick. The copy is made here, on this computer; nothing is sent anywhere.</source>
        <translation>Choisissez un emplacement sur cet ordinateur ou sur une clé USB. La copie est faite ici, sur cet ordinateur ; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Make the copy</source>
        <translation>Faire la copie</translation>
    </message>
    <message>
        <source>Folder in which to save the copy</source>
        <translation>Dossier dans lequel enregistrer la copie</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder in which to save the copy</source>
        <translation>Choisissez le dossier dans lequel enregistrer la copie</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <source>Anonymized copy %1</source>
        <translation>Copie anonymisée %1</translation>
    </message>
    <message>
        <source>Name of the copy&apos;s folder</source>
        <translation>Nom du dossier de la copie</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie :</translation>
    </message>
    <message>
        <source>After the copy is made, ScanShield reads all of it back, the text in its pictures too, and tells you whether anything of yours is still in it. That can take a few minutes.</source>
        <translation>Une fois la copie faite, ScanShield la relit entièrement, y compris le texte de ses images, et vous dit s&apos;il y reste quelque chose qui vous concerne. Cela peut prendre quelques minutes.</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Choisissez où enregistrer la copie</translation>
    </message>
    <message>
        <source>Choose a folder and give the copy a name.</source>
        <translation>Choisissez un dossier et donnez un nom à la copie.</translation>
    </message>
    <message>
        <source>The name cannot contain / or \.</source>
        <translation>Le nom ne peut pas contenir / ni \.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>ScanShield cannot write in %1. Choose another folder.</source>
        <translation>ScanShield ne peut pas écrire dans %1. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The copy cannot go inside the original disc. Choose another folder.</source>
        <translation>La copie ne peut pas être placée à l&apos;intérieur du disque d&apos;origine. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>There is not enough room there: the copy needs about %1, and %2 is free.</source>
        <translation>Il n&apos;y a pas assez de place à cet endroit : la copie a besoin d&apos;environ %1, et il ne reste que %2 de libre.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyOptionsPage</name>
    <message>
        <source>How to anonymize</source>
        <translation>Comment anonymiser</translation>
    </message>
    <message>
        <source>The choices that protect you most are already made. Change them only if whoever receives the copy needs something kept.</source>
        <translation>Les choix qui vous protègent le mieux sont déjà faits. Ne les modifiez que si la personne qui reçoit la copie a besoin que quelque chose soit conservé.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Move all dates by the same secret number of days (recommended)</source>
        <translation>Décaler toutes les dates d&apos;un même nombre secret de jours (recommandé)</translation>
    </message>
    <message>
        <source>The time between your scans stays right, which doctors and researchers often need.</source>
        <translation>L&apos;écart entre vos examens reste exact, ce dont les médecins et les chercheurs ont souvent besoin.</translation>
    </message>
    <message>
        <source>Remove the dates</source>
        <translation>Supprimer les dates</translation>
    </message>
    <message>
        <source>Safest, but nobody can tell when the scans were made.</source>
        <translation>Le plus sûr, mais personne ne pourra savoir quand les examens ont été faits.</translation>
    </message>
    <message>
        <source>Keep the real dates</source>
        <translation>Garder les vraies dates</translation>
    </message>
    <message>
        <source>Your birth date is still removed, but the dates of your visits help others find out who you are.</source>
        <translation>Votre date de naissance est quand même supprimée, mais les dates de vos visites aident d&apos;autres personnes à découvrir qui vous êtes.</translation>
    </message>
    <message>
        <source>What to keep or remove</source>
        <translation>Ce qu&apos;il faut garder ou supprimer</translation>
    </message>
    <message>
        <source>Black out text written into the pictures (recommended)</source>
        <translation>Masquer en noir le texte écrit dans les images (recommandé)</translation>
    </message>
    <message numerus="yes">
        <source>ScanShield found text in %n picture(s) of this disc.</source>
        <translation>
            <numerusform>ScanShield a trouvé du texte dans %n image de ce disque.</numerusform>
            <numerusform>ScanShield a trouvé du texte dans %n images de ce disque.</numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield found no text in the pictures of this disc.</source>
        <translation>ScanShield n&apos;a trouvé aucun texte dans les images de ce disque.</translation>
    </message>
    <message>
        <source>Remove your face from 3D scans of your head (defacing)</source>
        <translation>Retirer votre visage des examens 3D de votre tête (défacialisation)</translation>
    </message>
    <message numerus="yes">
        <source>ScanShield found your face in %n scan(s) of this disc. The front of the head, below the brain, is cut away; the brain is not touched. Leave this off if whoever receives the copy needs to see the face, the sinuses or the eyes.</source>
        <translation>
            <numerusform>ScanShield a trouvé votre visage dans %n examen de ce disque. L&apos;avant de la tête, sous le cerveau, est retiré ; le cerveau n&apos;est pas touché. Laissez cette option désactivée si la personne qui reçoit la copie a besoin de voir le visage, les sinus ou les yeux.</numerusform>
            <numerusform>ScanShield a trouvé votre visage dans %n examens de ce disque. L&apos;avant de la tête, sous le cerveau, est retiré ; le cerveau n&apos;est pas touché. Laissez cette option désactivée si la personne qui reçoit la copie a besoin de voir le visage, les sinus ou les yeux.</numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield found no 3D scan of a head on this disc.</source>
        <translation>ScanShield n&apos;a trouvé aucun examen 3D d&apos;une tête sur ce disque.</translation>
    </message>
    <message>
        <source>Keep descriptions such as &quot;CT head&quot; that do not name you (recommended)</source>
        <translation>Garder les descriptions comme « Scanner tête » qui ne vous nomment pas (recommandé)</translation>
    </message>
    <message>
        <source>Descriptions that mention your name, ID or birth date are always removed.</source>
        <translation>Les descriptions qui mentionnent votre nom, votre identifiant ou votre date de naissance sont toujours supprimées.</translation>
    </message>
    <message>
        <source>Keep your age, sex, height and weight</source>
        <translation>Garder votre âge, votre sexe, votre taille et votre poids</translation>
    </message>
    <message>
        <source>Researchers often need them, but they narrow down who you are.</source>
        <translation>Les chercheurs en ont souvent besoin, mais ils permettent de savoir plus précisément qui vous êtes.</translation>
    </message>
    <message>
        <source>Keep the name and address of the hospital</source>
        <translation>Garder le nom et l&apos;adresse de l&apos;hôpital</translation>
    </message>
    <message>
        <source>Tells where you were treated, and so where you live.</source>
        <translation>Indique où vous avez été soigné(e), et donc où vous habitez.</translation>
    </message>
    <message>
        <source>Keep the identity of the scanner (serial numbers, station names)</source>
        <translation>Garder l&apos;identité de l&apos;appareil (numéros de série, noms de poste)</translation>
    </message>
    <message>
        <source>Links the scan to one machine in one hospital.</source>
        <translation>Relie l&apos;examen à un appareil précis dans un hôpital précis.</translation>
    </message>
    <message>
        <source>Keep the original reference numbers (UIDs)</source>
        <translation>Garder les numéros de référence d&apos;origine (UID)</translation>
    </message>
    <message>
        <source>Only if the receiver must match the copy with the hospital&apos;s records: they lead back to you.</source>
        <translation>Seulement si le destinataire doit faire correspondre la copie avec les dossiers de l&apos;hôpital : ces numéros mènent jusqu&apos;à vous.</translation>
    </message>
    <message>
        <source>Also remove drawings and notes saved with the pictures</source>
        <translation>Supprimer aussi les dessins et notes enregistrés avec les images</translation>
    </message>
    <message>
        <source>Marks and annotations may hold names or dates.</source>
        <translation>Les marques et annotations peuvent contenir des noms ou des dates.</translation>
    </message>
    <message>
        <source>Also clean structured reports</source>
        <translation>Nettoyer aussi les comptes rendus structurés</translation>
    </message>
    <message>
        <source>Removes names and places from the contents of reports stored as DICOM files.</source>
        <translation>Supprime les noms et les lieux du contenu des comptes rendus enregistrés sous forme de fichiers DICOM.</translation>
    </message>
    <message>
        <source>Always removed: your name, ID numbers, birth date, address, the doctors&apos; names, and data that only the scanner&apos;s maker can read.</source>
        <translation>Toujours supprimés : votre nom, vos numéros d&apos;identification, votre date de naissance, votre adresse, les noms des médecins, et les données que seul le fabricant de l&apos;appareil peut lire.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyPreviewPage</name>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>emptied</source>
        <translation>vidé</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>Before and after: one file</source>
        <translation>Avant et après : un fichier</translation>
    </message>
    <message>
        <source>This is what one file of the copy will say, with the choices you made. Nothing has been written yet.</source>
        <translation>Voici ce que contiendra un fichier de la copie, avec les choix que vous avez faits. Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>A file from:</source>
        <translation>Un fichier de :</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>On your disc</source>
        <translation>Sur votre disque</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>Dans la copie</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Details of one file, before and after</source>
        <translation>Informations d&apos;un fichier, avant et après</translation>
    </message>
    <message>
        <source>Show the values from your disc</source>
        <translation>Afficher les valeurs de votre disque</translation>
    </message>
    <message>
        <source>Also show what stays the same</source>
        <translation>Afficher aussi ce qui ne change pas</translation>
    </message>
    <message>
        <source>This file cannot be read, so it cannot be shown here; it will be named in the result if it cannot be copied either.</source>
        <translation>Ce fichier ne peut pas être lu, il ne peut donc pas être affiché ici ; il sera cité dans le résultat s&apos;il ne peut pas non plus être copié.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyProgressPage</name>
    <message>
        <source>Making your copy</source>
        <translation>Création de votre copie</translation>
    </message>
    <message>
        <source>Your original is only read, never changed. You can stop at any time; nothing is kept then.</source>
        <translation>Votre original est seulement lu, jamais modifié. Vous pouvez arrêter à tout moment ; rien n&apos;est alors conservé.</translation>
    </message>
    <message>
        <source>Progress of the copy</source>
        <translation>Progression de la copie</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>The disc could not be read again: %1</source>
        <translation>Le disque n&apos;a pas pu être relu : %1</translation>
    </message>
    <message>
        <source>Finding where to cut your face away from the 3D scans of your head…</source>
        <translation>Recherche de l&apos;endroit où retirer votre visage des examens 3D de votre tête…</translation>
    </message>
    <message>
        <source>Anonymizing file %1 of %2…</source>
        <translation>Anonymisation du fichier %1 sur %2…</translation>
    </message>
    <message>
        <source>Checking the copy: reading it back, pictures included, %1 of %2…</source>
        <translation>Vérification de la copie : relecture, images comprises, %1 sur %2…</translation>
    </message>
    <message>
        <source>Checking that your face is gone from the copy…</source>
        <translation>Vérification que votre visage a disparu de la copie…</translation>
    </message>
    <message>
        <source>Stopping, and removing what was written…</source>
        <translation>Arrêt en cours, et suppression de ce qui a été écrit…</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyResultPage</name>
    <message>
        <source>What the check found, and files not copied</source>
        <translation>Ce que la vérification a trouvé, et les fichiers non copiés</translation>
    </message>
    <message>
        <source>Open the folder of the copy</source>
        <translation>Ouvrir le dossier de la copie</translation>
    </message>
    <message>
        <source>Look at the copy in ScanShield</source>
        <translation>Examiner la copie dans ScanShield</translation>
    </message>
    <message numerus="yes">
        <source>%n picture file(s) copied to %1.</source>
        <translation>
            <numerusform>%n fichier image copié dans %1.</numerusform>
            <numerusform>%n fichiers image copiés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your face was cut away from the 3D scans of your head (%n picture(s)).</source>
        <translation>
            <numerusform>Votre visage a été retiré des examens 3D de votre tête (%n image).</numerusform>
            <numerusform>Votre visage a été retiré des examens 3D de votre tête (%n images).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text written into %n picture(s) was blacked out.</source>
        <translation>
            <numerusform>Le texte écrit dans %n image a été masqué en noir.</numerusform>
            <numerusform>Le texte écrit dans %n images a été masqué en noir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that are not pictures copied as they were, into the folder OTHER.</source>
        <translation>
            <numerusform>%n fichier qui n&apos;est pas une image a été copié tel quel, dans le dossier OTHER.</numerusform>
            <numerusform>%n fichiers qui ne sont pas des images ont été copiés tels quels, dans le dossier OTHER.</numerusform>
        </translation>
    </message>
    <message>
        <source>All dates were moved by the same number of days.</source>
        <translation>Toutes les dates ont été décalées du même nombre de jours.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be copied; they are listed below.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être copié ; il est listé ci-dessous.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être copiés ; ils sont listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy&apos;s README.TXT says what was done, for whoever receives it.</source>
        <translation>Le fichier README.TXT de la copie indique ce qui a été fait, pour la personne qui la reçoit.</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Aucune copie n&apos;a été faite</translation>
    </message>
    <message>
        <source>The copy was stopped. Nothing was kept.</source>
        <translation>La copie a été arrêtée. Rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The copy could not be made.</source>
        <translation>La copie n&apos;a pas pu être faite.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Non copié : %1</translation>
    </message>
    <message>
        <source>Your anonymized copy is ready</source>
        <translation>Votre copie anonymisée est prête</translation>
    </message>
    <message>
        <source>Checked: nothing that identifies you was found in the copy.</source>
        <translation>Vérifié : rien qui vous identifie n&apos;a été trouvé dans la copie.</translation>
    </message>
    <message>
        <source>ScanShield read every file of the copy back, and the text in its pictures, looking for your name, ID numbers, birth date and every other detail it found on your disc. None was there.</source>
        <translation>ScanShield a relu chaque fichier de la copie, ainsi que le texte de ses images, à la recherche de votre nom, de vos numéros d&apos;identification, de votre date de naissance et de toutes les autres informations trouvées sur votre disque. Aucune n&apos;y était.</translation>
    </message>
    <message>
        <source>The copy is not safe yet</source>
        <translation>La copie n&apos;est pas encore sûre</translation>
    </message>
    <message>
        <source>Do not give this copy to anyone yet: details of yours are still in it.</source>
        <translation>Ne donnez encore cette copie à personne : elle contient toujours des informations qui vous concernent.</translation>
    </message>
    <message>
        <source>ScanShield read the copy back and found what is listed below. You can delete the copy, change your choices (leave out the files named here) and make a new one.</source>
        <translation>ScanShield a relu la copie et a trouvé ce qui est listé ci-dessous. Vous pouvez supprimer la copie, modifier vos choix (exclure les fichiers cités ici) et en faire une nouvelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in the copy: %1%2, in %3</source>
        <translation>Toujours dans la copie : %1%2, dans %3</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyWizard</name>
    <message>
        <source>Make a safe copy</source>
        <translation>Faire une copie sûre</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::TextInPictureDialog</name>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>your birth date</source>
        <translation>votre date de naissance</translation>
    </message>
    <message>
        <source>your ID number</source>
        <translation>votre numéro d&apos;identification</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of text</source>
        <translation>
            <numerusform>%n morceau de texte</numerusform>
            <numerusform>%n morceaux de texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other piece(s) of text</source>
        <translation>
            <numerusform>%n autre morceau de texte</numerusform>
            <numerusform>%n autres morceaux de texte</numerusform>
        </translation>
    </message>
    <message>
        <source>The pink boxes show text ScanShield read in this picture: %1.</source>
        <translation>Les cadres roses montrent le texte que ScanShield a lu dans cette image : %1.</translation>
    </message>
    <message>
        <source>The box with the solid line is the text you chose.</source>
        <translation>Le cadre en trait plein est le texte que vous avez choisi.</translation>
    </message>
    <message>
        <source>The box with the solid line is the text you chose: %1.</source>
        <translation>Le cadre en trait plein est le texte que vous avez choisi : %1.</translation>
    </message>
    <message>
        <source>A computer read these letters, so some may be wrong.</source>
        <translation>Ces lettres ont été lues par un ordinateur ; certaines peuvent donc être fausses.</translation>
    </message>
    <message>
        <source>Text in your picture</source>
        <translation>Texte dans votre image</translation>
    </message>
    <message>
        <source>What the boxes show</source>
        <translation>Ce que montrent les cadres</translation>
    </message>
    <message>
        <source>The picture, with the text ScanShield read in it outlined</source>
        <translation>L&apos;image, avec le texte lu par ScanShield entouré</translation>
    </message>
    <message>
        <source>Outline the text</source>
        <translation>Entourer le texte</translation>
    </message>
    <message>
        <source>Switch the boxes off to see the picture as it is.</source>
        <translation>Désactivez les cadres pour voir l&apos;image telle qu&apos;elle est.</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <source>A picture in the file %1</source>
        <translation>Une image du fichier %1</translation>
    </message>
    <message>
        <source>%1, image %2 of %3</source>
        <translation>%1, image %2 sur %3</translation>
    </message>
    <message>
        <source>Picture %1 of %2 with this text: %3</source>
        <translation>Image %1 sur %2 avec ce texte : %3</translation>
    </message>
</context>
<context>
    <name>scanshield::viewer::FaceView</name>
    <message>
        <source>3D picture of your head</source>
        <translation>Image 3D de votre tête</translation>
    </message>
    <message>
        <source>Drag to turn the head, use the mouse wheel to zoom.
The arrow keys turn it too; Home shows the face again.</source>
        <translation>Faites glisser pour tourner la tête, utilisez la molette de la souris pour zoomer.
Les touches fléchées la font aussi tourner ; la touche Origine (Home) réaffiche le visage.</translation>
    </message>
    <message>
        <source>No 3D picture yet.</source>
        <translation>Pas encore d&apos;image 3D.</translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can rebuild this picture of your face.</source>
        <translation>Toute personne qui a une copie de ce disque peut reconstruire cette image de votre visage.</translation>
    </message>
    <message>
        <source>This series has no pictures to build a head from.</source>
        <translation>Cette série ne contient pas d&apos;images à partir desquelles construire une tête.</translation>
    </message>
    <message>
        <source>Building the 3D picture of your head…</source>
        <translation>Construction de l&apos;image 3D de votre tête…</translation>
    </message>
    <message>
        <source>ScanShield found no outline of a head in this series.</source>
        <translation>ScanShield n&apos;a trouvé aucun contour de tête dans cette série.</translation>
    </message>
    <message>
        <source>The 3D picture was stopped before it was finished.</source>
        <translation>L&apos;image 3D a été arrêtée avant d&apos;être terminée.</translation>
    </message>
    <message>
        <source>Drag to turn the head · wheel to zoom · arrow keys turn it too</source>
        <translation>Faites glisser pour tourner la tête · molette pour zoomer · les touches fléchées la font aussi tourner</translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can still rebuild a picture of your face from this series.</source>
        <translation>Toute personne qui a une copie de ce disque peut encore reconstruire une image de votre visage à partir de cette série.</translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display, and there is none here.</source>
        <translation>L&apos;image 3D a besoin d&apos;un affichage graphique, et il n&apos;y en a pas ici.</translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display, and the one here cannot be opened.</source>
        <translation>L&apos;image 3D a besoin d&apos;un affichage graphique, et celui d&apos;ici ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display with OpenGL, and the one here has none.</source>
        <translation>L&apos;image 3D a besoin d&apos;un affichage graphique avec OpenGL, et celui d&apos;ici n&apos;en a pas.</translation>
    </message>
</context>
<context>
    <name>scanshield::viewer::SliceView</name>
    <message>
        <source>Picture viewer</source>
        <translation>Visionneuse d&apos;images</translation>
    </message>
    <message>
        <source>Scroll or use the arrow keys to move through the images.
Drag to change brightness and contrast.
Right-drag or Ctrl+scroll to zoom; middle-drag or Shift+drag to move the picture.
Double-click or press R to start over.</source>
        <translation>Faites défiler ou utilisez les touches fléchées pour parcourir les images.
Faites glisser pour modifier la luminosité et le contraste.
Faites glisser avec le bouton droit ou Ctrl+molette pour zoomer ; faites glisser avec le bouton du milieu ou Maj+glisser pour déplacer l&apos;image.
Double-cliquez ou appuyez sur R pour revenir au début.</translation>
    </message>
    <message>
        <source>there is no such image in this series</source>
        <translation>cette image n&apos;existe pas dans cette série</translation>
    </message>
    <message>
        <source>No pictures to show</source>
        <translation>Aucune image à afficher</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
    <message>
        <source>%1 · Loading…</source>
        <translation>%1 · Chargement…</translation>
    </message>
    <message>
        <source>%1 · Cannot be shown</source>
        <translation>%1 · Ne peut pas être affichée</translation>
    </message>
    <message>
        <source>%1 · Colour picture</source>
        <translation>%1 · Image en couleur</translation>
    </message>
    <message>
        <source>%1 · Brightness and contrast %2</source>
        <translation>%1 · Luminosité et contraste %2</translation>
    </message>
    <message>
        <source>this picture could not be decoded</source>
        <translation>cette image n&apos;a pas pu être décodée</translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>Cette image ne peut pas être affichée : %1</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
</context>
</TS>
