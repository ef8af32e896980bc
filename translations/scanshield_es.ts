<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnonymizationPreview</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of data)</source>
        <translation>
            <numerusform>(%n byte de datos)</numerusform>
            <numerusform>(%n bytes de datos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor data (private)</source>
        <translation>Datos del fabricante (privados)</translation>
    </message>
</context>
<context>
    <name>AttributeCatalogue</name>
    <message>
        <source>Who you are</source>
        <translation>Quién es usted</translation>
    </message>
    <message>
        <source>Details that say who you are: your name, patient numbers, address and phone, and the hidden reference numbers that link these files to your hospital record.</source>
        <translation>Datos que dicen quién es usted: su nombre, números de paciente, dirección y teléfono, y los números de referencia ocultos que vinculan estos archivos con su historia clínica del hospital.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>The dates and times of your birth, visits, scans and treatment, and your age. Together with other details, dates make it easy to pick you out.</source>
        <translation>Las fechas y horas de su nacimiento, visitas, estudios y tratamiento, y su edad. Junto con otros datos, las fechas permiten identificarle con facilidad.</translation>
    </message>
    <message>
        <source>Places and institutions</source>
        <translation>Lugares e instituciones</translation>
    </message>
    <message>
        <source>The hospital, clinic or department where you were seen and other places named in the files. They show where you received care and hint at where you live.</source>
        <translation>El hospital, la clínica o el servicio donde le atendieron y otros lugares que aparecen en los archivos. Muestran dónde recibió atención y dan pistas de dónde vive.</translation>
    </message>
    <message>
        <source>Doctors and staff</source>
        <translation>Médicos y personal</translation>
    </message>
    <message>
        <source>The names and contact details of doctors, technologists and other people involved in your care. They show who treats you and can lead back to you.</source>
        <translation>Los nombres y datos de contacto de médicos, técnicos y otras personas que participaron en su atención. Muestran quién le trata y pueden llevar hasta usted.</translation>
    </message>
    <message>
        <source>Machines and software</source>
        <translation>Equipos y software</translation>
    </message>
    <message>
        <source>The scanners, workstations and programs that made your images, with their names and serial numbers. They can point to the exact hospital and even the room.</source>
        <translation>Los escáneres, estaciones de trabajo y programas que crearon sus imágenes, con sus nombres y números de serie. Pueden señalar el hospital exacto e incluso la sala.</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Descriptions, comments and reports typed by staff. They often reveal health details and sometimes contain names, dates or numbers typed in by hand.</source>
        <translation>Descripciones, comentarios e informes escritos por el personal. A menudo revelan datos de salud y a veces contienen nombres, fechas o números introducidos manualmente.</translation>
    </message>
    <message>
        <source>Private vendor data</source>
        <translation>Datos privados del fabricante</translation>
    </message>
    <message>
        <source>Extra data that scanner makers store in their own formats. Ordinary viewers do not show it, but it can hide names, dates and numbers.</source>
        <translation>Datos adicionales que los fabricantes de escáneres guardan en sus propios formatos. Los visores normales no los muestran, pero pueden esconder nombres, fechas y números.</translation>
    </message>
    <message>
        <source>Text burned into the pictures</source>
        <translation>Texto grabado en las imágenes</translation>
    </message>
    <message>
        <source>Words drawn into the picture itself, such as your name or the date on an ultrasound or X-ray. Removing the hidden details does not remove them.</source>
        <translation>Palabras dibujadas dentro de la propia imagen, como su nombre o la fecha en una ecografía o radiografía. Quitar los datos ocultos no las elimina.</translation>
    </message>
    <message>
        <source>Your face</source>
        <translation>Su cara</translation>
    </message>
    <message>
        <source>A CT or MRI of your head can be turned into a 3D picture of your face, which face recognition software could match to a photo of you.</source>
        <translation>Un TAC o una resonancia magnética de la cabeza puede convertirse en una imagen 3D de su cara, que un software de reconocimiento facial podría comparar con una foto suya.</translation>
    </message>
    <message>
        <source>Files outside the images</source>
        <translation>Archivos fuera de las imágenes</translation>
    </message>
    <message>
        <source>Other files on the disc, such as labels, printed reports, web pages and viewer programs, which can contain your name and other details.</source>
        <translation>Otros archivos del disco, como etiquetas, informes impresos, páginas web y programas visores, que pueden contener su nombre y otros datos.</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>All geographic subdivisions smaller than a state, including street address, city, county, precinct, ZIP code and their equivalent geocodes (the first three ZIP digits may stay if that area holds more than 20,000 people)</source>
        <translation>Todas las subdivisiones geográficas menores que un estado, incluidos la dirección postal, la ciudad, el condado, el distrito, el código postal (ZIP) y sus geocódigos equivalentes (pueden conservarse los tres primeros dígitos del código ZIP si esa zona tiene más de 20 000 habitantes)</translation>
    </message>
    <message>
        <source>All elements of dates (except year) for dates directly related to an individual, including birth, admission, discharge and death dates; and all ages over 89 and date elements (including year) indicating such age, unless grouped as 90 or older</source>
        <translation>Todos los elementos de las fechas (excepto el año) directamente relacionadas con una persona, incluidas las fechas de nacimiento, ingreso, alta y defunción; y todas las edades superiores a 89 años y los elementos de fecha (incluido el año) que indiquen esa edad, salvo que se agrupen como 90 o más</translation>
    </message>
    <message>
        <source>Telephone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Fax numbers</source>
        <translation>Números de fax</translation>
    </message>
    <message>
        <source>Electronic mail addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Números de la seguridad social</translation>
    </message>
    <message>
        <source>Medical record numbers</source>
        <translation>Números de historia clínica</translation>
    </message>
    <message>
        <source>Health plan beneficiary numbers</source>
        <translation>Números de beneficiario del seguro médico</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>Números de cuenta</translation>
    </message>
    <message>
        <source>Certificate/license numbers</source>
        <translation>Números de certificado o licencia</translation>
    </message>
    <message>
        <source>Vehicle identifiers and serial numbers, including license plate numbers</source>
        <translation>Identificadores y números de serie de vehículos, incluidos los números de matrícula</translation>
    </message>
    <message>
        <source>Device identifiers and serial numbers</source>
        <translation>Identificadores y números de serie de dispositivos</translation>
    </message>
    <message>
        <source>Web Universal Resource Locators (URLs)</source>
        <translation>Localizadores uniformes de recursos web (URL)</translation>
    </message>
    <message>
        <source>Internet Protocol (IP) address numbers</source>
        <translation>Direcciones de protocolo de internet (IP)</translation>
    </message>
    <message>
        <source>Biometric identifiers, including finger and voice prints</source>
        <translation>Identificadores biométricos, incluidas las huellas dactilares y de voz</translation>
    </message>
    <message>
        <source>Full-face photographs and any comparable images</source>
        <translation>Fotografías de rostro completo y cualquier imagen comparable</translation>
    </message>
    <message>
        <source>Any other unique identifying number, characteristic, or code (except a re-identification code permitted by 164.514(c))</source>
        <translation>Cualquier otro número, característica o código de identificación único (excepto un código de reidentificación permitido por 164.514(c))</translation>
    </message>
    <message>
        <source>A reference number for an affected image</source>
        <translation>Un número de referencia de una imagen afectada</translation>
    </message>
    <message>
        <source>A unique number naming the image that a hospital network command acted on; it can be matched to records of your scan.</source>
        <translation>Un número único que identifica la imagen sobre la que actuó una orden de la red del hospital; puede cotejarse con los registros de su estudio.</translation>
    </message>
    <message>
        <source>A reference number for a requested image</source>
        <translation>Un número de referencia de una imagen solicitada</translation>
    </message>
    <message>
        <source>A unique number naming an image a hospital system asked for, which can be matched to its records of your scan.</source>
        <translation>Un número único que identifica una imagen que pidió un sistema del hospital y que puede cotejarse con sus registros de su estudio.</translation>
    </message>
    <message>
        <source>The file&apos;s unique reference number</source>
        <translation>El número de referencia único del archivo</translation>
    </message>
    <message>
        <source>A unique number stamped on this file when it was written to the disc; the hospital can use it to find the original.</source>
        <translation>Un número único asignado a este archivo cuando se grabó en el disco; el hospital puede usarlo para encontrar el original.</translation>
    </message>
    <message>
        <source>A reference number in the disc&apos;s index</source>
        <translation>Un número de referencia del índice del disco</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents lists each image by its unique number, which matches the hospital&apos;s copy of your scan.</source>
        <translation>El índice del disco enumera cada imagen por su número único, que coincide con la copia de su estudio que tiene el hospital.</translation>
    </message>
    <message>
        <source>The date this file was made</source>
        <translation>La fecha en que se creó este archivo</translation>
    </message>
    <message>
        <source>The day this image file was created, usually the day of your scan, so it shows when you were seen.</source>
        <translation>El día en que se creó este archivo de imagen, normalmente el día de su estudio, por lo que muestra cuándo le atendieron.</translation>
    </message>
    <message>
        <source>The time this file was made</source>
        <translation>La hora en que se creó este archivo</translation>
    </message>
    <message>
        <source>The time of day this image file was created, which narrows down when you were at the hospital.</source>
        <translation>La hora del día en que se creó este archivo de imagen, lo que acota cuándo estuvo usted en el hospital.</translation>
    </message>
    <message>
        <source>A number for the computer that made the file</source>
        <translation>Un número del ordenador que creó el archivo</translation>
    </message>
    <message>
        <source>A unique number naming the machine or software that created this file, which can point to one hospital system.</source>
        <translation>Un número único que identifica el equipo o el software que creó este archivo y que puede señalar un sistema de un hospital concreto.</translation>
    </message>
    <message>
        <source>When a system corrected this file</source>
        <translation>Cuándo corrigió un sistema este archivo</translation>
    </message>
    <message>
        <source>The date and time a hospital system corrected details in this file while handling your scan.</source>
        <translation>La fecha y hora en que un sistema del hospital corrigió datos de este archivo mientras procesaba su estudio.</translation>
    </message>
    <message>
        <source>A unique number for this scanner run</source>
        <translation>Un número único de esta sesión del escáner</translation>
    </message>
    <message>
        <source>A unique number given to one run of the scanner; the hospital can use it to trace these images back to you.</source>
        <translation>Un número único asignado a una sesión del escáner; el hospital puede usarlo para relacionar estas imágenes con usted.</translation>
    </message>
    <message>
        <source>A unique number for this image</source>
        <translation>Un número único de esta imagen</translation>
    </message>
    <message>
        <source>Every image gets its own unique number, which the hospital&apos;s archive can match straight back to your record.</source>
        <translation>Cada imagen recibe su propio número único, que el archivo de imágenes del hospital puede relacionar directamente con su historia clínica.</translation>
    </message>
    <message>
        <source>A unique number for a zoomable slide image</source>
        <translation>Un número único de una imagen de preparación ampliable</translation>
    </message>
    <message>
        <source>A unique number shared by all zoom levels of a microscope slide image, linking them back to your tissue sample.</source>
        <translation>Un número único que comparten todos los niveles de ampliación de la imagen de una preparación de microscopio y que la vincula con su muestra de tejido.</translation>
    </message>
    <message>
        <source>The date of your scan</source>
        <translation>La fecha de su estudio</translation>
    </message>
    <message>
        <source>The day your scan was done; together with other details it can help someone pick you out.</source>
        <translation>El día en que se hizo su estudio; junto con otros datos, puede ayudar a alguien a identificarle.</translation>
    </message>
    <message>
        <source>The date of this set of pictures</source>
        <translation>La fecha de esta serie de imágenes</translation>
    </message>
    <message>
        <source>The day this group of images was taken, normally the same day as your scan.</source>
        <translation>El día en que se tomó este grupo de imágenes, normalmente el mismo día de su estudio.</translation>
    </message>
    <message>
        <source>The date the pictures were taken</source>
        <translation>La fecha en que se tomaron las imágenes</translation>
    </message>
    <message>
        <source>The day the scanner actually recorded these images, which shows when you were at the hospital.</source>
        <translation>El día en que el escáner registró realmente estas imágenes, lo que muestra cuándo estuvo usted en el hospital.</translation>
    </message>
    <message>
        <source>The date the image content was made</source>
        <translation>La fecha en que se creó el contenido de la imagen</translation>
    </message>
    <message>
        <source>The day the content of this image was created, normally the day of your scan.</source>
        <translation>El día en que se creó el contenido de esta imagen, normalmente el día de su estudio.</translation>
    </message>
    <message>
        <source>The date of markings drawn on the image</source>
        <translation>La fecha de las marcas dibujadas en la imagen</translation>
    </message>
    <message>
        <source>The day outlines or markings were added over the image, usually close to your scan or its reading.</source>
        <translation>El día en que se añadieron contornos o marcas sobre la imagen, normalmente cerca de la fecha de su estudio o de su lectura.</translation>
    </message>
    <message>
        <source>The date of attached graph data</source>
        <translation>La fecha de los datos gráficos adjuntos</translation>
    </message>
    <message>
        <source>The day graph-like data, such as a heart trace, was recorded alongside your images.</source>
        <translation>El día en que se registraron datos en forma de gráfico, como un trazado cardíaco, junto con sus imágenes.</translation>
    </message>
    <message>
        <source>The date and time the pictures were taken</source>
        <translation>La fecha y hora en que se tomaron las imágenes</translation>
    </message>
    <message>
        <source>The exact moment the scanner recorded these images, which pins down when you were there.</source>
        <translation>El momento exacto en que el escáner registró estas imágenes, lo que precisa cuándo estuvo usted allí.</translation>
    </message>
    <message>
        <source>The time of your scan</source>
        <translation>La hora de su estudio</translation>
    </message>
    <message>
        <source>The time of day your scan started; with the date it narrows down who was being scanned.</source>
        <translation>La hora del día en que empezó su estudio; junto con la fecha, acota quién se estaba haciendo el estudio.</translation>
    </message>
    <message>
        <source>The time of this set of pictures</source>
        <translation>La hora de esta serie de imágenes</translation>
    </message>
    <message>
        <source>The time of day this group of images was started during your visit.</source>
        <translation>La hora del día en que se empezó este grupo de imágenes durante su visita.</translation>
    </message>
    <message>
        <source>The time the pictures were taken</source>
        <translation>La hora en que se tomaron las imágenes</translation>
    </message>
    <message>
        <source>The time of day the scanner recorded these images during your visit.</source>
        <translation>La hora del día en que el escáner registró estas imágenes durante su visita.</translation>
    </message>
    <message>
        <source>The time the image content was made</source>
        <translation>La hora en que se creó el contenido de la imagen</translation>
    </message>
    <message>
        <source>The time of day the content of this image was created, usually during your scan.</source>
        <translation>La hora del día en que se creó el contenido de esta imagen, normalmente durante su estudio.</translation>
    </message>
    <message>
        <source>The time of markings drawn on the image</source>
        <translation>La hora de las marcas dibujadas en la imagen</translation>
    </message>
    <message>
        <source>The time of day outlines or markings were added over the image.</source>
        <translation>La hora del día en que se añadieron contornos o marcas sobre la imagen.</translation>
    </message>
    <message>
        <source>The time of attached graph data</source>
        <translation>La hora de los datos gráficos adjuntos</translation>
    </message>
    <message>
        <source>The time of day graph-like data, such as a heart trace, was recorded with your images.</source>
        <translation>La hora del día en que se registraron datos en forma de gráfico, como un trazado cardíaco, con sus imágenes.</translation>
    </message>
    <message>
        <source>The order number for your scan</source>
        <translation>El número de solicitud de su estudio</translation>
    </message>
    <message>
        <source>The number the hospital gave the order for your scan; staff can use it to look up you and your report.</source>
        <translation>El número que el hospital dio a la solicitud de su estudio; el personal puede usarlo para buscarle a usted y su informe.</translation>
    </message>
    <message>
        <source>The network name of the image archive</source>
        <translation>El nombre de red del archivo de imágenes</translation>
    </message>
    <message>
        <source>The name the hospital&apos;s image archive uses on its network, which can reveal which hospital holds your images.</source>
        <translation>El nombre que usa en la red el archivo de imágenes del hospital, que puede revelar qué hospital guarda sus imágenes.</translation>
    </message>
    <message>
        <source>The network name of the machine</source>
        <translation>El nombre de red del equipo</translation>
    </message>
    <message>
        <source>The name a scanner or workstation uses on the hospital network, which can identify the site and the machine.</source>
        <translation>El nombre que usa un escáner o una estación de trabajo en la red del hospital, que puede identificar el centro y el equipo.</translation>
    </message>
    <message>
        <source>Numbers of images that failed to transfer</source>
        <translation>Números de imágenes que no se pudieron transferir</translation>
    </message>
    <message>
        <source>Unique numbers of images a hospital system could not process, which can be matched to records of your scan.</source>
        <translation>Números únicos de imágenes que un sistema del hospital no pudo procesar y que pueden cotejarse con los registros de su estudio.</translation>
    </message>
    <message>
        <source>The hospital&apos;s name</source>
        <translation>El nombre del hospital</translation>
    </message>
    <message>
        <source>The name of the hospital or clinic where you were scanned, so anyone with the disc can see where you went.</source>
        <translation>El nombre del hospital o la clínica donde se hizo su estudio, así que cualquiera que tenga el disco puede ver adónde fue.</translation>
    </message>
    <message>
        <source>The hospital&apos;s address</source>
        <translation>La dirección del hospital</translation>
    </message>
    <message>
        <source>The street address of the hospital or clinic, which shows where you received care and hints at where you live.</source>
        <translation>La dirección postal del hospital o la clínica, que muestra dónde recibió atención y da pistas de dónde vive.</translation>
    </message>
    <message>
        <source>A code for the hospital</source>
        <translation>Un código del hospital</translation>
    </message>
    <message>
        <source>A code that stands for the hospital or clinic where you were scanned, which anyone can look up.</source>
        <translation>Un código que representa el hospital o la clínica donde se hizo su estudio y que cualquiera puede consultar.</translation>
    </message>
    <message>
        <source>The doctor who asked for your scan</source>
        <translation>El médico que pidió su estudio</translation>
    </message>
    <message>
        <source>The name of the doctor who referred you, which shows who treats you and hints at your condition.</source>
        <translation>El nombre del médico que le remitió, que muestra quién le trata y da pistas sobre su enfermedad.</translation>
    </message>
    <message>
        <source>Your referring doctor&apos;s address</source>
        <translation>La dirección del médico que le remitió</translation>
    </message>
    <message>
        <source>The address of the doctor who sent you for the scan, which hints at the area where you live.</source>
        <translation>La dirección del médico que le envió a hacerse el estudio, que da pistas sobre la zona donde vive.</translation>
    </message>
    <message>
        <source>Your referring doctor&apos;s phone number</source>
        <translation>El teléfono del médico que le remitió</translation>
    </message>
    <message>
        <source>The phone number of the doctor who sent you for the scan, which leads straight to the practice that knows you.</source>
        <translation>El número de teléfono del médico que le envió a hacerse el estudio, que lleva directamente a la consulta que le conoce.</translation>
    </message>
    <message>
        <source>ID details of your referring doctor</source>
        <translation>Datos de identificación del médico que le remitió</translation>
    </message>
    <message>
        <source>Names and codes, such as a staff or licence number, that identify the doctor who referred you.</source>
        <translation>Nombres y códigos, como un número de personal o de colegiado, que identifican al médico que le remitió.</translation>
    </message>
    <message>
        <source>A doctor consulted about your scan</source>
        <translation>Un médico consultado sobre su estudio</translation>
    </message>
    <message>
        <source>The name of a doctor who was asked for advice about your case.</source>
        <translation>El nombre de un médico al que se pidió opinión sobre su caso.</translation>
    </message>
    <message>
        <source>ID details of the consulting doctor</source>
        <translation>Datos de identificación del médico consultado</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor who was asked for advice about your case.</source>
        <translation>Nombres y códigos que identifican al médico al que se pidió opinión sobre su caso.</translation>
    </message>
    <message>
        <source>The version date of a code list</source>
        <translation>La fecha de versión de una lista de códigos</translation>
    </message>
    <message>
        <source>The release date of a standard list of medical codes; it says nothing about you but may hold stray text.</source>
        <translation>La fecha de publicación de una lista estándar de códigos médicos; no dice nada sobre usted, pero puede contener texto suelto.</translation>
    </message>
    <message>
        <source>A hospital&apos;s version of a code list</source>
        <translation>La versión de un hospital de una lista de códigos</translation>
    </message>
    <message>
        <source>A version label for a hospital&apos;s own changes to a standard code list, which can hint at which hospital made the file.</source>
        <translation>Una etiqueta de versión para los cambios propios de un hospital en una lista estándar de códigos, que puede dar pistas de qué hospital creó el archivo.</translation>
    </message>
    <message>
        <source>The time zone of the hospital</source>
        <translation>La zona horaria del hospital</translation>
    </message>
    <message>
        <source>The local time zone where the images were made, which narrows down the region you were in.</source>
        <translation>La zona horaria local donde se crearon las imágenes, que acota la región en la que usted estaba.</translation>
    </message>
    <message>
        <source>An old network name of the machine</source>
        <translation>Un nombre de red antiguo del equipo</translation>
    </message>
    <message>
        <source>An old-style network name for the scanner or workstation, which can point to the hospital.</source>
        <translation>Un nombre de red de estilo antiguo del escáner o la estación de trabajo, que puede señalar el hospital.</translation>
    </message>
    <message>
        <source>The name of the scanner</source>
        <translation>El nombre del escáner</translation>
    </message>
    <message>
        <source>The name the hospital gave the machine that scanned you, which can reveal the hospital and even the room.</source>
        <translation>El nombre que el hospital dio al equipo que le hizo el estudio, que puede revelar el hospital e incluso la sala.</translation>
    </message>
    <message>
        <source>A description of your scan</source>
        <translation>Una descripción de su estudio</translation>
    </message>
    <message>
        <source>Short text naming what was scanned, such as &apos;MRI brain with contrast&apos;, which reveals health details and may hold typed notes.</source>
        <translation>Texto breve que indica qué se estudió, como &apos;RM cerebral con contraste&apos;, que revela datos de salud y puede contener notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of this set of pictures</source>
        <translation>Una descripción de esta serie de imágenes</translation>
    </message>
    <message>
        <source>Short text describing this group of images, which staff sometimes fill with names or notes.</source>
        <translation>Texto breve que describe este grupo de imágenes y que el personal a veces rellena con nombres o notas.</translation>
    </message>
    <message>
        <source>The hospital department</source>
        <translation>El servicio del hospital</translation>
    </message>
    <message>
        <source>The department that did your scan, such as radiology or cardiology, which hints at your condition.</source>
        <translation>El servicio que hizo su estudio, como radiología o cardiología, que da pistas sobre su enfermedad.</translation>
    </message>
    <message>
        <source>A code for the type of department</source>
        <translation>Un código del tipo de servicio</translation>
    </message>
    <message>
        <source>A code saying what kind of department did your scan, such as cancer care, which hints at your condition.</source>
        <translation>Un código que indica qué tipo de servicio hizo su estudio, como oncología, que da pistas sobre su enfermedad.</translation>
    </message>
    <message>
        <source>The doctors responsible for your care</source>
        <translation>Los médicos responsables de su atención</translation>
    </message>
    <message>
        <source>The names of the doctors officially in charge of your care at the time of the scan.</source>
        <translation>Los nombres de los médicos oficialmente a cargo de su atención en el momento del estudio.</translation>
    </message>
    <message>
        <source>ID details of your responsible doctors</source>
        <translation>Datos de identificación de sus médicos responsables</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctors officially in charge of your care.</source>
        <translation>Nombres y códigos que identifican a los médicos oficialmente a cargo de su atención.</translation>
    </message>
    <message>
        <source>The doctor who performed the scan</source>
        <translation>El médico que realizó el estudio</translation>
    </message>
    <message>
        <source>The name of the doctor who carried out your scan or procedure.</source>
        <translation>El nombre del médico que llevó a cabo su estudio o procedimiento.</translation>
    </message>
    <message>
        <source>ID details of the performing doctor</source>
        <translation>Datos de identificación del médico que realizó el estudio</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor who carried out your scan or procedure.</source>
        <translation>Nombres y códigos que identifican al médico que llevó a cabo su estudio o procedimiento.</translation>
    </message>
    <message>
        <source>The doctor who read your scan</source>
        <translation>El médico que interpretó su estudio</translation>
    </message>
    <message>
        <source>The name of the radiologist who looked at your images and wrote the report.</source>
        <translation>El nombre del radiólogo que revisó sus imágenes y redactó el informe.</translation>
    </message>
    <message>
        <source>ID details of the doctor who read your scan</source>
        <translation>Datos de identificación del médico que interpretó su estudio</translation>
    </message>
    <message>
        <source>Names and codes that identify the radiologist who looked at your images.</source>
        <translation>Nombres y códigos que identifican al radiólogo que revisó sus imágenes.</translation>
    </message>
    <message>
        <source>The staff who ran the scanner</source>
        <translation>El personal que manejó el escáner</translation>
    </message>
    <message>
        <source>The names of the technologists who operated the scanner during your visit.</source>
        <translation>Los nombres de los técnicos que manejaron el escáner durante su visita.</translation>
    </message>
    <message>
        <source>ID details of the scanner staff</source>
        <translation>Datos de identificación del personal del escáner</translation>
    </message>
    <message>
        <source>Names and codes that identify the technologists who operated the scanner during your visit.</source>
        <translation>Nombres y códigos que identifican a los técnicos que manejaron el escáner durante su visita.</translation>
    </message>
    <message>
        <source>Why you were admitted</source>
        <translation>Por qué le ingresaron</translation>
    </message>
    <message>
        <source>The diagnosis written down when you were admitted to hospital, which is sensitive health information.</source>
        <translation>El diagnóstico anotado cuando le ingresaron en el hospital, que es información de salud delicada.</translation>
    </message>
    <message>
        <source>Codes for why you were admitted</source>
        <translation>Códigos del motivo de su ingreso</translation>
    </message>
    <message>
        <source>Medical codes for the diagnosis given when you were admitted, which anyone can look up.</source>
        <translation>Códigos médicos del diagnóstico que se le dio al ingresar, que cualquiera puede consultar.</translation>
    </message>
    <message>
        <source>A description of a slide image</source>
        <translation>Una descripción de una imagen de preparación</translation>
    </message>
    <message>
        <source>Text describing a zoomable microscope slide image, which may include notes typed by staff.</source>
        <translation>Texto que describe una imagen ampliable de una preparación de microscopio y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>Links to related scans</source>
        <translation>Enlaces a estudios relacionados</translation>
    </message>
    <message>
        <source>Unique numbers of other scans this one refers to, which connect it to the rest of your records.</source>
        <translation>Números únicos de otros estudios a los que hace referencia este, que lo conectan con el resto de sus registros.</translation>
    </message>
    <message>
        <source>A link to the record of your procedure</source>
        <translation>Un enlace al registro de su procedimiento</translation>
    </message>
    <message>
        <source>Unique numbers linking these images to the hospital&apos;s own record of the procedure you had.</source>
        <translation>Números únicos que vinculan estas imágenes con el registro propio del hospital sobre el procedimiento que le hicieron.</translation>
    </message>
    <message>
        <source>A link to your patient record</source>
        <translation>Un enlace a su historia clínica</translation>
    </message>
    <message>
        <source>A unique number pointing to your patient record in the hospital&apos;s systems.</source>
        <translation>Un número único que apunta a su ficha de paciente en los sistemas del hospital.</translation>
    </message>
    <message>
        <source>Links to related images</source>
        <translation>Enlaces a imágenes relacionadas</translation>
    </message>
    <message>
        <source>Unique numbers of other images this one refers to, such as earlier pictures of you.</source>
        <translation>Números únicos de otras imágenes a las que hace referencia esta, como imágenes anteriores suyas.</translation>
    </message>
    <message>
        <source>A reference number of a related image</source>
        <translation>Un número de referencia de una imagen relacionada</translation>
    </message>
    <message>
        <source>The unique number of another image or document this one refers to, which ties your files together.</source>
        <translation>El número único de otra imagen u otro documento al que hace referencia este, que une sus archivos entre sí.</translation>
    </message>
    <message>
        <source>A unique number for a data request</source>
        <translation>Un número único de una solicitud de datos</translation>
    </message>
    <message>
        <source>A unique number for a hospital system&apos;s request about your images, which can appear in its logs.</source>
        <translation>Un número único de una solicitud de un sistema del hospital sobre sus imágenes, que puede aparecer en sus registros de actividad.</translation>
    </message>
    <message>
        <source>How this image was made from others</source>
        <translation>Cómo se creó esta imagen a partir de otras</translation>
    </message>
    <message>
        <source>Text saying how this image was produced from other images, which may include notes typed by staff.</source>
        <translation>Texto que indica cómo se produjo esta imagen a partir de otras imágenes y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>Links to the original images</source>
        <translation>Enlaces a las imágenes originales</translation>
    </message>
    <message>
        <source>Unique numbers of the images this one was made from, which tie it back to your original scan.</source>
        <translation>Números únicos de las imágenes a partir de las que se creó esta, que la relacionan con su estudio original.</translation>
    </message>
    <message>
        <source>A unique number for one X-ray exposure</source>
        <translation>Un número único de una exposición a rayos X</translation>
    </message>
    <message>
        <source>A unique number for a single radiation exposure during your scan, which links to dose records about you.</source>
        <translation>Un número único de una sola exposición a radiación durante su estudio, que enlaza con registros de dosis sobre usted.</translation>
    </message>
    <message>
        <source>Comments meant to identify the image</source>
        <translation>Comentarios para identificar la imagen</translation>
    </message>
    <message>
        <source>Old-style comments used to label the image, which may contain your name or other personal details.</source>
        <translation>Comentarios de estilo antiguo usados para etiquetar la imagen, que pueden contener su nombre u otros datos personales.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your full name as the hospital recorded it, readable by anyone who opens the disc.</source>
        <translation>Su nombre completo tal como lo registró el hospital, que puede leer cualquiera que abra el disco.</translation>
    </message>
    <message>
        <source>Your hospital patient number</source>
        <translation>Su número de paciente del hospital</translation>
    </message>
    <message>
        <source>The number the hospital files your records under; with it someone can ask about your other visits.</source>
        <translation>El número con el que el hospital archiva sus registros; con él, alguien puede preguntar por sus otras visitas.</translation>
    </message>
    <message>
        <source>Who gave you your patient number</source>
        <translation>Quién le asignó su número de paciente</translation>
    </message>
    <message>
        <source>The hospital or system that issued your patient number, which shows where your records are kept.</source>
        <translation>El hospital o sistema que emitió su número de paciente, que muestra dónde se guardan sus registros.</translation>
    </message>
    <message>
        <source>Your birth date</source>
        <translation>Su fecha de nacimiento</translation>
    </message>
    <message>
        <source>Your date of birth, which together with your sex and postcode is enough to identify most people.</source>
        <translation>Su fecha de nacimiento, que junto con su sexo y su código postal basta para identificar a la mayoría de las personas.</translation>
    </message>
    <message>
        <source>Your birth time</source>
        <translation>Su hora de nacimiento</translation>
    </message>
    <message>
        <source>The time of day you were born, which makes your birth date even more unique to you.</source>
        <translation>La hora del día en que nació, que hace su fecha de nacimiento aún más única.</translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation>Su sexo</translation>
    </message>
    <message>
        <source>The sex recorded for you, which narrows down who you are when combined with your age and the place.</source>
        <translation>El sexo que consta para usted, que acota quién es usted cuando se combina con su edad y el lugar.</translation>
    </message>
    <message>
        <source>Your insurance plan codes</source>
        <translation>Los códigos de su seguro médico</translation>
    </message>
    <message>
        <source>Codes for your health insurance plan, which reveal who insures you and can help trace your policy.</source>
        <translation>Códigos de su seguro médico, que revelan quién le asegura y pueden ayudar a localizar su póliza.</translation>
    </message>
    <message>
        <source>Your main language</source>
        <translation>Su idioma principal</translation>
    </message>
    <message>
        <source>The language you speak, recorded so staff can talk to you; it can hint at your background.</source>
        <translation>El idioma que habla, registrado para que el personal pueda comunicarse con usted; puede dar pistas sobre su origen.</translation>
    </message>
    <message>
        <source>Details about your main language</source>
        <translation>Detalles sobre su idioma principal</translation>
    </message>
    <message>
        <source>Extra detail about the language you speak, such as a dialect, which can hint at your background.</source>
        <translation>Información adicional sobre el idioma que habla, como un dialecto, que puede dar pistas sobre su origen.</translation>
    </message>
    <message>
        <source>Your other patient numbers</source>
        <translation>Sus otros números de paciente</translation>
    </message>
    <message>
        <source>Patient numbers other hospitals or systems have given you, each of which can unlock more of your records.</source>
        <translation>Números de paciente que le han asignado otros hospitales o sistemas; cada uno puede dar acceso a más registros suyos.</translation>
    </message>
    <message>
        <source>Other names you are known by</source>
        <translation>Otros nombres con los que se le conoce</translation>
    </message>
    <message>
        <source>Other names recorded for you, such as a former or married name.</source>
        <translation>Otros nombres que constan para usted, como un nombre anterior o de casado/a.</translation>
    </message>
    <message>
        <source>Your other patient numbers, with issuers</source>
        <translation>Sus otros números de paciente, con quién los emitió</translation>
    </message>
    <message>
        <source>A list of patient numbers from other hospitals or systems, with who issued each one, linking all your records together.</source>
        <translation>Una lista de números de paciente de otros hospitales o sistemas, con quién emitió cada uno, que vincula todos sus registros entre sí.</translation>
    </message>
    <message>
        <source>Your birth name</source>
        <translation>Su nombre de nacimiento</translation>
    </message>
    <message>
        <source>The name you had at birth, if it differs from your name now.</source>
        <translation>El nombre que tenía al nacer, si es distinto de su nombre actual.</translation>
    </message>
    <message>
        <source>Your age</source>
        <translation>Su edad</translation>
    </message>
    <message>
        <source>Your age at the time of the scan; with the scan date it reveals roughly when you were born.</source>
        <translation>Su edad en el momento del estudio; junto con la fecha del estudio, revela aproximadamente cuándo nació.</translation>
    </message>
    <message>
        <source>Your height</source>
        <translation>Su estatura</translation>
    </message>
    <message>
        <source>Your height as recorded for the scan, which narrows down who you are together with other details.</source>
        <translation>Su estatura tal como se registró para el estudio, que junto con otros datos acota quién es usted.</translation>
    </message>
    <message>
        <source>Your weight</source>
        <translation>Su peso</translation>
    </message>
    <message>
        <source>Your body weight as recorded for the scan, which is personal health information.</source>
        <translation>Su peso corporal tal como se registró para el estudio, que es información personal de salud.</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Su dirección</translation>
    </message>
    <message>
        <source>Your home address as the hospital recorded it, which tells anyone with the disc where you live.</source>
        <translation>Su domicilio tal como lo registró el hospital, que dice dónde vive a cualquiera que tenga el disco.</translation>
    </message>
    <message>
        <source>Your insurance plan number</source>
        <translation>El número de su seguro médico</translation>
    </message>
    <message>
        <source>The number of your health insurance plan, which can be used to look up or misuse your coverage.</source>
        <translation>El número de su seguro médico, que puede usarse para consultar su cobertura o hacer un mal uso de ella.</translation>
    </message>
    <message>
        <source>Your mother&apos;s birth name</source>
        <translation>El apellido de soltera de su madre</translation>
    </message>
    <message>
        <source>Your mother&apos;s name before marriage, which is often used as a security question.</source>
        <translation>El nombre de su madre antes de casarse, que a menudo se usa como pregunta de seguridad.</translation>
    </message>
    <message>
        <source>Your military rank</source>
        <translation>Su rango militar</translation>
    </message>
    <message>
        <source>Your rank in the armed forces, which reveals your job and narrows down who you are.</source>
        <translation>Su rango en las fuerzas armadas, que revela su profesión y acota quién es usted.</translation>
    </message>
    <message>
        <source>Your branch of military service</source>
        <translation>Su rama del servicio militar</translation>
    </message>
    <message>
        <source>Which armed service you belong to, such as army or navy, which narrows down who you are.</source>
        <translation>El cuerpo de las fuerzas armadas al que pertenece, como el ejército de tierra o la armada, que acota quién es usted.</translation>
    </message>
    <message>
        <source>Where your medical record is kept</source>
        <translation>Dónde se guarda su historia clínica</translation>
    </message>
    <message>
        <source>A locator for your paper or electronic medical record, which leads straight to your full file.</source>
        <translation>Una referencia para localizar su historia clínica en papel o electrónica, que lleva directamente a su expediente completo.</translation>
    </message>
    <message>
        <source>Links to photos of you</source>
        <translation>Enlaces a fotos suyas</translation>
    </message>
    <message>
        <source>References to photographs of you kept for identification, which may show your face.</source>
        <translation>Referencias a fotografías suyas guardadas para identificarle, que pueden mostrar su cara.</translation>
    </message>
    <message>
        <source>Your medical alerts</source>
        <translation>Sus alertas médicas</translation>
    </message>
    <message>
        <source>Warnings about your health that staff must know, such as a pacemaker or infection, which are sensitive details.</source>
        <translation>Avisos sobre su salud que el personal debe conocer, como un marcapasos o una infección, que son datos delicados.</translation>
    </message>
    <message>
        <source>Your allergies</source>
        <translation>Sus alergias</translation>
    </message>
    <message>
        <source>The allergies recorded for you, such as to contrast dye or medicines, which are personal health details.</source>
        <translation>Las alergias que constan para usted, por ejemplo al contraste o a medicamentos, que son datos personales de salud.</translation>
    </message>
    <message>
        <source>Your country of residence</source>
        <translation>Su país de residencia</translation>
    </message>
    <message>
        <source>The country you live in, which narrows down who you are.</source>
        <translation>El país en el que vive, que acota quién es usted.</translation>
    </message>
    <message>
        <source>Your region of residence</source>
        <translation>Su región de residencia</translation>
    </message>
    <message>
        <source>The region, state or district where you live, which narrows down who you are.</source>
        <translation>La región, el estado o la provincia donde vive, que acota quién es usted.</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Su número de teléfono</translation>
    </message>
    <message>
        <source>Your telephone numbers as the hospital recorded them, which lead straight to you.</source>
        <translation>Sus números de teléfono tal como los registró el hospital, que llevan directamente a usted.</translation>
    </message>
    <message>
        <source>Your phone, fax or email details</source>
        <translation>Sus datos de teléfono, fax o correo electrónico</translation>
    </message>
    <message>
        <source>Ways to contact you, such as phone numbers, fax or email addresses, which lead straight to you.</source>
        <translation>Formas de contactarle, como números de teléfono, fax o direcciones de correo electrónico, que llevan directamente a usted.</translation>
    </message>
    <message>
        <source>Your ethnic group</source>
        <translation>Su grupo étnico</translation>
    </message>
    <message>
        <source>The ethnic group recorded for you, which is sensitive and narrows down who you are.</source>
        <translation>El grupo étnico que consta para usted, que es un dato delicado y acota quién es usted.</translation>
    </message>
    <message>
        <source>Your occupation</source>
        <translation>Su profesión</translation>
    </message>
    <message>
        <source>Your job as recorded by the hospital, which narrows down who you are and may be rare enough to identify you.</source>
        <translation>Su trabajo tal como lo registró el hospital, que acota quién es usted y puede ser tan poco común que le identifique.</translation>
    </message>
    <message>
        <source>Whether you smoke</source>
        <translation>Si fuma</translation>
    </message>
    <message>
        <source>Your smoking status, which is personal health information.</source>
        <translation>Si fuma o no, que es información personal de salud.</translation>
    </message>
    <message>
        <source>Notes on your medical history</source>
        <translation>Notas sobre sus antecedentes médicos</translation>
    </message>
    <message>
        <source>Extra notes about your medical history, which are sensitive and may mention names or places.</source>
        <translation>Notas adicionales sobre sus antecedentes médicos, que son delicadas y pueden mencionar nombres o lugares.</translation>
    </message>
    <message>
        <source>Whether you are pregnant</source>
        <translation>Si está embarazada</translation>
    </message>
    <message>
        <source>Your pregnancy status at the time of the scan, which is personal health information.</source>
        <translation>Si estaba embarazada en el momento del estudio, que es información personal de salud.</translation>
    </message>
    <message>
        <source>The date of your last period</source>
        <translation>La fecha de su última regla</translation>
    </message>
    <message>
        <source>The date your last menstrual period started, a personal date tied to you.</source>
        <translation>La fecha en que empezó su última menstruación, una fecha personal vinculada a usted.</translation>
    </message>
    <message>
        <source>Your religion</source>
        <translation>Su religión</translation>
    </message>
    <message>
        <source>Your religious preference as the hospital recorded it, which is sensitive personal information.</source>
        <translation>Su preferencia religiosa tal como la registró el hospital, que es información personal delicada.</translation>
    </message>
    <message>
        <source>Whether an animal was neutered</source>
        <translation>Si un animal estaba castrado o esterilizado</translation>
    </message>
    <message>
        <source>For animal patients, whether they were neutered; for people this is normally empty.</source>
        <translation>En pacientes animales, si estaban castrados o esterilizados; en personas, normalmente está vacío.</translation>
    </message>
    <message>
        <source>The person responsible for you</source>
        <translation>La persona responsable de usted</translation>
    </message>
    <message>
        <source>The name of a parent, guardian or other person responsible for you, which identifies your family.</source>
        <translation>El nombre de un progenitor, tutor u otra persona responsable de usted, que identifica a su familia.</translation>
    </message>
    <message>
        <source>The organisation responsible for you</source>
        <translation>La organización responsable de usted</translation>
    </message>
    <message>
        <source>The name of an organisation responsible for you, such as a care home or, for animals, an owner&apos;s company.</source>
        <translation>El nombre de una organización responsable de usted, como una residencia o, en el caso de animales, la empresa del dueño.</translation>
    </message>
    <message>
        <source>Comments about you</source>
        <translation>Comentarios sobre usted</translation>
    </message>
    <message>
        <source>Notes staff wrote about you as a patient, which may include names, dates or health details.</source>
        <translation>Notas que el personal escribió sobre usted como paciente, que pueden incluir nombres, fechas o datos de salud.</translation>
    </message>
    <message>
        <source>The sponsor of your clinical trial</source>
        <translation>El promotor de su ensayo clínico</translation>
    </message>
    <message>
        <source>The company or body running a clinical trial you take part in, which reveals your participation.</source>
        <translation>La empresa o entidad que lleva a cabo un ensayo clínico en el que usted participa, lo que revela su participación.</translation>
    </message>
    <message>
        <source>The clinical trial&apos;s ID number</source>
        <translation>El número de identificación del ensayo clínico</translation>
    </message>
    <message>
        <source>The ID of a clinical trial you take part in, which reveals your participation and can hint at your condition.</source>
        <translation>El identificador de un ensayo clínico en el que participa, que revela su participación y puede dar pistas sobre su enfermedad.</translation>
    </message>
    <message>
        <source>The clinical trial&apos;s name</source>
        <translation>El nombre del ensayo clínico</translation>
    </message>
    <message>
        <source>The name of a clinical trial you take part in, which can reveal your illness.</source>
        <translation>El nombre de un ensayo clínico en el que participa, que puede revelar su enfermedad.</translation>
    </message>
    <message>
        <source>Who issued the trial&apos;s ID number</source>
        <translation>Quién emitió el número de identificación del ensayo</translation>
    </message>
    <message>
        <source>The organisation that gave the clinical trial its ID number.</source>
        <translation>La organización que asignó al ensayo clínico su número de identificación.</translation>
    </message>
    <message>
        <source>Other ID numbers of the clinical trial</source>
        <translation>Otros números de identificación del ensayo clínico</translation>
    </message>
    <message>
        <source>Other registration numbers for the clinical trial you take part in, which anyone can look up in trial registers.</source>
        <translation>Otros números de registro del ensayo clínico en el que participa, que cualquiera puede buscar en los registros de ensayos.</translation>
    </message>
    <message>
        <source>The trial site&apos;s ID number</source>
        <translation>El número de identificación del centro del ensayo</translation>
    </message>
    <message>
        <source>The number of the hospital or clinic where you take part in a clinical trial.</source>
        <translation>El número del hospital o la clínica donde participa en un ensayo clínico.</translation>
    </message>
    <message>
        <source>The trial site&apos;s name</source>
        <translation>El nombre del centro del ensayo</translation>
    </message>
    <message>
        <source>The name of the hospital or clinic where you take part in a clinical trial.</source>
        <translation>El nombre del hospital o la clínica donde participa en un ensayo clínico.</translation>
    </message>
    <message>
        <source>Who issued the trial site number</source>
        <translation>Quién emitió el número del centro del ensayo</translation>
    </message>
    <message>
        <source>The organisation that numbered the clinical trial sites.</source>
        <translation>La organización que numeró los centros del ensayo clínico.</translation>
    </message>
    <message>
        <source>Your number in the clinical trial</source>
        <translation>Su número en el ensayo clínico</translation>
    </message>
    <message>
        <source>The code the clinical trial uses for you; the trial team can link it back to your name.</source>
        <translation>El código que el ensayo clínico usa para usted; el equipo del ensayo puede relacionarlo con su nombre.</translation>
    </message>
    <message>
        <source>Who issued your trial number</source>
        <translation>Quién emitió su número del ensayo</translation>
    </message>
    <message>
        <source>The organisation that gave you your clinical trial number.</source>
        <translation>La organización que le asignó su número del ensayo clínico.</translation>
    </message>
    <message>
        <source>Your trial number for image readers</source>
        <translation>Su número del ensayo para los lectores de imágenes</translation>
    </message>
    <message>
        <source>A code for you used when the trial&apos;s experts read your images, which the trial team can link back to you.</source>
        <translation>Un código que se usa para usted cuando los expertos del ensayo leen sus imágenes y que el equipo del ensayo puede relacionar con usted.</translation>
    </message>
    <message>
        <source>Who issued your reader number</source>
        <translation>Quién emitió su número de lector</translation>
    </message>
    <message>
        <source>The organisation that gave you the code used by the trial&apos;s image readers.</source>
        <translation>La organización que le asignó el código que usan los lectores de imágenes del ensayo.</translation>
    </message>
    <message>
        <source>The trial visit this scan belongs to</source>
        <translation>La visita del ensayo a la que pertenece este estudio</translation>
    </message>
    <message>
        <source>A label for the point in the clinical trial when this scan was taken, such as &apos;baseline&apos; or &apos;week 12&apos;.</source>
        <translation>Una etiqueta del momento del ensayo clínico en que se hizo este estudio, como &apos;basal&apos; o &apos;semana 12&apos;.</translation>
    </message>
    <message>
        <source>A description of the trial visit</source>
        <translation>Una descripción de la visita del ensayo</translation>
    </message>
    <message>
        <source>Text describing the point in the clinical trial when this scan was taken, which may include dates or notes.</source>
        <translation>Texto que describe el momento del ensayo clínico en que se hizo este estudio y que puede incluir fechas o notas.</translation>
    </message>
    <message>
        <source>Who issued the trial visit label</source>
        <translation>Quién emitió la etiqueta de la visita del ensayo</translation>
    </message>
    <message>
        <source>The organisation that labelled the visits of the clinical trial.</source>
        <translation>La organización que etiquetó las visitas del ensayo clínico.</translation>
    </message>
    <message>
        <source>The trial&apos;s coordinating centre</source>
        <translation>El centro coordinador del ensayo</translation>
    </message>
    <message>
        <source>The name of the centre that coordinates the clinical trial you take part in.</source>
        <translation>El nombre del centro que coordina el ensayo clínico en el que usted participa.</translation>
    </message>
    <message>
        <source>The trial&apos;s number for this image set</source>
        <translation>El número del ensayo para esta serie de imágenes</translation>
    </message>
    <message>
        <source>The number the clinical trial gave to this group of your images.</source>
        <translation>El número que el ensayo clínico asignó a este grupo de sus imágenes.</translation>
    </message>
    <message>
        <source>The trial&apos;s description of this image set</source>
        <translation>La descripción del ensayo para esta serie de imágenes</translation>
    </message>
    <message>
        <source>Text the clinical trial wrote about this group of your images, which may include notes.</source>
        <translation>Texto que el ensayo clínico escribió sobre este grupo de sus imágenes y que puede incluir notas.</translation>
    </message>
    <message>
        <source>Who issued the trial&apos;s image set number</source>
        <translation>Quién emitió el número de la serie de imágenes del ensayo</translation>
    </message>
    <message>
        <source>The organisation that numbered the image sets in the clinical trial.</source>
        <translation>La organización que numeró las series de imágenes del ensayo clínico.</translation>
    </message>
    <message>
        <source>The ethics committee that approved the trial</source>
        <translation>El comité de ética que aprobó el ensayo</translation>
    </message>
    <message>
        <source>The name of the ethics committee that approved the clinical trial, which usually reveals the region or hospital.</source>
        <translation>El nombre del comité de ética que aprobó el ensayo clínico, que suele revelar la región o el hospital.</translation>
    </message>
    <message>
        <source>The trial&apos;s ethics approval number</source>
        <translation>El número de aprobación ética del ensayo</translation>
    </message>
    <message>
        <source>The approval number the ethics committee gave the clinical trial, which can be looked up to find the trial and its site.</source>
        <translation>El número de aprobación que el comité de ética dio al ensayo clínico, que puede buscarse para encontrar el ensayo y su centro.</translation>
    </message>
    <message>
        <source>When the trial&apos;s ethics approval began</source>
        <translation>Cuándo empezó la aprobación ética del ensayo</translation>
    </message>
    <message>
        <source>The date the ethics approval for the clinical trial started; it is not about you but narrows down the trial.</source>
        <translation>La fecha en que empezó la aprobación ética del ensayo clínico; no trata sobre usted, pero acota de qué ensayo se trata.</translation>
    </message>
    <message>
        <source>When the trial&apos;s ethics approval ends</source>
        <translation>Cuándo termina la aprobación ética del ensayo</translation>
    </message>
    <message>
        <source>The date the ethics approval for the clinical trial runs out; it is not about you but narrows down the trial.</source>
        <translation>La fecha en que vence la aprobación ética del ensayo clínico; no trata sobre usted, pero acota de qué ensayo se trata.</translation>
    </message>
    <message>
        <source>The time a testing device was calibrated</source>
        <translation>La hora en que se calibró un dispositivo de pruebas</translation>
    </message>
    <message>
        <source>When an industrial testing device was last calibrated; it is about the equipment, not you.</source>
        <translation>Cuándo se calibró por última vez un dispositivo de pruebas industriales; trata sobre el equipo, no sobre usted.</translation>
    </message>
    <message>
        <source>The date a testing device was calibrated</source>
        <translation>La fecha en que se calibró un dispositivo de pruebas</translation>
    </message>
    <message>
        <source>The day an industrial testing device was last calibrated; it is about the equipment, not you.</source>
        <translation>El día en que se calibró por última vez un dispositivo de pruebas industriales; trata sobre el equipo, no sobre usted.</translation>
    </message>
    <message>
        <source>The camera maker&apos;s hidden notes</source>
        <translation>Las notas ocultas del fabricante de la cámara</translation>
    </message>
    <message>
        <source>Hidden data a camera maker stores in a photo, which can include the camera&apos;s serial number or owner.</source>
        <translation>Datos ocultos que un fabricante de cámaras guarda en una foto y que pueden incluir el número de serie o el propietario de la cámara.</translation>
    </message>
    <message>
        <source>The camera&apos;s settings description</source>
        <translation>La descripción de los ajustes de la cámara</translation>
    </message>
    <message>
        <source>Text describing the camera settings used for a photo, which may include typed notes.</source>
        <translation>Texto que describe los ajustes de cámara usados para una foto y que puede incluir notas escritas por alguien.</translation>
    </message>
    <message>
        <source>The camera owner&apos;s name</source>
        <translation>El nombre del propietario de la cámara</translation>
    </message>
    <message>
        <source>The name of whoever owns the camera that took the photo, such as the doctor or the clinic.</source>
        <translation>El nombre de quien es dueño de la cámara que tomó la foto, como el médico o la clínica.</translation>
    </message>
    <message>
        <source>The camera lens details</source>
        <translation>Los datos del objetivo de la cámara</translation>
    </message>
    <message>
        <source>The focal length and aperture range of the camera lens used for a photo.</source>
        <translation>La distancia focal y el rango de apertura del objetivo de la cámara usado para una foto.</translation>
    </message>
    <message>
        <source>The lens maker</source>
        <translation>El fabricante del objetivo</translation>
    </message>
    <message>
        <source>The company that made the camera lens used for a photo.</source>
        <translation>La empresa que fabricó el objetivo de la cámara usado para una foto.</translation>
    </message>
    <message>
        <source>The lens model</source>
        <translation>El modelo del objetivo</translation>
    </message>
    <message>
        <source>The model of camera lens used for a photo, which helps identify the equipment.</source>
        <translation>El modelo de objetivo de cámara usado para una foto, que ayuda a identificar el equipo.</translation>
    </message>
    <message>
        <source>The lens serial number</source>
        <translation>El número de serie del objetivo</translation>
    </message>
    <message>
        <source>The serial number of the camera lens, which identifies the exact lens and who owns it.</source>
        <translation>El número de serie del objetivo de la cámara, que identifica el objetivo exacto y a quién pertenece.</translation>
    </message>
    <message>
        <source>The photo location format version</source>
        <translation>La versión del formato de ubicación de la foto</translation>
    </message>
    <message>
        <source>The version of the location format used in a photo; on its own it reveals nothing.</source>
        <translation>La versión del formato de ubicación usado en una foto; por sí sola no revela nada.</translation>
    </message>
    <message>
        <source>North or south for the photo location</source>
        <translation>Norte o sur de la ubicación de la foto</translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded latitude is north or south of the equator.</source>
        <translation>Si la latitud registrada de la foto está al norte o al sur del ecuador.</translation>
    </message>
    <message>
        <source>The latitude where the photo was taken</source>
        <translation>La latitud donde se tomó la foto</translation>
    </message>
    <message>
        <source>Satellite-measured latitude of where the photo was taken, which with the longitude can point to a building.</source>
        <translation>La latitud medida por satélite del lugar donde se tomó la foto, que junto con la longitud puede señalar un edificio.</translation>
    </message>
    <message>
        <source>East or west for the photo location</source>
        <translation>Este u oeste de la ubicación de la foto</translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded longitude is east or west of Greenwich.</source>
        <translation>Si la longitud registrada de la foto está al este o al oeste de Greenwich.</translation>
    </message>
    <message>
        <source>The longitude where the photo was taken</source>
        <translation>La longitud donde se tomó la foto</translation>
    </message>
    <message>
        <source>Satellite-measured longitude of where the photo was taken, which with the latitude can point to a building.</source>
        <translation>La longitud medida por satélite del lugar donde se tomó la foto, que junto con la latitud puede señalar un edificio.</translation>
    </message>
    <message>
        <source>Above or below sea level for the photo</source>
        <translation>Por encima o por debajo del nivel del mar</translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded altitude is above or below sea level.</source>
        <translation>Si la altitud registrada de la foto está por encima o por debajo del nivel del mar.</translation>
    </message>
    <message>
        <source>The altitude where the photo was taken</source>
        <translation>La altitud donde se tomó la foto</translation>
    </message>
    <message>
        <source>The height above sea level where the photo was taken, which can help pin down the place.</source>
        <translation>La altura sobre el nivel del mar donde se tomó la foto, que puede ayudar a precisar el lugar.</translation>
    </message>
    <message>
        <source>The satellite clock time of the photo</source>
        <translation>La hora del reloj satelital de la foto</translation>
    </message>
    <message>
        <source>The exact time the camera&apos;s location receiver recorded, which shows when the photo was taken.</source>
        <translation>La hora exacta que registró el receptor de ubicación de la cámara, que muestra cuándo se tomó la foto.</translation>
    </message>
    <message>
        <source>The satellites used to locate the photo</source>
        <translation>Los satélites usados para ubicar la foto</translation>
    </message>
    <message>
        <source>Which positioning satellites the camera used to work out where the photo was taken.</source>
        <translation>Qué satélites de posicionamiento usó la cámara para calcular dónde se tomó la foto.</translation>
    </message>
    <message>
        <source>The status of the photo&apos;s location fix</source>
        <translation>El estado de la ubicación de la foto</translation>
    </message>
    <message>
        <source>Whether the camera&apos;s location receiver was working when the photo was taken.</source>
        <translation>Si el receptor de ubicación de la cámara funcionaba cuando se tomó la foto.</translation>
    </message>
    <message>
        <source>How the photo&apos;s location was measured</source>
        <translation>Cómo se midió la ubicación de la foto</translation>
    </message>
    <message>
        <source>Whether the camera measured its location in two or three dimensions.</source>
        <translation>Si la cámara midió su ubicación en dos o en tres dimensiones.</translation>
    </message>
    <message>
        <source>How precise the photo&apos;s location is</source>
        <translation>La precisión de la ubicación de la foto</translation>
    </message>
    <message>
        <source>A measure of how precise the camera&apos;s recorded location is.</source>
        <translation>Una medida de la precisión de la ubicación registrada por la cámara.</translation>
    </message>
    <message>
        <source>The unit of the camera&apos;s speed</source>
        <translation>La unidad de velocidad de la cámara</translation>
    </message>
    <message>
        <source>The unit used for the speed the camera was moving at, such as km/h.</source>
        <translation>La unidad usada para la velocidad a la que se movía la cámara, como km/h.</translation>
    </message>
    <message>
        <source>How fast the camera was moving</source>
        <translation>A qué velocidad se movía la cámara</translation>
    </message>
    <message>
        <source>The speed the camera was moving at when the photo was taken.</source>
        <translation>La velocidad a la que se movía la cámara cuando se tomó la foto.</translation>
    </message>
    <message>
        <source>The reference for the camera&apos;s direction</source>
        <translation>La referencia de la dirección de la cámara</translation>
    </message>
    <message>
        <source>Whether the camera&apos;s direction of travel is measured from true or magnetic north.</source>
        <translation>Si la dirección de desplazamiento de la cámara se mide desde el norte geográfico o el magnético.</translation>
    </message>
    <message>
        <source>The direction the camera was moving</source>
        <translation>La dirección en que se movía la cámara</translation>
    </message>
    <message>
        <source>The direction the camera was travelling in when the photo was taken.</source>
        <translation>La dirección en la que se desplazaba la cámara cuando se tomó la foto.</translation>
    </message>
    <message>
        <source>The reference for the photo&apos;s direction</source>
        <translation>La referencia de la orientación de la foto</translation>
    </message>
    <message>
        <source>Whether the direction the camera faced is measured from true or magnetic north.</source>
        <translation>Si la dirección hacia la que apuntaba la cámara se mide desde el norte geográfico o el magnético.</translation>
    </message>
    <message>
        <source>The direction the camera faced</source>
        <translation>La dirección hacia la que apuntaba la cámara</translation>
    </message>
    <message>
        <source>The compass direction the camera was pointing when the photo was taken.</source>
        <translation>El rumbo de brújula hacia el que apuntaba la cámara cuando se tomó la foto.</translation>
    </message>
    <message>
        <source>The map system of the photo location</source>
        <translation>El sistema cartográfico de la ubicación de la foto</translation>
    </message>
    <message>
        <source>The map system used for the photo&apos;s recorded location, such as WGS-84.</source>
        <translation>El sistema cartográfico usado para la ubicación registrada de la foto, como WGS-84.</translation>
    </message>
    <message>
        <source>North or south for the destination</source>
        <translation>Norte o sur del destino</translation>
    </message>
    <message>
        <source>Whether the recorded destination latitude is north or south of the equator.</source>
        <translation>Si la latitud de destino registrada está al norte o al sur del ecuador.</translation>
    </message>
    <message>
        <source>The latitude of a destination</source>
        <translation>La latitud de un destino</translation>
    </message>
    <message>
        <source>The latitude of a destination stored with the photo, which can point to a specific place.</source>
        <translation>La latitud de un destino guardado con la foto, que puede señalar un lugar concreto.</translation>
    </message>
    <message>
        <source>East or west for the destination</source>
        <translation>Este u oeste del destino</translation>
    </message>
    <message>
        <source>Whether the recorded destination longitude is east or west of Greenwich.</source>
        <translation>Si la longitud de destino registrada está al este o al oeste de Greenwich.</translation>
    </message>
    <message>
        <source>The longitude of a destination</source>
        <translation>La longitud de un destino</translation>
    </message>
    <message>
        <source>The longitude of a destination stored with the photo, which can point to a specific place.</source>
        <translation>La longitud de un destino guardado con la foto, que puede señalar un lugar concreto.</translation>
    </message>
    <message>
        <source>The reference for the destination bearing</source>
        <translation>La referencia del rumbo hacia el destino</translation>
    </message>
    <message>
        <source>Whether the bearing to the destination is measured from true or magnetic north.</source>
        <translation>Si el rumbo hacia el destino se mide desde el norte geográfico o el magnético.</translation>
    </message>
    <message>
        <source>The bearing to a destination</source>
        <translation>El rumbo hacia un destino</translation>
    </message>
    <message>
        <source>The compass bearing from where the photo was taken to a stored destination.</source>
        <translation>El rumbo de brújula desde donde se tomó la foto hasta un destino guardado.</translation>
    </message>
    <message>
        <source>The unit of the destination distance</source>
        <translation>La unidad de la distancia al destino</translation>
    </message>
    <message>
        <source>The unit used for the distance to a stored destination, such as kilometres.</source>
        <translation>La unidad usada para la distancia a un destino guardado, como kilómetros.</translation>
    </message>
    <message>
        <source>The distance to a destination</source>
        <translation>La distancia a un destino</translation>
    </message>
    <message>
        <source>How far a stored destination was from where the photo was taken.</source>
        <translation>A qué distancia estaba un destino guardado del lugar donde se tomó la foto.</translation>
    </message>
    <message>
        <source>How the photo&apos;s location was found</source>
        <translation>Cómo se determinó la ubicación de la foto</translation>
    </message>
    <message>
        <source>The method the camera used to find its location, such as satellite or mobile network.</source>
        <translation>El método que usó la cámara para determinar su ubicación, como satélite o red móvil.</translation>
    </message>
    <message>
        <source>The name of the area of the photo</source>
        <translation>El nombre de la zona de la foto</translation>
    </message>
    <message>
        <source>Text naming the area where the photo was taken, which can be a town or street.</source>
        <translation>Texto que nombra la zona donde se tomó la foto, que puede ser una ciudad o una calle.</translation>
    </message>
    <message>
        <source>The satellite clock date of the photo</source>
        <translation>La fecha del reloj satelital de la foto</translation>
    </message>
    <message>
        <source>The date the camera&apos;s location receiver recorded, which shows the day the photo was taken.</source>
        <translation>La fecha que registró el receptor de ubicación de la cámara, que muestra el día en que se tomó la foto.</translation>
    </message>
    <message>
        <source>Whether the photo location was corrected</source>
        <translation>Si se corrigió la ubicación de la foto</translation>
    </message>
    <message>
        <source>Whether extra correction was applied to sharpen the camera&apos;s recorded location.</source>
        <translation>Si se aplicó una corrección adicional para precisar la ubicación registrada por la cámara.</translation>
    </message>
    <message>
        <source>The contrast dye you were given</source>
        <translation>El contraste que le administraron</translation>
    </message>
    <message>
        <source>The name of the contrast agent injected or swallowed for your scan, which is a health detail.</source>
        <translation>El nombre del medio de contraste inyectado o ingerido para su estudio, que es un dato de salud.</translation>
    </message>
    <message>
        <source>When a drug given during the scan stopped</source>
        <translation>Cuándo se suspendió un fármaco administrado durante el estudio</translation>
    </message>
    <message>
        <source>The time a medicine given during your scan was stopped, tied to your visit.</source>
        <translation>La hora en que se suspendió un medicamento administrado durante su estudio, vinculada a su visita.</translation>
    </message>
    <message>
        <source>When a drug given during the scan started</source>
        <translation>Cuándo empezó un fármaco administrado durante el estudio</translation>
    </message>
    <message>
        <source>The time a medicine given during your scan was started, tied to your visit.</source>
        <translation>La hora en que se empezó a administrar un medicamento durante su estudio, vinculada a su visita.</translation>
    </message>
    <message>
        <source>The scanner&apos;s serial number</source>
        <translation>El número de serie del escáner</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s serial number of the machine that scanned you, which identifies the exact scanner and its hospital.</source>
        <translation>El número de serie del fabricante del equipo que le hizo el estudio, que identifica el escáner exacto y su hospital.</translation>
    </message>
    <message>
        <source>A unique number for the scanner</source>
        <translation>Un número único del escáner</translation>
    </message>
    <message>
        <source>A unique number naming the exact machine that made the images, which can identify the hospital.</source>
        <translation>Un número único que identifica el equipo exacto que creó las imágenes y que puede identificar el hospital.</translation>
    </message>
    <message>
        <source>The X-ray plate number</source>
        <translation>El número de la placa de rayos X</translation>
    </message>
    <message>
        <source>The number of the imaging plate used for your X-ray, which identifies the hospital&apos;s equipment.</source>
        <translation>El número de la placa de imagen usada para su radiografía, que identifica el equipo del hospital.</translation>
    </message>
    <message>
        <source>The X-ray generator number</source>
        <translation>El número del generador de rayos X</translation>
    </message>
    <message>
        <source>The number of the X-ray generator used for your scan, which identifies the hospital&apos;s equipment.</source>
        <translation>El número del generador de rayos X usado para su estudio, que identifica el equipo del hospital.</translation>
    </message>
    <message>
        <source>The X-ray cassette number</source>
        <translation>El número del chasis de rayos X</translation>
    </message>
    <message>
        <source>The number of the film cassette used for your X-ray, which identifies the hospital&apos;s equipment.</source>
        <translation>El número del chasis de película usado para su radiografía, que identifica el equipo del hospital.</translation>
    </message>
    <message>
        <source>The scanner gantry number</source>
        <translation>El número del gantry del escáner</translation>
    </message>
    <message>
        <source>The number of the scanner&apos;s ring-shaped frame, which identifies the exact machine.</source>
        <translation>El número del armazón en forma de anillo del escáner (gantry), que identifica el equipo exacto.</translation>
    </message>
    <message>
        <source>The device&apos;s official unique identifier</source>
        <translation>El identificador único oficial del dispositivo</translation>
    </message>
    <message>
        <source>The unique device identifier printed on medical equipment, which names the exact device used on you.</source>
        <translation>El identificador único del dispositivo impreso en el equipo médico, que nombra el dispositivo exacto usado con usted.</translation>
    </message>
    <message>
        <source>The device&apos;s official identifiers</source>
        <translation>Los identificadores oficiales del dispositivo</translation>
    </message>
    <message>
        <source>A list of unique device identifiers for the equipment used, which names the exact devices.</source>
        <translation>Una lista de identificadores únicos de dispositivo del equipo usado, que nombra los dispositivos exactos.</translation>
    </message>
    <message>
        <source>A code for the kind of device</source>
        <translation>Un código del tipo de dispositivo</translation>
    </message>
    <message>
        <source>A number the manufacturer uses for this kind of device; it names the model rather than your exact machine.</source>
        <translation>Un número que el fabricante usa para este tipo de dispositivo; nombra el modelo y no su equipo exacto.</translation>
    </message>
    <message>
        <source>The date this picture was copied</source>
        <translation>La fecha en que se copió esta imagen</translation>
    </message>
    <message>
        <source>The day a screen capture or scanned copy of your image was made, tied to your care.</source>
        <translation>El día en que se hizo una captura de pantalla o una copia escaneada de su imagen, vinculado a su atención.</translation>
    </message>
    <message>
        <source>The time this picture was copied</source>
        <translation>La hora en que se copió esta imagen</translation>
    </message>
    <message>
        <source>The time of day a screen capture or scanned copy of your image was made.</source>
        <translation>La hora del día en que se hizo una captura de pantalla o una copia escaneada de su imagen.</translation>
    </message>
    <message>
        <source>The name of the scan recipe</source>
        <translation>El nombre del protocolo del estudio</translation>
    </message>
    <message>
        <source>The name of the scanner settings used, such as &apos;Head routine&apos;; staff sometimes type names or notes here.</source>
        <translation>El nombre de los ajustes del escáner usados, como &apos;Cabeza rutina&apos;; el personal a veces escribe aquí nombres o notas.</translation>
    </message>
    <message>
        <source>When contrast dye started</source>
        <translation>Cuándo empezó el contraste</translation>
    </message>
    <message>
        <source>The time the contrast agent injection for your scan started.</source>
        <translation>La hora en que empezó la inyección del medio de contraste para su estudio.</translation>
    </message>
    <message>
        <source>When contrast dye stopped</source>
        <translation>Cuándo terminó el contraste</translation>
    </message>
    <message>
        <source>The time the contrast agent injection for your scan ended.</source>
        <translation>La hora en que terminó la inyección del medio de contraste para su estudio.</translation>
    </message>
    <message>
        <source>When the radioactive tracer was given</source>
        <translation>Cuándo se administró el trazador radiactivo</translation>
    </message>
    <message>
        <source>The time the radioactive tracer for your nuclear medicine or PET scan was given.</source>
        <translation>La hora en que se le administró el trazador radiactivo para su estudio de medicina nuclear o PET.</translation>
    </message>
    <message>
        <source>When the radioactive tracer ended</source>
        <translation>Cuándo terminó el trazador radiactivo</translation>
    </message>
    <message>
        <source>The time the radioactive tracer injection for your scan ended.</source>
        <translation>La hora en que terminó la inyección del trazador radiactivo para su estudio.</translation>
    </message>
    <message>
        <source>The date and time the tracer was given</source>
        <translation>La fecha y hora en que se administró el trazador</translation>
    </message>
    <message>
        <source>The date and time the radioactive tracer for your scan was given, which pins down your visit.</source>
        <translation>La fecha y hora en que se le administró el trazador radiactivo para su estudio, lo que precisa su visita.</translation>
    </message>
    <message>
        <source>The date and time the tracer ended</source>
        <translation>La fecha y hora en que terminó el trazador</translation>
    </message>
    <message>
        <source>The date and time the radioactive tracer injection for your scan ended.</source>
        <translation>La fecha y hora en que terminó la inyección del trazador radiactivo para su estudio.</translation>
    </message>
    <message>
        <source>A label for the scanned area</source>
        <translation>Una etiqueta de la zona explorada</translation>
    </message>
    <message>
        <source>A label for the area the scanner viewed; usually technical, but it can hold typed text.</source>
        <translation>Una etiqueta de la zona que vio el escáner; suele ser técnica, pero puede contener texto escrito por alguien.</translation>
    </message>
    <message>
        <source>When the scanner was last calibrated</source>
        <translation>Cuándo se calibró el escáner por última vez</translation>
    </message>
    <message>
        <source>The day the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>El día en que se calibró el escáner por última vez; trata sobre el equipo, pero puede ayudar a identificarlo.</translation>
    </message>
    <message>
        <source>The time of the last calibration</source>
        <translation>La hora de la última calibración</translation>
    </message>
    <message>
        <source>The time the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>La hora en que se calibró el escáner por última vez; trata sobre el equipo, pero puede ayudar a identificarlo.</translation>
    </message>
    <message>
        <source>The date and time of the last calibration</source>
        <translation>La fecha y hora de la última calibración</translation>
    </message>
    <message>
        <source>When the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>Cuándo se calibró el escáner por última vez; trata sobre el equipo, pero puede ayudar a identificarlo.</translation>
    </message>
    <message>
        <source>When the calibration was done</source>
        <translation>Cuándo se hizo la calibración</translation>
    </message>
    <message>
        <source>The date and time of a calibration of the equipment; it is about the machine, not you.</source>
        <translation>La fecha y hora de una calibración del equipo; trata sobre el equipo, no sobre usted.</translation>
    </message>
    <message>
        <source>When the device was made</source>
        <translation>Cuándo se fabricó el dispositivo</translation>
    </message>
    <message>
        <source>The manufacturing date of the device, which can help identify the exact machine.</source>
        <translation>La fecha de fabricación del dispositivo, que puede ayudar a identificar el equipo exacto.</translation>
    </message>
    <message>
        <source>When the device was installed</source>
        <translation>Cuándo se instaló el dispositivo</translation>
    </message>
    <message>
        <source>The day the device was installed at the hospital, which can help identify the exact machine.</source>
        <translation>El día en que se instaló el dispositivo en el hospital, que puede ayudar a identificar el equipo exacto.</translation>
    </message>
    <message>
        <source>The scanner&apos;s processing description</source>
        <translation>La descripción del procesamiento del escáner</translation>
    </message>
    <message>
        <source>Text saying how the machine processed the picture, which sometimes includes body part or typed notes.</source>
        <translation>Texto que indica cómo procesó el equipo la imagen y que a veces incluye la parte del cuerpo o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A unique number for a targeted spot</source>
        <translation>Un número único de un punto objetivo</translation>
    </message>
    <message>
        <source>A unique number for a spot targeted during a procedure, which links to records of your treatment.</source>
        <translation>Un número único de un punto tratado o marcado durante un procedimiento, que enlaza con los registros de su tratamiento.</translation>
    </message>
    <message>
        <source>Comments about taking the pictures</source>
        <translation>Comentarios sobre la toma de imágenes</translation>
    </message>
    <message>
        <source>Notes the staff wrote while taking the images, which may include names, symptoms or other details.</source>
        <translation>Notas que el personal escribió mientras tomaba las imágenes, que pueden incluir nombres, síntomas u otros datos.</translation>
    </message>
    <message>
        <source>The ultrasound probe&apos;s identifiers</source>
        <translation>Los identificadores de la sonda de ecografía</translation>
    </message>
    <message>
        <source>Numbers identifying the ultrasound probe used on you, such as its serial number.</source>
        <translation>Números que identifican la sonda de ecografía usada con usted, como su número de serie.</translation>
    </message>
    <message>
        <source>The detector&apos;s serial number</source>
        <translation>El número de serie del detector</translation>
    </message>
    <message>
        <source>The identifier of the X-ray detector used, which names the exact equipment at the hospital.</source>
        <translation>El identificador del detector de rayos X usado, que nombra el equipo exacto del hospital.</translation>
    </message>
    <message>
        <source>When the detector was last calibrated</source>
        <translation>Cuándo se calibró el detector por última vez</translation>
    </message>
    <message>
        <source>The day the X-ray detector was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>El día en que se calibró por última vez el detector de rayos X; trata sobre el equipo, pero puede ayudar a identificarlo.</translation>
    </message>
    <message>
        <source>The time the detector was calibrated</source>
        <translation>La hora en que se calibró el detector</translation>
    </message>
    <message>
        <source>The time the X-ray detector was last calibrated; it is about the machine, but can help identify it.</source>
        <translation>La hora en que se calibró por última vez el detector de rayos X; trata sobre el equipo, pero puede ayudar a identificarlo.</translation>
    </message>
    <message>
        <source>When each frame was taken</source>
        <translation>Cuándo se tomó cada fotograma</translation>
    </message>
    <message>
        <source>The date and time each frame of a multi-frame image was recorded, pinning down your visit.</source>
        <translation>La fecha y hora en que se registró cada fotograma de una imagen de varios fotogramas, lo que precisa su visita.</translation>
    </message>
    <message>
        <source>The reference time of each frame</source>
        <translation>La hora de referencia de cada fotograma</translation>
    </message>
    <message>
        <source>The date and time each frame refers to, normally during your scan.</source>
        <translation>La fecha y hora a la que se refiere cada fotograma, normalmente durante su estudio.</translation>
    </message>
    <message>
        <source>How breathing motion was corrected</source>
        <translation>Cómo se corrigió el movimiento respiratorio</translation>
    </message>
    <message>
        <source>Text describing how the scanner corrected for your breathing, which may include typed notes.</source>
        <translation>Texto que describe cómo corrigió el escáner su respiración y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>The X-ray tube&apos;s identifier</source>
        <translation>El identificador del tubo de rayos X</translation>
    </message>
    <message>
        <source>The identifier of the X-ray tube used for your scan, which names the exact equipment.</source>
        <translation>El identificador del tubo de rayos X usado para su estudio, que nombra el equipo exacto.</translation>
    </message>
    <message>
        <source>When the X-ray tube started</source>
        <translation>Cuándo se encendió el tubo de rayos X</translation>
    </message>
    <message>
        <source>The date and time the X-ray source started for your exposure.</source>
        <translation>La fecha y hora en que se encendió la fuente de rayos X para su exposición.</translation>
    </message>
    <message>
        <source>When the X-ray tube stopped</source>
        <translation>Cuándo se apagó el tubo de rayos X</translation>
    </message>
    <message>
        <source>The date and time the X-ray source stopped for your exposure.</source>
        <translation>La fecha y hora en que se apagó la fuente de rayos X para su exposición.</translation>
    </message>
    <message>
        <source>The X-ray detector&apos;s identifier</source>
        <translation>El identificador del detector de rayos X</translation>
    </message>
    <message>
        <source>The identifier of the X-ray detector used for your scan, which names the exact equipment.</source>
        <translation>El identificador del detector de rayos X usado para su estudio, que nombra el equipo exacto.</translation>
    </message>
    <message>
        <source>The X-ray detector&apos;s label</source>
        <translation>La etiqueta del detector de rayos X</translation>
    </message>
    <message>
        <source>The label given to the X-ray detector, which can identify the equipment at the hospital.</source>
        <translation>La etiqueta asignada al detector de rayos X, que puede identificar el equipo del hospital.</translation>
    </message>
    <message>
        <source>A description of a dual-energy scan</source>
        <translation>Una descripción de un estudio de energía dual</translation>
    </message>
    <message>
        <source>Text describing how a scan using several X-ray energies was done, which may include typed notes.</source>
        <translation>Texto que describe cómo se hizo un estudio con varias energías de rayos X y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of how energies were separated</source>
        <translation>Una descripción de cómo se separaron las energías</translation>
    </message>
    <message>
        <source>Text describing how the scanner split a multi-energy scan into separate images, which may include typed notes.</source>
        <translation>Texto que describe cómo dividió el escáner un estudio multienergía en imágenes separadas y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of the scan recipe</source>
        <translation>Una descripción del protocolo del estudio</translation>
    </message>
    <message>
        <source>Text describing the scanner settings used, which staff sometimes fill with names or notes.</source>
        <translation>Texto que describe los ajustes del escáner usados y que el personal a veces rellena con nombres o notas.</translation>
    </message>
    <message>
        <source>When the picture-taking started</source>
        <translation>Cuándo empezó la toma de imágenes</translation>
    </message>
    <message>
        <source>The date and time the scanner began recording, which pins down your visit.</source>
        <translation>La fecha y hora en que el escáner empezó a registrar, lo que precisa su visita.</translation>
    </message>
    <message>
        <source>When the picture-taking ended</source>
        <translation>Cuándo terminó la toma de imágenes</translation>
    </message>
    <message>
        <source>The date and time the scanner stopped recording, which pins down your visit.</source>
        <translation>La fecha y hora en que el escáner dejó de registrar, lo que precisa su visita.</translation>
    </message>
    <message>
        <source>The heart-beat timing mark</source>
        <translation>La marca de sincronización con el latido</translation>
    </message>
    <message>
        <source>The date and time of a heartbeat or breathing signal used to time your scan.</source>
        <translation>La fecha y hora de una señal del latido cardíaco o de la respiración usada para sincronizar su estudio.</translation>
    </message>
    <message>
        <source>The reference time for tracer decay</source>
        <translation>La hora de referencia del decaimiento del trazador</translation>
    </message>
    <message>
        <source>The date and time used to correct for the radioactive tracer fading, normally during your scan.</source>
        <translation>La fecha y hora usadas para corregir la pérdida de actividad del trazador radiactivo, normalmente durante su estudio.</translation>
    </message>
    <message>
        <source>When a left-out period started</source>
        <translation>Cuándo empezó un periodo descartado</translation>
    </message>
    <message>
        <source>The date and time a stretch of your scan was set aside, such as when you moved.</source>
        <translation>La fecha y hora en que se descartó un tramo de su estudio, por ejemplo porque usted se movió.</translation>
    </message>
    <message>
        <source>When an instruction was carried out</source>
        <translation>Cuándo se ejecutó una instrucción</translation>
    </message>
    <message>
        <source>The date and time an instruction during your scan, such as to hold your breath, was carried out.</source>
        <translation>La fecha y hora en que se ejecutó una instrucción durante su estudio, como contener la respiración.</translation>
    </message>
    <message>
        <source>The requested description of the image set</source>
        <translation>La descripción solicitada de la serie de imágenes</translation>
    </message>
    <message>
        <source>Text the doctor asked to describe a group of images, which may include typed notes.</source>
        <translation>Texto que el médico pidió para describir un grupo de imágenes y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>When a system contributed to this file</source>
        <translation>Cuándo contribuyó un sistema a este archivo</translation>
    </message>
    <message>
        <source>The date and time another system or hospital added to this file, tied to the handling of your scan.</source>
        <translation>La fecha y hora en que otro sistema u otro hospital añadió algo a este archivo, vinculadas al procesamiento de su estudio.</translation>
    </message>
    <message>
        <source>A description of the contribution</source>
        <translation>Una descripción de la contribución</translation>
    </message>
    <message>
        <source>Text describing how another system or hospital changed this file, which may name the site.</source>
        <translation>Texto que describe cómo otro sistema u otro hospital modificó este archivo y que puede nombrar el centro.</translation>
    </message>
    <message>
        <source>A unique number given to this scan</source>
        <translation>Un número único asignado a este estudio</translation>
    </message>
    <message>
        <source>A unique number for your whole scan visit; the hospital&apos;s archive can match it straight back to you.</source>
        <translation>Un número único de toda la visita de su estudio; el archivo de imágenes del hospital puede relacionarlo directamente con usted.</translation>
    </message>
    <message>
        <source>A unique number for this set of pictures</source>
        <translation>Un número único de esta serie de imágenes</translation>
    </message>
    <message>
        <source>A unique number for this group of images, which the hospital can match back to your scan.</source>
        <translation>Un número único de este grupo de imágenes, que el hospital puede relacionar con su estudio.</translation>
    </message>
    <message>
        <source>The scanner&apos;s number for your scan</source>
        <translation>El número del escáner para su estudio</translation>
    </message>
    <message>
        <source>A short number the scanner or hospital gave your scan, which staff can use to find it.</source>
        <translation>Un número corto que el escáner o el hospital asignó a su estudio y que el personal puede usar para encontrarlo.</translation>
    </message>
    <message>
        <source>A label for a slide image</source>
        <translation>Una etiqueta de una imagen de preparación</translation>
    </message>
    <message>
        <source>A label for a zoomable microscope slide image, which may include typed names or numbers.</source>
        <translation>Una etiqueta de una imagen ampliable de una preparación de microscopio, que puede incluir nombres o números escritos por el personal.</translation>
    </message>
    <message>
        <source>A unique number for the body position grid</source>
        <translation>Un número único de la cuadrícula de posición corporal</translation>
    </message>
    <message>
        <source>A unique number for the positioning grid shared by images taken together, which ties them to your scan.</source>
        <translation>Un número único de la cuadrícula de posicionamiento que comparten las imágenes tomadas juntas, que las vincula con su estudio.</translation>
    </message>
    <message>
        <source>A unique number for the shared clock</source>
        <translation>Un número único del reloj compartido</translation>
    </message>
    <message>
        <source>A unique number for the clock shared by devices recording together, which ties these files to your scan.</source>
        <translation>Un número único del reloj que comparten los dispositivos que registran a la vez, que vincula estos archivos con su estudio.</translation>
    </message>
    <message>
        <source>The device that changed the image</source>
        <translation>El dispositivo que modificó la imagen</translation>
    </message>
    <message>
        <source>The identifier of a device or program that changed this image afterwards.</source>
        <translation>El identificador de un dispositivo o programa que modificó esta imagen después de tomarla.</translation>
    </message>
    <message>
        <source>The date the image was changed</source>
        <translation>La fecha en que se modificó la imagen</translation>
    </message>
    <message>
        <source>The day this image was edited after it was taken, tied to the handling of your scan.</source>
        <translation>El día en que se editó esta imagen después de tomarla, vinculado al procesamiento de su estudio.</translation>
    </message>
    <message>
        <source>The time the image was changed</source>
        <translation>La hora en que se modificó la imagen</translation>
    </message>
    <message>
        <source>The time of day this image was edited after it was taken.</source>
        <translation>La hora del día en que se editó esta imagen después de tomarla.</translation>
    </message>
    <message>
        <source>A description of how the image was changed</source>
        <translation>Una descripción de cómo se modificó la imagen</translation>
    </message>
    <message>
        <source>Text saying how this image was edited, which may include typed notes or names.</source>
        <translation>Texto que indica cómo se editó esta imagen y que puede incluir notas o nombres escritos por el personal.</translation>
    </message>
    <message>
        <source>Comments about the image</source>
        <translation>Comentarios sobre la imagen</translation>
    </message>
    <message>
        <source>Notes staff typed about this image, which can contain names, dates or findings.</source>
        <translation>Notas que el personal escribió sobre esta imagen, que pueden contener nombres, fechas o hallazgos.</translation>
    </message>
    <message>
        <source>Comments about one frame</source>
        <translation>Comentarios sobre un fotograma</translation>
    </message>
    <message>
        <source>Notes typed about one frame of a multi-frame image, which can contain names or findings.</source>
        <translation>Notas escritas sobre un fotograma de una imagen de varios fotogramas, que pueden contener nombres o hallazgos.</translation>
    </message>
    <message>
        <source>A unique number for a split image</source>
        <translation>Un número único de una imagen dividida</translation>
    </message>
    <message>
        <source>A unique number shared by the pieces of a very large image, which ties them to your scan.</source>
        <translation>Un número único que comparten las partes de una imagen muy grande, que las vincula con su estudio.</translation>
    </message>
    <message>
        <source>A unique number for how frames are arranged</source>
        <translation>Un número único de la disposición de los fotogramas</translation>
    </message>
    <message>
        <source>A unique number for the way frames are arranged, created by the scanner and linkable to your scan.</source>
        <translation>Un número único de la forma en que se disponen los fotogramas, creado por el escáner y que puede vincularse con su estudio.</translation>
    </message>
    <message>
        <source>A unique number for a colour table</source>
        <translation>Un número único de una tabla de colores</translation>
    </message>
    <message>
        <source>A unique number for the colour table used to show the image, created for your images.</source>
        <translation>Un número único de la tabla de colores usada para mostrar la imagen, creada para sus imágenes.</translation>
    </message>
    <message>
        <source>A unique number for a large colour table</source>
        <translation>Un número único de una tabla de colores grande</translation>
    </message>
    <message>
        <source>A unique number for a large colour table used to show the image, created for your images.</source>
        <translation>Un número único de una tabla de colores grande usada para mostrar la imagen, creada para sus imágenes.</translation>
    </message>
    <message>
        <source>Comments about how to show the image</source>
        <translation>Comentarios sobre cómo mostrar la imagen</translation>
    </message>
    <message>
        <source>Notes about how the image should be displayed, which can contain typed names or findings.</source>
        <translation>Notas sobre cómo debe mostrarse la imagen, que pueden contener nombres o hallazgos escritos por el personal.</translation>
    </message>
    <message>
        <source>Who numbered your scan</source>
        <translation>Quién numeró su estudio</translation>
    </message>
    <message>
        <source>The hospital or system that gave your scan its number, which shows where it was done.</source>
        <translation>El hospital o sistema que asignó el número a su estudio, que muestra dónde se hizo.</translation>
    </message>
    <message>
        <source>The date your scan was checked</source>
        <translation>La fecha en que se verificó su estudio</translation>
    </message>
    <message>
        <source>The day your scan was checked as complete, tied to your visit.</source>
        <translation>El día en que se verificó que su estudio estaba completo, vinculado a su visita.</translation>
    </message>
    <message>
        <source>The time your scan was checked</source>
        <translation>La hora en que se verificó su estudio</translation>
    </message>
    <message>
        <source>The time of day your scan was checked as complete.</source>
        <translation>La hora del día en que se verificó que su estudio estaba completo.</translation>
    </message>
    <message>
        <source>The date your scan was read</source>
        <translation>La fecha en que se interpretó su estudio</translation>
    </message>
    <message>
        <source>The day a doctor read your images, tied to your care.</source>
        <translation>El día en que un médico interpretó sus imágenes, vinculado a su atención.</translation>
    </message>
    <message>
        <source>The time your scan was read</source>
        <translation>La hora en que se interpretó su estudio</translation>
    </message>
    <message>
        <source>The time of day a doctor read your images.</source>
        <translation>La hora del día en que un médico interpretó sus imágenes.</translation>
    </message>
    <message>
        <source>The planned start date of your scan</source>
        <translation>La fecha de inicio prevista de su estudio</translation>
    </message>
    <message>
        <source>The day your scan was booked to start, which shows when you were expected at the hospital.</source>
        <translation>El día en que estaba programado el inicio de su estudio, que muestra cuándo le esperaban en el hospital.</translation>
    </message>
    <message>
        <source>The planned start time of your scan</source>
        <translation>La hora de inicio prevista de su estudio</translation>
    </message>
    <message>
        <source>The time your scan was booked to start.</source>
        <translation>La hora a la que estaba programado el inicio de su estudio.</translation>
    </message>
    <message>
        <source>The planned end date of your scan</source>
        <translation>La fecha de fin prevista de su estudio</translation>
    </message>
    <message>
        <source>The day your scan was booked to finish.</source>
        <translation>El día en que estaba previsto que terminara su estudio.</translation>
    </message>
    <message>
        <source>The planned end time of your scan</source>
        <translation>La hora de fin prevista de su estudio</translation>
    </message>
    <message>
        <source>The time your scan was booked to finish.</source>
        <translation>La hora a la que estaba previsto que terminara su estudio.</translation>
    </message>
    <message>
        <source>Where your scan was booked</source>
        <translation>Dónde se programó su estudio</translation>
    </message>
    <message>
        <source>The place your scan was booked to happen, such as a room or building of the hospital.</source>
        <translation>El lugar donde estaba programado su estudio, como una sala o un edificio del hospital.</translation>
    </message>
    <message>
        <source>The network name of the booked scanner</source>
        <translation>El nombre de red del escáner programado</translation>
    </message>
    <message>
        <source>The network name of the machine your scan was booked on, which can identify the site.</source>
        <translation>El nombre de red del equipo en el que se programó su estudio, que puede identificar el centro.</translation>
    </message>
    <message>
        <source>The reason for your scan</source>
        <translation>El motivo de su estudio</translation>
    </message>
    <message>
        <source>Why your scan was done, in the doctor&apos;s words, which reveals your symptoms or suspected illness.</source>
        <translation>Por qué se hizo su estudio, en palabras del médico, que revela sus síntomas o la enfermedad que se sospecha.</translation>
    </message>
    <message>
        <source>The doctor who requested your scan</source>
        <translation>El médico que solicitó su estudio</translation>
    </message>
    <message>
        <source>The name of the doctor who requested your scan, which shows who treats you.</source>
        <translation>El nombre del médico que solicitó su estudio, que muestra quién le trata.</translation>
    </message>
    <message>
        <source>The service that requested your scan</source>
        <translation>El servicio que solicitó su estudio</translation>
    </message>
    <message>
        <source>The hospital service that asked for your scan, such as cancer care, which hints at your condition.</source>
        <translation>El servicio del hospital que pidió su estudio, como oncología, que da pistas sobre su enfermedad.</translation>
    </message>
    <message>
        <source>The date you arrived for your scan</source>
        <translation>La fecha en que llegó para su estudio</translation>
    </message>
    <message>
        <source>The day you arrived at the department for your scan.</source>
        <translation>El día en que llegó al servicio para hacerse el estudio.</translation>
    </message>
    <message>
        <source>The time you arrived for your scan</source>
        <translation>La hora en que llegó para su estudio</translation>
    </message>
    <message>
        <source>The time of day you arrived at the department for your scan.</source>
        <translation>La hora del día en que llegó al servicio para hacerse el estudio.</translation>
    </message>
    <message>
        <source>The date your scan was finished</source>
        <translation>La fecha en que terminó su estudio</translation>
    </message>
    <message>
        <source>The day your scan was completed.</source>
        <translation>El día en que se completó su estudio.</translation>
    </message>
    <message>
        <source>The time your scan was finished</source>
        <translation>La hora en que terminó su estudio</translation>
    </message>
    <message>
        <source>The time of day your scan was completed.</source>
        <translation>La hora del día en que se completó su estudio.</translation>
    </message>
    <message>
        <source>The scan that was ordered</source>
        <translation>El estudio que se solicitó</translation>
    </message>
    <message>
        <source>A description of the procedure your doctor ordered, which reveals health details.</source>
        <translation>Una descripción del procedimiento que solicitó su médico, que revela datos de salud.</translation>
    </message>
    <message>
        <source>The reason for your visit</source>
        <translation>El motivo de su visita</translation>
    </message>
    <message>
        <source>Why you came to the hospital, as written down by staff, which reveals health details.</source>
        <translation>Por qué acudió al hospital, tal como lo anotó el personal, que revela datos de salud.</translation>
    </message>
    <message>
        <source>Codes for the reason for your visit</source>
        <translation>Códigos del motivo de su visita</translation>
    </message>
    <message>
        <source>Medical codes for why you came to the hospital, which anyone can look up.</source>
        <translation>Códigos médicos de por qué acudió al hospital, que cualquiera puede consultar.</translation>
    </message>
    <message>
        <source>The contrast dye that was asked for</source>
        <translation>El contraste que se solicitó</translation>
    </message>
    <message>
        <source>The contrast agent your doctor asked to be used for your scan.</source>
        <translation>El medio de contraste que su médico pidió que se usara en su estudio.</translation>
    </message>
    <message>
        <source>Comments about your scan</source>
        <translation>Comentarios sobre su estudio</translation>
    </message>
    <message>
        <source>Notes staff wrote about your scan, which can contain names, dates or health details.</source>
        <translation>Notas que el personal escribió sobre su estudio, que pueden contener nombres, fechas o datos de salud.</translation>
    </message>
    <message>
        <source>Video stream identifiers</source>
        <translation>Identificadores de la señal de vídeo</translation>
    </message>
    <message>
        <source>Identifiers of the live video stream these images came from, which can be traced to the hospital&apos;s equipment.</source>
        <translation>Identificadores de la señal de vídeo en directo de la que proceden estas imágenes, que pueden rastrearse hasta el equipo del hospital.</translation>
    </message>
    <message>
        <source>A video stream identifier</source>
        <translation>Un identificador de la señal de vídeo</translation>
    </message>
    <message>
        <source>An identifier of the live video stream these images came from, which can be traced to the hospital&apos;s equipment.</source>
        <translation>Un identificador de la señal de vídeo en directo de la que proceden estas imágenes, que puede rastrearse hasta el equipo del hospital.</translation>
    </message>
    <message>
        <source>The video source&apos;s identifier</source>
        <translation>El identificador de la fuente de vídeo</translation>
    </message>
    <message>
        <source>An identifier of the camera or device that produced the video, which names the exact equipment.</source>
        <translation>Un identificador de la cámara o el dispositivo que produjo el vídeo, que nombra el equipo exacto.</translation>
    </message>
    <message>
        <source>The time stamp of a video frame</source>
        <translation>La marca de tiempo de un fotograma de vídeo</translation>
    </message>
    <message>
        <source>The exact time a video frame was captured, which pins down your procedure.</source>
        <translation>La hora exacta en que se capturó un fotograma de vídeo, que precisa su procedimiento.</translation>
    </message>
    <message>
        <source>Links to your other names</source>
        <translation>Enlaces a sus otros nombres</translation>
    </message>
    <message>
        <source>References to other names, such as aliases, under which you are registered.</source>
        <translation>Referencias a otros nombres, como alias, con los que está registrado.</translation>
    </message>
    <message>
        <source>Your hospital admission number</source>
        <translation>Su número de ingreso hospitalario</translation>
    </message>
    <message>
        <source>The number of your hospital stay, often used for billing, which staff can use to look you up.</source>
        <translation>El número de su estancia en el hospital, que se usa a menudo para la facturación y con el que el personal puede buscarle.</translation>
    </message>
    <message>
        <source>Who gave your admission number</source>
        <translation>Quién asignó su número de ingreso</translation>
    </message>
    <message>
        <source>The hospital or system that issued your admission number.</source>
        <translation>El hospital o sistema que emitió su número de ingreso.</translation>
    </message>
    <message>
        <source>Who gave your admission number, as codes</source>
        <translation>Quién asignó su número de ingreso, en forma de códigos</translation>
    </message>
    <message>
        <source>Codes for the hospital or system that issued your admission number.</source>
        <translation>Códigos del hospital o sistema que emitió su número de ingreso.</translation>
    </message>
    <message>
        <source>The planned date of your admission</source>
        <translation>La fecha prevista de su ingreso</translation>
    </message>
    <message>
        <source>The day you were booked to be admitted to hospital.</source>
        <translation>El día en que estaba programado su ingreso en el hospital.</translation>
    </message>
    <message>
        <source>The planned time of your admission</source>
        <translation>La hora prevista de su ingreso</translation>
    </message>
    <message>
        <source>The time you were booked to be admitted to hospital.</source>
        <translation>La hora a la que estaba programado su ingreso en el hospital.</translation>
    </message>
    <message>
        <source>The planned date you leave hospital</source>
        <translation>La fecha prevista de su alta</translation>
    </message>
    <message>
        <source>The day you were expected to be discharged from hospital.</source>
        <translation>El día en que estaba previsto darle el alta del hospital.</translation>
    </message>
    <message>
        <source>The planned time you leave hospital</source>
        <translation>La hora prevista de su alta</translation>
    </message>
    <message>
        <source>The time you were expected to be discharged from hospital.</source>
        <translation>La hora a la que estaba previsto darle el alta del hospital.</translation>
    </message>
    <message>
        <source>Where you were to stay</source>
        <translation>Dónde iba a estar</translation>
    </message>
    <message>
        <source>The institution, such as a care home or ward, where you were expected to stay.</source>
        <translation>La institución, como una residencia o una planta del hospital, donde estaba previsto que estuviera.</translation>
    </message>
    <message>
        <source>The date you were admitted</source>
        <translation>La fecha de su ingreso</translation>
    </message>
    <message>
        <source>The day you were admitted to hospital.</source>
        <translation>El día en que ingresó en el hospital.</translation>
    </message>
    <message>
        <source>The time you were admitted</source>
        <translation>La hora de su ingreso</translation>
    </message>
    <message>
        <source>The time of day you were admitted to hospital.</source>
        <translation>La hora del día en que ingresó en el hospital.</translation>
    </message>
    <message>
        <source>The date you left hospital</source>
        <translation>La fecha de su alta</translation>
    </message>
    <message>
        <source>The day you were discharged from hospital.</source>
        <translation>El día en que le dieron el alta del hospital.</translation>
    </message>
    <message>
        <source>The time you left hospital</source>
        <translation>La hora de su alta</translation>
    </message>
    <message>
        <source>The time of day you were discharged from hospital.</source>
        <translation>La hora del día en que le dieron el alta del hospital.</translation>
    </message>
    <message>
        <source>Your diagnosis when you left hospital</source>
        <translation>Su diagnóstico al alta</translation>
    </message>
    <message>
        <source>The diagnosis written when you were discharged, which is sensitive health information.</source>
        <translation>El diagnóstico anotado cuando le dieron el alta, que es información de salud delicada.</translation>
    </message>
    <message>
        <source>Your special needs</source>
        <translation>Sus necesidades especiales</translation>
    </message>
    <message>
        <source>Special needs recorded for you, such as a wheelchair or interpreter, which are personal details.</source>
        <translation>Necesidades especiales que constan para usted, como una silla de ruedas o un intérprete, que son datos personales.</translation>
    </message>
    <message>
        <source>Your care episode number</source>
        <translation>Su número de episodio asistencial</translation>
    </message>
    <message>
        <source>The number of a stretch of care you received, which staff can use to find your records.</source>
        <translation>El número de un periodo de atención que recibió, que el personal puede usar para encontrar sus registros.</translation>
    </message>
    <message>
        <source>Who gave your care episode number</source>
        <translation>Quién asignó su número de episodio asistencial</translation>
    </message>
    <message>
        <source>The hospital or system that issued your care episode number.</source>
        <translation>El hospital o sistema que emitió su número de episodio asistencial.</translation>
    </message>
    <message>
        <source>A description of your care episode</source>
        <translation>Una descripción de su episodio asistencial</translation>
    </message>
    <message>
        <source>Text describing a stretch of care you received, which can reveal health details.</source>
        <translation>Texto que describe un periodo de atención que recibió, que puede revelar datos de salud.</translation>
    </message>
    <message>
        <source>Who gave your care episode number, as codes</source>
        <translation>Quién asignó su número de episodio asistencial, en forma de códigos</translation>
    </message>
    <message>
        <source>Codes for the hospital or system that issued your care episode number.</source>
        <translation>Códigos del hospital o sistema que emitió su número de episodio asistencial.</translation>
    </message>
    <message>
        <source>Where you were in the hospital</source>
        <translation>Dónde estaba usted en el hospital</translation>
    </message>
    <message>
        <source>Your location in the hospital at the time, such as a ward and bed.</source>
        <translation>Su ubicación en el hospital en ese momento, como una planta y una cama.</translation>
    </message>
    <message>
        <source>The institution where you live</source>
        <translation>La institución donde vive</translation>
    </message>
    <message>
        <source>The name of an institution you live in, such as a care home or prison.</source>
        <translation>El nombre de una institución en la que vive, como una residencia o una prisión.</translation>
    </message>
    <message>
        <source>Your condition at the time</source>
        <translation>Su estado en ese momento</translation>
    </message>
    <message>
        <source>A description of your condition, such as &apos;fasting&apos; or &apos;sedated&apos;, which is health information.</source>
        <translation>Una descripción de su estado, como &apos;en ayunas&apos; o &apos;sedado&apos;, que es información de salud.</translation>
    </message>
    <message>
        <source>Comments about your visit</source>
        <translation>Comentarios sobre su visita</translation>
    </message>
    <message>
        <source>Notes staff wrote about your visit, which can contain names, dates or health details.</source>
        <translation>Notas que el personal escribió sobre su visita, que pueden contener nombres, fechas o datos de salud.</translation>
    </message>
    <message>
        <source>A unique number for a group of traces</source>
        <translation>Un número único de un grupo de trazados</translation>
    </message>
    <message>
        <source>A unique number for a group of recorded traces, such as heart signals, which ties them to your visit.</source>
        <translation>Un número único de un grupo de trazados registrados, como señales cardíacas, que los vincula con su visita.</translation>
    </message>
    <message>
        <source>When electrode contact was measured</source>
        <translation>Cuándo se midió el contacto de los electrodos</translation>
    </message>
    <message>
        <source>The date and time the contact of sensors on your skin was measured.</source>
        <translation>La fecha y hora en que se midió el contacto de los sensores con su piel.</translation>
    </message>
    <message>
        <source>A description of a signal filter</source>
        <translation>Una descripción de un filtro de señal</translation>
    </message>
    <message>
        <source>Text describing how a heart or brain trace was filtered, which may include typed notes.</source>
        <translation>Texto que describe cómo se filtró un trazado cardíaco o cerebral y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of a filter table</source>
        <translation>Una descripción de una tabla de filtro</translation>
    </message>
    <message>
        <source>Text describing a table used to filter a recorded trace, which may include typed notes.</source>
        <translation>Texto que describe una tabla usada para filtrar un trazado registrado y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>The network name of the booked machine</source>
        <translation>El nombre de red del equipo programado</translation>
    </message>
    <message>
        <source>The network name of the machine your procedure was booked on, which can identify the site.</source>
        <translation>El nombre de red del equipo en el que se programó su procedimiento, que puede identificar el centro.</translation>
    </message>
    <message>
        <source>The planned date of your procedure</source>
        <translation>La fecha prevista de su procedimiento</translation>
    </message>
    <message>
        <source>The day your procedure was booked for.</source>
        <translation>El día para el que estaba programado su procedimiento.</translation>
    </message>
    <message>
        <source>The planned time of your procedure</source>
        <translation>La hora prevista de su procedimiento</translation>
    </message>
    <message>
        <source>The time your procedure was booked for.</source>
        <translation>La hora para la que estaba programado su procedimiento.</translation>
    </message>
    <message>
        <source>The planned end date of your procedure</source>
        <translation>La fecha de fin prevista de su procedimiento</translation>
    </message>
    <message>
        <source>The day your procedure was planned to end.</source>
        <translation>El día en que estaba previsto que terminara su procedimiento.</translation>
    </message>
    <message>
        <source>The planned end time of your procedure</source>
        <translation>La hora de fin prevista de su procedimiento</translation>
    </message>
    <message>
        <source>The time your procedure was planned to end.</source>
        <translation>La hora a la que estaba previsto que terminara su procedimiento.</translation>
    </message>
    <message>
        <source>The doctor booked to do your procedure</source>
        <translation>El médico programado para su procedimiento</translation>
    </message>
    <message>
        <source>The name of the doctor or staff member planned to carry out your procedure.</source>
        <translation>El nombre del médico o del miembro del personal previsto para llevar a cabo su procedimiento.</translation>
    </message>
    <message>
        <source>A description of the booked procedure</source>
        <translation>Una descripción del procedimiento programado</translation>
    </message>
    <message>
        <source>Text describing the procedure you were booked for, which reveals health details.</source>
        <translation>Texto que describe el procedimiento para el que estaba programado, que revela datos de salud.</translation>
    </message>
    <message>
        <source>The booking number of your procedure</source>
        <translation>El número de programación de su procedimiento</translation>
    </message>
    <message>
        <source>The number of the booked step of your procedure, which staff can use to find your records.</source>
        <translation>El número del paso programado de su procedimiento, que el personal puede usar para encontrar sus registros.</translation>
    </message>
    <message>
        <source>ID details of the booked doctor</source>
        <translation>Datos de identificación del médico programado</translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor planned to carry out your procedure.</source>
        <translation>Nombres y códigos que identifican al médico previsto para llevar a cabo su procedimiento.</translation>
    </message>
    <message>
        <source>The name of the booked machine</source>
        <translation>El nombre del equipo programado</translation>
    </message>
    <message>
        <source>The name of the machine your procedure was booked on, which can identify the hospital.</source>
        <translation>El nombre del equipo en el que se programó su procedimiento, que puede identificar el hospital.</translation>
    </message>
    <message>
        <source>Where your procedure was booked</source>
        <translation>Dónde se programó su procedimiento</translation>
    </message>
    <message>
        <source>The place your procedure was booked to happen, such as a room or building.</source>
        <translation>El lugar donde estaba programado su procedimiento, como una sala o un edificio.</translation>
    </message>
    <message>
        <source>Medicine given before the procedure</source>
        <translation>Medicación administrada antes del procedimiento</translation>
    </message>
    <message>
        <source>Medicine you were given to prepare for the procedure, such as a sedative, which is health information.</source>
        <translation>Medicación que le dieron para prepararle para el procedimiento, como un sedante, que es información de salud.</translation>
    </message>
    <message>
        <source>The network name of the machine used</source>
        <translation>El nombre de red del equipo usado</translation>
    </message>
    <message>
        <source>The network name of the machine that carried out your procedure, which can identify the site.</source>
        <translation>El nombre de red del equipo que realizó su procedimiento, que puede identificar el centro.</translation>
    </message>
    <message>
        <source>The name of the machine used</source>
        <translation>El nombre del equipo usado</translation>
    </message>
    <message>
        <source>The name of the machine that carried out your procedure, which can identify the hospital.</source>
        <translation>El nombre del equipo que realizó su procedimiento, que puede identificar el hospital.</translation>
    </message>
    <message>
        <source>Where your procedure was done</source>
        <translation>Dónde se hizo su procedimiento</translation>
    </message>
    <message>
        <source>The place your procedure was carried out, such as a room or building.</source>
        <translation>El lugar donde se llevó a cabo su procedimiento, como una sala o un edificio.</translation>
    </message>
    <message>
        <source>The date your procedure started</source>
        <translation>La fecha en que empezó su procedimiento</translation>
    </message>
    <message>
        <source>The day your procedure actually started.</source>
        <translation>El día en que empezó realmente su procedimiento.</translation>
    </message>
    <message>
        <source>The time your procedure started</source>
        <translation>La hora en que empezó su procedimiento</translation>
    </message>
    <message>
        <source>The time of day your procedure actually started.</source>
        <translation>La hora del día en que empezó realmente su procedimiento.</translation>
    </message>
    <message>
        <source>The date your procedure ended</source>
        <translation>La fecha en que terminó su procedimiento</translation>
    </message>
    <message>
        <source>The day your procedure actually ended.</source>
        <translation>El día en que terminó realmente su procedimiento.</translation>
    </message>
    <message>
        <source>The time your procedure ended</source>
        <translation>La hora en que terminó su procedimiento</translation>
    </message>
    <message>
        <source>The time of day your procedure actually ended.</source>
        <translation>La hora del día en que terminó realmente su procedimiento.</translation>
    </message>
    <message>
        <source>The number of the procedure done</source>
        <translation>El número del procedimiento realizado</translation>
    </message>
    <message>
        <source>The number the hospital gave the procedure as performed, which staff can use to find your records.</source>
        <translation>El número que el hospital dio al procedimiento tal como se realizó, que el personal puede usar para encontrar sus registros.</translation>
    </message>
    <message>
        <source>A description of the procedure done</source>
        <translation>Una descripción del procedimiento realizado</translation>
    </message>
    <message>
        <source>Text describing the procedure you actually had, which reveals health details.</source>
        <translation>Texto que describe el procedimiento que realmente le hicieron, que revela datos de salud.</translation>
    </message>
    <message>
        <source>The details of the order for your scan</source>
        <translation>Los detalles de la solicitud de su estudio</translation>
    </message>
    <message>
        <source>Order numbers, the reason given and the planned steps for your scan, each of which can identify you.</source>
        <translation>Números de solicitud, el motivo indicado y los pasos previstos de su estudio; cada uno puede identificarle.</translation>
    </message>
    <message>
        <source>Comments about the procedure done</source>
        <translation>Comentarios sobre el procedimiento realizado</translation>
    </message>
    <message>
        <source>Notes staff wrote about your procedure, which can contain names, dates or findings.</source>
        <translation>Notas que el personal escribió sobre su procedimiento, que pueden contener nombres, fechas o hallazgos.</translation>
    </message>
    <message>
        <source>Comments about your radiation dose</source>
        <translation>Comentarios sobre su dosis de radiación</translation>
    </message>
    <message>
        <source>Notes about the radiation you received, which may include typed names or details.</source>
        <translation>Notas sobre la radiación que recibió, que pueden incluir nombres o datos escritos por el personal.</translation>
    </message>
    <message>
        <source>The number of your tissue sample</source>
        <translation>El número de su muestra de tejido</translation>
    </message>
    <message>
        <source>The number the laboratory gave your tissue sample, which staff can use to find your records.</source>
        <translation>El número que el laboratorio asignó a su muestra de tejido, que el personal puede usar para encontrar sus registros.</translation>
    </message>
    <message>
        <source>The number of the sample container</source>
        <translation>El número del recipiente de la muestra</translation>
    </message>
    <message>
        <source>The number on the container or slide holding your sample, which links it to you.</source>
        <translation>El número del recipiente o portaobjetos que contiene su muestra, que la vincula con usted.</translation>
    </message>
    <message>
        <source>Who numbered the sample container</source>
        <translation>Quién numeró el recipiente de la muestra</translation>
    </message>
    <message>
        <source>The laboratory or hospital that numbered your sample container.</source>
        <translation>El laboratorio o el hospital que numeró el recipiente de su muestra.</translation>
    </message>
    <message>
        <source>A description of the sample container</source>
        <translation>Una descripción del recipiente de la muestra</translation>
    </message>
    <message>
        <source>Text describing the container holding your sample, which may include typed notes.</source>
        <translation>Texto que describe el recipiente que contiene su muestra y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>The number of your sample</source>
        <translation>El número de su muestra</translation>
    </message>
    <message>
        <source>The number the laboratory gave your sample, which staff can use to find your records.</source>
        <translation>El número que el laboratorio asignó a su muestra, que el personal puede usar para encontrar sus registros.</translation>
    </message>
    <message>
        <source>A unique number for your sample</source>
        <translation>Un número único de su muestra</translation>
    </message>
    <message>
        <source>A unique number for your tissue sample, which the laboratory can match back to you.</source>
        <translation>Un número único de su muestra de tejido, que el laboratorio puede relacionar con usted.</translation>
    </message>
    <message>
        <source>Details recorded while taking the pictures</source>
        <translation>Datos registrados durante la toma de imágenes</translation>
    </message>
    <message>
        <source>Extra details noted during your scan, such as your position or measurements, which can contain typed text.</source>
        <translation>Datos adicionales anotados durante su estudio, como su posición o medidas, que pueden contener texto escrito por el personal.</translation>
    </message>
    <message>
        <source>Who numbered your sample</source>
        <translation>Quién numeró su muestra</translation>
    </message>
    <message>
        <source>The laboratory or hospital that gave your sample its number.</source>
        <translation>El laboratorio o el hospital que asignó el número a su muestra.</translation>
    </message>
    <message>
        <source>A short description of your sample</source>
        <translation>Una descripción breve de su muestra</translation>
    </message>
    <message>
        <source>A short text describing your tissue sample, which reveals health details.</source>
        <translation>Un texto breve que describe su muestra de tejido, que revela datos de salud.</translation>
    </message>
    <message>
        <source>A detailed description of your sample</source>
        <translation>Una descripción detallada de su muestra</translation>
    </message>
    <message>
        <source>A longer text describing your tissue sample, which reveals health details and may contain names.</source>
        <translation>Un texto más largo que describe su muestra de tejido, que revela datos de salud y puede contener nombres.</translation>
    </message>
    <message>
        <source>How your sample was prepared</source>
        <translation>Cómo se preparó su muestra</translation>
    </message>
    <message>
        <source>The steps used to prepare your tissue sample, which can contain dates, names or typed notes.</source>
        <translation>Los pasos seguidos para preparar su muestra de tejido, que pueden contener fechas, nombres o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>The number of the microscope slide</source>
        <translation>El número del portaobjetos</translation>
    </message>
    <message>
        <source>The number of the glass slide holding your sample, which links it to you.</source>
        <translation>El número del portaobjetos de vidrio que contiene su muestra, que la vincula con usted.</translation>
    </message>
    <message>
        <source>The number of the ordered procedure</source>
        <translation>El número del procedimiento solicitado</translation>
    </message>
    <message>
        <source>The number the hospital gave the procedure your doctor ordered, which staff can use to find your records.</source>
        <translation>El número que el hospital asignó al procedimiento que solicitó su médico, que el personal puede usar para encontrar sus registros.</translation>
    </message>
    <message>
        <source>The reason the procedure was ordered</source>
        <translation>El motivo por el que se solicitó el procedimiento</translation>
    </message>
    <message>
        <source>Why your doctor ordered this procedure, which reveals your symptoms or suspected illness.</source>
        <translation>Por qué su médico solicitó este procedimiento, que revela sus síntomas o la enfermedad que se sospecha.</translation>
    </message>
    <message>
        <source>How you were brought to the scan</source>
        <translation>Cómo le trasladaron al estudio</translation>
    </message>
    <message>
        <source>How you were brought to the department, such as by wheelchair or ambulance, which is personal detail.</source>
        <translation>Cómo le llevaron al servicio, por ejemplo en silla de ruedas o en ambulancia, que es un dato personal.</translation>
    </message>
    <message>
        <source>Where the ordered procedure was to happen</source>
        <translation>Dónde iba a hacerse el procedimiento solicitado</translation>
    </message>
    <message>
        <source>The place where the ordered procedure was to be done.</source>
        <translation>El lugar donde iba a hacerse el procedimiento solicitado.</translation>
    </message>
    <message>
        <source>Codes for why the procedure was ordered</source>
        <translation>Códigos del motivo por el que se solicitó el procedimiento</translation>
    </message>
    <message>
        <source>Medical codes for why your doctor ordered the procedure, which anyone can look up.</source>
        <translation>Códigos médicos de por qué su médico solicitó el procedimiento, que cualquiera puede consultar.</translation>
    </message>
    <message>
        <source>Who should receive your results</source>
        <translation>Quién debe recibir sus resultados</translation>
    </message>
    <message>
        <source>The names of the people meant to receive your results, such as your doctors.</source>
        <translation>Los nombres de las personas que deben recibir sus resultados, como sus médicos.</translation>
    </message>
    <message>
        <source>ID details of who receives your results</source>
        <translation>Datos de identificación de quien recibe sus resultados</translation>
    </message>
    <message>
        <source>Names and codes that identify the people meant to receive your results.</source>
        <translation>Nombres y códigos que identifican a las personas que deben recibir sus resultados.</translation>
    </message>
    <message>
        <source>ID codes for a person</source>
        <translation>Códigos de identificación de una persona</translation>
    </message>
    <message>
        <source>Codes that identify a person involved in your care, such as a staff number.</source>
        <translation>Códigos que identifican a una persona que participa en su atención, como un número de personal.</translation>
    </message>
    <message>
        <source>A person&apos;s address</source>
        <translation>La dirección de una persona</translation>
    </message>
    <message>
        <source>The address of a person involved in your care.</source>
        <translation>La dirección de una persona que participa en su atención.</translation>
    </message>
    <message>
        <source>A person&apos;s phone number</source>
        <translation>El teléfono de una persona</translation>
    </message>
    <message>
        <source>The telephone numbers of a person involved in your care.</source>
        <translation>Los números de teléfono de una persona que participa en su atención.</translation>
    </message>
    <message>
        <source>A person&apos;s phone, fax or email</source>
        <translation>El teléfono, fax o correo electrónico de una persona</translation>
    </message>
    <message>
        <source>Ways to contact a person involved in your care, such as phone, fax or email.</source>
        <translation>Formas de contactar con una persona que participa en su atención, como teléfono, fax o correo electrónico.</translation>
    </message>
    <message>
        <source>Comments about the ordered procedure</source>
        <translation>Comentarios sobre el procedimiento solicitado</translation>
    </message>
    <message>
        <source>Notes written about the procedure your doctor ordered, which can contain names or health details.</source>
        <translation>Notas escritas sobre el procedimiento que solicitó su médico, que pueden contener nombres o datos de salud.</translation>
    </message>
    <message>
        <source>The reason your scan was requested</source>
        <translation>El motivo por el que se solicitó su estudio</translation>
    </message>
    <message>
        <source>Why the imaging request was made, which reveals your symptoms or suspected illness.</source>
        <translation>Por qué se hizo la solicitud de imagen, que revela sus síntomas o la enfermedad que se sospecha.</translation>
    </message>
    <message>
        <source>The date your scan was requested</source>
        <translation>La fecha en que se solicitó su estudio</translation>
    </message>
    <message>
        <source>The day your doctor sent the request for your scan.</source>
        <translation>El día en que su médico envió la solicitud de su estudio.</translation>
    </message>
    <message>
        <source>The time your scan was requested</source>
        <translation>La hora en que se solicitó su estudio</translation>
    </message>
    <message>
        <source>The time of day your doctor sent the request for your scan.</source>
        <translation>La hora del día en que su médico envió la solicitud de su estudio.</translation>
    </message>
    <message>
        <source>Who entered the order for your scan</source>
        <translation>Quién registró la solicitud de su estudio</translation>
    </message>
    <message>
        <source>The name of the person who typed in the order for your scan.</source>
        <translation>El nombre de la persona que introdujo la solicitud de su estudio.</translation>
    </message>
    <message>
        <source>Where the order was entered</source>
        <translation>Dónde se registró la solicitud</translation>
    </message>
    <message>
        <source>The place where the order for your scan was typed in, such as a clinic or ward.</source>
        <translation>El lugar donde se introdujo la solicitud de su estudio, como una consulta o una planta del hospital.</translation>
    </message>
    <message>
        <source>The phone number for questions on the order</source>
        <translation>El teléfono para consultas sobre la solicitud</translation>
    </message>
    <message>
        <source>The phone number to call back about the order for your scan, which leads to the clinic treating you.</source>
        <translation>El número de teléfono al que llamar sobre la solicitud de su estudio, que lleva a la consulta que le trata.</translation>
    </message>
    <message>
        <source>Contact details for questions on the order</source>
        <translation>Datos de contacto para consultas sobre la solicitud</translation>
    </message>
    <message>
        <source>Phone, fax or email to reach about the order for your scan, which leads to the clinic treating you.</source>
        <translation>Teléfono, fax o correo electrónico de contacto sobre la solicitud de su estudio, que lleva a la consulta que le trata.</translation>
    </message>
    <message>
        <source>The order number from your doctor&apos;s system</source>
        <translation>El número de solicitud del sistema de su médico</translation>
    </message>
    <message>
        <source>The number your doctor&apos;s system gave the scan order, which can be used to find your records.</source>
        <translation>El número que el sistema de su médico asignó a la solicitud del estudio, que puede usarse para encontrar sus registros.</translation>
    </message>
    <message>
        <source>The order number from the imaging department</source>
        <translation>El número de solicitud del servicio de imagen</translation>
    </message>
    <message>
        <source>The number the imaging department gave your scan order, which can be used to find your records.</source>
        <translation>El número que el servicio de diagnóstico por imagen asignó a la solicitud de su estudio, que puede usarse para encontrar sus registros.</translation>
    </message>
    <message>
        <source>Comments on the scan request</source>
        <translation>Comentarios sobre la solicitud del estudio</translation>
    </message>
    <message>
        <source>Notes written on the request for your scan, which can contain names or health details.</source>
        <translation>Notas escritas en la solicitud de su estudio, que pueden contener nombres o datos de salud.</translation>
    </message>
    <message>
        <source>Special privacy rules for your data</source>
        <translation>Reglas especiales de privacidad para sus datos</translation>
    </message>
    <message>
        <source>Notes on who may see your data, such as for a well-known patient, which can itself single you out.</source>
        <translation>Notas sobre quién puede ver sus datos, por ejemplo en el caso de un paciente conocido, lo que en sí mismo puede señalarle.</translation>
    </message>
    <message>
        <source>The planned date and time of a step</source>
        <translation>La fecha y hora previstas de un paso</translation>
    </message>
    <message>
        <source>The date and time a step of your care was booked to start.</source>
        <translation>La fecha y hora a la que estaba programado el inicio de un paso de su atención.</translation>
    </message>
    <message>
        <source>When a booked step expires</source>
        <translation>Cuándo caduca un paso programado</translation>
    </message>
    <message>
        <source>The date and time after which a booked step of your care expires.</source>
        <translation>La fecha y hora a partir de la cual caduca un paso programado de su atención.</translation>
    </message>
    <message>
        <source>When a booked step was changed</source>
        <translation>Cuándo se modificó un paso programado</translation>
    </message>
    <message>
        <source>The date and time a booked step of your care was last changed.</source>
        <translation>La fecha y hora de la última modificación de un paso programado de su atención.</translation>
    </message>
    <message>
        <source>When a step was expected to finish</source>
        <translation>Cuándo estaba previsto que terminara un paso</translation>
    </message>
    <message>
        <source>The date and time a step of your care was expected to be completed.</source>
        <translation>La fecha y hora en que estaba previsto completar un paso de su atención.</translation>
    </message>
    <message>
        <source>A unique number for a work request</source>
        <translation>Un número único de una solicitud de trabajo</translation>
    </message>
    <message>
        <source>A unique number for a hospital system&apos;s work request about your care, which appears in its logs.</source>
        <translation>Un número único de una solicitud de trabajo de un sistema del hospital sobre su atención, que aparece en sus registros de actividad.</translation>
    </message>
    <message>
        <source>Codes for the booked machine</source>
        <translation>Códigos del equipo programado</translation>
    </message>
    <message>
        <source>Codes naming the machine your procedure was booked on, which can identify the hospital.</source>
        <translation>Códigos que nombran el equipo en el que se programó su procedimiento, que pueden identificar el hospital.</translation>
    </message>
    <message>
        <source>Codes for where the booked machine is</source>
        <translation>Códigos de dónde está el equipo programado</translation>
    </message>
    <message>
        <source>Codes for the site where the booked machine stands, which can reveal the hospital and town.</source>
        <translation>Códigos del centro donde se encuentra el equipo programado, que pueden revelar el hospital y la ciudad.</translation>
    </message>
    <message>
        <source>Codes for the machine used</source>
        <translation>Códigos del equipo usado</translation>
    </message>
    <message>
        <source>Codes naming the machine that carried out your procedure, which can identify the hospital.</source>
        <translation>Códigos que nombran el equipo que realizó su procedimiento, que pueden identificar el hospital.</translation>
    </message>
    <message>
        <source>Codes for where the machine used is</source>
        <translation>Códigos de dónde está el equipo usado</translation>
    </message>
    <message>
        <source>Codes for the site where the machine that did your procedure stands, which can reveal the hospital and town.</source>
        <translation>Códigos del centro donde se encuentra el equipo que realizó su procedimiento, que pueden revelar el hospital y la ciudad.</translation>
    </message>
    <message>
        <source>Staff booked for your procedure</source>
        <translation>Personal programado para su procedimiento</translation>
    </message>
    <message>
        <source>The names and roles of the staff planned to carry out your procedure.</source>
        <translation>Los nombres y funciones del personal previsto para llevar a cabo su procedimiento.</translation>
    </message>
    <message>
        <source>Staff who did your procedure</source>
        <translation>Personal que realizó su procedimiento</translation>
    </message>
    <message>
        <source>The names and roles of the staff who actually carried out your procedure.</source>
        <translation>Los nombres y funciones del personal que realmente llevó a cabo su procedimiento.</translation>
    </message>
    <message>
        <source>The staff member&apos;s organisation</source>
        <translation>La organización del miembro del personal</translation>
    </message>
    <message>
        <source>The organisation a staff member who worked on your procedure belongs to.</source>
        <translation>La organización a la que pertenece un miembro del personal que participó en su procedimiento.</translation>
    </message>
    <message>
        <source>The name of a staff member</source>
        <translation>El nombre de un miembro del personal</translation>
    </message>
    <message>
        <source>The name of a staff member who worked on your procedure.</source>
        <translation>El nombre de un miembro del personal que participó en su procedimiento.</translation>
    </message>
    <message>
        <source>When a step of your care started</source>
        <translation>Cuándo empezó un paso de su atención</translation>
    </message>
    <message>
        <source>The date and time a step of your care actually started.</source>
        <translation>La fecha y hora en que empezó realmente un paso de su atención.</translation>
    </message>
    <message>
        <source>When a step of your care ended</source>
        <translation>Cuándo terminó un paso de su atención</translation>
    </message>
    <message>
        <source>The date and time a step of your care actually ended.</source>
        <translation>La fecha y hora en que terminó realmente un paso de su atención.</translation>
    </message>
    <message>
        <source>When a step of your care was cancelled</source>
        <translation>Cuándo se canceló un paso de su atención</translation>
    </message>
    <message>
        <source>The date and time a step of your care was cancelled.</source>
        <translation>La fecha y hora en que se canceló un paso de su atención.</translation>
    </message>
    <message>
        <source>The date findings were recorded</source>
        <translation>La fecha en que se registraron los hallazgos</translation>
    </message>
    <message>
        <source>The day a group of findings about your scan was written down.</source>
        <translation>El día en que se anotó un grupo de hallazgos sobre su estudio.</translation>
    </message>
    <message>
        <source>The time findings were recorded</source>
        <translation>La hora en que se registraron los hallazgos</translation>
    </message>
    <message>
        <source>The time of day a group of findings about your scan was written down.</source>
        <translation>La hora del día en que se anotó un grupo de hallazgos sobre su estudio.</translation>
    </message>
    <message>
        <source>The organisation that checked the report</source>
        <translation>La organización que verificó el informe</translation>
    </message>
    <message>
        <source>The name of the organisation responsible for checking your report, which usually reveals the hospital.</source>
        <translation>El nombre de la organización responsable de verificar su informe, que suele revelar el hospital.</translation>
    </message>
    <message>
        <source>When the report was checked</source>
        <translation>Cuándo se verificó el informe</translation>
    </message>
    <message>
        <source>The date and time a doctor signed off your report.</source>
        <translation>La fecha y hora en que un médico firmó y validó su informe.</translation>
    </message>
    <message>
        <source>When an observation was made</source>
        <translation>Cuándo se hizo una observación</translation>
    </message>
    <message>
        <source>The date and time a finding or measurement about you was made.</source>
        <translation>La fecha y hora en que se hizo un hallazgo o una medición sobre usted.</translation>
    </message>
    <message>
        <source>When an observation started</source>
        <translation>Cuándo empezó una observación</translation>
    </message>
    <message>
        <source>The date and time a finding or measurement about you started.</source>
        <translation>La fecha y hora en que empezó un hallazgo o una medición sobre usted.</translation>
    </message>
    <message>
        <source>The people who checked the report</source>
        <translation>Las personas que verificaron el informe</translation>
    </message>
    <message>
        <source>The names and details of the doctors who signed off your report.</source>
        <translation>Los nombres y datos de los médicos que firmaron y validaron su informe.</translation>
    </message>
    <message>
        <source>The name of the doctor who checked the report</source>
        <translation>El nombre del médico que verificó el informe</translation>
    </message>
    <message>
        <source>The name of the doctor who signed off your report.</source>
        <translation>El nombre del médico que firmó y validó su informe.</translation>
    </message>
    <message>
        <source>The authors of the report</source>
        <translation>Los autores del informe</translation>
    </message>
    <message>
        <source>The names and details of the people who wrote your report.</source>
        <translation>Los nombres y datos de las personas que redactaron su informe.</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation>Personas que participaron</translation>
    </message>
    <message>
        <source>The names and roles of people who took part in making this record, such as staff or devices.</source>
        <translation>Los nombres y funciones de las personas que participaron en la creación de este registro, como personal o dispositivos.</translation>
    </message>
    <message>
        <source>The organisation keeping the record</source>
        <translation>La organización que custodia el registro</translation>
    </message>
    <message>
        <source>The name of the organisation responsible for keeping this record, which usually reveals the hospital.</source>
        <translation>El nombre de la organización responsable de custodiar este registro, que suele revelar el hospital.</translation>
    </message>
    <message>
        <source>When a person took part</source>
        <translation>Cuándo participó una persona</translation>
    </message>
    <message>
        <source>The date and time a person took part in making this record.</source>
        <translation>La fecha y hora en que una persona participó en la creación de este registro.</translation>
    </message>
    <message>
        <source>ID codes of the doctor who checked the report</source>
        <translation>Códigos de identificación del médico que verificó el informe</translation>
    </message>
    <message>
        <source>Codes that identify the doctor who signed off your report, such as a staff number.</source>
        <translation>Códigos que identifican al médico que firmó y validó su informe, como un número de personal.</translation>
    </message>
    <message>
        <source>The date of a document or spoken report</source>
        <translation>La fecha de un documento o informe verbal</translation>
    </message>
    <message>
        <source>The day a document was written or a report was given by word of mouth.</source>
        <translation>El día en que se redactó un documento o se dio un informe de palabra.</translation>
    </message>
    <message>
        <source>The time of a document or spoken report</source>
        <translation>La hora de un documento o informe verbal</translation>
    </message>
    <message>
        <source>The time of day a document was written or a report was given by word of mouth.</source>
        <translation>La hora del día en que se redactó un documento o se dio un informe de palabra.</translation>
    </message>
    <message>
        <source>A date and time written in the report</source>
        <translation>Una fecha y hora escritas en el informe</translation>
    </message>
    <message>
        <source>A date and time recorded as a value in your report, such as when something was observed.</source>
        <translation>Una fecha y hora registradas como valor en su informe, como el momento en que se observó algo.</translation>
    </message>
    <message>
        <source>A date written in the report</source>
        <translation>Una fecha escrita en el informe</translation>
    </message>
    <message>
        <source>A date recorded as a value in your report, such as the date of an earlier scan.</source>
        <translation>Una fecha registrada como valor en su informe, como la fecha de un estudio anterior.</translation>
    </message>
    <message>
        <source>A time written in the report</source>
        <translation>Una hora escrita en el informe</translation>
    </message>
    <message>
        <source>A time of day recorded as a value in your report.</source>
        <translation>Una hora del día registrada como valor en su informe.</translation>
    </message>
    <message>
        <source>A person&apos;s name written in the report</source>
        <translation>El nombre de una persona escrito en el informe</translation>
    </message>
    <message>
        <source>A person&apos;s name recorded as a value in your report, which may be yours or a staff member&apos;s.</source>
        <translation>El nombre de una persona registrado como valor en su informe, que puede ser el suyo o el de un miembro del personal.</translation>
    </message>
    <message>
        <source>A reference number written in the report</source>
        <translation>Un número de referencia escrito en el informe</translation>
    </message>
    <message>
        <source>A unique number recorded as a value in your report, which can point to your other records.</source>
        <translation>Un número único registrado como valor en su informe, que puede apuntar a sus otros registros.</translation>
    </message>
    <message>
        <source>A referenced date and time in the report</source>
        <translation>Una fecha y hora de referencia en el informe</translation>
    </message>
    <message>
        <source>A date and time your report points to, such as the moment of a measurement.</source>
        <translation>Una fecha y hora a la que apunta su informe, como el momento de una medición.</translation>
    </message>
    <message>
        <source>A unique number for a finding</source>
        <translation>Un número único de un hallazgo</translation>
    </message>
    <message>
        <source>A unique number for one finding or measurement in your report, which ties it to your records.</source>
        <translation>Un número único de un hallazgo o una medición de su informe, que lo vincula con sus registros.</translation>
    </message>
    <message>
        <source>A reference to another finding</source>
        <translation>Una referencia a otro hallazgo</translation>
    </message>
    <message>
        <source>The unique number of another finding this one refers to, which ties your records together.</source>
        <translation>El número único de otro hallazgo al que se refiere este, que une sus registros entre sí.</translation>
    </message>
    <message>
        <source>The date of an observation</source>
        <translation>La fecha de una observación</translation>
    </message>
    <message>
        <source>The day a finding or measurement about you was made.</source>
        <translation>El día en que se hizo un hallazgo o una medición sobre usted.</translation>
    </message>
    <message>
        <source>The time of an observation</source>
        <translation>La hora de una observación</translation>
    </message>
    <message>
        <source>The time of day a finding or measurement about you was made.</source>
        <translation>La hora del día en que se hizo un hallazgo o una medición sobre usted.</translation>
    </message>
    <message>
        <source>The current observer</source>
        <translation>El observador actual</translation>
    </message>
    <message>
        <source>The name of the person currently observing or recording findings about you.</source>
        <translation>El nombre de la persona que observa o registra actualmente hallazgos sobre usted.</translation>
    </message>
    <message>
        <source>The person who spoke the report</source>
        <translation>La persona que dio el informe verbal</translation>
    </message>
    <message>
        <source>The name of the person who gave information by word of mouth.</source>
        <translation>El nombre de la persona que dio información de palabra.</translation>
    </message>
    <message>
        <source>The speaker&apos;s address</source>
        <translation>La dirección de quien habló</translation>
    </message>
    <message>
        <source>The address of the person who gave information by word of mouth.</source>
        <translation>La dirección de la persona que dio información de palabra.</translation>
    </message>
    <message>
        <source>The speaker&apos;s phone number</source>
        <translation>El teléfono de quien habló</translation>
    </message>
    <message>
        <source>The phone number of the person who gave information by word of mouth.</source>
        <translation>El número de teléfono de la persona que dio información de palabra.</translation>
    </message>
    <message>
        <source>ID codes of the speaker</source>
        <translation>Códigos de identificación de quien habló</translation>
    </message>
    <message>
        <source>Codes that identify the person who gave information by word of mouth.</source>
        <translation>Códigos que identifican a la persona que dio información de palabra.</translation>
    </message>
    <message>
        <source>A unique number for the subject observed</source>
        <translation>Un número único del sujeto observado</translation>
    </message>
    <message>
        <source>A unique number for the person or thing the findings are about, which can point back to you.</source>
        <translation>Un número único de la persona o cosa a la que se refieren los hallazgos, que puede apuntar a usted.</translation>
    </message>
    <message>
        <source>The contents of a report</source>
        <translation>El contenido de un informe</translation>
    </message>
    <message>
        <source>The findings, measurements, names and dates that make up a structured report about your scan, any of which can identify you.</source>
        <translation>Los hallazgos, mediciones, nombres y fechas que forman un informe estructurado sobre su estudio; cualquiera de ellos puede identificarle.</translation>
    </message>
    <message>
        <source>The version of a report template</source>
        <translation>La versión de una plantilla de informe</translation>
    </message>
    <message>
        <source>The version of the form used to build a report; about the form, not you, but may hold stray text.</source>
        <translation>La versión del formulario usado para crear un informe; trata sobre el formulario, no sobre usted, pero puede contener texto suelto.</translation>
    </message>
    <message>
        <source>A hospital&apos;s version of a report template</source>
        <translation>La versión de un hospital de una plantilla de informe</translation>
    </message>
    <message>
        <source>A hospital&apos;s own version label of a report form, which can hint at which hospital made the file.</source>
        <translation>La etiqueta de versión propia de un hospital de un formulario de informe, que puede dar pistas de qué hospital creó el archivo.</translation>
    </message>
    <message>
        <source>A unique number for the template&apos;s author</source>
        <translation>Un número único del autor de la plantilla</translation>
    </message>
    <message>
        <source>A unique number for the organisation that extended a report form, which can point to the hospital.</source>
        <translation>Un número único de la organización que amplió un formulario de informe, que puede señalar el hospital.</translation>
    </message>
    <message>
        <source>A unique number for who changed the template</source>
        <translation>Un número único de quién modificó la plantilla</translation>
    </message>
    <message>
        <source>A unique number for the person or system that extended a report form, which can point to the hospital.</source>
        <translation>Un número único de la persona o el sistema que amplió un formulario de informe, que puede señalar el hospital.</translation>
    </message>
    <message>
        <source>When a linked document took effect</source>
        <translation>Cuándo entró en vigor un documento vinculado</translation>
    </message>
    <message>
        <source>The date and time a linked hospital document about you took effect.</source>
        <translation>La fecha y hora en que entró en vigor un documento del hospital vinculado y relativo a usted.</translation>
    </message>
    <message>
        <source>An attached document</source>
        <translation>Un documento adjunto</translation>
    </message>
    <message>
        <source>A whole document, often a PDF report, stored inside the file; it can contain your name, address and diagnosis.</source>
        <translation>Un documento completo, a menudo un informe en PDF, guardado dentro del archivo; puede contener su nombre, su dirección y su diagnóstico.</translation>
    </message>
    <message>
        <source>When a product was approved</source>
        <translation>Cuándo se aprobó un producto</translation>
    </message>
    <message>
        <source>The date and time a product used in your care, such as a drug, was approved.</source>
        <translation>La fecha y hora en que se aprobó un producto usado en su atención, como un fármaco.</translation>
    </message>
    <message>
        <source>When a product expires</source>
        <translation>Cuándo caduca un producto</translation>
    </message>
    <message>
        <source>The expiry date and time of a product used in your care, such as a drug batch.</source>
        <translation>La fecha y hora de caducidad de un producto usado en su atención, como un lote de un fármaco.</translation>
    </message>
    <message>
        <source>When a substance was given to you</source>
        <translation>Cuándo se le administró una sustancia</translation>
    </message>
    <message>
        <source>The date and time a drug or other substance was given to you.</source>
        <translation>La fecha y hora en que se le administró un fármaco u otra sustancia.</translation>
    </message>
    <message>
        <source>When a statement was made</source>
        <translation>Cuándo se hizo una declaración</translation>
    </message>
    <message>
        <source>The date and time a statement, such as a safety approval, was made about your treatment.</source>
        <translation>La fecha y hora en que se hizo una declaración sobre su tratamiento, como una aprobación de seguridad.</translation>
    </message>
    <message>
        <source>When a statement expires</source>
        <translation>Cuándo caduca una declaración</translation>
    </message>
    <message>
        <source>The date and time a statement, such as a safety approval, stops being valid.</source>
        <translation>La fecha y hora en que una declaración, como una aprobación de seguridad, deja de ser válida.</translation>
    </message>
    <message>
        <source>The number of a device part</source>
        <translation>El número de una pieza de un dispositivo</translation>
    </message>
    <message>
        <source>The identifier of a part of an implant or device container, which can trace back to your case.</source>
        <translation>El identificador de una pieza de un implante o del envase de un dispositivo, que puede rastrearse hasta su caso.</translation>
    </message>
    <message>
        <source>A description of a device</source>
        <translation>Una descripción de un dispositivo</translation>
    </message>
    <message>
        <source>Text describing a device, such as a catheter or implant shown in the image, which may include typed notes.</source>
        <translation>Texto que describe un dispositivo, como un catéter o un implante que aparece en la imagen, y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A long description of a device</source>
        <translation>Una descripción larga de un dispositivo</translation>
    </message>
    <message>
        <source>A longer text describing a device shown or used in the image, which may include typed notes.</source>
        <translation>Un texto más largo que describe un dispositivo que aparece o se usó en la imagen y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A unique tracking number</source>
        <translation>Un número de seguimiento único</translation>
    </message>
    <message>
        <source>A unique number used to track a finding, such as a tumour, across your scans over time.</source>
        <translation>Un número único que se usa para seguir un hallazgo, como un tumor, en sus estudios a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>A unique number for the original position grid</source>
        <translation>Un número único de la cuadrícula de posición original</translation>
    </message>
    <message>
        <source>A unique number for the positioning grid of the images this one was aligned to, linking it to your scans.</source>
        <translation>Un número único de la cuadrícula de posicionamiento de las imágenes con las que se alineó esta, que la vincula con sus estudios.</translation>
    </message>
    <message>
        <source>When an implant plan took effect</source>
        <translation>Cuándo entró en vigor una plantilla de implante</translation>
    </message>
    <message>
        <source>The date and time an implant template used in your planning took effect; it is about the product, not you.</source>
        <translation>La fecha y hora en que entró en vigor una plantilla de implante usada en su planificación; trata sobre el producto, no sobre usted.</translation>
    </message>
    <message>
        <source>When implant information was issued</source>
        <translation>Cuándo se publicó la información de un implante</translation>
    </message>
    <message>
        <source>The date and time information about an implant product was issued; it is about the product, not you.</source>
        <translation>La fecha y hora en que se publicó la información sobre un implante; trata sobre el producto, no sobre usted.</translation>
    </message>
    <message>
        <source>A unique number for a group of annotations</source>
        <translation>Un número único de un grupo de anotaciones</translation>
    </message>
    <message>
        <source>A unique number for a group of markings on a slide image, which ties them to your sample.</source>
        <translation>Un número único de un grupo de marcas en una imagen de preparación, que las vincula con su muestra.</translation>
    </message>
    <message>
        <source>A label for a group of annotations</source>
        <translation>Una etiqueta de un grupo de anotaciones</translation>
    </message>
    <message>
        <source>A label for a group of markings on a slide image, which may include typed names or notes.</source>
        <translation>Una etiqueta de un grupo de marcas en una imagen de preparación, que puede incluir nombres o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of a group of annotations</source>
        <translation>Una descripción de un grupo de anotaciones</translation>
    </message>
    <message>
        <source>Text describing a group of markings on a slide image, which may include typed names or findings.</source>
        <translation>Texto que describe un grupo de marcas en una imagen de preparación y que puede incluir nombres o hallazgos escritos por el personal.</translation>
    </message>
    <message>
        <source>Text and markings drawn on the image</source>
        <translation>Texto y marcas dibujados en la imagen</translation>
    </message>
    <message>
        <source>Words, arrows and shapes drawn over the image, which can include your name or notes typed by staff.</source>
        <translation>Palabras, flechas y formas dibujadas sobre la imagen, que pueden incluir su nombre o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>The date a display version was made</source>
        <translation>La fecha en que se creó una versión de visualización</translation>
    </message>
    <message>
        <source>The day someone saved a particular way of showing your images, usually around your scan or reading.</source>
        <translation>El día en que alguien guardó una forma concreta de mostrar sus imágenes, normalmente cerca de su estudio o de su interpretación.</translation>
    </message>
    <message>
        <source>The time a display version was made</source>
        <translation>La hora en que se creó una versión de visualización</translation>
    </message>
    <message>
        <source>The time of day someone saved a particular way of showing your images.</source>
        <translation>La hora del día en que alguien guardó una forma concreta de mostrar sus imágenes.</translation>
    </message>
    <message>
        <source>Who made the display version</source>
        <translation>Quién creó la versión de visualización</translation>
    </message>
    <message>
        <source>The name of the person who saved a particular way of showing your images, such as your radiologist.</source>
        <translation>El nombre de la persona que guardó una forma concreta de mostrar sus imágenes, como su radiólogo.</translation>
    </message>
    <message>
        <source>ID codes of who made the display version</source>
        <translation>Códigos de identificación de quien creó la versión de visualización</translation>
    </message>
    <message>
        <source>Codes that identify the person who saved a particular way of showing your images.</source>
        <translation>Códigos que identifican a la persona que guardó una forma concreta de mostrar sus imágenes.</translation>
    </message>
    <message>
        <source>A unique number for a marker point</source>
        <translation>Un número único de un punto de referencia</translation>
    </message>
    <message>
        <source>A unique number for a marker point placed on your images, which ties them together.</source>
        <translation>Un número único de un punto de referencia colocado en sus imágenes, que las une entre sí.</translation>
    </message>
    <message>
        <source>A unique number for a group of displays</source>
        <translation>Un número único de un grupo de visualizaciones</translation>
    </message>
    <message>
        <source>A unique number for a collection of ways to show your images, which ties them to your scan.</source>
        <translation>Un número único de un conjunto de formas de mostrar sus imágenes, que lo vincula con su estudio.</translation>
    </message>
    <message>
        <source>A unique number for a display sequence</source>
        <translation>Un número único de una secuencia de visualización</translation>
    </message>
    <message>
        <source>A unique number for an ordered set of ways to show your images, which ties them to your scan.</source>
        <translation>Un número único de un conjunto ordenado de formas de mostrar sus imágenes, que lo vincula con su estudio.</translation>
    </message>
    <message>
        <source>When a screen layout was made</source>
        <translation>Cuándo se creó una disposición de pantalla</translation>
    </message>
    <message>
        <source>The date and time a screen layout for showing images was created; usually about the hospital, not you.</source>
        <translation>La fecha y hora en que se creó una disposición de pantalla para mostrar imágenes; normalmente trata sobre el hospital, no sobre usted.</translation>
    </message>
    <message>
        <source>A network name used by a screen layout</source>
        <translation>Un nombre de red usado por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A network name a screen layout rule matches on, which can identify a hospital machine.</source>
        <translation>Un nombre de red con el que compara una regla de disposición de pantalla, que puede identificar un equipo del hospital.</translation>
    </message>
    <message>
        <source>An age used by a screen layout</source>
        <translation>Una edad usada por una disposición de pantalla</translation>
    </message>
    <message>
        <source>An age a screen layout rule matches on, which could be your age.</source>
        <translation>Una edad con la que compara una regla de disposición de pantalla, que podría ser su edad.</translation>
    </message>
    <message>
        <source>A date used by a screen layout</source>
        <translation>Una fecha usada por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A date a screen layout rule matches on, which could be a date from your scan.</source>
        <translation>Una fecha con la que compara una regla de disposición de pantalla, que podría ser una fecha de su estudio.</translation>
    </message>
    <message>
        <source>A date and time used by a screen layout</source>
        <translation>Una fecha y hora usadas por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A date and time a screen layout rule matches on, which could come from your scan.</source>
        <translation>Una fecha y hora con las que compara una regla de disposición de pantalla, que podrían proceder de su estudio.</translation>
    </message>
    <message>
        <source>Raw data used by a screen layout</source>
        <translation>Datos sin procesar usados por una disposición de pantalla</translation>
    </message>
    <message>
        <source>Raw data a screen layout rule matches on, which could hold any detail copied from your scan.</source>
        <translation>Datos sin procesar con los que compara una regla de disposición de pantalla, que podrían contener cualquier dato copiado de su estudio.</translation>
    </message>
    <message>
        <source>A short text used by a screen layout</source>
        <translation>Un texto corto usado por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A short text a screen layout rule matches on, which could be a name or description from your scan.</source>
        <translation>Un texto corto con el que compara una regla de disposición de pantalla, que podría ser un nombre o una descripción de su estudio.</translation>
    </message>
    <message>
        <source>A long text used by a screen layout</source>
        <translation>Un texto largo usado por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A longer text a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation>Un texto más largo con el que compara una regla de disposición de pantalla, que podría contener notas copiadas de su estudio.</translation>
    </message>
    <message>
        <source>A person&apos;s name used by a screen layout</source>
        <translation>El nombre de una persona usado por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A person&apos;s name a screen layout rule matches on, such as a doctor&apos;s or your own.</source>
        <translation>El nombre de una persona con el que compara una regla de disposición de pantalla, como el de un médico o el suyo propio.</translation>
    </message>
    <message>
        <source>A time used by a screen layout</source>
        <translation>Una hora usada por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A time of day a screen layout rule matches on, which could be the time of your scan.</source>
        <translation>Una hora del día con la que compara una regla de disposición de pantalla, que podría ser la hora de su estudio.</translation>
    </message>
    <message>
        <source>A short label used by a screen layout</source>
        <translation>Una etiqueta corta usada por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A short label a screen layout rule matches on, which could be a number or name from your scan.</source>
        <translation>Una etiqueta corta con la que compara una regla de disposición de pantalla, que podría ser un número o un nombre de su estudio.</translation>
    </message>
    <message>
        <source>Unknown data used by a screen layout</source>
        <translation>Datos desconocidos usados por una disposición de pantalla</translation>
    </message>
    <message>
        <source>Data of unknown type a screen layout rule matches on, which could hold any detail copied from your scan.</source>
        <translation>Datos de tipo desconocido con los que compara una regla de disposición de pantalla, que podrían contener cualquier dato copiado de su estudio.</translation>
    </message>
    <message>
        <source>A text used by a screen layout</source>
        <translation>Un texto usado por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A text a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation>Un texto con el que compara una regla de disposición de pantalla, que podría contener notas copiadas de su estudio.</translation>
    </message>
    <message>
        <source>An unlimited text used by a screen layout</source>
        <translation>Un texto ilimitado usado por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A text of any length a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation>Un texto de cualquier longitud con el que compara una regla de disposición de pantalla, que podría contener notas copiadas de su estudio.</translation>
    </message>
    <message>
        <source>A web address used by a screen layout</source>
        <translation>Una dirección web usada por una disposición de pantalla</translation>
    </message>
    <message>
        <source>A web address a screen layout rule matches on, which can point to a hospital server.</source>
        <translation>Una dirección web con la que compara una regla de disposición de pantalla, que puede apuntar a un servidor del hospital.</translation>
    </message>
    <message>
        <source>The network name of the receiving machine</source>
        <translation>El nombre de red del equipo receptor</translation>
    </message>
    <message>
        <source>The network name of the machine meant to receive instructions about your treatment, which can identify the site.</source>
        <translation>El nombre de red del equipo que debía recibir instrucciones sobre su tratamiento, que puede identificar el centro.</translation>
    </message>
    <message>
        <source>The network name of the requesting machine</source>
        <translation>El nombre de red del equipo solicitante</translation>
    </message>
    <message>
        <source>The network name of the machine that sent instructions about your treatment, which can identify the site.</source>
        <translation>El nombre de red del equipo que envió instrucciones sobre su tratamiento, que puede identificar el centro.</translation>
    </message>
    <message>
        <source>A unique number for the disc</source>
        <translation>Un número único del disco</translation>
    </message>
    <message>
        <source>A unique number given to this disc or file set when it was made, which the hospital may have recorded.</source>
        <translation>Un número único asignado a este disco o conjunto de archivos cuando se creó, que el hospital puede haber registrado.</translation>
    </message>
    <message>
        <source>A small preview picture</source>
        <translation>Una imagen de vista previa pequeña</translation>
    </message>
    <message>
        <source>A thumbnail of the image, which can show your face or text burned into the picture such as your name.</source>
        <translation>Una miniatura de la imagen, que puede mostrar su cara o texto grabado en la imagen, como su nombre.</translation>
    </message>
    <message>
        <source>The title of a topic</source>
        <translation>El título de un tema</translation>
    </message>
    <message>
        <source>The title of a collection of images on a topic, which may include names or notes.</source>
        <translation>El título de una colección de imágenes sobre un tema, que puede incluir nombres o notas.</translation>
    </message>
    <message>
        <source>The subject of a topic</source>
        <translation>El asunto de un tema</translation>
    </message>
    <message>
        <source>The subject of a collection of images, which may include names or health details.</source>
        <translation>El asunto de una colección de imágenes, que puede incluir nombres o datos de salud.</translation>
    </message>
    <message>
        <source>The author of a topic</source>
        <translation>El autor de un tema</translation>
    </message>
    <message>
        <source>The name of the person who put together a collection of images.</source>
        <translation>El nombre de la persona que reunió una colección de imágenes.</translation>
    </message>
    <message>
        <source>Keywords of a topic</source>
        <translation>Palabras clave de un tema</translation>
    </message>
    <message>
        <source>Keywords for a collection of images, which may include names or health details.</source>
        <translation>Palabras clave de una colección de imágenes, que pueden incluir nombres o datos de salud.</translation>
    </message>
    <message>
        <source>When the file was authorised</source>
        <translation>Cuándo se autorizó el archivo</translation>
    </message>
    <message>
        <source>The date and time this file was approved for use, tied to the handling of your scan.</source>
        <translation>La fecha y hora en que se aprobó el uso de este archivo, vinculadas al procesamiento de su estudio.</translation>
    </message>
    <message>
        <source>A unique number for a digital signature</source>
        <translation>Un número único de una firma digital</translation>
    </message>
    <message>
        <source>A unique number for a digital signature on this file, which can be traced to the signing system.</source>
        <translation>Un número único de una firma digital de este archivo, que puede rastrearse hasta el sistema que firmó.</translation>
    </message>
    <message>
        <source>When the file was digitally signed</source>
        <translation>Cuándo se firmó digitalmente el archivo</translation>
    </message>
    <message>
        <source>The date and time this file was digitally signed, usually around your scan or report.</source>
        <translation>La fecha y hora en que se firmó digitalmente este archivo, normalmente cerca de su estudio o su informe.</translation>
    </message>
    <message>
        <source>The signer&apos;s digital certificate</source>
        <translation>El certificado digital del firmante</translation>
    </message>
    <message>
        <source>The certificate of whoever signed this file, which usually contains their name and organisation.</source>
        <translation>El certificado de quien firmó este archivo, que suele contener su nombre y su organización.</translation>
    </message>
    <message>
        <source>A certified time stamp</source>
        <translation>Un sello de tiempo certificado</translation>
    </message>
    <message>
        <source>A time stamp certified by a trusted service, showing exactly when the file was signed.</source>
        <translation>Un sello de tiempo certificado por un servicio de confianza, que muestra exactamente cuándo se firmó el archivo.</translation>
    </message>
    <message>
        <source>Links to digital signatures</source>
        <translation>Enlaces a firmas digitales</translation>
    </message>
    <message>
        <source>References to digital signatures on other files, with their unique numbers, which tie your records together.</source>
        <translation>Referencias a firmas digitales de otros archivos, con sus números únicos, que unen sus registros entre sí.</translation>
    </message>
    <message>
        <source>Links to signed images</source>
        <translation>Enlaces a imágenes firmadas</translation>
    </message>
    <message>
        <source>Unique numbers and checksums of other images covered by a signature, which tie your records together.</source>
        <translation>Números únicos y sumas de comprobación de otras imágenes cubiertas por una firma, que unen sus registros entre sí.</translation>
    </message>
    <message>
        <source>A security checksum</source>
        <translation>Una suma de comprobación de seguridad</translation>
    </message>
    <message>
        <source>A security code computed over the file&apos;s contents; it cannot be read as words but proves what the original held.</source>
        <translation>Un código de seguridad calculado sobre el contenido del archivo; no se puede leer como palabras, pero demuestra lo que contenía el original.</translation>
    </message>
    <message>
        <source>Details that were changed</source>
        <translation>Datos que se modificaron</translation>
    </message>
    <message>
        <source>A record of details that were changed in this file, which can still hold values such as your name.</source>
        <translation>Un registro de datos que se modificaron en este archivo, que todavía puede contener valores como su nombre.</translation>
    </message>
    <message>
        <source>Incorrect details that were changed</source>
        <translation>Datos incorrectos que se modificaron</translation>
    </message>
    <message>
        <source>A record of details that were corrected because they broke the format, which can still hold the original values.</source>
        <translation>Un registro de datos que se corrigieron porque no cumplían el formato, que todavía puede contener los valores originales.</translation>
    </message>
    <message>
        <source>An incorrect value that was replaced</source>
        <translation>Un valor incorrecto que se sustituyó</translation>
    </message>
    <message>
        <source>The original text of a value that was replaced because it broke the format, which can hold anything.</source>
        <translation>El texto original de un valor que se sustituyó porque no cumplía el formato, que puede contener cualquier cosa.</translation>
    </message>
    <message>
        <source>The original details before changes</source>
        <translation>Los datos originales antes de los cambios</translation>
    </message>
    <message>
        <source>The earlier values of details that were changed or removed, which can still hold your old name or number.</source>
        <translation>Los valores anteriores de datos que se modificaron o eliminaron, que todavía pueden contener su nombre o número antiguos.</translation>
    </message>
    <message>
        <source>When details were changed</source>
        <translation>Cuándo se modificaron los datos</translation>
    </message>
    <message>
        <source>The date and time details in this file were changed.</source>
        <translation>La fecha y hora en que se modificaron datos de este archivo.</translation>
    </message>
    <message>
        <source>The system that changed the details</source>
        <translation>El sistema que modificó los datos</translation>
    </message>
    <message>
        <source>The name of the system or program that changed details in this file, which can identify the hospital.</source>
        <translation>El nombre del sistema o programa que modificó datos de este archivo, que puede identificar el hospital.</translation>
    </message>
    <message>
        <source>Where the earlier details came from</source>
        <translation>De dónde procedían los datos anteriores</translation>
    </message>
    <message>
        <source>The name of the system or organisation the earlier values came from, which can identify the hospital.</source>
        <translation>El nombre del sistema o la organización de la que procedían los valores anteriores, que puede identificar el hospital.</translation>
    </message>
    <message>
        <source>Why details were changed</source>
        <translation>Por qué se modificaron los datos</translation>
    </message>
    <message>
        <source>The reason details in this file were changed, such as a correction or anonymisation.</source>
        <translation>El motivo por el que se modificaron datos de este archivo, como una corrección o una anonimización.</translation>
    </message>
    <message>
        <source>Whether this file came from elsewhere</source>
        <translation>Si este archivo procede de otro lugar</translation>
    </message>
    <message>
        <source>Whether this file was made locally or brought in from another hospital.</source>
        <translation>Si este archivo se creó en el propio centro o se trajo de otro hospital.</translation>
    </message>
    <message>
        <source>Text printed with the film</source>
        <translation>Texto impreso con la película</translation>
    </message>
    <message>
        <source>Text added when the images were printed on film, which may include your name or notes.</source>
        <translation>Texto añadido cuando se imprimieron las imágenes en película, que puede incluir su nombre o notas.</translation>
    </message>
    <message>
        <source>The date a print job was made</source>
        <translation>La fecha de un trabajo de impresión</translation>
    </message>
    <message>
        <source>The day a request to print your images on film was made.</source>
        <translation>El día en que se hizo una solicitud para imprimir sus imágenes en película.</translation>
    </message>
    <message>
        <source>The time a print job was made</source>
        <translation>La hora de un trabajo de impresión</translation>
    </message>
    <message>
        <source>The time of day a request to print your images on film was made.</source>
        <translation>La hora del día en que se hizo una solicitud para imprimir sus imágenes en película.</translation>
    </message>
    <message>
        <source>Who sent the print job</source>
        <translation>Quién envió el trabajo de impresión</translation>
    </message>
    <message>
        <source>The network name of the machine that asked to print your images, which can identify the site.</source>
        <translation>El nombre de red del equipo que pidió imprimir sus imágenes, que puede identificar el centro.</translation>
    </message>
    <message>
        <source>Where the print job was sent</source>
        <translation>Adónde se envió el trabajo de impresión</translation>
    </message>
    <message>
        <source>The network name of the printer or machine your images were sent to, which can identify the site.</source>
        <translation>El nombre de red de la impresora o el equipo al que se enviaron sus imágenes, que puede identificar el centro.</translation>
    </message>
    <message>
        <source>The text on the disc label</source>
        <translation>El texto de la etiqueta del disco</translation>
    </message>
    <message>
        <source>The text printed on the label of the disc, which often includes your name and the hospital.</source>
        <translation>El texto impreso en la etiqueta del disco, que a menudo incluye su nombre y el del hospital.</translation>
    </message>
    <message>
        <source>The barcode on the disc label</source>
        <translation>El código de barras de la etiqueta del disco</translation>
    </message>
    <message>
        <source>The value of a barcode printed on the disc label, which can be a number tied to you.</source>
        <translation>El valor de un código de barras impreso en la etiqueta del disco, que puede ser un número vinculado a usted.</translation>
    </message>
    <message>
        <source>The name of a positioning template</source>
        <translation>El nombre de una plantilla de posicionamiento</translation>
    </message>
    <message>
        <source>The name of a template used to position you for an image, which may include typed notes.</source>
        <translation>El nombre de una plantilla usada para colocarle para una imagen, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of a positioning template</source>
        <translation>Una descripción de una plantilla de posicionamiento</translation>
    </message>
    <message>
        <source>Text describing a template used to position you for an image, which may include typed notes.</source>
        <translation>Texto que describe una plantilla usada para colocarle para una imagen y que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>The label of a set of outlines</source>
        <translation>La etiqueta de un conjunto de contornos</translation>
    </message>
    <message>
        <source>A label for the outlines drawn on your scan for radiotherapy, which may include names.</source>
        <translation>Una etiqueta de los contornos dibujados en su estudio para radioterapia, que puede incluir nombres.</translation>
    </message>
    <message>
        <source>The name of a set of outlines</source>
        <translation>El nombre de un conjunto de contornos</translation>
    </message>
    <message>
        <source>The name of the outlines drawn on your scan for radiotherapy, which may include names.</source>
        <translation>El nombre de los contornos dibujados en su estudio para radioterapia, que puede incluir nombres.</translation>
    </message>
    <message>
        <source>A description of a set of outlines</source>
        <translation>Una descripción de un conjunto de contornos</translation>
    </message>
    <message>
        <source>Text describing the outlines drawn on your scan for radiotherapy, which may include names or notes.</source>
        <translation>Texto que describe los contornos dibujados en su estudio para radioterapia y que puede incluir nombres o notas.</translation>
    </message>
    <message>
        <source>The date the outlines were made</source>
        <translation>La fecha en que se dibujaron los contornos</translation>
    </message>
    <message>
        <source>The day the outlines on your scan for radiotherapy were made.</source>
        <translation>El día en que se dibujaron los contornos en su estudio para radioterapia.</translation>
    </message>
    <message>
        <source>The time the outlines were made</source>
        <translation>La hora en que se dibujaron los contornos</translation>
    </message>
    <message>
        <source>The time of day the outlines on your scan for radiotherapy were made.</source>
        <translation>La hora del día en que se dibujaron los contornos en su estudio para radioterapia.</translation>
    </message>
    <message>
        <source>A link to the position grid outlined</source>
        <translation>Un enlace a la cuadrícula de posición contorneada</translation>
    </message>
    <message>
        <source>The unique number of the positioning grid the outlines belong to, which ties them to your scan.</source>
        <translation>El número único de la cuadrícula de posicionamiento a la que pertenecen los contornos, que los vincula con su estudio.</translation>
    </message>
    <message>
        <source>The name of an outlined area</source>
        <translation>El nombre de una zona contorneada</translation>
    </message>
    <message>
        <source>The name of an area outlined on your scan, such as a tumour or organ, which reveals health details.</source>
        <translation>El nombre de una zona contorneada en su estudio, como un tumor o un órgano, que revela datos de salud.</translation>
    </message>
    <message>
        <source>A description of an outlined area</source>
        <translation>Una descripción de una zona contorneada</translation>
    </message>
    <message>
        <source>Text describing an area outlined on your scan, which reveals health details and may contain notes.</source>
        <translation>Texto que describe una zona contorneada en su estudio, que revela datos de salud y puede contener notas.</translation>
    </message>
    <message>
        <source>When an area was outlined</source>
        <translation>Cuándo se contorneó una zona</translation>
    </message>
    <message>
        <source>The date and time an area on your scan was outlined.</source>
        <translation>La fecha y hora en que se contorneó una zona en su estudio.</translation>
    </message>
    <message>
        <source>When an outlined area was assessed</source>
        <translation>Cuándo se evaluó una zona contorneada</translation>
    </message>
    <message>
        <source>The date and time an outlined area on your scan was assessed.</source>
        <translation>La fecha y hora en que se evaluó una zona contorneada en su estudio.</translation>
    </message>
    <message>
        <source>How an area was outlined</source>
        <translation>Cómo se contorneó una zona</translation>
    </message>
    <message>
        <source>Text describing how an area on your scan was outlined, which may include the name of who did it.</source>
        <translation>Texto que describe cómo se contorneó una zona en su estudio y que puede incluir el nombre de quien lo hizo.</translation>
    </message>
    <message>
        <source>Who outlined the areas</source>
        <translation>Quién contorneó las zonas</translation>
    </message>
    <message>
        <source>The names and details of the people who outlined areas on your scan.</source>
        <translation>Los nombres y datos de las personas que contornearon zonas en su estudio.</translation>
    </message>
    <message>
        <source>Who assessed the outlined areas</source>
        <translation>Quién evaluó las zonas contorneadas</translation>
    </message>
    <message>
        <source>The names and details of the people who assessed outlined areas on your scan.</source>
        <translation>Los nombres y datos de las personas que evaluaron zonas contorneadas en su estudio.</translation>
    </message>
    <message>
        <source>A label for an assessment</source>
        <translation>Una etiqueta de una evaluación</translation>
    </message>
    <message>
        <source>A label for an assessment of an outlined area, which may include typed names or notes.</source>
        <translation>Una etiqueta de una evaluación de una zona contorneada, que puede incluir nombres o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of an assessment</source>
        <translation>Una descripción de una evaluación</translation>
    </message>
    <message>
        <source>Text describing an assessment of an outlined area on your scan, which may include health details.</source>
        <translation>Texto que describe una evaluación de una zona contorneada en su estudio y que puede incluir datos de salud.</translation>
    </message>
    <message>
        <source>The person who assessed an area</source>
        <translation>La persona que evaluó una zona</translation>
    </message>
    <message>
        <source>The name of the person who assessed an outlined area on your scan.</source>
        <translation>El nombre de la persona que evaluó una zona contorneada en su estudio.</translation>
    </message>
    <message>
        <source>A link to a related position grid</source>
        <translation>Un enlace a una cuadrícula de posición relacionada</translation>
    </message>
    <message>
        <source>The unique number of a related positioning grid, which ties your radiotherapy scans together.</source>
        <translation>El número único de una cuadrícula de posicionamiento relacionada, que une sus estudios de radioterapia entre sí.</translation>
    </message>
    <message>
        <source>The date of a treatment step</source>
        <translation>La fecha de un paso del tratamiento</translation>
    </message>
    <message>
        <source>The day a step of your radiotherapy treatment was given.</source>
        <translation>El día en que se administró un paso de su tratamiento de radioterapia.</translation>
    </message>
    <message>
        <source>The time of a treatment step</source>
        <translation>La hora de un paso del tratamiento</translation>
    </message>
    <message>
        <source>The time of day a step of your radiotherapy treatment was given.</source>
        <translation>La hora del día en que se administró un paso de su tratamiento de radioterapia.</translation>
    </message>
    <message>
        <source>The date of your first treatment</source>
        <translation>La fecha de su primer tratamiento</translation>
    </message>
    <message>
        <source>The day your radiotherapy treatment started.</source>
        <translation>El día en que empezó su tratamiento de radioterapia.</translation>
    </message>
    <message>
        <source>The date of your latest treatment</source>
        <translation>La fecha de su tratamiento más reciente</translation>
    </message>
    <message>
        <source>The day of your most recent radiotherapy treatment.</source>
        <translation>El día de su sesión de radioterapia más reciente.</translation>
    </message>
    <message>
        <source>The serial number of a radiation source</source>
        <translation>El número de serie de una fuente de radiación</translation>
    </message>
    <message>
        <source>The serial number of a radioactive source used in your treatment, which identifies the hospital&apos;s equipment.</source>
        <translation>El número de serie de una fuente radiactiva usada en su tratamiento, que identifica el equipo del hospital.</translation>
    </message>
    <message>
        <source>The date a source left its safe</source>
        <translation>La fecha en que una fuente salió de su contenedor</translation>
    </message>
    <message>
        <source>The day a radioactive source left its shielded safe during your treatment.</source>
        <translation>El día en que una fuente radiactiva salió de su contenedor blindado durante su tratamiento.</translation>
    </message>
    <message>
        <source>The time a source left its safe</source>
        <translation>La hora en que una fuente salió de su contenedor</translation>
    </message>
    <message>
        <source>The time a radioactive source left its shielded safe during your treatment.</source>
        <translation>La hora en que una fuente radiactiva salió de su contenedor blindado durante su tratamiento.</translation>
    </message>
    <message>
        <source>The date a source returned to its safe</source>
        <translation>La fecha en que una fuente volvió a su contenedor</translation>
    </message>
    <message>
        <source>The day a radioactive source returned to its shielded safe during your treatment.</source>
        <translation>El día en que una fuente radiactiva volvió a su contenedor blindado durante su tratamiento.</translation>
    </message>
    <message>
        <source>The time a source returned to its safe</source>
        <translation>La hora en que una fuente volvió a su contenedor</translation>
    </message>
    <message>
        <source>The time a radioactive source returned to its shielded safe during your treatment.</source>
        <translation>La hora en que una fuente radiactiva volvió a su contenedor blindado durante su tratamiento.</translation>
    </message>
    <message>
        <source>The date of your treatment</source>
        <translation>La fecha de su tratamiento</translation>
    </message>
    <message>
        <source>The day your radiotherapy treatment session took place.</source>
        <translation>El día en que tuvo lugar su sesión de radioterapia.</translation>
    </message>
    <message>
        <source>The time of your treatment</source>
        <translation>La hora de su tratamiento</translation>
    </message>
    <message>
        <source>The time of day your radiotherapy treatment session took place.</source>
        <translation>La hora del día en que tuvo lugar su sesión de radioterapia.</translation>
    </message>
    <message>
        <source>The label of your treatment plan</source>
        <translation>La etiqueta de su plan de tratamiento</translation>
    </message>
    <message>
        <source>A label for your radiotherapy plan, which may include your name or the area treated.</source>
        <translation>Una etiqueta de su plan de radioterapia, que puede incluir su nombre o la zona tratada.</translation>
    </message>
    <message>
        <source>The name of your treatment plan</source>
        <translation>El nombre de su plan de tratamiento</translation>
    </message>
    <message>
        <source>The name of your radiotherapy plan, which may include your name or the area treated.</source>
        <translation>El nombre de su plan de radioterapia, que puede incluir su nombre o la zona tratada.</translation>
    </message>
    <message>
        <source>A description of your treatment plan</source>
        <translation>Una descripción de su plan de tratamiento</translation>
    </message>
    <message>
        <source>Text describing your radiotherapy plan, which reveals health details and may contain names.</source>
        <translation>Texto que describe su plan de radioterapia, que revela datos de salud y puede contener nombres.</translation>
    </message>
    <message>
        <source>The date your treatment plan was made</source>
        <translation>La fecha en que se creó su plan de tratamiento</translation>
    </message>
    <message>
        <source>The day your radiotherapy plan was created.</source>
        <translation>El día en que se creó su plan de radioterapia.</translation>
    </message>
    <message>
        <source>The time your treatment plan was made</source>
        <translation>La hora en que se creó su plan de tratamiento</translation>
    </message>
    <message>
        <source>The time of day your radiotherapy plan was created.</source>
        <translation>La hora del día en que se creó su plan de radioterapia.</translation>
    </message>
    <message>
        <source>The areas being treated</source>
        <translation>Las zonas que se tratan</translation>
    </message>
    <message>
        <source>The parts of your body being treated with radiotherapy, which reveals health details.</source>
        <translation>Las partes de su cuerpo que se tratan con radioterapia, que revelan datos de salud.</translation>
    </message>
    <message>
        <source>A description of your prescription</source>
        <translation>Una descripción de su prescripción</translation>
    </message>
    <message>
        <source>Text describing the radiation dose prescribed for you, which reveals health details.</source>
        <translation>Texto que describe la dosis de radiación que se le ha prescrito, que revela datos de salud.</translation>
    </message>
    <message>
        <source>A unique number for a dose target</source>
        <translation>Un número único de un objetivo de dosis</translation>
    </message>
    <message>
        <source>A unique number for a dose target in your radiotherapy plan, which ties your treatment files together.</source>
        <translation>Un número único de un objetivo de dosis de su plan de radioterapia, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>A description of a dose target</source>
        <translation>Una descripción de un objetivo de dosis</translation>
    </message>
    <message>
        <source>Text describing a target of your radiation dose, which reveals health details.</source>
        <translation>Texto que describe un objetivo de su dosis de radiación, que revela datos de salud.</translation>
    </message>
    <message>
        <source>A description of a group of sessions</source>
        <translation>Una descripción de un grupo de sesiones</translation>
    </message>
    <message>
        <source>Text describing a group of your radiotherapy sessions, which may include typed notes.</source>
        <translation>Texto que describe un grupo de sus sesiones de radioterapia, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A link to a dose target</source>
        <translation>Un enlace a un objetivo de dosis</translation>
    </message>
    <message>
        <source>The unique number of a dose target this refers to, which ties your treatment files together.</source>
        <translation>El número único de un objetivo de dosis al que se refiere este, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>The name of the treatment machine</source>
        <translation>El nombre del equipo de tratamiento</translation>
    </message>
    <message>
        <source>The name the hospital gave the machine that treats you, which can identify the hospital.</source>
        <translation>El nombre que el hospital dio al equipo con el que le tratan, que puede identificar el hospital.</translation>
    </message>
    <message>
        <source>A description of a radiation beam</source>
        <translation>Una descripción de un haz de radiación</translation>
    </message>
    <message>
        <source>Text describing one radiation beam of your treatment, which may include typed notes.</source>
        <translation>Texto que describe un haz de radiación de su tratamiento, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of a skin pad</source>
        <translation>Una descripción de un bolus</translation>
    </message>
    <message>
        <source>Text describing a pad placed on your skin during treatment, which may include typed notes.</source>
        <translation>Texto que describe un material (bolus) colocado sobre su piel durante el tratamiento, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of a positioning aid</source>
        <translation>Una descripción de un dispositivo de inmovilización</translation>
    </message>
    <message>
        <source>Text describing a device that held you in position, such as a mask, which may include typed notes.</source>
        <translation>Texto que describe un dispositivo que le mantuvo en posición, como una máscara, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of a shield</source>
        <translation>Una descripción de una protección</translation>
    </message>
    <message>
        <source>Text describing a shield used to protect parts of your body, which may include typed notes.</source>
        <translation>Texto que describe una protección usada para proteger partes de su cuerpo, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of how you were set up</source>
        <translation>Una descripción de cómo se le colocó</translation>
    </message>
    <message>
        <source>Text describing how you were positioned for treatment, which may include typed notes.</source>
        <translation>Texto que describe cómo se le colocó para el tratamiento, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>The maker of a radiation source</source>
        <translation>El fabricante de una fuente de radiación</translation>
    </message>
    <message>
        <source>The company that made a radioactive source used in your treatment.</source>
        <translation>La empresa que fabricó una fuente radiactiva usada en su tratamiento.</translation>
    </message>
    <message>
        <source>The reference date of a source</source>
        <translation>La fecha de referencia de una fuente</translation>
    </message>
    <message>
        <source>The day a radioactive source&apos;s strength was measured; it is about the source, not you.</source>
        <translation>El día en que se midió la actividad de una fuente radiactiva; trata sobre la fuente, no sobre usted.</translation>
    </message>
    <message>
        <source>The reference time of a source</source>
        <translation>La hora de referencia de una fuente</translation>
    </message>
    <message>
        <source>The time a radioactive source&apos;s strength was measured; it is about the source, not you.</source>
        <translation>La hora en que se midió la actividad de una fuente radiactiva; trata sobre la fuente, no sobre usted.</translation>
    </message>
    <message>
        <source>A description of a beam shaper</source>
        <translation>Una descripción de un conformador del haz</translation>
    </message>
    <message>
        <source>Text describing a device that shapes the radiation beam for you, which may include typed notes.</source>
        <translation>Texto que describe un dispositivo que da forma al haz de radiación para usted, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A label for a treatment position</source>
        <translation>Una etiqueta de una posición de tratamiento</translation>
    </message>
    <message>
        <source>A label for a position you are treated in, which may include typed notes.</source>
        <translation>Una etiqueta de una posición en la que se le trata, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A unique number for a treatment position</source>
        <translation>Un número único de una posición de tratamiento</translation>
    </message>
    <message>
        <source>A unique number for a position you are treated in, which ties your treatment files together.</source>
        <translation>Un número único de una posición en la que se le trata, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>An accessory holder slot</source>
        <translation>Una ranura de soporte de accesorios</translation>
    </message>
    <message>
        <source>The identifier of a slot holding an accessory on the treatment machine, which can identify the equipment.</source>
        <translation>El identificador de una ranura que sostiene un accesorio en el equipo de tratamiento, que puede identificar el equipo.</translation>
    </message>
    <message>
        <source>An accessory device slot</source>
        <translation>Una ranura de dispositivo accesorio</translation>
    </message>
    <message>
        <source>The identifier of a slot holding a device on the treatment machine, which can identify the equipment.</source>
        <translation>El identificador de una ranura que sostiene un dispositivo en el equipo de tratamiento, que puede identificar el equipo.</translation>
    </message>
    <message>
        <source>A label for a dose</source>
        <translation>Una etiqueta de una dosis</translation>
    </message>
    <message>
        <source>A label for a radiation dose in your treatment, which may include typed names or notes.</source>
        <translation>Una etiqueta de una dosis de radiación de su tratamiento, que puede incluir nombres o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A label for a dose measured on you</source>
        <translation>Una etiqueta de una dosis medida en usted</translation>
    </message>
    <message>
        <source>A label for a radiation dose measured on your body, which may include typed names or notes.</source>
        <translation>Una etiqueta de una dosis de radiación medida en su cuerpo, que puede incluir nombres o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A label for a set of tolerances</source>
        <translation>Una etiqueta de un conjunto de tolerancias</translation>
    </message>
    <message>
        <source>A label for the limits allowed in your treatment set-up, which may include typed notes.</source>
        <translation>Una etiqueta de los límites permitidos en la preparación de su tratamiento, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A unique number for your set-up</source>
        <translation>Un número único de su preparación</translation>
    </message>
    <message>
        <source>A unique number for how you are set up for treatment, which ties your treatment files together.</source>
        <translation>Un número único de cómo se le prepara para el tratamiento, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>A description of the machine&apos;s position grid</source>
        <translation>Una descripción de la cuadrícula de posición del equipo</translation>
    </message>
    <message>
        <source>Text describing the positioning grid of the treatment equipment, which may include typed notes.</source>
        <translation>Texto que describe la cuadrícula de posicionamiento del equipo de tratamiento, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A label for a radiation mode</source>
        <translation>Una etiqueta de un modo de radiación</translation>
    </message>
    <message>
        <source>A label for how the machine makes radiation, which may include typed notes.</source>
        <translation>Una etiqueta de cómo produce el equipo la radiación, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of a radiation mode</source>
        <translation>Una descripción de un modo de radiación</translation>
    </message>
    <message>
        <source>Text describing how the machine makes radiation, which may include typed notes.</source>
        <translation>Texto que describe cómo produce el equipo la radiación, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A unique number for a treatment session</source>
        <translation>Un número único de una sesión de tratamiento</translation>
    </message>
    <message>
        <source>A unique number for one of your radiotherapy sessions, which ties your treatment files together.</source>
        <translation>Un número único de una de sus sesiones de radioterapia, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>A description of a set-up problem</source>
        <translation>Una descripción de un problema de preparación</translation>
    </message>
    <message>
        <source>Text describing how your treatment set-up went outside its limits, which may include typed notes.</source>
        <translation>Texto que describe cómo la preparación de su tratamiento se salió de sus límites, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>When a set-up problem happened</source>
        <translation>Cuándo ocurrió un problema de preparación</translation>
    </message>
    <message>
        <source>The date and time your treatment set-up went outside its limits.</source>
        <translation>La fecha y hora en que la preparación de su tratamiento se salió de sus límites.</translation>
    </message>
    <message>
        <source>When a treatment step was recorded</source>
        <translation>Cuándo se registró un paso del tratamiento</translation>
    </message>
    <message>
        <source>The date and time a step of your radiotherapy was recorded.</source>
        <translation>La fecha y hora en que se registró un paso de su radioterapia.</translation>
    </message>
    <message>
        <source>When a safety stop happened</source>
        <translation>Cuándo se produjo una parada de seguridad</translation>
    </message>
    <message>
        <source>The date and time the treatment machine stopped itself for safety during your session.</source>
        <translation>La fecha y hora en que el equipo de tratamiento se detuvo por seguridad durante su sesión.</translation>
    </message>
    <message>
        <source>A description of a safety stop</source>
        <translation>Una descripción de una parada de seguridad</translation>
    </message>
    <message>
        <source>Text describing why the treatment machine stopped itself during your session.</source>
        <translation>Texto que describe por qué el equipo de tratamiento se detuvo durante su sesión.</translation>
    </message>
    <message>
        <source>When a safety stop was overridden</source>
        <translation>Cuándo se anuló una parada de seguridad</translation>
    </message>
    <message>
        <source>The date and time staff overrode a safety stop during your session.</source>
        <translation>La fecha y hora en que el personal anuló una parada de seguridad durante su sesión.</translation>
    </message>
    <message>
        <source>Where a safety stop came from</source>
        <translation>De dónde vino una parada de seguridad</translation>
    </message>
    <message>
        <source>Text describing which part of the system caused a safety stop during your session.</source>
        <translation>Texto que describe qué parte del sistema causó una parada de seguridad durante su sesión.</translation>
    </message>
    <message>
        <source>A link to a treatment position</source>
        <translation>Un enlace a una posición de tratamiento</translation>
    </message>
    <message>
        <source>The unique number of a treatment position this refers to, which ties your treatment files together.</source>
        <translation>El número único de una posición de tratamiento a la que se refiere este, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>A preparation step before treatment</source>
        <translation>Un paso de preparación antes del tratamiento</translation>
    </message>
    <message>
        <source>Text describing something done to prepare you for treatment, which may include health details.</source>
        <translation>Texto que describe algo que se hizo para prepararle para el tratamiento, que puede incluir datos de salud.</translation>
    </message>
    <message>
        <source>How you were prepared for treatment</source>
        <translation>Cómo se le preparó para el tratamiento</translation>
    </message>
    <message>
        <source>Text describing how you were prepared for treatment, such as a full bladder, which is health information.</source>
        <translation>Texto que describe cómo se le preparó para el tratamiento, como tener la vejiga llena, que es información de salud.</translation>
    </message>
    <message>
        <source>A description of a set-up photo</source>
        <translation>Una descripción de una foto de colocación</translation>
    </message>
    <message>
        <source>Text describing a photo taken of you in treatment position, which may include typed notes.</source>
        <translation>Texto que describe una foto que se le tomó en la posición de tratamiento, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A label for a shift in position</source>
        <translation>Una etiqueta de un desplazamiento de posición</translation>
    </message>
    <message>
        <source>A label for a reference used to measure how you moved, which may include typed notes.</source>
        <translation>Una etiqueta de una referencia usada para medir cuánto se movió usted, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>Why something was left out</source>
        <translation>Por qué se omitió algo</translation>
    </message>
    <message>
        <source>Text explaining why part of your treatment was left out, which may include health details.</source>
        <translation>Texto que explica por qué se omitió una parte de su tratamiento, que puede incluir datos de salud.</translation>
    </message>
    <message>
        <source>When a beam was paused</source>
        <translation>Cuándo se pausó un haz</translation>
    </message>
    <message>
        <source>The date and time a radiation beam was paused during your treatment.</source>
        <translation>La fecha y hora en que se pausó un haz de radiación durante su tratamiento.</translation>
    </message>
    <message>
        <source>The date of the review</source>
        <translation>La fecha de la revisión</translation>
    </message>
    <message>
        <source>The day a doctor reviewed and approved your plan or images.</source>
        <translation>El día en que un médico revisó y aprobó su plan o sus imágenes.</translation>
    </message>
    <message>
        <source>The time of the review</source>
        <translation>La hora de la revisión</translation>
    </message>
    <message>
        <source>The time of day a doctor reviewed and approved your plan or images.</source>
        <translation>La hora del día en que un médico revisó y aprobó su plan o sus imágenes.</translation>
    </message>
    <message>
        <source>The name of the reviewer</source>
        <translation>El nombre del revisor</translation>
    </message>
    <message>
        <source>The name of the doctor who reviewed and approved your plan or images.</source>
        <translation>El nombre del médico que revisó y aprobó su plan o sus imágenes.</translation>
    </message>
    <message>
        <source>A unique number for a treated region</source>
        <translation>Un número único de una región tratada</translation>
    </message>
    <message>
        <source>A unique number for a region of your body in the treatment plan, which ties your files together.</source>
        <translation>Un número único de una región de su cuerpo en el plan de tratamiento, que une sus archivos entre sí.</translation>
    </message>
    <message>
        <source>A link to a treated region</source>
        <translation>Un enlace a una región tratada</translation>
    </message>
    <message>
        <source>The unique number of a region of your body this refers to, which ties your treatment files together.</source>
        <translation>El número único de una región de su cuerpo a la que se refiere este, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>A description of combined regions</source>
        <translation>Una descripción de regiones combinadas</translation>
    </message>
    <message>
        <source>Text describing how regions of your body were combined for treatment, which may include typed notes.</source>
        <translation>Texto que describe cómo se combinaron regiones de su cuerpo para el tratamiento, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A unique number for part of a region</source>
        <translation>Un número único de parte de una región</translation>
    </message>
    <message>
        <source>A unique number for part of a treated region, which ties your treatment files together.</source>
        <translation>Un número único de una parte de una región tratada, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>A unique number for the original region</source>
        <translation>Un número único de la región original</translation>
    </message>
    <message>
        <source>A unique number for the region another one was derived from, which ties your treatment files together.</source>
        <translation>Un número único de la región a partir de la cual se obtuvo otra, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>A description of a treated region</source>
        <translation>Una descripción de una región tratada</translation>
    </message>
    <message>
        <source>Text describing a region of your body in the treatment plan, which reveals health details.</source>
        <translation>Texto que describe una región de su cuerpo en el plan de tratamiento, que revela datos de salud.</translation>
    </message>
    <message>
        <source>Another identifier of a device</source>
        <translation>Otro identificador de un dispositivo</translation>
    </message>
    <message>
        <source>An alternative identifier of a device used in your treatment, such as a barcode, which names the exact item.</source>
        <translation>Un identificador alternativo de un dispositivo usado en su tratamiento, como un código de barras, que nombra el elemento exacto.</translation>
    </message>
    <message>
        <source>The label of a device</source>
        <translation>La etiqueta de un dispositivo</translation>
    </message>
    <message>
        <source>A label given to a device used in your treatment, which can identify the equipment.</source>
        <translation>Una etiqueta asignada a un dispositivo usado en su tratamiento, que puede identificar el equipo.</translation>
    </message>
    <message>
        <source>A link to marker points</source>
        <translation>Un enlace a puntos de referencia</translation>
    </message>
    <message>
        <source>The unique number of marker points used to line up your images, which ties your files together.</source>
        <translation>El número único de los puntos de referencia usados para alinear sus imágenes, que une sus archivos entre sí.</translation>
    </message>
    <message>
        <source>A label written by staff</source>
        <translation>Una etiqueta escrita por el personal</translation>
    </message>
    <message>
        <source>A short label typed by staff, which may include names or notes.</source>
        <translation>Una etiqueta corta escrita por el personal, que puede incluir nombres o notas.</translation>
    </message>
    <message>
        <source>A long label written by staff</source>
        <translation>Una etiqueta larga escrita por el personal</translation>
    </message>
    <message>
        <source>A longer label typed by staff, which may include names or notes.</source>
        <translation>Una etiqueta más larga escrita por el personal, que puede incluir nombres o notas.</translation>
    </message>
    <message>
        <source>A label for an item in your plan</source>
        <translation>Una etiqueta de un elemento de su plan</translation>
    </message>
    <message>
        <source>A short label for an item in your treatment plan, which may include typed names or notes.</source>
        <translation>Una etiqueta corta de un elemento de su plan de tratamiento, que puede incluir nombres o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>The name of an item in your plan</source>
        <translation>El nombre de un elemento de su plan</translation>
    </message>
    <message>
        <source>The name of an item in your treatment plan, which may include typed names or notes.</source>
        <translation>El nombre de un elemento de su plan de tratamiento, que puede incluir nombres o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A description of an item in your plan</source>
        <translation>Una descripción de un elemento de su plan</translation>
    </message>
    <message>
        <source>Text describing an item in your treatment plan, which may include health details or names.</source>
        <translation>Texto que describe un elemento de su plan de tratamiento y que puede incluir datos de salud o nombres.</translation>
    </message>
    <message>
        <source>A long label for an item in your plan</source>
        <translation>Una etiqueta larga de un elemento de su plan</translation>
    </message>
    <message>
        <source>A longer label for an item in your treatment plan, which may include typed names or notes.</source>
        <translation>Una etiqueta más larga de un elemento de su plan de tratamiento, que puede incluir nombres o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A unique number for a treatment phase</source>
        <translation>Un número único de una fase del tratamiento</translation>
    </message>
    <message>
        <source>A unique number for one phase of your radiotherapy, which ties your treatment files together.</source>
        <translation>Un número único de una fase de su radioterapia, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>The maker&apos;s identifier of a device</source>
        <translation>El identificador del fabricante de un dispositivo</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s identifier of a device used in your treatment, which names the exact item.</source>
        <translation>El identificador del fabricante de un dispositivo usado en su tratamiento, que nombra el elemento exacto.</translation>
    </message>
    <message>
        <source>The planned start date of a phase</source>
        <translation>La fecha de inicio prevista de una fase</translation>
    </message>
    <message>
        <source>The day a phase of your radiotherapy was planned to start.</source>
        <translation>El día en que estaba previsto que empezara una fase de su radioterapia.</translation>
    </message>
    <message>
        <source>The planned end date of a phase</source>
        <translation>La fecha de fin prevista de una fase</translation>
    </message>
    <message>
        <source>The day a phase of your radiotherapy was planned to end.</source>
        <translation>El día en que estaba previsto que terminara una fase de su radioterapia.</translation>
    </message>
    <message>
        <source>A label for your prescription</source>
        <translation>Una etiqueta de su prescripción</translation>
    </message>
    <message>
        <source>A label for your radiotherapy prescription, which may include typed names or notes.</source>
        <translation>Una etiqueta de su prescripción de radioterapia, que puede incluir nombres o notas escritas por el personal.</translation>
    </message>
    <message>
        <source>A label for the treatment approach</source>
        <translation>Una etiqueta del enfoque del tratamiento</translation>
    </message>
    <message>
        <source>A label for the approach taken in your radiotherapy, which may include typed notes.</source>
        <translation>Una etiqueta del enfoque adoptado en su radioterapia, que puede incluir notas escritas por el personal.</translation>
    </message>
    <message>
        <source>Your doctor&apos;s aims for treatment</source>
        <translation>Los objetivos del tratamiento según su médico</translation>
    </message>
    <message>
        <source>Your doctor&apos;s written account of what the radiotherapy is meant to achieve, which reveals health details.</source>
        <translation>La explicación escrita de su médico sobre lo que se pretende lograr con la radioterapia, que revela datos de salud.</translation>
    </message>
    <message>
        <source>Why a plan was replaced</source>
        <translation>Por qué se sustituyó un plan</translation>
    </message>
    <message>
        <source>The reason an earlier version of your treatment plan was replaced, which may include health details.</source>
        <translation>El motivo por el que se sustituyó una versión anterior de su plan de tratamiento, que puede incluir datos de salud.</translation>
    </message>
    <message>
        <source>Your earlier radiation treatment</source>
        <translation>Su radioterapia anterior</translation>
    </message>
    <message>
        <source>Text describing radiation you received in earlier treatments, which reveals health details.</source>
        <translation>Texto que describe la radiación que recibió en tratamientos anteriores, que revela datos de salud.</translation>
    </message>
    <message>
        <source>A unique number for a dose goal</source>
        <translation>Un número único de una meta de dosis</translation>
    </message>
    <message>
        <source>A unique number for a dose goal in your treatment plan, which ties your treatment files together.</source>
        <translation>Un número único de una meta de dosis de su plan de tratamiento, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>A link to a dose goal</source>
        <translation>Un enlace a una meta de dosis</translation>
    </message>
    <message>
        <source>The unique number of a dose goal this refers to, which ties your treatment files together.</source>
        <translation>El número único de una meta de dosis a la que se refiere este, que une sus archivos de tratamiento entre sí.</translation>
    </message>
    <message>
        <source>The part of your body treated</source>
        <translation>La parte de su cuerpo tratada</translation>
    </message>
    <message>
        <source>The part of your body receiving radiotherapy, which reveals health details.</source>
        <translation>La parte de su cuerpo que recibe radioterapia, que revela datos de salud.</translation>
    </message>
    <message>
        <source>Notes on the treatment method</source>
        <translation>Notas sobre el método de tratamiento</translation>
    </message>
    <message>
        <source>Notes written about how your treatment is given, which may include names or health details.</source>
        <translation>Notas escritas sobre cómo se administra su tratamiento, que pueden incluir nombres o datos de salud.</translation>
    </message>
    <message>
        <source>Notes on your prescription</source>
        <translation>Notas sobre su prescripción</translation>
    </message>
    <message>
        <source>Notes written on your radiotherapy prescription, which may include names or health details.</source>
        <translation>Notas escritas en su prescripción de radioterapia, que pueden incluir nombres o datos de salud.</translation>
    </message>
    <message>
        <source>Notes on how treatment is split</source>
        <translation>Notas sobre cómo se divide el tratamiento</translation>
    </message>
    <message>
        <source>Notes on how your radiotherapy is divided into sessions, which may include names or health details.</source>
        <translation>Notas sobre cómo se divide su radioterapia en sesiones, que pueden incluir nombres o datos de salud.</translation>
    </message>
    <message>
        <source>Notes on your prescription, as a list</source>
        <translation>Notas sobre su prescripción, en forma de lista</translation>
    </message>
    <message>
        <source>A list of notes written on your radiotherapy prescription, which may include names or health details.</source>
        <translation>Una lista de notas escritas en su prescripción de radioterapia, que pueden incluir nombres o datos de salud.</translation>
    </message>
    <message>
        <source>The planned start time of a session</source>
        <translation>La hora de inicio prevista de una sesión</translation>
    </message>
    <message>
        <source>The time of day a radiotherapy session was planned to start.</source>
        <translation>La hora del día a la que estaba previsto que empezara una sesión de radioterapia.</translation>
    </message>
    <message>
        <source>Unrestricted extra data</source>
        <translation>Datos adicionales sin restricciones</translation>
    </message>
    <message>
        <source>An old catch-all field that can hold any text, including names or notes.</source>
        <translation>Un campo antiguo de uso general que puede contener cualquier texto, incluidos nombres o notas.</translation>
    </message>
    <message>
        <source>Text comments</source>
        <translation>Comentarios de texto</translation>
    </message>
    <message>
        <source>Old-style comments that can hold any text, including names or notes.</source>
        <translation>Comentarios de estilo antiguo que pueden contener cualquier texto, incluidos nombres o notas.</translation>
    </message>
    <message>
        <source>The number of your results</source>
        <translation>El número de sus resultados</translation>
    </message>
    <message>
        <source>The number given to the results of your scan, which staff can use to find your report.</source>
        <translation>El número asignado a los resultados de su estudio, que el personal puede usar para encontrar su informe.</translation>
    </message>
    <message>
        <source>Who numbered your results</source>
        <translation>Quién numeró sus resultados</translation>
    </message>
    <message>
        <source>The hospital or system that numbered the results of your scan.</source>
        <translation>El hospital o sistema que numeró los resultados de su estudio.</translation>
    </message>
    <message>
        <source>The date the report was recorded</source>
        <translation>La fecha en que se registró el informe</translation>
    </message>
    <message>
        <source>The day the report on your scan was recorded.</source>
        <translation>El día en que se registró el informe de su estudio.</translation>
    </message>
    <message>
        <source>The time the report was recorded</source>
        <translation>La hora en que se registró el informe</translation>
    </message>
    <message>
        <source>The time of day the report on your scan was recorded.</source>
        <translation>La hora del día en que se registró el informe de su estudio.</translation>
    </message>
    <message>
        <source>Who recorded the report</source>
        <translation>Quién registró el informe</translation>
    </message>
    <message>
        <source>The name of the person who recorded the report on your scan.</source>
        <translation>El nombre de la persona que registró el informe de su estudio.</translation>
    </message>
    <message>
        <source>The date the report was typed up</source>
        <translation>La fecha en que se transcribió el informe</translation>
    </message>
    <message>
        <source>The day the report on your scan was typed up from dictation.</source>
        <translation>El día en que se transcribió a partir del dictado el informe de su estudio.</translation>
    </message>
    <message>
        <source>The time the report was typed up</source>
        <translation>La hora en que se transcribió el informe</translation>
    </message>
    <message>
        <source>The time of day the report on your scan was typed up from dictation.</source>
        <translation>La hora del día en que se transcribió a partir del dictado el informe de su estudio.</translation>
    </message>
    <message>
        <source>Who typed up the report</source>
        <translation>Quién transcribió el informe</translation>
    </message>
    <message>
        <source>The name of the person who typed up the report on your scan.</source>
        <translation>El nombre de la persona que transcribió el informe de su estudio.</translation>
    </message>
    <message>
        <source>The text of the report</source>
        <translation>El texto del informe</translation>
    </message>
    <message>
        <source>The written report on your scan, which contains findings and may mention your name or history.</source>
        <translation>El informe escrito de su estudio, que contiene hallazgos y puede mencionar su nombre o sus antecedentes.</translation>
    </message>
    <message>
        <source>Who wrote the report</source>
        <translation>Quién redactó el informe</translation>
    </message>
    <message>
        <source>The name of the doctor who wrote the report on your scan.</source>
        <translation>El nombre del médico que redactó el informe de su estudio.</translation>
    </message>
    <message>
        <source>Who approved the report</source>
        <translation>Quién aprobó el informe</translation>
    </message>
    <message>
        <source>The names and details of the doctors who approved the report on your scan.</source>
        <translation>Los nombres y datos de los médicos que aprobaron el informe de su estudio.</translation>
    </message>
    <message>
        <source>The date the report was approved</source>
        <translation>La fecha en que se aprobó el informe</translation>
    </message>
    <message>
        <source>The day the report on your scan was approved.</source>
        <translation>El día en que se aprobó el informe de su estudio.</translation>
    </message>
    <message>
        <source>The time the report was approved</source>
        <translation>La hora en que se aprobó el informe</translation>
    </message>
    <message>
        <source>The time of day the report on your scan was approved.</source>
        <translation>La hora del día en que se aprobó el informe de su estudio.</translation>
    </message>
    <message>
        <source>The doctor who approved the report</source>
        <translation>El médico que aprobó el informe</translation>
    </message>
    <message>
        <source>The name of the doctor who approved the report on your scan.</source>
        <translation>El nombre del médico que aprobó el informe de su estudio.</translation>
    </message>
    <message>
        <source>The diagnosis in the report</source>
        <translation>El diagnóstico del informe</translation>
    </message>
    <message>
        <source>The diagnosis written in the report on your scan, which is sensitive health information.</source>
        <translation>El diagnóstico escrito en el informe de su estudio, que es información de salud delicada.</translation>
    </message>
    <message>
        <source>Who the results were sent to</source>
        <translation>A quién se enviaron los resultados</translation>
    </message>
    <message>
        <source>The names and addresses of the people your results were sent to.</source>
        <translation>Los nombres y direcciones de las personas a las que se enviaron sus resultados.</translation>
    </message>
    <message>
        <source>A person the results were sent to</source>
        <translation>Una persona a la que se enviaron los resultados</translation>
    </message>
    <message>
        <source>The name of a person your results were sent to, such as your family doctor.</source>
        <translation>El nombre de una persona a la que se enviaron sus resultados, como su médico de cabecera.</translation>
    </message>
    <message>
        <source>The address the results were sent to</source>
        <translation>La dirección a la que se enviaron los resultados</translation>
    </message>
    <message>
        <source>The address your results were sent to, which may be your doctor&apos;s or your own.</source>
        <translation>La dirección a la que se enviaron sus resultados, que puede ser la de su médico o la suya.</translation>
    </message>
    <message>
        <source>The number of the report</source>
        <translation>El número del informe</translation>
    </message>
    <message>
        <source>The number given to the report on your scan, which staff can use to find it.</source>
        <translation>El número asignado al informe de su estudio, que el personal puede usar para encontrarlo.</translation>
    </message>
    <message>
        <source>Who numbered the report</source>
        <translation>Quién numeró el informe</translation>
    </message>
    <message>
        <source>The hospital or system that numbered the report on your scan.</source>
        <translation>El hospital o sistema que numeró el informe de su estudio.</translation>
    </message>
    <message>
        <source>The doctor&apos;s conclusions</source>
        <translation>Las conclusiones del médico</translation>
    </message>
    <message>
        <source>The conclusions of the report on your scan, which are sensitive health information.</source>
        <translation>Las conclusiones del informe de su estudio, que son información de salud delicada.</translation>
    </message>
    <message>
        <source>Comments on the results</source>
        <translation>Comentarios sobre los resultados</translation>
    </message>
    <message>
        <source>Notes written about the results of your scan, which may include names or health details.</source>
        <translation>Notas escritas sobre los resultados de su estudio, que pueden incluir nombres o datos de salud.</translation>
    </message>
    <message>
        <source>Old-style graph data</source>
        <translation>Datos gráficos de estilo antiguo</translation>
    </message>
    <message>
        <source>Old-style curves stored with the image, such as heart traces or drawn lines, which can carry notes.</source>
        <translation>Curvas de estilo antiguo guardadas con la imagen, como trazados cardíacos o líneas dibujadas, que pueden contener notas.</translation>
    </message>
    <message>
        <source>Markings laid over the image</source>
        <translation>Marcas superpuestas a la imagen</translation>
    </message>
    <message>
        <source>Black-and-white layers drawn over the image, which can contain text such as your name or staff notes.</source>
        <translation>Capas en blanco y negro dibujadas sobre la imagen, que pueden contener texto como su nombre o notas del personal.</translation>
    </message>
    <message>
        <source>Comments on the markings</source>
        <translation>Comentarios sobre las marcas</translation>
    </message>
    <message>
        <source>Notes about the layers drawn over the image, which may include names or findings.</source>
        <translation>Notas sobre las capas dibujadas sobre la imagen, que pueden incluir nombres o hallazgos.</translation>
    </message>
    <message>
        <source>Digital signatures on the file</source>
        <translation>Firmas digitales del archivo</translation>
    </message>
    <message>
        <source>Signatures proving who made this file, which usually name the person or organisation that signed.</source>
        <translation>Firmas que demuestran quién creó este archivo y que suelen nombrar a la persona o la organización que firmó.</translation>
    </message>
    <message>
        <source>Unused space at the end of the file</source>
        <translation>Espacio sin usar al final del archivo</translation>
    </message>
    <message>
        <source>Filler bytes at the end of the file, which can hide leftover data from an earlier version.</source>
        <translation>Bytes de relleno al final del archivo, que pueden esconder datos sobrantes de una versión anterior.</translation>
    </message>
    <message>
        <source>Extra data the scanner maker stores in its own format, which can hide names, dates or IDs that other programs do not show.</source>
        <translation>Datos adicionales que el fabricante del escáner guarda en su propio formato, que pueden esconder nombres, fechas o identificadores que otros programas no muestran.</translation>
    </message>
</context>
<context>
    <name>BrainMask</name>
    <message>
        <source>no part of the scan looks like a brain</source>
        <translation>ninguna parte del estudio parece un cerebro</translation>
    </message>
    <message>
        <source>the scan holds no pictures to look for a brain in</source>
        <translation>el estudio no contiene imágenes en las que buscar un cerebro</translation>
    </message>
    <message>
        <source>no head was found in the scan</source>
        <translation>no se encontró ninguna cabeza en el estudio</translation>
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
        <translation>Texto grabado en la imagen</translation>
    </message>
    <message>
        <source>This text is part of the picture itself. Removing your details from the file does not remove it: it has to be blacked out in the picture.</source>
        <translation>Este texto forma parte de la propia imagen. Quitar sus datos del archivo no lo elimina: hay que taparlo en negro en la imagen.</translation>
    </message>
    <message>
        <source>Text burned into the pictures could not be checked, because %1.</source>
        <translation>No se pudo comprobar si hay texto grabado en las imágenes, porque %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of a kind that often has text in it (ultrasound, screen captures, photos) may show your details without ScanShield knowing.</source>
        <translation>
            <numerusform>%n imagen de un tipo que a menudo contiene texto (ecografías, capturas de pantalla, fotos) puede mostrar sus datos sin que ScanShield lo sepa.</numerusform>
            <numerusform>%n imágenes de un tipo que a menudo contiene texto (ecografías, capturas de pantalla, fotos) pueden mostrar sus datos sin que ScanShield lo sepa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be decoded, so they were not checked for burned-in text.</source>
        <translation>
            <numerusform>%n imagen no se pudo descodificar, así que no se comprobó si tiene texto grabado.</numerusform>
            <numerusform>%n imágenes no se pudieron descodificar, así que no se comprobó si tienen texto grabado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>This file cannot be found or opened. Choose the file again.</source>
        <translation>No se encuentra este archivo o no se puede abrir. Vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password, so ScanShield cannot read it. Open it in your PDF reader, copy its text, and paste the text instead.</source>
        <translation>Este PDF está bloqueado con una contraseña, así que ScanShield no puede leerlo. Ábralo en su lector de PDF, copie su texto y pegue el texto en su lugar.</translation>
    </message>
    <message>
        <source>This PDF is protected in a way ScanShield cannot open. Open it in your PDF reader, copy its text, and paste the text instead.</source>
        <translation>Este PDF está protegido de una forma que ScanShield no puede abrir. Ábralo en su lector de PDF, copie su texto y pegue el texto en su lugar.</translation>
    </message>
    <message>
        <source>This file is not a PDF ScanShield can read, or it is damaged. Paste the text of the form instead.</source>
        <translation>Este archivo no es un PDF que ScanShield pueda leer, o está dañado. Pegue el texto del formulario en su lugar.</translation>
    </message>
    <message>
        <source>This PDF has no text ScanShield can read; it may be a scan. Paste the text instead.</source>
        <translation>Este PDF no tiene texto que ScanShield pueda leer; puede que sea un documento escaneado. Pegue el texto en su lugar.</translation>
    </message>
</context>
<context>
    <name>ConsentPhrases</name>
    <message>
        <source>The list of consent form phrases is missing from this copy of ScanShield.</source>
        <translation>Falta la lista de frases de formularios de consentimiento en esta copia de ScanShield.</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Terceros</translation>
    </message>
    <message>
        <source>Organizations other than the hospital: companies, vendors and contractors. Once your images reach them, the hospital no longer decides alone what happens to them.</source>
        <translation>Organizaciones distintas del hospital: empresas, proveedores y contratistas. Una vez que sus imágenes les llegan, el hospital ya no decide por sí solo qué se hace con ellas.</translation>
    </message>
    <message>
        <source>AI, machine learning and algorithms</source>
        <translation>IA, aprendizaje automático y algoritmos</translation>
    </message>
    <message>
        <source>Software may read your images, or your images may be used to build and test such software. A form can allow this without naming the tool or the company that makes it.</source>
        <translation>Es posible que un software lea sus imágenes o que sus imágenes se usen para crear y probar ese software. Un formulario puede permitirlo sin nombrar la herramienta ni la empresa que la fabrica.</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Research can mean a study at the hospital or a company developing a product. Some research needs your separate permission; some can go ahead without asking you.</source>
        <translation>Investigación puede significar un estudio en el hospital o una empresa que desarrolla un producto. Algunas investigaciones necesitan su permiso aparte; otras pueden hacerse sin preguntarle.</translation>
    </message>
    <message>
        <source>Quality improvement and operations</source>
        <translation>Mejora de la calidad y operaciones</translation>
    </message>
    <message>
        <source>“Quality improvement” and “health care operations” sound harmless, but they can cover testing or training software with your images, often without asking you again.</source>
        <translation>“Mejora de la calidad” y “operaciones de atención sanitaria” suenan inofensivas, pero pueden incluir probar o entrenar software con sus imágenes, a menudo sin volver a preguntarle.</translation>
    </message>
    <message>
        <source>De-identified, anonymized or aggregated data</source>
        <translation>Datos desidentificados, anonimizados o agregados</translation>
    </message>
    <message>
        <source>Data called de-identified or anonymized can often still be linked back to you, and a head scan can show your face. Such data may usually be shared or sold without asking you.</source>
        <translation>Los datos llamados desidentificados o anonimizados a menudo todavía pueden relacionarse con usted, y un estudio de la cabeza puede mostrar su cara. Normalmente, esos datos pueden compartirse o venderse sin preguntarle.</translation>
    </message>
    <message>
        <source>Cloud and storage outside the hospital</source>
        <translation>Nube y almacenamiento fuera del hospital</translation>
    </message>
    <message>
        <source>Your images may be kept on a company&apos;s computers outside the hospital, perhaps in another country. Ask who can reach them there and how they are protected.</source>
        <translation>Sus imágenes pueden guardarse en ordenadores de una empresa fuera del hospital, quizá en otro país. Pregunte quién puede acceder a ellas allí y cómo están protegidas.</translation>
    </message>
    <message>
        <source>Affiliates, partners and subsidiaries</source>
        <translation>Filiales, socios y empresas asociadas</translation>
    </message>
    <message>
        <source>“Affiliates” and “partners” can be many companies, some you have never heard of, and the list can change after you sign.</source>
        <translation>Las “filiales” y los “socios” pueden ser muchas empresas, algunas de las que nunca ha oído hablar, y la lista puede cambiar después de que usted firme.</translation>
    </message>
    <message>
        <source>Selling or licensing data</source>
        <translation>Venta o cesión de datos bajo licencia</translation>
    </message>
    <message>
        <source>The form may let the hospital or a company sell or license your data, often once it is called de-identified. You would usually not be told or paid.</source>
        <translation>El formulario puede permitir que el hospital o una empresa venda o ceda bajo licencia sus datos, a menudo una vez que se consideran desidentificados. Normalmente no se le informaría ni se le pagaría.</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Cuánto tiempo se conservan</translation>
    </message>
    <message>
        <source>Your images may be kept for many years, or for ever, even after you stop being a patient there. The longer copies are kept, the longer they can be shared or leaked.</source>
        <translation>Sus imágenes pueden conservarse muchos años, o para siempre, incluso después de que deje de ser paciente allí. Cuanto más tiempo se guarden las copias, más tiempo pueden compartirse o filtrarse.</translation>
    </message>
    <message>
        <source>Withdrawing consent or opting out</source>
        <translation>Retirar el consentimiento o darse de baja</translation>
    </message>
    <message>
        <source>Check how to take back your permission later and what happens to copies already shared: withdrawing often stops only future use. A consent called irrevocable cannot be taken back.</source>
        <translation>Compruebe cómo retirar su permiso más adelante y qué pasa con las copias ya compartidas: retirarlo a menudo solo detiene el uso futuro. Un consentimiento llamado irrevocable no se puede retirar.</translation>
    </message>
</context>
<context>
    <name>CopyVerifier</name>
    <message>
        <source>The copy could not be read back: %1</source>
        <translation>No se pudo volver a leer la copia: %1</translation>
    </message>
</context>
<context>
    <name>DefaceDicom</name>
    <message>
        <source>its picture has no size in its header</source>
        <translation>su imagen no indica ningún tamaño en su cabecera</translation>
    </message>
    <message>
        <source>its pictures are in colour, and ScanShield defaces only grey scans</source>
        <translation>sus imágenes son en color, y ScanShield solo elimina la cara de estudios en escala de grises</translation>
    </message>
    <message>
        <source>its pictures are stored in a way ScanShield cannot deface</source>
        <translation>sus imágenes están guardadas de una forma en la que ScanShield no puede eliminar la cara</translation>
    </message>
    <message>
        <source>its pictures do not say where they lie in the body</source>
        <translation>sus imágenes no indican en qué lugar del cuerpo se encuentran</translation>
    </message>
    <message>
        <source>there is no cut to deface with</source>
        <translation>no hay ningún corte con el que eliminar la cara</translation>
    </message>
    <message>
        <source>its pictures are compressed in a way ScanShield cannot decode to remove the face</source>
        <translation>sus imágenes están comprimidas de una forma que ScanShield no puede descodificar para eliminar la cara</translation>
    </message>
    <message>
        <source>its picture data cannot be read</source>
        <translation>no se pueden leer los datos de su imagen</translation>
    </message>
    <message>
        <source>its picture data is shorter than its pictures</source>
        <translation>los datos de su imagen son más cortos que sus imágenes</translation>
    </message>
</context>
<context>
    <name>Defacer</name>
    <message>
        <source>the brain outline does not fit the scan</source>
        <translation>el contorno del cerebro no encaja con el estudio</translation>
    </message>
    <message>
        <source>no brain was found, so there is no safe place to cut the face off</source>
        <translation>no se encontró ningún cerebro, así que no hay un lugar seguro por donde cortar la cara</translation>
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
        <translation>No se encontró este estudio en la copia para comprobar su cara.</translation>
    </message>
    <message>
        <source>ScanShield cannot prove that the face is gone from this scan: %1</source>
        <translation>ScanShield no puede demostrar que la cara haya desaparecido de este estudio: %1</translation>
    </message>
    <message>
        <source>its face was not measured.</source>
        <translation>no se midió su cara.</translation>
    </message>
    <message>
        <source>The copy of this scan could not be read back to check its face.</source>
        <translation>No se pudo volver a leer la copia de este estudio para comprobar su cara.</translation>
    </message>
</context>
<context>
    <name>DefacingText</name>
    <message>
        <source>3D volume (%1)</source>
        <translation>Volumen 3D (%1)</translation>
    </message>
    <message>
        <source>Your face in &quot;%1&quot;</source>
        <translation>Su cara en &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DemoDisc</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>No se pudo crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Could not compress %1: %2</source>
        <translation>No se pudo comprimir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not start the DICOMDIR: %1</source>
        <translation>No se pudo iniciar el DICOMDIR: %1</translation>
    </message>
    <message>
        <source>Could not add %1 to the DICOMDIR: %2</source>
        <translation>No se pudo añadir %1 al DICOMDIR: %2</translation>
    </message>
    <message>
        <source>Could not write the DICOMDIR: %1</source>
        <translation>No se pudo escribir el DICOMDIR: %1</translation>
    </message>
    <message>
        <source>Could not finish the DICOMDIR: %1</source>
        <translation>No se pudo terminar el DICOMDIR: %1</translation>
    </message>
    <message>
        <source>No folder was given for the demo disc.</source>
        <translation>No se indicó ninguna carpeta para el disco de demostración.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>DiscCopier</name>
    <message>
        <source>The copy&apos;s table of contents (DICOMDIR) could not be written: %1</source>
        <translation>No se pudo escribir el índice de la copia (DICOMDIR): %1</translation>
    </message>
    <message>
        <source>could not be renamed into place</source>
        <translation>no se pudo renombrar para colocarlo en su sitio</translation>
    </message>
    <message>
        <source>This disc is an anonymized copy, made with ScanShield on the patient&apos;s own computer.

</source>
        <translation>Este disco es una copia anonimizada, hecha con ScanShield en el propio ordenador del paciente.

</translation>
    </message>
    <message>
        <source>It holds %1 images and documents. Names, ID numbers, addresses, the hospital, the doctors and other details that identify the patient were removed or replaced, as the DICOM standard&apos;s Basic Application Level Confidentiality Profile says (PS3.15 Annex E).
</source>
        <translation>Contiene %1 imágenes y documentos. Los nombres, números de identificación, direcciones, el hospital, los médicos y otros datos que identifican al paciente se eliminaron o sustituyeron, según indica el perfil básico de confidencialidad a nivel de aplicación (Basic Application Level Confidentiality Profile) de la norma DICOM (PS3.15, anexo E).
</translation>
    </message>
    <message>
        <source>All dates were moved by the same number of days, so the time between scans is kept.
</source>
        <translation>Todas las fechas se desplazaron el mismo número de días, así que se mantiene el tiempo transcurrido entre estudios.
</translation>
    </message>
    <message>
        <source>The face was cut away from the 3D scans of the head (defaced), so that no picture of it can be rebuilt.
</source>
        <translation>Se eliminó la cara de los estudios 3D de la cabeza (desfiguración facial), para que no se pueda reconstruir ninguna imagen de ella.
</translation>
    </message>
    <message>
        <source>The reference numbers (UIDs) were replaced consistently, so the images still belong together.
</source>
        <translation>Los números de referencia (UID) se sustituyeron de forma coherente, así que las imágenes siguen formando un conjunto.
</translation>
    </message>
    <message>
        <source>Vendor-specific private data was removed.
</source>
        <translation>Se eliminaron los datos privados específicos del fabricante.
</translation>
    </message>
    <message>
        <source>The folder OTHER holds %1 files from the original disc that are not medical images, copied unchanged because they were chosen.
</source>
        <translation>La carpeta OTHER contiene %1 archivos del disco original que no son imágenes médicas, copiados sin cambios porque se eligieron.
</translation>
    </message>
    <message>
        <source>De-identification codes (DICOM CID 7050): %1.
</source>
        <translation>Códigos de desidentificación (DICOM CID 7050): %1.
</translation>
    </message>
    <message>
        <source>The copy needs a new or empty folder; %1 already holds files.</source>
        <translation>La copia necesita una carpeta nueva o vacía; %1 ya contiene archivos.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1: no se pudo leer</translation>
    </message>
    <message>
        <source>%1: text burned into it could not be blacked out (%2)</source>
        <translation>%1: no se pudo tapar en negro el texto grabado en él (%2)</translation>
    </message>
    <message>
        <source>%1: the face could not be removed from it (%2)</source>
        <translation>%1: no se pudo eliminar la cara (%2)</translation>
    </message>
    <message>
        <source>%1: could not be written (%2)</source>
        <translation>%1: no se pudo escribir (%2)</translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was kept.</source>
        <translation>Se detuvo la copia; no se conservó nada.</translation>
    </message>
    <message>
        <source>%1: not a file of this disc</source>
        <translation>%1: no es un archivo de este disco</translation>
    </message>
    <message>
        <source>%1: could not be copied (%2)</source>
        <translation>%1: no se pudo copiar (%2)</translation>
    </message>
    <message>
        <source>The README of the copy could not be written: %1</source>
        <translation>No se pudo escribir el README de la copia: %1</translation>
    </message>
    <message>
        <source>The finished copy could not be moved to %1.</source>
        <translation>No se pudo mover la copia terminada a %1.</translation>
    </message>
</context>
<context>
    <name>DiscSource</name>
    <message>
        <source>The file %1 cannot be opened as a ZIP or disc image: %2</source>
        <translation>El archivo %1 no se puede abrir como ZIP ni como imagen de disco: %2</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a ZIP or disc image: %2</source>
        <translation>El archivo %1 está dañado o no es un ZIP ni una imagen de disco: %2</translation>
    </message>
    <message>
        <source>%1 is not in the archive.</source>
        <translation>%1 no está en el archivo comprimido.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened. Check that the disc is in the drive and that you may read it.</source>
        <translation>No se puede abrir la carpeta %1. Compruebe que el disco está en la unidad y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>Nothing was found at %1. Check the disc is in the drive, or choose the folder again.</source>
        <translation>No se encontró nada en %1. Compruebe que el disco está en la unidad o vuelva a elegir la carpeta.</translation>
    </message>
    <message>
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation>No se puede leer %1: puede que no tenga permiso para abrirlo.</translation>
    </message>
</context>
<context>
    <name>ExposureReport</name>
    <message>
        <source>Identifies you</source>
        <translation>Le identifica</translation>
    </message>
    <message>
        <source>Could help identify you</source>
        <translation>Podría ayudar a identificarle</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <source>The disc holds %1 files: %2 visits, %3 series, %4 pictures.</source>
        <translation>El disco contiene %1 archivos: %2 visitas, %3 series, %4 imágenes.</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ocultos)</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 valor</translation>
    </message>
    <message>
        <source>%1 different values</source>
        <translation>%1 valores distintos</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Hidden reference numbers</source>
        <translation>Números de referencia ocultos</translation>
    </message>
    <message>
        <source>They link your files to each other and to the hospital&apos;s records.</source>
        <translation>Vinculan sus archivos entre sí y con los registros del hospital.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>%1 (mentions you)</source>
        <translation>%1 (le menciona)</translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation>
            <numerusform>en %n archivo</numerusform>
            <numerusform>en %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>What your imaging disc reveals about you</source>
        <translation>Lo que su disco de imágenes médicas revela sobre usted</translation>
    </message>
    <message>
        <source>Made by ScanShield on %1.</source>
        <translation>Creado por ScanShield el %1.</translation>
    </message>
    <message>
        <source>Your name appears in %1 places on this disc, written %2 different ways.</source>
        <translation>Su nombre aparece en %1 lugares de este disco, escrito de %2 formas distintas.</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of this disc can read everything below. ScanShield can make a copy without it, on your own computer.</source>
        <translation>Cualquiera que obtenga una copia de este disco puede leer todo lo que aparece a continuación. ScanShield puede hacer una copia sin estos datos, en su propio ordenador.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Kind of information</source>
        <translation>Tipo de información</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Elementos encontrados</translation>
    </message>
    <message>
        <source>and %1 reference numbers</source>
        <translation>y %1 números de referencia</translation>
    </message>
    <message>
        <source>The values themselves are hidden in this printout, so that it can be left on a desk safely.</source>
        <translation>En esta copia impresa se ocultan los propios valores, para que pueda dejarse sobre una mesa sin riesgo.</translation>
    </message>
    <message>
        <source>ScanShield made this report on your computer. Nothing was sent anywhere.</source>
        <translation>ScanShield creó este informe en su ordenador. No se envió nada a ningún sitio.</translation>
    </message>
    <message>
        <source>The report cannot be saved as %1: %2</source>
        <translation>No se puede guardar el informe como %1: %2</translation>
    </message>
    <message>
        <source>The report could not be written completely to %1: %2</source>
        <translation>No se pudo escribir el informe completo en %1: %2</translation>
    </message>
</context>
<context>
    <name>ExposureScanner</name>
    <message>
        <source>A text file on the disc</source>
        <translation>Un archivo de texto del disco</translation>
    </message>
    <message>
        <source>A web page on the disc</source>
        <translation>Una página web del disco</translation>
    </message>
    <message>
        <source>A program on the disc</source>
        <translation>Un programa del disco</translation>
    </message>
    <message>
        <source>An ordinary picture on the disc</source>
        <translation>Una imagen normal del disco</translation>
    </message>
    <message>
        <source>A PDF document on the disc</source>
        <translation>Un documento PDF del disco</translation>
    </message>
    <message>
        <source>A compressed archive on the disc</source>
        <translation>Un archivo comprimido del disco</translation>
    </message>
    <message>
        <source>A settings file on the disc</source>
        <translation>Un archivo de configuración del disco</translation>
    </message>
    <message>
        <source>A file of unknown type on the disc</source>
        <translation>Un archivo de tipo desconocido del disco</translation>
    </message>
    <message>
        <source>Text burned into the pictures was not checked, as asked.</source>
        <translation>No se comprobó el texto grabado en las imágenes, tal como se pidió.</translation>
    </message>
    <message>
        <source>Files outside the images travel with every copy of the disc; ScanShield read its text for your details.</source>
        <translation>Los archivos fuera de las imágenes viajan con cada copia del disco; ScanShield leyó su texto en busca de sus datos.</translation>
    </message>
    <message>
        <source>Files outside the images travel with every copy of the disc; this one is not text, so ScanShield cannot read it for your details.</source>
        <translation>Los archivos fuera de las imágenes viajan con cada copia del disco; este no es de texto, así que ScanShield no puede leerlo en busca de sus datos.</translation>
    </message>
</context>
<context>
    <name>FaceExposure</name>
    <message>
        <source>3D volume (%1, %2 images)</source>
        <translation>Volumen 3D (%1, %2 imágenes)</translation>
    </message>
    <message>
        <source>A 3D scan that may include your head</source>
        <translation>Un estudio 3D que puede incluir su cabeza</translation>
    </message>
    <message>
        <source>Your face, in a 3D scan of your head</source>
        <translation>Su cara, en un estudio 3D de su cabeza</translation>
    </message>
    <message>
        <source>%1 Face recognition software can match such pictures to photos of you.</source>
        <translation>%1 Un software de reconocimiento facial puede comparar estas imágenes con fotos suyas.</translation>
    </message>
    <message>
        <source>ScanShield could not look at this scan completely for your face (%1). If it covers your head, a picture of your face can be rebuilt from it.</source>
        <translation>ScanShield no pudo examinar completamente este estudio en busca de su cara (%1). Si abarca su cabeza, se puede reconstruir a partir de él una imagen de su cara.</translation>
    </message>
    <message>
        <source>A 3D scan of your head</source>
        <translation>Un estudio 3D de su cabeza</translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can rebuild a picture of your face from this scan, and face recognition software can match such pictures to photos of you.</source>
        <translation>Cualquiera que tenga una copia de este disco puede reconstruir una imagen de su cara a partir de este estudio, y un software de reconocimiento facial puede comparar estas imágenes con fotos suyas.</translation>
    </message>
    <message>
        <source>If this scan covers your head, a picture of your face can be rebuilt from it.</source>
        <translation>Si este estudio abarca su cabeza, se puede reconstruir a partir de él una imagen de su cara.</translation>
    </message>
</context>
<context>
    <name>FaceMeasures</name>
    <message>
        <source>The face cannot be seen any more: %1% of its surface is left, %2 of its %3 landmarks, and what is left is smooth.</source>
        <translation>La cara ya no se puede ver: queda el %1 % de su superficie y %2 de sus %3 puntos de referencia, y lo que queda es liso.</translation>
    </message>
    <message>
        <source>The face can still be seen: %1% of its surface is where it was.</source>
        <translation>La cara todavía se puede ver: el %1 % de su superficie sigue donde estaba.</translation>
    </message>
    <message>
        <source>The face can still be seen: %1 of its landmarks (nose, lips, chin...) are still there.</source>
        <translation>La cara todavía se puede ver: %1 de sus puntos de referencia (nariz, labios, barbilla...) siguen ahí.</translation>
    </message>
    <message>
        <source>The face can still be seen: its surface was moved or changed, but it still has the shape of a face.</source>
        <translation>La cara todavía se puede ver: su superficie se desplazó o se modificó, pero sigue teniendo forma de cara.</translation>
    </message>
    <message>
        <source>The face could not be measured, so it must be taken as visible: %1</source>
        <translation>No se pudo medir la cara, así que debe considerarse visible: %1</translation>
    </message>
</context>
<context>
    <name>FacePass</name>
    <message numerus="yes">
        <source>A picture of your face can be rebuilt from this scan: %n of nose, eyes, lips and chin found.</source>
        <translation>
            <numerusform>Se puede reconstruir una imagen de su cara a partir de este estudio: se encontró %n de estos rasgos: nariz, ojos, labios y barbilla.</numerusform>
            <numerusform>Se puede reconstruir una imagen de su cara a partir de este estudio: se encontraron %n de estos rasgos: nariz, ojos, labios y barbilla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation>No se encontró piel en este estudio.</translation>
    </message>
    <message>
        <source>The front of this head has been cut away (defaced): no face can be rebuilt from it.</source>
        <translation>Se ha eliminado la parte delantera de esta cabeza (desfiguración facial): no se puede reconstruir ninguna cara a partir de él.</translation>
    </message>
    <message>
        <source>The nose is not in this scan, but the head reaches down to the eyes: the upper part of your face can be rebuilt from it.</source>
        <translation>La nariz no aparece en este estudio, pero la cabeza llega hasta los ojos: se puede reconstruir la parte superior de su cara a partir de él.</translation>
    </message>
</context>
<context>
    <name>FaceRegion</name>
    <message>
        <source>The top of the nose and the forehead are cut off in this scan.</source>
        <translation>En este estudio, la parte superior de la nariz y la frente quedan cortadas.</translation>
    </message>
    <message>
        <source>No dip between the nose and the forehead (the nasion) was found.</source>
        <translation>No se encontró el hundimiento entre la nariz y la frente (el nasion).</translation>
    </message>
    <message>
        <source>No dip under the nose was found, so the lips were not looked for.</source>
        <translation>No se encontró el hundimiento bajo la nariz, así que no se buscaron los labios.</translation>
    </message>
    <message>
        <source>No chin stands out below the nose.</source>
        <translation>No sobresale ninguna barbilla por debajo de la nariz.</translation>
    </message>
    <message>
        <source>The lower face is cut off in this scan.</source>
        <translation>En este estudio, la parte inferior de la cara queda cortada.</translation>
    </message>
    <message>
        <source>No chin stands out below the lips.</source>
        <translation>No sobresale ninguna barbilla por debajo de los labios.</translation>
    </message>
    <message>
        <source>The chin is cut off in this scan.</source>
        <translation>En este estudio, la barbilla queda cortada.</translation>
    </message>
    <message>
        <source>The lips do not stand out between the nose and the chin.</source>
        <translation>Los labios no sobresalen entre la nariz y la barbilla.</translation>
    </message>
    <message>
        <source>No skin was found where the nose should be.</source>
        <translation>No se encontró piel donde debería estar la nariz.</translation>
    </message>
    <message>
        <source>Without the nose, the rest of the face was not looked for.</source>
        <translation>Sin la nariz, no se buscó el resto de la cara.</translation>
    </message>
    <message>
        <source>the tip of the nose</source>
        <translation>la punta de la nariz</translation>
    </message>
    <message>
        <source>the top of the nose, between the eyes</source>
        <translation>la parte superior de la nariz, entre los ojos</translation>
    </message>
    <message>
        <source>the lips</source>
        <translation>los labios</translation>
    </message>
    <message>
        <source>the chin</source>
        <translation>la barbilla</translation>
    </message>
    <message>
        <source>The face was not found on this scan.</source>
        <translation>No se encontró la cara en este estudio.</translation>
    </message>
    <message>
        <source>No picture of the face could be drawn from this scan.</source>
        <translation>No se pudo dibujar ninguna imagen de la cara a partir de este estudio.</translation>
    </message>
    <message>
        <source>The front of the face could not be told apart from the rest of the head.</source>
        <translation>No se pudo distinguir la parte delantera de la cara del resto de la cabeza.</translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation>No se encontró piel en este estudio.</translation>
    </message>
    <message>
        <source>This part of the face is not in the scan.</source>
        <translation>Esta parte de la cara no aparece en el estudio.</translation>
    </message>
</context>
<context>
    <name>FaceSide</name>
    <message>
        <source>The scan does not say how its pictures are oriented, so it is not known which side is the front.</source>
        <translation>El estudio no indica cómo están orientadas sus imágenes, así que no se sabe qué lado es la parte delantera.</translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation>No se encontró piel en este estudio.</translation>
    </message>
    <message>
        <source>The head is too small or too much of it is cut off in this scan to look for a face.</source>
        <translation>En este estudio, la cabeza es demasiado pequeña o está demasiado cortada para buscar una cara.</translation>
    </message>
    <message>
        <source>The back of the head has the shape of a nose and the front does not: the scan may have recorded the patient&apos;s position wrongly, so the face may be on the other side.</source>
        <translation>La parte trasera de la cabeza tiene forma de nariz y la delantera no: puede que el estudio registrara mal la posición del paciente, así que la cara podría estar en el otro lado.</translation>
    </message>
    <message>
        <source>No nose stands out at the front of the head, so this scan may not show the face, or the face is cut off.</source>
        <translation>No sobresale ninguna nariz en la parte delantera de la cabeza, así que puede que este estudio no muestre la cara o que la cara esté cortada.</translation>
    </message>
    <message>
        <source>Both the front and the back of the head have a shape like a nose, so it is not sure which side is the face.</source>
        <translation>Tanto la parte delantera como la trasera de la cabeza tienen una forma parecida a una nariz, así que no es seguro qué lado es la cara.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>This is not a medical image.</source>
        <translation>No es una imagen médica.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Este archivo está vacío.</translation>
    </message>
    <message>
        <source>This file is cut short: part of it is missing, so the disc may be damaged or the copy incomplete.</source>
        <translation>Este archivo está incompleto: le falta una parte, así que puede que el disco esté dañado o que la copia esté incompleta.</translation>
    </message>
    <message>
        <source>This file looks like a medical image but its contents are damaged and cannot be read.</source>
        <translation>Este archivo parece una imagen médica, pero su contenido está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>This file could not be read from the disc. The disc may be scratched, or it was removed while it was being read.</source>
        <translation>No se pudo leer este archivo del disco. Puede que el disco esté rayado o que se sacara mientras se estaba leyendo.</translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents lists this file, but the file is not on the disc.</source>
        <translation>El índice del disco incluye este archivo, pero el archivo no está en el disco.</translation>
    </message>
    <message>
        <source>This medical image is stored in a way ScanShield cannot read.</source>
        <translation>Esta imagen médica está guardada de una forma que ScanShield no puede leer.</translation>
    </message>
</context>
<context>
    <name>FindingBuilder</name>
    <message>
        <source>binary data, %1 bytes</source>
        <translation>datos binarios, %1 bytes</translation>
    </message>
    <message>
        <source>Private Creator</source>
        <translation>Private Creator</translation>
    </message>
    <message>
        <source>The name of a vendor&apos;s private data block</source>
        <translation>El nombre de un bloque de datos privados de un fabricante</translation>
    </message>
    <message>
        <source>Says which maker&apos;s software wrote private data into the file; the data itself may identify you.</source>
        <translation>Indica qué software del fabricante escribió datos privados en el archivo; los propios datos pueden identificarle.</translation>
    </message>
    <message>
        <source>Private data</source>
        <translation>Datos privados</translation>
    </message>
    <message>
        <source>Vendor data</source>
        <translation>Datos del fabricante</translation>
    </message>
    <message>
        <source>Vendor data (%1)</source>
        <translation>Datos del fabricante (%1)</translation>
    </message>
    <message>
        <source>Data the scanner&apos;s maker stored in its own format; it may hold identifying details.</source>
        <translation>Datos que el fabricante del escáner guardó en su propio formato; pueden contener datos identificativos.</translation>
    </message>
    <message>
        <source>binary vendor data that may hold identifiers, %1 bytes</source>
        <translation>datos binarios del fabricante que pueden contener identificadores, %1 bytes</translation>
    </message>
    <message>
        <source>Other text in the file</source>
        <translation>Otro texto del archivo</translation>
    </message>
    <message>
        <source>This text is not meant to identify you, but it contains your name, an ID or your birth date.</source>
        <translation>Este texto no está pensado para identificarle, pero contiene su nombre, un número de identificación o su fecha de nacimiento.</translation>
    </message>
</context>
<context>
    <name>HeadSurface</name>
    <message>
        <source>The 3D picture was stopped before it was finished.</source>
        <translation>La imagen 3D se detuvo antes de terminarse.</translation>
    </message>
    <message>
        <source>This series has no pictures to build a head from.</source>
        <translation>Esta serie no tiene imágenes con las que reconstruir una cabeza.</translation>
    </message>
    <message>
        <source>ScanShield found no outline of a head in this series.</source>
        <translation>ScanShield no encontró ningún contorno de cabeza en esta serie.</translation>
    </message>
    <message>
        <source>This series is too small to build a head from.</source>
        <translation>Esta serie es demasiado pequeña para reconstruir una cabeza.</translation>
    </message>
</context>
<context>
    <name>HeadVolumes</name>
    <message>
        <source>%1, not a CT or MRI scan</source>
        <translation>%1, no es un TAC ni una resonancia magnética</translation>
    </message>
    <message>
        <source>this series holds no pictures</source>
        <translation>esta serie no contiene imágenes</translation>
    </message>
    <message>
        <source>screen captures, not a scan a face can be rebuilt from</source>
        <translation>capturas de pantalla, no un estudio a partir del cual se pueda reconstruir una cara</translation>
    </message>
    <message numerus="yes">
        <source>only %n picture(s): a scout view or single pictures, not a 3D scan</source>
        <translation>
            <numerusform>solo %n imagen: una imagen de planificación o imágenes sueltas, no un estudio 3D</numerusform>
            <numerusform>solo %n imágenes: una imagen de planificación o imágenes sueltas, no un estudio 3D</numerusform>
        </translation>
    </message>
    <message>
        <source>scout pictures (localizers) taken to plan the scan, not a 3D scan</source>
        <translation>imágenes de planificación (localizadores) tomadas para planificar el estudio, no un estudio 3D</translation>
    </message>
    <message>
        <source>the pictures cover only %1 mm, too little to hold a face</source>
        <translation>las imágenes abarcan solo %1 mm, demasiado poco para contener una cara</translation>
    </message>
    <message>
        <source>a 3D %1 of %2 pictures over %3 mm (the pictures do not say how large they are): a face may be rebuilt from it</source>
        <translation>un %1 3D de %2 imágenes a lo largo de %3 mm (las imágenes no indican su tamaño): puede que se pueda reconstruir una cara a partir de él</translation>
    </message>
    <message>
        <source>each picture shows only %1 x %2 mm, too small to hold a face</source>
        <translation>cada imagen muestra solo %1 x %2 mm, demasiado poco para contener una cara</translation>
    </message>
    <message>
        <source>a 3D %1 of %2 pictures over %3 mm, each %4 x %5 mm: large enough to rebuild a face</source>
        <translation>un %1 3D de %2 imágenes a lo largo de %3 mm, cada una de %4 x %5 mm: suficiente para reconstruir una cara</translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <source>CT scan</source>
        <translation>TAC</translation>
    </message>
    <message>
        <source>MRI scan</source>
        <translation>Resonancia magnética</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ecografía</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Radiografía</translation>
    </message>
    <message>
        <source>X-ray video</source>
        <translation>Vídeo de rayos X</translation>
    </message>
    <message>
        <source>X-ray video of blood vessels</source>
        <translation>Vídeo de rayos X de los vasos sanguíneos</translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation>Mamografía</translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation>PET</translation>
    </message>
    <message>
        <source>Nuclear medicine scan</source>
        <translation>Estudio de medicina nuclear</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>Informe escrito</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Other picture</source>
        <translation>Otra imagen</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <source>Marked key images</source>
        <translation>Imágenes clave marcadas</translation>
    </message>
    <message>
        <source>Display settings</source>
        <translation>Ajustes de visualización</translation>
    </message>
    <message>
        <source>Outlined regions</source>
        <translation>Regiones contorneadas</translation>
    </message>
    <message>
        <source>Radiotherapy outlines</source>
        <translation>Contornos de radioterapia</translation>
    </message>
    <message>
        <source>Radiotherapy plan</source>
        <translation>Plan de radioterapia</translation>
    </message>
    <message>
        <source>Radiotherapy dose</source>
        <translation>Dosis de radioterapia</translation>
    </message>
    <message>
        <source>Dental X-ray</source>
        <translation>Radiografía dental</translation>
    </message>
    <message>
        <source>Dental panoramic X-ray</source>
        <translation>Radiografía panorámica dental</translation>
    </message>
    <message>
        <source>Endoscopy picture</source>
        <translation>Imagen de endoscopia</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <source>Eye photograph</source>
        <translation>Fotografía del ojo</translation>
    </message>
    <message>
        <source>Unknown kind of image</source>
        <translation>Tipo de imagen desconocido</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>a part of ScanShield is missing (%1); reinstalling ScanShield should bring it back</source>
        <translation>falta una parte de ScanShield (%1); reinstalar ScanShield debería recuperarla</translation>
    </message>
    <message>
        <source>a part of ScanShield (%1) could not be loaded: %2</source>
        <translation>no se pudo cargar una parte de ScanShield (%1): %2</translation>
    </message>
    <message>
        <source>a part of ScanShield (%1) is from another version; reinstalling ScanShield should fix this</source>
        <translation>una parte de ScanShield (%1) es de otra versión; reinstalar ScanShield debería solucionarlo</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>the text reader&apos;s English language data (Debian package tesseract-ocr-eng) is not installed</source>
        <translation>no están instalados los datos del idioma inglés del lector de texto (paquete de Debian tesseract-ocr-eng)</translation>
    </message>
    <message>
        <source>the text reader (Tesseract) could not load its English language data</source>
        <translation>el lector de texto (Tesseract) no pudo cargar sus datos del idioma inglés</translation>
    </message>
</context>
<context>
    <name>OtherFileKind</name>
    <message>
        <source>Not a medical image: a text file.</source>
        <translation>No es una imagen médica: un archivo de texto.</translation>
    </message>
    <message>
        <source>Not a medical image: a web page, often part of a viewer program on the disc.</source>
        <translation>No es una imagen médica: una página web, a menudo parte de un programa visor del disco.</translation>
    </message>
    <message>
        <source>Not a medical image: a program, usually the viewer that came with the disc.</source>
        <translation>No es una imagen médica: un programa, normalmente el visor que venía con el disco.</translation>
    </message>
    <message>
        <source>Not a medical image: an ordinary picture or icon.</source>
        <translation>No es una imagen médica: una imagen normal o un icono.</translation>
    </message>
    <message>
        <source>Not a medical image: a PDF document, perhaps a report.</source>
        <translation>No es una imagen médica: un documento PDF, quizá un informe.</translation>
    </message>
    <message>
        <source>Not a medical image: a compressed archive.</source>
        <translation>No es una imagen médica: un archivo comprimido.</translation>
    </message>
    <message>
        <source>Not a medical image: a settings file for the disc or its viewer.</source>
        <translation>No es una imagen médica: un archivo de configuración del disco o de su visor.</translation>
    </message>
    <message>
        <source>Not a medical image: a file of unknown type.</source>
        <translation>No es una imagen médica: un archivo de tipo desconocido.</translation>
    </message>
</context>
<context>
    <name>PictureReader</name>
    <message>
        <source>a picture of the series is in colour</source>
        <translation>una imagen de la serie es en color</translation>
    </message>
    <message>
        <source>a picture is not the size its file says</source>
        <translation>una imagen no tiene el tamaño que indica su archivo</translation>
    </message>
</context>
<context>
    <name>PixelCleaner</name>
    <message>
        <source>its pictures are compressed in a way ScanShield cannot decode to black out the text</source>
        <translation>sus imágenes están comprimidas de una forma que ScanShield no puede descodificar para tapar el texto en negro</translation>
    </message>
    <message>
        <source>its pictures are stored in a way ScanShield cannot black out text in</source>
        <translation>sus imágenes están guardadas de una forma en la que ScanShield no puede tapar el texto en negro</translation>
    </message>
    <message>
        <source>its picture data cannot be read</source>
        <translation>no se pueden leer los datos de su imagen</translation>
    </message>
    <message>
        <source>its picture data is shorter than its pictures</source>
        <translation>los datos de su imagen son más cortos que sus imágenes</translation>
    </message>
</context>
<context>
    <name>PixelMessages</name>
    <message>
        <source>this file could not be opened</source>
        <translation>no se pudo abrir este archivo</translation>
    </message>
    <message>
        <source>this file is not a medical image ScanShield can read</source>
        <translation>este archivo no es una imagen médica que ScanShield pueda leer</translation>
    </message>
    <message>
        <source>this file has no picture in it</source>
        <translation>este archivo no contiene ninguna imagen</translation>
    </message>
    <message>
        <source>this file is cut short</source>
        <translation>este archivo está incompleto</translation>
    </message>
    <message>
        <source>this image is compressed in a way ScanShield cannot read</source>
        <translation>esta imagen está comprimida de una forma que ScanShield no puede leer</translation>
    </message>
    <message>
        <source>this picture is stored in a way ScanShield cannot show</source>
        <translation>esta imagen está guardada de una forma que ScanShield no puede mostrar</translation>
    </message>
    <message>
        <source>the picture in this file is damaged</source>
        <translation>la imagen de este archivo está dañada</translation>
    </message>
    <message>
        <source>this file is damaged and ScanShield cannot read it</source>
        <translation>este archivo está dañado y ScanShield no puede leerlo</translation>
    </message>
    <message>
        <source>this picture is too large to show on this computer</source>
        <translation>esta imagen es demasiado grande para mostrarla en este ordenador</translation>
    </message>
    <message>
        <source>this file has no picture number %1 (it has %2)</source>
        <translation>este archivo no tiene la imagen número %1 (tiene %2)</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>The picture is empty or its size does not match its pixels.</source>
        <translation>La imagen está vacía o su tamaño no coincide con sus píxeles.</translation>
    </message>
    <message>
        <source>The picture could not be saved as %1: %2</source>
        <translation>No se pudo guardar la imagen como %1: %2</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>The list of questions is missing from this copy of ScanShield.</source>
        <translation>Falta la lista de preguntas en esta copia de ScanShield.</translation>
    </message>
    <message>
        <source>Is AI used on my images?</source>
        <translation>¿Se usa IA con mis imágenes?</translation>
    </message>
    <message>
        <source>Hospitals and clinics use AI tools to sort, measure and read scans. You have a right to know when software, not only a person, looks at your images, and who made that software.</source>
        <translation>Los hospitales y las clínicas usan herramientas de IA para clasificar, medir e interpretar estudios. Usted tiene derecho a saber cuándo un software, y no solo una persona, examina sus imágenes, y quién ha fabricado ese software.</translation>
    </message>
    <message>
        <source>Is any AI or computer-aided software used on my images, to read them, measure them or sort them?</source>
        <translation>¿Se usa algún software de IA o de ayuda por ordenador con mis imágenes, para interpretarlas, medirlas o clasificarlas?</translation>
    </message>
    <message>
        <source>Many tools run in the background without the patient being told.</source>
        <translation>Muchas herramientas funcionan en segundo plano sin que se informe al paciente.</translation>
    </message>
    <message>
        <source>Which tool is it, who makes it, and what exactly does it do with my images?</source>
        <translation>¿Qué herramienta es, quién la fabrica y qué hace exactamente con mis imágenes?</translation>
    </message>
    <message>
        <source>Knowing the maker tells you who else may receive or keep your images.</source>
        <translation>Saber quién es el fabricante le indica quién más puede recibir o guardar sus imágenes.</translation>
    </message>
    <message>
        <source>Does a doctor check what the AI found before it is used for my care?</source>
        <translation>¿Comprueba un médico lo que encontró la IA antes de que se use en mi atención?</translation>
    </message>
    <message>
        <source>AI tools make mistakes; a person should confirm their results.</source>
        <translation>Las herramientas de IA cometen errores; una persona debería confirmar sus resultados.</translation>
    </message>
    <message>
        <source>Does the AI run inside the hospital, or are my images sent to the company that makes it?</source>
        <translation>¿La IA funciona dentro del hospital o se envían mis imágenes a la empresa que la fabrica?</translation>
    </message>
    <message>
        <source>When images leave the hospital, more people and systems can see them.</source>
        <translation>Cuando las imágenes salen del hospital, más personas y sistemas pueden verlas.</translation>
    </message>
    <message>
        <source>Will my report say that AI was used, and what it found?</source>
        <translation>¿Indicará mi informe que se usó IA y lo que encontró?</translation>
    </message>
    <message>
        <source>A written record lets you or another doctor check later how a result was reached.</source>
        <translation>Un registro escrito le permite a usted o a otro médico comprobar más adelante cómo se llegó a un resultado.</translation>
    </message>
    <message>
        <source>Can my images be anonymized before others see them?</source>
        <translation>¿Se pueden anonimizar mis imágenes antes de que otros las vean?</translation>
    </message>
    <message>
        <source>Images carry your name, birth date, ID numbers and the hospital&apos;s name, and a head CT or MRI carries your face. Copies called de-identified often still hold some of these.</source>
        <translation>Las imágenes llevan su nombre, su fecha de nacimiento, números de identificación y el nombre del hospital, y un TAC o una resonancia magnética de la cabeza lleva su cara. Las copias llamadas desidentificadas a menudo todavía conservan algunos de estos datos.</translation>
    </message>
    <message>
        <source>Are my images anonymized before they go to an AI company, a researcher or any other third party?</source>
        <translation>¿Se anonimizan mis imágenes antes de enviarlas a una empresa de IA, a un investigador o a cualquier otro tercero?</translation>
    </message>
    <message>
        <source>Your name and ID numbers travel inside every image file unless they are removed.</source>
        <translation>Su nombre y sus números de identificación viajan dentro de cada archivo de imagen, a menos que se eliminen.</translation>
    </message>
    <message>
        <source>How are they anonymized: which details are removed, and who checks that nothing was missed?</source>
        <translation>¿Cómo se anonimizan: qué datos se eliminan y quién comprueba que no se haya pasado nada por alto?</translation>
    </message>
    <message>
        <source>Removing the name is not enough: dates, ID numbers, the hospital and notes in the images identify you too.</source>
        <translation>Eliminar el nombre no es suficiente: las fechas, los números de identificación, el hospital y las notas de las imágenes también le identifican.</translation>
    </message>
    <message>
        <source>Is text written into the pictures themselves (my name, birth date or ID in a corner of the image) removed as well?</source>
        <translation>¿También se elimina el texto escrito dentro de las propias imágenes (mi nombre, fecha de nacimiento o número de identificación en una esquina de la imagen)?</translation>
    </message>
    <message>
        <source>Some scanners write your details into the pixels, where ordinary anonymization does not look.</source>
        <translation>Algunos escáneres escriben sus datos en los píxeles, donde la anonimización normal no busca.</translation>
    </message>
    <message>
        <source>Will my head scan be defaced (my face removed from it) before it is shared for research or with an AI company?</source>
        <translation>¿Se eliminará la cara de mi estudio de la cabeza (desfiguración facial) antes de compartirlo para investigación o con una empresa de IA?</translation>
    </message>
    <message>
        <source>A picture of your face can be rebuilt from a head CT or MRI, and face recognition software has matched such pictures to photos of the patients.</source>
        <translation>A partir de un TAC o una resonancia magnética de la cabeza se puede reconstruir una imagen de su cara, y un software de reconocimiento facial ya ha logrado relacionar estas imágenes con fotos de los pacientes.</translation>
    </message>
    <message>
        <source>Is the scanner maker&apos;s hidden data in the files removed too?</source>
        <translation>¿También se eliminan los datos ocultos del fabricante del escáner que hay en los archivos?</translation>
    </message>
    <message>
        <source>Scanners store extra data that only their maker can read, and it can hold your name or ID.</source>
        <translation>Los escáneres guardan datos adicionales que solo su fabricante puede leer, y pueden contener su nombre o su número de identificación.</translation>
    </message>
    <message>
        <source>Could anyone link the anonymized images back to me, for example with a code list kept by the hospital?</source>
        <translation>¿Podría alguien relacionar las imágenes anonimizadas conmigo, por ejemplo con una lista de códigos que guarda el hospital?</translation>
    </message>
    <message>
        <source>Some images are only &quot;coded&quot;: whoever holds the code list can still tell they are yours.</source>
        <translation>Algunas imágenes solo están &quot;codificadas&quot;: quien tenga la lista de códigos todavía puede saber que son suyas.</translation>
    </message>
    <message>
        <source>The consent form</source>
        <translation>El formulario de consentimiento</translation>
    </message>
    <message>
        <source>The words of a consent form decide what may be done with your images. Words such as &quot;research&quot;, &quot;quality improvement&quot; or &quot;de-identified data&quot; can allow more than they seem to.</source>
        <translation>Las palabras de un formulario de consentimiento deciden qué se puede hacer con sus imágenes. Palabras como &quot;investigación&quot;, &quot;mejora de la calidad&quot; o &quot;datos desidentificados&quot; pueden permitir más de lo que parece.</translation>
    </message>
    <message>
        <source>Does this form allow my images to be used for research or for &quot;quality improvement&quot;? What does that include here?</source>
        <translation>¿Permite este formulario que mis imágenes se usen para investigación o para la &quot;mejora de la calidad&quot;? ¿Qué incluye eso aquí?</translation>
    </message>
    <message>
        <source>&quot;Quality improvement&quot; can include training or testing AI tools, often without a separate consent.</source>
        <translation>La &quot;mejora de la calidad&quot; puede incluir entrenar o probar herramientas de IA, a menudo sin un consentimiento aparte.</translation>
    </message>
    <message>
        <source>Does the form allow sharing my images with companies, including AI makers, partners or &quot;affiliates&quot;?</source>
        <translation>¿Permite el formulario compartir mis imágenes con empresas, incluidos fabricantes de IA, socios o &quot;filiales&quot;?</translation>
    </message>
    <message>
        <source>&quot;Affiliates&quot; and &quot;partners&quot; can be many companies you have never heard of.</source>
        <translation>Las &quot;filiales&quot; y los &quot;socios&quot; pueden ser muchas empresas de las que nunca ha oído hablar.</translation>
    </message>
    <message>
        <source>Can my images or data be sold or licensed, even after they are de-identified?</source>
        <translation>¿Se pueden vender o ceder bajo licencia mis imágenes o mis datos, incluso después de desidentificarlos?</translation>
    </message>
    <message>
        <source>De-identified medical images are traded, and the form may allow it.</source>
        <translation>Las imágenes médicas desidentificadas se comercializan, y el formulario puede permitirlo.</translation>
    </message>
    <message>
        <source>Can the analysis be done on the hospital&apos;s own computers instead of in a company&apos;s cloud?</source>
        <translation>¿Se puede hacer el análisis en los propios ordenadores del hospital en lugar de en la nube de una empresa?</translation>
    </message>
    <message>
        <source>Many AI tools can run locally; then your images never leave the hospital.</source>
        <translation>Muchas herramientas de IA pueden funcionar localmente; así sus imágenes nunca salen del hospital.</translation>
    </message>
    <message>
        <source>How long will my images be kept, and by whom?</source>
        <translation>¿Durante cuánto tiempo se guardarán mis imágenes y quién las guardará?</translation>
    </message>
    <message>
        <source>A form may allow keeping copies for many years, or without a time limit.</source>
        <translation>Un formulario puede permitir guardar copias durante muchos años o sin límite de tiempo.</translation>
    </message>
    <message>
        <source>How do I withdraw my consent later, and what happens to copies already shared?</source>
        <translation>¿Cómo puedo retirar mi consentimiento más adelante y qué pasa con las copias ya compartidas?</translation>
    </message>
    <message>
        <source>Withdrawing may stop future use but not bring back copies already given away; ask before you sign.</source>
        <translation>Retirarlo puede detener el uso futuro, pero no recuperar las copias ya entregadas; pregunte antes de firmar.</translation>
    </message>
    <message>
        <source>Can I refuse this part of the form and still get the same care?</source>
        <translation>¿Puedo rechazar esta parte del formulario y seguir recibiendo la misma atención?</translation>
    </message>
    <message>
        <source>Consent to research or data sharing should not be a condition of your treatment.</source>
        <translation>El consentimiento para la investigación o para compartir datos no debería ser una condición para su tratamiento.</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Almacenamiento en la nube</translation>
    </message>
    <message>
        <source>Images are often stored or processed in a company&apos;s cloud. Where they are, how they are protected and what happens after a breach matter as much as the scan itself.</source>
        <translation>Las imágenes a menudo se guardan o se procesan en la nube de una empresa. Dónde están, cómo se protegen y qué pasa tras una filtración importan tanto como el propio estudio.</translation>
    </message>
    <message>
        <source>Where are my images stored: in the hospital, or in a cloud service? In which country?</source>
        <translation>¿Dónde se guardan mis imágenes: en el hospital o en un servicio en la nube? ¿En qué país?</translation>
    </message>
    <message>
        <source>The country decides which privacy laws protect your images.</source>
        <translation>El país determina qué leyes de privacidad protegen sus imágenes.</translation>
    </message>
    <message>
        <source>Are my images encrypted when they are stored and when they are sent, and who holds the keys?</source>
        <translation>¿Se cifran mis imágenes cuando se guardan y cuando se envían, y quién tiene las claves?</translation>
    </message>
    <message>
        <source>Encryption protects your images if a system is broken into or a disk is lost.</source>
        <translation>El cifrado protege sus imágenes si alguien entra en un sistema sin permiso o si se pierde un disco.</translation>
    </message>
    <message>
        <source>Does the cloud or AI company have a signed data protection agreement with the hospital (in the US, a business associate agreement)?</source>
        <translation>¿Tiene la empresa de nube o de IA un acuerdo firmado de protección de datos con el hospital (en EE. UU., un acuerdo de socio comercial o business associate agreement)?</translation>
    </message>
    <message>
        <source>Such an agreement binds the company to protect your data and to use it only for the hospital&apos;s purposes.</source>
        <translation>Un acuerdo así obliga a la empresa a proteger sus datos y a usarlos solo para los fines del hospital.</translation>
    </message>
    <message>
        <source>If my images are part of a data breach, how and when will I be told?</source>
        <translation>Si mis imágenes se ven afectadas por una filtración de datos, ¿cómo y cuándo me lo comunicarán?</translation>
    </message>
    <message>
        <source>In the US, HIPAA requires notice without unreasonable delay and no later than 60 days after a breach is discovered.</source>
        <translation>En EE. UU., la HIPAA exige notificarlo sin demoras injustificadas y a más tardar 60 días después de descubrir la filtración.</translation>
    </message>
    <message>
        <source>Who at the company can look at my images, and is that access recorded?</source>
        <translation>¿Quién puede ver mis imágenes en la empresa y se registra ese acceso?</translation>
    </message>
    <message>
        <source>Staff of a cloud or AI company may see images for support or to improve their product.</source>
        <translation>El personal de una empresa de nube o de IA puede ver imágenes para dar soporte técnico o para mejorar su producto.</translation>
    </message>
    <message>
        <source>Opting out of AI training</source>
        <translation>Negarse al entrenamiento de IA</translation>
    </message>
    <message>
        <source>Images from patients are used to build and improve AI tools. You may be able to say no, and it should not change your care.</source>
        <translation>Las imágenes de pacientes se usan para crear y mejorar herramientas de IA. Es posible que usted pueda negarse, y eso no debería cambiar su atención.</translation>
    </message>
    <message>
        <source>Are my images used to train, test or improve AI tools, here or at a company?</source>
        <translation>¿Se usan mis imágenes para entrenar, probar o mejorar herramientas de IA, aquí o en una empresa?</translation>
    </message>
    <message>
        <source>Training uses many patients&apos; images; the tool&apos;s maker may keep them.</source>
        <translation>El entrenamiento usa imágenes de muchos pacientes; el fabricante de la herramienta puede quedárselas.</translation>
    </message>
    <message>
        <source>How can I opt out of my images being used for AI development, and is that written down?</source>
        <translation>¿Cómo puedo negarme a que mis imágenes se usen para desarrollar IA, y queda eso por escrito?</translation>
    </message>
    <message>
        <source>An opt-out that is only spoken can be forgotten; ask for it in your record.</source>
        <translation>Una negativa que solo se expresa de palabra puede olvidarse; pida que conste en su historia clínica.</translation>
    </message>
    <message>
        <source>If I opt out, does anything change for my care, my waiting time or my costs?</source>
        <translation>Si me niego, ¿cambia algo en mi atención, mi tiempo de espera o mis costes?</translation>
    </message>
    <message>
        <source>Saying no to research use should not affect your treatment.</source>
        <translation>Negarse al uso en investigación no debería afectar a su tratamiento.</translation>
    </message>
    <message>
        <source>Have my earlier images already been used or shared for AI, and can they be removed?</source>
        <translation>¿Se han usado o compartido ya mis imágenes anteriores para IA, y se pueden retirar?</translation>
    </message>
    <message>
        <source>An opt-out may only apply from now on unless you ask about the past.</source>
        <translation>Una negativa puede aplicarse solo a partir de ahora, a menos que pregunte por el pasado.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Sus derechos</translation>
    </message>
    <message>
        <source>In the United States, the HIPAA Privacy Rule gives you rights over your health information. Other countries have similar laws; in the European Union and the United Kingdom it is the GDPR.</source>
        <translation>En Estados Unidos, la Norma de Privacidad de la HIPAA (HIPAA Privacy Rule) le da derechos sobre su información de salud. Otros países tienen leyes parecidas; en la Unión Europea y el Reino Unido es el RGPD (GDPR).</translation>
    </message>
    <message>
        <source>I would like a copy of all my images, in electronic form. When can I have it, and what will it cost?</source>
        <translation>Quisiera una copia de todas mis imágenes en formato electrónico. ¿Cuándo puedo tenerla y cuánto costará?</translation>
    </message>
    <message>
        <source>You have the right to a copy of your images and records, usually within 30 days, for a reasonable cost-based fee.</source>
        <translation>Tiene derecho a una copia de sus imágenes y registros, normalmente en un plazo de 30 días, por una tarifa razonable basada en el coste.</translation>
    </message>
    <message>
        <source>May I have a list of who my images and records were disclosed to?</source>
        <translation>¿Me pueden dar una lista de a quién se comunicaron mis imágenes y registros?</translation>
    </message>
    <message>
        <source>You can ask for an accounting of certain disclosures made in the last six years (disclosures for treatment, payment and the hospital&apos;s own operations are not listed).</source>
        <translation>Puede pedir una relación de ciertas comunicaciones hechas en los últimos seis años (no se incluyen las comunicaciones para tratamiento, pago y operaciones propias del hospital).</translation>
    </message>
    <message>
        <source>I would like to restrict how my images are used or shared. How do I make that request?</source>
        <translation>Quisiera limitar cómo se usan o se comparten mis imágenes. ¿Cómo hago esa solicitud?</translation>
    </message>
    <message>
        <source>You can ask the hospital to limit uses and disclosures of your information; it does not always have to agree, but it must consider the request.</source>
        <translation>Puede pedir al hospital que limite los usos y comunicaciones de su información; no siempre está obligado a aceptar, pero debe tener en cuenta la solicitud.</translation>
    </message>
    <message>
        <source>Was my written authorization asked for before my images were used for research, or did a review board waive it?</source>
        <translation>¿Se me pidió autorización por escrito antes de usar mis imágenes para investigación, o un comité de revisión me eximió de darla?</translation>
    </message>
    <message>
        <source>Research use of identifiable health information normally needs your authorization unless an ethics or privacy board approves a waiver.</source>
        <translation>El uso en investigación de información de salud identificable normalmente necesita su autorización, salvo que un comité de ética o de privacidad apruebe una exención.</translation>
    </message>
    <message>
        <source>If I live in the EU or the UK: may I see, correct or erase my data, and object to its use for AI?</source>
        <translation>Si vivo en la UE o en el Reino Unido: ¿puedo ver, corregir o borrar mis datos, y oponerme a que se usen para IA?</translation>
    </message>
    <message>
        <source>The GDPR gives rights of access, erasure and objection, and protection against decisions made only by a machine.</source>
        <translation>El RGPD (GDPR) da derechos de acceso, supresión y oposición, y protección frente a decisiones tomadas únicamente por una máquina.</translation>
    </message>
</context>
<context>
    <name>QuestionSheet</name>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>Preguntado:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>La respuesta:</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Mi nota:</translation>
    </message>
    <message>
        <source>Questions to ask about my images</source>
        <translation>Preguntas sobre mis imágenes</translation>
    </message>
    <message>
        <source>Take this sheet to your appointment. Tick each question when you have asked it, and write down the answer.</source>
        <translation>Lleve esta hoja a su cita. Marque cada pregunta cuando la haya hecho y anote la respuesta.</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Cita:</translation>
    </message>
    <message>
        <source>Appointment (who, where, when):</source>
        <translation>Cita (con quién, dónde, cuándo):</translation>
    </message>
    <message>
        <source>Made with ScanShield on your own computer. Nothing was sent anywhere.</source>
        <translation>Creado con ScanShield en su propio ordenador. No se envió nada a ningún sitio.</translation>
    </message>
</context>
<context>
    <name>SafeCopyJob</name>
    <message>
        <source>The copy could not be read back to check that the face is gone.</source>
        <translation>No se pudo volver a leer la copia para comprobar que la cara ha desaparecido.</translation>
    </message>
    <message>
        <source>No cut could be found for %1</source>
        <translation>No se encontró ningún corte para %1</translation>
    </message>
    <message>
        <source>The copy could not be noted in ScanShield&apos;s history: %1</source>
        <translation>No se pudo anotar la copia en el historial de ScanShield: %1</translation>
    </message>
</context>
<context>
    <name>SampleConsentForm</name>
    <message>
        <source>The sample form is missing from this copy of ScanShield.</source>
        <translation>Falta el formulario de ejemplo en esta copia de ScanShield.</translation>
    </message>
</context>
<context>
    <name>SliceGeometry</name>
    <message>
        <source>the picture file %1 could not be read</source>
        <translation>no se pudo leer el archivo de imagen %1</translation>
    </message>
</context>
<context>
    <name>SliceStack</name>
    <message>
        <source>the pictures of this series do not lie in one stack</source>
        <translation>las imágenes de esta serie no forman una sola pila</translation>
    </message>
    <message>
        <source>the pictures of this series are spread too unevenly to make a 3D volume</source>
        <translation>las imágenes de esta serie están repartidas de forma demasiado irregular para formar un volumen 3D</translation>
    </message>
    <message>
        <source>this series has no pictures</source>
        <translation>esta serie no tiene imágenes</translation>
    </message>
    <message numerus="yes">
        <source>this series has only %n picture(s)</source>
        <translation>
            <numerusform>esta serie solo tiene %n imagen</numerusform>
            <numerusform>esta serie solo tiene %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>the pictures have no position</source>
        <translation>las imágenes no tienen posición</translation>
    </message>
    <message>
        <source>the pictures of this series all lie in the same place</source>
        <translation>todas las imágenes de esta serie están en el mismo lugar</translation>
    </message>
    <message numerus="yes">
        <source>only %n picture(s) of this series lie in one stack</source>
        <translation>
            <numerusform>solo %n imagen de esta serie forma una pila</numerusform>
            <numerusform>solo %n imágenes de esta serie forman una pila</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tailoring</name>
    <message>
        <source>Your %1 shows your face.</source>
        <translation>Su %1 muestra su cara.</translation>
    </message>
    <message numerus="yes">
        <source>Your details are written into %n picture(s) on your disc.</source>
        <translation>
            <numerusform>Sus datos están escritos en %n imagen de su disco.</numerusform>
            <numerusform>Sus datos están escritos en %n imágenes de su disco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text is written into %n picture(s) on your disc.</source>
        <translation>
            <numerusform>Hay texto escrito en %n imagen de su disco.</numerusform>
            <numerusform>Hay texto escrito en %n imágenes de su disco.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner maker&apos;s hidden data on your disc holds your details.</source>
        <translation>Los datos ocultos del fabricante del escáner que hay en su disco contienen sus datos personales.</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>resonancia magnética</translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation>TAC</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>estudio</translation>
    </message>
    <message>
        <source>Because of what is on your disc</source>
        <translation>Por lo que hay en su disco</translation>
    </message>
    <message>
        <source>ScanShield looked through your disc. These questions matter most for you.</source>
        <translation>ScanShield ha revisado su disco. Estas son las preguntas que más le importan a usted.</translation>
    </message>
</context>
<context>
    <name>VolumeBuilder</name>
    <message numerus="yes">
        <source>%n picture(s) of a different size or direction than the rest of the series (such as a scout view) were left out.</source>
        <translation>
            <numerusform>Se dejó fuera %n imagen de tamaño u orientación distintos al resto de la serie (como una imagen de planificación).</numerusform>
            <numerusform>Se dejaron fuera %n imágenes de tamaño u orientación distintos al resto de la serie (como una imagen de planificación).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) do not say where they lie and were left out.</source>
        <translation>
            <numerusform>%n imagen no indica dónde se encuentra y se dejó fuera.</numerusform>
            <numerusform>%n imágenes no indican dónde se encuentran y se dejaron fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) lie where another picture of the series already lies (such as a second echo or time point) and were left out.</source>
        <translation>
            <numerusform>%n imagen está donde ya hay otra imagen de la serie (como un segundo eco o un segundo momento) y se dejó fuera.</numerusform>
            <numerusform>%n imágenes están donde ya hay otra imagen de la serie (como un segundo eco o un segundo momento) y se dejaron fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture file(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n archivo de imagen no se pudo leer y se dejó fuera.</numerusform>
            <numerusform>%n archivos de imagen no se pudieron leer y se dejaron fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be decoded (%1); their slices of the volume are left empty.</source>
        <translation>
            <numerusform>%n imagen no se pudo descodificar (%1); su corte del volumen se deja vacío.</numerusform>
            <numerusform>%n imágenes no se pudieron descodificar (%1); sus cortes del volumen se dejan vacíos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner was tilted by %1 degrees; the volume follows the tilt.</source>
        <translation>El escáner estaba inclinado %1 grados; el volumen sigue la inclinación.</translation>
    </message>
    <message>
        <source>The pictures are not evenly spaced (%1 to %2 mm apart); the volume was resampled to an even %3 mm.</source>
        <translation>Las imágenes no están separadas de forma regular (entre %1 y %2 mm); el volumen se remuestreó a una separación regular de %3 mm.</translation>
    </message>
    <message>
        <source>The pictures do not say how large their pixels are; 1 mm was assumed.</source>
        <translation>Las imágenes no indican el tamaño de sus píxeles; se supuso 1 mm.</translation>
    </message>
    <message>
        <source>The pictures do not lie on one straight line (up to %1 mm off); the volume puts them on the line from the first to the last.</source>
        <translation>Las imágenes no están en una línea recta (hasta %1 mm de desviación); el volumen las coloca en la línea que va de la primera a la última.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were too large for the volume and were capped.</source>
        <translation>
            <numerusform>%n valor era demasiado grande para el volumen y se limitó.</numerusform>
            <numerusform>%n valores eran demasiado grandes para el volumen y se limitaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the 3D volume was cancelled.</source>
        <translation>Se canceló la creación del volumen 3D.</translation>
    </message>
    <message>
        <source>the pictures of this series could not be read</source>
        <translation>no se pudieron leer las imágenes de esta serie</translation>
    </message>
    <message>
        <source>this series is too large for the memory of this computer</source>
        <translation>esta serie es demasiado grande para la memoria de este ordenador</translation>
    </message>
    <message>
        <source>none of the pictures of this series could be decoded: %1</source>
        <translation>no se pudo descodificar ninguna imagen de esta serie: %1</translation>
    </message>
</context>
<context>
    <name>WindowLevel</name>
    <message>
        <source>As stored</source>
        <translation>Tal como se guardó</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>Cerebro</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Tejidos blandos</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Pulmón</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Hueso</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Rango completo</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Make an anonymized copy of a disc on this computer, and check it.</source>
        <translation>Hacer una copia anonimizada de un disco en este ordenador y comprobarla.</translation>
    </message>
    <message>
        <source>A disc folder, a DICOMDIR, a ZIP or an ISO file.</source>
        <translation>Una carpeta de disco, un DICOMDIR, un archivo ZIP o un archivo ISO.</translation>
    </message>
    <message>
        <source>The new folder for the copy (must not hold files).</source>
        <translation>La carpeta nueva para la copia (no debe contener archivos).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado en formato JSON.</translation>
    </message>
    <message>
        <source>Keep the real dates (by default all dates move by one offset).</source>
        <translation>Conservar las fechas reales (de forma predeterminada, todas las fechas se desplazan el mismo intervalo).</translation>
    </message>
    <message>
        <source>Remove dates as the Basic Profile says instead of moving them.</source>
        <translation>Eliminar las fechas según indica el perfil básico (Basic Profile) en lugar de desplazarlas.</translation>
    </message>
    <message>
        <source>Keep the original reference numbers (UIDs).</source>
        <translation>Conservar los números de referencia originales (UID).</translation>
    </message>
    <message>
        <source>Keep the scanner&apos;s identity (serial numbers, station names).</source>
        <translation>Conservar la identidad del escáner (números de serie, nombres de estación).</translation>
    </message>
    <message>
        <source>Keep the hospital&apos;s name and address.</source>
        <translation>Conservar el nombre y la dirección del hospital.</translation>
    </message>
    <message>
        <source>Keep age, sex, size and weight.</source>
        <translation>Conservar la edad, el sexo, la estatura y el peso.</translation>
    </message>
    <message>
        <source>Remove every description, even those that name nobody.</source>
        <translation>Eliminar todas las descripciones, incluso las que no nombran a nadie.</translation>
    </message>
    <message>
        <source>Also remove drawn marks and annotations (graphics) that may hold text.</source>
        <translation>Eliminar también las marcas dibujadas y las anotaciones (gráficos) que puedan contener texto.</translation>
    </message>
    <message>
        <source>Also clean the contents of structured reports.</source>
        <translation>Limpiar también el contenido de los informes estructurados.</translation>
    </message>
    <message>
        <source>Cut the face away from 3D scans of the head, and check that it is gone.</source>
        <translation>Eliminar la cara de los estudios 3D de la cabeza y comprobar que ha desaparecido.</translation>
    </message>
    <message>
        <source>Do not black out text burned into the pictures.</source>
        <translation>No tapar en negro el texto grabado en las imágenes.</translation>
    </message>
    <message>
        <source>Leave this series out of the copy (its Series Instance UID; may be repeated).</source>
        <translation>Dejar esta serie fuera de la copia (su Series Instance UID; se puede repetir).</translation>
    </message>
    <message>
        <source>Copy this file that is not a medical image, unchanged (its path on the disc, as `scan` lists it; may be repeated).</source>
        <translation>Copiar sin cambios este archivo que no es una imagen médica (su ruta en el disco, tal como la muestra `scan`; se puede repetir).</translation>
    </message>
    <message>
        <source>Do not read the pictures for text; the copy then cannot be verified.</source>
        <translation>No leer el texto de las imágenes; en ese caso no se puede verificar la copia.</translation>
    </message>
    <message>
        <source>anonymize needs --output DIR, and at most one of --keep-dates and --remove-dates.</source>
        <translation>anonymize necesita --output DIR y, como máximo, una de las opciones --keep-dates y --remove-dates.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Copied %1 files to %2.</source>
        <translation>Se copiaron %1 archivos en %2.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>No copiado: %1</translation>
    </message>
    <message>
        <source>Checked: nothing that identifies the patient was found in the copy.</source>
        <translation>Comprobado: no se encontró en la copia nada que identifique al paciente.</translation>
    </message>
    <message>
        <source>The copy is NOT safe yet: it still holds details of the patient.</source>
        <translation>La copia TODAVÍA NO es segura: aún contiene datos del paciente.</translation>
    </message>
    <message>
        <source>files: %1</source>
        <translation>archivos: %1</translation>
    </message>
    <message>
        <source>Give exactly one PATH: a disc folder, a DICOMDIR, a ZIP or an ISO file.</source>
        <translation>Indique exactamente una RUTA (PATH): una carpeta de disco, un DICOMDIR, un archivo ZIP o un archivo ISO.</translation>
    </message>
    <message>
        <source>Usage: scanshield-cli make-demo-disc DIR</source>
        <translation>Uso: scanshield-cli make-demo-disc DIR</translation>
    </message>
    <message>
        <source>Wrote a fictional patient&apos;s disc with %1 image files in %2 series and %3 studies to %4</source>
        <translation>Se escribió el disco de un paciente ficticio con %1 archivos de imagen en %2 series y %3 estudios en %4</translation>
    </message>
    <message>
        <source>There is no picture of this series to write.</source>
        <translation>No hay ninguna imagen de esta serie que escribir.</translation>
    </message>
    <message>
        <source>Find the series of a disc from which a face can be rebuilt, and measure it.</source>
        <translation>Buscar las series de un disco a partir de las cuales se puede reconstruir una cara, y medirlas.</translation>
    </message>
    <message>
        <source>Write the face (front and side) of the first series that shows one to FILE.</source>
        <translation>Escribir en FILE la cara (de frente y de perfil) de la primera serie que muestre una.</translation>
    </message>
    <message>
        <source>No series of this disc is a 3D scan of a head; no picture was written.</source>
        <translation>Ninguna serie de este disco es un estudio 3D de una cabeza; no se escribió ninguna imagen.</translation>
    </message>
    <message>
        <source>A face can be rebuilt from: %1</source>
        <translation>Se puede reconstruir una cara a partir de: %1</translation>
    </message>
    <message>
        <source>No face found in: %1</source>
        <translation>No se encontró ninguna cara en: %1</translation>
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
        <translation>Uso: scanshield-cli COMMAND [OPTIONS]

Órdenes:
  scan PATH [--json]        Lista lo que hay en un disco (carpeta, DICOMDIR, ZIP o ISO).
  report PATH [--json] [--pdf FILE [--show-values] [--large-print]]
                            Todo lo que hay en un disco que identifica al paciente.
  anonymize PATH --output DIR [--json] [options]
                            Una copia anonimizada de un disco, comprobada antes de considerarla segura.
  face PATH [--json] [--png FILE]
                            Qué estudios contienen su cara, medida, y una imagen de ella.
  sheet --output FILE.pdf [--lang CODE] [--disc PATH] [--large-print]
                            Las preguntas sobre IA, consentimiento y almacenamiento en la nube.
  make-demo-disc DIR        Escribe en DIR el disco de imágenes de un paciente ficticio.

Ejecute &apos;scanshield-cli COMMAND --help&apos; para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <source>A PDF cannot be made: %1</source>
        <translation>No se puede crear un PDF: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Orden desconocida: %1</translation>
    </message>
    <message>
        <source>Your name appears in %1 places in %2 forms.</source>
        <translation>Su nombre aparece en %1 lugares de %2 formas.</translation>
    </message>
    <message>
        <source>items found: %1</source>
        <translation>elementos encontrados: %1</translation>
    </message>
    <message>
        <source>Show everything on a disc that identifies the patient.</source>
        <translation>Mostrar todo lo que hay en un disco que identifica al paciente.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Mostrar el informe en formato JSON.</translation>
    </message>
    <message>
        <source>Also write the report as a PDF to FILE.</source>
        <translation>Escribir también el informe como PDF en FILE.</translation>
    </message>
    <message>
        <source>Print the values in the PDF (hidden by default).</source>
        <translation>Mostrar los valores en el PDF (ocultos de forma predeterminada).</translation>
    </message>
    <message>
        <source>Use large print in the PDF.</source>
        <translation>Usar letra grande en el PDF.</translation>
    </message>
    <message>
        <source>Do not read text burned into the pictures (the slow part); the report says so.</source>
        <translation>No leer el texto grabado en las imágenes (la parte lenta); el informe lo indica.</translation>
    </message>
    <message>
        <source>ScanShield&apos;s attribute catalogue is damaged: %1</source>
        <translation>El catálogo de atributos de ScanShield está dañado: %1</translation>
    </message>
    <message>
        <source>Disc: %1</source>
        <translation>Disco: %1</translation>
    </message>
    <message>
        <source>Files: %1 · medical image files: %2 · series: %3 · visits: %4</source>
        <translation>Archivos: %1 · archivos de imagen médica: %2 · series: %3 · visitas: %4</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Paciente: %1</translation>
    </message>
    <message>
        <source>Visit on %1: %2</source>
        <translation>Visita del %1: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: files: %3</source>
        <translation>%1 &quot;%2&quot;: archivos: %3</translation>
    </message>
    <message>
        <source>Files that are not readable medical images:</source>
        <translation>Archivos que no son imágenes médicas legibles:</translation>
    </message>
    <message>
        <source>List what is on a disc: patients, studies, series and images.</source>
        <translation>Mostrar lo que hay en un disco: pacientes, estudios, series e imágenes.</translation>
    </message>
    <message>
        <source>Print the index as JSON.</source>
        <translation>Mostrar el índice en formato JSON.</translation>
    </message>
    <message>
        <source>Print the questions to ask about AI, consent forms and cloud storage.</source>
        <translation>Mostrar las preguntas sobre IA, formularios de consentimiento y almacenamiento en la nube.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se va a escribir.</translation>
    </message>
    <message>
        <source>The language of the sheet (en, es, fr, de...).</source>
        <translation>El idioma de la hoja (en, es, fr, de...).</translation>
    </message>
    <message>
        <source>Put first the questions that matter most for this disc.</source>
        <translation>Poner primero las preguntas que más importan para este disco.</translation>
    </message>
    <message>
        <source>Print in large letters.</source>
        <translation>Imprimir en letra grande.</translation>
    </message>
    <message>
        <source>sheet needs --output FILE.pdf, and no other argument.</source>
        <translation>sheet necesita --output FILE.pdf y ningún otro argumento.</translation>
    </message>
    <message>
        <source>ScanShield has no translation for &quot;%1&quot;; it has: %2.</source>
        <translation>ScanShield no tiene traducción para &quot;%1&quot;; tiene: %2.</translation>
    </message>
    <message>
        <source>The question sheet is in %1.</source>
        <translation>La hoja de preguntas está en %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See what your imaging disc says about you, and make a safe copy.</source>
        <translation>Vea lo que su disco de imágenes médicas dice de usted y haga una copia segura.</translation>
    </message>
    <message>
        <source>A disc folder, DICOMDIR, ZIP or ISO file to open.</source>
        <translation>Una carpeta de disco, un DICOMDIR, un archivo ZIP o un archivo ISO que abrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the disc is read, then quit.</source>
        <translation>Guardar una imagen de la ventana en FILE cuando se haya leído el disco, y salir.</translation>
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
        <translation>&amp;Cita:</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Add another appointment, with its own answers</source>
        <translation>Añadir otra cita, con sus propias respuestas</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Change the name, date, place or kind of scan</source>
        <translation>Cambiar el nombre, la fecha, el lugar o el tipo de estudio</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this appointment and the answers you noted for it</source>
        <translation>Eliminar esta cita y las respuestas que anotó para ella</translation>
    </message>
    <message>
        <source>My next appointment</source>
        <translation>Mi próxima cita</translation>
    </message>
    <message>
        <source>Your answers cannot be saved on this computer: %1</source>
        <translation>No se pueden guardar sus respuestas en este ordenador: %1</translation>
    </message>
    <message>
        <source>The appointment could not be saved: %1</source>
        <translation>No se pudo guardar la cita: %1</translation>
    </message>
    <message>
        <source>Delete this appointment?</source>
        <translation>¿Eliminar esta cita?</translation>
    </message>
    <message>
        <source>Delete “%1” and every answer and note you wrote for it? This cannot be undone.</source>
        <translation>¿Eliminar “%1” y todas las respuestas y notas que escribió para ella? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>The appointment could not be deleted: %1</source>
        <translation>No se pudo eliminar la cita: %1</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>About this appointment</source>
        <translation>Sobre esta cita</translation>
    </message>
    <message>
        <source>These details stay on this computer. They are printed at the top of your question sheet.</source>
        <translation>Estos datos se quedan en este ordenador. Se imprimen en la parte superior de su hoja de preguntas.</translation>
    </message>
    <message>
        <source>For example: Dr Weber, knee MRI</source>
        <translation>Por ejemplo: Dra. Weber, resonancia de rodilla</translation>
    </message>
    <message>
        <source>Name of the appointment</source>
        <translation>Nombre de la cita</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>I know the &amp;date</source>
        <translation>Sé la &amp;fecha</translation>
    </message>
    <message>
        <source>Date of the appointment</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>The hospital or clinic</source>
        <translation>El hospital o la clínica</translation>
    </message>
    <message>
        <source>Place of the appointment</source>
        <translation>Lugar de la cita</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>Resonancia magnética</translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation>TAC</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Radiografía</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ecografía</translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation>Mamografía</translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation>PET</translation>
    </message>
    <message>
        <source>Kind of scan</source>
        <translation>Tipo de estudio</translation>
    </message>
    <message>
        <source>Choose or write one</source>
        <translation>Elija o escriba uno</translation>
    </message>
    <message>
        <source>&amp;Kind of scan:</source>
        <translation>&amp;Tipo de estudio:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ConsentPhraseDetails</name>
    <message>
        <source>Marked here: “%1”, page %2.</source>
        <translation>Marcado aquí: “%1”, página %2.</translation>
    </message>
    <message>
        <source>Marked here: “%1”.</source>
        <translation>Marcado aquí: “%1”.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Por qué importa: %1</translation>
    </message>
    <message>
        <source>Add this question to my list: %1</source>
        <translation>Añadir esta pregunta a mi lista: %1</translation>
    </message>
    <message>
        <source>Added to my list</source>
        <translation>Añadida a mi lista</translation>
    </message>
    <message>
        <source>Add this question to my list</source>
        <translation>Añadir esta pregunta a mi lista</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Qué preguntar</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ConsentReaderDialog</name>
    <message>
        <source>Page %1: “%2”</source>
        <translation>Página %1: “%2”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Read a consent form</source>
        <translation>Leer un formulario de consentimiento</translation>
    </message>
    <message>
        <source>Open the consent form you were given, or paste its words. ScanShield marks the phrases that decide what may be done with your images, and tells you what to ask about each. It reads forms written in English.</source>
        <translation>Abra el formulario de consentimiento que le dieron o pegue su texto. ScanShield marca las frases que deciden qué se puede hacer con sus imágenes y le indica qué preguntar sobre cada una. Lee formularios escritos en inglés.</translation>
    </message>
    <message>
        <source>&amp;Open a consent form (PDF)…</source>
        <translation>&amp;Abrir un formulario de consentimiento (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>&amp;Pegar texto</translation>
    </message>
    <message>
        <source>Try it with a &amp;sample form</source>
        <translation>Probar con un formulario de &amp;ejemplo</translation>
    </message>
    <message>
        <source>A made-up hospital&apos;s consent form, to see what ScanShield marks.</source>
        <translation>El formulario de consentimiento de un hospital inventado, para ver lo que marca ScanShield.</translation>
    </message>
    <message>
        <source>The consent form, with the phrases that matter marked</source>
        <translation>El formulario de consentimiento, con las frases importantes marcadas</translation>
    </message>
    <message>
        <source>Open a consent form or paste its text, and it appears here.</source>
        <translation>Abra un formulario de consentimiento o pegue su texto, y aparecerá aquí.</translation>
    </message>
    <message>
        <source>What ScanShield &amp;found</source>
        <translation>Lo que ScanShield en&amp;contró</translation>
    </message>
    <message>
        <source>What ScanShield found, by kind</source>
        <translation>Lo que encontró ScanShield, por tipo</translation>
    </message>
    <message>
        <source>When a form is open, choose a place in the list to see why it matters and what to ask.</source>
        <translation>Cuando haya un formulario abierto, elija un lugar de la lista para ver por qué importa y qué preguntar.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n página</numerusform>
            <numerusform>%1, %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>El texto pegado</translation>
    </message>
    <message>
        <source>There is no text to read. Copy the words of the form and paste them again.</source>
        <translation>No hay texto que leer. Copie las palabras del formulario y vuelva a pegarlas.</translation>
    </message>
    <message>
        <source>ScanShield found none of the phrases it looks for. That does not mean the form is harmless; read it carefully.</source>
        <translation>ScanShield no encontró ninguna de las frases que busca. Eso no significa que el formulario sea inofensivo; léalo con atención.</translation>
    </message>
    <message numerus="yes">
        <source>%1. ScanShield marked %n place(s) in the form. Choose one in the list to see why it matters and what to ask.</source>
        <translation>
            <numerusform>%1. ScanShield marcó %n lugar en el formulario. Elíjalo en la lista para ver por qué importa y qué preguntar.</numerusform>
            <numerusform>%1. ScanShield marcó %n lugares en el formulario. Elija uno en la lista para ver por qué importa y qué preguntar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a place in the list, or click a marked phrase in the form.</source>
        <translation>Elija un lugar de la lista o haga clic en una frase marcada del formulario.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n place(s)</source>
        <translation>
            <numerusform>%1 — %n lugar</numerusform>
            <numerusform>%1 — %n lugares</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a consent form</source>
        <translation>Abrir un formulario de consentimiento</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paste the consent form&apos;s text</source>
        <translation>Pegue el texto del formulario de consentimiento</translation>
    </message>
    <message>
        <source>Copy the words of the form from where you read them, paste them here, and choose OK.</source>
        <translation>Copie las palabras del formulario desde donde las esté leyendo, péguelas aquí y elija Aceptar.</translation>
    </message>
    <message>
        <source>The sample form could not be made: %1</source>
        <translation>No se pudo crear el formulario de ejemplo: %1</translation>
    </message>
    <message>
        <source>The sample consent form (fictional)</source>
        <translation>El formulario de consentimiento de ejemplo (ficticio)</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::DiscTreeModel</name>
    <message>
        <source>Unnamed patient</source>
        <translation>Paciente sin nombre</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, nacido/a el %2</translation>
    </message>
    <message>
        <source>Visit on an unknown date</source>
        <translation>Visita en una fecha desconocida</translation>
    </message>
    <message>
        <source>Visit on %1</source>
        <translation>Visita del %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>On this disc</source>
        <translation>En este disco</translation>
    </message>
    <message>
        <source>Series number %1 · %2</source>
        <translation>Serie número %1 · %2</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ExposurePage</name>
    <message>
        <source>identifies you</source>
        <translation>le identifica</translation>
    </message>
    <message>
        <source>could help identify you</source>
        <translation>podría ayudar a identificarle</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>no se encontró nada</translation>
    </message>
    <message>
        <source>the disc&apos;s table of contents</source>
        <translation>el índice del disco</translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation>
            <numerusform>en %n archivo</numerusform>
            <numerusform>en %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of what the disc reveals</source>
        <translation>Resumen de lo que revela el disco</translation>
    </message>
    <message>
        <source>Show the values</source>
        <translation>Mostrar los valores</translation>
    </message>
    <message>
        <source>Values are hidden so that nobody looking over your shoulder reads them. Click a row to see one value.</source>
        <translation>Los valores están ocultos para que nadie que mire por encima de su hombro los lea. Haga clic en una fila para ver un valor.</translation>
    </message>
    <message>
        <source>Show technical details (tag numbers)</source>
        <translation>Mostrar detalles técnicos (números de etiqueta)</translation>
    </message>
    <message>
        <source>Printable report…</source>
        <translation>Informe para imprimir…</translation>
    </message>
    <message>
        <source>See this report as a document you can save or print.</source>
        <translation>Ver este informe como un documento que puede guardar o imprimir.</translation>
    </message>
    <message>
        <source>Kinds of information on the disc</source>
        <translation>Tipos de información del disco</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Name in the standard</source>
        <translation>Nombre en la norma</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dentro de</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>What the disc reveals in this kind</source>
        <translation>Lo que revela el disco de este tipo</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Open a disc to see what it reveals about you.</source>
        <translation>Abra un disco para ver lo que revela sobre usted.</translation>
    </message>
    <message>
        <source>Your name appears in %1 places on this disc, written %2 different ways.</source>
        <translation>Su nombre aparece en %1 lugares de este disco, escrito de %2 formas distintas.</translation>
    </message>
    <message>
        <source>This disc does not seem to show your name. Check the other kinds below.</source>
        <translation>Parece que este disco no muestra su nombre. Compruebe los demás tipos de información que aparecen a continuación.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n item(s)</source>
        <translation>
            <numerusform>%1
%2 · %n elemento</numerusform>
            <numerusform>%1
%2 · %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n reference number(s)</source>
        <translation>
            <numerusform> y %n número de referencia</numerusform>
            <numerusform> y %n números de referencia</numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden: click to show)</source>
        <translation>(oculto: haga clic para mostrarlo)</translation>
    </message>
    <message>
        <source>%1 (mentions you)</source>
        <translation>%1 (le menciona)</translation>
    </message>
    <message>
        <source>Hidden reference numbers</source>
        <translation>Números de referencia ocultos</translation>
    </message>
    <message numerus="yes">
        <source>%n different number(s)</source>
        <translation>
            <numerusform>%n número distinto</numerusform>
            <numerusform>%n números distintos</numerusform>
        </translation>
    </message>
    <message>
        <source>Show your face in 3D</source>
        <translation>Mostrar su cara en 3D</translation>
    </message>
    <message>
        <source>Show on the picture</source>
        <translation>Mostrar en la imagen</translation>
    </message>
    <message>
        <source>See the picture of your head that anyone can rebuild from this scan, and turn it.</source>
        <translation>Vea la imagen de su cabeza que cualquiera puede reconstruir a partir de este estudio, y gírela.</translation>
    </message>
    <message>
        <source>See this text where it is in the picture, with a box around it.</source>
        <translation>Vea este texto en el lugar de la imagen donde aparece, enmarcado en un recuadro.</translation>
    </message>
    <message>
        <source>Every file carries long unique numbers that link it to the other files of your scan and to the hospital&apos;s records. They do not show your name, but anyone with the hospital&apos;s records could use them to find you, so privacy law counts them as identifiers.</source>
        <translation>Cada archivo lleva números únicos largos que lo vinculan con los demás archivos de su estudio y con los registros del hospital. No muestran su nombre, pero cualquiera que tenga los registros del hospital podría usarlos para encontrarle, así que la ley de privacidad los considera identificadores.</translation>
    </message>
    <message>
        <source>&lt;p&gt;United States privacy law (HIPAA Safe Harbor) counts this as an identifier: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La ley de privacidad de Estados Unidos (HIPAA Safe Harbor) considera esto un identificador: %1.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Found in %n file(s), for example:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Encontrado en %n archivo, por ejemplo:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Encontrado en %n archivos, por ejemplo:&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scanshield::ui::FaceDialog</name>
    <message>
        <source>Your face in this scan</source>
        <translation>Su cara en este estudio</translation>
    </message>
    <message>
        <source>Your head rebuilt in 3D from this scan. Arrow keys turn it.</source>
        <translation>Su cabeza reconstruida en 3D a partir de este estudio. Las teclas de flecha la giran.</translation>
    </message>
    <message>
        <source>This picture is made on this computer and goes nowhere. Home shows the face again.</source>
        <translation>Esta imagen se crea en este ordenador y no se envía a ningún sitio. La tecla Inicio vuelve a mostrar la cara.</translation>
    </message>
    <message>
        <source>Reading %1 and rebuilding your head…</source>
        <translation>Leyendo %1 y reconstruyendo su cabeza…</translation>
    </message>
    <message>
        <source>This scan cannot be shown in 3D: %1</source>
        <translation>Este estudio no se puede mostrar en 3D: %1</translation>
    </message>
    <message>
        <source>This is your head as anyone with a copy of this disc can rebuild it.</source>
        <translation>Así es su cabeza tal como puede reconstruirla cualquiera que tenga una copia de este disco.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
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
        <translation>Revisando cada archivo en busca de lo que le identifica: %1 de %2…</translation>
    </message>
    <message>
        <source>Open your imaging disc to see what is on it.</source>
        <translation>Abra su disco de imágenes médicas para ver lo que contiene.</translation>
    </message>
    <message>
        <source>What is on this disc</source>
        <translation>Qué hay en este disco</translation>
    </message>
    <message>
        <source>Patients, visits and series on the disc</source>
        <translation>Pacientes, visitas y series del disco</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Otros archivos</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>What this disc reveals about you</source>
        <translation>Lo que este disco revela sobre usted</translation>
    </message>
    <message>
        <source>Reading the disc: %v of %m files</source>
        <translation>Leyendo el disco: %v de %m archivos</translation>
    </message>
    <message>
        <source>Progress of reading the disc</source>
        <translation>Progreso de la lectura del disco</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Detener la lectura</translation>
    </message>
    <message>
        <source>&amp;Disc</source>
        <translation>&amp;Disco</translation>
    </message>
    <message>
        <source>&amp;Open a disc or folder…</source>
        <translation>&amp;Abrir un disco o una carpeta…</translation>
    </message>
    <message>
        <source>Open a &amp;ZIP, ISO or DICOMDIR file…</source>
        <translation>Abrir un archivo &amp;ZIP, ISO o DICOMDIR…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Open the &amp;demo disc</source>
        <translation>Abrir el disco de &amp;demostración</translation>
    </message>
    <message>
        <source>Make a &amp;safe copy…</source>
        <translation>Hacer una c&amp;opia segura…</translation>
    </message>
    <message>
        <source>Make an anonymized copy of this disc on this computer, checked before it is called safe. Available once ScanShield has looked through the disc.</source>
        <translation>Hacer una copia anonimizada de este disco en este ordenador, comprobada antes de considerarla segura. Disponible cuando ScanShield haya revisado el disco.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Brightness and contrast:</source>
        <translation>Brillo y contraste:</translation>
    </message>
    <message>
        <source>Show the picture with the &quot;%1&quot; brightness and contrast. You can also drag with the left mouse button.</source>
        <translation>Mostrar la imagen con el brillo y contraste &quot;%1&quot;. También puede arrastrar con el botón izquierdo del ratón.</translation>
    </message>
    <message>
        <source>Choose your disc or its folder</source>
        <translation>Elija su disco o su carpeta</translation>
    </message>
    <message>
        <source>Choose a disc file</source>
        <translation>Elija un archivo de disco</translation>
    </message>
    <message>
        <source>Disc files (*.zip *.iso DICOMDIR);;All files (*)</source>
        <translation>Archivos de disco (*.zip *.iso DICOMDIR);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The demo disc could not be prepared: %1</source>
        <translation>No se pudo preparar el disco de demostración: %1</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Leyendo el disco…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>ScanShield: %1</source>
        <translation>ScanShield: %1</translation>
    </message>
    <message>
        <source>Other files (%1)</source>
        <translation>Otros archivos (%1)</translation>
    </message>
    <message>
        <source>Reading stopped. What was read so far is shown.</source>
        <translation>Se detuvo la lectura. Se muestra lo leído hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>Finished reading %n file(s).</source>
        <translation>
            <numerusform>Se terminó de leer %n archivo.</numerusform>
            <numerusform>Se terminaron de leer %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;ScanShield could not open this.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ScanShield no pudo abrir esto.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No medical images were found here.</source>
        <translation>No se encontraron imágenes médicas aquí.</translation>
    </message>
    <message numerus="yes">
        <source>This disc holds the scans of &lt;b&gt;%1&lt;/b&gt;: %n visit(s),</source>
        <translation>
            <numerusform>Este disco contiene los estudios de &lt;b&gt;%1&lt;/b&gt;: %n visita,</numerusform>
            <numerusform>Este disco contiene los estudios de &lt;b&gt;%1&lt;/b&gt;: %n visitas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series,</source>
        <translation>
            <numerusform>%n serie,</numerusform>
            <numerusform>%n series,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s).</source>
        <translation>
            <numerusform>%n imagen.</numerusform>
            <numerusform>%n imágenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also on the disc: %n other file(s), listed below.</source>
        <translation>
            <numerusform>También en el disco: %n archivo más, que aparece a continuación.</numerusform>
            <numerusform>También en el disco: %n archivos más, que aparecen a continuación.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::OtherFilesPanel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Files on the disc that are not pictures</source>
        <translation>Archivos del disco que no son imágenes</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::PdfPreviewPane</name>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>The preview could not be made: there is no room for a temporary file.</source>
        <translation>No se pudo crear la vista previa: no hay espacio para un archivo temporal.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>No se pudo crear la vista previa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionAnswerBox</name>
    <message>
        <source>Because of your disc: %1</source>
        <translation>Por lo que hay en su disco: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>I asked this question</source>
        <translation>He hecho esta pregunta</translation>
    </message>
    <message>
        <source>I asked: %1</source>
        <translation>He preguntado: %1</translation>
    </message>
    <message>
        <source>The answer to: %1</source>
        <translation>La respuesta a: %1</translation>
    </message>
    <message>
        <source>What they told you</source>
        <translation>Lo que le dijeron</translation>
    </message>
    <message>
        <source>My note on: %1</source>
        <translation>Mi nota sobre: %1</translation>
    </message>
    <message>
        <source>Anything to remember or follow up</source>
        <translation>Cualquier cosa que recordar o a la que dar seguimiento</translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>La respuesta:</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Mi nota:</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionSheetDialog</name>
    <message>
        <source>Your question sheet</source>
        <translation>Su hoja de preguntas</translation>
    </message>
    <message>
        <source>&amp;Blank sheet to write on</source>
        <translation>Hoja en &amp;blanco para escribir</translation>
    </message>
    <message>
        <source>With my &amp;answers so far</source>
        <translation>Con mis &amp;respuestas hasta ahora</translation>
    </message>
    <message>
        <source>You have not noted any answers yet.</source>
        <translation>Todavía no ha anotado ninguna respuesta.</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>Preview of your question sheet</source>
        <translation>Vista previa de su hoja de preguntas</translation>
    </message>
    <message>
        <source>Save the question sheet</source>
        <translation>Guardar la hoja de preguntas</translation>
    </message>
    <message>
        <source>questions-for-my-appointment.pdf</source>
        <translation>preguntas-para-mi-cita.pdf</translation>
    </message>
    <message>
        <source>Print the question sheet</source>
        <translation>Imprimir la hoja de preguntas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionsMenu</name>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>Prepare &amp;questions for your appointment…</source>
        <translation>Preparar &amp;preguntas para su cita…</translation>
    </message>
    <message>
        <source>The questions to ask about AI, consent forms and cloud storage, one topic at a time, with room for the answers you are given.</source>
        <translation>Las preguntas sobre IA, formularios de consentimiento y almacenamiento en la nube, un tema cada vez, con espacio para las respuestas que le den.</translation>
    </message>
    <message>
        <source>Read a &amp;consent form…</source>
        <translation>Leer un formulario de &amp;consentimiento…</translation>
    </message>
    <message>
        <source>Print a question &amp;sheet…</source>
        <translation>Imprimir una &amp;hoja de preguntas…</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionsWindow</name>
    <message>
        <source>Questions for your appointment</source>
        <translation>Preguntas para su cita</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>Texto &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Progress through the steps</source>
        <translation>Progreso por los pasos</translation>
    </message>
    <message>
        <source>&amp;Print the question sheet…</source>
        <translation>&amp;Imprimir la hoja de preguntas…</translation>
    </message>
    <message>
        <source>&amp;Read a consent form…</source>
        <translation>&amp;Leer un formulario de consentimiento…</translation>
    </message>
    <message>
        <source>Your answers are saved on this computer as you go.</source>
        <translation>Sus respuestas se guardan en este ordenador a medida que avanza.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Step %1 of %2. You have asked %3 of %4 questions.</source>
        <translation>Paso %1 de %2. Ha hecho %3 de %4 preguntas.</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>No se pudieron guardar sus respuestas: %1</translation>
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
        <translation>Sus respuestas no se pueden guardar en este ordenador y se perderán al cerrar esta ventana. (%1)</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ReportPreviewDialog</name>
    <message>
        <source>Your privacy report</source>
        <translation>Su informe de privacidad</translation>
    </message>
    <message>
        <source>Print the values (your name, numbers, dates)</source>
        <translation>Imprimir los valores (su nombre, números, fechas)</translation>
    </message>
    <message>
        <source>Leave this off if the printout may be left where others can read it.</source>
        <translation>Deje esta opción desactivada si la copia impresa puede quedar donde otros puedan leerla.</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Preview of the privacy report</source>
        <translation>Vista previa del informe de privacidad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>privacy-report.pdf</source>
        <translation>informe-de-privacidad.pdf</translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation>Guardar el informe de privacidad</translation>
    </message>
    <message>
        <source>Print the privacy report</source>
        <translation>Imprimir el informe de privacidad</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyChoosePage</name>
    <message>
        <source>What goes into the copy</source>
        <translation>Qué se incluye en la copia</translation>
    </message>
    <message>
        <source>Every series of pictures is included. Untick what you do not want to give away.</source>
        <translation>Se incluyen todas las series de imágenes. Desmarque lo que no quiera entregar.</translation>
    </message>
    <message>
        <source>Visits and series to include in the copy</source>
        <translation>Visitas y series que se incluirán en la copia</translation>
    </message>
    <message>
        <source>Files that are not pictures are left out unless you tick them. They are copied exactly as they are: ScanShield cannot change what is inside them.</source>
        <translation>Los archivos que no son imágenes se dejan fuera a menos que los marque. Se copian exactamente como están: ScanShield no puede cambiar lo que contienen.</translation>
    </message>
    <message>
        <source>Files that are not pictures</source>
        <translation>Archivos que no son imágenes</translation>
    </message>
    <message>
        <source>A visit without a date</source>
        <translation>Una visita sin fecha</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n picture(s))</source>
        <translation>
            <numerusform>%1 (%n imagen)</numerusform>
            <numerusform>%1 (%n imágenes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n document(s))</source>
        <translation>
            <numerusform>%1 (%n documento)</numerusform>
            <numerusform>%1 (%n documentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield cannot read it to check it.</source>
        <translation>ScanShield no puede leerlo para comprobarlo.</translation>
    </message>
    <message>
        <source>It mentions your name.</source>
        <translation>Menciona su nombre.</translation>
    </message>
    <message>
        <source>It mentions your ID number or birth date.</source>
        <translation>Menciona su número de identificación o su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>ScanShield found none of your details in it.</source>
        <translation>ScanShield no encontró en él ninguno de sus datos.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>There are none on this disc.</source>
        <translation>No hay ninguno en este disco.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyDestinationPage</name>
    <message>
        <source>Where to put the copy</source>
        <translation>Dónde guardar la copia</translation>
    </message>
    <message>
        <source>Choose a place on this computer or on a USB stick. The copy is made here, on this computer; nothing is sent anywhere.</source>
        <translation>Elija un lugar de este ordenador o una memoria USB. La copia se hace aquí, en este ordenador; no se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Make the copy</source>
        <translation>Hacer la copia</translation>
    </message>
    <message>
        <source>Folder in which to save the copy</source>
        <translation>Carpeta en la que guardar la copia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder in which to save the copy</source>
        <translation>Elija la carpeta en la que guardar la copia</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Anonymized copy %1</source>
        <translation>Copia anonimizada %1</translation>
    </message>
    <message>
        <source>Name of the copy&apos;s folder</source>
        <translation>Nombre de la carpeta de la copia</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <source>After the copy is made, ScanShield reads all of it back, the text in its pictures too, and tells you whether anything of yours is still in it. That can take a few minutes.</source>
        <translation>Cuando la copia esté hecha, ScanShield la vuelve a leer entera, también el texto de sus imágenes, y le indica si todavía contiene algo suyo. Puede tardar unos minutos.</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Elija dónde guardar la copia</translation>
    </message>
    <message>
        <source>Choose a folder and give the copy a name.</source>
        <translation>Elija una carpeta y dé un nombre a la copia.</translation>
    </message>
    <message>
        <source>The name cannot contain / or \.</source>
        <translation>El nombre no puede contener / ni \.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>ScanShield cannot write in %1. Choose another folder.</source>
        <translation>ScanShield no puede escribir en %1. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 ya existe. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The copy cannot go inside the original disc. Choose another folder.</source>
        <translation>La copia no puede ir dentro del disco original. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>There is not enough room there: the copy needs about %1, and %2 is free.</source>
        <translation>No hay espacio suficiente ahí: la copia necesita unos %1 y hay %2 libres.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyOptionsPage</name>
    <message>
        <source>How to anonymize</source>
        <translation>Cómo anonimizar</translation>
    </message>
    <message>
        <source>The choices that protect you most are already made. Change them only if whoever receives the copy needs something kept.</source>
        <translation>Ya están elegidas las opciones que más le protegen. Cámbielas solo si quien reciba la copia necesita que se conserve algo.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Move all dates by the same secret number of days (recommended)</source>
        <translation>Desplazar todas las fechas el mismo número secreto de días (recomendado)</translation>
    </message>
    <message>
        <source>The time between your scans stays right, which doctors and researchers often need.</source>
        <translation>El tiempo entre sus estudios sigue siendo correcto, algo que los médicos y los investigadores necesitan a menudo.</translation>
    </message>
    <message>
        <source>Remove the dates</source>
        <translation>Eliminar las fechas</translation>
    </message>
    <message>
        <source>Safest, but nobody can tell when the scans were made.</source>
        <translation>Lo más seguro, pero nadie podrá saber cuándo se hicieron los estudios.</translation>
    </message>
    <message>
        <source>Keep the real dates</source>
        <translation>Conservar las fechas reales</translation>
    </message>
    <message>
        <source>Your birth date is still removed, but the dates of your visits help others find out who you are.</source>
        <translation>Su fecha de nacimiento se elimina igualmente, pero las fechas de sus visitas ayudan a otros a averiguar quién es usted.</translation>
    </message>
    <message>
        <source>What to keep or remove</source>
        <translation>Qué conservar o eliminar</translation>
    </message>
    <message>
        <source>Black out text written into the pictures (recommended)</source>
        <translation>Tapar en negro el texto escrito en las imágenes (recomendado)</translation>
    </message>
    <message numerus="yes">
        <source>ScanShield found text in %n picture(s) of this disc.</source>
        <translation>
            <numerusform>ScanShield encontró texto en %n imagen de este disco.</numerusform>
            <numerusform>ScanShield encontró texto en %n imágenes de este disco.</numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield found no text in the pictures of this disc.</source>
        <translation>ScanShield no encontró texto en las imágenes de este disco.</translation>
    </message>
    <message>
        <source>Remove your face from 3D scans of your head (defacing)</source>
        <translation>Eliminar su cara de los estudios 3D de su cabeza (desfiguración facial)</translation>
    </message>
    <message numerus="yes">
        <source>ScanShield found your face in %n scan(s) of this disc. The front of the head, below the brain, is cut away; the brain is not touched. Leave this off if whoever receives the copy needs to see the face, the sinuses or the eyes.</source>
        <translation>
            <numerusform>ScanShield encontró su cara en %n estudio de este disco. Se elimina la parte delantera de la cabeza, por debajo del cerebro; el cerebro no se toca. Deje esta opción desactivada si quien reciba la copia necesita ver la cara, los senos paranasales o los ojos.</numerusform>
            <numerusform>ScanShield encontró su cara en %n estudios de este disco. Se elimina la parte delantera de la cabeza, por debajo del cerebro; el cerebro no se toca. Deje esta opción desactivada si quien reciba la copia necesita ver la cara, los senos paranasales o los ojos.</numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield found no 3D scan of a head on this disc.</source>
        <translation>ScanShield no encontró ningún estudio 3D de una cabeza en este disco.</translation>
    </message>
    <message>
        <source>Keep descriptions such as &quot;CT head&quot; that do not name you (recommended)</source>
        <translation>Conservar las descripciones como &quot;TAC de cabeza&quot; que no le nombran (recomendado)</translation>
    </message>
    <message>
        <source>Descriptions that mention your name, ID or birth date are always removed.</source>
        <translation>Las descripciones que mencionan su nombre, su número de identificación o su fecha de nacimiento se eliminan siempre.</translation>
    </message>
    <message>
        <source>Keep your age, sex, height and weight</source>
        <translation>Conservar su edad, sexo, estatura y peso</translation>
    </message>
    <message>
        <source>Researchers often need them, but they narrow down who you are.</source>
        <translation>Los investigadores los necesitan a menudo, pero acotan quién es usted.</translation>
    </message>
    <message>
        <source>Keep the name and address of the hospital</source>
        <translation>Conservar el nombre y la dirección del hospital</translation>
    </message>
    <message>
        <source>Tells where you were treated, and so where you live.</source>
        <translation>Indica dónde le atendieron y, por tanto, dónde vive.</translation>
    </message>
    <message>
        <source>Keep the identity of the scanner (serial numbers, station names)</source>
        <translation>Conservar la identidad del escáner (números de serie, nombres de estación)</translation>
    </message>
    <message>
        <source>Links the scan to one machine in one hospital.</source>
        <translation>Vincula el estudio con un equipo concreto de un hospital concreto.</translation>
    </message>
    <message>
        <source>Keep the original reference numbers (UIDs)</source>
        <translation>Conservar los números de referencia originales (UID)</translation>
    </message>
    <message>
        <source>Only if the receiver must match the copy with the hospital&apos;s records: they lead back to you.</source>
        <translation>Solo si el destinatario debe cotejar la copia con los registros del hospital: llevan hasta usted.</translation>
    </message>
    <message>
        <source>Also remove drawings and notes saved with the pictures</source>
        <translation>Eliminar también los dibujos y notas guardados con las imágenes</translation>
    </message>
    <message>
        <source>Marks and annotations may hold names or dates.</source>
        <translation>Las marcas y anotaciones pueden contener nombres o fechas.</translation>
    </message>
    <message>
        <source>Also clean structured reports</source>
        <translation>Limpiar también los informes estructurados</translation>
    </message>
    <message>
        <source>Removes names and places from the contents of reports stored as DICOM files.</source>
        <translation>Elimina nombres y lugares del contenido de los informes guardados como archivos DICOM.</translation>
    </message>
    <message>
        <source>Always removed: your name, ID numbers, birth date, address, the doctors&apos; names, and data that only the scanner&apos;s maker can read.</source>
        <translation>Siempre se eliminan: su nombre, sus números de identificación, su fecha de nacimiento, su dirección, los nombres de los médicos y los datos que solo puede leer el fabricante del escáner.</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyPreviewPage</name>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>emptied</source>
        <translation>vaciado</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <source>Before and after: one file</source>
        <translation>Antes y después: un archivo</translation>
    </message>
    <message>
        <source>This is what one file of the copy will say, with the choices you made. Nothing has been written yet.</source>
        <translation>Esto es lo que dirá un archivo de la copia con las opciones que ha elegido. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>A file from:</source>
        <translation>Un archivo de:</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>On your disc</source>
        <translation>En su disco</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>En la copia</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Details of one file, before and after</source>
        <translation>Datos de un archivo, antes y después</translation>
    </message>
    <message>
        <source>Show the values from your disc</source>
        <translation>Mostrar los valores de su disco</translation>
    </message>
    <message>
        <source>Also show what stays the same</source>
        <translation>Mostrar también lo que no cambia</translation>
    </message>
    <message>
        <source>This file cannot be read, so it cannot be shown here; it will be named in the result if it cannot be copied either.</source>
        <translation>Este archivo no se puede leer, así que no se puede mostrar aquí; si tampoco se puede copiar, aparecerá en el resultado.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyProgressPage</name>
    <message>
        <source>Making your copy</source>
        <translation>Haciendo su copia</translation>
    </message>
    <message>
        <source>Your original is only read, never changed. You can stop at any time; nothing is kept then.</source>
        <translation>Su original solo se lee, nunca se modifica. Puede detener el proceso en cualquier momento; en ese caso no se conserva nada.</translation>
    </message>
    <message>
        <source>Progress of the copy</source>
        <translation>Progreso de la copia</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>The disc could not be read again: %1</source>
        <translation>No se pudo volver a leer el disco: %1</translation>
    </message>
    <message>
        <source>Finding where to cut your face away from the 3D scans of your head…</source>
        <translation>Buscando por dónde eliminar su cara de los estudios 3D de su cabeza…</translation>
    </message>
    <message>
        <source>Anonymizing file %1 of %2…</source>
        <translation>Anonimizando el archivo %1 de %2…</translation>
    </message>
    <message>
        <source>Checking the copy: reading it back, pictures included, %1 of %2…</source>
        <translation>Comprobando la copia: volviendo a leerla, imágenes incluidas, %1 de %2…</translation>
    </message>
    <message>
        <source>Checking that your face is gone from the copy…</source>
        <translation>Comprobando que su cara ha desaparecido de la copia…</translation>
    </message>
    <message>
        <source>Stopping, and removing what was written…</source>
        <translation>Deteniendo y eliminando lo que se había escrito…</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyResultPage</name>
    <message>
        <source>What the check found, and files not copied</source>
        <translation>Lo que encontró la comprobación y archivos no copiados</translation>
    </message>
    <message>
        <source>Open the folder of the copy</source>
        <translation>Abrir la carpeta de la copia</translation>
    </message>
    <message>
        <source>Look at the copy in ScanShield</source>
        <translation>Ver la copia en ScanShield</translation>
    </message>
    <message numerus="yes">
        <source>%n picture file(s) copied to %1.</source>
        <translation>
            <numerusform>Se copió %n archivo de imagen en %1.</numerusform>
            <numerusform>Se copiaron %n archivos de imagen en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your face was cut away from the 3D scans of your head (%n picture(s)).</source>
        <translation>
            <numerusform>Se eliminó su cara de los estudios 3D de su cabeza (%n imagen).</numerusform>
            <numerusform>Se eliminó su cara de los estudios 3D de su cabeza (%n imágenes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text written into %n picture(s) was blacked out.</source>
        <translation>
            <numerusform>Se tapó en negro el texto escrito en %n imagen.</numerusform>
            <numerusform>Se tapó en negro el texto escrito en %n imágenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that are not pictures copied as they were, into the folder OTHER.</source>
        <translation>
            <numerusform>Se copió %n archivo que no es una imagen tal como estaba, en la carpeta OTHER.</numerusform>
            <numerusform>Se copiaron %n archivos que no son imágenes tal como estaban, en la carpeta OTHER.</numerusform>
        </translation>
    </message>
    <message>
        <source>All dates were moved by the same number of days.</source>
        <translation>Todas las fechas se desplazaron el mismo número de días.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be copied; they are listed below.</source>
        <translation>
            <numerusform>No se pudo copiar %n archivo; aparece a continuación.</numerusform>
            <numerusform>No se pudieron copiar %n archivos; aparecen a continuación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy&apos;s README.TXT says what was done, for whoever receives it.</source>
        <translation>El archivo README.TXT de la copia explica lo que se hizo, para quien la reciba.</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>No se hizo ninguna copia</translation>
    </message>
    <message>
        <source>The copy was stopped. Nothing was kept.</source>
        <translation>Se detuvo la copia. No se conservó nada.</translation>
    </message>
    <message>
        <source>The copy could not be made.</source>
        <translation>No se pudo hacer la copia.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>No copiado: %1</translation>
    </message>
    <message>
        <source>Your anonymized copy is ready</source>
        <translation>Su copia anonimizada está lista</translation>
    </message>
    <message>
        <source>Checked: nothing that identifies you was found in the copy.</source>
        <translation>Comprobado: no se encontró en la copia nada que le identifique.</translation>
    </message>
    <message>
        <source>ScanShield read every file of the copy back, and the text in its pictures, looking for your name, ID numbers, birth date and every other detail it found on your disc. None was there.</source>
        <translation>ScanShield volvió a leer cada archivo de la copia, y el texto de sus imágenes, buscando su nombre, sus números de identificación, su fecha de nacimiento y todos los demás datos que encontró en su disco. No había ninguno.</translation>
    </message>
    <message>
        <source>The copy is not safe yet</source>
        <translation>La copia todavía no es segura</translation>
    </message>
    <message>
        <source>Do not give this copy to anyone yet: details of yours are still in it.</source>
        <translation>No entregue esta copia a nadie todavía: aún contiene datos suyos.</translation>
    </message>
    <message>
        <source>ScanShield read the copy back and found what is listed below. You can delete the copy, change your choices (leave out the files named here) and make a new one.</source>
        <translation>ScanShield volvió a leer la copia y encontró lo que aparece a continuación. Puede eliminar la copia, cambiar sus opciones (dejar fuera los archivos indicados aquí) y hacer una nueva.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in the copy: %1%2, in %3</source>
        <translation>Todavía en la copia: %1%2, en %3</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyWizard</name>
    <message>
        <source>Make a safe copy</source>
        <translation>Hacer una copia segura</translation>
    </message>
</context>
<context>
    <name>scanshield::ui::TextInPictureDialog</name>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>your birth date</source>
        <translation>su fecha de nacimiento</translation>
    </message>
    <message>
        <source>your ID number</source>
        <translation>su número de identificación</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of text</source>
        <translation>
            <numerusform>%n fragmento de texto</numerusform>
            <numerusform>%n fragmentos de texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other piece(s) of text</source>
        <translation>
            <numerusform>%n fragmento de texto más</numerusform>
            <numerusform>%n fragmentos de texto más</numerusform>
        </translation>
    </message>
    <message>
        <source>The pink boxes show text ScanShield read in this picture: %1.</source>
        <translation>Los recuadros rosas muestran el texto que ScanShield leyó en esta imagen: %1.</translation>
    </message>
    <message>
        <source>The box with the solid line is the text you chose.</source>
        <translation>El recuadro de línea continua es el texto que ha elegido.</translation>
    </message>
    <message>
        <source>The box with the solid line is the text you chose: %1.</source>
        <translation>El recuadro de línea continua es el texto que ha elegido: %1.</translation>
    </message>
    <message>
        <source>A computer read these letters, so some may be wrong.</source>
        <translation>Un ordenador leyó estas letras, así que algunas pueden estar mal.</translation>
    </message>
    <message>
        <source>Text in your picture</source>
        <translation>Texto en su imagen</translation>
    </message>
    <message>
        <source>What the boxes show</source>
        <translation>Qué muestran los recuadros</translation>
    </message>
    <message>
        <source>The picture, with the text ScanShield read in it outlined</source>
        <translation>La imagen, con el texto que ScanShield leyó en ella enmarcado</translation>
    </message>
    <message>
        <source>Outline the text</source>
        <translation>Enmarcar el texto</translation>
    </message>
    <message>
        <source>Switch the boxes off to see the picture as it is.</source>
        <translation>Desactive los recuadros para ver la imagen tal como es.</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Imagen anterior</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Imagen siguiente</translation>
    </message>
    <message>
        <source>A picture in the file %1</source>
        <translation>Una imagen del archivo %1</translation>
    </message>
    <message>
        <source>%1, image %2 of %3</source>
        <translation>%1, imagen %2 de %3</translation>
    </message>
    <message>
        <source>Picture %1 of %2 with this text: %3</source>
        <translation>Imagen %1 de %2 con este texto: %3</translation>
    </message>
</context>
<context>
    <name>scanshield::viewer::FaceView</name>
    <message>
        <source>3D picture of your head</source>
        <translation>Imagen 3D de su cabeza</translation>
    </message>
    <message>
        <source>Drag to turn the head, use the mouse wheel to zoom.
The arrow keys turn it too; Home shows the face again.</source>
        <translation>Arrastre para girar la cabeza y use la rueda del ratón para ampliar.
Las teclas de flecha también la giran; la tecla Inicio vuelve a mostrar la cara.</translation>
    </message>
    <message>
        <source>No 3D picture yet.</source>
        <translation>Todavía no hay imagen 3D.</translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can rebuild this picture of your face.</source>
        <translation>Cualquiera que tenga una copia de este disco puede reconstruir esta imagen de su cara.</translation>
    </message>
    <message>
        <source>This series has no pictures to build a head from.</source>
        <translation>Esta serie no tiene imágenes con las que reconstruir una cabeza.</translation>
    </message>
    <message>
        <source>Building the 3D picture of your head…</source>
        <translation>Creando la imagen 3D de su cabeza…</translation>
    </message>
    <message>
        <source>ScanShield found no outline of a head in this series.</source>
        <translation>ScanShield no encontró ningún contorno de cabeza en esta serie.</translation>
    </message>
    <message>
        <source>The 3D picture was stopped before it was finished.</source>
        <translation>La imagen 3D se detuvo antes de terminarse.</translation>
    </message>
    <message>
        <source>Drag to turn the head · wheel to zoom · arrow keys turn it too</source>
        <translation>Arrastre para girar la cabeza · rueda para ampliar · las teclas de flecha también la giran</translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can still rebuild a picture of your face from this series.</source>
        <translation>Cualquiera que tenga una copia de este disco todavía puede reconstruir una imagen de su cara a partir de esta serie.</translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display, and there is none here.</source>
        <translation>La imagen 3D necesita una pantalla gráfica, y aquí no hay ninguna.</translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display, and the one here cannot be opened.</source>
        <translation>La imagen 3D necesita una pantalla gráfica, y la de aquí no se puede abrir.</translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display with OpenGL, and the one here has none.</source>
        <translation>La imagen 3D necesita una pantalla gráfica con OpenGL, y la de aquí no lo tiene.</translation>
    </message>
</context>
<context>
    <name>scanshield::viewer::SliceView</name>
    <message>
        <source>Picture viewer</source>
        <translation>Visor de imágenes</translation>
    </message>
    <message>
        <source>Scroll or use the arrow keys to move through the images.
Drag to change brightness and contrast.
Right-drag or Ctrl+scroll to zoom; middle-drag or Shift+drag to move the picture.
Double-click or press R to start over.</source>
        <translation>Desplace la rueda o use las teclas de flecha para recorrer las imágenes.
Arrastre para cambiar el brillo y el contraste.
Arrastre con el botón derecho o use Ctrl+rueda para ampliar; arrastre con el botón central o con Mayús (Shift)+arrastrar para mover la imagen.
Haga doble clic o pulse R para volver a empezar.</translation>
    </message>
    <message>
        <source>there is no such image in this series</source>
        <translation>no existe esa imagen en esta serie</translation>
    </message>
    <message>
        <source>No pictures to show</source>
        <translation>No hay imágenes que mostrar</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>Imagen %1 de %2</translation>
    </message>
    <message>
        <source>%1 · Loading…</source>
        <translation>%1 · Cargando…</translation>
    </message>
    <message>
        <source>%1 · Cannot be shown</source>
        <translation>%1 · No se puede mostrar</translation>
    </message>
    <message>
        <source>%1 · Colour picture</source>
        <translation>%1 · Imagen en color</translation>
    </message>
    <message>
        <source>%1 · Brightness and contrast %2</source>
        <translation>%1 · Brillo y contraste %2</translation>
    </message>
    <message>
        <source>this picture could not be decoded</source>
        <translation>no se pudo descodificar esta imagen</translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>Esta imagen no se puede mostrar: %1</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
</context>
</TS>
