<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnonymizationPreview</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of data)</source>
        <translation>
            <numerusform>(%n Byte an Daten)</numerusform>
            <numerusform>(%n Bytes an Daten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor data (private)</source>
        <translation>Herstellerdaten (privat)</translation>
    </message>
</context>
<context>
    <name>AttributeCatalogue</name>
    <message>
        <source>Who you are</source>
        <translation>Wer Sie sind</translation>
    </message>
    <message>
        <source>Details that say who you are: your name, patient numbers, address and phone, and the hidden reference numbers that link these files to your hospital record.</source>
        <translation>Angaben, die verraten, wer Sie sind: Ihr Name, Ihre Patientennummern, Adresse und Telefonnummer sowie die versteckten Kennnummern, die diese Dateien mit Ihrer Krankenakte verbinden.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>The dates and times of your birth, visits, scans and treatment, and your age. Together with other details, dates make it easy to pick you out.</source>
        <translation>Datum und Uhrzeit Ihrer Geburt, Ihrer Besuche, Untersuchungen und Behandlungen sowie Ihr Alter. Zusammen mit anderen Angaben machen es Datumsangaben leicht, Sie zu erkennen.</translation>
    </message>
    <message>
        <source>Places and institutions</source>
        <translation>Orte und Einrichtungen</translation>
    </message>
    <message>
        <source>The hospital, clinic or department where you were seen and other places named in the files. They show where you received care and hint at where you live.</source>
        <translation>Das Krankenhaus, die Praxis oder die Abteilung, in der Sie waren, und andere Orte, die in den Dateien genannt sind. Sie zeigen, wo Sie behandelt wurden, und geben Hinweise darauf, wo Sie wohnen.</translation>
    </message>
    <message>
        <source>Doctors and staff</source>
        <translation>Ärzte und Personal</translation>
    </message>
    <message>
        <source>The names and contact details of doctors, technologists and other people involved in your care. They show who treats you and can lead back to you.</source>
        <translation>Namen und Kontaktdaten von Ärztinnen, Ärzten, Fachkräften und anderen Menschen, die an Ihrer Behandlung beteiligt waren. Sie zeigen, wer Sie behandelt, und können zu Ihnen zurückführen.</translation>
    </message>
    <message>
        <source>Machines and software</source>
        <translation>Geräte und Software</translation>
    </message>
    <message>
        <source>The scanners, workstations and programs that made your images, with their names and serial numbers. They can point to the exact hospital and even the room.</source>
        <translation>Die Scanner, Arbeitsplatzrechner und Programme, mit denen Ihre Bilder erstellt wurden, mit ihren Namen und Seriennummern. Sie können auf genau ein Krankenhaus und sogar auf den Raum hinweisen.</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Descriptions, comments and reports typed by staff. They often reveal health details and sometimes contain names, dates or numbers typed in by hand.</source>
        <translation>Beschreibungen, Kommentare und Befunde, die vom Personal eingetippt wurden. Sie verraten oft Gesundheitsdaten und enthalten manchmal Namen, Daten oder Nummern, die von Hand eingegeben wurden.</translation>
    </message>
    <message>
        <source>Private vendor data</source>
        <translation>Private Herstellerdaten</translation>
    </message>
    <message>
        <source>Extra data that scanner makers store in their own formats. Ordinary viewers do not show it, but it can hide names, dates and numbers.</source>
        <translation>Zusätzliche Daten, die Gerätehersteller in ihren eigenen Formaten speichern. Normale Bildbetrachter zeigen sie nicht an, aber sie können Namen, Daten und Nummern verbergen.</translation>
    </message>
    <message>
        <source>Text burned into the pictures</source>
        <translation>Text, der in die Bilder eingebrannt ist</translation>
    </message>
    <message>
        <source>Words drawn into the picture itself, such as your name or the date on an ultrasound or X-ray. Removing the hidden details does not remove them.</source>
        <translation>Wörter, die direkt in das Bild gezeichnet sind, zum Beispiel Ihr Name oder das Datum auf einem Ultraschall- oder Röntgenbild. Wenn die versteckten Angaben entfernt werden, bleiben diese Wörter trotzdem stehen.</translation>
    </message>
    <message>
        <source>Your face</source>
        <translation>Ihr Gesicht</translation>
    </message>
    <message>
        <source>A CT or MRI of your head can be turned into a 3D picture of your face, which face recognition software could match to a photo of you.</source>
        <translation>Aus einer CT- oder MRT-Aufnahme Ihres Kopfes lässt sich ein 3D-Bild Ihres Gesichts erstellen, das eine Gesichtserkennungssoftware mit einem Foto von Ihnen abgleichen könnte.</translation>
    </message>
    <message>
        <source>Files outside the images</source>
        <translation>Dateien außerhalb der Bilder</translation>
    </message>
    <message>
        <source>Other files on the disc, such as labels, printed reports, web pages and viewer programs, which can contain your name and other details.</source>
        <translation>Andere Dateien auf dem Datenträger, zum Beispiel Etiketten, gedruckte Befunde, Webseiten und Betrachterprogramme, die Ihren Namen und andere Angaben enthalten können.</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>All geographic subdivisions smaller than a state, including street address, city, county, precinct, ZIP code and their equivalent geocodes (the first three ZIP digits may stay if that area holds more than 20,000 people)</source>
        <translation>Alle geografischen Einheiten, die kleiner als ein Bundesstaat sind, einschließlich Straßenadresse, Stadt, Landkreis, Bezirk, Postleitzahl (ZIP-Code) und entsprechende Geocodes (die ersten drei Ziffern des ZIP-Codes dürfen bleiben, wenn in diesem Gebiet mehr als 20.000 Menschen leben)</translation>
    </message>
    <message>
        <source>All elements of dates (except year) for dates directly related to an individual, including birth, admission, discharge and death dates; and all ages over 89 and date elements (including year) indicating such age, unless grouped as 90 or older</source>
        <translation>Alle Bestandteile von Datumsangaben (außer dem Jahr), die sich direkt auf eine Person beziehen, darunter Geburts-, Aufnahme-, Entlassungs- und Sterbedatum; sowie jedes Alter über 89 und Datumsangaben (einschließlich des Jahres), die auf ein solches Alter hinweisen, außer sie werden als „90 oder älter“ zusammengefasst</translation>
    </message>
    <message>
        <source>Telephone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Fax numbers</source>
        <translation>Faxnummern</translation>
    </message>
    <message>
        <source>Electronic mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Sozialversicherungsnummern</translation>
    </message>
    <message>
        <source>Medical record numbers</source>
        <translation>Krankenaktennummern (Patientennummern)</translation>
    </message>
    <message>
        <source>Health plan beneficiary numbers</source>
        <translation>Versichertennummern der Krankenversicherung</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>Kontonummern</translation>
    </message>
    <message>
        <source>Certificate/license numbers</source>
        <translation>Nummern von Zeugnissen, Zulassungen und Lizenzen</translation>
    </message>
    <message>
        <source>Vehicle identifiers and serial numbers, including license plate numbers</source>
        <translation>Fahrzeugkennungen und Seriennummern, einschließlich Kfz-Kennzeichen</translation>
    </message>
    <message>
        <source>Device identifiers and serial numbers</source>
        <translation>Gerätekennungen und Seriennummern</translation>
    </message>
    <message>
        <source>Web Universal Resource Locators (URLs)</source>
        <translation>Internetadressen (URLs)</translation>
    </message>
    <message>
        <source>Internet Protocol (IP) address numbers</source>
        <translation>IP-Adressen (Internet Protocol)</translation>
    </message>
    <message>
        <source>Biometric identifiers, including finger and voice prints</source>
        <translation>Biometrische Merkmale, einschließlich Finger- und Stimmabdrücken</translation>
    </message>
    <message>
        <source>Full-face photographs and any comparable images</source>
        <translation>Fotos des ganzen Gesichts und alle vergleichbaren Bilder</translation>
    </message>
    <message>
        <source>Any other unique identifying number, characteristic, or code (except a re-identification code permitted by 164.514(c))</source>
        <translation>Alle anderen eindeutigen Kennnummern, Merkmale oder Codes (außer einem nach 164.514(c) erlaubten Code zur Re-Identifizierung)</translation>
    </message>
    <message>
        <source>A reference number for an affected image</source>
        <translation>Eine Kennnummer für ein betroffenes Bild</translation>
    </message>
    <message>
        <source>A unique number naming the image that a hospital network command acted on; it can be matched to records of your scan.</source>
        <translation>Eine eindeutige Nummer für das Bild, auf das sich ein Befehl im Krankenhausnetz bezog; sie lässt sich mit den Unterlagen zu Ihrer Untersuchung abgleichen.</translation>
    </message>
    <message>
        <source>A reference number for a requested image</source>
        <translation>Eine Kennnummer für ein angefordertes Bild</translation>
    </message>
    <message>
        <source>A unique number naming an image a hospital system asked for, which can be matched to its records of your scan.</source>
        <translation>Eine eindeutige Nummer für ein Bild, das ein Krankenhaussystem angefordert hat; sie lässt sich mit dessen Unterlagen zu Ihrer Untersuchung abgleichen.</translation>
    </message>
    <message>
        <source>The file&apos;s unique reference number</source>
        <translation>Die eindeutige Kennnummer der Datei</translation>
    </message>
    <message>
        <source>A unique number stamped on this file when it was written to the disc; the hospital can use it to find the original.</source>
        <translation>Eine eindeutige Nummer, die diese Datei beim Schreiben auf den Datenträger bekommen hat; das Krankenhaus kann damit das Original finden.</translation>
    </message>
    <message>
        <source>A reference number in the disc&apos;s index</source>
        <translation>Eine Kennnummer im Verzeichnis des Datenträgers</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents lists each image by its unique number, which matches the hospital&apos;s copy of your scan.</source>
        <translation>Das Inhaltsverzeichnis des Datenträgers führt jedes Bild mit seiner eindeutigen Nummer auf, die zur Kopie Ihrer Untersuchung im Krankenhaus passt.</translation>
    </message>
    <message>
        <source>The date this file was made</source>
        <translation>Das Datum, an dem diese Datei erstellt wurde</translation>
    </message>
    <message>
        <source>The day this image file was created, usually the day of your scan, so it shows when you were seen.</source>
        <translation>Der Tag, an dem diese Bilddatei erstellt wurde, meist der Tag Ihrer Untersuchung; er zeigt also, wann Sie dort waren.</translation>
    </message>
    <message>
        <source>The time this file was made</source>
        <translation>Die Uhrzeit, zu der diese Datei erstellt wurde</translation>
    </message>
    <message>
        <source>The time of day this image file was created, which narrows down when you were at the hospital.</source>
        <translation>Die Tageszeit, zu der diese Bilddatei erstellt wurde; sie grenzt ein, wann Sie im Krankenhaus waren.</translation>
    </message>
    <message>
        <source>A number for the computer that made the file</source>
        <translation>Eine Nummer für den Computer, der die Datei erstellt hat</translation>
    </message>
    <message>
        <source>A unique number naming the machine or software that created this file, which can point to one hospital system.</source>
        <translation>Eine eindeutige Nummer für das Gerät oder die Software, die diese Datei erstellt hat; sie kann auf ein bestimmtes Krankenhaussystem hinweisen.</translation>
    </message>
    <message>
        <source>When a system corrected this file</source>
        <translation>Wann ein System diese Datei korrigiert hat</translation>
    </message>
    <message>
        <source>The date and time a hospital system corrected details in this file while handling your scan.</source>
        <translation>Datum und Uhrzeit, zu der ein Krankenhaussystem Angaben in dieser Datei korrigiert hat, während es Ihre Untersuchung verarbeitet hat.</translation>
    </message>
    <message>
        <source>A unique number for this scanner run</source>
        <translation>Eine eindeutige Nummer für diesen Scannerdurchlauf</translation>
    </message>
    <message>
        <source>A unique number given to one run of the scanner; the hospital can use it to trace these images back to you.</source>
        <translation>Eine eindeutige Nummer für einen Durchlauf des Scanners; das Krankenhaus kann damit diese Bilder bis zu Ihnen zurückverfolgen.</translation>
    </message>
    <message>
        <source>A unique number for this image</source>
        <translation>Eine eindeutige Nummer für dieses Bild</translation>
    </message>
    <message>
        <source>Every image gets its own unique number, which the hospital&apos;s archive can match straight back to your record.</source>
        <translation>Jedes Bild bekommt eine eigene eindeutige Nummer, die das Bildarchiv des Krankenhauses direkt Ihrer Akte zuordnen kann.</translation>
    </message>
    <message>
        <source>A unique number for a zoomable slide image</source>
        <translation>Eine eindeutige Nummer für ein zoombares Objektträgerbild</translation>
    </message>
    <message>
        <source>A unique number shared by all zoom levels of a microscope slide image, linking them back to your tissue sample.</source>
        <translation>Eine eindeutige Nummer, die alle Zoomstufen eines Mikroskopbilds eines Objektträgers gemeinsam haben; sie verbindet diese mit Ihrer Gewebeprobe.</translation>
    </message>
    <message>
        <source>The date of your scan</source>
        <translation>Das Datum Ihrer Untersuchung</translation>
    </message>
    <message>
        <source>The day your scan was done; together with other details it can help someone pick you out.</source>
        <translation>Der Tag, an dem Ihre Untersuchung stattfand; zusammen mit anderen Angaben kann er helfen, Sie zu erkennen.</translation>
    </message>
    <message>
        <source>The date of this set of pictures</source>
        <translation>Das Datum dieser Bildserie</translation>
    </message>
    <message>
        <source>The day this group of images was taken, normally the same day as your scan.</source>
        <translation>Der Tag, an dem diese Gruppe von Bildern aufgenommen wurde, normalerweise der Tag Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>The date the pictures were taken</source>
        <translation>Das Datum, an dem die Bilder aufgenommen wurden</translation>
    </message>
    <message>
        <source>The day the scanner actually recorded these images, which shows when you were at the hospital.</source>
        <translation>Der Tag, an dem der Scanner diese Bilder tatsächlich aufgenommen hat; er zeigt, wann Sie im Krankenhaus waren.</translation>
    </message>
    <message>
        <source>The date the image content was made</source>
        <translation>Das Datum, an dem der Bildinhalt erstellt wurde</translation>
    </message>
    <message>
        <source>The day the content of this image was created, normally the day of your scan.</source>
        <translation>Der Tag, an dem der Inhalt dieses Bildes erstellt wurde, normalerweise der Tag Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>The date of markings drawn on the image</source>
        <translation>Das Datum von Markierungen auf dem Bild</translation>
    </message>
    <message>
        <source>The day outlines or markings were added over the image, usually close to your scan or its reading.</source>
        <translation>Der Tag, an dem Umrisse oder Markierungen über das Bild gelegt wurden, meist kurz nach Ihrer Untersuchung oder ihrer Auswertung.</translation>
    </message>
    <message>
        <source>The date of attached graph data</source>
        <translation>Das Datum beigefügter Kurvendaten</translation>
    </message>
    <message>
        <source>The day graph-like data, such as a heart trace, was recorded alongside your images.</source>
        <translation>Der Tag, an dem kurvenartige Daten, zum Beispiel eine Herzstromkurve, zusammen mit Ihren Bildern aufgezeichnet wurden.</translation>
    </message>
    <message>
        <source>The date and time the pictures were taken</source>
        <translation>Datum und Uhrzeit der Bildaufnahme</translation>
    </message>
    <message>
        <source>The exact moment the scanner recorded these images, which pins down when you were there.</source>
        <translation>Der genaue Zeitpunkt, zu dem der Scanner diese Bilder aufgenommen hat; er zeigt genau, wann Sie dort waren.</translation>
    </message>
    <message>
        <source>The time of your scan</source>
        <translation>Die Uhrzeit Ihrer Untersuchung</translation>
    </message>
    <message>
        <source>The time of day your scan started; with the date it narrows down who was being scanned.</source>
        <translation>Die Tageszeit, zu der Ihre Untersuchung begann; zusammen mit dem Datum grenzt sie ein, wer untersucht wurde.</translation>
    </message>
    <message>
        <source>The time of this set of pictures</source>
        <translation>Die Uhrzeit dieser Bildserie</translation>
    </message>
    <message>
        <source>The time of day this group of images was started during your visit.</source>
        <translation>Die Tageszeit, zu der diese Gruppe von Bildern während Ihres Besuchs begonnen wurde.</translation>
    </message>
    <message>
        <source>The time the pictures were taken</source>
        <translation>Die Uhrzeit, zu der die Bilder aufgenommen wurden</translation>
    </message>
    <message>
        <source>The time of day the scanner recorded these images during your visit.</source>
        <translation>Die Tageszeit, zu der der Scanner diese Bilder während Ihres Besuchs aufgenommen hat.</translation>
    </message>
    <message>
        <source>The time the image content was made</source>
        <translation>Die Uhrzeit, zu der der Bildinhalt erstellt wurde</translation>
    </message>
    <message>
        <source>The time of day the content of this image was created, usually during your scan.</source>
        <translation>Die Tageszeit, zu der der Inhalt dieses Bildes erstellt wurde, meist während Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>The time of markings drawn on the image</source>
        <translation>Die Uhrzeit von Markierungen auf dem Bild</translation>
    </message>
    <message>
        <source>The time of day outlines or markings were added over the image.</source>
        <translation>Die Tageszeit, zu der Umrisse oder Markierungen über das Bild gelegt wurden.</translation>
    </message>
    <message>
        <source>The time of attached graph data</source>
        <translation>Die Uhrzeit beigefügter Kurvendaten</translation>
    </message>
    <message>
        <source>The time of day graph-like data, such as a heart trace, was recorded with your images.</source>
        <translation>Die Tageszeit, zu der kurvenartige Daten, zum Beispiel eine Herzstromkurve, mit Ihren Bildern aufgezeichnet wurden.</translation>
    </message>
    <message>
        <source>The order number for your scan</source>
        <translation>Die Auftragsnummer Ihrer Untersuchung</translation>
    </message>
    <message>
        <source>The number the hospital gave the order for your scan; staff can use it to look up you and your report.</source>
        <translation>Die Nummer, die das Krankenhaus dem Auftrag für Ihre Untersuchung gegeben hat; das Personal kann damit Sie und Ihren Befund nachschlagen.</translation>
    </message>
    <message>
        <source>The network name of the image archive</source>
        <translation>Der Netzwerkname des Bildarchivs</translation>
    </message>
    <message>
        <source>The name the hospital&apos;s image archive uses on its network, which can reveal which hospital holds your images.</source>
        <translation>Der Name, den das Bildarchiv des Krankenhauses im Netzwerk verwendet; er kann verraten, welches Krankenhaus Ihre Bilder aufbewahrt.</translation>
    </message>
    <message>
        <source>The network name of the machine</source>
        <translation>Der Netzwerkname des Geräts</translation>
    </message>
    <message>
        <source>The name a scanner or workstation uses on the hospital network, which can identify the site and the machine.</source>
        <translation>Der Name, den ein Scanner oder Arbeitsplatzrechner im Krankenhausnetz verwendet; er kann den Standort und das Gerät erkennbar machen.</translation>
    </message>
    <message>
        <source>Numbers of images that failed to transfer</source>
        <translation>Nummern von Bildern, deren Übertragung fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Unique numbers of images a hospital system could not process, which can be matched to records of your scan.</source>
        <translation>Eindeutige Nummern von Bildern, die ein Krankenhaussystem nicht verarbeiten konnte; sie lassen sich mit den Unterlagen zu Ihrer Untersuchung abgleichen.</translation>
    </message>
    <message>
        <source>The hospital&apos;s name</source>
        <translation>Der Name des Krankenhauses</translation>
    </message>
    <message>
        <source>The name of the hospital or clinic where you were scanned, so anyone with the disc can see where you went.</source>
        <translation>Der Name des Krankenhauses oder der Praxis, in der Sie untersucht wurden; so kann jeder mit dem Datenträger sehen, wo Sie waren.</translation>
    </message>
    <message>
        <source>The hospital&apos;s address</source>
        <translation>Die Adresse des Krankenhauses</translation>
    </message>
    <message>
        <source>The street address of the hospital or clinic, which shows where you received care and hints at where you live.</source>
        <translation>Die Straßenadresse des Krankenhauses oder der Praxis; sie zeigt, wo Sie behandelt wurden, und gibt Hinweise darauf, wo Sie wohnen.</translation>
    </message>
    <message>
        <source>A code for the hospital</source>
        <translation>Ein Code für das Krankenhaus</translation>
    </message>
    <message>
        <source>A code that stands for the hospital or clinic where you were scanned, which anyone can look up.</source>
        <translation>Ein Code, der für das Krankenhaus oder die Praxis steht, in der Sie untersucht wurden, und den jeder nachschlagen kann.</translation>
    </message>
    <message>
        <source>The doctor who asked for your scan</source>
        <translation>Der Arzt, der Ihre Untersuchung angefordert hat</translation>
    </message>
    <message>
        <source>The name of the doctor who referred you, which shows who treats you and hints at your condition.</source>
        <translation>Der Name der Ärztin oder des Arztes, die oder der Sie überwiesen hat; er zeigt, wer Sie behandelt, und gibt Hinweise auf Ihre Erkrankung.</translation>
    </message>
    <message>
        <source>Your referring doctor&apos;s address</source>
        <translation>Die Adresse Ihres überweisenden Arztes</translation>
    </message>
    <message>
        <source>The address of the doctor who sent you for the scan, which hints at the area where you live.</source>
        <translation>Die Adresse der Ärztin oder des Arztes, die oder der Sie zur Untersuchung geschickt hat; sie gibt Hinweise auf die Gegend, in der Sie wohnen.</translation>
    </message>
    <message>
        <source>Your referring doctor&apos;s phone number</source>
        <translation>Die Telefonnummer Ihres überweisenden Arztes</translation>
    </message>
    <message>
        <source>The phone number of the doctor who sent you for the scan, which leads straight to the practice that knows you.</source>
        <translation>Die Telefonnummer der Ärztin oder des Arztes, die oder der Sie zur Untersuchung geschickt hat; sie führt direkt zu der Praxis, die Sie kennt.</translation>
    </message>
    <message>
        <source>ID details of your referring doctor</source>
        <translation>Kennungen Ihres überweisenden Arztes</translation>
    </message>
    <message>
        <source>Names and codes, such as a staff or licence number, that identify the doctor who referred you.</source>
        <translation>Namen und Codes, zum Beispiel eine Personal- oder Zulassungsnummer, die die überweisende Ärztin oder den überweisenden Arzt erkennbar machen.</translation>
    </message>
    <message>
        <source>A doctor consulted about your scan</source>
        <translation>Ein Arzt, der zu Ihrer Untersuchung befragt wurde</translation>
    </message>
    <message>
        <source>The name of a doctor who was asked for advice about your case.</source>
        <translation>Der Name einer Ärztin oder eines Arztes, die oder der zu Ihrem Fall um Rat gefragt wurde.</translation>
    </message>
    <message>
        <source>ID details of the consulting doctor</source>
        <translation>Kennungen des beratenden Arztes</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor who was asked for advice about your case.</source>
        <translation>Namen und Codes, die die Ärztin oder den Arzt erkennbar machen, die oder der zu Ihrem Fall um Rat gefragt wurde.</translation>
    </message>
    <message>
        <source>The version date of a code list</source>
        <translation>Das Versionsdatum einer Codeliste</translation>
    </message>
    <message>
        <source>The release date of a standard list of medical codes; it says nothing about you but may hold stray text.</source>
        <translation>Das Erscheinungsdatum einer Standardliste medizinischer Codes; es sagt nichts über Sie aus, kann aber verirrten Text enthalten.</translation>
    </message>
    <message>
        <source>A hospital&apos;s version of a code list</source>
        <translation>Die Krankenhausversion einer Codeliste</translation>
    </message>
    <message>
        <source>A version label for a hospital&apos;s own changes to a standard code list, which can hint at which hospital made the file.</source>
        <translation>Eine Versionsbezeichnung für die eigenen Änderungen eines Krankenhauses an einer Standard-Codeliste; sie kann darauf hinweisen, welches Krankenhaus die Datei erstellt hat.</translation>
    </message>
    <message>
        <source>The time zone of the hospital</source>
        <translation>Die Zeitzone des Krankenhauses</translation>
    </message>
    <message>
        <source>The local time zone where the images were made, which narrows down the region you were in.</source>
        <translation>Die örtliche Zeitzone, in der die Bilder erstellt wurden; sie grenzt die Region ein, in der Sie waren.</translation>
    </message>
    <message>
        <source>An old network name of the machine</source>
        <translation>Ein alter Netzwerkname des Geräts</translation>
    </message>
    <message>
        <source>An old-style network name for the scanner or workstation, which can point to the hospital.</source>
        <translation>Ein Netzwerkname nach altem Muster für den Scanner oder Arbeitsplatzrechner; er kann auf das Krankenhaus hinweisen.</translation>
    </message>
    <message>
        <source>The name of the scanner</source>
        <translation>Der Name des Scanners</translation>
    </message>
    <message>
        <source>The name the hospital gave the machine that scanned you, which can reveal the hospital and even the room.</source>
        <translation>Der Name, den das Krankenhaus dem Gerät gegeben hat, mit dem Sie untersucht wurden; er kann das Krankenhaus und sogar den Raum verraten.</translation>
    </message>
    <message>
        <source>A description of your scan</source>
        <translation>Eine Beschreibung Ihrer Untersuchung</translation>
    </message>
    <message>
        <source>Short text naming what was scanned, such as &apos;MRI brain with contrast&apos;, which reveals health details and may hold typed notes.</source>
        <translation>Ein kurzer Text, der nennt, was untersucht wurde, zum Beispiel „MRT Kopf mit Kontrastmittel“; er verrät Gesundheitsdaten und kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of this set of pictures</source>
        <translation>Eine Beschreibung dieser Bildserie</translation>
    </message>
    <message>
        <source>Short text describing this group of images, which staff sometimes fill with names or notes.</source>
        <translation>Ein kurzer Text, der diese Gruppe von Bildern beschreibt und in den das Personal manchmal Namen oder Notizen schreibt.</translation>
    </message>
    <message>
        <source>The hospital department</source>
        <translation>Die Krankenhausabteilung</translation>
    </message>
    <message>
        <source>The department that did your scan, such as radiology or cardiology, which hints at your condition.</source>
        <translation>Die Abteilung, die Ihre Untersuchung durchgeführt hat, zum Beispiel Radiologie oder Kardiologie; sie gibt Hinweise auf Ihre Erkrankung.</translation>
    </message>
    <message>
        <source>A code for the type of department</source>
        <translation>Ein Code für die Art der Abteilung</translation>
    </message>
    <message>
        <source>A code saying what kind of department did your scan, such as cancer care, which hints at your condition.</source>
        <translation>Ein Code dafür, welche Art von Abteilung Ihre Untersuchung durchgeführt hat, zum Beispiel die Krebsbehandlung; er gibt Hinweise auf Ihre Erkrankung.</translation>
    </message>
    <message>
        <source>The doctors responsible for your care</source>
        <translation>Die für Ihre Behandlung verantwortlichen Ärzte</translation>
    </message>
    <message>
        <source>The names of the doctors officially in charge of your care at the time of the scan.</source>
        <translation>Die Namen der Ärztinnen und Ärzte, die zum Zeitpunkt der Untersuchung offiziell für Ihre Behandlung verantwortlich waren.</translation>
    </message>
    <message>
        <source>ID details of your responsible doctors</source>
        <translation>Kennungen Ihrer verantwortlichen Ärzte</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctors officially in charge of your care.</source>
        <translation>Namen und Codes, die die Ärztinnen und Ärzte erkennbar machen, die offiziell für Ihre Behandlung verantwortlich sind.</translation>
    </message>
    <message>
        <source>The doctor who performed the scan</source>
        <translation>Der Arzt, der die Untersuchung durchgeführt hat</translation>
    </message>
    <message>
        <source>The name of the doctor who carried out your scan or procedure.</source>
        <translation>Der Name der Ärztin oder des Arztes, die oder der Ihre Untersuchung oder Ihren Eingriff durchgeführt hat.</translation>
    </message>
    <message>
        <source>ID details of the performing doctor</source>
        <translation>Kennungen des durchführenden Arztes</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor who carried out your scan or procedure.</source>
        <translation>Namen und Codes, die die Ärztin oder den Arzt erkennbar machen, die oder der Ihre Untersuchung oder Ihren Eingriff durchgeführt hat.</translation>
    </message>
    <message>
        <source>The doctor who read your scan</source>
        <translation>Der Arzt, der Ihre Untersuchung ausgewertet hat</translation>
    </message>
    <message>
        <source>The name of the radiologist who looked at your images and wrote the report.</source>
        <translation>Der Name der Radiologin oder des Radiologen, die oder der Ihre Bilder angesehen und den Befund geschrieben hat.</translation>
    </message>
    <message>
        <source>ID details of the doctor who read your scan</source>
        <translation>Kennungen des Arztes, der Ihre Untersuchung ausgewertet hat</translation>
    </message>
    <message>
        <source>Names and codes that identify the radiologist who looked at your images.</source>
        <translation>Namen und Codes, die die Radiologin oder den Radiologen erkennbar machen, die oder der Ihre Bilder angesehen hat.</translation>
    </message>
    <message>
        <source>The staff who ran the scanner</source>
        <translation>Das Personal, das den Scanner bedient hat</translation>
    </message>
    <message>
        <source>The names of the technologists who operated the scanner during your visit.</source>
        <translation>Die Namen der Fachkräfte (MTR), die während Ihres Besuchs den Scanner bedient haben.</translation>
    </message>
    <message>
        <source>ID details of the scanner staff</source>
        <translation>Kennungen des Scannerpersonals</translation>
    </message>
    <message>
        <source>Names and codes that identify the technologists who operated the scanner during your visit.</source>
        <translation>Namen und Codes, die die Fachkräfte erkennbar machen, die während Ihres Besuchs den Scanner bedient haben.</translation>
    </message>
    <message>
        <source>Why you were admitted</source>
        <translation>Warum Sie aufgenommen wurden</translation>
    </message>
    <message>
        <source>The diagnosis written down when you were admitted to hospital, which is sensitive health information.</source>
        <translation>Die Diagnose, die bei Ihrer Aufnahme ins Krankenhaus notiert wurde; das ist eine sensible Gesundheitsangabe.</translation>
    </message>
    <message>
        <source>Codes for why you were admitted</source>
        <translation>Codes dafür, warum Sie aufgenommen wurden</translation>
    </message>
    <message>
        <source>Medical codes for the diagnosis given when you were admitted, which anyone can look up.</source>
        <translation>Medizinische Codes für die Diagnose bei Ihrer Aufnahme, die jeder nachschlagen kann.</translation>
    </message>
    <message>
        <source>A description of a slide image</source>
        <translation>Eine Beschreibung eines Objektträgerbilds</translation>
    </message>
    <message>
        <source>Text describing a zoomable microscope slide image, which may include notes typed by staff.</source>
        <translation>Text, der ein zoombares Mikroskopbild eines Objektträgers beschreibt und vom Personal eingetippte Notizen enthalten kann.</translation>
    </message>
    <message>
        <source>Links to related scans</source>
        <translation>Verweise auf zugehörige Untersuchungen</translation>
    </message>
    <message>
        <source>Unique numbers of other scans this one refers to, which connect it to the rest of your records.</source>
        <translation>Eindeutige Nummern anderer Untersuchungen, auf die sich diese bezieht; sie verbinden sie mit Ihren übrigen Unterlagen.</translation>
    </message>
    <message>
        <source>A link to the record of your procedure</source>
        <translation>Ein Verweis auf die Unterlagen zu Ihrem Eingriff</translation>
    </message>
    <message>
        <source>Unique numbers linking these images to the hospital&apos;s own record of the procedure you had.</source>
        <translation>Eindeutige Nummern, die diese Bilder mit den krankenhauseigenen Unterlagen zu Ihrem Eingriff verbinden.</translation>
    </message>
    <message>
        <source>A link to your patient record</source>
        <translation>Ein Verweis auf Ihre Patientenakte</translation>
    </message>
    <message>
        <source>A unique number pointing to your patient record in the hospital&apos;s systems.</source>
        <translation>Eine eindeutige Nummer, die auf Ihre Patientenakte in den Systemen des Krankenhauses verweist.</translation>
    </message>
    <message>
        <source>Links to related images</source>
        <translation>Verweise auf zugehörige Bilder</translation>
    </message>
    <message>
        <source>Unique numbers of other images this one refers to, such as earlier pictures of you.</source>
        <translation>Eindeutige Nummern anderer Bilder, auf die sich dieses bezieht, zum Beispiel frühere Aufnahmen von Ihnen.</translation>
    </message>
    <message>
        <source>A reference number of a related image</source>
        <translation>Eine Kennnummer eines zugehörigen Bildes</translation>
    </message>
    <message>
        <source>The unique number of another image or document this one refers to, which ties your files together.</source>
        <translation>Die eindeutige Nummer eines anderen Bildes oder Dokuments, auf das sich dieses bezieht; sie verknüpft Ihre Dateien miteinander.</translation>
    </message>
    <message>
        <source>A unique number for a data request</source>
        <translation>Eine eindeutige Nummer für eine Datenanfrage</translation>
    </message>
    <message>
        <source>A unique number for a hospital system&apos;s request about your images, which can appear in its logs.</source>
        <translation>Eine eindeutige Nummer für die Anfrage eines Krankenhaussystems zu Ihren Bildern, die in dessen Protokollen auftauchen kann.</translation>
    </message>
    <message>
        <source>How this image was made from others</source>
        <translation>Wie dieses Bild aus anderen erstellt wurde</translation>
    </message>
    <message>
        <source>Text saying how this image was produced from other images, which may include notes typed by staff.</source>
        <translation>Text darüber, wie dieses Bild aus anderen Bildern erzeugt wurde; er kann vom Personal eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>Links to the original images</source>
        <translation>Verweise auf die Originalbilder</translation>
    </message>
    <message>
        <source>Unique numbers of the images this one was made from, which tie it back to your original scan.</source>
        <translation>Eindeutige Nummern der Bilder, aus denen dieses erstellt wurde; sie führen zurück zu Ihrer ursprünglichen Untersuchung.</translation>
    </message>
    <message>
        <source>A unique number for one X-ray exposure</source>
        <translation>Eine eindeutige Nummer für eine Röntgenbelichtung</translation>
    </message>
    <message>
        <source>A unique number for a single radiation exposure during your scan, which links to dose records about you.</source>
        <translation>Eine eindeutige Nummer für eine einzelne Strahlenbelichtung während Ihrer Untersuchung; sie verweist auf Dosisaufzeichnungen über Sie.</translation>
    </message>
    <message>
        <source>Comments meant to identify the image</source>
        <translation>Kommentare zur Kennzeichnung des Bildes</translation>
    </message>
    <message>
        <source>Old-style comments used to label the image, which may contain your name or other personal details.</source>
        <translation>Kommentare nach altem Muster, mit denen das Bild beschriftet wurde; sie können Ihren Namen oder andere persönliche Angaben enthalten.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your full name as the hospital recorded it, readable by anyone who opens the disc.</source>
        <translation>Ihr vollständiger Name, wie ihn das Krankenhaus erfasst hat; jeder, der den Datenträger öffnet, kann ihn lesen.</translation>
    </message>
    <message>
        <source>Your hospital patient number</source>
        <translation>Ihre Patientennummer im Krankenhaus</translation>
    </message>
    <message>
        <source>The number the hospital files your records under; with it someone can ask about your other visits.</source>
        <translation>Die Nummer, unter der das Krankenhaus Ihre Unterlagen ablegt; damit kann jemand nach Ihren anderen Besuchen fragen.</translation>
    </message>
    <message>
        <source>Who gave you your patient number</source>
        <translation>Wer Ihre Patientennummer vergeben hat</translation>
    </message>
    <message>
        <source>The hospital or system that issued your patient number, which shows where your records are kept.</source>
        <translation>Das Krankenhaus oder System, das Ihre Patientennummer vergeben hat; es zeigt, wo Ihre Unterlagen aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Your birth date</source>
        <translation>Ihr Geburtsdatum</translation>
    </message>
    <message>
        <source>Your date of birth, which together with your sex and postcode is enough to identify most people.</source>
        <translation>Ihr Geburtsdatum; zusammen mit Ihrem Geschlecht und Ihrer Postleitzahl reicht es aus, um die meisten Menschen zu erkennen.</translation>
    </message>
    <message>
        <source>Your birth time</source>
        <translation>Ihre Geburtszeit</translation>
    </message>
    <message>
        <source>The time of day you were born, which makes your birth date even more unique to you.</source>
        <translation>Die Uhrzeit Ihrer Geburt; sie macht Ihr Geburtsdatum noch eindeutiger.</translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation>Ihr Geschlecht</translation>
    </message>
    <message>
        <source>The sex recorded for you, which narrows down who you are when combined with your age and the place.</source>
        <translation>Das für Sie erfasste Geschlecht; zusammen mit Ihrem Alter und dem Ort grenzt es ein, wer Sie sind.</translation>
    </message>
    <message>
        <source>Your insurance plan codes</source>
        <translation>Codes Ihrer Krankenversicherung</translation>
    </message>
    <message>
        <source>Codes for your health insurance plan, which reveal who insures you and can help trace your policy.</source>
        <translation>Codes für Ihren Krankenversicherungstarif; sie verraten, wo Sie versichert sind, und können helfen, Ihren Vertrag zu finden.</translation>
    </message>
    <message>
        <source>Your main language</source>
        <translation>Ihre Hauptsprache</translation>
    </message>
    <message>
        <source>The language you speak, recorded so staff can talk to you; it can hint at your background.</source>
        <translation>Die Sprache, die Sie sprechen, damit das Personal mit Ihnen reden kann; sie kann Hinweise auf Ihre Herkunft geben.</translation>
    </message>
    <message>
        <source>Details about your main language</source>
        <translation>Angaben zu Ihrer Hauptsprache</translation>
    </message>
    <message>
        <source>Extra detail about the language you speak, such as a dialect, which can hint at your background.</source>
        <translation>Zusätzliche Angaben zu der Sprache, die Sie sprechen, zum Beispiel ein Dialekt; sie können Hinweise auf Ihre Herkunft geben.</translation>
    </message>
    <message>
        <source>Your other patient numbers</source>
        <translation>Ihre anderen Patientennummern</translation>
    </message>
    <message>
        <source>Patient numbers other hospitals or systems have given you, each of which can unlock more of your records.</source>
        <translation>Patientennummern, die Ihnen andere Krankenhäuser oder Systeme gegeben haben; jede davon kann weitere Ihrer Unterlagen zugänglich machen.</translation>
    </message>
    <message>
        <source>Other names you are known by</source>
        <translation>Andere Namen, unter denen Sie bekannt sind</translation>
    </message>
    <message>
        <source>Other names recorded for you, such as a former or married name.</source>
        <translation>Andere für Sie erfasste Namen, zum Beispiel ein früherer Name oder ein Name aus der Ehe.</translation>
    </message>
    <message>
        <source>Your other patient numbers, with issuers</source>
        <translation>Ihre anderen Patientennummern, mit ausgebender Stelle</translation>
    </message>
    <message>
        <source>A list of patient numbers from other hospitals or systems, with who issued each one, linking all your records together.</source>
        <translation>Eine Liste von Patientennummern anderer Krankenhäuser oder Systeme, jeweils mit der ausgebenden Stelle; sie verknüpft alle Ihre Unterlagen miteinander.</translation>
    </message>
    <message>
        <source>Your birth name</source>
        <translation>Ihr Geburtsname</translation>
    </message>
    <message>
        <source>The name you had at birth, if it differs from your name now.</source>
        <translation>Der Name, den Sie bei Ihrer Geburt hatten, falls er sich von Ihrem heutigen Namen unterscheidet.</translation>
    </message>
    <message>
        <source>Your age</source>
        <translation>Ihr Alter</translation>
    </message>
    <message>
        <source>Your age at the time of the scan; with the scan date it reveals roughly when you were born.</source>
        <translation>Ihr Alter zum Zeitpunkt der Untersuchung; zusammen mit dem Untersuchungsdatum verrät es ungefähr, wann Sie geboren sind.</translation>
    </message>
    <message>
        <source>Your height</source>
        <translation>Ihre Körpergröße</translation>
    </message>
    <message>
        <source>Your height as recorded for the scan, which narrows down who you are together with other details.</source>
        <translation>Ihre für die Untersuchung erfasste Körpergröße; zusammen mit anderen Angaben grenzt sie ein, wer Sie sind.</translation>
    </message>
    <message>
        <source>Your weight</source>
        <translation>Ihr Gewicht</translation>
    </message>
    <message>
        <source>Your body weight as recorded for the scan, which is personal health information.</source>
        <translation>Ihr für die Untersuchung erfasstes Körpergewicht; das ist eine persönliche Gesundheitsangabe.</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Ihre Adresse</translation>
    </message>
    <message>
        <source>Your home address as the hospital recorded it, which tells anyone with the disc where you live.</source>
        <translation>Ihre Wohnadresse, wie das Krankenhaus sie erfasst hat; sie verrät jedem mit dem Datenträger, wo Sie wohnen.</translation>
    </message>
    <message>
        <source>Your insurance plan number</source>
        <translation>Ihre Versicherungsnummer</translation>
    </message>
    <message>
        <source>The number of your health insurance plan, which can be used to look up or misuse your coverage.</source>
        <translation>Die Nummer Ihrer Krankenversicherung; damit lässt sich Ihr Versicherungsschutz nachschlagen oder missbrauchen.</translation>
    </message>
    <message>
        <source>Your mother&apos;s birth name</source>
        <translation>Der Geburtsname Ihrer Mutter</translation>
    </message>
    <message>
        <source>Your mother&apos;s name before marriage, which is often used as a security question.</source>
        <translation>Der Name Ihrer Mutter vor der Ehe, der oft als Sicherheitsfrage verwendet wird.</translation>
    </message>
    <message>
        <source>Your military rank</source>
        <translation>Ihr militärischer Dienstgrad</translation>
    </message>
    <message>
        <source>Your rank in the armed forces, which reveals your job and narrows down who you are.</source>
        <translation>Ihr Dienstgrad bei den Streitkräften; er verrät Ihren Beruf und grenzt ein, wer Sie sind.</translation>
    </message>
    <message>
        <source>Your branch of military service</source>
        <translation>Ihre Teilstreitkraft</translation>
    </message>
    <message>
        <source>Which armed service you belong to, such as army or navy, which narrows down who you are.</source>
        <translation>Zu welcher Teilstreitkraft Sie gehören, zum Beispiel Heer oder Marine; das grenzt ein, wer Sie sind.</translation>
    </message>
    <message>
        <source>Where your medical record is kept</source>
        <translation>Wo Ihre Krankenakte aufbewahrt wird</translation>
    </message>
    <message>
        <source>A locator for your paper or electronic medical record, which leads straight to your full file.</source>
        <translation>Ein Hinweis auf den Standort Ihrer Krankenakte auf Papier oder elektronisch; er führt direkt zu Ihrer vollständigen Akte.</translation>
    </message>
    <message>
        <source>Links to photos of you</source>
        <translation>Verweise auf Fotos von Ihnen</translation>
    </message>
    <message>
        <source>References to photographs of you kept for identification, which may show your face.</source>
        <translation>Verweise auf Fotos von Ihnen, die zur Identifizierung aufbewahrt werden und Ihr Gesicht zeigen können.</translation>
    </message>
    <message>
        <source>Your medical alerts</source>
        <translation>Ihre medizinischen Warnhinweise</translation>
    </message>
    <message>
        <source>Warnings about your health that staff must know, such as a pacemaker or infection, which are sensitive details.</source>
        <translation>Warnhinweise zu Ihrer Gesundheit, die das Personal kennen muss, zum Beispiel ein Herzschrittmacher oder eine Infektion; das sind sensible Angaben.</translation>
    </message>
    <message>
        <source>Your allergies</source>
        <translation>Ihre Allergien</translation>
    </message>
    <message>
        <source>The allergies recorded for you, such as to contrast dye or medicines, which are personal health details.</source>
        <translation>Die für Sie erfassten Allergien, zum Beispiel gegen Kontrastmittel oder Medikamente; das sind persönliche Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>Your country of residence</source>
        <translation>Ihr Wohnsitzland</translation>
    </message>
    <message>
        <source>The country you live in, which narrows down who you are.</source>
        <translation>Das Land, in dem Sie leben; es grenzt ein, wer Sie sind.</translation>
    </message>
    <message>
        <source>Your region of residence</source>
        <translation>Ihre Wohnregion</translation>
    </message>
    <message>
        <source>The region, state or district where you live, which narrows down who you are.</source>
        <translation>Die Region, das Bundesland oder der Bezirk, in dem Sie leben; das grenzt ein, wer Sie sind.</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Ihre Telefonnummer</translation>
    </message>
    <message>
        <source>Your telephone numbers as the hospital recorded them, which lead straight to you.</source>
        <translation>Ihre Telefonnummern, wie das Krankenhaus sie erfasst hat; sie führen direkt zu Ihnen.</translation>
    </message>
    <message>
        <source>Your phone, fax or email details</source>
        <translation>Ihre Telefon-, Fax- oder E-Mail-Angaben</translation>
    </message>
    <message>
        <source>Ways to contact you, such as phone numbers, fax or email addresses, which lead straight to you.</source>
        <translation>Wege, Sie zu erreichen, zum Beispiel Telefonnummern, Fax- oder E-Mail-Adressen; sie führen direkt zu Ihnen.</translation>
    </message>
    <message>
        <source>Your ethnic group</source>
        <translation>Ihre ethnische Zugehörigkeit</translation>
    </message>
    <message>
        <source>The ethnic group recorded for you, which is sensitive and narrows down who you are.</source>
        <translation>Die für Sie erfasste ethnische Zugehörigkeit; sie ist sensibel und grenzt ein, wer Sie sind.</translation>
    </message>
    <message>
        <source>Your occupation</source>
        <translation>Ihr Beruf</translation>
    </message>
    <message>
        <source>Your job as recorded by the hospital, which narrows down who you are and may be rare enough to identify you.</source>
        <translation>Ihr Beruf, wie das Krankenhaus ihn erfasst hat; er grenzt ein, wer Sie sind, und kann selten genug sein, um Sie zu erkennen.</translation>
    </message>
    <message>
        <source>Whether you smoke</source>
        <translation>Ob Sie rauchen</translation>
    </message>
    <message>
        <source>Your smoking status, which is personal health information.</source>
        <translation>Ihr Raucherstatus; das ist eine persönliche Gesundheitsangabe.</translation>
    </message>
    <message>
        <source>Notes on your medical history</source>
        <translation>Notizen zu Ihrer Krankengeschichte</translation>
    </message>
    <message>
        <source>Extra notes about your medical history, which are sensitive and may mention names or places.</source>
        <translation>Zusätzliche Notizen zu Ihrer Krankengeschichte; sie sind sensibel und können Namen oder Orte nennen.</translation>
    </message>
    <message>
        <source>Whether you are pregnant</source>
        <translation>Ob Sie schwanger sind</translation>
    </message>
    <message>
        <source>Your pregnancy status at the time of the scan, which is personal health information.</source>
        <translation>Ob Sie zum Zeitpunkt der Untersuchung schwanger waren; das ist eine persönliche Gesundheitsangabe.</translation>
    </message>
    <message>
        <source>The date of your last period</source>
        <translation>Das Datum Ihrer letzten Periode</translation>
    </message>
    <message>
        <source>The date your last menstrual period started, a personal date tied to you.</source>
        <translation>Das Datum, an dem Ihre letzte Monatsblutung begann; ein persönliches Datum, das zu Ihnen gehört.</translation>
    </message>
    <message>
        <source>Your religion</source>
        <translation>Ihre Religion</translation>
    </message>
    <message>
        <source>Your religious preference as the hospital recorded it, which is sensitive personal information.</source>
        <translation>Ihre Religionszugehörigkeit, wie das Krankenhaus sie erfasst hat; das ist eine sensible persönliche Angabe.</translation>
    </message>
    <message>
        <source>Whether an animal was neutered</source>
        <translation>Ob ein Tier kastriert wurde</translation>
    </message>
    <message>
        <source>For animal patients, whether they were neutered; for people this is normally empty.</source>
        <translation>Bei tierischen Patienten, ob sie kastriert wurden; bei Menschen ist dieses Feld normalerweise leer.</translation>
    </message>
    <message>
        <source>The person responsible for you</source>
        <translation>Die für Sie verantwortliche Person</translation>
    </message>
    <message>
        <source>The name of a parent, guardian or other person responsible for you, which identifies your family.</source>
        <translation>Der Name eines Elternteils, eines Vormunds oder einer anderen Person, die für Sie verantwortlich ist; er macht Ihre Familie erkennbar.</translation>
    </message>
    <message>
        <source>The organisation responsible for you</source>
        <translation>Die für Sie verantwortliche Organisation</translation>
    </message>
    <message>
        <source>The name of an organisation responsible for you, such as a care home or, for animals, an owner&apos;s company.</source>
        <translation>Der Name einer Organisation, die für Sie verantwortlich ist, zum Beispiel ein Pflegeheim oder bei Tieren die Firma eines Halters.</translation>
    </message>
    <message>
        <source>Comments about you</source>
        <translation>Kommentare über Sie</translation>
    </message>
    <message>
        <source>Notes staff wrote about you as a patient, which may include names, dates or health details.</source>
        <translation>Notizen, die das Personal über Sie als Patientin oder Patient geschrieben hat; sie können Namen, Daten oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>The sponsor of your clinical trial</source>
        <translation>Der Sponsor Ihrer klinischen Studie</translation>
    </message>
    <message>
        <source>The company or body running a clinical trial you take part in, which reveals your participation.</source>
        <translation>Die Firma oder Einrichtung, die eine klinische Studie durchführt, an der Sie teilnehmen; das verrät Ihre Teilnahme.</translation>
    </message>
    <message>
        <source>The clinical trial&apos;s ID number</source>
        <translation>Die Kennnummer der klinischen Studie</translation>
    </message>
    <message>
        <source>The ID of a clinical trial you take part in, which reveals your participation and can hint at your condition.</source>
        <translation>Die Kennung einer klinischen Studie, an der Sie teilnehmen; sie verrät Ihre Teilnahme und kann Hinweise auf Ihre Erkrankung geben.</translation>
    </message>
    <message>
        <source>The clinical trial&apos;s name</source>
        <translation>Der Name der klinischen Studie</translation>
    </message>
    <message>
        <source>The name of a clinical trial you take part in, which can reveal your illness.</source>
        <translation>Der Name einer klinischen Studie, an der Sie teilnehmen; er kann Ihre Krankheit verraten.</translation>
    </message>
    <message>
        <source>Who issued the trial&apos;s ID number</source>
        <translation>Wer die Kennnummer der Studie vergeben hat</translation>
    </message>
    <message>
        <source>The organisation that gave the clinical trial its ID number.</source>
        <translation>Die Organisation, die der klinischen Studie ihre Kennnummer gegeben hat.</translation>
    </message>
    <message>
        <source>Other ID numbers of the clinical trial</source>
        <translation>Weitere Kennnummern der klinischen Studie</translation>
    </message>
    <message>
        <source>Other registration numbers for the clinical trial you take part in, which anyone can look up in trial registers.</source>
        <translation>Weitere Registrierungsnummern der klinischen Studie, an der Sie teilnehmen; jeder kann sie in Studienregistern nachschlagen.</translation>
    </message>
    <message>
        <source>The trial site&apos;s ID number</source>
        <translation>Die Kennnummer des Studienzentrums</translation>
    </message>
    <message>
        <source>The number of the hospital or clinic where you take part in a clinical trial.</source>
        <translation>Die Nummer des Krankenhauses oder der Praxis, in der Sie an einer klinischen Studie teilnehmen.</translation>
    </message>
    <message>
        <source>The trial site&apos;s name</source>
        <translation>Der Name des Studienzentrums</translation>
    </message>
    <message>
        <source>The name of the hospital or clinic where you take part in a clinical trial.</source>
        <translation>Der Name des Krankenhauses oder der Praxis, in der Sie an einer klinischen Studie teilnehmen.</translation>
    </message>
    <message>
        <source>Who issued the trial site number</source>
        <translation>Wer die Nummer des Studienzentrums vergeben hat</translation>
    </message>
    <message>
        <source>The organisation that numbered the clinical trial sites.</source>
        <translation>Die Organisation, die die Zentren der klinischen Studie nummeriert hat.</translation>
    </message>
    <message>
        <source>Your number in the clinical trial</source>
        <translation>Ihre Nummer in der klinischen Studie</translation>
    </message>
    <message>
        <source>The code the clinical trial uses for you; the trial team can link it back to your name.</source>
        <translation>Der Code, den die klinische Studie für Sie verwendet; das Studienteam kann ihn Ihrem Namen zuordnen.</translation>
    </message>
    <message>
        <source>Who issued your trial number</source>
        <translation>Wer Ihre Studiennummer vergeben hat</translation>
    </message>
    <message>
        <source>The organisation that gave you your clinical trial number.</source>
        <translation>Die Organisation, die Ihnen Ihre Nummer in der klinischen Studie gegeben hat.</translation>
    </message>
    <message>
        <source>Your trial number for image readers</source>
        <translation>Ihre Studiennummer für die Bildauswertung</translation>
    </message>
    <message>
        <source>A code for you used when the trial&apos;s experts read your images, which the trial team can link back to you.</source>
        <translation>Ein Code für Sie, der verwendet wird, wenn die Fachleute der Studie Ihre Bilder auswerten; das Studienteam kann ihn Ihnen zuordnen.</translation>
    </message>
    <message>
        <source>Who issued your reader number</source>
        <translation>Wer Ihre Auswertungsnummer vergeben hat</translation>
    </message>
    <message>
        <source>The organisation that gave you the code used by the trial&apos;s image readers.</source>
        <translation>Die Organisation, die Ihnen den Code gegeben hat, den die Bildauswerter der Studie verwenden.</translation>
    </message>
    <message>
        <source>The trial visit this scan belongs to</source>
        <translation>Der Studienbesuch, zu dem diese Untersuchung gehört</translation>
    </message>
    <message>
        <source>A label for the point in the clinical trial when this scan was taken, such as &apos;baseline&apos; or &apos;week 12&apos;.</source>
        <translation>Eine Bezeichnung für den Zeitpunkt in der klinischen Studie, zu dem diese Untersuchung gemacht wurde, zum Beispiel „Ausgangswert“ oder „Woche 12“.</translation>
    </message>
    <message>
        <source>A description of the trial visit</source>
        <translation>Eine Beschreibung des Studienbesuchs</translation>
    </message>
    <message>
        <source>Text describing the point in the clinical trial when this scan was taken, which may include dates or notes.</source>
        <translation>Text, der den Zeitpunkt in der klinischen Studie beschreibt, zu dem diese Untersuchung gemacht wurde; er kann Daten oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>Who issued the trial visit label</source>
        <translation>Wer die Bezeichnung des Studienbesuchs vergeben hat</translation>
    </message>
    <message>
        <source>The organisation that labelled the visits of the clinical trial.</source>
        <translation>Die Organisation, die die Besuche der klinischen Studie bezeichnet hat.</translation>
    </message>
    <message>
        <source>The trial&apos;s coordinating centre</source>
        <translation>Das Koordinierungszentrum der Studie</translation>
    </message>
    <message>
        <source>The name of the centre that coordinates the clinical trial you take part in.</source>
        <translation>Der Name des Zentrums, das die klinische Studie koordiniert, an der Sie teilnehmen.</translation>
    </message>
    <message>
        <source>The trial&apos;s number for this image set</source>
        <translation>Die Nummer der Studie für diese Bildserie</translation>
    </message>
    <message>
        <source>The number the clinical trial gave to this group of your images.</source>
        <translation>Die Nummer, die die klinische Studie dieser Gruppe Ihrer Bilder gegeben hat.</translation>
    </message>
    <message>
        <source>The trial&apos;s description of this image set</source>
        <translation>Die Beschreibung der Studie für diese Bildserie</translation>
    </message>
    <message>
        <source>Text the clinical trial wrote about this group of your images, which may include notes.</source>
        <translation>Text, den die klinische Studie zu dieser Gruppe Ihrer Bilder geschrieben hat; er kann Notizen enthalten.</translation>
    </message>
    <message>
        <source>Who issued the trial&apos;s image set number</source>
        <translation>Wer die Bildseriennummer der Studie vergeben hat</translation>
    </message>
    <message>
        <source>The organisation that numbered the image sets in the clinical trial.</source>
        <translation>Die Organisation, die die Bildserien in der klinischen Studie nummeriert hat.</translation>
    </message>
    <message>
        <source>The ethics committee that approved the trial</source>
        <translation>Die Ethikkommission, die die Studie genehmigt hat</translation>
    </message>
    <message>
        <source>The name of the ethics committee that approved the clinical trial, which usually reveals the region or hospital.</source>
        <translation>Der Name der Ethikkommission, die die klinische Studie genehmigt hat; er verrät meist die Region oder das Krankenhaus.</translation>
    </message>
    <message>
        <source>The trial&apos;s ethics approval number</source>
        <translation>Die Nummer des Ethikvotums der Studie</translation>
    </message>
    <message>
        <source>The approval number the ethics committee gave the clinical trial, which can be looked up to find the trial and its site.</source>
        <translation>Die Genehmigungsnummer, die die Ethikkommission der klinischen Studie gegeben hat; darüber lassen sich die Studie und ihr Zentrum finden.</translation>
    </message>
    <message>
        <source>When the trial&apos;s ethics approval began</source>
        <translation>Wann das Ethikvotum der Studie begann</translation>
    </message>
    <message>
        <source>The date the ethics approval for the clinical trial started; it is not about you but narrows down the trial.</source>
        <translation>Das Datum, an dem die Genehmigung der Ethikkommission für die klinische Studie begann; es betrifft nicht Sie, grenzt aber die Studie ein.</translation>
    </message>
    <message>
        <source>When the trial&apos;s ethics approval ends</source>
        <translation>Wann das Ethikvotum der Studie endet</translation>
    </message>
    <message>
        <source>The date the ethics approval for the clinical trial runs out; it is not about you but narrows down the trial.</source>
        <translation>Das Datum, an dem die Genehmigung der Ethikkommission für die klinische Studie abläuft; es betrifft nicht Sie, grenzt aber die Studie ein.</translation>
    </message>
    <message>
        <source>The time a testing device was calibrated</source>
        <translation>Die Uhrzeit, zu der ein Prüfgerät kalibriert wurde</translation>
    </message>
    <message>
        <source>When an industrial testing device was last calibrated; it is about the equipment, not you.</source>
        <translation>Wann ein industrielles Prüfgerät zuletzt kalibriert wurde; das betrifft das Gerät, nicht Sie.</translation>
    </message>
    <message>
        <source>The date a testing device was calibrated</source>
        <translation>Das Datum, an dem ein Prüfgerät kalibriert wurde</translation>
    </message>
    <message>
        <source>The day an industrial testing device was last calibrated; it is about the equipment, not you.</source>
        <translation>Der Tag, an dem ein industrielles Prüfgerät zuletzt kalibriert wurde; das betrifft das Gerät, nicht Sie.</translation>
    </message>
    <message>
        <source>The camera maker&apos;s hidden notes</source>
        <translation>Die versteckten Notizen des Kameraherstellers</translation>
    </message>
    <message>
        <source>Hidden data a camera maker stores in a photo, which can include the camera&apos;s serial number or owner.</source>
        <translation>Versteckte Daten, die ein Kamerahersteller in einem Foto speichert; sie können die Seriennummer oder den Besitzer der Kamera enthalten.</translation>
    </message>
    <message>
        <source>The camera&apos;s settings description</source>
        <translation>Die Beschreibung der Kameraeinstellungen</translation>
    </message>
    <message>
        <source>Text describing the camera settings used for a photo, which may include typed notes.</source>
        <translation>Text, der die für ein Foto verwendeten Kameraeinstellungen beschreibt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>The camera owner&apos;s name</source>
        <translation>Der Name des Kamerabesitzers</translation>
    </message>
    <message>
        <source>The name of whoever owns the camera that took the photo, such as the doctor or the clinic.</source>
        <translation>Der Name der Person oder Einrichtung, der die Kamera gehört, mit der das Foto gemacht wurde, zum Beispiel der Arztpraxis oder der Klinik.</translation>
    </message>
    <message>
        <source>The camera lens details</source>
        <translation>Die Angaben zum Kameraobjektiv</translation>
    </message>
    <message>
        <source>The focal length and aperture range of the camera lens used for a photo.</source>
        <translation>Die Brennweite und der Blendenbereich des Kameraobjektivs, das für ein Foto verwendet wurde.</translation>
    </message>
    <message>
        <source>The lens maker</source>
        <translation>Der Objektivhersteller</translation>
    </message>
    <message>
        <source>The company that made the camera lens used for a photo.</source>
        <translation>Die Firma, die das für ein Foto verwendete Kameraobjektiv hergestellt hat.</translation>
    </message>
    <message>
        <source>The lens model</source>
        <translation>Das Objektivmodell</translation>
    </message>
    <message>
        <source>The model of camera lens used for a photo, which helps identify the equipment.</source>
        <translation>Das Modell des für ein Foto verwendeten Kameraobjektivs; es hilft, die Ausrüstung zu erkennen.</translation>
    </message>
    <message>
        <source>The lens serial number</source>
        <translation>Die Seriennummer des Objektivs</translation>
    </message>
    <message>
        <source>The serial number of the camera lens, which identifies the exact lens and who owns it.</source>
        <translation>Die Seriennummer des Kameraobjektivs; sie macht das genaue Objektiv und seinen Besitzer erkennbar.</translation>
    </message>
    <message>
        <source>The photo location format version</source>
        <translation>Die Formatversion der Fotostandortdaten</translation>
    </message>
    <message>
        <source>The version of the location format used in a photo; on its own it reveals nothing.</source>
        <translation>Die Version des Standortformats, das in einem Foto verwendet wird; für sich allein verrät sie nichts.</translation>
    </message>
    <message>
        <source>North or south for the photo location</source>
        <translation>Nord oder Süd beim Fotostandort</translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded latitude is north or south of the equator.</source>
        <translation>Ob die gespeicherte geografische Breite des Fotos nördlich oder südlich des Äquators liegt.</translation>
    </message>
    <message>
        <source>The latitude where the photo was taken</source>
        <translation>Die geografische Breite des Aufnahmeorts</translation>
    </message>
    <message>
        <source>Satellite-measured latitude of where the photo was taken, which with the longitude can point to a building.</source>
        <translation>Die per Satellit gemessene geografische Breite des Ortes, an dem das Foto gemacht wurde; zusammen mit der Länge kann sie auf ein bestimmtes Gebäude zeigen.</translation>
    </message>
    <message>
        <source>East or west for the photo location</source>
        <translation>Ost oder West beim Fotostandort</translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded longitude is east or west of Greenwich.</source>
        <translation>Ob die gespeicherte geografische Länge des Fotos östlich oder westlich von Greenwich liegt.</translation>
    </message>
    <message>
        <source>The longitude where the photo was taken</source>
        <translation>Die geografische Länge des Aufnahmeorts</translation>
    </message>
    <message>
        <source>Satellite-measured longitude of where the photo was taken, which with the latitude can point to a building.</source>
        <translation>Die per Satellit gemessene geografische Länge des Ortes, an dem das Foto gemacht wurde; zusammen mit der Breite kann sie auf ein bestimmtes Gebäude zeigen.</translation>
    </message>
    <message>
        <source>Above or below sea level for the photo</source>
        <translation>Über oder unter dem Meeresspiegel beim Foto</translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded altitude is above or below sea level.</source>
        <translation>Ob die gespeicherte Höhe des Fotos über oder unter dem Meeresspiegel liegt.</translation>
    </message>
    <message>
        <source>The altitude where the photo was taken</source>
        <translation>Die Höhe des Aufnahmeorts</translation>
    </message>
    <message>
        <source>The height above sea level where the photo was taken, which can help pin down the place.</source>
        <translation>Die Höhe über dem Meeresspiegel, in der das Foto gemacht wurde; sie kann helfen, den Ort genau zu bestimmen.</translation>
    </message>
    <message>
        <source>The satellite clock time of the photo</source>
        <translation>Die Satellitenuhrzeit des Fotos</translation>
    </message>
    <message>
        <source>The exact time the camera&apos;s location receiver recorded, which shows when the photo was taken.</source>
        <translation>Die genaue Uhrzeit, die der Standortempfänger der Kamera aufgezeichnet hat; sie zeigt, wann das Foto gemacht wurde.</translation>
    </message>
    <message>
        <source>The satellites used to locate the photo</source>
        <translation>Die Satelliten, mit denen der Fotostandort bestimmt wurde</translation>
    </message>
    <message>
        <source>Which positioning satellites the camera used to work out where the photo was taken.</source>
        <translation>Welche Ortungssatelliten die Kamera verwendet hat, um zu bestimmen, wo das Foto gemacht wurde.</translation>
    </message>
    <message>
        <source>The status of the photo&apos;s location fix</source>
        <translation>Der Status der Standortbestimmung des Fotos</translation>
    </message>
    <message>
        <source>Whether the camera&apos;s location receiver was working when the photo was taken.</source>
        <translation>Ob der Standortempfänger der Kamera funktioniert hat, als das Foto gemacht wurde.</translation>
    </message>
    <message>
        <source>How the photo&apos;s location was measured</source>
        <translation>Wie der Standort des Fotos gemessen wurde</translation>
    </message>
    <message>
        <source>Whether the camera measured its location in two or three dimensions.</source>
        <translation>Ob die Kamera ihren Standort in zwei oder drei Dimensionen gemessen hat.</translation>
    </message>
    <message>
        <source>How precise the photo&apos;s location is</source>
        <translation>Wie genau der Standort des Fotos ist</translation>
    </message>
    <message>
        <source>A measure of how precise the camera&apos;s recorded location is.</source>
        <translation>Ein Maß dafür, wie genau der von der Kamera gespeicherte Standort ist.</translation>
    </message>
    <message>
        <source>The unit of the camera&apos;s speed</source>
        <translation>Die Einheit der Kamerageschwindigkeit</translation>
    </message>
    <message>
        <source>The unit used for the speed the camera was moving at, such as km/h.</source>
        <translation>Die Einheit für die Geschwindigkeit, mit der sich die Kamera bewegt hat, zum Beispiel km/h.</translation>
    </message>
    <message>
        <source>How fast the camera was moving</source>
        <translation>Wie schnell sich die Kamera bewegt hat</translation>
    </message>
    <message>
        <source>The speed the camera was moving at when the photo was taken.</source>
        <translation>Die Geschwindigkeit, mit der sich die Kamera bewegt hat, als das Foto gemacht wurde.</translation>
    </message>
    <message>
        <source>The reference for the camera&apos;s direction</source>
        <translation>Der Bezug für die Bewegungsrichtung der Kamera</translation>
    </message>
    <message>
        <source>Whether the camera&apos;s direction of travel is measured from true or magnetic north.</source>
        <translation>Ob die Bewegungsrichtung der Kamera von geografisch Nord oder von magnetisch Nord aus gemessen wird.</translation>
    </message>
    <message>
        <source>The direction the camera was moving</source>
        <translation>Die Richtung, in die sich die Kamera bewegt hat</translation>
    </message>
    <message>
        <source>The direction the camera was travelling in when the photo was taken.</source>
        <translation>Die Richtung, in die sich die Kamera bewegt hat, als das Foto gemacht wurde.</translation>
    </message>
    <message>
        <source>The reference for the photo&apos;s direction</source>
        <translation>Der Bezug für die Blickrichtung des Fotos</translation>
    </message>
    <message>
        <source>Whether the direction the camera faced is measured from true or magnetic north.</source>
        <translation>Ob die Blickrichtung der Kamera von geografisch Nord oder von magnetisch Nord aus gemessen wird.</translation>
    </message>
    <message>
        <source>The direction the camera faced</source>
        <translation>Die Richtung, in die die Kamera zeigte</translation>
    </message>
    <message>
        <source>The compass direction the camera was pointing when the photo was taken.</source>
        <translation>Die Himmelsrichtung, in die die Kamera zeigte, als das Foto gemacht wurde.</translation>
    </message>
    <message>
        <source>The map system of the photo location</source>
        <translation>Das Kartensystem des Fotostandorts</translation>
    </message>
    <message>
        <source>The map system used for the photo&apos;s recorded location, such as WGS-84.</source>
        <translation>Das Kartensystem, das für den gespeicherten Standort des Fotos verwendet wurde, zum Beispiel WGS-84.</translation>
    </message>
    <message>
        <source>North or south for the destination</source>
        <translation>Nord oder Süd beim Zielort</translation>
    </message>
    <message>
        <source>Whether the recorded destination latitude is north or south of the equator.</source>
        <translation>Ob die gespeicherte geografische Breite des Zielorts nördlich oder südlich des Äquators liegt.</translation>
    </message>
    <message>
        <source>The latitude of a destination</source>
        <translation>Die geografische Breite eines Zielorts</translation>
    </message>
    <message>
        <source>The latitude of a destination stored with the photo, which can point to a specific place.</source>
        <translation>Die geografische Breite eines mit dem Foto gespeicherten Zielorts; sie kann auf einen bestimmten Ort zeigen.</translation>
    </message>
    <message>
        <source>East or west for the destination</source>
        <translation>Ost oder West beim Zielort</translation>
    </message>
    <message>
        <source>Whether the recorded destination longitude is east or west of Greenwich.</source>
        <translation>Ob die gespeicherte geografische Länge des Zielorts östlich oder westlich von Greenwich liegt.</translation>
    </message>
    <message>
        <source>The longitude of a destination</source>
        <translation>Die geografische Länge eines Zielorts</translation>
    </message>
    <message>
        <source>The longitude of a destination stored with the photo, which can point to a specific place.</source>
        <translation>Die geografische Länge eines mit dem Foto gespeicherten Zielorts; sie kann auf einen bestimmten Ort zeigen.</translation>
    </message>
    <message>
        <source>The reference for the destination bearing</source>
        <translation>Der Bezug für die Peilung zum Zielort</translation>
    </message>
    <message>
        <source>Whether the bearing to the destination is measured from true or magnetic north.</source>
        <translation>Ob die Peilung zum Zielort von geografisch Nord oder von magnetisch Nord aus gemessen wird.</translation>
    </message>
    <message>
        <source>The bearing to a destination</source>
        <translation>Die Peilung zu einem Zielort</translation>
    </message>
    <message>
        <source>The compass bearing from where the photo was taken to a stored destination.</source>
        <translation>Die Kompasspeilung vom Aufnahmeort des Fotos zu einem gespeicherten Zielort.</translation>
    </message>
    <message>
        <source>The unit of the destination distance</source>
        <translation>Die Einheit der Entfernung zum Zielort</translation>
    </message>
    <message>
        <source>The unit used for the distance to a stored destination, such as kilometres.</source>
        <translation>Die Einheit für die Entfernung zu einem gespeicherten Zielort, zum Beispiel Kilometer.</translation>
    </message>
    <message>
        <source>The distance to a destination</source>
        <translation>Die Entfernung zu einem Zielort</translation>
    </message>
    <message>
        <source>How far a stored destination was from where the photo was taken.</source>
        <translation>Wie weit ein gespeicherter Zielort von dem Ort entfernt war, an dem das Foto gemacht wurde.</translation>
    </message>
    <message>
        <source>How the photo&apos;s location was found</source>
        <translation>Wie der Standort des Fotos ermittelt wurde</translation>
    </message>
    <message>
        <source>The method the camera used to find its location, such as satellite or mobile network.</source>
        <translation>Die Methode, mit der die Kamera ihren Standort ermittelt hat, zum Beispiel per Satellit oder Mobilfunknetz.</translation>
    </message>
    <message>
        <source>The name of the area of the photo</source>
        <translation>Der Name der Gegend des Fotos</translation>
    </message>
    <message>
        <source>Text naming the area where the photo was taken, which can be a town or street.</source>
        <translation>Text, der die Gegend nennt, in der das Foto gemacht wurde; das kann ein Ort oder eine Straße sein.</translation>
    </message>
    <message>
        <source>The satellite clock date of the photo</source>
        <translation>Das Satellitendatum des Fotos</translation>
    </message>
    <message>
        <source>The date the camera&apos;s location receiver recorded, which shows the day the photo was taken.</source>
        <translation>Das Datum, das der Standortempfänger der Kamera aufgezeichnet hat; es zeigt, an welchem Tag das Foto gemacht wurde.</translation>
    </message>
    <message>
        <source>Whether the photo location was corrected</source>
        <translation>Ob der Fotostandort korrigiert wurde</translation>
    </message>
    <message>
        <source>Whether extra correction was applied to sharpen the camera&apos;s recorded location.</source>
        <translation>Ob eine zusätzliche Korrektur angewendet wurde, um den gespeicherten Standort der Kamera genauer zu machen.</translation>
    </message>
    <message>
        <source>The contrast dye you were given</source>
        <translation>Das Kontrastmittel, das Sie bekommen haben</translation>
    </message>
    <message>
        <source>The name of the contrast agent injected or swallowed for your scan, which is a health detail.</source>
        <translation>Der Name des Kontrastmittels, das Ihnen für die Untersuchung gespritzt wurde oder das Sie geschluckt haben; das ist eine Gesundheitsangabe.</translation>
    </message>
    <message>
        <source>When a drug given during the scan stopped</source>
        <translation>Wann ein Medikament während der Untersuchung beendet wurde</translation>
    </message>
    <message>
        <source>The time a medicine given during your scan was stopped, tied to your visit.</source>
        <translation>Die Uhrzeit, zu der ein Medikament, das Sie während der Untersuchung bekommen haben, abgesetzt wurde; sie gehört zu Ihrem Besuch.</translation>
    </message>
    <message>
        <source>When a drug given during the scan started</source>
        <translation>Wann ein Medikament während der Untersuchung begonnen wurde</translation>
    </message>
    <message>
        <source>The time a medicine given during your scan was started, tied to your visit.</source>
        <translation>Die Uhrzeit, zu der ein Medikament, das Sie während der Untersuchung bekommen haben, begonnen wurde; sie gehört zu Ihrem Besuch.</translation>
    </message>
    <message>
        <source>The scanner&apos;s serial number</source>
        <translation>Die Seriennummer des Scanners</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s serial number of the machine that scanned you, which identifies the exact scanner and its hospital.</source>
        <translation>Die Seriennummer des Herstellers für das Gerät, mit dem Sie untersucht wurden; sie macht den genauen Scanner und sein Krankenhaus erkennbar.</translation>
    </message>
    <message>
        <source>A unique number for the scanner</source>
        <translation>Eine eindeutige Nummer für den Scanner</translation>
    </message>
    <message>
        <source>A unique number naming the exact machine that made the images, which can identify the hospital.</source>
        <translation>Eine eindeutige Nummer für das genaue Gerät, das die Bilder erstellt hat; sie kann das Krankenhaus erkennbar machen.</translation>
    </message>
    <message>
        <source>The X-ray plate number</source>
        <translation>Die Nummer der Röntgenspeicherfolie</translation>
    </message>
    <message>
        <source>The number of the imaging plate used for your X-ray, which identifies the hospital&apos;s equipment.</source>
        <translation>Die Nummer der Bildplatte, die für Ihre Röntgenaufnahme verwendet wurde; sie macht die Ausrüstung des Krankenhauses erkennbar.</translation>
    </message>
    <message>
        <source>The X-ray generator number</source>
        <translation>Die Nummer des Röntgengenerators</translation>
    </message>
    <message>
        <source>The number of the X-ray generator used for your scan, which identifies the hospital&apos;s equipment.</source>
        <translation>Die Nummer des Röntgengenerators, der für Ihre Untersuchung verwendet wurde; sie macht die Ausrüstung des Krankenhauses erkennbar.</translation>
    </message>
    <message>
        <source>The X-ray cassette number</source>
        <translation>Die Nummer der Röntgenkassette</translation>
    </message>
    <message>
        <source>The number of the film cassette used for your X-ray, which identifies the hospital&apos;s equipment.</source>
        <translation>Die Nummer der Filmkassette, die für Ihre Röntgenaufnahme verwendet wurde; sie macht die Ausrüstung des Krankenhauses erkennbar.</translation>
    </message>
    <message>
        <source>The scanner gantry number</source>
        <translation>Die Nummer der Scanner-Gantry</translation>
    </message>
    <message>
        <source>The number of the scanner&apos;s ring-shaped frame, which identifies the exact machine.</source>
        <translation>Die Nummer des ringförmigen Gehäuses (Gantry) des Scanners; sie macht das genaue Gerät erkennbar.</translation>
    </message>
    <message>
        <source>The device&apos;s official unique identifier</source>
        <translation>Die offizielle eindeutige Gerätekennung</translation>
    </message>
    <message>
        <source>The unique device identifier printed on medical equipment, which names the exact device used on you.</source>
        <translation>Die eindeutige Gerätekennung (UDI), die auf medizinische Geräte gedruckt ist; sie benennt genau das Gerät, das bei Ihnen verwendet wurde.</translation>
    </message>
    <message>
        <source>The device&apos;s official identifiers</source>
        <translation>Die offiziellen Gerätekennungen</translation>
    </message>
    <message>
        <source>A list of unique device identifiers for the equipment used, which names the exact devices.</source>
        <translation>Eine Liste eindeutiger Gerätekennungen der verwendeten Ausrüstung; sie benennt die genauen Geräte.</translation>
    </message>
    <message>
        <source>A code for the kind of device</source>
        <translation>Ein Code für die Geräteart</translation>
    </message>
    <message>
        <source>A number the manufacturer uses for this kind of device; it names the model rather than your exact machine.</source>
        <translation>Eine Nummer, die der Hersteller für diese Art von Gerät verwendet; sie benennt das Modell, nicht Ihr genaues Gerät.</translation>
    </message>
    <message>
        <source>The date this picture was copied</source>
        <translation>Das Datum, an dem dieses Bild kopiert wurde</translation>
    </message>
    <message>
        <source>The day a screen capture or scanned copy of your image was made, tied to your care.</source>
        <translation>Der Tag, an dem ein Bildschirmfoto oder eine eingescannte Kopie Ihres Bildes erstellt wurde; er gehört zu Ihrer Behandlung.</translation>
    </message>
    <message>
        <source>The time this picture was copied</source>
        <translation>Die Uhrzeit, zu der dieses Bild kopiert wurde</translation>
    </message>
    <message>
        <source>The time of day a screen capture or scanned copy of your image was made.</source>
        <translation>Die Tageszeit, zu der ein Bildschirmfoto oder eine eingescannte Kopie Ihres Bildes erstellt wurde.</translation>
    </message>
    <message>
        <source>The name of the scan recipe</source>
        <translation>Der Name des Untersuchungsprotokolls</translation>
    </message>
    <message>
        <source>The name of the scanner settings used, such as &apos;Head routine&apos;; staff sometimes type names or notes here.</source>
        <translation>Der Name der verwendeten Scannereinstellungen, zum Beispiel „Kopf Routine“; das Personal tippt hier manchmal Namen oder Notizen ein.</translation>
    </message>
    <message>
        <source>When contrast dye started</source>
        <translation>Wann die Kontrastmittelgabe begann</translation>
    </message>
    <message>
        <source>The time the contrast agent injection for your scan started.</source>
        <translation>Die Uhrzeit, zu der die Kontrastmittelinjektion für Ihre Untersuchung begann.</translation>
    </message>
    <message>
        <source>When contrast dye stopped</source>
        <translation>Wann die Kontrastmittelgabe endete</translation>
    </message>
    <message>
        <source>The time the contrast agent injection for your scan ended.</source>
        <translation>Die Uhrzeit, zu der die Kontrastmittelinjektion für Ihre Untersuchung endete.</translation>
    </message>
    <message>
        <source>When the radioactive tracer was given</source>
        <translation>Wann der radioaktive Tracer gegeben wurde</translation>
    </message>
    <message>
        <source>The time the radioactive tracer for your nuclear medicine or PET scan was given.</source>
        <translation>Die Uhrzeit, zu der Ihnen der radioaktive Tracer für Ihre nuklearmedizinische Untersuchung oder PET gegeben wurde.</translation>
    </message>
    <message>
        <source>When the radioactive tracer ended</source>
        <translation>Wann die Gabe des radioaktiven Tracers endete</translation>
    </message>
    <message>
        <source>The time the radioactive tracer injection for your scan ended.</source>
        <translation>Die Uhrzeit, zu der die Injektion des radioaktiven Tracers für Ihre Untersuchung endete.</translation>
    </message>
    <message>
        <source>The date and time the tracer was given</source>
        <translation>Datum und Uhrzeit der Tracergabe</translation>
    </message>
    <message>
        <source>The date and time the radioactive tracer for your scan was given, which pins down your visit.</source>
        <translation>Datum und Uhrzeit, zu der Ihnen der radioaktive Tracer für Ihre Untersuchung gegeben wurde; das bestimmt Ihren Besuch genau.</translation>
    </message>
    <message>
        <source>The date and time the tracer ended</source>
        <translation>Datum und Uhrzeit des Endes der Tracergabe</translation>
    </message>
    <message>
        <source>The date and time the radioactive tracer injection for your scan ended.</source>
        <translation>Datum und Uhrzeit, zu der die Injektion des radioaktiven Tracers für Ihre Untersuchung endete.</translation>
    </message>
    <message>
        <source>A label for the scanned area</source>
        <translation>Eine Bezeichnung für den untersuchten Bereich</translation>
    </message>
    <message>
        <source>A label for the area the scanner viewed; usually technical, but it can hold typed text.</source>
        <translation>Eine Bezeichnung für den Bereich, den der Scanner erfasst hat; meist technisch, kann aber eingetippten Text enthalten.</translation>
    </message>
    <message>
        <source>When the scanner was last calibrated</source>
        <translation>Wann der Scanner zuletzt kalibriert wurde</translation>
    </message>
    <message>
        <source>The day the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>Der Tag, an dem der Scanner zuletzt kalibriert wurde; das betrifft das Gerät, kann aber helfen, es zu erkennen.</translation>
    </message>
    <message>
        <source>The time of the last calibration</source>
        <translation>Die Uhrzeit der letzten Kalibrierung</translation>
    </message>
    <message>
        <source>The time the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>Die Uhrzeit, zu der der Scanner zuletzt kalibriert wurde; das betrifft das Gerät, kann aber helfen, es zu erkennen.</translation>
    </message>
    <message>
        <source>The date and time of the last calibration</source>
        <translation>Datum und Uhrzeit der letzten Kalibrierung</translation>
    </message>
    <message>
        <source>When the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>Wann der Scanner zuletzt kalibriert wurde; das betrifft das Gerät, kann aber helfen, es zu erkennen.</translation>
    </message>
    <message>
        <source>When the calibration was done</source>
        <translation>Wann die Kalibrierung durchgeführt wurde</translation>
    </message>
    <message>
        <source>The date and time of a calibration of the equipment; it is about the machine, not you.</source>
        <translation>Datum und Uhrzeit einer Kalibrierung der Ausrüstung; das betrifft das Gerät, nicht Sie.</translation>
    </message>
    <message>
        <source>When the device was made</source>
        <translation>Wann das Gerät hergestellt wurde</translation>
    </message>
    <message>
        <source>The manufacturing date of the device, which can help identify the exact machine.</source>
        <translation>Das Herstellungsdatum des Geräts; es kann helfen, das genaue Gerät zu erkennen.</translation>
    </message>
    <message>
        <source>When the device was installed</source>
        <translation>Wann das Gerät aufgestellt wurde</translation>
    </message>
    <message>
        <source>The day the device was installed at the hospital, which can help identify the exact machine.</source>
        <translation>Der Tag, an dem das Gerät im Krankenhaus aufgestellt wurde; er kann helfen, das genaue Gerät zu erkennen.</translation>
    </message>
    <message>
        <source>The scanner&apos;s processing description</source>
        <translation>Die Beschreibung der Bildverarbeitung des Scanners</translation>
    </message>
    <message>
        <source>Text saying how the machine processed the picture, which sometimes includes body part or typed notes.</source>
        <translation>Text darüber, wie das Gerät das Bild verarbeitet hat; er enthält manchmal den Körperteil oder eingetippte Notizen.</translation>
    </message>
    <message>
        <source>A unique number for a targeted spot</source>
        <translation>Eine eindeutige Nummer für eine Zielstelle</translation>
    </message>
    <message>
        <source>A unique number for a spot targeted during a procedure, which links to records of your treatment.</source>
        <translation>Eine eindeutige Nummer für eine Stelle, die während eines Eingriffs angesteuert wurde; sie verweist auf Unterlagen zu Ihrer Behandlung.</translation>
    </message>
    <message>
        <source>Comments about taking the pictures</source>
        <translation>Kommentare zur Bildaufnahme</translation>
    </message>
    <message>
        <source>Notes the staff wrote while taking the images, which may include names, symptoms or other details.</source>
        <translation>Notizen, die das Personal bei der Aufnahme der Bilder geschrieben hat; sie können Namen, Beschwerden oder andere Angaben enthalten.</translation>
    </message>
    <message>
        <source>The ultrasound probe&apos;s identifiers</source>
        <translation>Die Kennungen des Ultraschallkopfs</translation>
    </message>
    <message>
        <source>Numbers identifying the ultrasound probe used on you, such as its serial number.</source>
        <translation>Nummern, die den bei Ihnen verwendeten Ultraschallkopf erkennbar machen, zum Beispiel seine Seriennummer.</translation>
    </message>
    <message>
        <source>The detector&apos;s serial number</source>
        <translation>Die Seriennummer des Detektors</translation>
    </message>
    <message>
        <source>The identifier of the X-ray detector used, which names the exact equipment at the hospital.</source>
        <translation>Die Kennung des verwendeten Röntgendetektors; sie benennt die genaue Ausrüstung im Krankenhaus.</translation>
    </message>
    <message>
        <source>When the detector was last calibrated</source>
        <translation>Wann der Detektor zuletzt kalibriert wurde</translation>
    </message>
    <message>
        <source>The day the X-ray detector was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>Der Tag, an dem der Röntgendetektor zuletzt kalibriert wurde; das betrifft das Gerät, kann aber helfen, es zu erkennen.</translation>
    </message>
    <message>
        <source>The time the detector was calibrated</source>
        <translation>Die Uhrzeit, zu der der Detektor kalibriert wurde</translation>
    </message>
    <message>
        <source>The time the X-ray detector was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>Die Uhrzeit, zu der der Röntgendetektor zuletzt kalibriert wurde; das betrifft das Gerät, kann aber helfen, es zu erkennen.</translation>
    </message>
    <message>
        <source>When each frame was taken</source>
        <translation>Wann jedes Einzelbild aufgenommen wurde</translation>
    </message>
    <message>
        <source>The date and time each frame of a multi-frame image was recorded, pinning down your visit.</source>
        <translation>Datum und Uhrzeit, zu der jedes Einzelbild eines Mehrbild-Bildes aufgezeichnet wurde; das bestimmt Ihren Besuch genau.</translation>
    </message>
    <message>
        <source>The reference time of each frame</source>
        <translation>Die Bezugszeit jedes Einzelbilds</translation>
    </message>
    <message>
        <source>The date and time each frame refers to, normally during your scan.</source>
        <translation>Datum und Uhrzeit, auf die sich jedes Einzelbild bezieht, normalerweise während Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>How breathing motion was corrected</source>
        <translation>Wie Atembewegungen korrigiert wurden</translation>
    </message>
    <message>
        <source>Text describing how the scanner corrected for your breathing, which may include typed notes.</source>
        <translation>Text darüber, wie der Scanner Ihre Atmung ausgeglichen hat; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>The X-ray tube&apos;s identifier</source>
        <translation>Die Kennung der Röntgenröhre</translation>
    </message>
    <message>
        <source>The identifier of the X-ray tube used for your scan, which names the exact equipment.</source>
        <translation>Die Kennung der Röntgenröhre, die für Ihre Untersuchung verwendet wurde; sie benennt die genaue Ausrüstung.</translation>
    </message>
    <message>
        <source>When the X-ray tube started</source>
        <translation>Wann die Röntgenröhre eingeschaltet wurde</translation>
    </message>
    <message>
        <source>The date and time the X-ray source started for your exposure.</source>
        <translation>Datum und Uhrzeit, zu der die Röntgenquelle für Ihre Aufnahme eingeschaltet wurde.</translation>
    </message>
    <message>
        <source>When the X-ray tube stopped</source>
        <translation>Wann die Röntgenröhre ausgeschaltet wurde</translation>
    </message>
    <message>
        <source>The date and time the X-ray source stopped for your exposure.</source>
        <translation>Datum und Uhrzeit, zu der die Röntgenquelle für Ihre Aufnahme ausgeschaltet wurde.</translation>
    </message>
    <message>
        <source>The X-ray detector&apos;s identifier</source>
        <translation>Die Kennung des Röntgendetektors</translation>
    </message>
    <message>
        <source>The identifier of the X-ray detector used for your scan, which names the exact equipment.</source>
        <translation>Die Kennung des Röntgendetektors, der für Ihre Untersuchung verwendet wurde; sie benennt die genaue Ausrüstung.</translation>
    </message>
    <message>
        <source>The X-ray detector&apos;s label</source>
        <translation>Die Bezeichnung des Röntgendetektors</translation>
    </message>
    <message>
        <source>The label given to the X-ray detector, which can identify the equipment at the hospital.</source>
        <translation>Die Bezeichnung, die der Röntgendetektor bekommen hat; sie kann die Ausrüstung im Krankenhaus erkennbar machen.</translation>
    </message>
    <message>
        <source>A description of a dual-energy scan</source>
        <translation>Eine Beschreibung einer Dual-Energy-Untersuchung</translation>
    </message>
    <message>
        <source>Text describing how a scan using several X-ray energies was done, which may include typed notes.</source>
        <translation>Text darüber, wie eine Untersuchung mit mehreren Röntgenenergien durchgeführt wurde; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of how energies were separated</source>
        <translation>Eine Beschreibung, wie die Energien getrennt wurden</translation>
    </message>
    <message>
        <source>Text describing how the scanner split a multi-energy scan into separate images, which may include typed notes.</source>
        <translation>Text darüber, wie der Scanner eine Untersuchung mit mehreren Energien in einzelne Bilder aufgeteilt hat; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of the scan recipe</source>
        <translation>Eine Beschreibung des Untersuchungsprotokolls</translation>
    </message>
    <message>
        <source>Text describing the scanner settings used, which staff sometimes fill with names or notes.</source>
        <translation>Text, der die verwendeten Scannereinstellungen beschreibt und in den das Personal manchmal Namen oder Notizen schreibt.</translation>
    </message>
    <message>
        <source>When the picture-taking started</source>
        <translation>Wann die Bildaufnahme begann</translation>
    </message>
    <message>
        <source>The date and time the scanner began recording, which pins down your visit.</source>
        <translation>Datum und Uhrzeit, zu der der Scanner mit der Aufzeichnung begann; das bestimmt Ihren Besuch genau.</translation>
    </message>
    <message>
        <source>When the picture-taking ended</source>
        <translation>Wann die Bildaufnahme endete</translation>
    </message>
    <message>
        <source>The date and time the scanner stopped recording, which pins down your visit.</source>
        <translation>Datum und Uhrzeit, zu der der Scanner die Aufzeichnung beendete; das bestimmt Ihren Besuch genau.</translation>
    </message>
    <message>
        <source>The heart-beat timing mark</source>
        <translation>Die Zeitmarke des Herzschlags</translation>
    </message>
    <message>
        <source>The date and time of a heartbeat or breathing signal used to time your scan.</source>
        <translation>Datum und Uhrzeit eines Herzschlag- oder Atemsignals, nach dem Ihre Untersuchung zeitlich gesteuert wurde.</translation>
    </message>
    <message>
        <source>The reference time for tracer decay</source>
        <translation>Die Bezugszeit für den Zerfall des Tracers</translation>
    </message>
    <message>
        <source>The date and time used to correct for the radioactive tracer fading, normally during your scan.</source>
        <translation>Datum und Uhrzeit, mit denen das Abklingen des radioaktiven Tracers ausgeglichen wird, normalerweise während Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>When a left-out period started</source>
        <translation>Wann ein ausgelassener Zeitraum begann</translation>
    </message>
    <message>
        <source>The date and time a stretch of your scan was set aside, such as when you moved.</source>
        <translation>Datum und Uhrzeit, ab der ein Abschnitt Ihrer Untersuchung ausgelassen wurde, zum Beispiel weil Sie sich bewegt haben.</translation>
    </message>
    <message>
        <source>When an instruction was carried out</source>
        <translation>Wann eine Anweisung ausgeführt wurde</translation>
    </message>
    <message>
        <source>The date and time an instruction during your scan, such as to hold your breath, was carried out.</source>
        <translation>Datum und Uhrzeit, zu der eine Anweisung während Ihrer Untersuchung ausgeführt wurde, zum Beispiel die Luft anzuhalten.</translation>
    </message>
    <message>
        <source>The requested description of the image set</source>
        <translation>Die gewünschte Beschreibung der Bildserie</translation>
    </message>
    <message>
        <source>Text the doctor asked to describe a group of images, which may include typed notes.</source>
        <translation>Text, mit dem die Ärztin oder der Arzt eine Gruppe von Bildern beschreiben ließ; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>When a system contributed to this file</source>
        <translation>Wann ein System zu dieser Datei beigetragen hat</translation>
    </message>
    <message>
        <source>The date and time another system or hospital added to this file, tied to the handling of your scan.</source>
        <translation>Datum und Uhrzeit, zu der ein anderes System oder Krankenhaus etwas zu dieser Datei hinzugefügt hat; sie gehören zur Bearbeitung Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>A description of the contribution</source>
        <translation>Eine Beschreibung des Beitrags</translation>
    </message>
    <message>
        <source>Text describing how another system or hospital changed this file, which may name the site.</source>
        <translation>Text darüber, wie ein anderes System oder Krankenhaus diese Datei verändert hat; er kann den Standort nennen.</translation>
    </message>
    <message>
        <source>A unique number given to this scan</source>
        <translation>Eine eindeutige Nummer für diese Untersuchung</translation>
    </message>
    <message>
        <source>A unique number for your whole scan visit; the hospital&apos;s archive can match it straight back to you.</source>
        <translation>Eine eindeutige Nummer für Ihren gesamten Untersuchungstermin; das Bildarchiv des Krankenhauses kann sie direkt Ihnen zuordnen.</translation>
    </message>
    <message>
        <source>A unique number for this set of pictures</source>
        <translation>Eine eindeutige Nummer für diese Bildserie</translation>
    </message>
    <message>
        <source>A unique number for this group of images, which the hospital can match back to your scan.</source>
        <translation>Eine eindeutige Nummer für diese Gruppe von Bildern; das Krankenhaus kann sie Ihrer Untersuchung zuordnen.</translation>
    </message>
    <message>
        <source>The scanner&apos;s number for your scan</source>
        <translation>Die Nummer des Scanners für Ihre Untersuchung</translation>
    </message>
    <message>
        <source>A short number the scanner or hospital gave your scan, which staff can use to find it.</source>
        <translation>Eine kurze Nummer, die der Scanner oder das Krankenhaus Ihrer Untersuchung gegeben hat; das Personal kann sie damit finden.</translation>
    </message>
    <message>
        <source>A label for a slide image</source>
        <translation>Eine Bezeichnung für ein Objektträgerbild</translation>
    </message>
    <message>
        <source>A label for a zoomable microscope slide image, which may include typed names or numbers.</source>
        <translation>Eine Bezeichnung für ein zoombares Mikroskopbild eines Objektträgers; sie kann eingetippte Namen oder Nummern enthalten.</translation>
    </message>
    <message>
        <source>A unique number for the body position grid</source>
        <translation>Eine eindeutige Nummer für das Koordinatensystem des Körpers</translation>
    </message>
    <message>
        <source>A unique number for the positioning grid shared by images taken together, which ties them to your scan.</source>
        <translation>Eine eindeutige Nummer für das Lagekoordinatensystem, das gemeinsam aufgenommene Bilder teilen; sie verbindet diese mit Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>A unique number for the shared clock</source>
        <translation>Eine eindeutige Nummer für die gemeinsame Uhr</translation>
    </message>
    <message>
        <source>A unique number for the clock shared by devices recording together, which ties these files to your scan.</source>
        <translation>Eine eindeutige Nummer für die Uhr, die gemeinsam aufzeichnende Geräte teilen; sie verbindet diese Dateien mit Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>The device that changed the image</source>
        <translation>Das Gerät, das das Bild verändert hat</translation>
    </message>
    <message>
        <source>The identifier of a device or program that changed this image afterwards.</source>
        <translation>Die Kennung eines Geräts oder Programms, das dieses Bild nachträglich verändert hat.</translation>
    </message>
    <message>
        <source>The date the image was changed</source>
        <translation>Das Datum, an dem das Bild verändert wurde</translation>
    </message>
    <message>
        <source>The day this image was edited after it was taken, tied to the handling of your scan.</source>
        <translation>Der Tag, an dem dieses Bild nach der Aufnahme bearbeitet wurde; er gehört zur Bearbeitung Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>The time the image was changed</source>
        <translation>Die Uhrzeit, zu der das Bild verändert wurde</translation>
    </message>
    <message>
        <source>The time of day this image was edited after it was taken.</source>
        <translation>Die Tageszeit, zu der dieses Bild nach der Aufnahme bearbeitet wurde.</translation>
    </message>
    <message>
        <source>A description of how the image was changed</source>
        <translation>Eine Beschreibung, wie das Bild verändert wurde</translation>
    </message>
    <message>
        <source>Text saying how this image was edited, which may include typed notes or names.</source>
        <translation>Text darüber, wie dieses Bild bearbeitet wurde; er kann eingetippte Notizen oder Namen enthalten.</translation>
    </message>
    <message>
        <source>Comments about the image</source>
        <translation>Kommentare zum Bild</translation>
    </message>
    <message>
        <source>Notes staff typed about this image, which can contain names, dates or findings.</source>
        <translation>Notizen, die das Personal zu diesem Bild eingetippt hat; sie können Namen, Daten oder Befunde enthalten.</translation>
    </message>
    <message>
        <source>Comments about one frame</source>
        <translation>Kommentare zu einem Einzelbild</translation>
    </message>
    <message>
        <source>Notes typed about one frame of a multi-frame image, which can contain names or findings.</source>
        <translation>Notizen zu einem Einzelbild eines Mehrbild-Bildes; sie können Namen oder Befunde enthalten.</translation>
    </message>
    <message>
        <source>A unique number for a split image</source>
        <translation>Eine eindeutige Nummer für ein geteiltes Bild</translation>
    </message>
    <message>
        <source>A unique number shared by the pieces of a very large image, which ties them to your scan.</source>
        <translation>Eine eindeutige Nummer, die die Teile eines sehr großen Bildes gemeinsam haben; sie verbindet diese mit Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>A unique number for how frames are arranged</source>
        <translation>Eine eindeutige Nummer für die Anordnung der Einzelbilder</translation>
    </message>
    <message>
        <source>A unique number for the way frames are arranged, created by the scanner and linkable to your scan.</source>
        <translation>Eine eindeutige Nummer für die Art, wie Einzelbilder angeordnet sind; sie wird vom Scanner erzeugt und lässt sich Ihrer Untersuchung zuordnen.</translation>
    </message>
    <message>
        <source>A unique number for a colour table</source>
        <translation>Eine eindeutige Nummer für eine Farbtabelle</translation>
    </message>
    <message>
        <source>A unique number for the colour table used to show the image, created for your images.</source>
        <translation>Eine eindeutige Nummer für die Farbtabelle, mit der das Bild angezeigt wird; sie wurde für Ihre Bilder erzeugt.</translation>
    </message>
    <message>
        <source>A unique number for a large colour table</source>
        <translation>Eine eindeutige Nummer für eine große Farbtabelle</translation>
    </message>
    <message>
        <source>A unique number for a large colour table used to show the image, created for your images.</source>
        <translation>Eine eindeutige Nummer für eine große Farbtabelle, mit der das Bild angezeigt wird; sie wurde für Ihre Bilder erzeugt.</translation>
    </message>
    <message>
        <source>Comments about how to show the image</source>
        <translation>Kommentare zur Anzeige des Bildes</translation>
    </message>
    <message>
        <source>Notes about how the image should be displayed, which can contain typed names or findings.</source>
        <translation>Notizen dazu, wie das Bild angezeigt werden soll; sie können eingetippte Namen oder Befunde enthalten.</translation>
    </message>
    <message>
        <source>Who numbered your scan</source>
        <translation>Wer Ihre Untersuchung nummeriert hat</translation>
    </message>
    <message>
        <source>The hospital or system that gave your scan its number, which shows where it was done.</source>
        <translation>Das Krankenhaus oder System, das Ihrer Untersuchung ihre Nummer gegeben hat; es zeigt, wo sie durchgeführt wurde.</translation>
    </message>
    <message>
        <source>The date your scan was checked</source>
        <translation>Das Datum, an dem Ihre Untersuchung geprüft wurde</translation>
    </message>
    <message>
        <source>The day your scan was checked as complete, tied to your visit.</source>
        <translation>Der Tag, an dem Ihre Untersuchung als vollständig geprüft wurde; er gehört zu Ihrem Besuch.</translation>
    </message>
    <message>
        <source>The time your scan was checked</source>
        <translation>Die Uhrzeit, zu der Ihre Untersuchung geprüft wurde</translation>
    </message>
    <message>
        <source>The time of day your scan was checked as complete.</source>
        <translation>Die Tageszeit, zu der Ihre Untersuchung als vollständig geprüft wurde.</translation>
    </message>
    <message>
        <source>The date your scan was read</source>
        <translation>Das Datum, an dem Ihre Untersuchung ausgewertet wurde</translation>
    </message>
    <message>
        <source>The day a doctor read your images, tied to your care.</source>
        <translation>Der Tag, an dem eine Ärztin oder ein Arzt Ihre Bilder ausgewertet hat; er gehört zu Ihrer Behandlung.</translation>
    </message>
    <message>
        <source>The time your scan was read</source>
        <translation>Die Uhrzeit, zu der Ihre Untersuchung ausgewertet wurde</translation>
    </message>
    <message>
        <source>The time of day a doctor read your images.</source>
        <translation>Die Tageszeit, zu der eine Ärztin oder ein Arzt Ihre Bilder ausgewertet hat.</translation>
    </message>
    <message>
        <source>The planned start date of your scan</source>
        <translation>Das geplante Anfangsdatum Ihrer Untersuchung</translation>
    </message>
    <message>
        <source>The day your scan was booked to start, which shows when you were expected at the hospital.</source>
        <translation>Der Tag, für den der Beginn Ihrer Untersuchung geplant war; er zeigt, wann Sie im Krankenhaus erwartet wurden.</translation>
    </message>
    <message>
        <source>The planned start time of your scan</source>
        <translation>Die geplante Anfangszeit Ihrer Untersuchung</translation>
    </message>
    <message>
        <source>The time your scan was booked to start.</source>
        <translation>Die Uhrzeit, für die der Beginn Ihrer Untersuchung geplant war.</translation>
    </message>
    <message>
        <source>The planned end date of your scan</source>
        <translation>Das geplante Enddatum Ihrer Untersuchung</translation>
    </message>
    <message>
        <source>The day your scan was booked to finish.</source>
        <translation>Der Tag, für den das Ende Ihrer Untersuchung geplant war.</translation>
    </message>
    <message>
        <source>The planned end time of your scan</source>
        <translation>Die geplante Endzeit Ihrer Untersuchung</translation>
    </message>
    <message>
        <source>The time your scan was booked to finish.</source>
        <translation>Die Uhrzeit, für die das Ende Ihrer Untersuchung geplant war.</translation>
    </message>
    <message>
        <source>Where your scan was booked</source>
        <translation>Wo Ihre Untersuchung geplant war</translation>
    </message>
    <message>
        <source>The place your scan was booked to happen, such as a room or building of the hospital.</source>
        <translation>Der Ort, an dem Ihre Untersuchung stattfinden sollte, zum Beispiel ein Raum oder Gebäude des Krankenhauses.</translation>
    </message>
    <message>
        <source>The network name of the booked scanner</source>
        <translation>Der Netzwerkname des geplanten Scanners</translation>
    </message>
    <message>
        <source>The network name of the machine your scan was booked on, which can identify the site.</source>
        <translation>Der Netzwerkname des Geräts, für das Ihre Untersuchung geplant war; er kann den Standort erkennbar machen.</translation>
    </message>
    <message>
        <source>The reason for your scan</source>
        <translation>Der Grund für Ihre Untersuchung</translation>
    </message>
    <message>
        <source>Why your scan was done, in the doctor&apos;s words, which reveals your symptoms or suspected illness.</source>
        <translation>Warum Ihre Untersuchung durchgeführt wurde, in den Worten der Ärztin oder des Arztes; das verrät Ihre Beschwerden oder eine vermutete Krankheit.</translation>
    </message>
    <message>
        <source>The doctor who requested your scan</source>
        <translation>Der Arzt, der Ihre Untersuchung beantragt hat</translation>
    </message>
    <message>
        <source>The name of the doctor who requested your scan, which shows who treats you.</source>
        <translation>Der Name der Ärztin oder des Arztes, die oder der Ihre Untersuchung beantragt hat; er zeigt, wer Sie behandelt.</translation>
    </message>
    <message>
        <source>The service that requested your scan</source>
        <translation>Der Fachbereich, der Ihre Untersuchung beantragt hat</translation>
    </message>
    <message>
        <source>The hospital service that asked for your scan, such as cancer care, which hints at your condition.</source>
        <translation>Der Fachbereich des Krankenhauses, der Ihre Untersuchung angefordert hat, zum Beispiel die Krebsbehandlung; das gibt Hinweise auf Ihre Erkrankung.</translation>
    </message>
    <message>
        <source>The date you arrived for your scan</source>
        <translation>Das Datum, an dem Sie zur Untersuchung kamen</translation>
    </message>
    <message>
        <source>The day you arrived at the department for your scan.</source>
        <translation>Der Tag, an dem Sie für Ihre Untersuchung in der Abteilung ankamen.</translation>
    </message>
    <message>
        <source>The time you arrived for your scan</source>
        <translation>Die Uhrzeit, zu der Sie zur Untersuchung kamen</translation>
    </message>
    <message>
        <source>The time of day you arrived at the department for your scan.</source>
        <translation>Die Tageszeit, zu der Sie für Ihre Untersuchung in der Abteilung ankamen.</translation>
    </message>
    <message>
        <source>The date your scan was finished</source>
        <translation>Das Datum, an dem Ihre Untersuchung abgeschlossen wurde</translation>
    </message>
    <message>
        <source>The day your scan was completed.</source>
        <translation>Der Tag, an dem Ihre Untersuchung abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>The time your scan was finished</source>
        <translation>Die Uhrzeit, zu der Ihre Untersuchung abgeschlossen wurde</translation>
    </message>
    <message>
        <source>The time of day your scan was completed.</source>
        <translation>Die Tageszeit, zu der Ihre Untersuchung abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>The scan that was ordered</source>
        <translation>Die angeforderte Untersuchung</translation>
    </message>
    <message>
        <source>A description of the procedure your doctor ordered, which reveals health details.</source>
        <translation>Eine Beschreibung des Verfahrens, das Ihre Ärztin oder Ihr Arzt angefordert hat; sie verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>The reason for your visit</source>
        <translation>Der Grund für Ihren Besuch</translation>
    </message>
    <message>
        <source>Why you came to the hospital, as written down by staff, which reveals health details.</source>
        <translation>Warum Sie ins Krankenhaus gekommen sind, wie es das Personal notiert hat; das verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>Codes for the reason for your visit</source>
        <translation>Codes für den Grund Ihres Besuchs</translation>
    </message>
    <message>
        <source>Medical codes for why you came to the hospital, which anyone can look up.</source>
        <translation>Medizinische Codes dafür, warum Sie ins Krankenhaus gekommen sind; jeder kann sie nachschlagen.</translation>
    </message>
    <message>
        <source>The contrast dye that was asked for</source>
        <translation>Das gewünschte Kontrastmittel</translation>
    </message>
    <message>
        <source>The contrast agent your doctor asked to be used for your scan.</source>
        <translation>Das Kontrastmittel, das nach dem Wunsch Ihrer Ärztin oder Ihres Arztes für Ihre Untersuchung verwendet werden sollte.</translation>
    </message>
    <message>
        <source>Comments about your scan</source>
        <translation>Kommentare zu Ihrer Untersuchung</translation>
    </message>
    <message>
        <source>Notes staff wrote about your scan, which can contain names, dates or health details.</source>
        <translation>Notizen, die das Personal zu Ihrer Untersuchung geschrieben hat; sie können Namen, Daten oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>Video stream identifiers</source>
        <translation>Kennungen des Videostreams</translation>
    </message>
    <message>
        <source>Identifiers of the live video stream these images came from, which can be traced to the hospital&apos;s equipment.</source>
        <translation>Kennungen des Live-Videostreams, aus dem diese Bilder stammen; sie lassen sich bis zur Ausrüstung des Krankenhauses zurückverfolgen.</translation>
    </message>
    <message>
        <source>A video stream identifier</source>
        <translation>Eine Kennung des Videostreams</translation>
    </message>
    <message>
        <source>An identifier of the live video stream these images came from, which can be traced to the hospital&apos;s equipment.</source>
        <translation>Eine Kennung des Live-Videostreams, aus dem diese Bilder stammen; sie lässt sich bis zur Ausrüstung des Krankenhauses zurückverfolgen.</translation>
    </message>
    <message>
        <source>The video source&apos;s identifier</source>
        <translation>Die Kennung der Videoquelle</translation>
    </message>
    <message>
        <source>An identifier of the camera or device that produced the video, which names the exact equipment.</source>
        <translation>Eine Kennung der Kamera oder des Geräts, das das Video erzeugt hat; sie benennt die genaue Ausrüstung.</translation>
    </message>
    <message>
        <source>The time stamp of a video frame</source>
        <translation>Der Zeitstempel eines Videobilds</translation>
    </message>
    <message>
        <source>The exact time a video frame was captured, which pins down your procedure.</source>
        <translation>Der genaue Zeitpunkt, zu dem ein Videobild aufgenommen wurde; er bestimmt Ihren Eingriff genau.</translation>
    </message>
    <message>
        <source>Links to your other names</source>
        <translation>Verweise auf Ihre anderen Namen</translation>
    </message>
    <message>
        <source>References to other names, such as aliases, under which you are registered.</source>
        <translation>Verweise auf andere Namen, zum Beispiel Decknamen, unter denen Sie registriert sind.</translation>
    </message>
    <message>
        <source>Your hospital admission number</source>
        <translation>Ihre Aufnahmenummer im Krankenhaus</translation>
    </message>
    <message>
        <source>The number of your hospital stay, often used for billing, which staff can use to look you up.</source>
        <translation>Die Nummer Ihres Krankenhausaufenthalts, oft für die Abrechnung verwendet; das Personal kann Sie damit nachschlagen.</translation>
    </message>
    <message>
        <source>Who gave your admission number</source>
        <translation>Wer Ihre Aufnahmenummer vergeben hat</translation>
    </message>
    <message>
        <source>The hospital or system that issued your admission number.</source>
        <translation>Das Krankenhaus oder System, das Ihre Aufnahmenummer vergeben hat.</translation>
    </message>
    <message>
        <source>Who gave your admission number, as codes</source>
        <translation>Wer Ihre Aufnahmenummer vergeben hat, als Codes</translation>
    </message>
    <message>
        <source>Codes for the hospital or system that issued your admission number.</source>
        <translation>Codes für das Krankenhaus oder System, das Ihre Aufnahmenummer vergeben hat.</translation>
    </message>
    <message>
        <source>The planned date of your admission</source>
        <translation>Das geplante Datum Ihrer Aufnahme</translation>
    </message>
    <message>
        <source>The day you were booked to be admitted to hospital.</source>
        <translation>Der Tag, an dem Sie im Krankenhaus aufgenommen werden sollten.</translation>
    </message>
    <message>
        <source>The planned time of your admission</source>
        <translation>Die geplante Uhrzeit Ihrer Aufnahme</translation>
    </message>
    <message>
        <source>The time you were booked to be admitted to hospital.</source>
        <translation>Die Uhrzeit, zu der Sie im Krankenhaus aufgenommen werden sollten.</translation>
    </message>
    <message>
        <source>The planned date you leave hospital</source>
        <translation>Das geplante Datum Ihrer Entlassung</translation>
    </message>
    <message>
        <source>The day you were expected to be discharged from hospital.</source>
        <translation>Der Tag, an dem Sie voraussichtlich aus dem Krankenhaus entlassen werden sollten.</translation>
    </message>
    <message>
        <source>The planned time you leave hospital</source>
        <translation>Die geplante Uhrzeit Ihrer Entlassung</translation>
    </message>
    <message>
        <source>The time you were expected to be discharged from hospital.</source>
        <translation>Die Uhrzeit, zu der Sie voraussichtlich aus dem Krankenhaus entlassen werden sollten.</translation>
    </message>
    <message>
        <source>Where you were to stay</source>
        <translation>Wo Sie untergebracht werden sollten</translation>
    </message>
    <message>
        <source>The institution, such as a care home or ward, where you were expected to stay.</source>
        <translation>Die Einrichtung, zum Beispiel ein Pflegeheim oder eine Station, in der Sie untergebracht werden sollten.</translation>
    </message>
    <message>
        <source>The date you were admitted</source>
        <translation>Das Datum Ihrer Aufnahme</translation>
    </message>
    <message>
        <source>The day you were admitted to hospital.</source>
        <translation>Der Tag, an dem Sie im Krankenhaus aufgenommen wurden.</translation>
    </message>
    <message>
        <source>The time you were admitted</source>
        <translation>Die Uhrzeit Ihrer Aufnahme</translation>
    </message>
    <message>
        <source>The time of day you were admitted to hospital.</source>
        <translation>Die Tageszeit, zu der Sie im Krankenhaus aufgenommen wurden.</translation>
    </message>
    <message>
        <source>The date you left hospital</source>
        <translation>Das Datum Ihrer Entlassung</translation>
    </message>
    <message>
        <source>The day you were discharged from hospital.</source>
        <translation>Der Tag, an dem Sie aus dem Krankenhaus entlassen wurden.</translation>
    </message>
    <message>
        <source>The time you left hospital</source>
        <translation>Die Uhrzeit Ihrer Entlassung</translation>
    </message>
    <message>
        <source>The time of day you were discharged from hospital.</source>
        <translation>Die Tageszeit, zu der Sie aus dem Krankenhaus entlassen wurden.</translation>
    </message>
    <message>
        <source>Your diagnosis when you left hospital</source>
        <translation>Ihre Diagnose bei der Entlassung</translation>
    </message>
    <message>
        <source>The diagnosis written when you were discharged, which is sensitive health information.</source>
        <translation>Die Diagnose, die bei Ihrer Entlassung notiert wurde; das ist eine sensible Gesundheitsangabe.</translation>
    </message>
    <message>
        <source>Your special needs</source>
        <translation>Ihre besonderen Bedürfnisse</translation>
    </message>
    <message>
        <source>Special needs recorded for you, such as a wheelchair or interpreter, which are personal details.</source>
        <translation>Für Sie erfasste besondere Bedürfnisse, zum Beispiel ein Rollstuhl oder eine Dolmetscherin; das sind persönliche Angaben.</translation>
    </message>
    <message>
        <source>Your care episode number</source>
        <translation>Die Nummer Ihres Behandlungsabschnitts</translation>
    </message>
    <message>
        <source>The number of a stretch of care you received, which staff can use to find your records.</source>
        <translation>Die Nummer eines Abschnitts Ihrer Behandlung; das Personal kann damit Ihre Unterlagen finden.</translation>
    </message>
    <message>
        <source>Who gave your care episode number</source>
        <translation>Wer die Nummer Ihres Behandlungsabschnitts vergeben hat</translation>
    </message>
    <message>
        <source>The hospital or system that issued your care episode number.</source>
        <translation>Das Krankenhaus oder System, das die Nummer Ihres Behandlungsabschnitts vergeben hat.</translation>
    </message>
    <message>
        <source>A description of your care episode</source>
        <translation>Eine Beschreibung Ihres Behandlungsabschnitts</translation>
    </message>
    <message>
        <source>Text describing a stretch of care you received, which can reveal health details.</source>
        <translation>Text, der einen Abschnitt Ihrer Behandlung beschreibt; er kann Gesundheitsangaben verraten.</translation>
    </message>
    <message>
        <source>Who gave your care episode number, as codes</source>
        <translation>Wer die Nummer Ihres Behandlungsabschnitts vergeben hat, als Codes</translation>
    </message>
    <message>
        <source>Codes for the hospital or system that issued your care episode number.</source>
        <translation>Codes für das Krankenhaus oder System, das die Nummer Ihres Behandlungsabschnitts vergeben hat.</translation>
    </message>
    <message>
        <source>Where you were in the hospital</source>
        <translation>Wo Sie sich im Krankenhaus befanden</translation>
    </message>
    <message>
        <source>Your location in the hospital at the time, such as a ward and bed.</source>
        <translation>Wo Sie sich damals im Krankenhaus befanden, zum Beispiel Station und Bett.</translation>
    </message>
    <message>
        <source>The institution where you live</source>
        <translation>Die Einrichtung, in der Sie leben</translation>
    </message>
    <message>
        <source>The name of an institution you live in, such as a care home or prison.</source>
        <translation>Der Name einer Einrichtung, in der Sie leben, zum Beispiel ein Pflegeheim oder ein Gefängnis.</translation>
    </message>
    <message>
        <source>Your condition at the time</source>
        <translation>Ihr damaliger Zustand</translation>
    </message>
    <message>
        <source>A description of your condition, such as &apos;fasting&apos; or &apos;sedated&apos;, which is health information.</source>
        <translation>Eine Beschreibung Ihres Zustands, zum Beispiel „nüchtern“ oder „sediert“; das ist eine Gesundheitsangabe.</translation>
    </message>
    <message>
        <source>Comments about your visit</source>
        <translation>Kommentare zu Ihrem Besuch</translation>
    </message>
    <message>
        <source>Notes staff wrote about your visit, which can contain names, dates or health details.</source>
        <translation>Notizen, die das Personal zu Ihrem Besuch geschrieben hat; sie können Namen, Daten oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>A unique number for a group of traces</source>
        <translation>Eine eindeutige Nummer für eine Gruppe von Kurven</translation>
    </message>
    <message>
        <source>A unique number for a group of recorded traces, such as heart signals, which ties them to your visit.</source>
        <translation>Eine eindeutige Nummer für eine Gruppe aufgezeichneter Kurven, zum Beispiel Herzsignale; sie verbindet diese mit Ihrem Besuch.</translation>
    </message>
    <message>
        <source>When electrode contact was measured</source>
        <translation>Wann der Elektrodenkontakt gemessen wurde</translation>
    </message>
    <message>
        <source>The date and time the contact of sensors on your skin was measured.</source>
        <translation>Datum und Uhrzeit, zu der der Kontakt der Sensoren auf Ihrer Haut gemessen wurde.</translation>
    </message>
    <message>
        <source>A description of a signal filter</source>
        <translation>Eine Beschreibung eines Signalfilters</translation>
    </message>
    <message>
        <source>Text describing how a heart or brain trace was filtered, which may include typed notes.</source>
        <translation>Text darüber, wie eine Herz- oder Hirnstromkurve gefiltert wurde; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of a filter table</source>
        <translation>Eine Beschreibung einer Filtertabelle</translation>
    </message>
    <message>
        <source>Text describing a table used to filter a recorded trace, which may include typed notes.</source>
        <translation>Text, der eine Tabelle zum Filtern einer aufgezeichneten Kurve beschreibt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>The network name of the booked machine</source>
        <translation>Der Netzwerkname des geplanten Geräts</translation>
    </message>
    <message>
        <source>The network name of the machine your procedure was booked on, which can identify the site.</source>
        <translation>Der Netzwerkname des Geräts, für das Ihr Eingriff geplant war; er kann den Standort erkennbar machen.</translation>
    </message>
    <message>
        <source>The planned date of your procedure</source>
        <translation>Das geplante Datum Ihres Eingriffs</translation>
    </message>
    <message>
        <source>The day your procedure was booked for.</source>
        <translation>Der Tag, für den Ihr Eingriff geplant war.</translation>
    </message>
    <message>
        <source>The planned time of your procedure</source>
        <translation>Die geplante Uhrzeit Ihres Eingriffs</translation>
    </message>
    <message>
        <source>The time your procedure was booked for.</source>
        <translation>Die Uhrzeit, für die Ihr Eingriff geplant war.</translation>
    </message>
    <message>
        <source>The planned end date of your procedure</source>
        <translation>Das geplante Enddatum Ihres Eingriffs</translation>
    </message>
    <message>
        <source>The day your procedure was planned to end.</source>
        <translation>Der Tag, an dem Ihr Eingriff enden sollte.</translation>
    </message>
    <message>
        <source>The planned end time of your procedure</source>
        <translation>Die geplante Endzeit Ihres Eingriffs</translation>
    </message>
    <message>
        <source>The time your procedure was planned to end.</source>
        <translation>Die Uhrzeit, zu der Ihr Eingriff enden sollte.</translation>
    </message>
    <message>
        <source>The doctor booked to do your procedure</source>
        <translation>Der Arzt, der für Ihren Eingriff eingeplant war</translation>
    </message>
    <message>
        <source>The name of the doctor or staff member planned to carry out your procedure.</source>
        <translation>Der Name der Ärztin, des Arztes oder der Fachkraft, die Ihren Eingriff durchführen sollte.</translation>
    </message>
    <message>
        <source>A description of the booked procedure</source>
        <translation>Eine Beschreibung des geplanten Eingriffs</translation>
    </message>
    <message>
        <source>Text describing the procedure you were booked for, which reveals health details.</source>
        <translation>Text, der den Eingriff beschreibt, für den Sie eingeplant waren; er verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>The booking number of your procedure</source>
        <translation>Die Buchungsnummer Ihres Eingriffs</translation>
    </message>
    <message>
        <source>The number of the booked step of your procedure, which staff can use to find your records.</source>
        <translation>Die Nummer des geplanten Schritts Ihres Eingriffs; das Personal kann damit Ihre Unterlagen finden.</translation>
    </message>
    <message>
        <source>ID details of the booked doctor</source>
        <translation>Kennungen des eingeplanten Arztes</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor planned to carry out your procedure.</source>
        <translation>Namen und Codes, die die Ärztin oder den Arzt erkennbar machen, die oder der Ihren Eingriff durchführen sollte.</translation>
    </message>
    <message>
        <source>The name of the booked machine</source>
        <translation>Der Name des geplanten Geräts</translation>
    </message>
    <message>
        <source>The name of the machine your procedure was booked on, which can identify the hospital.</source>
        <translation>Der Name des Geräts, für das Ihr Eingriff geplant war; er kann das Krankenhaus erkennbar machen.</translation>
    </message>
    <message>
        <source>Where your procedure was booked</source>
        <translation>Wo Ihr Eingriff geplant war</translation>
    </message>
    <message>
        <source>The place your procedure was booked to happen, such as a room or building.</source>
        <translation>Der Ort, an dem Ihr Eingriff stattfinden sollte, zum Beispiel ein Raum oder ein Gebäude.</translation>
    </message>
    <message>
        <source>Medicine given before the procedure</source>
        <translation>Medikamente vor dem Eingriff</translation>
    </message>
    <message>
        <source>Medicine you were given to prepare for the procedure, such as a sedative, which is health information.</source>
        <translation>Medikamente, die Sie zur Vorbereitung auf den Eingriff bekommen haben, zum Beispiel ein Beruhigungsmittel; das ist eine Gesundheitsangabe.</translation>
    </message>
    <message>
        <source>The network name of the machine used</source>
        <translation>Der Netzwerkname des verwendeten Geräts</translation>
    </message>
    <message>
        <source>The network name of the machine that carried out your procedure, which can identify the site.</source>
        <translation>Der Netzwerkname des Geräts, mit dem Ihr Eingriff durchgeführt wurde; er kann den Standort erkennbar machen.</translation>
    </message>
    <message>
        <source>The name of the machine used</source>
        <translation>Der Name des verwendeten Geräts</translation>
    </message>
    <message>
        <source>The name of the machine that carried out your procedure, which can identify the hospital.</source>
        <translation>Der Name des Geräts, mit dem Ihr Eingriff durchgeführt wurde; er kann das Krankenhaus erkennbar machen.</translation>
    </message>
    <message>
        <source>Where your procedure was done</source>
        <translation>Wo Ihr Eingriff durchgeführt wurde</translation>
    </message>
    <message>
        <source>The place your procedure was carried out, such as a room or building.</source>
        <translation>Der Ort, an dem Ihr Eingriff durchgeführt wurde, zum Beispiel ein Raum oder ein Gebäude.</translation>
    </message>
    <message>
        <source>The date your procedure started</source>
        <translation>Das Datum, an dem Ihr Eingriff begann</translation>
    </message>
    <message>
        <source>The day your procedure actually started.</source>
        <translation>Der Tag, an dem Ihr Eingriff tatsächlich begann.</translation>
    </message>
    <message>
        <source>The time your procedure started</source>
        <translation>Die Uhrzeit, zu der Ihr Eingriff begann</translation>
    </message>
    <message>
        <source>The time of day your procedure actually started.</source>
        <translation>Die Tageszeit, zu der Ihr Eingriff tatsächlich begann.</translation>
    </message>
    <message>
        <source>The date your procedure ended</source>
        <translation>Das Datum, an dem Ihr Eingriff endete</translation>
    </message>
    <message>
        <source>The day your procedure actually ended.</source>
        <translation>Der Tag, an dem Ihr Eingriff tatsächlich endete.</translation>
    </message>
    <message>
        <source>The time your procedure ended</source>
        <translation>Die Uhrzeit, zu der Ihr Eingriff endete</translation>
    </message>
    <message>
        <source>The time of day your procedure actually ended.</source>
        <translation>Die Tageszeit, zu der Ihr Eingriff tatsächlich endete.</translation>
    </message>
    <message>
        <source>The number of the procedure done</source>
        <translation>Die Nummer des durchgeführten Eingriffs</translation>
    </message>
    <message>
        <source>The number the hospital gave the procedure as performed, which staff can use to find your records.</source>
        <translation>Die Nummer, die das Krankenhaus dem durchgeführten Eingriff gegeben hat; das Personal kann damit Ihre Unterlagen finden.</translation>
    </message>
    <message>
        <source>A description of the procedure done</source>
        <translation>Eine Beschreibung des durchgeführten Eingriffs</translation>
    </message>
    <message>
        <source>Text describing the procedure you actually had, which reveals health details.</source>
        <translation>Text, der den Eingriff beschreibt, den Sie tatsächlich hatten; er verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>The details of the order for your scan</source>
        <translation>Die Angaben zum Auftrag für Ihre Untersuchung</translation>
    </message>
    <message>
        <source>Order numbers, the reason given and the planned steps for your scan, each of which can identify you.</source>
        <translation>Auftragsnummern, der angegebene Grund und die geplanten Schritte Ihrer Untersuchung; jede dieser Angaben kann Sie erkennbar machen.</translation>
    </message>
    <message>
        <source>Comments about the procedure done</source>
        <translation>Kommentare zum durchgeführten Eingriff</translation>
    </message>
    <message>
        <source>Notes staff wrote about your procedure, which can contain names, dates or findings.</source>
        <translation>Notizen, die das Personal zu Ihrem Eingriff geschrieben hat; sie können Namen, Daten oder Befunde enthalten.</translation>
    </message>
    <message>
        <source>Comments about your radiation dose</source>
        <translation>Kommentare zu Ihrer Strahlendosis</translation>
    </message>
    <message>
        <source>Notes about the radiation you received, which may include typed names or details.</source>
        <translation>Notizen zu der Strahlung, die Sie abbekommen haben; sie können eingetippte Namen oder Angaben enthalten.</translation>
    </message>
    <message>
        <source>The number of your tissue sample</source>
        <translation>Die Nummer Ihrer Gewebeprobe</translation>
    </message>
    <message>
        <source>The number the laboratory gave your tissue sample, which staff can use to find your records.</source>
        <translation>Die Nummer, die das Labor Ihrer Gewebeprobe gegeben hat; das Personal kann damit Ihre Unterlagen finden.</translation>
    </message>
    <message>
        <source>The number of the sample container</source>
        <translation>Die Nummer des Probenbehälters</translation>
    </message>
    <message>
        <source>The number on the container or slide holding your sample, which links it to you.</source>
        <translation>Die Nummer auf dem Behälter oder Objektträger mit Ihrer Probe; sie verbindet die Probe mit Ihnen.</translation>
    </message>
    <message>
        <source>Who numbered the sample container</source>
        <translation>Wer den Probenbehälter nummeriert hat</translation>
    </message>
    <message>
        <source>The laboratory or hospital that numbered your sample container.</source>
        <translation>Das Labor oder Krankenhaus, das Ihren Probenbehälter nummeriert hat.</translation>
    </message>
    <message>
        <source>A description of the sample container</source>
        <translation>Eine Beschreibung des Probenbehälters</translation>
    </message>
    <message>
        <source>Text describing the container holding your sample, which may include typed notes.</source>
        <translation>Text, der den Behälter mit Ihrer Probe beschreibt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>The number of your sample</source>
        <translation>Die Nummer Ihrer Probe</translation>
    </message>
    <message>
        <source>The number the laboratory gave your sample, which staff can use to find your records.</source>
        <translation>Die Nummer, die das Labor Ihrer Probe gegeben hat; das Personal kann damit Ihre Unterlagen finden.</translation>
    </message>
    <message>
        <source>A unique number for your sample</source>
        <translation>Eine eindeutige Nummer für Ihre Probe</translation>
    </message>
    <message>
        <source>A unique number for your tissue sample, which the laboratory can match back to you.</source>
        <translation>Eine eindeutige Nummer für Ihre Gewebeprobe; das Labor kann sie Ihnen zuordnen.</translation>
    </message>
    <message>
        <source>Details recorded while taking the pictures</source>
        <translation>Angaben, die bei der Bildaufnahme erfasst wurden</translation>
    </message>
    <message>
        <source>Extra details noted during your scan, such as your position or measurements, which can contain typed text.</source>
        <translation>Zusätzliche Angaben, die während Ihrer Untersuchung notiert wurden, zum Beispiel Ihre Lage oder Messwerte; sie können eingetippten Text enthalten.</translation>
    </message>
    <message>
        <source>Who numbered your sample</source>
        <translation>Wer Ihre Probe nummeriert hat</translation>
    </message>
    <message>
        <source>The laboratory or hospital that gave your sample its number.</source>
        <translation>Das Labor oder Krankenhaus, das Ihrer Probe ihre Nummer gegeben hat.</translation>
    </message>
    <message>
        <source>A short description of your sample</source>
        <translation>Eine kurze Beschreibung Ihrer Probe</translation>
    </message>
    <message>
        <source>A short text describing your tissue sample, which reveals health details.</source>
        <translation>Ein kurzer Text, der Ihre Gewebeprobe beschreibt; er verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>A detailed description of your sample</source>
        <translation>Eine ausführliche Beschreibung Ihrer Probe</translation>
    </message>
    <message>
        <source>A longer text describing your tissue sample, which reveals health details and may contain names.</source>
        <translation>Ein längerer Text, der Ihre Gewebeprobe beschreibt; er verrät Gesundheitsangaben und kann Namen enthalten.</translation>
    </message>
    <message>
        <source>How your sample was prepared</source>
        <translation>Wie Ihre Probe aufbereitet wurde</translation>
    </message>
    <message>
        <source>The steps used to prepare your tissue sample, which can contain dates, names or typed notes.</source>
        <translation>Die Schritte, mit denen Ihre Gewebeprobe aufbereitet wurde; sie können Daten, Namen oder eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>The number of the microscope slide</source>
        <translation>Die Nummer des Objektträgers</translation>
    </message>
    <message>
        <source>The number of the glass slide holding your sample, which links it to you.</source>
        <translation>Die Nummer des Glas-Objektträgers mit Ihrer Probe; sie verbindet die Probe mit Ihnen.</translation>
    </message>
    <message>
        <source>The number of the ordered procedure</source>
        <translation>Die Nummer des angeforderten Eingriffs</translation>
    </message>
    <message>
        <source>The number the hospital gave the procedure your doctor ordered, which staff can use to find your records.</source>
        <translation>Die Nummer, die das Krankenhaus dem von Ihrer Ärztin oder Ihrem Arzt angeforderten Eingriff gegeben hat; das Personal kann damit Ihre Unterlagen finden.</translation>
    </message>
    <message>
        <source>The reason the procedure was ordered</source>
        <translation>Der Grund, warum der Eingriff angefordert wurde</translation>
    </message>
    <message>
        <source>Why your doctor ordered this procedure, which reveals your symptoms or suspected illness.</source>
        <translation>Warum Ihre Ärztin oder Ihr Arzt diesen Eingriff angefordert hat; das verrät Ihre Beschwerden oder eine vermutete Krankheit.</translation>
    </message>
    <message>
        <source>How you were brought to the scan</source>
        <translation>Wie Sie zur Untersuchung gebracht wurden</translation>
    </message>
    <message>
        <source>How you were brought to the department, such as by wheelchair or ambulance, which is personal detail.</source>
        <translation>Wie Sie in die Abteilung gebracht wurden, zum Beispiel im Rollstuhl oder mit dem Krankenwagen; das ist eine persönliche Angabe.</translation>
    </message>
    <message>
        <source>Where the ordered procedure was to happen</source>
        <translation>Wo der angeforderte Eingriff stattfinden sollte</translation>
    </message>
    <message>
        <source>The place where the ordered procedure was to be done.</source>
        <translation>Der Ort, an dem der angeforderte Eingriff durchgeführt werden sollte.</translation>
    </message>
    <message>
        <source>Codes for why the procedure was ordered</source>
        <translation>Codes dafür, warum der Eingriff angefordert wurde</translation>
    </message>
    <message>
        <source>Medical codes for why your doctor ordered the procedure, which anyone can look up.</source>
        <translation>Medizinische Codes dafür, warum Ihre Ärztin oder Ihr Arzt den Eingriff angefordert hat; jeder kann sie nachschlagen.</translation>
    </message>
    <message>
        <source>Who should receive your results</source>
        <translation>Wer Ihre Ergebnisse erhalten soll</translation>
    </message>
    <message>
        <source>The names of the people meant to receive your results, such as your doctors.</source>
        <translation>Die Namen der Personen, die Ihre Ergebnisse erhalten sollen, zum Beispiel Ihre Ärztinnen und Ärzte.</translation>
    </message>
    <message>
        <source>ID details of who receives your results</source>
        <translation>Kennungen der Empfänger Ihrer Ergebnisse</translation>
    </message>
    <message>
        <source>Names and codes that identify the people meant to receive your results.</source>
        <translation>Namen und Codes, die die Personen erkennbar machen, die Ihre Ergebnisse erhalten sollen.</translation>
    </message>
    <message>
        <source>ID codes for a person</source>
        <translation>Kennungscodes einer Person</translation>
    </message>
    <message>
        <source>Codes that identify a person involved in your care, such as a staff number.</source>
        <translation>Codes, die eine an Ihrer Behandlung beteiligte Person erkennbar machen, zum Beispiel eine Personalnummer.</translation>
    </message>
    <message>
        <source>A person&apos;s address</source>
        <translation>Die Adresse einer Person</translation>
    </message>
    <message>
        <source>The address of a person involved in your care.</source>
        <translation>Die Adresse einer Person, die an Ihrer Behandlung beteiligt ist.</translation>
    </message>
    <message>
        <source>A person&apos;s phone number</source>
        <translation>Die Telefonnummer einer Person</translation>
    </message>
    <message>
        <source>The telephone numbers of a person involved in your care.</source>
        <translation>Die Telefonnummern einer Person, die an Ihrer Behandlung beteiligt ist.</translation>
    </message>
    <message>
        <source>A person&apos;s phone, fax or email</source>
        <translation>Telefon, Fax oder E-Mail einer Person</translation>
    </message>
    <message>
        <source>Ways to contact a person involved in your care, such as phone, fax or email.</source>
        <translation>Wege, eine an Ihrer Behandlung beteiligte Person zu erreichen, zum Beispiel Telefon, Fax oder E-Mail.</translation>
    </message>
    <message>
        <source>Comments about the ordered procedure</source>
        <translation>Kommentare zum angeforderten Eingriff</translation>
    </message>
    <message>
        <source>Notes written about the procedure your doctor ordered, which can contain names or health details.</source>
        <translation>Notizen zu dem Eingriff, den Ihre Ärztin oder Ihr Arzt angefordert hat; sie können Namen oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>The reason your scan was requested</source>
        <translation>Der Grund, warum Ihre Untersuchung angefordert wurde</translation>
    </message>
    <message>
        <source>Why the imaging request was made, which reveals your symptoms or suspected illness.</source>
        <translation>Warum die Bildgebung angefordert wurde; das verrät Ihre Beschwerden oder eine vermutete Krankheit.</translation>
    </message>
    <message>
        <source>The date your scan was requested</source>
        <translation>Das Datum, an dem Ihre Untersuchung angefordert wurde</translation>
    </message>
    <message>
        <source>The day your doctor sent the request for your scan.</source>
        <translation>Der Tag, an dem Ihre Ärztin oder Ihr Arzt die Anforderung für Ihre Untersuchung geschickt hat.</translation>
    </message>
    <message>
        <source>The time your scan was requested</source>
        <translation>Die Uhrzeit, zu der Ihre Untersuchung angefordert wurde</translation>
    </message>
    <message>
        <source>The time of day your doctor sent the request for your scan.</source>
        <translation>Die Tageszeit, zu der Ihre Ärztin oder Ihr Arzt die Anforderung für Ihre Untersuchung geschickt hat.</translation>
    </message>
    <message>
        <source>Who entered the order for your scan</source>
        <translation>Wer den Auftrag für Ihre Untersuchung eingegeben hat</translation>
    </message>
    <message>
        <source>The name of the person who typed in the order for your scan.</source>
        <translation>Der Name der Person, die den Auftrag für Ihre Untersuchung eingetippt hat.</translation>
    </message>
    <message>
        <source>Where the order was entered</source>
        <translation>Wo der Auftrag eingegeben wurde</translation>
    </message>
    <message>
        <source>The place where the order for your scan was typed in, such as a clinic or ward.</source>
        <translation>Der Ort, an dem der Auftrag für Ihre Untersuchung eingetippt wurde, zum Beispiel eine Praxis oder eine Station.</translation>
    </message>
    <message>
        <source>The phone number for questions on the order</source>
        <translation>Die Telefonnummer für Rückfragen zum Auftrag</translation>
    </message>
    <message>
        <source>The phone number to call back about the order for your scan, which leads to the clinic treating you.</source>
        <translation>Die Telefonnummer für Rückrufe zum Auftrag für Ihre Untersuchung; sie führt zu der Praxis oder Klinik, die Sie behandelt.</translation>
    </message>
    <message>
        <source>Contact details for questions on the order</source>
        <translation>Kontaktdaten für Rückfragen zum Auftrag</translation>
    </message>
    <message>
        <source>Phone, fax or email to reach about the order for your scan, which leads to the clinic treating you.</source>
        <translation>Telefon, Fax oder E-Mail für Rückfragen zum Auftrag für Ihre Untersuchung; das führt zu der Praxis oder Klinik, die Sie behandelt.</translation>
    </message>
    <message>
        <source>The order number from your doctor&apos;s system</source>
        <translation>Die Auftragsnummer aus dem System Ihrer Ärztin oder Ihres Arztes</translation>
    </message>
    <message>
        <source>The number your doctor&apos;s system gave the scan order, which can be used to find your records.</source>
        <translation>Die Nummer, die das System Ihrer Ärztin oder Ihres Arztes dem Untersuchungsauftrag gegeben hat; damit lassen sich Ihre Unterlagen finden.</translation>
    </message>
    <message>
        <source>The order number from the imaging department</source>
        <translation>Die Auftragsnummer der Radiologie</translation>
    </message>
    <message>
        <source>The number the imaging department gave your scan order, which can be used to find your records.</source>
        <translation>Die Nummer, die die Radiologieabteilung Ihrem Untersuchungsauftrag gegeben hat; damit lassen sich Ihre Unterlagen finden.</translation>
    </message>
    <message>
        <source>Comments on the scan request</source>
        <translation>Kommentare zur Untersuchungsanforderung</translation>
    </message>
    <message>
        <source>Notes written on the request for your scan, which can contain names or health details.</source>
        <translation>Notizen auf der Anforderung für Ihre Untersuchung; sie können Namen oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>Special privacy rules for your data</source>
        <translation>Besondere Datenschutzregeln für Ihre Daten</translation>
    </message>
    <message>
        <source>Notes on who may see your data, such as for a well-known patient, which can itself single you out.</source>
        <translation>Hinweise dazu, wer Ihre Daten sehen darf, zum Beispiel bei einer bekannten Persönlichkeit; schon das kann Sie hervorheben.</translation>
    </message>
    <message>
        <source>The planned date and time of a step</source>
        <translation>Geplantes Datum und Uhrzeit eines Schritts</translation>
    </message>
    <message>
        <source>The date and time a step of your care was booked to start.</source>
        <translation>Datum und Uhrzeit, zu der ein Schritt Ihrer Behandlung beginnen sollte.</translation>
    </message>
    <message>
        <source>When a booked step expires</source>
        <translation>Wann ein geplanter Schritt verfällt</translation>
    </message>
    <message>
        <source>The date and time after which a booked step of your care expires.</source>
        <translation>Datum und Uhrzeit, nach der ein geplanter Schritt Ihrer Behandlung verfällt.</translation>
    </message>
    <message>
        <source>When a booked step was changed</source>
        <translation>Wann ein geplanter Schritt geändert wurde</translation>
    </message>
    <message>
        <source>The date and time a booked step of your care was last changed.</source>
        <translation>Datum und Uhrzeit, zu der ein geplanter Schritt Ihrer Behandlung zuletzt geändert wurde.</translation>
    </message>
    <message>
        <source>When a step was expected to finish</source>
        <translation>Wann ein Schritt abgeschlossen sein sollte</translation>
    </message>
    <message>
        <source>The date and time a step of your care was expected to be completed.</source>
        <translation>Datum und Uhrzeit, zu der ein Schritt Ihrer Behandlung voraussichtlich abgeschlossen sein sollte.</translation>
    </message>
    <message>
        <source>A unique number for a work request</source>
        <translation>Eine eindeutige Nummer für einen Arbeitsauftrag</translation>
    </message>
    <message>
        <source>A unique number for a hospital system&apos;s work request about your care, which appears in its logs.</source>
        <translation>Eine eindeutige Nummer für einen Arbeitsauftrag eines Krankenhaussystems zu Ihrer Behandlung; sie taucht in dessen Protokollen auf.</translation>
    </message>
    <message>
        <source>Codes for the booked machine</source>
        <translation>Codes für das geplante Gerät</translation>
    </message>
    <message>
        <source>Codes naming the machine your procedure was booked on, which can identify the hospital.</source>
        <translation>Codes, die das Gerät benennen, für das Ihr Eingriff geplant war; sie können das Krankenhaus erkennbar machen.</translation>
    </message>
    <message>
        <source>Codes for where the booked machine is</source>
        <translation>Codes für den Standort des geplanten Geräts</translation>
    </message>
    <message>
        <source>Codes for the site where the booked machine stands, which can reveal the hospital and town.</source>
        <translation>Codes für den Standort, an dem das geplante Gerät steht; sie können das Krankenhaus und den Ort verraten.</translation>
    </message>
    <message>
        <source>Codes for the machine used</source>
        <translation>Codes für das verwendete Gerät</translation>
    </message>
    <message>
        <source>Codes naming the machine that carried out your procedure, which can identify the hospital.</source>
        <translation>Codes, die das Gerät benennen, mit dem Ihr Eingriff durchgeführt wurde; sie können das Krankenhaus erkennbar machen.</translation>
    </message>
    <message>
        <source>Codes for where the machine used is</source>
        <translation>Codes für den Standort des verwendeten Geräts</translation>
    </message>
    <message>
        <source>Codes for the site where the machine that did your procedure stands, which can reveal the hospital and town.</source>
        <translation>Codes für den Standort, an dem das Gerät steht, mit dem Ihr Eingriff durchgeführt wurde; sie können das Krankenhaus und den Ort verraten.</translation>
    </message>
    <message>
        <source>Staff booked for your procedure</source>
        <translation>Für Ihren Eingriff eingeplantes Personal</translation>
    </message>
    <message>
        <source>The names and roles of the staff planned to carry out your procedure.</source>
        <translation>Die Namen und Aufgaben des Personals, das Ihren Eingriff durchführen sollte.</translation>
    </message>
    <message>
        <source>Staff who did your procedure</source>
        <translation>Personal, das Ihren Eingriff durchgeführt hat</translation>
    </message>
    <message>
        <source>The names and roles of the staff who actually carried out your procedure.</source>
        <translation>Die Namen und Aufgaben des Personals, das Ihren Eingriff tatsächlich durchgeführt hat.</translation>
    </message>
    <message>
        <source>The staff member&apos;s organisation</source>
        <translation>Die Organisation des Mitarbeiters</translation>
    </message>
    <message>
        <source>The organisation a staff member who worked on your procedure belongs to.</source>
        <translation>Die Organisation, zu der eine an Ihrem Eingriff beteiligte Person des Personals gehört.</translation>
    </message>
    <message>
        <source>The name of a staff member</source>
        <translation>Der Name eines Mitarbeiters</translation>
    </message>
    <message>
        <source>The name of a staff member who worked on your procedure.</source>
        <translation>Der Name einer Person des Personals, die an Ihrem Eingriff beteiligt war.</translation>
    </message>
    <message>
        <source>When a step of your care started</source>
        <translation>Wann ein Schritt Ihrer Behandlung begann</translation>
    </message>
    <message>
        <source>The date and time a step of your care actually started.</source>
        <translation>Datum und Uhrzeit, zu der ein Schritt Ihrer Behandlung tatsächlich begann.</translation>
    </message>
    <message>
        <source>When a step of your care ended</source>
        <translation>Wann ein Schritt Ihrer Behandlung endete</translation>
    </message>
    <message>
        <source>The date and time a step of your care actually ended.</source>
        <translation>Datum und Uhrzeit, zu der ein Schritt Ihrer Behandlung tatsächlich endete.</translation>
    </message>
    <message>
        <source>When a step of your care was cancelled</source>
        <translation>Wann ein Schritt Ihrer Behandlung abgesagt wurde</translation>
    </message>
    <message>
        <source>The date and time a step of your care was cancelled.</source>
        <translation>Datum und Uhrzeit, zu der ein Schritt Ihrer Behandlung abgesagt wurde.</translation>
    </message>
    <message>
        <source>The date findings were recorded</source>
        <translation>Das Datum, an dem Befunde erfasst wurden</translation>
    </message>
    <message>
        <source>The day a group of findings about your scan was written down.</source>
        <translation>Der Tag, an dem eine Gruppe von Befunden zu Ihrer Untersuchung aufgeschrieben wurde.</translation>
    </message>
    <message>
        <source>The time findings were recorded</source>
        <translation>Die Uhrzeit, zu der Befunde erfasst wurden</translation>
    </message>
    <message>
        <source>The time of day a group of findings about your scan was written down.</source>
        <translation>Die Tageszeit, zu der eine Gruppe von Befunden zu Ihrer Untersuchung aufgeschrieben wurde.</translation>
    </message>
    <message>
        <source>The organisation that checked the report</source>
        <translation>Die Organisation, die den Befundbericht geprüft hat</translation>
    </message>
    <message>
        <source>The name of the organisation responsible for checking your report, which usually reveals the hospital.</source>
        <translation>Der Name der Organisation, die für die Prüfung Ihres Befundberichts verantwortlich ist; er verrät meist das Krankenhaus.</translation>
    </message>
    <message>
        <source>When the report was checked</source>
        <translation>Wann der Befundbericht geprüft wurde</translation>
    </message>
    <message>
        <source>The date and time a doctor signed off your report.</source>
        <translation>Datum und Uhrzeit, zu der eine Ärztin oder ein Arzt Ihren Befundbericht freigegeben hat.</translation>
    </message>
    <message>
        <source>When an observation was made</source>
        <translation>Wann eine Beobachtung gemacht wurde</translation>
    </message>
    <message>
        <source>The date and time a finding or measurement about you was made.</source>
        <translation>Datum und Uhrzeit, zu der ein Befund oder eine Messung über Sie gemacht wurde.</translation>
    </message>
    <message>
        <source>When an observation started</source>
        <translation>Wann eine Beobachtung begann</translation>
    </message>
    <message>
        <source>The date and time a finding or measurement about you started.</source>
        <translation>Datum und Uhrzeit, zu der ein Befund oder eine Messung über Sie begann.</translation>
    </message>
    <message>
        <source>The people who checked the report</source>
        <translation>Die Personen, die den Befundbericht geprüft haben</translation>
    </message>
    <message>
        <source>The names and details of the doctors who signed off your report.</source>
        <translation>Die Namen und Angaben der Ärztinnen und Ärzte, die Ihren Befundbericht freigegeben haben.</translation>
    </message>
    <message>
        <source>The name of the doctor who checked the report</source>
        <translation>Der Name des Arztes, der den Befundbericht geprüft hat</translation>
    </message>
    <message>
        <source>The name of the doctor who signed off your report.</source>
        <translation>Der Name der Ärztin oder des Arztes, die oder der Ihren Befundbericht freigegeben hat.</translation>
    </message>
    <message>
        <source>The authors of the report</source>
        <translation>Die Verfasser des Befundberichts</translation>
    </message>
    <message>
        <source>The names and details of the people who wrote your report.</source>
        <translation>Die Namen und Angaben der Personen, die Ihren Befundbericht geschrieben haben.</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation>Beteiligte Personen</translation>
    </message>
    <message>
        <source>The names and roles of people who took part in making this record, such as staff or devices.</source>
        <translation>Die Namen und Aufgaben der Personen, die an der Erstellung dieser Aufzeichnung beteiligt waren, zum Beispiel Personal oder Geräte.</translation>
    </message>
    <message>
        <source>The organisation keeping the record</source>
        <translation>Die Organisation, die die Aufzeichnung aufbewahrt</translation>
    </message>
    <message>
        <source>The name of the organisation responsible for keeping this record, which usually reveals the hospital.</source>
        <translation>Der Name der Organisation, die für die Aufbewahrung dieser Aufzeichnung verantwortlich ist; er verrät meist das Krankenhaus.</translation>
    </message>
    <message>
        <source>When a person took part</source>
        <translation>Wann eine Person beteiligt war</translation>
    </message>
    <message>
        <source>The date and time a person took part in making this record.</source>
        <translation>Datum und Uhrzeit, zu der eine Person an der Erstellung dieser Aufzeichnung beteiligt war.</translation>
    </message>
    <message>
        <source>ID codes of the doctor who checked the report</source>
        <translation>Kennungscodes des Arztes, der den Befundbericht geprüft hat</translation>
    </message>
    <message>
        <source>Codes that identify the doctor who signed off your report, such as a staff number.</source>
        <translation>Codes, die die Ärztin oder den Arzt erkennbar machen, die oder der Ihren Befundbericht freigegeben hat, zum Beispiel eine Personalnummer.</translation>
    </message>
    <message>
        <source>The date of a document or spoken report</source>
        <translation>Das Datum eines Dokuments oder diktierten Befunds</translation>
    </message>
    <message>
        <source>The day a document was written or a report was given by word of mouth.</source>
        <translation>Der Tag, an dem ein Dokument geschrieben oder ein Befund mündlich mitgeteilt wurde.</translation>
    </message>
    <message>
        <source>The time of a document or spoken report</source>
        <translation>Die Uhrzeit eines Dokuments oder diktierten Befunds</translation>
    </message>
    <message>
        <source>The time of day a document was written or a report was given by word of mouth.</source>
        <translation>Die Tageszeit, zu der ein Dokument geschrieben oder ein Befund mündlich mitgeteilt wurde.</translation>
    </message>
    <message>
        <source>A date and time written in the report</source>
        <translation>Datum und Uhrzeit im Befundbericht</translation>
    </message>
    <message>
        <source>A date and time recorded as a value in your report, such as when something was observed.</source>
        <translation>Datum und Uhrzeit, die als Wert in Ihrem Befundbericht stehen, zum Beispiel wann etwas beobachtet wurde.</translation>
    </message>
    <message>
        <source>A date written in the report</source>
        <translation>Ein Datum im Befundbericht</translation>
    </message>
    <message>
        <source>A date recorded as a value in your report, such as the date of an earlier scan.</source>
        <translation>Ein Datum, das als Wert in Ihrem Befundbericht steht, zum Beispiel das Datum einer früheren Untersuchung.</translation>
    </message>
    <message>
        <source>A time written in the report</source>
        <translation>Eine Uhrzeit im Befundbericht</translation>
    </message>
    <message>
        <source>A time of day recorded as a value in your report.</source>
        <translation>Eine Tageszeit, die als Wert in Ihrem Befundbericht steht.</translation>
    </message>
    <message>
        <source>A person&apos;s name written in the report</source>
        <translation>Ein Personenname im Befundbericht</translation>
    </message>
    <message>
        <source>A person&apos;s name recorded as a value in your report, which may be yours or a staff member&apos;s.</source>
        <translation>Der Name einer Person, der als Wert in Ihrem Befundbericht steht; das kann Ihr Name oder der einer Person des Personals sein.</translation>
    </message>
    <message>
        <source>A reference number written in the report</source>
        <translation>Eine Kennnummer im Befundbericht</translation>
    </message>
    <message>
        <source>A unique number recorded as a value in your report, which can point to your other records.</source>
        <translation>Eine eindeutige Nummer, die als Wert in Ihrem Befundbericht steht; sie kann auf Ihre anderen Unterlagen verweisen.</translation>
    </message>
    <message>
        <source>A referenced date and time in the report</source>
        <translation>Ein Datum und eine Uhrzeit, auf die der Befundbericht verweist</translation>
    </message>
    <message>
        <source>A date and time your report points to, such as the moment of a measurement.</source>
        <translation>Datum und Uhrzeit, auf die Ihr Befundbericht verweist, zum Beispiel der Zeitpunkt einer Messung.</translation>
    </message>
    <message>
        <source>A unique number for a finding</source>
        <translation>Eine eindeutige Nummer für einen Befund</translation>
    </message>
    <message>
        <source>A unique number for one finding or measurement in your report, which ties it to your records.</source>
        <translation>Eine eindeutige Nummer für einen Befund oder eine Messung in Ihrem Befundbericht; sie verbindet ihn mit Ihren Unterlagen.</translation>
    </message>
    <message>
        <source>A reference to another finding</source>
        <translation>Ein Verweis auf einen anderen Befund</translation>
    </message>
    <message>
        <source>The unique number of another finding this one refers to, which ties your records together.</source>
        <translation>Die eindeutige Nummer eines anderen Befunds, auf den sich dieser bezieht; sie verknüpft Ihre Unterlagen miteinander.</translation>
    </message>
    <message>
        <source>The date of an observation</source>
        <translation>Das Datum einer Beobachtung</translation>
    </message>
    <message>
        <source>The day a finding or measurement about you was made.</source>
        <translation>Der Tag, an dem ein Befund oder eine Messung über Sie gemacht wurde.</translation>
    </message>
    <message>
        <source>The time of an observation</source>
        <translation>Die Uhrzeit einer Beobachtung</translation>
    </message>
    <message>
        <source>The time of day a finding or measurement about you was made.</source>
        <translation>Die Tageszeit, zu der ein Befund oder eine Messung über Sie gemacht wurde.</translation>
    </message>
    <message>
        <source>The current observer</source>
        <translation>Die aktuelle beobachtende Person</translation>
    </message>
    <message>
        <source>The name of the person currently observing or recording findings about you.</source>
        <translation>Der Name der Person, die gerade Befunde über Sie beobachtet oder aufzeichnet.</translation>
    </message>
    <message>
        <source>The person who spoke the report</source>
        <translation>Die Person, die den Befund mündlich mitgeteilt hat</translation>
    </message>
    <message>
        <source>The name of the person who gave information by word of mouth.</source>
        <translation>Der Name der Person, die Informationen mündlich mitgeteilt hat.</translation>
    </message>
    <message>
        <source>The speaker&apos;s address</source>
        <translation>Die Adresse der mitteilenden Person</translation>
    </message>
    <message>
        <source>The address of the person who gave information by word of mouth.</source>
        <translation>Die Adresse der Person, die Informationen mündlich mitgeteilt hat.</translation>
    </message>
    <message>
        <source>The speaker&apos;s phone number</source>
        <translation>Die Telefonnummer der mitteilenden Person</translation>
    </message>
    <message>
        <source>The phone number of the person who gave information by word of mouth.</source>
        <translation>Die Telefonnummer der Person, die Informationen mündlich mitgeteilt hat.</translation>
    </message>
    <message>
        <source>ID codes of the speaker</source>
        <translation>Kennungscodes der mitteilenden Person</translation>
    </message>
    <message>
        <source>Codes that identify the person who gave information by word of mouth.</source>
        <translation>Codes, die die Person erkennbar machen, die Informationen mündlich mitgeteilt hat.</translation>
    </message>
    <message>
        <source>A unique number for the subject observed</source>
        <translation>Eine eindeutige Nummer für das Beobachtungsobjekt</translation>
    </message>
    <message>
        <source>A unique number for the person or thing the findings are about, which can point back to you.</source>
        <translation>Eine eindeutige Nummer für die Person oder Sache, um die es in den Befunden geht; sie kann zu Ihnen zurückführen.</translation>
    </message>
    <message>
        <source>The contents of a report</source>
        <translation>Der Inhalt eines Befundberichts</translation>
    </message>
    <message>
        <source>The findings, measurements, names and dates that make up a structured report about your scan, any of which can identify you.</source>
        <translation>Die Befunde, Messwerte, Namen und Daten, aus denen ein strukturierter Befundbericht über Ihre Untersuchung besteht; jede dieser Angaben kann Sie erkennbar machen.</translation>
    </message>
    <message>
        <source>The version of a report template</source>
        <translation>Die Version einer Befundvorlage</translation>
    </message>
    <message>
        <source>The version of the form used to build a report; about the form, not you, but may hold stray text.</source>
        <translation>Die Version des Formulars, mit dem ein Befundbericht erstellt wurde; sie betrifft das Formular, nicht Sie, kann aber verirrten Text enthalten.</translation>
    </message>
    <message>
        <source>A hospital&apos;s version of a report template</source>
        <translation>Die Krankenhausversion einer Befundvorlage</translation>
    </message>
    <message>
        <source>A hospital&apos;s own version label of a report form, which can hint at which hospital made the file.</source>
        <translation>Die eigene Versionsbezeichnung eines Krankenhauses für ein Befundformular; sie kann darauf hinweisen, welches Krankenhaus die Datei erstellt hat.</translation>
    </message>
    <message>
        <source>A unique number for the template&apos;s author</source>
        <translation>Eine eindeutige Nummer für den Verfasser der Vorlage</translation>
    </message>
    <message>
        <source>A unique number for the organisation that extended a report form, which can point to the hospital.</source>
        <translation>Eine eindeutige Nummer für die Organisation, die ein Befundformular erweitert hat; sie kann auf das Krankenhaus hinweisen.</translation>
    </message>
    <message>
        <source>A unique number for who changed the template</source>
        <translation>Eine eindeutige Nummer für den Bearbeiter der Vorlage</translation>
    </message>
    <message>
        <source>A unique number for the person or system that extended a report form, which can point to the hospital.</source>
        <translation>Eine eindeutige Nummer für die Person oder das System, die oder das ein Befundformular erweitert hat; sie kann auf das Krankenhaus hinweisen.</translation>
    </message>
    <message>
        <source>When a linked document took effect</source>
        <translation>Wann ein verknüpftes Dokument gültig wurde</translation>
    </message>
    <message>
        <source>The date and time a linked hospital document about you took effect.</source>
        <translation>Datum und Uhrzeit, zu der ein verknüpftes Krankenhausdokument über Sie gültig wurde.</translation>
    </message>
    <message>
        <source>An attached document</source>
        <translation>Ein angehängtes Dokument</translation>
    </message>
    <message>
        <source>A whole document, often a PDF report, stored inside the file; it can contain your name, address and diagnosis.</source>
        <translation>Ein ganzes Dokument, oft ein Befundbericht als PDF, das in der Datei gespeichert ist; es kann Ihren Namen, Ihre Adresse und Ihre Diagnose enthalten.</translation>
    </message>
    <message>
        <source>When a product was approved</source>
        <translation>Wann ein Produkt zugelassen wurde</translation>
    </message>
    <message>
        <source>The date and time a product used in your care, such as a drug, was approved.</source>
        <translation>Datum und Uhrzeit, zu der ein Produkt, das bei Ihrer Behandlung verwendet wurde, zum Beispiel ein Medikament, zugelassen wurde.</translation>
    </message>
    <message>
        <source>When a product expires</source>
        <translation>Wann ein Produkt abläuft</translation>
    </message>
    <message>
        <source>The expiry date and time of a product used in your care, such as a drug batch.</source>
        <translation>Ablaufdatum und -uhrzeit eines Produkts, das bei Ihrer Behandlung verwendet wurde, zum Beispiel einer Medikamentencharge.</translation>
    </message>
    <message>
        <source>When a substance was given to you</source>
        <translation>Wann Ihnen eine Substanz gegeben wurde</translation>
    </message>
    <message>
        <source>The date and time a drug or other substance was given to you.</source>
        <translation>Datum und Uhrzeit, zu der Ihnen ein Medikament oder eine andere Substanz gegeben wurde.</translation>
    </message>
    <message>
        <source>When a statement was made</source>
        <translation>Wann eine Erklärung abgegeben wurde</translation>
    </message>
    <message>
        <source>The date and time a statement, such as a safety approval, was made about your treatment.</source>
        <translation>Datum und Uhrzeit, zu der eine Erklärung zu Ihrer Behandlung abgegeben wurde, zum Beispiel eine Sicherheitsfreigabe.</translation>
    </message>
    <message>
        <source>When a statement expires</source>
        <translation>Wann eine Erklärung abläuft</translation>
    </message>
    <message>
        <source>The date and time a statement, such as a safety approval, stops being valid.</source>
        <translation>Datum und Uhrzeit, ab der eine Erklärung, zum Beispiel eine Sicherheitsfreigabe, nicht mehr gilt.</translation>
    </message>
    <message>
        <source>The number of a device part</source>
        <translation>Die Nummer eines Geräteteils</translation>
    </message>
    <message>
        <source>The identifier of a part of an implant or device container, which can trace back to your case.</source>
        <translation>Die Kennung eines Teils eines Implantats oder eines Gerätebehälters; sie lässt sich bis zu Ihrem Fall zurückverfolgen.</translation>
    </message>
    <message>
        <source>A description of a device</source>
        <translation>Eine Beschreibung eines Geräts</translation>
    </message>
    <message>
        <source>Text describing a device, such as a catheter or implant shown in the image, which may include typed notes.</source>
        <translation>Text, der ein Gerät beschreibt, zum Beispiel einen Katheter oder ein Implantat, das im Bild zu sehen ist; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A long description of a device</source>
        <translation>Eine ausführliche Beschreibung eines Geräts</translation>
    </message>
    <message>
        <source>A longer text describing a device shown or used in the image, which may include typed notes.</source>
        <translation>Ein längerer Text, der ein im Bild gezeigtes oder verwendetes Gerät beschreibt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A unique tracking number</source>
        <translation>Eine eindeutige Verfolgungsnummer</translation>
    </message>
    <message>
        <source>A unique number used to track a finding, such as a tumour, across your scans over time.</source>
        <translation>Eine eindeutige Nummer, mit der ein Befund, zum Beispiel ein Tumor, über mehrere Ihrer Untersuchungen hinweg verfolgt wird.</translation>
    </message>
    <message>
        <source>A unique number for the original position grid</source>
        <translation>Eine eindeutige Nummer für das ursprüngliche Koordinatensystem</translation>
    </message>
    <message>
        <source>A unique number for the positioning grid of the images this one was aligned to, linking it to your scans.</source>
        <translation>Eine eindeutige Nummer für das Lagekoordinatensystem der Bilder, an denen dieses ausgerichtet wurde; sie verbindet es mit Ihren Untersuchungen.</translation>
    </message>
    <message>
        <source>When an implant plan took effect</source>
        <translation>Wann eine Implantatplanung gültig wurde</translation>
    </message>
    <message>
        <source>The date and time an implant template used in your planning took effect; it is about the product, not you.</source>
        <translation>Datum und Uhrzeit, zu der eine bei Ihrer Planung verwendete Implantatvorlage gültig wurde; das betrifft das Produkt, nicht Sie.</translation>
    </message>
    <message>
        <source>When implant information was issued</source>
        <translation>Wann Informationen zum Implantat herausgegeben wurden</translation>
    </message>
    <message>
        <source>The date and time information about an implant product was issued; it is about the product, not you.</source>
        <translation>Datum und Uhrzeit, zu der Informationen zu einem Implantatprodukt herausgegeben wurden; das betrifft das Produkt, nicht Sie.</translation>
    </message>
    <message>
        <source>A unique number for a group of annotations</source>
        <translation>Eine eindeutige Nummer für eine Gruppe von Anmerkungen</translation>
    </message>
    <message>
        <source>A unique number for a group of markings on a slide image, which ties them to your sample.</source>
        <translation>Eine eindeutige Nummer für eine Gruppe von Markierungen auf einem Objektträgerbild; sie verbindet diese mit Ihrer Probe.</translation>
    </message>
    <message>
        <source>A label for a group of annotations</source>
        <translation>Eine Bezeichnung für eine Gruppe von Anmerkungen</translation>
    </message>
    <message>
        <source>A label for a group of markings on a slide image, which may include typed names or notes.</source>
        <translation>Eine Bezeichnung für eine Gruppe von Markierungen auf einem Objektträgerbild; sie kann eingetippte Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of a group of annotations</source>
        <translation>Eine Beschreibung einer Gruppe von Anmerkungen</translation>
    </message>
    <message>
        <source>Text describing a group of markings on a slide image, which may include typed names or findings.</source>
        <translation>Text, der eine Gruppe von Markierungen auf einem Objektträgerbild beschreibt; er kann eingetippte Namen oder Befunde enthalten.</translation>
    </message>
    <message>
        <source>Text and markings drawn on the image</source>
        <translation>Text und Markierungen auf dem Bild</translation>
    </message>
    <message>
        <source>Words, arrows and shapes drawn over the image, which can include your name or notes typed by staff.</source>
        <translation>Wörter, Pfeile und Formen, die über das Bild gezeichnet wurden; sie können Ihren Namen oder vom Personal eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>The date a display version was made</source>
        <translation>Das Datum, an dem eine Anzeigeversion erstellt wurde</translation>
    </message>
    <message>
        <source>The day someone saved a particular way of showing your images, usually around your scan or reading.</source>
        <translation>Der Tag, an dem jemand eine bestimmte Darstellung Ihrer Bilder gespeichert hat, meist rund um Ihre Untersuchung oder deren Auswertung.</translation>
    </message>
    <message>
        <source>The time a display version was made</source>
        <translation>Die Uhrzeit, zu der eine Anzeigeversion erstellt wurde</translation>
    </message>
    <message>
        <source>The time of day someone saved a particular way of showing your images.</source>
        <translation>Die Tageszeit, zu der jemand eine bestimmte Darstellung Ihrer Bilder gespeichert hat.</translation>
    </message>
    <message>
        <source>Who made the display version</source>
        <translation>Wer die Anzeigeversion erstellt hat</translation>
    </message>
    <message>
        <source>The name of the person who saved a particular way of showing your images, such as your radiologist.</source>
        <translation>Der Name der Person, die eine bestimmte Darstellung Ihrer Bilder gespeichert hat, zum Beispiel Ihre Radiologin oder Ihr Radiologe.</translation>
    </message>
    <message>
        <source>ID codes of who made the display version</source>
        <translation>Kennungscodes der Person, die die Anzeigeversion erstellt hat</translation>
    </message>
    <message>
        <source>Codes that identify the person who saved a particular way of showing your images.</source>
        <translation>Codes, die die Person erkennbar machen, die eine bestimmte Darstellung Ihrer Bilder gespeichert hat.</translation>
    </message>
    <message>
        <source>A unique number for a marker point</source>
        <translation>Eine eindeutige Nummer für einen Markierungspunkt</translation>
    </message>
    <message>
        <source>A unique number for a marker point placed on your images, which ties them together.</source>
        <translation>Eine eindeutige Nummer für einen Markierungspunkt auf Ihren Bildern; sie verbindet die Bilder miteinander.</translation>
    </message>
    <message>
        <source>A unique number for a group of displays</source>
        <translation>Eine eindeutige Nummer für eine Gruppe von Darstellungen</translation>
    </message>
    <message>
        <source>A unique number for a collection of ways to show your images, which ties them to your scan.</source>
        <translation>Eine eindeutige Nummer für eine Sammlung von Darstellungen Ihrer Bilder; sie verbindet diese mit Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>A unique number for a display sequence</source>
        <translation>Eine eindeutige Nummer für eine Darstellungsfolge</translation>
    </message>
    <message>
        <source>A unique number for an ordered set of ways to show your images, which ties them to your scan.</source>
        <translation>Eine eindeutige Nummer für eine geordnete Reihe von Darstellungen Ihrer Bilder; sie verbindet diese mit Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>When a screen layout was made</source>
        <translation>Wann ein Bildschirmlayout erstellt wurde</translation>
    </message>
    <message>
        <source>The date and time a screen layout for showing images was created; usually about the hospital, not you.</source>
        <translation>Datum und Uhrzeit, zu der ein Bildschirmlayout zur Anzeige von Bildern erstellt wurde; betrifft meist das Krankenhaus, nicht Sie.</translation>
    </message>
    <message>
        <source>A network name used by a screen layout</source>
        <translation>Ein Netzwerkname, den ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A network name a screen layout rule matches on, which can identify a hospital machine.</source>
        <translation>Ein Netzwerkname, nach dem eine Regel für ein Bildschirmlayout sucht; er kann ein Gerät des Krankenhauses erkennbar machen.</translation>
    </message>
    <message>
        <source>An age used by a screen layout</source>
        <translation>Ein Alter, das ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>An age a screen layout rule matches on, which could be your age.</source>
        <translation>Ein Alter, nach dem eine Regel für ein Bildschirmlayout sucht; das könnte Ihr Alter sein.</translation>
    </message>
    <message>
        <source>A date used by a screen layout</source>
        <translation>Ein Datum, das ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A date a screen layout rule matches on, which could be a date from your scan.</source>
        <translation>Ein Datum, nach dem eine Regel für ein Bildschirmlayout sucht; das könnte ein Datum Ihrer Untersuchung sein.</translation>
    </message>
    <message>
        <source>A date and time used by a screen layout</source>
        <translation>Datum und Uhrzeit, die ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A date and time a screen layout rule matches on, which could come from your scan.</source>
        <translation>Datum und Uhrzeit, nach denen eine Regel für ein Bildschirmlayout sucht; sie könnten aus Ihrer Untersuchung stammen.</translation>
    </message>
    <message>
        <source>Raw data used by a screen layout</source>
        <translation>Rohdaten, die ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>Raw data a screen layout rule matches on, which could hold any detail copied from your scan.</source>
        <translation>Rohdaten, nach denen eine Regel für ein Bildschirmlayout sucht; sie könnten jede Angabe enthalten, die aus Ihrer Untersuchung kopiert wurde.</translation>
    </message>
    <message>
        <source>A short text used by a screen layout</source>
        <translation>Ein kurzer Text, den ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A short text a screen layout rule matches on, which could be a name or description from your scan.</source>
        <translation>Ein kurzer Text, nach dem eine Regel für ein Bildschirmlayout sucht; das könnte ein Name oder eine Beschreibung aus Ihrer Untersuchung sein.</translation>
    </message>
    <message>
        <source>A long text used by a screen layout</source>
        <translation>Ein langer Text, den ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A longer text a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation>Ein längerer Text, nach dem eine Regel für ein Bildschirmlayout sucht; er könnte aus Ihrer Untersuchung kopierte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A person&apos;s name used by a screen layout</source>
        <translation>Ein Personenname, den ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A person&apos;s name a screen layout rule matches on, such as a doctor&apos;s or your own.</source>
        <translation>Der Name einer Person, nach dem eine Regel für ein Bildschirmlayout sucht, zum Beispiel der einer Ärztin, eines Arztes oder Ihr eigener.</translation>
    </message>
    <message>
        <source>A time used by a screen layout</source>
        <translation>Eine Uhrzeit, die ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A time of day a screen layout rule matches on, which could be the time of your scan.</source>
        <translation>Eine Tageszeit, nach der eine Regel für ein Bildschirmlayout sucht; das könnte die Uhrzeit Ihrer Untersuchung sein.</translation>
    </message>
    <message>
        <source>A short label used by a screen layout</source>
        <translation>Eine kurze Bezeichnung, die ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A short label a screen layout rule matches on, which could be a number or name from your scan.</source>
        <translation>Eine kurze Bezeichnung, nach der eine Regel für ein Bildschirmlayout sucht; das könnte eine Nummer oder ein Name aus Ihrer Untersuchung sein.</translation>
    </message>
    <message>
        <source>Unknown data used by a screen layout</source>
        <translation>Unbekannte Daten, die ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>Data of unknown type a screen layout rule matches on, which could hold any detail copied from your scan.</source>
        <translation>Daten unbekannter Art, nach denen eine Regel für ein Bildschirmlayout sucht; sie könnten jede Angabe enthalten, die aus Ihrer Untersuchung kopiert wurde.</translation>
    </message>
    <message>
        <source>A text used by a screen layout</source>
        <translation>Ein Text, den ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A text a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation>Ein Text, nach dem eine Regel für ein Bildschirmlayout sucht; er könnte aus Ihrer Untersuchung kopierte Notizen enthalten.</translation>
    </message>
    <message>
        <source>An unlimited text used by a screen layout</source>
        <translation>Ein unbegrenzter Text, den ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A text of any length a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation>Ein Text beliebiger Länge, nach dem eine Regel für ein Bildschirmlayout sucht; er könnte aus Ihrer Untersuchung kopierte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A web address used by a screen layout</source>
        <translation>Eine Webadresse, die ein Bildschirmlayout verwendet</translation>
    </message>
    <message>
        <source>A web address a screen layout rule matches on, which can point to a hospital server.</source>
        <translation>Eine Webadresse, nach der eine Regel für ein Bildschirmlayout sucht; sie kann auf einen Server des Krankenhauses zeigen.</translation>
    </message>
    <message>
        <source>The network name of the receiving machine</source>
        <translation>Der Netzwerkname des empfangenden Geräts</translation>
    </message>
    <message>
        <source>The network name of the machine meant to receive instructions about your treatment, which can identify the site.</source>
        <translation>Der Netzwerkname des Geräts, das Anweisungen zu Ihrer Behandlung empfangen sollte; er kann den Standort erkennbar machen.</translation>
    </message>
    <message>
        <source>The network name of the requesting machine</source>
        <translation>Der Netzwerkname des anfragenden Geräts</translation>
    </message>
    <message>
        <source>The network name of the machine that sent instructions about your treatment, which can identify the site.</source>
        <translation>Der Netzwerkname des Geräts, das Anweisungen zu Ihrer Behandlung gesendet hat; er kann den Standort erkennbar machen.</translation>
    </message>
    <message>
        <source>A unique number for the disc</source>
        <translation>Eine eindeutige Nummer für den Datenträger</translation>
    </message>
    <message>
        <source>A unique number given to this disc or file set when it was made, which the hospital may have recorded.</source>
        <translation>Eine eindeutige Nummer, die dieser Datenträger oder Dateisatz bei seiner Erstellung bekommen hat; das Krankenhaus hat sie möglicherweise gespeichert.</translation>
    </message>
    <message>
        <source>A small preview picture</source>
        <translation>Ein kleines Vorschaubild</translation>
    </message>
    <message>
        <source>A thumbnail of the image, which can show your face or text burned into the picture such as your name.</source>
        <translation>Eine Miniaturansicht des Bildes; sie kann Ihr Gesicht oder eingebrannten Text wie Ihren Namen zeigen.</translation>
    </message>
    <message>
        <source>The title of a topic</source>
        <translation>Der Titel eines Themas</translation>
    </message>
    <message>
        <source>The title of a collection of images on a topic, which may include names or notes.</source>
        <translation>Der Titel einer Sammlung von Bildern zu einem Thema; er kann Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>The subject of a topic</source>
        <translation>Der Gegenstand eines Themas</translation>
    </message>
    <message>
        <source>The subject of a collection of images, which may include names or health details.</source>
        <translation>Der Gegenstand einer Sammlung von Bildern; er kann Namen oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>The author of a topic</source>
        <translation>Der Verfasser eines Themas</translation>
    </message>
    <message>
        <source>The name of the person who put together a collection of images.</source>
        <translation>Der Name der Person, die eine Sammlung von Bildern zusammengestellt hat.</translation>
    </message>
    <message>
        <source>Keywords of a topic</source>
        <translation>Schlagwörter eines Themas</translation>
    </message>
    <message>
        <source>Keywords for a collection of images, which may include names or health details.</source>
        <translation>Schlagwörter für eine Sammlung von Bildern; sie können Namen oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>When the file was authorised</source>
        <translation>Wann die Datei freigegeben wurde</translation>
    </message>
    <message>
        <source>The date and time this file was approved for use, tied to the handling of your scan.</source>
        <translation>Datum und Uhrzeit, zu der diese Datei zur Verwendung freigegeben wurde; sie gehören zur Bearbeitung Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>A unique number for a digital signature</source>
        <translation>Eine eindeutige Nummer für eine digitale Signatur</translation>
    </message>
    <message>
        <source>A unique number for a digital signature on this file, which can be traced to the signing system.</source>
        <translation>Eine eindeutige Nummer für eine digitale Signatur dieser Datei; sie lässt sich bis zum signierenden System zurückverfolgen.</translation>
    </message>
    <message>
        <source>When the file was digitally signed</source>
        <translation>Wann die Datei digital signiert wurde</translation>
    </message>
    <message>
        <source>The date and time this file was digitally signed, usually around your scan or report.</source>
        <translation>Datum und Uhrzeit, zu der diese Datei digital signiert wurde, meist rund um Ihre Untersuchung oder Ihren Befund.</translation>
    </message>
    <message>
        <source>The signer&apos;s digital certificate</source>
        <translation>Das digitale Zertifikat der signierenden Person</translation>
    </message>
    <message>
        <source>The certificate of whoever signed this file, which usually contains their name and organisation.</source>
        <translation>Das Zertifikat der Person oder Stelle, die diese Datei signiert hat; es enthält meist deren Namen und Organisation.</translation>
    </message>
    <message>
        <source>A certified time stamp</source>
        <translation>Ein beglaubigter Zeitstempel</translation>
    </message>
    <message>
        <source>A time stamp certified by a trusted service, showing exactly when the file was signed.</source>
        <translation>Ein von einem vertrauenswürdigen Dienst beglaubigter Zeitstempel, der genau zeigt, wann die Datei signiert wurde.</translation>
    </message>
    <message>
        <source>Links to digital signatures</source>
        <translation>Verweise auf digitale Signaturen</translation>
    </message>
    <message>
        <source>References to digital signatures on other files, with their unique numbers, which tie your records together.</source>
        <translation>Verweise auf digitale Signaturen anderer Dateien mit ihren eindeutigen Nummern; sie verknüpfen Ihre Unterlagen miteinander.</translation>
    </message>
    <message>
        <source>Links to signed images</source>
        <translation>Verweise auf signierte Bilder</translation>
    </message>
    <message>
        <source>Unique numbers and checksums of other images covered by a signature, which tie your records together.</source>
        <translation>Eindeutige Nummern und Prüfsummen anderer Bilder, die von einer Signatur erfasst werden; sie verknüpfen Ihre Unterlagen miteinander.</translation>
    </message>
    <message>
        <source>A security checksum</source>
        <translation>Eine Sicherheitsprüfsumme</translation>
    </message>
    <message>
        <source>A security code computed over the file&apos;s contents; it cannot be read as words but proves what the original held.</source>
        <translation>Ein Sicherheitscode, der aus dem Inhalt der Datei berechnet wird; er ist nicht als Text lesbar, beweist aber, was das Original enthielt.</translation>
    </message>
    <message>
        <source>Details that were changed</source>
        <translation>Geänderte Angaben</translation>
    </message>
    <message>
        <source>A record of details that were changed in this file, which can still hold values such as your name.</source>
        <translation>Ein Protokoll der in dieser Datei geänderten Angaben; es kann noch Werte wie Ihren Namen enthalten.</translation>
    </message>
    <message>
        <source>Incorrect details that were changed</source>
        <translation>Fehlerhafte Angaben, die geändert wurden</translation>
    </message>
    <message>
        <source>A record of details that were corrected because they broke the format, which can still hold the original values.</source>
        <translation>Ein Protokoll der Angaben, die korrigiert wurden, weil sie nicht dem Format entsprachen; es kann noch die ursprünglichen Werte enthalten.</translation>
    </message>
    <message>
        <source>An incorrect value that was replaced</source>
        <translation>Ein fehlerhafter Wert, der ersetzt wurde</translation>
    </message>
    <message>
        <source>The original text of a value that was replaced because it broke the format, which can hold anything.</source>
        <translation>Der ursprüngliche Text eines Werts, der ersetzt wurde, weil er nicht dem Format entsprach; er kann alles Mögliche enthalten.</translation>
    </message>
    <message>
        <source>The original details before changes</source>
        <translation>Die ursprünglichen Angaben vor den Änderungen</translation>
    </message>
    <message>
        <source>The earlier values of details that were changed or removed, which can still hold your old name or number.</source>
        <translation>Die früheren Werte geänderter oder entfernter Angaben; sie können noch Ihren alten Namen oder Ihre alte Nummer enthalten.</translation>
    </message>
    <message>
        <source>When details were changed</source>
        <translation>Wann Angaben geändert wurden</translation>
    </message>
    <message>
        <source>The date and time details in this file were changed.</source>
        <translation>Datum und Uhrzeit, zu der Angaben in dieser Datei geändert wurden.</translation>
    </message>
    <message>
        <source>The system that changed the details</source>
        <translation>Das System, das die Angaben geändert hat</translation>
    </message>
    <message>
        <source>The name of the system or program that changed details in this file, which can identify the hospital.</source>
        <translation>Der Name des Systems oder Programms, das Angaben in dieser Datei geändert hat; er kann das Krankenhaus erkennbar machen.</translation>
    </message>
    <message>
        <source>Where the earlier details came from</source>
        <translation>Woher die früheren Angaben stammen</translation>
    </message>
    <message>
        <source>The name of the system or organisation the earlier values came from, which can identify the hospital.</source>
        <translation>Der Name des Systems oder der Organisation, von dem oder der die früheren Werte stammen; er kann das Krankenhaus erkennbar machen.</translation>
    </message>
    <message>
        <source>Why details were changed</source>
        <translation>Warum Angaben geändert wurden</translation>
    </message>
    <message>
        <source>The reason details in this file were changed, such as a correction or anonymisation.</source>
        <translation>Der Grund, warum Angaben in dieser Datei geändert wurden, zum Beispiel eine Korrektur oder eine Anonymisierung.</translation>
    </message>
    <message>
        <source>Whether this file came from elsewhere</source>
        <translation>Ob diese Datei von anderswo stammt</translation>
    </message>
    <message>
        <source>Whether this file was made locally or brought in from another hospital.</source>
        <translation>Ob diese Datei vor Ort erstellt oder von einem anderen Krankenhaus übernommen wurde.</translation>
    </message>
    <message>
        <source>Text printed with the film</source>
        <translation>Text, der mit dem Film gedruckt wurde</translation>
    </message>
    <message>
        <source>Text added when the images were printed on film, which may include your name or notes.</source>
        <translation>Text, der beim Ausdruck der Bilder auf Film hinzugefügt wurde; er kann Ihren Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>The date a print job was made</source>
        <translation>Das Datum eines Druckauftrags</translation>
    </message>
    <message>
        <source>The day a request to print your images on film was made.</source>
        <translation>Der Tag, an dem ein Auftrag erteilt wurde, Ihre Bilder auf Film zu drucken.</translation>
    </message>
    <message>
        <source>The time a print job was made</source>
        <translation>Die Uhrzeit eines Druckauftrags</translation>
    </message>
    <message>
        <source>The time of day a request to print your images on film was made.</source>
        <translation>Die Tageszeit, zu der ein Auftrag erteilt wurde, Ihre Bilder auf Film zu drucken.</translation>
    </message>
    <message>
        <source>Who sent the print job</source>
        <translation>Wer den Druckauftrag gesendet hat</translation>
    </message>
    <message>
        <source>The network name of the machine that asked to print your images, which can identify the site.</source>
        <translation>Der Netzwerkname des Geräts, das den Druck Ihrer Bilder angefordert hat; er kann den Standort erkennbar machen.</translation>
    </message>
    <message>
        <source>Where the print job was sent</source>
        <translation>Wohin der Druckauftrag gesendet wurde</translation>
    </message>
    <message>
        <source>The network name of the printer or machine your images were sent to, which can identify the site.</source>
        <translation>Der Netzwerkname des Druckers oder Geräts, an das Ihre Bilder gesendet wurden; er kann den Standort erkennbar machen.</translation>
    </message>
    <message>
        <source>The text on the disc label</source>
        <translation>Der Text auf dem Etikett des Datenträgers</translation>
    </message>
    <message>
        <source>The text printed on the label of the disc, which often includes your name and the hospital.</source>
        <translation>Der Text, der auf das Etikett des Datenträgers gedruckt ist; er enthält oft Ihren Namen und das Krankenhaus.</translation>
    </message>
    <message>
        <source>The barcode on the disc label</source>
        <translation>Der Barcode auf dem Etikett des Datenträgers</translation>
    </message>
    <message>
        <source>The value of a barcode printed on the disc label, which can be a number tied to you.</source>
        <translation>Der Wert eines Barcodes auf dem Etikett des Datenträgers; das kann eine Nummer sein, die zu Ihnen gehört.</translation>
    </message>
    <message>
        <source>The name of a positioning template</source>
        <translation>Der Name einer Lagerungsvorlage</translation>
    </message>
    <message>
        <source>The name of a template used to position you for an image, which may include typed notes.</source>
        <translation>Der Name einer Vorlage, nach der Sie für eine Aufnahme gelagert wurden; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of a positioning template</source>
        <translation>Eine Beschreibung einer Lagerungsvorlage</translation>
    </message>
    <message>
        <source>Text describing a template used to position you for an image, which may include typed notes.</source>
        <translation>Text, der eine Vorlage beschreibt, nach der Sie für eine Aufnahme gelagert wurden; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>The label of a set of outlines</source>
        <translation>Die Bezeichnung eines Konturensatzes</translation>
    </message>
    <message>
        <source>A label for the outlines drawn on your scan for radiotherapy, which may include names.</source>
        <translation>Eine Bezeichnung für die Konturen, die für die Strahlentherapie auf Ihrer Aufnahme eingezeichnet wurden; sie kann Namen enthalten.</translation>
    </message>
    <message>
        <source>The name of a set of outlines</source>
        <translation>Der Name eines Konturensatzes</translation>
    </message>
    <message>
        <source>The name of the outlines drawn on your scan for radiotherapy, which may include names.</source>
        <translation>Der Name der Konturen, die für die Strahlentherapie auf Ihrer Aufnahme eingezeichnet wurden; er kann Namen enthalten.</translation>
    </message>
    <message>
        <source>A description of a set of outlines</source>
        <translation>Eine Beschreibung eines Konturensatzes</translation>
    </message>
    <message>
        <source>Text describing the outlines drawn on your scan for radiotherapy, which may include names or notes.</source>
        <translation>Text, der die für die Strahlentherapie auf Ihrer Aufnahme eingezeichneten Konturen beschreibt; er kann Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>The date the outlines were made</source>
        <translation>Das Datum, an dem die Konturen erstellt wurden</translation>
    </message>
    <message>
        <source>The day the outlines on your scan for radiotherapy were made.</source>
        <translation>Der Tag, an dem die Konturen für die Strahlentherapie auf Ihrer Aufnahme erstellt wurden.</translation>
    </message>
    <message>
        <source>The time the outlines were made</source>
        <translation>Die Uhrzeit, zu der die Konturen erstellt wurden</translation>
    </message>
    <message>
        <source>The time of day the outlines on your scan for radiotherapy were made.</source>
        <translation>Die Tageszeit, zu der die Konturen für die Strahlentherapie auf Ihrer Aufnahme erstellt wurden.</translation>
    </message>
    <message>
        <source>A link to the position grid outlined</source>
        <translation>Ein Verweis auf das eingezeichnete Koordinatensystem</translation>
    </message>
    <message>
        <source>The unique number of the positioning grid the outlines belong to, which ties them to your scan.</source>
        <translation>Die eindeutige Nummer des Lagekoordinatensystems, zu dem die Konturen gehören; sie verbindet diese mit Ihrer Untersuchung.</translation>
    </message>
    <message>
        <source>The name of an outlined area</source>
        <translation>Der Name eines eingezeichneten Bereichs</translation>
    </message>
    <message>
        <source>The name of an area outlined on your scan, such as a tumour or organ, which reveals health details.</source>
        <translation>Der Name eines auf Ihrer Aufnahme eingezeichneten Bereichs, zum Beispiel eines Tumors oder Organs; er verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>A description of an outlined area</source>
        <translation>Eine Beschreibung eines eingezeichneten Bereichs</translation>
    </message>
    <message>
        <source>Text describing an area outlined on your scan, which reveals health details and may contain notes.</source>
        <translation>Text, der einen auf Ihrer Aufnahme eingezeichneten Bereich beschreibt; er verrät Gesundheitsangaben und kann Notizen enthalten.</translation>
    </message>
    <message>
        <source>When an area was outlined</source>
        <translation>Wann ein Bereich eingezeichnet wurde</translation>
    </message>
    <message>
        <source>The date and time an area on your scan was outlined.</source>
        <translation>Datum und Uhrzeit, zu der ein Bereich auf Ihrer Aufnahme eingezeichnet wurde.</translation>
    </message>
    <message>
        <source>When an outlined area was assessed</source>
        <translation>Wann ein eingezeichneter Bereich beurteilt wurde</translation>
    </message>
    <message>
        <source>The date and time an outlined area on your scan was assessed.</source>
        <translation>Datum und Uhrzeit, zu der ein eingezeichneter Bereich auf Ihrer Aufnahme beurteilt wurde.</translation>
    </message>
    <message>
        <source>How an area was outlined</source>
        <translation>Wie ein Bereich eingezeichnet wurde</translation>
    </message>
    <message>
        <source>Text describing how an area on your scan was outlined, which may include the name of who did it.</source>
        <translation>Text darüber, wie ein Bereich auf Ihrer Aufnahme eingezeichnet wurde; er kann den Namen der Person enthalten, die es getan hat.</translation>
    </message>
    <message>
        <source>Who outlined the areas</source>
        <translation>Wer die Bereiche eingezeichnet hat</translation>
    </message>
    <message>
        <source>The names and details of the people who outlined areas on your scan.</source>
        <translation>Die Namen und Angaben der Personen, die Bereiche auf Ihrer Aufnahme eingezeichnet haben.</translation>
    </message>
    <message>
        <source>Who assessed the outlined areas</source>
        <translation>Wer die eingezeichneten Bereiche beurteilt hat</translation>
    </message>
    <message>
        <source>The names and details of the people who assessed outlined areas on your scan.</source>
        <translation>Die Namen und Angaben der Personen, die eingezeichnete Bereiche auf Ihrer Aufnahme beurteilt haben.</translation>
    </message>
    <message>
        <source>A label for an assessment</source>
        <translation>Eine Bezeichnung für eine Beurteilung</translation>
    </message>
    <message>
        <source>A label for an assessment of an outlined area, which may include typed names or notes.</source>
        <translation>Eine Bezeichnung für die Beurteilung eines eingezeichneten Bereichs; sie kann eingetippte Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of an assessment</source>
        <translation>Eine Beschreibung einer Beurteilung</translation>
    </message>
    <message>
        <source>Text describing an assessment of an outlined area on your scan, which may include health details.</source>
        <translation>Text, der die Beurteilung eines eingezeichneten Bereichs auf Ihrer Aufnahme beschreibt; er kann Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>The person who assessed an area</source>
        <translation>Die Person, die einen Bereich beurteilt hat</translation>
    </message>
    <message>
        <source>The name of the person who assessed an outlined area on your scan.</source>
        <translation>Der Name der Person, die einen eingezeichneten Bereich auf Ihrer Aufnahme beurteilt hat.</translation>
    </message>
    <message>
        <source>A link to a related position grid</source>
        <translation>Ein Verweis auf ein zugehöriges Koordinatensystem</translation>
    </message>
    <message>
        <source>The unique number of a related positioning grid, which ties your radiotherapy scans together.</source>
        <translation>Die eindeutige Nummer eines zugehörigen Lagekoordinatensystems; sie verbindet Ihre Aufnahmen für die Strahlentherapie miteinander.</translation>
    </message>
    <message>
        <source>The date of a treatment step</source>
        <translation>Das Datum eines Behandlungsschritts</translation>
    </message>
    <message>
        <source>The day a step of your radiotherapy treatment was given.</source>
        <translation>Der Tag, an dem ein Schritt Ihrer Strahlentherapie durchgeführt wurde.</translation>
    </message>
    <message>
        <source>The time of a treatment step</source>
        <translation>Die Uhrzeit eines Behandlungsschritts</translation>
    </message>
    <message>
        <source>The time of day a step of your radiotherapy treatment was given.</source>
        <translation>Die Tageszeit, zu der ein Schritt Ihrer Strahlentherapie durchgeführt wurde.</translation>
    </message>
    <message>
        <source>The date of your first treatment</source>
        <translation>Das Datum Ihrer ersten Behandlung</translation>
    </message>
    <message>
        <source>The day your radiotherapy treatment started.</source>
        <translation>Der Tag, an dem Ihre Strahlentherapie begann.</translation>
    </message>
    <message>
        <source>The date of your latest treatment</source>
        <translation>Das Datum Ihrer letzten Behandlung</translation>
    </message>
    <message>
        <source>The day of your most recent radiotherapy treatment.</source>
        <translation>Der Tag Ihrer jüngsten Strahlentherapiesitzung.</translation>
    </message>
    <message>
        <source>The serial number of a radiation source</source>
        <translation>Die Seriennummer einer Strahlenquelle</translation>
    </message>
    <message>
        <source>The serial number of a radioactive source used in your treatment, which identifies the hospital&apos;s equipment.</source>
        <translation>Die Seriennummer einer bei Ihrer Behandlung verwendeten radioaktiven Quelle; sie macht die Ausrüstung des Krankenhauses erkennbar.</translation>
    </message>
    <message>
        <source>The date a source left its safe</source>
        <translation>Das Datum, an dem eine Quelle ihren Tresor verließ</translation>
    </message>
    <message>
        <source>The day a radioactive source left its shielded safe during your treatment.</source>
        <translation>Der Tag, an dem eine radioaktive Quelle während Ihrer Behandlung ihren abgeschirmten Tresor verließ.</translation>
    </message>
    <message>
        <source>The time a source left its safe</source>
        <translation>Die Uhrzeit, zu der eine Quelle ihren Tresor verließ</translation>
    </message>
    <message>
        <source>The time a radioactive source left its shielded safe during your treatment.</source>
        <translation>Die Uhrzeit, zu der eine radioaktive Quelle während Ihrer Behandlung ihren abgeschirmten Tresor verließ.</translation>
    </message>
    <message>
        <source>The date a source returned to its safe</source>
        <translation>Das Datum, an dem eine Quelle in ihren Tresor zurückkehrte</translation>
    </message>
    <message>
        <source>The day a radioactive source returned to its shielded safe during your treatment.</source>
        <translation>Der Tag, an dem eine radioaktive Quelle während Ihrer Behandlung in ihren abgeschirmten Tresor zurückkehrte.</translation>
    </message>
    <message>
        <source>The time a source returned to its safe</source>
        <translation>Die Uhrzeit, zu der eine Quelle in ihren Tresor zurückkehrte</translation>
    </message>
    <message>
        <source>The time a radioactive source returned to its shielded safe during your treatment.</source>
        <translation>Die Uhrzeit, zu der eine radioaktive Quelle während Ihrer Behandlung in ihren abgeschirmten Tresor zurückkehrte.</translation>
    </message>
    <message>
        <source>The date of your treatment</source>
        <translation>Das Datum Ihrer Behandlung</translation>
    </message>
    <message>
        <source>The day your radiotherapy treatment session took place.</source>
        <translation>Der Tag, an dem Ihre Strahlentherapiesitzung stattfand.</translation>
    </message>
    <message>
        <source>The time of your treatment</source>
        <translation>Die Uhrzeit Ihrer Behandlung</translation>
    </message>
    <message>
        <source>The time of day your radiotherapy treatment session took place.</source>
        <translation>Die Tageszeit, zu der Ihre Strahlentherapiesitzung stattfand.</translation>
    </message>
    <message>
        <source>The label of your treatment plan</source>
        <translation>Die Bezeichnung Ihres Behandlungsplans</translation>
    </message>
    <message>
        <source>A label for your radiotherapy plan, which may include your name or the area treated.</source>
        <translation>Eine Bezeichnung für Ihren Bestrahlungsplan; sie kann Ihren Namen oder den behandelten Bereich enthalten.</translation>
    </message>
    <message>
        <source>The name of your treatment plan</source>
        <translation>Der Name Ihres Behandlungsplans</translation>
    </message>
    <message>
        <source>The name of your radiotherapy plan, which may include your name or the area treated.</source>
        <translation>Der Name Ihres Bestrahlungsplans; er kann Ihren Namen oder den behandelten Bereich enthalten.</translation>
    </message>
    <message>
        <source>A description of your treatment plan</source>
        <translation>Eine Beschreibung Ihres Behandlungsplans</translation>
    </message>
    <message>
        <source>Text describing your radiotherapy plan, which reveals health details and may contain names.</source>
        <translation>Text, der Ihren Bestrahlungsplan beschreibt; er verrät Gesundheitsangaben und kann Namen enthalten.</translation>
    </message>
    <message>
        <source>The date your treatment plan was made</source>
        <translation>Das Datum, an dem Ihr Behandlungsplan erstellt wurde</translation>
    </message>
    <message>
        <source>The day your radiotherapy plan was created.</source>
        <translation>Der Tag, an dem Ihr Bestrahlungsplan erstellt wurde.</translation>
    </message>
    <message>
        <source>The time your treatment plan was made</source>
        <translation>Die Uhrzeit, zu der Ihr Behandlungsplan erstellt wurde</translation>
    </message>
    <message>
        <source>The time of day your radiotherapy plan was created.</source>
        <translation>Die Tageszeit, zu der Ihr Bestrahlungsplan erstellt wurde.</translation>
    </message>
    <message>
        <source>The areas being treated</source>
        <translation>Die behandelten Bereiche</translation>
    </message>
    <message>
        <source>The parts of your body being treated with radiotherapy, which reveals health details.</source>
        <translation>Die Körperteile, die mit Strahlentherapie behandelt werden; das verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>A description of your prescription</source>
        <translation>Eine Beschreibung Ihrer Verordnung</translation>
    </message>
    <message>
        <source>Text describing the radiation dose prescribed for you, which reveals health details.</source>
        <translation>Text, der die für Sie verordnete Strahlendosis beschreibt; er verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>A unique number for a dose target</source>
        <translation>Eine eindeutige Nummer für ein Dosisziel</translation>
    </message>
    <message>
        <source>A unique number for a dose target in your radiotherapy plan, which ties your treatment files together.</source>
        <translation>Eine eindeutige Nummer für ein Dosisziel in Ihrem Bestrahlungsplan; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>A description of a dose target</source>
        <translation>Eine Beschreibung eines Dosisziels</translation>
    </message>
    <message>
        <source>Text describing a target of your radiation dose, which reveals health details.</source>
        <translation>Text, der ein Ziel Ihrer Strahlendosis beschreibt; er verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>A description of a group of sessions</source>
        <translation>Eine Beschreibung einer Gruppe von Sitzungen</translation>
    </message>
    <message>
        <source>Text describing a group of your radiotherapy sessions, which may include typed notes.</source>
        <translation>Text, der eine Gruppe Ihrer Strahlentherapiesitzungen beschreibt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A link to a dose target</source>
        <translation>Ein Verweis auf ein Dosisziel</translation>
    </message>
    <message>
        <source>The unique number of a dose target this refers to, which ties your treatment files together.</source>
        <translation>Die eindeutige Nummer eines Dosisziels, auf das hier verwiesen wird; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>The name of the treatment machine</source>
        <translation>Der Name des Bestrahlungsgeräts</translation>
    </message>
    <message>
        <source>The name the hospital gave the machine that treats you, which can identify the hospital.</source>
        <translation>Der Name, den das Krankenhaus dem Gerät gegeben hat, mit dem Sie behandelt werden; er kann das Krankenhaus erkennbar machen.</translation>
    </message>
    <message>
        <source>A description of a radiation beam</source>
        <translation>Eine Beschreibung eines Strahlenfelds</translation>
    </message>
    <message>
        <source>Text describing one radiation beam of your treatment, which may include typed notes.</source>
        <translation>Text, der ein Strahlenfeld Ihrer Behandlung beschreibt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of a skin pad</source>
        <translation>Eine Beschreibung eines Hautauflagematerials</translation>
    </message>
    <message>
        <source>Text describing a pad placed on your skin during treatment, which may include typed notes.</source>
        <translation>Text, der ein Material beschreibt, das während der Behandlung auf Ihre Haut gelegt wurde (Bolus); er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of a positioning aid</source>
        <translation>Eine Beschreibung einer Lagerungshilfe</translation>
    </message>
    <message>
        <source>Text describing a device that held you in position, such as a mask, which may include typed notes.</source>
        <translation>Text, der eine Vorrichtung beschreibt, die Sie in Position gehalten hat, zum Beispiel eine Maske; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of a shield</source>
        <translation>Eine Beschreibung einer Abschirmung</translation>
    </message>
    <message>
        <source>Text describing a shield used to protect parts of your body, which may include typed notes.</source>
        <translation>Text, der eine Abschirmung zum Schutz von Teilen Ihres Körpers beschreibt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of how you were set up</source>
        <translation>Eine Beschreibung Ihrer Lagerung</translation>
    </message>
    <message>
        <source>Text describing how you were positioned for treatment, which may include typed notes.</source>
        <translation>Text darüber, wie Sie für die Behandlung gelagert wurden; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>The maker of a radiation source</source>
        <translation>Der Hersteller einer Strahlenquelle</translation>
    </message>
    <message>
        <source>The company that made a radioactive source used in your treatment.</source>
        <translation>Die Firma, die eine bei Ihrer Behandlung verwendete radioaktive Quelle hergestellt hat.</translation>
    </message>
    <message>
        <source>The reference date of a source</source>
        <translation>Das Bezugsdatum einer Quelle</translation>
    </message>
    <message>
        <source>The day a radioactive source&apos;s strength was measured; it is about the source, not you.</source>
        <translation>Der Tag, an dem die Stärke einer radioaktiven Quelle gemessen wurde; das betrifft die Quelle, nicht Sie.</translation>
    </message>
    <message>
        <source>The reference time of a source</source>
        <translation>Die Bezugszeit einer Quelle</translation>
    </message>
    <message>
        <source>The time a radioactive source&apos;s strength was measured; it is about the source, not you.</source>
        <translation>Die Uhrzeit, zu der die Stärke einer radioaktiven Quelle gemessen wurde; das betrifft die Quelle, nicht Sie.</translation>
    </message>
    <message>
        <source>A description of a beam shaper</source>
        <translation>Eine Beschreibung einer Feldformung</translation>
    </message>
    <message>
        <source>Text describing a device that shapes the radiation beam for you, which may include typed notes.</source>
        <translation>Text, der eine Vorrichtung beschreibt, die den Strahl für Sie formt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A label for a treatment position</source>
        <translation>Eine Bezeichnung für eine Behandlungsposition</translation>
    </message>
    <message>
        <source>A label for a position you are treated in, which may include typed notes.</source>
        <translation>Eine Bezeichnung für eine Position, in der Sie behandelt werden; sie kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A unique number for a treatment position</source>
        <translation>Eine eindeutige Nummer für eine Behandlungsposition</translation>
    </message>
    <message>
        <source>A unique number for a position you are treated in, which ties your treatment files together.</source>
        <translation>Eine eindeutige Nummer für eine Position, in der Sie behandelt werden; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>An accessory holder slot</source>
        <translation>Ein Halterungsplatz für Zubehör</translation>
    </message>
    <message>
        <source>The identifier of a slot holding an accessory on the treatment machine, which can identify the equipment.</source>
        <translation>Die Kennung eines Platzes am Bestrahlungsgerät, der Zubehör hält; sie kann die Ausrüstung erkennbar machen.</translation>
    </message>
    <message>
        <source>An accessory device slot</source>
        <translation>Ein Halterungsplatz für ein Gerät</translation>
    </message>
    <message>
        <source>The identifier of a slot holding a device on the treatment machine, which can identify the equipment.</source>
        <translation>Die Kennung eines Platzes am Bestrahlungsgerät, der ein Gerät hält; sie kann die Ausrüstung erkennbar machen.</translation>
    </message>
    <message>
        <source>A label for a dose</source>
        <translation>Eine Bezeichnung für eine Dosis</translation>
    </message>
    <message>
        <source>A label for a radiation dose in your treatment, which may include typed names or notes.</source>
        <translation>Eine Bezeichnung für eine Strahlendosis Ihrer Behandlung; sie kann eingetippte Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>A label for a dose measured on you</source>
        <translation>Eine Bezeichnung für eine an Ihnen gemessene Dosis</translation>
    </message>
    <message>
        <source>A label for a radiation dose measured on your body, which may include typed names or notes.</source>
        <translation>Eine Bezeichnung für eine an Ihrem Körper gemessene Strahlendosis; sie kann eingetippte Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>A label for a set of tolerances</source>
        <translation>Eine Bezeichnung für einen Satz von Toleranzen</translation>
    </message>
    <message>
        <source>A label for the limits allowed in your treatment set-up, which may include typed notes.</source>
        <translation>Eine Bezeichnung für die zulässigen Grenzen bei Ihrer Behandlungseinstellung; sie kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A unique number for your set-up</source>
        <translation>Eine eindeutige Nummer für Ihre Einstellung</translation>
    </message>
    <message>
        <source>A unique number for how you are set up for treatment, which ties your treatment files together.</source>
        <translation>Eine eindeutige Nummer dafür, wie Sie für die Behandlung eingestellt werden; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>A description of the machine&apos;s position grid</source>
        <translation>Eine Beschreibung des Koordinatensystems des Geräts</translation>
    </message>
    <message>
        <source>Text describing the positioning grid of the treatment equipment, which may include typed notes.</source>
        <translation>Text, der das Lagekoordinatensystem der Behandlungsgeräte beschreibt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A label for a radiation mode</source>
        <translation>Eine Bezeichnung für eine Strahlungsart</translation>
    </message>
    <message>
        <source>A label for how the machine makes radiation, which may include typed notes.</source>
        <translation>Eine Bezeichnung dafür, wie das Gerät Strahlung erzeugt; sie kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of a radiation mode</source>
        <translation>Eine Beschreibung einer Strahlungsart</translation>
    </message>
    <message>
        <source>Text describing how the machine makes radiation, which may include typed notes.</source>
        <translation>Text darüber, wie das Gerät Strahlung erzeugt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A unique number for a treatment session</source>
        <translation>Eine eindeutige Nummer für eine Behandlungssitzung</translation>
    </message>
    <message>
        <source>A unique number for one of your radiotherapy sessions, which ties your treatment files together.</source>
        <translation>Eine eindeutige Nummer für eine Ihrer Strahlentherapiesitzungen; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>A description of a set-up problem</source>
        <translation>Eine Beschreibung eines Einstellungsproblems</translation>
    </message>
    <message>
        <source>Text describing how your treatment set-up went outside its limits, which may include typed notes.</source>
        <translation>Text darüber, wie Ihre Behandlungseinstellung die zulässigen Grenzen überschritten hat; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>When a set-up problem happened</source>
        <translation>Wann ein Einstellungsproblem auftrat</translation>
    </message>
    <message>
        <source>The date and time your treatment set-up went outside its limits.</source>
        <translation>Datum und Uhrzeit, zu der Ihre Behandlungseinstellung die zulässigen Grenzen überschritten hat.</translation>
    </message>
    <message>
        <source>When a treatment step was recorded</source>
        <translation>Wann ein Behandlungsschritt aufgezeichnet wurde</translation>
    </message>
    <message>
        <source>The date and time a step of your radiotherapy was recorded.</source>
        <translation>Datum und Uhrzeit, zu der ein Schritt Ihrer Strahlentherapie aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>When a safety stop happened</source>
        <translation>Wann ein Sicherheitsstopp auftrat</translation>
    </message>
    <message>
        <source>The date and time the treatment machine stopped itself for safety during your session.</source>
        <translation>Datum und Uhrzeit, zu der das Bestrahlungsgerät während Ihrer Sitzung aus Sicherheitsgründen von selbst angehalten hat.</translation>
    </message>
    <message>
        <source>A description of a safety stop</source>
        <translation>Eine Beschreibung eines Sicherheitsstopps</translation>
    </message>
    <message>
        <source>Text describing why the treatment machine stopped itself during your session.</source>
        <translation>Text darüber, warum das Bestrahlungsgerät während Ihrer Sitzung von selbst angehalten hat.</translation>
    </message>
    <message>
        <source>When a safety stop was overridden</source>
        <translation>Wann ein Sicherheitsstopp übergangen wurde</translation>
    </message>
    <message>
        <source>The date and time staff overrode a safety stop during your session.</source>
        <translation>Datum und Uhrzeit, zu der das Personal während Ihrer Sitzung einen Sicherheitsstopp übergangen hat.</translation>
    </message>
    <message>
        <source>Where a safety stop came from</source>
        <translation>Woher ein Sicherheitsstopp kam</translation>
    </message>
    <message>
        <source>Text describing which part of the system caused a safety stop during your session.</source>
        <translation>Text darüber, welcher Teil des Systems während Ihrer Sitzung einen Sicherheitsstopp ausgelöst hat.</translation>
    </message>
    <message>
        <source>A link to a treatment position</source>
        <translation>Ein Verweis auf eine Behandlungsposition</translation>
    </message>
    <message>
        <source>The unique number of a treatment position this refers to, which ties your treatment files together.</source>
        <translation>Die eindeutige Nummer einer Behandlungsposition, auf die hier verwiesen wird; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>A preparation step before treatment</source>
        <translation>Ein Vorbereitungsschritt vor der Behandlung</translation>
    </message>
    <message>
        <source>Text describing something done to prepare you for treatment, which may include health details.</source>
        <translation>Text über etwas, das zu Ihrer Vorbereitung auf die Behandlung getan wurde; er kann Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>How you were prepared for treatment</source>
        <translation>Wie Sie auf die Behandlung vorbereitet wurden</translation>
    </message>
    <message>
        <source>Text describing how you were prepared for treatment, such as a full bladder, which is health information.</source>
        <translation>Text darüber, wie Sie auf die Behandlung vorbereitet wurden, zum Beispiel mit voller Blase; das ist eine Gesundheitsangabe.</translation>
    </message>
    <message>
        <source>A description of a set-up photo</source>
        <translation>Eine Beschreibung eines Lagerungsfotos</translation>
    </message>
    <message>
        <source>Text describing a photo taken of you in treatment position, which may include typed notes.</source>
        <translation>Text, der ein Foto von Ihnen in Behandlungsposition beschreibt; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A label for a shift in position</source>
        <translation>Eine Bezeichnung für eine Lageverschiebung</translation>
    </message>
    <message>
        <source>A label for a reference used to measure how you moved, which may include typed notes.</source>
        <translation>Eine Bezeichnung für einen Bezugspunkt, mit dem gemessen wird, wie Sie sich bewegt haben; sie kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>Why something was left out</source>
        <translation>Warum etwas ausgelassen wurde</translation>
    </message>
    <message>
        <source>Text explaining why part of your treatment was left out, which may include health details.</source>
        <translation>Text, der erklärt, warum ein Teil Ihrer Behandlung ausgelassen wurde; er kann Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>When a beam was paused</source>
        <translation>Wann ein Strahl unterbrochen wurde</translation>
    </message>
    <message>
        <source>The date and time a radiation beam was paused during your treatment.</source>
        <translation>Datum und Uhrzeit, zu der ein Strahl während Ihrer Behandlung unterbrochen wurde.</translation>
    </message>
    <message>
        <source>The date of the review</source>
        <translation>Das Datum der Prüfung</translation>
    </message>
    <message>
        <source>The day a doctor reviewed and approved your plan or images.</source>
        <translation>Der Tag, an dem eine Ärztin oder ein Arzt Ihren Plan oder Ihre Bilder geprüft und freigegeben hat.</translation>
    </message>
    <message>
        <source>The time of the review</source>
        <translation>Die Uhrzeit der Prüfung</translation>
    </message>
    <message>
        <source>The time of day a doctor reviewed and approved your plan or images.</source>
        <translation>Die Tageszeit, zu der eine Ärztin oder ein Arzt Ihren Plan oder Ihre Bilder geprüft und freigegeben hat.</translation>
    </message>
    <message>
        <source>The name of the reviewer</source>
        <translation>Der Name der prüfenden Person</translation>
    </message>
    <message>
        <source>The name of the doctor who reviewed and approved your plan or images.</source>
        <translation>Der Name der Ärztin oder des Arztes, die oder der Ihren Plan oder Ihre Bilder geprüft und freigegeben hat.</translation>
    </message>
    <message>
        <source>A unique number for a treated region</source>
        <translation>Eine eindeutige Nummer für einen behandelten Bereich</translation>
    </message>
    <message>
        <source>A unique number for a region of your body in the treatment plan, which ties your files together.</source>
        <translation>Eine eindeutige Nummer für einen Bereich Ihres Körpers im Behandlungsplan; sie verknüpft Ihre Dateien miteinander.</translation>
    </message>
    <message>
        <source>A link to a treated region</source>
        <translation>Ein Verweis auf einen behandelten Bereich</translation>
    </message>
    <message>
        <source>The unique number of a region of your body this refers to, which ties your treatment files together.</source>
        <translation>Die eindeutige Nummer eines Bereichs Ihres Körpers, auf den hier verwiesen wird; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>A description of combined regions</source>
        <translation>Eine Beschreibung zusammengefasster Bereiche</translation>
    </message>
    <message>
        <source>Text describing how regions of your body were combined for treatment, which may include typed notes.</source>
        <translation>Text darüber, wie Bereiche Ihres Körpers für die Behandlung zusammengefasst wurden; er kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>A unique number for part of a region</source>
        <translation>Eine eindeutige Nummer für einen Teilbereich</translation>
    </message>
    <message>
        <source>A unique number for part of a treated region, which ties your treatment files together.</source>
        <translation>Eine eindeutige Nummer für einen Teil eines behandelten Bereichs; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>A unique number for the original region</source>
        <translation>Eine eindeutige Nummer für den ursprünglichen Bereich</translation>
    </message>
    <message>
        <source>A unique number for the region another one was derived from, which ties your treatment files together.</source>
        <translation>Eine eindeutige Nummer für den Bereich, aus dem ein anderer abgeleitet wurde; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>A description of a treated region</source>
        <translation>Eine Beschreibung eines behandelten Bereichs</translation>
    </message>
    <message>
        <source>Text describing a region of your body in the treatment plan, which reveals health details.</source>
        <translation>Text, der einen Bereich Ihres Körpers im Behandlungsplan beschreibt; er verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>Another identifier of a device</source>
        <translation>Eine weitere Kennung eines Geräts</translation>
    </message>
    <message>
        <source>An alternative identifier of a device used in your treatment, such as a barcode, which names the exact item.</source>
        <translation>Eine alternative Kennung eines bei Ihrer Behandlung verwendeten Geräts, zum Beispiel ein Barcode; sie benennt genau dieses Teil.</translation>
    </message>
    <message>
        <source>The label of a device</source>
        <translation>Die Bezeichnung eines Geräts</translation>
    </message>
    <message>
        <source>A label given to a device used in your treatment, which can identify the equipment.</source>
        <translation>Eine Bezeichnung für ein bei Ihrer Behandlung verwendetes Gerät; sie kann die Ausrüstung erkennbar machen.</translation>
    </message>
    <message>
        <source>A link to marker points</source>
        <translation>Ein Verweis auf Markierungspunkte</translation>
    </message>
    <message>
        <source>The unique number of marker points used to line up your images, which ties your files together.</source>
        <translation>Die eindeutige Nummer der Markierungspunkte, mit denen Ihre Bilder zueinander ausgerichtet wurden; sie verknüpft Ihre Dateien miteinander.</translation>
    </message>
    <message>
        <source>A label written by staff</source>
        <translation>Eine vom Personal geschriebene Bezeichnung</translation>
    </message>
    <message>
        <source>A short label typed by staff, which may include names or notes.</source>
        <translation>Eine kurze, vom Personal eingetippte Bezeichnung; sie kann Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>A long label written by staff</source>
        <translation>Eine lange, vom Personal geschriebene Bezeichnung</translation>
    </message>
    <message>
        <source>A longer label typed by staff, which may include names or notes.</source>
        <translation>Eine längere, vom Personal eingetippte Bezeichnung; sie kann Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>A label for an item in your plan</source>
        <translation>Eine Bezeichnung für einen Eintrag in Ihrem Plan</translation>
    </message>
    <message>
        <source>A short label for an item in your treatment plan, which may include typed names or notes.</source>
        <translation>Eine kurze Bezeichnung für einen Eintrag in Ihrem Behandlungsplan; sie kann eingetippte Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>The name of an item in your plan</source>
        <translation>Der Name eines Eintrags in Ihrem Plan</translation>
    </message>
    <message>
        <source>The name of an item in your treatment plan, which may include typed names or notes.</source>
        <translation>Der Name eines Eintrags in Ihrem Behandlungsplan; er kann eingetippte Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>A description of an item in your plan</source>
        <translation>Eine Beschreibung eines Eintrags in Ihrem Plan</translation>
    </message>
    <message>
        <source>Text describing an item in your treatment plan, which may include health details or names.</source>
        <translation>Text, der einen Eintrag in Ihrem Behandlungsplan beschreibt; er kann Gesundheitsangaben oder Namen enthalten.</translation>
    </message>
    <message>
        <source>A long label for an item in your plan</source>
        <translation>Eine lange Bezeichnung für einen Eintrag in Ihrem Plan</translation>
    </message>
    <message>
        <source>A longer label for an item in your treatment plan, which may include typed names or notes.</source>
        <translation>Eine längere Bezeichnung für einen Eintrag in Ihrem Behandlungsplan; sie kann eingetippte Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>A unique number for a treatment phase</source>
        <translation>Eine eindeutige Nummer für eine Behandlungsphase</translation>
    </message>
    <message>
        <source>A unique number for one phase of your radiotherapy, which ties your treatment files together.</source>
        <translation>Eine eindeutige Nummer für eine Phase Ihrer Strahlentherapie; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>The maker&apos;s identifier of a device</source>
        <translation>Die Herstellerkennung eines Geräts</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s identifier of a device used in your treatment, which names the exact item.</source>
        <translation>Die Kennung des Herstellers für ein bei Ihrer Behandlung verwendetes Gerät; sie benennt genau dieses Teil.</translation>
    </message>
    <message>
        <source>The planned start date of a phase</source>
        <translation>Das geplante Anfangsdatum einer Phase</translation>
    </message>
    <message>
        <source>The day a phase of your radiotherapy was planned to start.</source>
        <translation>Der Tag, an dem eine Phase Ihrer Strahlentherapie beginnen sollte.</translation>
    </message>
    <message>
        <source>The planned end date of a phase</source>
        <translation>Das geplante Enddatum einer Phase</translation>
    </message>
    <message>
        <source>The day a phase of your radiotherapy was planned to end.</source>
        <translation>Der Tag, an dem eine Phase Ihrer Strahlentherapie enden sollte.</translation>
    </message>
    <message>
        <source>A label for your prescription</source>
        <translation>Eine Bezeichnung für Ihre Verordnung</translation>
    </message>
    <message>
        <source>A label for your radiotherapy prescription, which may include typed names or notes.</source>
        <translation>Eine Bezeichnung für Ihre Strahlentherapie-Verordnung; sie kann eingetippte Namen oder Notizen enthalten.</translation>
    </message>
    <message>
        <source>A label for the treatment approach</source>
        <translation>Eine Bezeichnung für das Behandlungskonzept</translation>
    </message>
    <message>
        <source>A label for the approach taken in your radiotherapy, which may include typed notes.</source>
        <translation>Eine Bezeichnung für das Konzept Ihrer Strahlentherapie; sie kann eingetippte Notizen enthalten.</translation>
    </message>
    <message>
        <source>Your doctor&apos;s aims for treatment</source>
        <translation>Die Behandlungsziele Ihrer Ärztin oder Ihres Arztes</translation>
    </message>
    <message>
        <source>Your doctor&apos;s written account of what the radiotherapy is meant to achieve, which reveals health details.</source>
        <translation>Die schriftliche Darstellung Ihrer Ärztin oder Ihres Arztes, was die Strahlentherapie erreichen soll; sie verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>Why a plan was replaced</source>
        <translation>Warum ein Plan ersetzt wurde</translation>
    </message>
    <message>
        <source>The reason an earlier version of your treatment plan was replaced, which may include health details.</source>
        <translation>Der Grund, warum eine frühere Version Ihres Behandlungsplans ersetzt wurde; er kann Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>Your earlier radiation treatment</source>
        <translation>Ihre frühere Strahlenbehandlung</translation>
    </message>
    <message>
        <source>Text describing radiation you received in earlier treatments, which reveals health details.</source>
        <translation>Text über Strahlung, die Sie bei früheren Behandlungen bekommen haben; er verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>A unique number for a dose goal</source>
        <translation>Eine eindeutige Nummer für ein Dosisziel</translation>
    </message>
    <message>
        <source>A unique number for a dose goal in your treatment plan, which ties your treatment files together.</source>
        <translation>Eine eindeutige Nummer für ein Dosisziel in Ihrem Behandlungsplan; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>A link to a dose goal</source>
        <translation>Ein Verweis auf ein Dosisziel</translation>
    </message>
    <message>
        <source>The unique number of a dose goal this refers to, which ties your treatment files together.</source>
        <translation>Die eindeutige Nummer eines Dosisziels, auf das hier verwiesen wird; sie verknüpft Ihre Behandlungsdateien miteinander.</translation>
    </message>
    <message>
        <source>The part of your body treated</source>
        <translation>Der behandelte Körperteil</translation>
    </message>
    <message>
        <source>The part of your body receiving radiotherapy, which reveals health details.</source>
        <translation>Der Teil Ihres Körpers, der bestrahlt wird; das verrät Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>Notes on the treatment method</source>
        <translation>Notizen zur Behandlungsmethode</translation>
    </message>
    <message>
        <source>Notes written about how your treatment is given, which may include names or health details.</source>
        <translation>Notizen dazu, wie Ihre Behandlung durchgeführt wird; sie können Namen oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>Notes on your prescription</source>
        <translation>Notizen zu Ihrer Verordnung</translation>
    </message>
    <message>
        <source>Notes written on your radiotherapy prescription, which may include names or health details.</source>
        <translation>Notizen auf Ihrer Strahlentherapie-Verordnung; sie können Namen oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>Notes on how treatment is split</source>
        <translation>Notizen zur Aufteilung der Behandlung</translation>
    </message>
    <message>
        <source>Notes on how your radiotherapy is divided into sessions, which may include names or health details.</source>
        <translation>Notizen dazu, wie Ihre Strahlentherapie auf Sitzungen verteilt wird; sie können Namen oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>Notes on your prescription, as a list</source>
        <translation>Notizen zu Ihrer Verordnung, als Liste</translation>
    </message>
    <message>
        <source>A list of notes written on your radiotherapy prescription, which may include names or health details.</source>
        <translation>Eine Liste von Notizen auf Ihrer Strahlentherapie-Verordnung; sie können Namen oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>The planned start time of a session</source>
        <translation>Die geplante Anfangszeit einer Sitzung</translation>
    </message>
    <message>
        <source>The time of day a radiotherapy session was planned to start.</source>
        <translation>Die Tageszeit, zu der eine Strahlentherapiesitzung beginnen sollte.</translation>
    </message>
    <message>
        <source>Unrestricted extra data</source>
        <translation>Uneingeschränkte Zusatzdaten</translation>
    </message>
    <message>
        <source>An old catch-all field that can hold any text, including names or notes.</source>
        <translation>Ein altes Sammelfeld, das beliebigen Text enthalten kann, auch Namen oder Notizen.</translation>
    </message>
    <message>
        <source>Text comments</source>
        <translation>Textkommentare</translation>
    </message>
    <message>
        <source>Old-style comments that can hold any text, including names or notes.</source>
        <translation>Kommentare nach altem Muster, die beliebigen Text enthalten können, auch Namen oder Notizen.</translation>
    </message>
    <message>
        <source>The number of your results</source>
        <translation>Die Nummer Ihrer Ergebnisse</translation>
    </message>
    <message>
        <source>The number given to the results of your scan, which staff can use to find your report.</source>
        <translation>Die Nummer, die den Ergebnissen Ihrer Untersuchung gegeben wurde; das Personal kann damit Ihren Befund finden.</translation>
    </message>
    <message>
        <source>Who numbered your results</source>
        <translation>Wer Ihre Ergebnisse nummeriert hat</translation>
    </message>
    <message>
        <source>The hospital or system that numbered the results of your scan.</source>
        <translation>Das Krankenhaus oder System, das die Ergebnisse Ihrer Untersuchung nummeriert hat.</translation>
    </message>
    <message>
        <source>The date the report was recorded</source>
        <translation>Das Datum, an dem der Befund erfasst wurde</translation>
    </message>
    <message>
        <source>The day the report on your scan was recorded.</source>
        <translation>Der Tag, an dem der Befund zu Ihrer Untersuchung erfasst wurde.</translation>
    </message>
    <message>
        <source>The time the report was recorded</source>
        <translation>Die Uhrzeit, zu der der Befund erfasst wurde</translation>
    </message>
    <message>
        <source>The time of day the report on your scan was recorded.</source>
        <translation>Die Tageszeit, zu der der Befund zu Ihrer Untersuchung erfasst wurde.</translation>
    </message>
    <message>
        <source>Who recorded the report</source>
        <translation>Wer den Befund erfasst hat</translation>
    </message>
    <message>
        <source>The name of the person who recorded the report on your scan.</source>
        <translation>Der Name der Person, die den Befund zu Ihrer Untersuchung erfasst hat.</translation>
    </message>
    <message>
        <source>The date the report was typed up</source>
        <translation>Das Datum, an dem der Befund abgetippt wurde</translation>
    </message>
    <message>
        <source>The day the report on your scan was typed up from dictation.</source>
        <translation>Der Tag, an dem der Befund zu Ihrer Untersuchung nach Diktat abgetippt wurde.</translation>
    </message>
    <message>
        <source>The time the report was typed up</source>
        <translation>Die Uhrzeit, zu der der Befund abgetippt wurde</translation>
    </message>
    <message>
        <source>The time of day the report on your scan was typed up from dictation.</source>
        <translation>Die Tageszeit, zu der der Befund zu Ihrer Untersuchung nach Diktat abgetippt wurde.</translation>
    </message>
    <message>
        <source>Who typed up the report</source>
        <translation>Wer den Befund abgetippt hat</translation>
    </message>
    <message>
        <source>The name of the person who typed up the report on your scan.</source>
        <translation>Der Name der Person, die den Befund zu Ihrer Untersuchung abgetippt hat.</translation>
    </message>
    <message>
        <source>The text of the report</source>
        <translation>Der Text des Befunds</translation>
    </message>
    <message>
        <source>The written report on your scan, which contains findings and may mention your name or history.</source>
        <translation>Der schriftliche Befund zu Ihrer Untersuchung; er enthält Ergebnisse und kann Ihren Namen oder Ihre Vorgeschichte nennen.</translation>
    </message>
    <message>
        <source>Who wrote the report</source>
        <translation>Wer den Befund geschrieben hat</translation>
    </message>
    <message>
        <source>The name of the doctor who wrote the report on your scan.</source>
        <translation>Der Name der Ärztin oder des Arztes, die oder der den Befund zu Ihrer Untersuchung geschrieben hat.</translation>
    </message>
    <message>
        <source>Who approved the report</source>
        <translation>Wer den Befund freigegeben hat</translation>
    </message>
    <message>
        <source>The names and details of the doctors who approved the report on your scan.</source>
        <translation>Die Namen und Angaben der Ärztinnen und Ärzte, die den Befund zu Ihrer Untersuchung freigegeben haben.</translation>
    </message>
    <message>
        <source>The date the report was approved</source>
        <translation>Das Datum, an dem der Befund freigegeben wurde</translation>
    </message>
    <message>
        <source>The day the report on your scan was approved.</source>
        <translation>Der Tag, an dem der Befund zu Ihrer Untersuchung freigegeben wurde.</translation>
    </message>
    <message>
        <source>The time the report was approved</source>
        <translation>Die Uhrzeit, zu der der Befund freigegeben wurde</translation>
    </message>
    <message>
        <source>The time of day the report on your scan was approved.</source>
        <translation>Die Tageszeit, zu der der Befund zu Ihrer Untersuchung freigegeben wurde.</translation>
    </message>
    <message>
        <source>The doctor who approved the report</source>
        <translation>Der Arzt, der den Befund freigegeben hat</translation>
    </message>
    <message>
        <source>The name of the doctor who approved the report on your scan.</source>
        <translation>Der Name der Ärztin oder des Arztes, die oder der den Befund zu Ihrer Untersuchung freigegeben hat.</translation>
    </message>
    <message>
        <source>The diagnosis in the report</source>
        <translation>Die Diagnose im Befund</translation>
    </message>
    <message>
        <source>The diagnosis written in the report on your scan, which is sensitive health information.</source>
        <translation>Die Diagnose, die im Befund zu Ihrer Untersuchung steht; das ist eine sensible Gesundheitsangabe.</translation>
    </message>
    <message>
        <source>Who the results were sent to</source>
        <translation>An wen die Ergebnisse geschickt wurden</translation>
    </message>
    <message>
        <source>The names and addresses of the people your results were sent to.</source>
        <translation>Die Namen und Adressen der Personen, an die Ihre Ergebnisse geschickt wurden.</translation>
    </message>
    <message>
        <source>A person the results were sent to</source>
        <translation>Eine Person, an die die Ergebnisse geschickt wurden</translation>
    </message>
    <message>
        <source>The name of a person your results were sent to, such as your family doctor.</source>
        <translation>Der Name einer Person, an die Ihre Ergebnisse geschickt wurden, zum Beispiel Ihre Hausärztin oder Ihr Hausarzt.</translation>
    </message>
    <message>
        <source>The address the results were sent to</source>
        <translation>Die Adresse, an die die Ergebnisse geschickt wurden</translation>
    </message>
    <message>
        <source>The address your results were sent to, which may be your doctor&apos;s or your own.</source>
        <translation>Die Adresse, an die Ihre Ergebnisse geschickt wurden; das kann die Adresse Ihrer Arztpraxis oder Ihre eigene sein.</translation>
    </message>
    <message>
        <source>The number of the report</source>
        <translation>Die Nummer des Befunds</translation>
    </message>
    <message>
        <source>The number given to the report on your scan, which staff can use to find it.</source>
        <translation>Die Nummer, die dem Befund zu Ihrer Untersuchung gegeben wurde; das Personal kann ihn damit finden.</translation>
    </message>
    <message>
        <source>Who numbered the report</source>
        <translation>Wer den Befund nummeriert hat</translation>
    </message>
    <message>
        <source>The hospital or system that numbered the report on your scan.</source>
        <translation>Das Krankenhaus oder System, das den Befund zu Ihrer Untersuchung nummeriert hat.</translation>
    </message>
    <message>
        <source>The doctor&apos;s conclusions</source>
        <translation>Die Schlussfolgerungen der Ärztin oder des Arztes</translation>
    </message>
    <message>
        <source>The conclusions of the report on your scan, which are sensitive health information.</source>
        <translation>Die Schlussfolgerungen des Befunds zu Ihrer Untersuchung; das sind sensible Gesundheitsangaben.</translation>
    </message>
    <message>
        <source>Comments on the results</source>
        <translation>Kommentare zu den Ergebnissen</translation>
    </message>
    <message>
        <source>Notes written about the results of your scan, which may include names or health details.</source>
        <translation>Notizen zu den Ergebnissen Ihrer Untersuchung; sie können Namen oder Gesundheitsangaben enthalten.</translation>
    </message>
    <message>
        <source>Old-style graph data</source>
        <translation>Kurvendaten nach altem Muster</translation>
    </message>
    <message>
        <source>Old-style curves stored with the image, such as heart traces or drawn lines, which can carry notes.</source>
        <translation>Kurven nach altem Muster, die mit dem Bild gespeichert sind, zum Beispiel Herzstromkurven oder gezeichnete Linien; sie können Notizen enthalten.</translation>
    </message>
    <message>
        <source>Markings laid over the image</source>
        <translation>Über das Bild gelegte Markierungen</translation>
    </message>
    <message>
        <source>Black-and-white layers drawn over the image, which can contain text such as your name or staff notes.</source>
        <translation>Schwarz-Weiß-Ebenen, die über das Bild gelegt sind; sie können Text wie Ihren Namen oder Notizen des Personals enthalten.</translation>
    </message>
    <message>
        <source>Comments on the markings</source>
        <translation>Kommentare zu den Markierungen</translation>
    </message>
    <message>
        <source>Notes about the layers drawn over the image, which may include names or findings.</source>
        <translation>Notizen zu den über das Bild gelegten Ebenen; sie können Namen oder Befunde enthalten.</translation>
    </message>
    <message>
        <source>Digital signatures on the file</source>
        <translation>Digitale Signaturen der Datei</translation>
    </message>
    <message>
        <source>Signatures proving who made this file, which usually name the person or organisation that signed.</source>
        <translation>Signaturen, die belegen, wer diese Datei erstellt hat; sie nennen meist die Person oder Organisation, die signiert hat.</translation>
    </message>
    <message>
        <source>Unused space at the end of the file</source>
        <translation>Ungenutzter Platz am Ende der Datei</translation>
    </message>
    <message>
        <source>Filler bytes at the end of the file, which can hide leftover data from an earlier version.</source>
        <translation>Füllbytes am Ende der Datei; sie können übrig gebliebene Daten einer früheren Version verbergen.</translation>
    </message>
    <message>
        <source>Extra data the scanner maker stores in its own format, which can hide names, dates or IDs that other programs do not show.</source>
        <translation>Zusätzliche Daten, die der Gerätehersteller in seinem eigenen Format speichert; sie können Namen, Daten oder Kennungen verbergen, die andere Programme nicht anzeigen.</translation>
    </message>
</context>
<context>
    <name>BrainMask</name>
    <message>
        <source>no part of the scan looks like a brain</source>
        <translation>kein Teil der Aufnahme sieht wie ein Gehirn aus</translation>
    </message>
    <message>
        <source>the scan holds no pictures to look for a brain in</source>
        <translation>die Aufnahme enthält keine Bilder, in denen nach einem Gehirn gesucht werden könnte</translation>
    </message>
    <message>
        <source>no head was found in the scan</source>
        <translation>in der Aufnahme wurde kein Kopf gefunden</translation>
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
        <translation>Text, der in das Bild eingebrannt ist</translation>
    </message>
    <message>
        <source>This text is part of the picture itself. Removing your details from the file does not remove it: it has to be blacked out in the picture.</source>
        <translation>Dieser Text ist Teil des Bildes selbst. Wenn Ihre Angaben aus der Datei entfernt werden, bleibt er trotzdem stehen: Er muss im Bild geschwärzt werden.</translation>
    </message>
    <message>
        <source>Text burned into the pictures could not be checked, because %1.</source>
        <translation>In die Bilder eingebrannter Text konnte nicht geprüft werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of a kind that often has text in it (ultrasound, screen captures, photos) may show your details without ScanShield knowing.</source>
        <translation>
            <numerusform>%n Bild einer Art, die oft Text enthält (Ultraschall, Bildschirmfotos, Fotos), kann Ihre Angaben zeigen, ohne dass ScanShield es bemerkt.</numerusform>
            <numerusform>%n Bilder einer Art, die oft Text enthält (Ultraschall, Bildschirmfotos, Fotos), können Ihre Angaben zeigen, ohne dass ScanShield es bemerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be decoded, so they were not checked for burned-in text.</source>
        <translation>
            <numerusform>%n Bild konnte nicht entschlüsselt werden und wurde daher nicht auf eingebrannten Text geprüft.</numerusform>
            <numerusform>%n Bilder konnten nicht entschlüsselt werden und wurden daher nicht auf eingebrannten Text geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>This file cannot be found or opened. Choose the file again.</source>
        <translation>Diese Datei wurde nicht gefunden oder lässt sich nicht öffnen. Wählen Sie die Datei bitte noch einmal aus.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password, so ScanShield cannot read it. Open it in your PDF reader, copy its text, and paste the text instead.</source>
        <translation>Diese PDF-Datei ist mit einem Passwort geschützt, daher kann ScanShield sie nicht lesen. Öffnen Sie sie in Ihrem PDF-Programm, kopieren Sie den Text und fügen Sie ihn stattdessen hier ein.</translation>
    </message>
    <message>
        <source>This PDF is protected in a way ScanShield cannot open. Open it in your PDF reader, copy its text, and paste the text instead.</source>
        <translation>Diese PDF-Datei ist auf eine Weise geschützt, die ScanShield nicht öffnen kann. Öffnen Sie sie in Ihrem PDF-Programm, kopieren Sie den Text und fügen Sie ihn stattdessen hier ein.</translation>
    </message>
    <message>
        <source>This file is not a PDF ScanShield can read, or it is damaged. Paste the text of the form instead.</source>
        <translation>Diese Datei ist keine PDF-Datei, die ScanShield lesen kann, oder sie ist beschädigt. Fügen Sie stattdessen den Text des Formulars ein.</translation>
    </message>
    <message>
        <source>This PDF has no text ScanShield can read; it may be a scan. Paste the text instead.</source>
        <translation>Diese PDF-Datei enthält keinen Text, den ScanShield lesen kann; vielleicht ist sie ein Scan. Fügen Sie stattdessen den Text ein.</translation>
    </message>
</context>
<context>
    <name>ConsentPhrases</name>
    <message>
        <source>The list of consent form phrases is missing from this copy of ScanShield.</source>
        <translation>Die Liste der Formulierungen aus Einwilligungserklärungen fehlt in dieser Kopie von ScanShield.</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>Organizations other than the hospital: companies, vendors and contractors. Once your images reach them, the hospital no longer decides alone what happens to them.</source>
        <translation>Andere Organisationen als das Krankenhaus: Firmen, Anbieter und Auftragnehmer. Sobald Ihre Bilder bei ihnen sind, entscheidet das Krankenhaus nicht mehr allein, was damit geschieht.</translation>
    </message>
    <message>
        <source>AI, machine learning and algorithms</source>
        <translation>KI, maschinelles Lernen und Algorithmen</translation>
    </message>
    <message>
        <source>Software may read your images, or your images may be used to build and test such software. A form can allow this without naming the tool or the company that makes it.</source>
        <translation>Software kann Ihre Bilder auswerten, oder Ihre Bilder werden verwendet, um solche Software zu entwickeln und zu testen. Ein Formular kann das erlauben, ohne das Programm oder die Firma zu nennen, die es herstellt.</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>Research can mean a study at the hospital or a company developing a product. Some research needs your separate permission; some can go ahead without asking you.</source>
        <translation>Forschung kann eine Studie im Krankenhaus bedeuten oder eine Firma, die ein Produkt entwickelt. Für manche Forschung braucht es Ihre gesonderte Einwilligung, andere darf ohne Ihre Zustimmung stattfinden.</translation>
    </message>
    <message>
        <source>Quality improvement and operations</source>
        <translation>Qualitätsverbesserung und Betriebsabläufe</translation>
    </message>
    <message>
        <source>“Quality improvement” and “health care operations” sound harmless, but they can cover testing or training software with your images, often without asking you again.</source>
        <translation>„Qualitätsverbesserung“ und „Betriebsabläufe im Gesundheitswesen“ klingen harmlos, können aber auch bedeuten, dass Software mit Ihren Bildern getestet oder trainiert wird, oft ohne Sie noch einmal zu fragen.</translation>
    </message>
    <message>
        <source>De-identified, anonymized or aggregated data</source>
        <translation>De-identifizierte, anonymisierte oder zusammengefasste Daten</translation>
    </message>
    <message>
        <source>Data called de-identified or anonymized can often still be linked back to you, and a head scan can show your face. Such data may usually be shared or sold without asking you.</source>
        <translation>Daten, die als de-identifiziert oder anonymisiert bezeichnet werden, lassen sich oft trotzdem Ihnen zuordnen, und eine Aufnahme des Kopfes kann Ihr Gesicht zeigen. Solche Daten dürfen meist ohne Ihre Zustimmung weitergegeben oder verkauft werden.</translation>
    </message>
    <message>
        <source>Cloud and storage outside the hospital</source>
        <translation>Cloud und Speicherung außerhalb des Krankenhauses</translation>
    </message>
    <message>
        <source>Your images may be kept on a company&apos;s computers outside the hospital, perhaps in another country. Ask who can reach them there and how they are protected.</source>
        <translation>Ihre Bilder werden vielleicht auf Computern einer Firma außerhalb des Krankenhauses gespeichert, womöglich in einem anderen Land. Fragen Sie, wer dort darauf zugreifen kann und wie sie geschützt werden.</translation>
    </message>
    <message>
        <source>Affiliates, partners and subsidiaries</source>
        <translation>Verbundene Unternehmen, Partner und Tochtergesellschaften</translation>
    </message>
    <message>
        <source>“Affiliates” and “partners” can be many companies, some you have never heard of, and the list can change after you sign.</source>
        <translation>„Verbundene Unternehmen“ und „Partner“ können viele Firmen sein, manche davon haben Sie nie gehört, und die Liste kann sich ändern, nachdem Sie unterschrieben haben.</translation>
    </message>
    <message>
        <source>Selling or licensing data</source>
        <translation>Verkauf oder Lizenzierung von Daten</translation>
    </message>
    <message>
        <source>The form may let the hospital or a company sell or license your data, often once it is called de-identified. You would usually not be told or paid.</source>
        <translation>Das Formular kann dem Krankenhaus oder einer Firma erlauben, Ihre Daten zu verkaufen oder zu lizenzieren, oft sobald sie als de-identifiziert gelten. Meist werden Sie weder informiert noch bezahlt.</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Wie lange sie aufbewahrt werden</translation>
    </message>
    <message>
        <source>Your images may be kept for many years, or for ever, even after you stop being a patient there. The longer copies are kept, the longer they can be shared or leaked.</source>
        <translation>Ihre Bilder werden vielleicht viele Jahre oder für immer aufbewahrt, auch wenn Sie dort längst nicht mehr in Behandlung sind. Je länger Kopien aufbewahrt werden, desto länger können sie weitergegeben werden oder an die Öffentlichkeit gelangen.</translation>
    </message>
    <message>
        <source>Withdrawing consent or opting out</source>
        <translation>Einwilligung widerrufen oder widersprechen</translation>
    </message>
    <message>
        <source>Check how to take back your permission later and what happens to copies already shared: withdrawing often stops only future use. A consent called irrevocable cannot be taken back.</source>
        <translation>Prüfen Sie, wie Sie Ihre Einwilligung später zurücknehmen können und was mit bereits weitergegebenen Kopien geschieht: Ein Widerruf stoppt oft nur die künftige Nutzung. Eine als unwiderruflich bezeichnete Einwilligung kann nicht zurückgenommen werden.</translation>
    </message>
</context>
<context>
    <name>CopyVerifier</name>
    <message>
        <source>The copy could not be read back: %1</source>
        <translation>Die Kopie konnte nicht zurückgelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DefaceDicom</name>
    <message>
        <source>its picture has no size in its header</source>
        <translation>in seinem Dateikopf ist keine Bildgröße angegeben</translation>
    </message>
    <message>
        <source>its pictures are in colour, and ScanShield defaces only grey scans</source>
        <translation>seine Bilder sind farbig, und ScanShield entfernt Gesichter nur aus Graustufenaufnahmen</translation>
    </message>
    <message>
        <source>its pictures are stored in a way ScanShield cannot deface</source>
        <translation>seine Bilder sind so gespeichert, dass ScanShield das Gesicht nicht entfernen kann</translation>
    </message>
    <message>
        <source>its pictures do not say where they lie in the body</source>
        <translation>seine Bilder geben nicht an, wo sie im Körper liegen</translation>
    </message>
    <message>
        <source>there is no cut to deface with</source>
        <translation>es gibt keine Schnittebene, an der das Gesicht entfernt werden kann</translation>
    </message>
    <message>
        <source>its pictures are compressed in a way ScanShield cannot decode to remove the face</source>
        <translation>seine Bilder sind so komprimiert, dass ScanShield sie nicht entschlüsseln kann, um das Gesicht zu entfernen</translation>
    </message>
    <message>
        <source>its picture data cannot be read</source>
        <translation>seine Bilddaten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>its picture data is shorter than its pictures</source>
        <translation>seine Bilddaten sind kürzer als seine Bilder</translation>
    </message>
</context>
<context>
    <name>Defacer</name>
    <message>
        <source>the brain outline does not fit the scan</source>
        <translation>der Umriss des Gehirns passt nicht zur Aufnahme</translation>
    </message>
    <message>
        <source>no brain was found, so there is no safe place to cut the face off</source>
        <translation>es wurde kein Gehirn gefunden, daher gibt es keine sichere Stelle, um das Gesicht abzuschneiden</translation>
    </message>
</context>
<context>
    <name>Defacing</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This scan was not found in the copy to check its face.</source>
        <translation>Diese Aufnahme wurde in der Kopie nicht gefunden, daher konnte ihr Gesicht nicht geprüft werden.</translation>
    </message>
    <message>
        <source>ScanShield cannot prove that the face is gone from this scan: %1</source>
        <translation>ScanShield kann nicht belegen, dass das Gesicht aus dieser Aufnahme entfernt ist: %1</translation>
    </message>
    <message>
        <source>its face was not measured.</source>
        <translation>ihr Gesicht wurde nicht vermessen.</translation>
    </message>
    <message>
        <source>The copy of this scan could not be read back to check its face.</source>
        <translation>Die Kopie dieser Aufnahme konnte nicht zurückgelesen werden, um ihr Gesicht zu prüfen.</translation>
    </message>
</context>
<context>
    <name>DefacingText</name>
    <message>
        <source>3D volume (%1)</source>
        <translation>3D-Volumen (%1)</translation>
    </message>
    <message>
        <source>Your face in &quot;%1&quot;</source>
        <translation>Ihr Gesicht in „%1“</translation>
    </message>
</context>
<context>
    <name>DemoDisc</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Der Ordner für %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not compress %1: %2</source>
        <translation>%1 konnte nicht komprimiert werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not start the DICOMDIR: %1</source>
        <translation>Das DICOMDIR konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not add %1 to the DICOMDIR: %2</source>
        <translation>%1 konnte nicht zum DICOMDIR hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not write the DICOMDIR: %1</source>
        <translation>Das DICOMDIR konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not finish the DICOMDIR: %1</source>
        <translation>Das DICOMDIR konnte nicht fertiggestellt werden: %1</translation>
    </message>
    <message>
        <source>No folder was given for the demo disc.</source>
        <translation>Für die Beispiel-CD wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>DiscCopier</name>
    <message>
        <source>The copy&apos;s table of contents (DICOMDIR) could not be written: %1</source>
        <translation>Das Inhaltsverzeichnis der Kopie (DICOMDIR) konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>could not be renamed into place</source>
        <translation>konnte nicht an seinen Platz umbenannt werden</translation>
    </message>
    <message>
        <source>This disc is an anonymized copy, made with ScanShield on the patient&apos;s own computer.

</source>
        <translation>Dieser Datenträger ist eine anonymisierte Kopie, erstellt mit ScanShield auf dem eigenen Computer der Patientin bzw. des Patienten.

</translation>
    </message>
    <message>
        <source>It holds %1 images and documents. Names, ID numbers, addresses, the hospital, the doctors and other details that identify the patient were removed or replaced, as the DICOM standard&apos;s Basic Application Level Confidentiality Profile says (PS3.15 Annex E).
</source>
        <translation>Er enthält %1 Bilder und Dokumente. Namen, Kennnummern, Adressen, das Krankenhaus, die Ärzte und andere Angaben, die die Patientin bzw. den Patienten erkennbar machen, wurden entfernt oder ersetzt, wie es das Basic Application Level Confidentiality Profile des DICOM-Standards vorsieht (PS3.15 Annex E).
</translation>
    </message>
    <message>
        <source>All dates were moved by the same number of days, so the time between scans is kept.
</source>
        <translation>Alle Datumsangaben wurden um dieselbe Anzahl von Tagen verschoben, sodass die Abstände zwischen den Untersuchungen erhalten bleiben.
</translation>
    </message>
    <message>
        <source>The face was cut away from the 3D scans of the head (defaced), so that no picture of it can be rebuilt.
</source>
        <translation>Das Gesicht wurde aus den 3D-Aufnahmen des Kopfes herausgeschnitten (Defacing), sodass sich kein Bild davon mehr nachbilden lässt.
</translation>
    </message>
    <message>
        <source>The reference numbers (UIDs) were replaced consistently, so the images still belong together.
</source>
        <translation>Die Kennnummern (UIDs) wurden einheitlich ersetzt, sodass die Bilder weiterhin zusammengehören.
</translation>
    </message>
    <message>
        <source>Vendor-specific private data was removed.
</source>
        <translation>Herstellerspezifische private Daten wurden entfernt.
</translation>
    </message>
    <message>
        <source>The folder OTHER holds %1 files from the original disc that are not medical images, copied unchanged because they were chosen.
</source>
        <translation>Der Ordner OTHER enthält %1 Dateien vom ursprünglichen Datenträger, die keine medizinischen Bilder sind; sie wurden unverändert kopiert, weil sie ausgewählt wurden.
</translation>
    </message>
    <message>
        <source>De-identification codes (DICOM CID 7050): %1.
</source>
        <translation>Codes der De-Identifizierung (DICOM CID 7050): %1.
</translation>
    </message>
    <message>
        <source>The copy needs a new or empty folder; %1 already holds files.</source>
        <translation>Die Kopie braucht einen neuen oder leeren Ordner; %1 enthält bereits Dateien.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1: konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: text burned into it could not be blacked out (%2)</source>
        <translation>%1: eingebrannter Text konnte nicht geschwärzt werden (%2)</translation>
    </message>
    <message>
        <source>%1: the face could not be removed from it (%2)</source>
        <translation>%1: das Gesicht konnte nicht daraus entfernt werden (%2)</translation>
    </message>
    <message>
        <source>%1: could not be written (%2)</source>
        <translation>%1: konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was kept.</source>
        <translation>Die Kopie wurde abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>%1: not a file of this disc</source>
        <translation>%1: keine Datei dieses Datenträgers</translation>
    </message>
    <message>
        <source>%1: could not be copied (%2)</source>
        <translation>%1: konnte nicht kopiert werden (%2)</translation>
    </message>
    <message>
        <source>The README of the copy could not be written: %1</source>
        <translation>Die README-Datei der Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The finished copy could not be moved to %1.</source>
        <translation>Die fertige Kopie konnte nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>DiscSource</name>
    <message>
        <source>The file %1 cannot be opened as a ZIP or disc image: %2</source>
        <translation>Die Datei %1 kann nicht als ZIP oder Datenträgerabbild geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a ZIP or disc image: %2</source>
        <translation>Die Datei %1 ist beschädigt oder ist kein ZIP oder Datenträgerabbild: %2</translation>
    </message>
    <message>
        <source>%1 is not in the archive.</source>
        <translation>%1 ist nicht im Archiv enthalten.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened. Check that the disc is in the drive and that you may read it.</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden. Prüfen Sie, ob der Datenträger im Laufwerk liegt und ob Sie ihn lesen dürfen.</translation>
    </message>
    <message>
        <source>Nothing was found at %1. Check the disc is in the drive, or choose the folder again.</source>
        <translation>Unter %1 wurde nichts gefunden. Prüfen Sie, ob der Datenträger im Laufwerk liegt, oder wählen Sie den Ordner noch einmal aus.</translation>
    </message>
    <message>
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation>%1 kann nicht gelesen werden: Sie haben möglicherweise keine Berechtigung, es zu öffnen.</translation>
    </message>
</context>
<context>
    <name>ExposureReport</name>
    <message>
        <source>Identifies you</source>
        <translation>Macht Sie erkennbar</translation>
    </message>
    <message>
        <source>Could help identify you</source>
        <translation>Könnte helfen, Sie zu erkennen</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>The disc holds %1 files: %2 visits, %3 series, %4 pictures.</source>
        <translation>Der Datenträger enthält %1 Dateien: %2 Besuche, %3 Serien, %4 Bilder.</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (verborgen)</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 Wert</translation>
    </message>
    <message>
        <source>%1 different values</source>
        <translation>%1 verschiedene Werte</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Hidden reference numbers</source>
        <translation>Versteckte Kennnummern</translation>
    </message>
    <message>
        <source>They link your files to each other and to the hospital&apos;s records.</source>
        <translation>Sie verbinden Ihre Dateien miteinander und mit den Unterlagen des Krankenhauses.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>%1 (mentions you)</source>
        <translation>%1 (nennt Sie)</translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation>
            <numerusform>in %n Datei</numerusform>
            <numerusform>in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>What your imaging disc reveals about you</source>
        <translation>Was Ihre Bild-CD über Sie verrät</translation>
    </message>
    <message>
        <source>Made by ScanShield on %1.</source>
        <translation>Erstellt von ScanShield am %1.</translation>
    </message>
    <message>
        <source>Your name appears in %1 places on this disc, written %2 different ways.</source>
        <translation>Ihr Name kommt auf diesem Datenträger an %1 Stellen vor, in %2 verschiedenen Schreibweisen.</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of this disc can read everything below. ScanShield can make a copy without it, on your own computer.</source>
        <translation>Jeder, der eine Kopie dieses Datenträgers bekommt, kann alles unten Aufgeführte lesen. ScanShield kann auf Ihrem eigenen Computer eine Kopie ohne diese Angaben erstellen.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Kind of information</source>
        <translation>Art der Information</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Gefundene Einträge</translation>
    </message>
    <message>
        <source>and %1 reference numbers</source>
        <translation>und %1 Kennnummern</translation>
    </message>
    <message>
        <source>The values themselves are hidden in this printout, so that it can be left on a desk safely.</source>
        <translation>Die Werte selbst sind in diesem Ausdruck verborgen, damit er gefahrlos auf einem Tisch liegen bleiben kann.</translation>
    </message>
    <message>
        <source>ScanShield made this report on your computer. Nothing was sent anywhere.</source>
        <translation>ScanShield hat diesen Bericht auf Ihrem Computer erstellt. Es wurde nichts irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>The report cannot be saved as %1: %2</source>
        <translation>Der Bericht kann nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The report could not be written completely to %1: %2</source>
        <translation>Der Bericht konnte nicht vollständig nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExposureScanner</name>
    <message>
        <source>A text file on the disc</source>
        <translation>Eine Textdatei auf dem Datenträger</translation>
    </message>
    <message>
        <source>A web page on the disc</source>
        <translation>Eine Webseite auf dem Datenträger</translation>
    </message>
    <message>
        <source>A program on the disc</source>
        <translation>Ein Programm auf dem Datenträger</translation>
    </message>
    <message>
        <source>An ordinary picture on the disc</source>
        <translation>Ein gewöhnliches Bild auf dem Datenträger</translation>
    </message>
    <message>
        <source>A PDF document on the disc</source>
        <translation>Ein PDF-Dokument auf dem Datenträger</translation>
    </message>
    <message>
        <source>A compressed archive on the disc</source>
        <translation>Ein komprimiertes Archiv auf dem Datenträger</translation>
    </message>
    <message>
        <source>A settings file on the disc</source>
        <translation>Eine Einstellungsdatei auf dem Datenträger</translation>
    </message>
    <message>
        <source>A file of unknown type on the disc</source>
        <translation>Eine Datei unbekannter Art auf dem Datenträger</translation>
    </message>
    <message>
        <source>Text burned into the pictures was not checked, as asked.</source>
        <translation>In die Bilder eingebrannter Text wurde wie gewünscht nicht geprüft.</translation>
    </message>
    <message>
        <source>Files outside the images travel with every copy of the disc; ScanShield read its text for your details.</source>
        <translation>Dateien außerhalb der Bilder reisen mit jeder Kopie des Datenträgers mit; ScanShield hat ihren Text nach Ihren Angaben durchsucht.</translation>
    </message>
    <message>
        <source>Files outside the images travel with every copy of the disc; this one is not text, so ScanShield cannot read it for your details.</source>
        <translation>Dateien außerhalb der Bilder reisen mit jeder Kopie des Datenträgers mit; diese Datei ist kein Text, daher kann ScanShield sie nicht nach Ihren Angaben durchsuchen.</translation>
    </message>
</context>
<context>
    <name>FaceExposure</name>
    <message>
        <source>3D volume (%1, %2 images)</source>
        <translation>3D-Volumen (%1, %2 Bilder)</translation>
    </message>
    <message>
        <source>A 3D scan that may include your head</source>
        <translation>Eine 3D-Aufnahme, die Ihren Kopf enthalten könnte</translation>
    </message>
    <message>
        <source>Your face, in a 3D scan of your head</source>
        <translation>Ihr Gesicht, in einer 3D-Aufnahme Ihres Kopfes</translation>
    </message>
    <message>
        <source>%1 Face recognition software can match such pictures to photos of you.</source>
        <translation>%1 Gesichtserkennungssoftware kann solche Bilder mit Fotos von Ihnen abgleichen.</translation>
    </message>
    <message>
        <source>ScanShield could not look at this scan completely for your face (%1). If it covers your head, a picture of your face can be rebuilt from it.</source>
        <translation>ScanShield konnte diese Aufnahme nicht vollständig nach Ihrem Gesicht absuchen (%1). Falls sie Ihren Kopf zeigt, lässt sich daraus ein Bild Ihres Gesichts nachbilden.</translation>
    </message>
    <message>
        <source>A 3D scan of your head</source>
        <translation>Eine 3D-Aufnahme Ihres Kopfes</translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can rebuild a picture of your face from this scan, and face recognition software can match such pictures to photos of you.</source>
        <translation>Jeder mit einer Kopie dieses Datenträgers kann aus dieser Aufnahme ein Bild Ihres Gesichts nachbilden, und Gesichtserkennungssoftware kann solche Bilder mit Fotos von Ihnen abgleichen.</translation>
    </message>
    <message>
        <source>If this scan covers your head, a picture of your face can be rebuilt from it.</source>
        <translation>Falls diese Aufnahme Ihren Kopf zeigt, lässt sich daraus ein Bild Ihres Gesichts nachbilden.</translation>
    </message>
</context>
<context>
    <name>FaceMeasures</name>
    <message>
        <source>The face cannot be seen any more: %1% of its surface is left, %2 of its %3 landmarks, and what is left is smooth.</source>
        <translation>Das Gesicht ist nicht mehr zu erkennen: %1 % seiner Oberfläche sind übrig, %2 seiner %3 Merkmalspunkte, und was übrig ist, ist glatt.</translation>
    </message>
    <message>
        <source>The face can still be seen: %1% of its surface is where it was.</source>
        <translation>Das Gesicht ist noch zu erkennen: %1 % seiner Oberfläche sind noch an ihrem Platz.</translation>
    </message>
    <message>
        <source>The face can still be seen: %1 of its landmarks (nose, lips, chin...) are still there.</source>
        <translation>Das Gesicht ist noch zu erkennen: %1 seiner Merkmalspunkte (Nase, Lippen, Kinn …) sind noch vorhanden.</translation>
    </message>
    <message>
        <source>The face can still be seen: its surface was moved or changed, but it still has the shape of a face.</source>
        <translation>Das Gesicht ist noch zu erkennen: Seine Oberfläche wurde verschoben oder verändert, hat aber noch die Form eines Gesichts.</translation>
    </message>
    <message>
        <source>The face could not be measured, so it must be taken as visible: %1</source>
        <translation>Das Gesicht konnte nicht vermessen werden, daher muss es als sichtbar gelten: %1</translation>
    </message>
</context>
<context>
    <name>FacePass</name>
    <message numerus="yes">
        <source>A picture of your face can be rebuilt from this scan: %n of nose, eyes, lips and chin found.</source>
        <translation>
            <numerusform>Aus dieser Aufnahme lässt sich ein Bild Ihres Gesichts nachbilden: %n von Nase, Augen, Lippen und Kinn gefunden.</numerusform>
            <numerusform>Aus dieser Aufnahme lässt sich ein Bild Ihres Gesichts nachbilden: %n von Nase, Augen, Lippen und Kinn gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation>In dieser Aufnahme wurde keine Haut gefunden.</translation>
    </message>
    <message>
        <source>The front of this head has been cut away (defaced): no face can be rebuilt from it.</source>
        <translation>Die Vorderseite dieses Kopfes wurde weggeschnitten (Defacing): Daraus lässt sich kein Gesicht nachbilden.</translation>
    </message>
    <message>
        <source>The nose is not in this scan, but the head reaches down to the eyes: the upper part of your face can be rebuilt from it.</source>
        <translation>Die Nase ist nicht in dieser Aufnahme, aber der Kopf reicht bis zu den Augen hinunter: Der obere Teil Ihres Gesichts lässt sich daraus nachbilden.</translation>
    </message>
</context>
<context>
    <name>FaceRegion</name>
    <message>
        <source>The top of the nose and the forehead are cut off in this scan.</source>
        <translation>Die Nasenwurzel und die Stirn sind in dieser Aufnahme abgeschnitten.</translation>
    </message>
    <message>
        <source>No dip between the nose and the forehead (the nasion) was found.</source>
        <translation>Es wurde keine Vertiefung zwischen Nase und Stirn (die Nasenwurzel) gefunden.</translation>
    </message>
    <message>
        <source>No dip under the nose was found, so the lips were not looked for.</source>
        <translation>Es wurde keine Vertiefung unter der Nase gefunden, daher wurde nicht nach den Lippen gesucht.</translation>
    </message>
    <message>
        <source>No chin stands out below the nose.</source>
        <translation>Unter der Nase tritt kein Kinn hervor.</translation>
    </message>
    <message>
        <source>The lower face is cut off in this scan.</source>
        <translation>Das untere Gesicht ist in dieser Aufnahme abgeschnitten.</translation>
    </message>
    <message>
        <source>No chin stands out below the lips.</source>
        <translation>Unter den Lippen tritt kein Kinn hervor.</translation>
    </message>
    <message>
        <source>The chin is cut off in this scan.</source>
        <translation>Das Kinn ist in dieser Aufnahme abgeschnitten.</translation>
    </message>
    <message>
        <source>The lips do not stand out between the nose and the chin.</source>
        <translation>Die Lippen treten zwischen Nase und Kinn nicht hervor.</translation>
    </message>
    <message>
        <source>No skin was found where the nose should be.</source>
        <translation>Dort, wo die Nase sein sollte, wurde keine Haut gefunden.</translation>
    </message>
    <message>
        <source>Without the nose, the rest of the face was not looked for.</source>
        <translation>Ohne die Nase wurde nicht nach dem Rest des Gesichts gesucht.</translation>
    </message>
    <message>
        <source>the tip of the nose</source>
        <translation>die Nasenspitze</translation>
    </message>
    <message>
        <source>the top of the nose, between the eyes</source>
        <translation>die Nasenwurzel zwischen den Augen</translation>
    </message>
    <message>
        <source>the lips</source>
        <translation>die Lippen</translation>
    </message>
    <message>
        <source>the chin</source>
        <translation>das Kinn</translation>
    </message>
    <message>
        <source>The face was not found on this scan.</source>
        <translation>Das Gesicht wurde in dieser Aufnahme nicht gefunden.</translation>
    </message>
    <message>
        <source>No picture of the face could be drawn from this scan.</source>
        <translation>Aus dieser Aufnahme konnte kein Bild des Gesichts gezeichnet werden.</translation>
    </message>
    <message>
        <source>The front of the face could not be told apart from the rest of the head.</source>
        <translation>Die Vorderseite des Gesichts konnte nicht vom Rest des Kopfes unterschieden werden.</translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation>In dieser Aufnahme wurde keine Haut gefunden.</translation>
    </message>
    <message>
        <source>This part of the face is not in the scan.</source>
        <translation>Dieser Teil des Gesichts ist nicht in der Aufnahme.</translation>
    </message>
</context>
<context>
    <name>FaceSide</name>
    <message>
        <source>The scan does not say how its pictures are oriented, so it is not known which side is the front.</source>
        <translation>Die Aufnahme gibt nicht an, wie ihre Bilder ausgerichtet sind, daher ist nicht bekannt, welche Seite vorne ist.</translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation>In dieser Aufnahme wurde keine Haut gefunden.</translation>
    </message>
    <message>
        <source>The head is too small or too much of it is cut off in this scan to look for a face.</source>
        <translation>Der Kopf ist in dieser Aufnahme zu klein oder zu stark abgeschnitten, um nach einem Gesicht zu suchen.</translation>
    </message>
    <message>
        <source>The back of the head has the shape of a nose and the front does not: the scan may have recorded the patient&apos;s position wrongly, so the face may be on the other side.</source>
        <translation>Der Hinterkopf hat die Form einer Nase und die Vorderseite nicht: Möglicherweise hat die Aufnahme die Lage der Patientin bzw. des Patienten falsch gespeichert, sodass das Gesicht auf der anderen Seite liegen könnte.</translation>
    </message>
    <message>
        <source>No nose stands out at the front of the head, so this scan may not show the face, or the face is cut off.</source>
        <translation>Vorne am Kopf tritt keine Nase hervor; daher zeigt diese Aufnahme das Gesicht vielleicht nicht, oder das Gesicht ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Both the front and the back of the head have a shape like a nose, so it is not sure which side is the face.</source>
        <translation>Sowohl die Vorder- als auch die Rückseite des Kopfes haben eine nasenähnliche Form, daher ist nicht sicher, welche Seite das Gesicht ist.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>This is not a medical image.</source>
        <translation>Dies ist kein medizinisches Bild.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Diese Datei ist leer.</translation>
    </message>
    <message>
        <source>This file is cut short: part of it is missing, so the disc may be damaged or the copy incomplete.</source>
        <translation>Diese Datei ist unvollständig: Ein Teil fehlt, daher ist der Datenträger vielleicht beschädigt oder die Kopie unvollständig.</translation>
    </message>
    <message>
        <source>This file looks like a medical image but its contents are damaged and cannot be read.</source>
        <translation>Diese Datei sieht wie ein medizinisches Bild aus, aber ihr Inhalt ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This file could not be read from the disc. The disc may be scratched, or it was removed while it was being read.</source>
        <translation>Diese Datei konnte nicht vom Datenträger gelesen werden. Der Datenträger ist vielleicht zerkratzt, oder er wurde während des Lesens entnommen.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents lists this file, but the file is not on the disc.</source>
        <translation>Das Inhaltsverzeichnis des Datenträgers führt diese Datei auf, aber die Datei ist nicht auf dem Datenträger.</translation>
    </message>
    <message>
        <source>This medical image is stored in a way ScanShield cannot read.</source>
        <translation>Dieses medizinische Bild ist so gespeichert, dass ScanShield es nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>FindingBuilder</name>
    <message>
        <source>binary data, %1 bytes</source>
        <translation>Binärdaten, %1 Bytes</translation>
    </message>
    <message>
        <source>Private Creator</source>
        <translation>Private Creator</translation>
    </message>
    <message>
        <source>The name of a vendor&apos;s private data block</source>
        <translation>Der Name eines privaten Datenblocks eines Herstellers</translation>
    </message>
    <message>
        <source>Says which maker&apos;s software wrote private data into the file; the data itself may identify you.</source>
        <translation>Gibt an, welche Herstellersoftware private Daten in die Datei geschrieben hat; die Daten selbst können Sie erkennbar machen.</translation>
    </message>
    <message>
        <source>Private data</source>
        <translation>Private Daten</translation>
    </message>
    <message>
        <source>Vendor data</source>
        <translation>Herstellerdaten</translation>
    </message>
    <message>
        <source>Vendor data (%1)</source>
        <translation>Herstellerdaten (%1)</translation>
    </message>
    <message>
        <source>Data the scanner&apos;s maker stored in its own format; it may hold identifying details.</source>
        <translation>Daten, die der Gerätehersteller in seinem eigenen Format gespeichert hat; sie können Angaben enthalten, die Sie erkennbar machen.</translation>
    </message>
    <message>
        <source>binary vendor data that may hold identifiers, %1 bytes</source>
        <translation>binäre Herstellerdaten, die Kennungen enthalten können, %1 Bytes</translation>
    </message>
    <message>
        <source>Other text in the file</source>
        <translation>Anderer Text in der Datei</translation>
    </message>
    <message>
        <source>This text is not meant to identify you, but it contains your name, an ID or your birth date.</source>
        <translation>Dieser Text soll Sie eigentlich nicht erkennbar machen, enthält aber Ihren Namen, eine Kennnummer oder Ihr Geburtsdatum.</translation>
    </message>
</context>
<context>
    <name>HeadSurface</name>
    <message>
        <source>The 3D picture was stopped before it was finished.</source>
        <translation>Das 3D-Bild wurde abgebrochen, bevor es fertig war.</translation>
    </message>
    <message>
        <source>This series has no pictures to build a head from.</source>
        <translation>Diese Serie enthält keine Bilder, aus denen sich ein Kopf erstellen lässt.</translation>
    </message>
    <message>
        <source>ScanShield found no outline of a head in this series.</source>
        <translation>ScanShield hat in dieser Serie keinen Umriss eines Kopfes gefunden.</translation>
    </message>
    <message>
        <source>This series is too small to build a head from.</source>
        <translation>Diese Serie ist zu klein, um daraus einen Kopf zu erstellen.</translation>
    </message>
</context>
<context>
    <name>HeadVolumes</name>
    <message>
        <source>%1, not a CT or MRI scan</source>
        <translation>%1, keine CT- oder MRT-Aufnahme</translation>
    </message>
    <message>
        <source>this series holds no pictures</source>
        <translation>diese Serie enthält keine Bilder</translation>
    </message>
    <message>
        <source>screen captures, not a scan a face can be rebuilt from</source>
        <translation>Bildschirmfotos, keine Aufnahme, aus der sich ein Gesicht nachbilden lässt</translation>
    </message>
    <message numerus="yes">
        <source>only %n picture(s): a scout view or single pictures, not a 3D scan</source>
        <translation>
            <numerusform>nur %n Bild: eine Übersichtsaufnahme oder Einzelbilder, keine 3D-Aufnahme</numerusform>
            <numerusform>nur %n Bilder: eine Übersichtsaufnahme oder Einzelbilder, keine 3D-Aufnahme</numerusform>
        </translation>
    </message>
    <message>
        <source>scout pictures (localizers) taken to plan the scan, not a 3D scan</source>
        <translation>Übersichtsaufnahmen (Localizer), die zur Planung der Untersuchung gemacht wurden, keine 3D-Aufnahme</translation>
    </message>
    <message>
        <source>the pictures cover only %1 mm, too little to hold a face</source>
        <translation>die Bilder decken nur %1 mm ab, zu wenig für ein Gesicht</translation>
    </message>
    <message>
        <source>a 3D %1 of %2 pictures over %3 mm (the pictures do not say how large they are): a face may be rebuilt from it</source>
        <translation>%1 in 3D aus %2 Bildern über %3 mm (die Bilder geben ihre Größe nicht an): Daraus lässt sich möglicherweise ein Gesicht nachbilden</translation>
    </message>
    <message>
        <source>each picture shows only %1 x %2 mm, too small to hold a face</source>
        <translation>jedes Bild zeigt nur %1 x %2 mm, zu klein für ein Gesicht</translation>
    </message>
    <message>
        <source>a 3D %1 of %2 pictures over %3 mm, each %4 x %5 mm: large enough to rebuild a face</source>
        <translation>%1 in 3D aus %2 Bildern über %3 mm, jedes %4 x %5 mm: groß genug, um ein Gesicht nachzubilden</translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <source>CT scan</source>
        <translation>CT-Aufnahme</translation>
    </message>
    <message>
        <source>MRI scan</source>
        <translation>MRT-Aufnahme</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ultraschall</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Röntgenbild</translation>
    </message>
    <message>
        <source>X-ray video</source>
        <translation>Röntgenvideo</translation>
    </message>
    <message>
        <source>X-ray video of blood vessels</source>
        <translation>Röntgenvideo der Blutgefäße</translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation>Mammografie</translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation>PET-Aufnahme</translation>
    </message>
    <message>
        <source>Nuclear medicine scan</source>
        <translation>Nuklearmedizinische Aufnahme</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>Schriftlicher Befund</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Other picture</source>
        <translation>Anderes Bild</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <source>Marked key images</source>
        <translation>Markierte Schlüsselbilder</translation>
    </message>
    <message>
        <source>Display settings</source>
        <translation>Anzeigeeinstellungen</translation>
    </message>
    <message>
        <source>Outlined regions</source>
        <translation>Eingezeichnete Bereiche</translation>
    </message>
    <message>
        <source>Radiotherapy outlines</source>
        <translation>Konturen für die Strahlentherapie</translation>
    </message>
    <message>
        <source>Radiotherapy plan</source>
        <translation>Bestrahlungsplan</translation>
    </message>
    <message>
        <source>Radiotherapy dose</source>
        <translation>Strahlendosis</translation>
    </message>
    <message>
        <source>Dental X-ray</source>
        <translation>Zahnröntgenbild</translation>
    </message>
    <message>
        <source>Dental panoramic X-ray</source>
        <translation>Panoramaröntgenbild der Zähne</translation>
    </message>
    <message>
        <source>Endoscopy picture</source>
        <translation>Endoskopiebild</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Eye photograph</source>
        <translation>Augenfoto</translation>
    </message>
    <message>
        <source>Unknown kind of image</source>
        <translation>Unbekannte Bildart</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>a part of ScanShield is missing (%1); reinstalling ScanShield should bring it back</source>
        <translation>ein Teil von ScanShield fehlt (%1); eine Neuinstallation von ScanShield sollte ihn wiederherstellen</translation>
    </message>
    <message>
        <source>a part of ScanShield (%1) could not be loaded: %2</source>
        <translation>ein Teil von ScanShield (%1) konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>a part of ScanShield (%1) is from another version; reinstalling ScanShield should fix this</source>
        <translation>ein Teil von ScanShield (%1) stammt aus einer anderen Version; eine Neuinstallation von ScanShield sollte das beheben</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>the text reader&apos;s English language data (Debian package tesseract-ocr-eng) is not installed</source>
        <translation>die englischen Sprachdaten der Texterkennung (Debian-Paket tesseract-ocr-eng) sind nicht installiert</translation>
    </message>
    <message>
        <source>the text reader (Tesseract) could not load its English language data</source>
        <translation>die Texterkennung (Tesseract) konnte ihre englischen Sprachdaten nicht laden</translation>
    </message>
</context>
<context>
    <name>OtherFileKind</name>
    <message>
        <source>Not a medical image: a text file.</source>
        <translation>Kein medizinisches Bild: eine Textdatei.</translation>
    </message>
    <message>
        <source>Not a medical image: a web page, often part of a viewer program on the disc.</source>
        <translation>Kein medizinisches Bild: eine Webseite, oft Teil eines Betrachterprogramms auf dem Datenträger.</translation>
    </message>
    <message>
        <source>Not a medical image: a program, usually the viewer that came with the disc.</source>
        <translation>Kein medizinisches Bild: ein Programm, meist der Bildbetrachter, der mit dem Datenträger geliefert wurde.</translation>
    </message>
    <message>
        <source>Not a medical image: an ordinary picture or icon.</source>
        <translation>Kein medizinisches Bild: ein gewöhnliches Bild oder Symbol.</translation>
    </message>
    <message>
        <source>Not a medical image: a PDF document, perhaps a report.</source>
        <translation>Kein medizinisches Bild: ein PDF-Dokument, vielleicht ein Befund.</translation>
    </message>
    <message>
        <source>Not a medical image: a compressed archive.</source>
        <translation>Kein medizinisches Bild: ein komprimiertes Archiv.</translation>
    </message>
    <message>
        <source>Not a medical image: a settings file for the disc or its viewer.</source>
        <translation>Kein medizinisches Bild: eine Einstellungsdatei für den Datenträger oder seinen Bildbetrachter.</translation>
    </message>
    <message>
        <source>Not a medical image: a file of unknown type.</source>
        <translation>Kein medizinisches Bild: eine Datei unbekannter Art.</translation>
    </message>
</context>
<context>
    <name>PictureReader</name>
    <message>
        <source>a picture of the series is in colour</source>
        <translation>ein Bild der Serie ist farbig</translation>
    </message>
    <message>
        <source>a picture is not the size its file says</source>
        <translation>ein Bild hat nicht die Größe, die seine Datei angibt</translation>
    </message>
</context>
<context>
    <name>PixelCleaner</name>
    <message>
        <source>its pictures are compressed in a way ScanShield cannot decode to black out the text</source>
        <translation>seine Bilder sind so komprimiert, dass ScanShield sie nicht entschlüsseln kann, um den Text zu schwärzen</translation>
    </message>
    <message>
        <source>its pictures are stored in a way ScanShield cannot black out text in</source>
        <translation>seine Bilder sind so gespeichert, dass ScanShield darin keinen Text schwärzen kann</translation>
    </message>
    <message>
        <source>its picture data cannot be read</source>
        <translation>seine Bilddaten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>its picture data is shorter than its pictures</source>
        <translation>seine Bilddaten sind kürzer als seine Bilder</translation>
    </message>
</context>
<context>
    <name>PixelMessages</name>
    <message>
        <source>this file could not be opened</source>
        <translation>diese Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>this file is not a medical image ScanShield can read</source>
        <translation>diese Datei ist kein medizinisches Bild, das ScanShield lesen kann</translation>
    </message>
    <message>
        <source>this file has no picture in it</source>
        <translation>diese Datei enthält kein Bild</translation>
    </message>
    <message>
        <source>this file is cut short</source>
        <translation>diese Datei ist unvollständig</translation>
    </message>
    <message>
        <source>this image is compressed in a way ScanShield cannot read</source>
        <translation>dieses Bild ist so komprimiert, dass ScanShield es nicht lesen kann</translation>
    </message>
    <message>
        <source>this picture is stored in a way ScanShield cannot show</source>
        <translation>dieses Bild ist so gespeichert, dass ScanShield es nicht anzeigen kann</translation>
    </message>
    <message>
        <source>the picture in this file is damaged</source>
        <translation>das Bild in dieser Datei ist beschädigt</translation>
    </message>
    <message>
        <source>this file is damaged and ScanShield cannot read it</source>
        <translation>diese Datei ist beschädigt, und ScanShield kann sie nicht lesen</translation>
    </message>
    <message>
        <source>this picture is too large to show on this computer</source>
        <translation>dieses Bild ist zu groß, um es auf diesem Computer anzuzeigen</translation>
    </message>
    <message>
        <source>this file has no picture number %1 (it has %2)</source>
        <translation>diese Datei hat kein Bild mit der Nummer %1 (sie hat %2)</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>The picture is empty or its size does not match its pixels.</source>
        <translation>Das Bild ist leer, oder seine Größe passt nicht zu seinen Pixeln.</translation>
    </message>
    <message>
        <source>The picture could not be saved as %1: %2</source>
        <translation>Das Bild konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>The list of questions is missing from this copy of ScanShield.</source>
        <translation>Die Liste der Fragen fehlt in dieser Kopie von ScanShield.</translation>
    </message>
    <message>
        <source>Is AI used on my images?</source>
        <translation>Wird KI für meine Bilder eingesetzt?</translation>
    </message>
    <message>
        <source>Hospitals and clinics use AI tools to sort, measure and read scans. You have a right to know when software, not only a person, looks at your images, and who made that software.</source>
        <translation>Krankenhäuser und Praxen setzen KI-Programme ein, um Aufnahmen zu sortieren, zu vermessen und auszuwerten. Sie haben ein Recht darauf zu erfahren, wann eine Software und nicht nur ein Mensch Ihre Bilder ansieht und wer diese Software hergestellt hat.</translation>
    </message>
    <message>
        <source>Is any AI or computer-aided software used on my images, to read them, measure them or sort them?</source>
        <translation>Wird für meine Bilder KI oder computergestützte Software eingesetzt, um sie auszuwerten, zu vermessen oder zu sortieren?</translation>
    </message>
    <message>
        <source>Many tools run in the background without the patient being told.</source>
        <translation>Viele Programme laufen im Hintergrund, ohne dass die Patientin oder der Patient davon erfährt.</translation>
    </message>
    <message>
        <source>Which tool is it, who makes it, and what exactly does it do with my images?</source>
        <translation>Um welches Programm handelt es sich, wer stellt es her und was genau macht es mit meinen Bildern?</translation>
    </message>
    <message>
        <source>Knowing the maker tells you who else may receive or keep your images.</source>
        <translation>Wenn Sie den Hersteller kennen, wissen Sie, wer Ihre Bilder sonst noch erhalten oder aufbewahren könnte.</translation>
    </message>
    <message>
        <source>Does a doctor check what the AI found before it is used for my care?</source>
        <translation>Prüft eine Ärztin oder ein Arzt, was die KI gefunden hat, bevor es für meine Behandlung verwendet wird?</translation>
    </message>
    <message>
        <source>AI tools make mistakes; a person should confirm their results.</source>
        <translation>KI-Programme machen Fehler; ein Mensch sollte ihre Ergebnisse bestätigen.</translation>
    </message>
    <message>
        <source>Does the AI run inside the hospital, or are my images sent to the company that makes it?</source>
        <translation>Läuft die KI im Krankenhaus, oder werden meine Bilder an die Herstellerfirma geschickt?</translation>
    </message>
    <message>
        <source>When images leave the hospital, more people and systems can see them.</source>
        <translation>Wenn Bilder das Krankenhaus verlassen, können mehr Menschen und Systeme sie sehen.</translation>
    </message>
    <message>
        <source>Will my report say that AI was used, and what it found?</source>
        <translation>Steht in meinem Befund, dass KI eingesetzt wurde und was sie gefunden hat?</translation>
    </message>
    <message>
        <source>A written record lets you or another doctor check later how a result was reached.</source>
        <translation>Eine schriftliche Aufzeichnung ermöglicht es Ihnen oder einer anderen Ärztin oder einem anderen Arzt, später nachzuvollziehen, wie ein Ergebnis zustande kam.</translation>
    </message>
    <message>
        <source>Can my images be anonymized before others see them?</source>
        <translation>Können meine Bilder anonymisiert werden, bevor andere sie sehen?</translation>
    </message>
    <message>
        <source>Images carry your name, birth date, ID numbers and the hospital&apos;s name, and a head CT or MRI carries your face. Copies called de-identified often still hold some of these.</source>
        <translation>Bilder enthalten Ihren Namen, Ihr Geburtsdatum, Kennnummern und den Namen des Krankenhauses, und eine CT- oder MRT-Aufnahme des Kopfes enthält Ihr Gesicht. Kopien, die als de-identifiziert bezeichnet werden, enthalten oft noch einiges davon.</translation>
    </message>
    <message>
        <source>Are my images anonymized before they go to an AI company, a researcher or any other third party?</source>
        <translation>Werden meine Bilder anonymisiert, bevor sie an eine KI-Firma, an Forschende oder an andere Dritte gehen?</translation>
    </message>
    <message>
        <source>Your name and ID numbers travel inside every image file unless they are removed.</source>
        <translation>Ihr Name und Ihre Kennnummern stecken in jeder Bilddatei, solange sie nicht entfernt werden.</translation>
    </message>
    <message>
        <source>How are they anonymized: which details are removed, and who checks that nothing was missed?</source>
        <translation>Wie werden sie anonymisiert: Welche Angaben werden entfernt, und wer prüft, dass nichts übersehen wurde?</translation>
    </message>
    <message>
        <source>Removing the name is not enough: dates, ID numbers, the hospital and notes in the images identify you too.</source>
        <translation>Es reicht nicht, den Namen zu entfernen: Datumsangaben, Kennnummern, das Krankenhaus und Notizen in den Bildern machen Sie ebenfalls erkennbar.</translation>
    </message>
    <message>
        <source>Is text written into the pictures themselves (my name, birth date or ID in a corner of the image) removed as well?</source>
        <translation>Wird auch Text entfernt, der direkt in die Bilder geschrieben ist (mein Name, mein Geburtsdatum oder meine Kennnummer in einer Bildecke)?</translation>
    </message>
    <message>
        <source>Some scanners write your details into the pixels, where ordinary anonymization does not look.</source>
        <translation>Manche Scanner schreiben Ihre Angaben in die Pixel, wo eine gewöhnliche Anonymisierung nicht nachsieht.</translation>
    </message>
    <message>
        <source>Will my head scan be defaced (my face removed from it) before it is shared for research or with an AI company?</source>
        <translation>Wird aus meiner Kopfaufnahme das Gesicht entfernt (Defacing), bevor sie für die Forschung oder mit einer KI-Firma geteilt wird?</translation>
    </message>
    <message>
        <source>A picture of your face can be rebuilt from a head CT or MRI, and face recognition software has matched such pictures to photos of the patients.</source>
        <translation>Aus einer CT- oder MRT-Aufnahme des Kopfes lässt sich ein Bild Ihres Gesichts nachbilden, und Gesichtserkennungssoftware hat solche Bilder bereits Fotos der Patientinnen und Patienten zugeordnet.</translation>
    </message>
    <message>
        <source>Is the scanner maker&apos;s hidden data in the files removed too?</source>
        <translation>Werden auch die versteckten Daten des Scannerherstellers aus den Dateien entfernt?</translation>
    </message>
    <message>
        <source>Scanners store extra data that only their maker can read, and it can hold your name or ID.</source>
        <translation>Scanner speichern zusätzliche Daten, die nur ihr Hersteller lesen kann, und diese können Ihren Namen oder Ihre Kennnummer enthalten.</translation>
    </message>
    <message>
        <source>Could anyone link the anonymized images back to me, for example with a code list kept by the hospital?</source>
        <translation>Könnte jemand die anonymisierten Bilder wieder mir zuordnen, zum Beispiel mit einer Codeliste, die das Krankenhaus aufbewahrt?</translation>
    </message>
    <message>
        <source>Some images are only &quot;coded&quot;: whoever holds the code list can still tell they are yours.</source>
        <translation>Manche Bilder sind nur „pseudonymisiert“: Wer die Codeliste hat, kann weiterhin erkennen, dass es Ihre sind.</translation>
    </message>
    <message>
        <source>The consent form</source>
        <translation>Die Einwilligungserklärung</translation>
    </message>
    <message>
        <source>The words of a consent form decide what may be done with your images. Words such as &quot;research&quot;, &quot;quality improvement&quot; or &quot;de-identified data&quot; can allow more than they seem to.</source>
        <translation>Der Wortlaut einer Einwilligungserklärung entscheidet, was mit Ihren Bildern geschehen darf. Begriffe wie „Forschung“, „Qualitätsverbesserung“ oder „de-identifizierte Daten“ können mehr erlauben, als es scheint.</translation>
    </message>
    <message>
        <source>Does this form allow my images to be used for research or for &quot;quality improvement&quot;? What does that include here?</source>
        <translation>Erlaubt dieses Formular, meine Bilder für die Forschung oder zur „Qualitätsverbesserung“ zu verwenden? Was gehört hier dazu?</translation>
    </message>
    <message>
        <source>&quot;Quality improvement&quot; can include training or testing AI tools, often without a separate consent.</source>
        <translation>„Qualitätsverbesserung“ kann auch das Trainieren oder Testen von KI-Programmen umfassen, oft ohne gesonderte Einwilligung.</translation>
    </message>
    <message>
        <source>Does the form allow sharing my images with companies, including AI makers, partners or &quot;affiliates&quot;?</source>
        <translation>Erlaubt das Formular, meine Bilder an Firmen weiterzugeben, auch an KI-Hersteller, Partner oder „verbundene Unternehmen“?</translation>
    </message>
    <message>
        <source>&quot;Affiliates&quot; and &quot;partners&quot; can be many companies you have never heard of.</source>
        <translation>„Verbundene Unternehmen“ und „Partner“ können viele Firmen sein, von denen Sie nie gehört haben.</translation>
    </message>
    <message>
        <source>Can my images or data be sold or licensed, even after they are de-identified?</source>
        <translation>Können meine Bilder oder Daten verkauft oder lizenziert werden, auch nachdem sie de-identifiziert wurden?</translation>
    </message>
    <message>
        <source>De-identified medical images are traded, and the form may allow it.</source>
        <translation>Mit de-identifizierten medizinischen Bildern wird gehandelt, und das Formular erlaubt das vielleicht.</translation>
    </message>
    <message>
        <source>Can the analysis be done on the hospital&apos;s own computers instead of in a company&apos;s cloud?</source>
        <translation>Kann die Auswertung auf den eigenen Computern des Krankenhauses erfolgen statt in der Cloud einer Firma?</translation>
    </message>
    <message>
        <source>Many AI tools can run locally; then your images never leave the hospital.</source>
        <translation>Viele KI-Programme können vor Ort laufen; dann verlassen Ihre Bilder das Krankenhaus nie.</translation>
    </message>
    <message>
        <source>How long will my images be kept, and by whom?</source>
        <translation>Wie lange werden meine Bilder aufbewahrt, und von wem?</translation>
    </message>
    <message>
        <source>A form may allow keeping copies for many years, or without a time limit.</source>
        <translation>Ein Formular kann erlauben, Kopien viele Jahre lang oder ohne zeitliche Begrenzung aufzubewahren.</translation>
    </message>
    <message>
        <source>How do I withdraw my consent later, and what happens to copies already shared?</source>
        <translation>Wie widerrufe ich meine Einwilligung später, und was geschieht mit bereits weitergegebenen Kopien?</translation>
    </message>
    <message>
        <source>Withdrawing may stop future use but not bring back copies already given away; ask before you sign.</source>
        <translation>Ein Widerruf kann die künftige Nutzung stoppen, holt aber bereits weitergegebene Kopien nicht zurück; fragen Sie, bevor Sie unterschreiben.</translation>
    </message>
    <message>
        <source>Can I refuse this part of the form and still get the same care?</source>
        <translation>Kann ich diesen Teil des Formulars ablehnen und trotzdem dieselbe Behandlung bekommen?</translation>
    </message>
    <message>
        <source>Consent to research or data sharing should not be a condition of your treatment.</source>
        <translation>Die Einwilligung in Forschung oder Datenweitergabe sollte keine Bedingung für Ihre Behandlung sein.</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Cloud-Speicherung</translation>
    </message>
    <message>
        <source>Images are often stored or processed in a company&apos;s cloud. Where they are, how they are protected and what happens after a breach matter as much as the scan itself.</source>
        <translation>Bilder werden oft in der Cloud einer Firma gespeichert oder verarbeitet. Wo sie liegen, wie sie geschützt sind und was nach einem Datenleck geschieht, ist genauso wichtig wie die Aufnahme selbst.</translation>
    </message>
    <message>
        <source>Where are my images stored: in the hospital, or in a cloud service? In which country?</source>
        <translation>Wo werden meine Bilder gespeichert: im Krankenhaus oder bei einem Cloud-Dienst? In welchem Land?</translation>
    </message>
    <message>
        <source>The country decides which privacy laws protect your images.</source>
        <translation>Das Land entscheidet, welche Datenschutzgesetze Ihre Bilder schützen.</translation>
    </message>
    <message>
        <source>Are my images encrypted when they are stored and when they are sent, and who holds the keys?</source>
        <translation>Werden meine Bilder beim Speichern und beim Versenden verschlüsselt, und wer hat die Schlüssel?</translation>
    </message>
    <message>
        <source>Encryption protects your images if a system is broken into or a disk is lost.</source>
        <translation>Verschlüsselung schützt Ihre Bilder, wenn in ein System eingebrochen wird oder ein Datenträger verloren geht.</translation>
    </message>
    <message>
        <source>Does the cloud or AI company have a signed data protection agreement with the hospital (in the US, a business associate agreement)?</source>
        <translation>Hat die Cloud- oder KI-Firma mit dem Krankenhaus einen unterschriebenen Vertrag zum Datenschutz geschlossen (in der EU einen Auftragsverarbeitungsvertrag, in den USA ein Business Associate Agreement)?</translation>
    </message>
    <message>
        <source>Such an agreement binds the company to protect your data and to use it only for the hospital&apos;s purposes.</source>
        <translation>Ein solcher Vertrag verpflichtet die Firma, Ihre Daten zu schützen und sie nur für die Zwecke des Krankenhauses zu verwenden.</translation>
    </message>
    <message>
        <source>If my images are part of a data breach, how and when will I be told?</source>
        <translation>Wenn meine Bilder von einem Datenleck betroffen sind, wie und wann werde ich informiert?</translation>
    </message>
    <message>
        <source>In the US, HIPAA requires notice without unreasonable delay and no later than 60 days after a breach is discovered.</source>
        <translation>In den USA verlangt HIPAA eine Benachrichtigung ohne unangemessene Verzögerung und spätestens 60 Tage, nachdem ein Datenleck entdeckt wurde.</translation>
    </message>
    <message>
        <source>Who at the company can look at my images, and is that access recorded?</source>
        <translation>Wer bei der Firma kann meine Bilder ansehen, und wird dieser Zugriff protokolliert?</translation>
    </message>
    <message>
        <source>Staff of a cloud or AI company may see images for support or to improve their product.</source>
        <translation>Mitarbeitende einer Cloud- oder KI-Firma sehen Bilder vielleicht für den Support oder um ihr Produkt zu verbessern.</translation>
    </message>
    <message>
        <source>Opting out of AI training</source>
        <translation>Widerspruch gegen KI-Training</translation>
    </message>
    <message>
        <source>Images from patients are used to build and improve AI tools. You may be able to say no, and it should not change your care.</source>
        <translation>Bilder von Patientinnen und Patienten werden verwendet, um KI-Programme zu entwickeln und zu verbessern. Vielleicht können Sie Nein sagen, und das sollte nichts an Ihrer Behandlung ändern.</translation>
    </message>
    <message>
        <source>Are my images used to train, test or improve AI tools, here or at a company?</source>
        <translation>Werden meine Bilder verwendet, um KI-Programme zu trainieren, zu testen oder zu verbessern, hier oder bei einer Firma?</translation>
    </message>
    <message>
        <source>Training uses many patients&apos; images; the tool&apos;s maker may keep them.</source>
        <translation>Für das Training werden Bilder vieler Patientinnen und Patienten verwendet; der Hersteller des Programms behält sie vielleicht.</translation>
    </message>
    <message>
        <source>How can I opt out of my images being used for AI development, and is that written down?</source>
        <translation>Wie kann ich der Verwendung meiner Bilder für die KI-Entwicklung widersprechen, und wird das schriftlich festgehalten?</translation>
    </message>
    <message>
        <source>An opt-out that is only spoken can be forgotten; ask for it in your record.</source>
        <translation>Ein nur mündlicher Widerspruch kann vergessen werden; bitten Sie darum, ihn in Ihrer Akte zu vermerken.</translation>
    </message>
    <message>
        <source>If I opt out, does anything change for my care, my waiting time or my costs?</source>
        <translation>Wenn ich widerspreche, ändert sich dann etwas an meiner Behandlung, meiner Wartezeit oder meinen Kosten?</translation>
    </message>
    <message>
        <source>Saying no to research use should not affect your treatment.</source>
        <translation>Ein Nein zur Nutzung für die Forschung sollte Ihre Behandlung nicht beeinflussen.</translation>
    </message>
    <message>
        <source>Have my earlier images already been used or shared for AI, and can they be removed?</source>
        <translation>Wurden meine früheren Bilder bereits für KI verwendet oder weitergegeben, und können sie entfernt werden?</translation>
    </message>
    <message>
        <source>An opt-out may only apply from now on unless you ask about the past.</source>
        <translation>Ein Widerspruch gilt vielleicht nur ab jetzt, wenn Sie nicht nach der Vergangenheit fragen.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Ihre Rechte</translation>
    </message>
    <message>
        <source>In the United States, the HIPAA Privacy Rule gives you rights over your health information. Other countries have similar laws; in the European Union and the United Kingdom it is the GDPR.</source>
        <translation>In den USA gibt Ihnen die HIPAA Privacy Rule Rechte an Ihren Gesundheitsdaten. Andere Länder haben ähnliche Gesetze; in der Europäischen Union und im Vereinigten Königreich ist es die Datenschutz-Grundverordnung (DSGVO, englisch GDPR).</translation>
    </message>
    <message>
        <source>I would like a copy of all my images, in electronic form. When can I have it, and what will it cost?</source>
        <translation>Ich möchte eine Kopie aller meiner Bilder in elektronischer Form. Wann kann ich sie bekommen, und was kostet sie?</translation>
    </message>
    <message>
        <source>You have the right to a copy of your images and records, usually within 30 days, for a reasonable cost-based fee.</source>
        <translation>Sie haben das Recht auf eine Kopie Ihrer Bilder und Unterlagen, in der Regel innerhalb von 30 Tagen und gegen eine angemessene, kostenbasierte Gebühr.</translation>
    </message>
    <message>
        <source>May I have a list of who my images and records were disclosed to?</source>
        <translation>Kann ich eine Liste bekommen, an wen meine Bilder und Unterlagen weitergegeben wurden?</translation>
    </message>
    <message>
        <source>You can ask for an accounting of certain disclosures made in the last six years (disclosures for treatment, payment and the hospital&apos;s own operations are not listed).</source>
        <translation>Sie können eine Aufstellung bestimmter Weitergaben der letzten sechs Jahre verlangen (Weitergaben für Behandlung, Abrechnung und den eigenen Betrieb des Krankenhauses werden nicht aufgeführt).</translation>
    </message>
    <message>
        <source>I would like to restrict how my images are used or shared. How do I make that request?</source>
        <translation>Ich möchte einschränken, wie meine Bilder verwendet oder weitergegeben werden. Wie stelle ich diesen Antrag?</translation>
    </message>
    <message>
        <source>You can ask the hospital to limit uses and disclosures of your information; it does not always have to agree, but it must consider the request.</source>
        <translation>Sie können das Krankenhaus bitten, die Verwendung und Weitergabe Ihrer Daten einzuschränken; es muss nicht immer zustimmen, aber es muss den Antrag prüfen.</translation>
    </message>
    <message>
        <source>Was my written authorization asked for before my images were used for research, or did a review board waive it?</source>
        <translation>Wurde meine schriftliche Genehmigung eingeholt, bevor meine Bilder für die Forschung verwendet wurden, oder hat ein Prüfgremium darauf verzichtet?</translation>
    </message>
    <message>
        <source>Research use of identifiable health information normally needs your authorization unless an ethics or privacy board approves a waiver.</source>
        <translation>Die Nutzung identifizierbarer Gesundheitsdaten für die Forschung braucht normalerweise Ihre Genehmigung, es sei denn, eine Ethik- oder Datenschutzkommission genehmigt einen Verzicht darauf.</translation>
    </message>
    <message>
        <source>If I live in the EU or the UK: may I see, correct or erase my data, and object to its use for AI?</source>
        <translation>Wenn ich in der EU oder im Vereinigten Königreich lebe: Darf ich meine Daten einsehen, berichtigen oder löschen lassen und ihrer Verwendung für KI widersprechen?</translation>
    </message>
    <message>
        <source>The GDPR gives rights of access, erasure and objection, and protection against decisions made only by a machine.</source>
        <translation>Die DSGVO (GDPR) gibt Ihnen das Recht auf Auskunft, Löschung und Widerspruch sowie Schutz vor Entscheidungen, die allein von einer Maschine getroffen werden.</translation>
    </message>
</context>
<context>
    <name>QuestionSheet</name>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>Gefragt:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>Die Antwort:</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Meine Notiz:</translation>
    </message>
    <message>
        <source>Questions to ask about my images</source>
        <translation>Fragen zu meinen Bildern</translation>
    </message>
    <message>
        <source>Take this sheet to your appointment. Tick each question when you have asked it, and write down the answer.</source>
        <translation>Nehmen Sie dieses Blatt zu Ihrem Termin mit. Haken Sie jede Frage ab, wenn Sie sie gestellt haben, und schreiben Sie die Antwort auf.</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Termin:</translation>
    </message>
    <message>
        <source>Appointment (who, where, when):</source>
        <translation>Termin (bei wem, wo, wann):</translation>
    </message>
    <message>
        <source>Made with ScanShield on your own computer. Nothing was sent anywhere.</source>
        <translation>Erstellt mit ScanShield auf Ihrem eigenen Computer. Es wurde nichts irgendwohin gesendet.</translation>
    </message>
</context>
<context>
    <name>SafeCopyJob</name>
    <message>
        <source>The copy could not be read back to check that the face is gone.</source>
        <translation>Die Kopie konnte nicht zurückgelesen werden, um zu prüfen, ob das Gesicht entfernt ist.</translation>
    </message>
    <message>
        <source>No cut could be found for %1</source>
        <translation>Für %1 wurde keine Schnittebene gefunden</translation>
    </message>
    <message>
        <source>The copy could not be noted in ScanShield&apos;s history: %1</source>
        <translation>Die Kopie konnte nicht im Verlauf von ScanShield vermerkt werden: %1</translation>
    </message>
</context>
<context>
    <name>SampleConsentForm</name>
    <message>
        <source>The sample form is missing from this copy of ScanShield.</source>
        <translation>Das Beispielformular fehlt in dieser Kopie von ScanShield.</translation>
    </message>
</context>
<context>
    <name>SliceGeometry</name>
    <message>
        <source>the picture file %1 could not be read</source>
        <translation>die Bilddatei %1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SliceStack</name>
    <message>
        <source>the pictures of this series do not lie in one stack</source>
        <translation>die Bilder dieser Serie liegen nicht in einem Stapel</translation>
    </message>
    <message>
        <source>the pictures of this series are spread too unevenly to make a 3D volume</source>
        <translation>die Bilder dieser Serie sind zu ungleichmäßig verteilt, um ein 3D-Volumen zu bilden</translation>
    </message>
    <message>
        <source>this series has no pictures</source>
        <translation>diese Serie enthält keine Bilder</translation>
    </message>
    <message numerus="yes">
        <source>this series has only %n picture(s)</source>
        <translation>
            <numerusform>diese Serie enthält nur %n Bild</numerusform>
            <numerusform>diese Serie enthält nur %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>the pictures have no position</source>
        <translation>die Bilder haben keine Positionsangabe</translation>
    </message>
    <message>
        <source>the pictures of this series all lie in the same place</source>
        <translation>die Bilder dieser Serie liegen alle an derselben Stelle</translation>
    </message>
    <message numerus="yes">
        <source>only %n picture(s) of this series lie in one stack</source>
        <translation>
            <numerusform>nur %n Bild dieser Serie liegt in einem Stapel</numerusform>
            <numerusform>nur %n Bilder dieser Serie liegen in einem Stapel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tailoring</name>
    <message>
        <source>Your %1 shows your face.</source>
        <translation>Ihre %1 zeigt Ihr Gesicht.</translation>
    </message>
    <message numerus="yes">
        <source>Your details are written into %n picture(s) on your disc.</source>
        <translation>
            <numerusform>Ihre Angaben sind in %n Bild auf Ihrem Datenträger geschrieben.</numerusform>
            <numerusform>Ihre Angaben sind in %n Bildern auf Ihrem Datenträger geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text is written into %n picture(s) on your disc.</source>
        <translation>
            <numerusform>In %n Bild auf Ihrem Datenträger ist Text geschrieben.</numerusform>
            <numerusform>In %n Bildern auf Ihrem Datenträger ist Text geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner maker&apos;s hidden data on your disc holds your details.</source>
        <translation>Die versteckten Daten des Scannerherstellers auf Ihrem Datenträger enthalten Ihre Angaben.</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>MRT-Aufnahme</translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation>CT-Aufnahme</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Because of what is on your disc</source>
        <translation>Wegen des Inhalts Ihres Datenträgers</translation>
    </message>
    <message>
        <source>ScanShield looked through your disc. These questions matter most for you.</source>
        <translation>ScanShield hat Ihren Datenträger durchsucht. Diese Fragen sind für Sie am wichtigsten.</translation>
    </message>
</context>
<context>
    <name>VolumeBuilder</name>
    <message numerus="yes">
        <source>%n picture(s) of a different size or direction than the rest of the series (such as a scout view) were left out.</source>
        <translation>
            <numerusform>%n Bild mit einer anderen Größe oder Ausrichtung als der Rest der Serie (zum Beispiel eine Übersichtsaufnahme) wurde ausgelassen.</numerusform>
            <numerusform>%n Bilder mit einer anderen Größe oder Ausrichtung als der Rest der Serie (zum Beispiel eine Übersichtsaufnahme) wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) do not say where they lie and were left out.</source>
        <translation>
            <numerusform>%n Bild gibt nicht an, wo es liegt, und wurde ausgelassen.</numerusform>
            <numerusform>%n Bilder geben nicht an, wo sie liegen, und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) lie where another picture of the series already lies (such as a second echo or time point) and were left out.</source>
        <translation>
            <numerusform>%n Bild liegt dort, wo bereits ein anderes Bild der Serie liegt (zum Beispiel ein zweites Echo oder ein anderer Zeitpunkt), und wurde ausgelassen.</numerusform>
            <numerusform>%n Bilder liegen dort, wo bereits ein anderes Bild der Serie liegt (zum Beispiel ein zweites Echo oder ein anderer Zeitpunkt), und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture file(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n Bilddatei konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%n Bilddateien konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be decoded (%1); their slices of the volume are left empty.</source>
        <translation>
            <numerusform>%n Bild konnte nicht entschlüsselt werden (%1); seine Schicht im Volumen bleibt leer.</numerusform>
            <numerusform>%n Bilder konnten nicht entschlüsselt werden (%1); ihre Schichten im Volumen bleiben leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner was tilted by %1 degrees; the volume follows the tilt.</source>
        <translation>Der Scanner war um %1 Grad geneigt; das Volumen folgt dieser Neigung.</translation>
    </message>
    <message>
        <source>The pictures are not evenly spaced (%1 to %2 mm apart); the volume was resampled to an even %3 mm.</source>
        <translation>Die Bilder haben keine gleichmäßigen Abstände (%1 bis %2 mm); das Volumen wurde auf einheitliche %3 mm umgerechnet.</translation>
    </message>
    <message>
        <source>The pictures do not say how large their pixels are; 1 mm was assumed.</source>
        <translation>Die Bilder geben nicht an, wie groß ihre Pixel sind; es wurde 1 mm angenommen.</translation>
    </message>
    <message>
        <source>The pictures do not lie on one straight line (up to %1 mm off); the volume puts them on the line from the first to the last.</source>
        <translation>Die Bilder liegen nicht auf einer geraden Linie (bis zu %1 mm Abweichung); das Volumen legt sie auf die Linie vom ersten zum letzten Bild.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were too large for the volume and were capped.</source>
        <translation>
            <numerusform>%n Wert war zu groß für das Volumen und wurde begrenzt.</numerusform>
            <numerusform>%n Werte waren zu groß für das Volumen und wurden begrenzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the 3D volume was cancelled.</source>
        <translation>Das Erstellen des 3D-Volumens wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the pictures of this series could not be read</source>
        <translation>die Bilder dieser Serie konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>this series is too large for the memory of this computer</source>
        <translation>diese Serie ist zu groß für den Arbeitsspeicher dieses Computers</translation>
    </message>
    <message>
        <source>none of the pictures of this series could be decoded: %1</source>
        <translation>keines der Bilder dieser Serie konnte entschlüsselt werden: %1</translation>
    </message>
</context>
<context>
    <name>WindowLevel</name>
    <message>
        <source>As stored</source>
        <translation>Wie gespeichert</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>Gehirn</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Weichteile</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Lunge</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Voller Bereich</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Make an anonymized copy of a disc on this computer, and check it.</source>
        <translation>Eine anonymisierte Kopie eines Datenträgers auf diesem Computer erstellen und prüfen.</translation>
    </message>
    <message>
        <source>A disc folder, a DICOMDIR, a ZIP or an ISO file.</source>
        <translation>Ein Ordner eines Datenträgers, ein DICOMDIR, eine ZIP- oder eine ISO-Datei.</translation>
    </message>
    <message>
        <source>The new folder for the copy (must not hold files).</source>
        <translation>Der neue Ordner für die Kopie (darf keine Dateien enthalten).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Keep the real dates (by default all dates move by one offset).</source>
        <translation>Die echten Datumsangaben behalten (standardmäßig werden alle Datumsangaben um denselben Betrag verschoben).</translation>
    </message>
    <message>
        <source>Remove dates as the Basic Profile says instead of moving them.</source>
        <translation>Datumsangaben entfernen, wie es das Basic Profile vorsieht, statt sie zu verschieben.</translation>
    </message>
    <message>
        <source>Keep the original reference numbers (UIDs).</source>
        <translation>Die ursprünglichen Kennnummern (UIDs) behalten.</translation>
    </message>
    <message>
        <source>Keep the scanner&apos;s identity (serial numbers, station names).</source>
        <translation>Die Identität des Scanners behalten (Seriennummern, Stationsnamen).</translation>
    </message>
    <message>
        <source>Keep the hospital&apos;s name and address.</source>
        <translation>Name und Adresse des Krankenhauses behalten.</translation>
    </message>
    <message>
        <source>Keep age, sex, size and weight.</source>
        <translation>Alter, Geschlecht, Größe und Gewicht behalten.</translation>
    </message>
    <message>
        <source>Remove every description, even those that name nobody.</source>
        <translation>Alle Beschreibungen entfernen, auch solche, die niemanden nennen.</translation>
    </message>
    <message>
        <source>Also remove drawn marks and annotations (graphics) that may hold text.</source>
        <translation>Auch gezeichnete Markierungen und Anmerkungen (Grafiken) entfernen, die Text enthalten können.</translation>
    </message>
    <message>
        <source>Also clean the contents of structured reports.</source>
        <translation>Auch den Inhalt strukturierter Befundberichte bereinigen.</translation>
    </message>
    <message>
        <source>Cut the face away from 3D scans of the head, and check that it is gone.</source>
        <translation>Das Gesicht aus 3D-Aufnahmen des Kopfes herausschneiden und prüfen, ob es entfernt ist.</translation>
    </message>
    <message>
        <source>Do not black out text burned into the pictures.</source>
        <translation>In die Bilder eingebrannten Text nicht schwärzen.</translation>
    </message>
    <message>
        <source>Leave this series out of the copy (its Series Instance UID; may be repeated).</source>
        <translation>Diese Serie nicht in die Kopie aufnehmen (ihre Series Instance UID; kann wiederholt werden).</translation>
    </message>
    <message>
        <source>Copy this file that is not a medical image, unchanged (its path on the disc, as `scan` lists it; may be repeated).</source>
        <translation>Diese Datei, die kein medizinisches Bild ist, unverändert kopieren (ihr Pfad auf dem Datenträger, wie `scan` ihn auflistet; kann wiederholt werden).</translation>
    </message>
    <message>
        <source>Do not read the pictures for text; the copy then cannot be verified.</source>
        <translation>Die Bilder nicht nach Text durchsuchen; die Kopie kann dann nicht überprüft werden.</translation>
    </message>
    <message>
        <source>anonymize needs --output DIR, and at most one of --keep-dates and --remove-dates.</source>
        <translation>anonymize braucht --output DIR und höchstens eine der Optionen --keep-dates und --remove-dates.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Copied %1 files to %2.</source>
        <translation>%1 Dateien nach %2 kopiert.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Nicht kopiert: %1</translation>
    </message>
    <message>
        <source>Checked: nothing that identifies the patient was found in the copy.</source>
        <translation>Geprüft: In der Kopie wurde nichts gefunden, was die Patientin oder den Patienten erkennbar macht.</translation>
    </message>
    <message>
        <source>The copy is NOT safe yet: it still holds details of the patient.</source>
        <translation>Die Kopie ist NOCH NICHT sicher: Sie enthält noch Angaben zur Patientin oder zum Patienten.</translation>
    </message>
    <message>
        <source>files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Give exactly one PATH: a disc folder, a DICOMDIR, a ZIP or an ISO file.</source>
        <translation>Geben Sie genau einen PATH an: einen Ordner eines Datenträgers, ein DICOMDIR, eine ZIP- oder eine ISO-Datei.</translation>
    </message>
    <message>
        <source>Usage: scanshield-cli make-demo-disc DIR</source>
        <translation>Aufruf: scanshield-cli make-demo-disc DIR</translation>
    </message>
    <message>
        <source>Wrote a fictional patient&apos;s disc with %1 image files in %2 series and %3 studies to %4</source>
        <translation>Datenträger einer erfundenen Person mit %1 Bilddateien in %2 Serien und %3 Untersuchungen nach %4 geschrieben</translation>
    </message>
    <message>
        <source>There is no picture of this series to write.</source>
        <translation>Von dieser Serie gibt es kein Bild, das geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Find the series of a disc from which a face can be rebuilt, and measure it.</source>
        <translation>Die Serien eines Datenträgers finden, aus denen sich ein Gesicht nachbilden lässt, und sie vermessen.</translation>
    </message>
    <message>
        <source>Write the face (front and side) of the first series that shows one to FILE.</source>
        <translation>Das Gesicht (von vorne und von der Seite) der ersten Serie, die eines zeigt, in FILE schreiben.</translation>
    </message>
    <message>
        <source>No series of this disc is a 3D scan of a head; no picture was written.</source>
        <translation>Keine Serie dieses Datenträgers ist eine 3D-Aufnahme eines Kopfes; es wurde kein Bild geschrieben.</translation>
    </message>
    <message>
        <source>A face can be rebuilt from: %1</source>
        <translation>Ein Gesicht lässt sich nachbilden aus: %1</translation>
    </message>
    <message>
        <source>No face found in: %1</source>
        <translation>Kein Gesicht gefunden in: %1</translation>
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
        <translation>Aufruf: scanshield-cli COMMAND [OPTIONS]

Befehle:
  scan PATH [--json]        Auflisten, was auf einem Datenträger ist (Ordner, DICOMDIR, ZIP oder ISO).
  report PATH [--json] [--pdf FILE [--show-values] [--large-print]]
                            Alles auf einem Datenträger, was die Patientin oder den Patienten erkennbar macht.
  anonymize PATH --output DIR [--json] [options]
                            Eine anonymisierte Kopie eines Datenträgers, geprüft, bevor sie als sicher gilt.
  face PATH [--json] [--png FILE]
                            Welche Aufnahmen Ihr Gesicht enthalten, vermessen, und ein Bild davon.
  sheet --output FILE.pdf [--lang CODE] [--disc PATH] [--large-print]
                            Die Fragen zu KI, Einwilligung und Cloud-Speicherung.
  make-demo-disc DIR        Die Bild-CD einer erfundenen Person in DIR schreiben.

Mit &apos;scanshield-cli COMMAND --help&apos; sehen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>A PDF cannot be made: %1</source>
        <translation>Es kann keine PDF-Datei erstellt werden: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Your name appears in %1 places in %2 forms.</source>
        <translation>Ihr Name kommt an %1 Stellen in %2 Schreibweisen vor.</translation>
    </message>
    <message>
        <source>items found: %1</source>
        <translation>gefundene Einträge: %1</translation>
    </message>
    <message>
        <source>Show everything on a disc that identifies the patient.</source>
        <translation>Alles auf einem Datenträger anzeigen, was die Patientin oder den Patienten erkennbar macht.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also write the report as a PDF to FILE.</source>
        <translation>Den Bericht zusätzlich als PDF in FILE schreiben.</translation>
    </message>
    <message>
        <source>Print the values in the PDF (hidden by default).</source>
        <translation>Die Werte im PDF anzeigen (standardmäßig verborgen).</translation>
    </message>
    <message>
        <source>Use large print in the PDF.</source>
        <translation>Großdruck im PDF verwenden.</translation>
    </message>
    <message>
        <source>Do not read text burned into the pictures (the slow part); the report says so.</source>
        <translation>In die Bilder eingebrannten Text nicht lesen (der langsame Teil); der Bericht weist darauf hin.</translation>
    </message>
    <message>
        <source>ScanShield&apos;s attribute catalogue is damaged: %1</source>
        <translation>Der Attributkatalog von ScanShield ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Disc: %1</source>
        <translation>Datenträger: %1</translation>
    </message>
    <message>
        <source>Files: %1 · medical image files: %2 · series: %3 · visits: %4</source>
        <translation>Dateien: %1 · medizinische Bilddateien: %2 · Serien: %3 · Besuche: %4</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient/in: %1</translation>
    </message>
    <message>
        <source>Visit on %1: %2</source>
        <translation>Besuch am %1: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: files: %3</source>
        <translation>%1 „%2“: Dateien: %3</translation>
    </message>
    <message>
        <source>Files that are not readable medical images:</source>
        <translation>Dateien, die keine lesbaren medizinischen Bilder sind:</translation>
    </message>
    <message>
        <source>List what is on a disc: patients, studies, series and images.</source>
        <translation>Auflisten, was auf einem Datenträger ist: Patienten, Untersuchungen, Serien und Bilder.</translation>
    </message>
    <message>
        <source>Print the index as JSON.</source>
        <translation>Das Verzeichnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print the questions to ask about AI, consent forms and cloud storage.</source>
        <translation>Die Fragen zu KI, Einwilligungserklärungen und Cloud-Speicherung ausgeben.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die PDF-Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The language of the sheet (en, es, fr, de...).</source>
        <translation>Die Sprache des Fragebogens (en, es, fr, de …).</translation>
    </message>
    <message>
        <source>Put first the questions that matter most for this disc.</source>
        <translation>Die Fragen, die für diesen Datenträger am wichtigsten sind, an den Anfang stellen.</translation>
    </message>
    <message>
        <source>Print in large letters.</source>
        <translation>In großer Schrift drucken.</translation>
    </message>
    <message>
        <source>sheet needs --output FILE.pdf, and no other argument.</source>
        <translation>sheet braucht --output FILE.pdf und kein weiteres Argument.</translation>
    </message>
    <message>
        <source>ScanShield has no translation for &quot;%1&quot;; it has: %2.</source>
        <translation>ScanShield hat keine Übersetzung für „%1“; vorhanden sind: %2.</translation>
    </message>
    <message>
        <source>The question sheet is in %1.</source>
        <translation>Der Fragebogen ist auf %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See what your imaging disc says about you, and make a safe copy.</source>
        <translation>Sehen Sie, was Ihre Bild-CD über Sie verrät, und erstellen Sie eine sichere Kopie.</translation>
    </message>
    <message>
        <source>A disc folder, DICOMDIR, ZIP or ISO file to open.</source>
        <translation>Ein Ordner eines Datenträgers, ein DICOMDIR, eine ZIP- oder ISO-Datei zum Öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the disc is read, then quit.</source>
        <translation>Ein Bild des Fensters in FILE speichern, sobald der Datenträger gelesen ist, und dann beenden.</translation>
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
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Add another appointment, with its own answers</source>
        <translation>Einen weiteren Termin mit eigenen Antworten hinzufügen</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Change the name, date, place or kind of scan</source>
        <translation>Name, Datum, Ort oder Art der Untersuchung ändern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this appointment and the answers you noted for it</source>
        <translation>Diesen Termin und die dazu notierten Antworten löschen</translation>
    </message>
    <message>
        <source>My next appointment</source>
        <translation>Mein nächster Termin</translation>
    </message>
    <message>
        <source>Your answers cannot be saved on this computer: %1</source>
        <translation>Ihre Antworten können auf diesem Computer nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The appointment could not be saved: %1</source>
        <translation>Der Termin konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Delete this appointment?</source>
        <translation>Diesen Termin löschen?</translation>
    </message>
    <message>
        <source>Delete “%1” and every answer and note you wrote for it? This cannot be undone.</source>
        <translation>„%1“ und alle Antworten und Notizen, die Sie dazu geschrieben haben, löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The appointment could not be deleted: %1</source>
        <translation>Der Termin konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>About this appointment</source>
        <translation>Über diesen Termin</translation>
    </message>
    <message>
        <source>These details stay on this computer. They are printed at the top of your question sheet.</source>
        <translation>Diese Angaben bleiben auf diesem Computer. Sie werden oben auf Ihren Fragebogen gedruckt.</translation>
    </message>
    <message>
        <source>For example: Dr Weber, knee MRI</source>
        <translation>Zum Beispiel: Dr. Weber, MRT Knie</translation>
    </message>
    <message>
        <source>Name of the appointment</source>
        <translation>Name des Termins</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>I know the &amp;date</source>
        <translation>Ich kenne das &amp;Datum</translation>
    </message>
    <message>
        <source>Date of the appointment</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>The hospital or clinic</source>
        <translation>Das Krankenhaus oder die Praxis</translation>
    </message>
    <message>
        <source>Place of the appointment</source>
        <translation>Ort des Termins</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>MRT</translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation>CT</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Röntgen</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ultraschall</translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation>Mammografie</translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation>PET</translation>
    </message>
    <message>
        <source>Kind of scan</source>
        <translation>Art der Untersuchung</translation>
    </message>
    <message>
        <source>Choose or write one</source>
        <translation>Wählen Sie eine aus oder schreiben Sie eine hinein</translation>
    </message>
    <message>
        <source>&amp;Kind of scan:</source>
        <translation>&amp;Art der Untersuchung:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ConsentPhraseDetails</name>
    <message>
        <source>Marked here: “%1”, page %2.</source>
        <translation>Hier markiert: „%1“, Seite %2.</translation>
    </message>
    <message>
        <source>Marked here: “%1”.</source>
        <translation>Hier markiert: „%1“.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Warum das wichtig ist: %1</translation>
    </message>
    <message>
        <source>Add this question to my list: %1</source>
        <translation>Diese Frage zu meiner Liste hinzufügen: %1</translation>
    </message>
    <message>
        <source>Added to my list</source>
        <translation>Zu meiner Liste hinzugefügt</translation>
    </message>
    <message>
        <source>Add this question to my list</source>
        <translation>Diese Frage zu meiner Liste hinzufügen</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Was Sie fragen sollten</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ConsentReaderDialog</name>
    <message>
        <source>Page %1: “%2”</source>
        <translation>Seite %1: „%2“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Read a consent form</source>
        <translation>Eine Einwilligungserklärung lesen</translation>
    </message>
    <message>
        <source>Open the consent form you were given, or paste its words. ScanShield marks the phrases that decide what may be done with your images, and tells you what to ask about each. It reads forms written in English.</source>
        <translation>Öffnen Sie die Einwilligungserklärung, die Sie bekommen haben, oder fügen Sie ihren Text ein. ScanShield markiert die Formulierungen, die entscheiden, was mit Ihren Bildern geschehen darf, und sagt Ihnen, was Sie zu jeder fragen sollten. Es liest Formulare, die auf Englisch geschrieben sind.</translation>
    </message>
    <message>
        <source>&amp;Open a consent form (PDF)…</source>
        <translation>Einwilligungserklärung ö&amp;ffnen (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>Text &amp;einfügen</translation>
    </message>
    <message>
        <source>Try it with a &amp;sample form</source>
        <translation>Mit einem &amp;Beispielformular ausprobieren</translation>
    </message>
    <message>
        <source>A made-up hospital&apos;s consent form, to see what ScanShield marks.</source>
        <translation>Die Einwilligungserklärung eines erfundenen Krankenhauses, um zu sehen, was ScanShield markiert.</translation>
    </message>
    <message>
        <source>The consent form, with the phrases that matter marked</source>
        <translation>Die Einwilligungserklärung mit markierten wichtigen Formulierungen</translation>
    </message>
    <message>
        <source>Open a consent form or paste its text, and it appears here.</source>
        <translation>Öffnen Sie eine Einwilligungserklärung oder fügen Sie ihren Text ein; sie erscheint dann hier.</translation>
    </message>
    <message>
        <source>What ScanShield &amp;found</source>
        <translation>Was ScanShield &amp;gefunden hat</translation>
    </message>
    <message>
        <source>What ScanShield found, by kind</source>
        <translation>Was ScanShield gefunden hat, nach Art geordnet</translation>
    </message>
    <message>
        <source>When a form is open, choose a place in the list to see why it matters and what to ask.</source>
        <translation>Wenn ein Formular geöffnet ist, wählen Sie eine Stelle in der Liste, um zu sehen, warum sie wichtig ist und was Sie fragen sollten.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n Seite</numerusform>
            <numerusform>%1, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>Der eingefügte Text</translation>
    </message>
    <message>
        <source>There is no text to read. Copy the words of the form and paste them again.</source>
        <translation>Es gibt keinen Text zum Lesen. Kopieren Sie den Text des Formulars und fügen Sie ihn noch einmal ein.</translation>
    </message>
    <message>
        <source>ScanShield found none of the phrases it looks for. That does not mean the form is harmless; read it carefully.</source>
        <translation>ScanShield hat keine der Formulierungen gefunden, nach denen es sucht. Das heißt nicht, dass das Formular harmlos ist; lesen Sie es sorgfältig.</translation>
    </message>
    <message numerus="yes">
        <source>%1. ScanShield marked %n place(s) in the form. Choose one in the list to see why it matters and what to ask.</source>
        <translation>
            <numerusform>%1. ScanShield hat %n Stelle im Formular markiert. Wählen Sie sie in der Liste, um zu sehen, warum sie wichtig ist und was Sie fragen sollten.</numerusform>
            <numerusform>%1. ScanShield hat %n Stellen im Formular markiert. Wählen Sie eine in der Liste, um zu sehen, warum sie wichtig ist und was Sie fragen sollten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a place in the list, or click a marked phrase in the form.</source>
        <translation>Wählen Sie eine Stelle in der Liste, oder klicken Sie auf eine markierte Formulierung im Formular.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n place(s)</source>
        <translation>
            <numerusform>%1 — %n Stelle</numerusform>
            <numerusform>%1 — %n Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a consent form</source>
        <translation>Eine Einwilligungserklärung öffnen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Paste the consent form&apos;s text</source>
        <translation>Den Text der Einwilligungserklärung einfügen</translation>
    </message>
    <message>
        <source>Copy the words of the form from where you read them, paste them here, and choose OK.</source>
        <translation>Kopieren Sie den Text des Formulars dort, wo Sie ihn lesen, fügen Sie ihn hier ein und wählen Sie OK.</translation>
    </message>
    <message>
        <source>The sample form could not be made: %1</source>
        <translation>Das Beispielformular konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The sample consent form (fictional)</source>
        <translation>Die Beispiel-Einwilligungserklärung (erfunden)</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::DiscTreeModel</name>
    <message>
        <source>Unnamed patient</source>
        <translation>Patient/in ohne Namen</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, geboren am %2</translation>
    </message>
    <message>
        <source>Visit on an unknown date</source>
        <translation>Besuch an einem unbekannten Datum</translation>
    </message>
    <message>
        <source>Visit on %1</source>
        <translation>Besuch am %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>On this disc</source>
        <translation>Auf diesem Datenträger</translation>
    </message>
    <message>
        <source>Series number %1 · %2</source>
        <translation>Serie Nr. %1 · %2</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ExposurePage</name>
    <message>
        <source>identifies you</source>
        <translation>macht Sie erkennbar</translation>
    </message>
    <message>
        <source>could help identify you</source>
        <translation>könnte helfen, Sie zu erkennen</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>the disc&apos;s table of contents</source>
        <translation>das Inhaltsverzeichnis des Datenträgers</translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation>
            <numerusform>in %n Datei</numerusform>
            <numerusform>in %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer Ort</numerusform>
            <numerusform>%1 und %n weitere Orte</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of what the disc reveals</source>
        <translation>Zusammenfassung dessen, was der Datenträger verrät</translation>
    </message>
    <message>
        <source>Show the values</source>
        <translation>Die Werte anzeigen</translation>
    </message>
    <message>
        <source>Values are hidden so that nobody looking over your shoulder reads them. Click a row to see one value.</source>
        <translation>Die Werte sind verborgen, damit niemand, der Ihnen über die Schulter schaut, sie liest. Klicken Sie auf eine Zeile, um einen Wert zu sehen.</translation>
    </message>
    <message>
        <source>Show technical details (tag numbers)</source>
        <translation>Technische Details anzeigen (Tag-Nummern)</translation>
    </message>
    <message>
        <source>Printable report…</source>
        <translation>Druckbarer Bericht…</translation>
    </message>
    <message>
        <source>See this report as a document you can save or print.</source>
        <translation>Diesen Bericht als Dokument ansehen, das Sie speichern oder drucken können.</translation>
    </message>
    <message>
        <source>Kinds of information on the disc</source>
        <translation>Arten von Informationen auf dem Datenträger</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Name in the standard</source>
        <translation>Name im Standard</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Enthalten in</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>What the disc reveals in this kind</source>
        <translation>Was der Datenträger in dieser Art verrät</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>Open a disc to see what it reveals about you.</source>
        <translation>Öffnen Sie einen Datenträger, um zu sehen, was er über Sie verrät.</translation>
    </message>
    <message>
        <source>Your name appears in %1 places on this disc, written %2 different ways.</source>
        <translation>Ihr Name kommt auf diesem Datenträger an %1 Stellen vor, in %2 verschiedenen Schreibweisen.</translation>
    </message>
    <message>
        <source>This disc does not seem to show your name. Check the other kinds below.</source>
        <translation>Dieser Datenträger scheint Ihren Namen nicht zu zeigen. Prüfen Sie die anderen Arten weiter unten.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n item(s)</source>
        <translation>
            <numerusform>%1
%2 · %n Eintrag</numerusform>
            <numerusform>%1
%2 · %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n reference number(s)</source>
        <translation>
            <numerusform> und %n Kennnummer</numerusform>
            <numerusform> und %n Kennnummern</numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden: click to show)</source>
        <translation>(verborgen: zum Anzeigen klicken)</translation>
    </message>
    <message>
        <source>%1 (mentions you)</source>
        <translation>%1 (nennt Sie)</translation>
    </message>
    <message>
        <source>Hidden reference numbers</source>
        <translation>Versteckte Kennnummern</translation>
    </message>
    <message numerus="yes">
        <source>%n different number(s)</source>
        <translation>
            <numerusform>%n verschiedene Nummer</numerusform>
            <numerusform>%n verschiedene Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>Show your face in 3D</source>
        <translation>Ihr Gesicht in 3D zeigen</translation>
    </message>
    <message>
        <source>Show on the picture</source>
        <translation>Auf dem Bild zeigen</translation>
    </message>
    <message>
        <source>See the picture of your head that anyone can rebuild from this scan, and turn it.</source>
        <translation>Das Bild Ihres Kopfes ansehen, das jeder aus dieser Aufnahme nachbilden kann, und es drehen.</translation>
    </message>
    <message>
        <source>See this text where it is in the picture, with a box around it.</source>
        <translation>Diesen Text an seiner Stelle im Bild sehen, mit einem Rahmen darum.</translation>
    </message>
    <message>
        <source>Every file carries long unique numbers that link it to the other files of your scan and to the hospital&apos;s records. They do not show your name, but anyone with the hospital&apos;s records could use them to find you, so privacy law counts them as identifiers.</source>
        <translation>Jede Datei trägt lange eindeutige Nummern, die sie mit den anderen Dateien Ihrer Untersuchung und mit den Unterlagen des Krankenhauses verbinden. Sie zeigen Ihren Namen nicht, aber jeder mit Zugang zu den Unterlagen des Krankenhauses könnte Sie damit finden; deshalb zählt das Datenschutzrecht sie zu den Identifikatoren.</translation>
    </message>
    <message>
        <source>&lt;p&gt;United States privacy law (HIPAA Safe Harbor) counts this as an identifier: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das US-Datenschutzrecht (HIPAA Safe Harbor) zählt dies zu den Identifikatoren: %1.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Found in %n file(s), for example:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Gefunden in %n Datei, zum Beispiel:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Gefunden in %n Dateien, zum Beispiel:&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scanshield::ui::FaceDialog</name>
    <message>
        <source>Your face in this scan</source>
        <translation>Ihr Gesicht in dieser Aufnahme</translation>
    </message>
    <message>
        <source>Your head rebuilt in 3D from this scan. Arrow keys turn it.</source>
        <translation>Ihr Kopf, aus dieser Aufnahme in 3D nachgebildet. Mit den Pfeiltasten drehen Sie ihn.</translation>
    </message>
    <message>
        <source>This picture is made on this computer and goes nowhere. Home shows the face again.</source>
        <translation>Dieses Bild wird auf diesem Computer erstellt und nirgendwohin gesendet. Pos1 zeigt wieder das Gesicht.</translation>
    </message>
    <message>
        <source>Reading %1 and rebuilding your head…</source>
        <translation>%1 wird gelesen und Ihr Kopf wird nachgebildet…</translation>
    </message>
    <message>
        <source>This scan cannot be shown in 3D: %1</source>
        <translation>Diese Aufnahme kann nicht in 3D gezeigt werden: %1</translation>
    </message>
    <message>
        <source>This is your head as anyone with a copy of this disc can rebuild it.</source>
        <translation>So sieht Ihr Kopf aus, wie ihn jeder mit einer Kopie dieses Datenträgers nachbilden kann.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
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
        <translation>Jede Datei wird nach Angaben durchsucht, die Sie erkennbar machen: %1 von %2…</translation>
    </message>
    <message>
        <source>Open your imaging disc to see what is on it.</source>
        <translation>Öffnen Sie Ihre Bild-CD, um zu sehen, was darauf ist.</translation>
    </message>
    <message>
        <source>What is on this disc</source>
        <translation>Was auf diesem Datenträger ist</translation>
    </message>
    <message>
        <source>Patients, visits and series on the disc</source>
        <translation>Patienten, Besuche und Serien auf dem Datenträger</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Andere Dateien</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>What this disc reveals about you</source>
        <translation>Was dieser Datenträger über Sie verrät</translation>
    </message>
    <message>
        <source>Reading the disc: %v of %m files</source>
        <translation>Datenträger wird gelesen: %v von %m Dateien</translation>
    </message>
    <message>
        <source>Progress of reading the disc</source>
        <translation>Fortschritt beim Lesen des Datenträgers</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Disc</source>
        <translation>&amp;Datenträger</translation>
    </message>
    <message>
        <source>&amp;Open a disc or folder…</source>
        <translation>Datenträger oder Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a &amp;ZIP, ISO or DICOMDIR file…</source>
        <translation>&amp;ZIP-, ISO- oder DICOMDIR-Datei öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;demo disc</source>
        <translation>B&amp;eispiel-CD öffnen</translation>
    </message>
    <message>
        <source>Make a &amp;safe copy…</source>
        <translation>&amp;Sichere Kopie erstellen…</translation>
    </message>
    <message>
        <source>Make an anonymized copy of this disc on this computer, checked before it is called safe. Available once ScanShield has looked through the disc.</source>
        <translation>Eine anonymisierte Kopie dieses Datenträgers auf diesem Computer erstellen, die geprüft wird, bevor sie als sicher gilt. Verfügbar, sobald ScanShield den Datenträger durchsucht hat.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Brightness and contrast:</source>
        <translation>Helligkeit und Kontrast:</translation>
    </message>
    <message>
        <source>Show the picture with the &quot;%1&quot; brightness and contrast. You can also drag with the left mouse button.</source>
        <translation>Das Bild mit der Helligkeit und dem Kontrast „%1“ zeigen. Sie können auch mit der linken Maustaste ziehen.</translation>
    </message>
    <message>
        <source>Choose your disc or its folder</source>
        <translation>Wählen Sie Ihren Datenträger oder seinen Ordner</translation>
    </message>
    <message>
        <source>Choose a disc file</source>
        <translation>Wählen Sie eine Datenträgerdatei</translation>
    </message>
    <message>
        <source>Disc files (*.zip *.iso DICOMDIR);;All files (*)</source>
        <translation>Datenträgerdateien (*.zip *.iso DICOMDIR);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The demo disc could not be prepared: %1</source>
        <translation>Die Beispiel-CD konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Datenträger wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>ScanShield: %1</source>
        <translation>ScanShield: %1</translation>
    </message>
    <message>
        <source>Other files (%1)</source>
        <translation>Andere Dateien (%1)</translation>
    </message>
    <message>
        <source>Reading stopped. What was read so far is shown.</source>
        <translation>Das Lesen wurde abgebrochen. Was bisher gelesen wurde, wird angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Finished reading %n file(s).</source>
        <translation>
            <numerusform>%n Datei fertig gelesen.</numerusform>
            <numerusform>%n Dateien fertig gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;ScanShield could not open this.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ScanShield konnte dies nicht öffnen.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No medical images were found here.</source>
        <translation>Hier wurden keine medizinischen Bilder gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>This disc holds the scans of &lt;b&gt;%1&lt;/b&gt;: %n visit(s),</source>
        <translation>
            <numerusform>Dieser Datenträger enthält die Aufnahmen von &lt;b&gt;%1&lt;/b&gt;: %n Besuch,</numerusform>
            <numerusform>Dieser Datenträger enthält die Aufnahmen von &lt;b&gt;%1&lt;/b&gt;: %n Besuche,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series,</source>
        <translation>
            <numerusform>%n Serie,</numerusform>
            <numerusform>%n Serien,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s).</source>
        <translation>
            <numerusform>%n Bild.</numerusform>
            <numerusform>%n Bilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also on the disc: %n other file(s), listed below.</source>
        <translation>
            <numerusform>Außerdem auf dem Datenträger: %n andere Datei, unten aufgeführt.</numerusform>
            <numerusform>Außerdem auf dem Datenträger: %n andere Dateien, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::OtherFilesPanel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was sie ist</translation>
    </message>
    <message>
        <source>Files on the disc that are not pictures</source>
        <translation>Dateien auf dem Datenträger, die keine Bilder sind</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::PdfPreviewPane</name>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>The preview could not be made: there is no room for a temporary file.</source>
        <translation>Die Vorschau konnte nicht erstellt werden: Es gibt keinen Platz für eine temporäre Datei.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionAnswerBox</name>
    <message>
        <source>Because of your disc: %1</source>
        <translation>Wegen Ihres Datenträgers: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>I asked this question</source>
        <translation>Ich habe diese Frage gestellt</translation>
    </message>
    <message>
        <source>I asked: %1</source>
        <translation>Ich habe gefragt: %1</translation>
    </message>
    <message>
        <source>The answer to: %1</source>
        <translation>Die Antwort auf: %1</translation>
    </message>
    <message>
        <source>What they told you</source>
        <translation>Was man Ihnen gesagt hat</translation>
    </message>
    <message>
        <source>My note on: %1</source>
        <translation>Meine Notiz zu: %1</translation>
    </message>
    <message>
        <source>Anything to remember or follow up</source>
        <translation>Alles, was Sie sich merken oder nachverfolgen möchten</translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>Die Antwort:</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Meine Notiz:</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionSheetDialog</name>
    <message>
        <source>Your question sheet</source>
        <translation>Ihr Fragebogen</translation>
    </message>
    <message>
        <source>&amp;Blank sheet to write on</source>
        <translation>&amp;Leeres Blatt zum Ausfüllen</translation>
    </message>
    <message>
        <source>With my &amp;answers so far</source>
        <translation>Mit meinen bisherigen &amp;Antworten</translation>
    </message>
    <message>
        <source>You have not noted any answers yet.</source>
        <translation>Sie haben noch keine Antworten notiert.</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Großdruck</translation>
    </message>
    <message>
        <source>Preview of your question sheet</source>
        <translation>Vorschau Ihres Fragebogens</translation>
    </message>
    <message>
        <source>Save the question sheet</source>
        <translation>Den Fragebogen speichern</translation>
    </message>
    <message>
        <source>questions-for-my-appointment.pdf</source>
        <translation>fragen-fuer-meinen-termin.pdf</translation>
    </message>
    <message>
        <source>Print the question sheet</source>
        <translation>Den Fragebogen drucken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionsMenu</name>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>Prepare &amp;questions for your appointment…</source>
        <translation>&amp;Fragen für Ihren Termin vorbereiten…</translation>
    </message>
    <message>
        <source>The questions to ask about AI, consent forms and cloud storage, one topic at a time, with room for the answers you are given.</source>
        <translation>Die Fragen zu KI, Einwilligungserklärungen und Cloud-Speicherung, ein Thema nach dem anderen, mit Platz für die Antworten, die Sie bekommen.</translation>
    </message>
    <message>
        <source>Read a &amp;consent form…</source>
        <translation>&amp;Einwilligungserklärung lesen…</translation>
    </message>
    <message>
        <source>Print a question &amp;sheet…</source>
        <translation>Frage&amp;bogen drucken…</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionsWindow</name>
    <message>
        <source>Questions for your appointment</source>
        <translation>Fragen für Ihren Termin</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>&amp;Große Schrift</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Progress through the steps</source>
        <translation>Fortschritt durch die Schritte</translation>
    </message>
    <message>
        <source>&amp;Print the question sheet…</source>
        <translation>Fragebogen &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Read a consent form…</source>
        <translation>&amp;Einwilligungserklärung lesen…</translation>
    </message>
    <message>
        <source>Your answers are saved on this computer as you go.</source>
        <translation>Ihre Antworten werden laufend auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Step %1 of %2. You have asked %3 of %4 questions.</source>
        <translation>Schritt %1 von %2. Sie haben %3 von %4 Fragen gestellt.</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden: %1</translation>
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
        <translation>Ihre Antworten können auf diesem Computer nicht gespeichert werden und sind weg, wenn dieses Fenster geschlossen wird. (%1)</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ReportPreviewDialog</name>
    <message>
        <source>Your privacy report</source>
        <translation>Ihr Datenschutzbericht</translation>
    </message>
    <message>
        <source>Print the values (your name, numbers, dates)</source>
        <translation>Die Werte drucken (Ihr Name, Nummern, Datumsangaben)</translation>
    </message>
    <message>
        <source>Leave this off if the printout may be left where others can read it.</source>
        <translation>Lassen Sie dies ausgeschaltet, wenn der Ausdruck irgendwo liegen bleiben könnte, wo andere ihn lesen können.</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <source>Preview of the privacy report</source>
        <translation>Vorschau des Datenschutzberichts</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>privacy-report.pdf</source>
        <translation>datenschutzbericht.pdf</translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation>Den Datenschutzbericht speichern</translation>
    </message>
    <message>
        <source>Print the privacy report</source>
        <translation>Den Datenschutzbericht drucken</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyChoosePage</name>
    <message>
        <source>What goes into the copy</source>
        <translation>Was in die Kopie kommt</translation>
    </message>
    <message>
        <source>Every series of pictures is included. Untick what you do not want to give away.</source>
        <translation>Jede Bildserie ist enthalten. Entfernen Sie das Häkchen bei allem, was Sie nicht weitergeben möchten.</translation>
    </message>
    <message>
        <source>Visits and series to include in the copy</source>
        <translation>Besuche und Serien, die in die Kopie sollen</translation>
    </message>
    <message>
        <source>Files that are not pictures are left out unless you tick them. They are copied exactly as they are: ScanShield cannot change what is inside them.</source>
        <translation>Dateien, die keine Bilder sind, werden weggelassen, wenn Sie sie nicht ankreuzen. Sie werden genau so kopiert, wie sie sind: ScanShield kann ihren Inhalt nicht verändern.</translation>
    </message>
    <message>
        <source>Files that are not pictures</source>
        <translation>Dateien, die keine Bilder sind</translation>
    </message>
    <message>
        <source>A visit without a date</source>
        <translation>Ein Besuch ohne Datum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n picture(s))</source>
        <translation>
            <numerusform>%1 (%n Bild)</numerusform>
            <numerusform>%1 (%n Bilder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n document(s))</source>
        <translation>
            <numerusform>%1 (%n Dokument)</numerusform>
            <numerusform>%1 (%n Dokumente)</numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield cannot read it to check it.</source>
        <translation>ScanShield kann sie nicht lesen, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>It mentions your name.</source>
        <translation>Sie nennt Ihren Namen.</translation>
    </message>
    <message>
        <source>It mentions your ID number or birth date.</source>
        <translation>Sie nennt Ihre Kennnummer oder Ihr Geburtsdatum.</translation>
    </message>
    <message>
        <source>ScanShield found none of your details in it.</source>
        <translation>ScanShield hat darin keine Ihrer Angaben gefunden.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>There are none on this disc.</source>
        <translation>Auf diesem Datenträger gibt es keine.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyDestinationPage</name>
    <message>
        <source>Where to put the copy</source>
        <translation>Wo die Kopie gespeichert wird</translation>
    </message>
    <message>
        <source>Choose a place on this computer or on a USB stick. The copy is made here, on this computer; nothing is sent anywhere.</source>
        <translation>Wählen Sie einen Ort auf diesem Computer oder auf einem USB-Stick. Die Kopie wird hier auf diesem Computer erstellt; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Make the copy</source>
        <translation>Kopie erstellen</translation>
    </message>
    <message>
        <source>Folder in which to save the copy</source>
        <translation>Ordner, in dem die Kopie gespeichert wird</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the folder in which to save the copy</source>
        <translation>Wählen Sie den Ordner, in dem die Kopie gespeichert werden soll</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>Anonymized copy %1</source>
        <translation>Anonymisierte Kopie %1</translation>
    </message>
    <message>
        <source>Name of the copy&apos;s folder</source>
        <translation>Name des Ordners der Kopie</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>After the copy is made, ScanShield reads all of it back, the text in its pictures too, and tells you whether anything of yours is still in it. That can take a few minutes.</source>
        <translation>Nachdem die Kopie erstellt ist, liest ScanShield sie vollständig zurück, auch den Text in ihren Bildern, und sagt Ihnen, ob noch etwas von Ihnen darin ist. Das kann einige Minuten dauern.</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Wählen Sie, wo die Kopie gespeichert werden soll</translation>
    </message>
    <message>
        <source>Choose a folder and give the copy a name.</source>
        <translation>Wählen Sie einen Ordner und geben Sie der Kopie einen Namen.</translation>
    </message>
    <message>
        <source>The name cannot contain / or \.</source>
        <translation>Der Name darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>ScanShield cannot write in %1. Choose another folder.</source>
        <translation>ScanShield kann nicht in %1 schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The copy cannot go inside the original disc. Choose another folder.</source>
        <translation>Die Kopie kann nicht auf dem ursprünglichen Datenträger gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is not enough room there: the copy needs about %1, and %2 is free.</source>
        <translation>Dort ist nicht genug Platz: Die Kopie braucht etwa %1, und %2 sind frei.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyOptionsPage</name>
    <message>
        <source>How to anonymize</source>
        <translation>Wie anonymisiert wird</translation>
    </message>
    <message>
        <source>The choices that protect you most are already made. Change them only if whoever receives the copy needs something kept.</source>
        <translation>Die Einstellungen, die Sie am besten schützen, sind bereits gewählt. Ändern Sie sie nur, wenn die Person, die die Kopie bekommt, etwas davon braucht.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Move all dates by the same secret number of days (recommended)</source>
        <translation>Alle Datumsangaben um dieselbe geheime Anzahl von Tagen verschieben (empfohlen)</translation>
    </message>
    <message>
        <source>The time between your scans stays right, which doctors and researchers often need.</source>
        <translation>Die Zeit zwischen Ihren Untersuchungen bleibt richtig; das brauchen Ärzte und Forschende oft.</translation>
    </message>
    <message>
        <source>Remove the dates</source>
        <translation>Die Datumsangaben entfernen</translation>
    </message>
    <message>
        <source>Safest, but nobody can tell when the scans were made.</source>
        <translation>Am sichersten, aber niemand kann erkennen, wann die Aufnahmen gemacht wurden.</translation>
    </message>
    <message>
        <source>Keep the real dates</source>
        <translation>Die echten Datumsangaben behalten</translation>
    </message>
    <message>
        <source>Your birth date is still removed, but the dates of your visits help others find out who you are.</source>
        <translation>Ihr Geburtsdatum wird trotzdem entfernt, aber die Daten Ihrer Besuche helfen anderen herauszufinden, wer Sie sind.</translation>
    </message>
    <message>
        <source>What to keep or remove</source>
        <translation>Was behalten oder entfernt wird</translation>
    </message>
    <message>
        <source>Black out text written into the pictures (recommended)</source>
        <translation>Text, der in die Bilder geschrieben ist, schwärzen (empfohlen)</translation>
    </message>
    <message numerus="yes">
        <source>ScanShield found text in %n picture(s) of this disc.</source>
        <translation>
            <numerusform>ScanShield hat in %n Bild dieses Datenträgers Text gefunden.</numerusform>
            <numerusform>ScanShield hat in %n Bildern dieses Datenträgers Text gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield found no text in the pictures of this disc.</source>
        <translation>ScanShield hat in den Bildern dieses Datenträgers keinen Text gefunden.</translation>
    </message>
    <message>
        <source>Remove your face from 3D scans of your head (defacing)</source>
        <translation>Ihr Gesicht aus 3D-Aufnahmen Ihres Kopfes entfernen (Defacing)</translation>
    </message>
    <message numerus="yes">
        <source>ScanShield found your face in %n scan(s) of this disc. The front of the head, below the brain, is cut away; the brain is not touched. Leave this off if whoever receives the copy needs to see the face, the sinuses or the eyes.</source>
        <translation>
            <numerusform>ScanShield hat Ihr Gesicht in %n Aufnahme dieses Datenträgers gefunden. Die Vorderseite des Kopfes unterhalb des Gehirns wird weggeschnitten; das Gehirn bleibt unberührt. Lassen Sie dies ausgeschaltet, wenn die Person, die die Kopie bekommt, das Gesicht, die Nasennebenhöhlen oder die Augen sehen muss.</numerusform>
            <numerusform>ScanShield hat Ihr Gesicht in %n Aufnahmen dieses Datenträgers gefunden. Die Vorderseite des Kopfes unterhalb des Gehirns wird weggeschnitten; das Gehirn bleibt unberührt. Lassen Sie dies ausgeschaltet, wenn die Person, die die Kopie bekommt, das Gesicht, die Nasennebenhöhlen oder die Augen sehen muss.</numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield found no 3D scan of a head on this disc.</source>
        <translation>ScanShield hat auf diesem Datenträger keine 3D-Aufnahme eines Kopfes gefunden.</translation>
    </message>
    <message>
        <source>Keep descriptions such as &quot;CT head&quot; that do not name you (recommended)</source>
        <translation>Beschreibungen wie „CT Kopf“ behalten, die Sie nicht nennen (empfohlen)</translation>
    </message>
    <message>
        <source>Descriptions that mention your name, ID or birth date are always removed.</source>
        <translation>Beschreibungen, die Ihren Namen, Ihre Kennnummer oder Ihr Geburtsdatum nennen, werden immer entfernt.</translation>
    </message>
    <message>
        <source>Keep your age, sex, height and weight</source>
        <translation>Ihr Alter, Geschlecht, Ihre Größe und Ihr Gewicht behalten</translation>
    </message>
    <message>
        <source>Researchers often need them, but they narrow down who you are.</source>
        <translation>Forschende brauchen sie oft, aber sie grenzen ein, wer Sie sind.</translation>
    </message>
    <message>
        <source>Keep the name and address of the hospital</source>
        <translation>Name und Adresse des Krankenhauses behalten</translation>
    </message>
    <message>
        <source>Tells where you were treated, and so where you live.</source>
        <translation>Verrät, wo Sie behandelt wurden, und damit, wo Sie wohnen.</translation>
    </message>
    <message>
        <source>Keep the identity of the scanner (serial numbers, station names)</source>
        <translation>Die Identität des Scanners behalten (Seriennummern, Stationsnamen)</translation>
    </message>
    <message>
        <source>Links the scan to one machine in one hospital.</source>
        <translation>Verbindet die Aufnahme mit einem bestimmten Gerät in einem bestimmten Krankenhaus.</translation>
    </message>
    <message>
        <source>Keep the original reference numbers (UIDs)</source>
        <translation>Die ursprünglichen Kennnummern (UIDs) behalten</translation>
    </message>
    <message>
        <source>Only if the receiver must match the copy with the hospital&apos;s records: they lead back to you.</source>
        <translation>Nur wenn die empfangende Stelle die Kopie mit den Unterlagen des Krankenhauses abgleichen muss: Sie führen zu Ihnen zurück.</translation>
    </message>
    <message>
        <source>Also remove drawings and notes saved with the pictures</source>
        <translation>Auch Zeichnungen und Notizen entfernen, die mit den Bildern gespeichert sind</translation>
    </message>
    <message>
        <source>Marks and annotations may hold names or dates.</source>
        <translation>Markierungen und Anmerkungen können Namen oder Datumsangaben enthalten.</translation>
    </message>
    <message>
        <source>Also clean structured reports</source>
        <translation>Auch strukturierte Befundberichte bereinigen</translation>
    </message>
    <message>
        <source>Removes names and places from the contents of reports stored as DICOM files.</source>
        <translation>Entfernt Namen und Orte aus dem Inhalt von Befundberichten, die als DICOM-Dateien gespeichert sind.</translation>
    </message>
    <message>
        <source>Always removed: your name, ID numbers, birth date, address, the doctors&apos; names, and data that only the scanner&apos;s maker can read.</source>
        <translation>Immer entfernt: Ihr Name, Ihre Kennnummern, Ihr Geburtsdatum, Ihre Adresse, die Namen der Ärzte und Daten, die nur der Hersteller des Scanners lesen kann.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyPreviewPage</name>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>emptied</source>
        <translation>geleert</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>Before and after: one file</source>
        <translation>Vorher und nachher: eine Datei</translation>
    </message>
    <message>
        <source>This is what one file of the copy will say, with the choices you made. Nothing has been written yet.</source>
        <translation>So wird eine Datei der Kopie mit den von Ihnen gewählten Einstellungen aussehen. Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>A file from:</source>
        <translation>Eine Datei aus:</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>On your disc</source>
        <translation>Auf Ihrem Datenträger</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>In der Kopie</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Details of one file, before and after</source>
        <translation>Angaben einer Datei, vorher und nachher</translation>
    </message>
    <message>
        <source>Show the values from your disc</source>
        <translation>Die Werte von Ihrem Datenträger anzeigen</translation>
    </message>
    <message>
        <source>Also show what stays the same</source>
        <translation>Auch anzeigen, was gleich bleibt</translation>
    </message>
    <message>
        <source>This file cannot be read, so it cannot be shown here; it will be named in the result if it cannot be copied either.</source>
        <translation>Diese Datei kann nicht gelesen werden und daher hier nicht angezeigt werden; sie wird im Ergebnis genannt, falls sie auch nicht kopiert werden kann.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyProgressPage</name>
    <message>
        <source>Making your copy</source>
        <translation>Ihre Kopie wird erstellt</translation>
    </message>
    <message>
        <source>Your original is only read, never changed. You can stop at any time; nothing is kept then.</source>
        <translation>Ihr Original wird nur gelesen, nie verändert. Sie können jederzeit abbrechen; dann wird nichts behalten.</translation>
    </message>
    <message>
        <source>Progress of the copy</source>
        <translation>Fortschritt der Kopie</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>The disc could not be read again: %1</source>
        <translation>Der Datenträger konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>Finding where to cut your face away from the 3D scans of your head…</source>
        <translation>Es wird ermittelt, wo Ihr Gesicht aus den 3D-Aufnahmen Ihres Kopfes herausgeschnitten wird…</translation>
    </message>
    <message>
        <source>Anonymizing file %1 of %2…</source>
        <translation>Datei %1 von %2 wird anonymisiert…</translation>
    </message>
    <message>
        <source>Checking the copy: reading it back, pictures included, %1 of %2…</source>
        <translation>Die Kopie wird geprüft: Sie wird einschließlich der Bilder zurückgelesen, %1 von %2…</translation>
    </message>
    <message>
        <source>Checking that your face is gone from the copy…</source>
        <translation>Es wird geprüft, ob Ihr Gesicht aus der Kopie entfernt ist…</translation>
    </message>
    <message>
        <source>Stopping, and removing what was written…</source>
        <translation>Wird abgebrochen, und das bisher Geschriebene wird entfernt…</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyResultPage</name>
    <message>
        <source>What the check found, and files not copied</source>
        <translation>Was die Prüfung gefunden hat und welche Dateien nicht kopiert wurden</translation>
    </message>
    <message>
        <source>Open the folder of the copy</source>
        <translation>Den Ordner der Kopie öffnen</translation>
    </message>
    <message>
        <source>Look at the copy in ScanShield</source>
        <translation>Die Kopie in ScanShield ansehen</translation>
    </message>
    <message numerus="yes">
        <source>%n picture file(s) copied to %1.</source>
        <translation>
            <numerusform>%n Bilddatei nach %1 kopiert.</numerusform>
            <numerusform>%n Bilddateien nach %1 kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your face was cut away from the 3D scans of your head (%n picture(s)).</source>
        <translation>
            <numerusform>Ihr Gesicht wurde aus den 3D-Aufnahmen Ihres Kopfes herausgeschnitten (%n Bild).</numerusform>
            <numerusform>Ihr Gesicht wurde aus den 3D-Aufnahmen Ihres Kopfes herausgeschnitten (%n Bilder).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text written into %n picture(s) was blacked out.</source>
        <translation>
            <numerusform>Text in %n Bild wurde geschwärzt.</numerusform>
            <numerusform>Text in %n Bildern wurde geschwärzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that are not pictures copied as they were, into the folder OTHER.</source>
        <translation>
            <numerusform>%n Datei, die kein Bild ist, wurde unverändert in den Ordner OTHER kopiert.</numerusform>
            <numerusform>%n Dateien, die keine Bilder sind, wurden unverändert in den Ordner OTHER kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>All dates were moved by the same number of days.</source>
        <translation>Alle Datumsangaben wurden um dieselbe Anzahl von Tagen verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be copied; they are listed below.</source>
        <translation>
            <numerusform>%n Datei konnte nicht kopiert werden; sie ist unten aufgeführt.</numerusform>
            <numerusform>%n Dateien konnten nicht kopiert werden; sie sind unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy&apos;s README.TXT says what was done, for whoever receives it.</source>
        <translation>Die Datei README.TXT der Kopie erklärt der empfangenden Person, was gemacht wurde.</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Es wurde keine Kopie erstellt</translation>
    </message>
    <message>
        <source>The copy was stopped. Nothing was kept.</source>
        <translation>Die Kopie wurde abgebrochen. Es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>The copy could not be made.</source>
        <translation>Die Kopie konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Nicht kopiert: %1</translation>
    </message>
    <message>
        <source>Your anonymized copy is ready</source>
        <translation>Ihre anonymisierte Kopie ist fertig</translation>
    </message>
    <message>
        <source>Checked: nothing that identifies you was found in the copy.</source>
        <translation>Geprüft: In der Kopie wurde nichts gefunden, was Sie erkennbar macht.</translation>
    </message>
    <message>
        <source>ScanShield read every file of the copy back, and the text in its pictures, looking for your name, ID numbers, birth date and every other detail it found on your disc. None was there.</source>
        <translation>ScanShield hat jede Datei der Kopie zurückgelesen, auch den Text in ihren Bildern, und nach Ihrem Namen, Ihren Kennnummern, Ihrem Geburtsdatum und allen anderen Angaben gesucht, die es auf Ihrem Datenträger gefunden hat. Nichts davon war enthalten.</translation>
    </message>
    <message>
        <source>The copy is not safe yet</source>
        <translation>Die Kopie ist noch nicht sicher</translation>
    </message>
    <message>
        <source>Do not give this copy to anyone yet: details of yours are still in it.</source>
        <translation>Geben Sie diese Kopie noch niemandem: Es sind noch Angaben von Ihnen darin.</translation>
    </message>
    <message>
        <source>ScanShield read the copy back and found what is listed below. You can delete the copy, change your choices (leave out the files named here) and make a new one.</source>
        <translation>ScanShield hat die Kopie zurückgelesen und das gefunden, was unten aufgeführt ist. Sie können die Kopie löschen, Ihre Auswahl ändern (die hier genannten Dateien weglassen) und eine neue erstellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in the copy: %1%2, in %3</source>
        <translation>Noch in der Kopie: %1%2, in %3</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyWizard</name>
    <message>
        <source>Make a safe copy</source>
        <translation>Sichere Kopie erstellen</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::TextInPictureDialog</name>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>your birth date</source>
        <translation>Ihr Geburtsdatum</translation>
    </message>
    <message>
        <source>your ID number</source>
        <translation>Ihre Kennnummer</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of text</source>
        <translation>
            <numerusform>%n Textstück</numerusform>
            <numerusform>%n Textstücke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other piece(s) of text</source>
        <translation>
            <numerusform>%n weiteres Textstück</numerusform>
            <numerusform>%n weitere Textstücke</numerusform>
        </translation>
    </message>
    <message>
        <source>The pink boxes show text ScanShield read in this picture: %1.</source>
        <translation>Die rosa Rahmen zeigen Text, den ScanShield in diesem Bild gelesen hat: %1.</translation>
    </message>
    <message>
        <source>The box with the solid line is the text you chose.</source>
        <translation>Der Rahmen mit der durchgezogenen Linie ist der Text, den Sie ausgewählt haben.</translation>
    </message>
    <message>
        <source>The box with the solid line is the text you chose: %1.</source>
        <translation>Der Rahmen mit der durchgezogenen Linie ist der Text, den Sie ausgewählt haben: %1.</translation>
    </message>
    <message>
        <source>A computer read these letters, so some may be wrong.</source>
        <translation>Ein Computer hat diese Buchstaben gelesen, daher können einige falsch sein.</translation>
    </message>
    <message>
        <source>Text in your picture</source>
        <translation>Text in Ihrem Bild</translation>
    </message>
    <message>
        <source>What the boxes show</source>
        <translation>Was die Rahmen zeigen</translation>
    </message>
    <message>
        <source>The picture, with the text ScanShield read in it outlined</source>
        <translation>Das Bild, mit umrahmtem Text, den ScanShield darin gelesen hat</translation>
    </message>
    <message>
        <source>Outline the text</source>
        <translation>Text umrahmen</translation>
    </message>
    <message>
        <source>Switch the boxes off to see the picture as it is.</source>
        <translation>Schalten Sie die Rahmen aus, um das Bild so zu sehen, wie es ist.</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>A picture in the file %1</source>
        <translation>Ein Bild in der Datei %1</translation>
    </message>
    <message>
        <source>%1, image %2 of %3</source>
        <translation>%1, Bild %2 von %3</translation>
    </message>
    <message>
        <source>Picture %1 of %2 with this text: %3</source>
        <translation>Bild %1 von %2 mit diesem Text: %3</translation>
    </message>
</context>
<context>
    <name>scanshield::viewer::FaceView</name>
    <message>
        <source>3D picture of your head</source>
        <translation>3D-Bild Ihres Kopfes</translation>
    </message>
    <message>
        <source>Drag to turn the head, use the mouse wheel to zoom.
The arrow keys turn it too; Home shows the face again.</source>
        <translation>Ziehen Sie mit der Maus, um den Kopf zu drehen, und zoomen Sie mit dem Mausrad.
Auch die Pfeiltasten drehen ihn; Pos1 zeigt wieder das Gesicht.</translation>
    </message>
    <message>
        <source>No 3D picture yet.</source>
        <translation>Noch kein 3D-Bild.</translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can rebuild this picture of your face.</source>
        <translation>Jeder mit einer Kopie dieses Datenträgers kann dieses Bild Ihres Gesichts nachbilden.</translation>
    </message>
    <message>
        <source>This series has no pictures to build a head from.</source>
        <translation>Diese Serie enthält keine Bilder, aus denen sich ein Kopf erstellen lässt.</translation>
    </message>
    <message>
        <source>Building the 3D picture of your head…</source>
        <translation>Das 3D-Bild Ihres Kopfes wird erstellt…</translation>
    </message>
    <message>
        <source>ScanShield found no outline of a head in this series.</source>
        <translation>ScanShield hat in dieser Serie keinen Umriss eines Kopfes gefunden.</translation>
    </message>
    <message>
        <source>The 3D picture was stopped before it was finished.</source>
        <translation>Das 3D-Bild wurde abgebrochen, bevor es fertig war.</translation>
    </message>
    <message>
        <source>Drag to turn the head · wheel to zoom · arrow keys turn it too</source>
        <translation>Ziehen dreht den Kopf · Mausrad zoomt · Pfeiltasten drehen ihn auch</translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can still rebuild a picture of your face from this series.</source>
        <translation>Jeder mit einer Kopie dieses Datenträgers kann aus dieser Serie noch immer ein Bild Ihres Gesichts nachbilden.</translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display, and there is none here.</source>
        <translation>Das 3D-Bild braucht eine grafische Anzeige, und hier gibt es keine.</translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display, and the one here cannot be opened.</source>
        <translation>Das 3D-Bild braucht eine grafische Anzeige, und die hiesige kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display with OpenGL, and the one here has none.</source>
        <translation>Das 3D-Bild braucht eine grafische Anzeige mit OpenGL, und die hiesige hat keins.</translation>
    </message>
</context>
<context>
    <name>scanshield::viewer::SliceView</name>
    <message>
        <source>Picture viewer</source>
        <translation>Bildbetrachter</translation>
    </message>
    <message>
        <source>Scroll or use the arrow keys to move through the images.
Drag to change brightness and contrast.
Right-drag or Ctrl+scroll to zoom; middle-drag or Shift+drag to move the picture.
Double-click or press R to start over.</source>
        <translation>Scrollen Sie oder verwenden Sie die Pfeiltasten, um durch die Bilder zu blättern.
Ziehen Sie mit der Maus, um Helligkeit und Kontrast zu ändern.
Ziehen Sie mit der rechten Maustaste oder scrollen Sie mit Strg, um zu zoomen; ziehen Sie mit der mittleren Maustaste oder mit Umschalt, um das Bild zu verschieben.
Doppelklicken Sie oder drücken Sie R, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>there is no such image in this series</source>
        <translation>dieses Bild gibt es in dieser Serie nicht</translation>
    </message>
    <message>
        <source>No pictures to show</source>
        <translation>Keine Bilder zum Anzeigen</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>%1 · Loading…</source>
        <translation>%1 · Wird geladen…</translation>
    </message>
    <message>
        <source>%1 · Cannot be shown</source>
        <translation>%1 · Kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1 · Colour picture</source>
        <translation>%1 · Farbbild</translation>
    </message>
    <message>
        <source>%1 · Brightness and contrast %2</source>
        <translation>%1 · Helligkeit und Kontrast %2</translation>
    </message>
    <message>
        <source>this picture could not be decoded</source>
        <translation>dieses Bild konnte nicht entschlüsselt werden</translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Das Bild wird geladen…</translation>
    </message>
</context>
</TS>
