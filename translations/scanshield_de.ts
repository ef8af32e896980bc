<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnonymizationPreview</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of data)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor data (private)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeCatalogue</name>
    <message>
        <source>Who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details that say who you are: your name, patient numbers, address and phone, and the hidden reference numbers that link these files to your hospital record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates and times of your birth, visits, scans and treatment, and your age. Together with other details, dates make it easy to pick you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places and institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital, clinic or department where you were seen and other places named in the files. They show where you received care and hint at where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and contact details of doctors, technologists and other people involved in your care. They show who treats you and can lead back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines and software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanners, workstations and programs that made your images, with their names and serial numbers. They can point to the exact hospital and even the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptions, comments and reports typed by staff. They often reveal health details and sometimes contain names, dates or numbers typed in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private vendor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra data that scanner makers store in their own formats. Ordinary viewers do not show it, but it can hide names, dates and numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text burned into the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words drawn into the picture itself, such as your name or the date on an ultrasound or X-ray. Removing the hidden details does not remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CT or MRI of your head can be turned into a 3D picture of your face, which face recognition software could match to a photo of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files outside the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other files on the disc, such as labels, printed reports, web pages and viewer programs, which can contain your name and other details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All geographic subdivisions smaller than a state, including street address, city, county, precinct, ZIP code and their equivalent geocodes (the first three ZIP digits may stay if that area holds more than 20,000 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All elements of dates (except year) for dates directly related to an individual, including birth, admission, discharge and death dates; and all ages over 89 and date elements (including year) indicating such age, unless grouped as 90 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical record numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health plan beneficiary numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate/license numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle identifiers and serial numbers, including license plate numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device identifiers and serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Universal Resource Locators (URLs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Protocol (IP) address numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric identifiers, including finger and voice prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-face photographs and any comparable images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other unique identifying number, characteristic, or code (except a re-identification code permitted by 164.514(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference number for an affected image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number naming the image that a hospital network command acted on; it can be matched to records of your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference number for a requested image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number naming an image a hospital system asked for, which can be matched to its records of your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s unique reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number stamped on this file when it was written to the disc; the hospital can use it to find the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference number in the disc&apos;s index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents lists each image by its unique number, which matches the hospital&apos;s copy of your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date this file was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this image file was created, usually the day of your scan, so it shows when you were seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time this file was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day this image file was created, which narrows down when you were at the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number for the computer that made the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number naming the machine or software that created this file, which can point to one hospital system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a system corrected this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a hospital system corrected details in this file while handling your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for this scanner run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number given to one run of the scanner; the hospital can use it to trace these images back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image gets its own unique number, which the hospital&apos;s archive can match straight back to your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a zoomable slide image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number shared by all zoom levels of a microscope slide image, linking them back to your tissue sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your scan was done; together with other details it can help someone pick you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of this set of pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this group of images was taken, normally the same day as your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the pictures were taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the scanner actually recorded these images, which shows when you were at the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the image content was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the content of this image was created, normally the day of your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of markings drawn on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day outlines or markings were added over the image, usually close to your scan or its reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of attached graph data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day graph-like data, such as a heart trace, was recorded alongside your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the pictures were taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact moment the scanner recorded these images, which pins down when you were there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day your scan started; with the date it narrows down who was being scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of this set of pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day this group of images was started during your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the pictures were taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day the scanner recorded these images during your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the image content was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day the content of this image was created, usually during your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of markings drawn on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day outlines or markings were added over the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of attached graph data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day graph-like data, such as a heart trace, was recorded with your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order number for your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the hospital gave the order for your scan; staff can use it to look up you and your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the image archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the hospital&apos;s image archive uses on its network, which can reveal which hospital holds your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name a scanner or workstation uses on the hospital network, which can identify the site and the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of images that failed to transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique numbers of images a hospital system could not process, which can be matched to records of your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the hospital or clinic where you were scanned, so anyone with the disc can see where you went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street address of the hospital or clinic, which shows where you received care and hints at where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code for the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code that stands for the hospital or clinic where you were scanned, which anyone can look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor who asked for your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the doctor who referred you, which shows who treats you and hints at your condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your referring doctor&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the doctor who sent you for the scan, which hints at the area where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your referring doctor&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number of the doctor who sent you for the scan, which leads straight to the practice that knows you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID details of your referring doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and codes, such as a staff or licence number, that identify the doctor who referred you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor consulted about your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a doctor who was asked for advice about your case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID details of the consulting doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor who was asked for advice about your case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version date of a code list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release date of a standard list of medical codes; it says nothing about you but may hold stray text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hospital&apos;s version of a code list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version label for a hospital&apos;s own changes to a standard code list, which can hint at which hospital made the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local time zone where the images were made, which narrows down the region you were in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old network name of the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old-style network name for the scanner or workstation, which can point to the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the hospital gave the machine that scanned you, which can reveal the hospital and even the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short text naming what was scanned, such as &apos;MRI brain with contrast&apos;, which reveals health details and may hold typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of this set of pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short text describing this group of images, which staff sometimes fill with names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department that did your scan, such as radiology or cardiology, which hints at your condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code for the type of department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code saying what kind of department did your scan, such as cancer care, which hints at your condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctors responsible for your care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of the doctors officially in charge of your care at the time of the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID details of your responsible doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and codes that identify the doctors officially in charge of your care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor who performed the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the doctor who carried out your scan or procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID details of the performing doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor who carried out your scan or procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor who read your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the radiologist who looked at your images and wrote the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID details of the doctor who read your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and codes that identify the radiologist who looked at your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff who ran the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of the technologists who operated the scanner during your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID details of the scanner staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and codes that identify the technologists who operated the scanner during your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you were admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis written down when you were admitted to hospital, which is sensitive health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for why you were admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical codes for the diagnosis given when you were admitted, which anyone can look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a slide image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a zoomable microscope slide image, which may include notes typed by staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to related scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique numbers of other scans this one refers to, which connect it to the rest of your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to the record of your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique numbers linking these images to the hospital&apos;s own record of the procedure you had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to your patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number pointing to your patient record in the hospital&apos;s systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to related images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique numbers of other images this one refers to, such as earlier pictures of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference number of a related image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique number of another image or document this one refers to, which ties your files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a data request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a hospital system&apos;s request about your images, which can appear in its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this image was made from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text saying how this image was produced from other images, which may include notes typed by staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to the original images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique numbers of the images this one was made from, which tie it back to your original scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for one X-ray exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a single radiation exposure during your scan, which links to dose records about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments meant to identify the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old-style comments used to label the image, which may contain your name or other personal details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name as the hospital recorded it, readable by anyone who opens the disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hospital patient number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the hospital files your records under; with it someone can ask about your other visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave you your patient number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital or system that issued your patient number, which shows where your records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your date of birth, which together with your sex and postcode is enough to identify most people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your birth time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day you were born, which makes your birth date even more unique to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex recorded for you, which narrows down who you are when combined with your age and the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your insurance plan codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for your health insurance plan, which reveal who insures you and can help trace your policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your main language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language you speak, recorded so staff can talk to you; it can hint at your background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details about your main language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra detail about the language you speak, such as a dialect, which can hint at your background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other patient numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient numbers other hospitals or systems have given you, each of which can unlock more of your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names you are known by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names recorded for you, such as a former or married name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other patient numbers, with issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of patient numbers from other hospitals or systems, with who issued each one, linking all your records together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you had at birth, if it differs from your name now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your age at the time of the scan; with the scan date it reveals roughly when you were born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your height as recorded for the scan, which narrows down who you are together with other details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your body weight as recorded for the scan, which is personal health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your home address as the hospital recorded it, which tells anyone with the disc where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your insurance plan number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of your health insurance plan, which can be used to look up or misuse your coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mother&apos;s birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mother&apos;s name before marriage, which is often used as a security question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your military rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rank in the armed forces, which reveals your job and narrows down who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your branch of military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which armed service you belong to, such as army or navy, which narrows down who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your medical record is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locator for your paper or electronic medical record, which leads straight to your full file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to photos of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References to photographs of you kept for identification, which may show your face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your medical alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about your health that staff must know, such as a pacemaker or infection, which are sensitive details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allergies recorded for you, such as to contrast dye or medicines, which are personal health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your country of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country you live in, which narrows down who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your region of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region, state or district where you live, which narrows down who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your telephone numbers as the hospital recorded them, which lead straight to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone, fax or email details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to contact you, such as phone numbers, fax or email addresses, which lead straight to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ethnic group recorded for you, which is sensitive and narrows down who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your job as recorded by the hospital, which narrows down who you are and may be rare enough to identify you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you smoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your smoking status, which is personal health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on your medical history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra notes about your medical history, which are sensitive and may mention names or places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you are pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pregnancy status at the time of the scan, which is personal health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of your last period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date your last menstrual period started, a personal date tied to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your religious preference as the hospital recorded it, which is sensitive personal information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether an animal was neutered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For animal patients, whether they were neutered; for people this is normally empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person responsible for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a parent, guardian or other person responsible for you, which identifies your family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation responsible for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an organisation responsible for you, such as a care home or, for animals, an owner&apos;s company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes staff wrote about you as a patient, which may include names, dates or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sponsor of your clinical trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company or body running a clinical trial you take part in, which reveals your participation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical trial&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of a clinical trial you take part in, which reveals your participation and can hint at your condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical trial&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a clinical trial you take part in, which can reveal your illness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issued the trial&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that gave the clinical trial its ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ID numbers of the clinical trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other registration numbers for the clinical trial you take part in, which anyone can look up in trial registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial site&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the hospital or clinic where you take part in a clinical trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial site&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the hospital or clinic where you take part in a clinical trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issued the trial site number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that numbered the clinical trial sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number in the clinical trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code the clinical trial uses for you; the trial team can link it back to your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issued your trial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that gave you your clinical trial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trial number for image readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code for you used when the trial&apos;s experts read your images, which the trial team can link back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issued your reader number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that gave you the code used by the trial&apos;s image readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial visit this scan belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the point in the clinical trial when this scan was taken, such as &apos;baseline&apos; or &apos;week 12&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the trial visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing the point in the clinical trial when this scan was taken, which may include dates or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issued the trial visit label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that labelled the visits of the clinical trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial&apos;s coordinating centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the centre that coordinates the clinical trial you take part in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial&apos;s number for this image set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the clinical trial gave to this group of your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial&apos;s description of this image set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text the clinical trial wrote about this group of your images, which may include notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issued the trial&apos;s image set number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that numbered the image sets in the clinical trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ethics committee that approved the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the ethics committee that approved the clinical trial, which usually reveals the region or hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial&apos;s ethics approval number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval number the ethics committee gave the clinical trial, which can be looked up to find the trial and its site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the trial&apos;s ethics approval began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the ethics approval for the clinical trial started; it is not about you but narrows down the trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the trial&apos;s ethics approval ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the ethics approval for the clinical trial runs out; it is not about you but narrows down the trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a testing device was calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an industrial testing device was last calibrated; it is about the equipment, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date a testing device was calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day an industrial testing device was last calibrated; it is about the equipment, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera maker&apos;s hidden notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden data a camera maker stores in a photo, which can include the camera&apos;s serial number or owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s settings description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing the camera settings used for a photo, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of whoever owns the camera that took the photo, such as the doctor or the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera lens details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focal length and aperture range of the camera lens used for a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lens maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company that made the camera lens used for a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lens model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model of camera lens used for a photo, which helps identify the equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lens serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number of the camera lens, which identifies the exact lens and who owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo location format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the location format used in a photo; on its own it reveals nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North or south for the photo location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded latitude is north or south of the equator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude where the photo was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellite-measured latitude of where the photo was taken, which with the longitude can point to a building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East or west for the photo location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded longitude is east or west of Greenwich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude where the photo was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellite-measured longitude of where the photo was taken, which with the latitude can point to a building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above or below sea level for the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the photo&apos;s recorded altitude is above or below sea level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The altitude where the photo was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The height above sea level where the photo was taken, which can help pin down the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satellite clock time of the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact time the camera&apos;s location receiver recorded, which shows when the photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satellites used to locate the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which positioning satellites the camera used to work out where the photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of the photo&apos;s location fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the camera&apos;s location receiver was working when the photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the photo&apos;s location was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the camera measured its location in two or three dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How precise the photo&apos;s location is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure of how precise the camera&apos;s recorded location is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of the camera&apos;s speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit used for the speed the camera was moving at, such as km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the camera was moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed the camera was moving at when the photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference for the camera&apos;s direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the camera&apos;s direction of travel is measured from true or magnetic north.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction the camera was moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction the camera was travelling in when the photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference for the photo&apos;s direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the direction the camera faced is measured from true or magnetic north.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction the camera faced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compass direction the camera was pointing when the photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map system of the photo location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map system used for the photo&apos;s recorded location, such as WGS-84.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North or south for the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the recorded destination latitude is north or south of the equator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude of a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude of a destination stored with the photo, which can point to a specific place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East or west for the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the recorded destination longitude is east or west of Greenwich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude of a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude of a destination stored with the photo, which can point to a specific place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference for the destination bearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the bearing to the destination is measured from true or magnetic north.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearing to a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compass bearing from where the photo was taken to a stored destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of the destination distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit used for the distance to a stored destination, such as kilometres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance to a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far a stored destination was from where the photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the photo&apos;s location was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method the camera used to find its location, such as satellite or mobile network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the area of the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text naming the area where the photo was taken, which can be a town or street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satellite clock date of the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the camera&apos;s location receiver recorded, which shows the day the photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the photo location was corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether extra correction was applied to sharpen the camera&apos;s recorded location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contrast dye you were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the contrast agent injected or swallowed for your scan, which is a health detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a drug given during the scan stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a medicine given during your scan was stopped, tied to your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a drug given during the scan started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a medicine given during your scan was started, tied to your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manufacturer&apos;s serial number of the machine that scanned you, which identifies the exact scanner and its hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number naming the exact machine that made the images, which can identify the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-ray plate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the imaging plate used for your X-ray, which identifies the hospital&apos;s equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-ray generator number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the X-ray generator used for your scan, which identifies the hospital&apos;s equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-ray cassette number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the film cassette used for your X-ray, which identifies the hospital&apos;s equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner gantry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the scanner&apos;s ring-shaped frame, which identifies the exact machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s official unique identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique device identifier printed on medical equipment, which names the exact device used on you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s official identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of unique device identifiers for the equipment used, which names the exact devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code for the kind of device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number the manufacturer uses for this kind of device; it names the model rather than your exact machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date this picture was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a screen capture or scanned copy of your image was made, tied to your care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time this picture was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day a screen capture or scanned copy of your image was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the scan recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the scanner settings used, such as &apos;Head routine&apos;; staff sometimes type names or notes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When contrast dye started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the contrast agent injection for your scan started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When contrast dye stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the contrast agent injection for your scan ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the radioactive tracer was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the radioactive tracer for your nuclear medicine or PET scan was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the radioactive tracer ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the radioactive tracer injection for your scan ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the tracer was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the radioactive tracer for your scan was given, which pins down your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the tracer ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the radioactive tracer injection for your scan ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the scanned area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the area the scanner viewed; usually technical, but it can hold typed text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the scanner was last calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the last calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time of the last calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the scanner was last calibrated; it is about the machine, but can help identify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the calibration was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time of a calibration of the equipment; it is about the machine, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the device was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manufacturing date of the device, which can help identify the exact machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the device was installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the device was installed at the hospital, which can help identify the exact machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s processing description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text saying how the machine processed the picture, which sometimes includes body part or typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a targeted spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a spot targeted during a procedure, which links to records of your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments about taking the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes the staff wrote while taking the images, which may include names, symptoms or other details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ultrasound probe&apos;s identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers identifying the ultrasound probe used on you, such as its serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detector&apos;s serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier of the X-ray detector used, which names the exact equipment at the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the detector was last calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the X-ray detector was last calibrated; it is about the machine, but can help identify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the detector was calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the X-ray detector was last calibrated; it is about the machine, but can help identify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each frame was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time each frame of a multi-frame image was recorded, pinning down your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference time of each frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time each frame refers to, normally during your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How breathing motion was corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how the scanner corrected for your breathing, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-ray tube&apos;s identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier of the X-ray tube used for your scan, which names the exact equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the X-ray tube started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the X-ray source started for your exposure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the X-ray tube stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the X-ray source stopped for your exposure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-ray detector&apos;s identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier of the X-ray detector used for your scan, which names the exact equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-ray detector&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label given to the X-ray detector, which can identify the equipment at the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a dual-energy scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how a scan using several X-ray energies was done, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of how energies were separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how the scanner split a multi-energy scan into separate images, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the scan recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing the scanner settings used, which staff sometimes fill with names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the picture-taking started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the scanner began recording, which pins down your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the picture-taking ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the scanner stopped recording, which pins down your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heart-beat timing mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time of a heartbeat or breathing signal used to time your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference time for tracer decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time used to correct for the radioactive tracer fading, normally during your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a left-out period started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a stretch of your scan was set aside, such as when you moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an instruction was carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time an instruction during your scan, such as to hold your breath, was carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested description of the image set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text the doctor asked to describe a group of images, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a system contributed to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time another system or hospital added to this file, tied to the handling of your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how another system or hospital changed this file, which may name the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number given to this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for your whole scan visit; the hospital&apos;s archive can match it straight back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for this set of pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for this group of images, which the hospital can match back to your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s number for your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short number the scanner or hospital gave your scan, which staff can use to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a slide image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a zoomable microscope slide image, which may include typed names or numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the body position grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the positioning grid shared by images taken together, which ties them to your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the shared clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the clock shared by devices recording together, which ties these files to your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device that changed the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier of a device or program that changed this image afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the image was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this image was edited after it was taken, tied to the handling of your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the image was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day this image was edited after it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of how the image was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text saying how this image was edited, which may include typed notes or names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments about the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes staff typed about this image, which can contain names, dates or findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments about one frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes typed about one frame of a multi-frame image, which can contain names or findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a split image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number shared by the pieces of a very large image, which ties them to your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for how frames are arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the way frames are arranged, created by the scanner and linkable to your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a colour table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the colour table used to show the image, created for your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a large colour table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a large colour table used to show the image, created for your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments about how to show the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about how the image should be displayed, which can contain typed names or findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who numbered your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital or system that gave your scan its number, which shows where it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date your scan was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your scan was checked as complete, tied to your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your scan was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day your scan was checked as complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date your scan was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a doctor read your images, tied to your care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your scan was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day a doctor read your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned start date of your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your scan was booked to start, which shows when you were expected at the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned start time of your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your scan was booked to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end date of your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your scan was booked to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end time of your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your scan was booked to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your scan was booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place your scan was booked to happen, such as a room or building of the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the booked scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the machine your scan was booked on, which can identify the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why your scan was done, in the doctor&apos;s words, which reveals your symptoms or suspected illness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor who requested your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the doctor who requested your scan, which shows who treats you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service that requested your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital service that asked for your scan, such as cancer care, which hints at your condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date you arrived for your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you arrived at the department for your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time you arrived for your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day you arrived at the department for your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date your scan was finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your scan was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your scan was finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day your scan was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan that was ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the procedure your doctor ordered, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for your visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you came to the hospital, as written down by staff, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for the reason for your visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical codes for why you came to the hospital, which anyone can look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contrast dye that was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contrast agent your doctor asked to be used for your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments about your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes staff wrote about your scan, which can contain names, dates or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video stream identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers of the live video stream these images came from, which can be traced to the hospital&apos;s equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video stream identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identifier of the live video stream these images came from, which can be traced to the hospital&apos;s equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video source&apos;s identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identifier of the camera or device that produced the video, which names the exact equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time stamp of a video frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact time a video frame was captured, which pins down your procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to your other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References to other names, such as aliases, under which you are registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hospital admission number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of your hospital stay, often used for billing, which staff can use to look you up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave your admission number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital or system that issued your admission number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave your admission number, as codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for the hospital or system that issued your admission number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date of your admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you were booked to be admitted to hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned time of your admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time you were booked to be admitted to hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date you leave hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you were expected to be discharged from hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned time you leave hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time you were expected to be discharged from hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you were to stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution, such as a care home or ward, where you were expected to stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date you were admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you were admitted to hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time you were admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day you were admitted to hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date you left hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you were discharged from hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time you left hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day you were discharged from hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diagnosis when you left hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis written when you were discharged, which is sensitive health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your special needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special needs recorded for you, such as a wheelchair or interpreter, which are personal details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care episode number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of a stretch of care you received, which staff can use to find your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave your care episode number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital or system that issued your care episode number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of your care episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a stretch of care you received, which can reveal health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave your care episode number, as codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for the hospital or system that issued your care episode number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you were in the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your location in the hospital at the time, such as a ward and bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution where you live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an institution you live in, such as a care home or prison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your condition at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of your condition, such as &apos;fasting&apos; or &apos;sedated&apos;, which is health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments about your visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes staff wrote about your visit, which can contain names, dates or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a group of traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a group of recorded traces, such as heart signals, which ties them to your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When electrode contact was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the contact of sensors on your skin was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a signal filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how a heart or brain trace was filtered, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a filter table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a table used to filter a recorded trace, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the booked machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the machine your procedure was booked on, which can identify the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date of your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your procedure was booked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned time of your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your procedure was booked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end date of your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your procedure was planned to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end time of your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your procedure was planned to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor booked to do your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the doctor or staff member planned to carry out your procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the booked procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing the procedure you were booked for, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking number of your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the booked step of your procedure, which staff can use to find your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID details of the booked doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and codes that identify the doctor planned to carry out your procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the booked machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the machine your procedure was booked on, which can identify the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your procedure was booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place your procedure was booked to happen, such as a room or building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine given before the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine you were given to prepare for the procedure, such as a sedative, which is health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the machine used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the machine that carried out your procedure, which can identify the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the machine used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the machine that carried out your procedure, which can identify the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your procedure was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place your procedure was carried out, such as a room or building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date your procedure started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your procedure actually started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your procedure started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day your procedure actually started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date your procedure ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your procedure actually ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your procedure ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day your procedure actually ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the procedure done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the hospital gave the procedure as performed, which staff can use to find your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the procedure done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing the procedure you actually had, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of the order for your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order numbers, the reason given and the planned steps for your scan, each of which can identify you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments about the procedure done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes staff wrote about your procedure, which can contain names, dates or findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments about your radiation dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the radiation you received, which may include typed names or details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of your tissue sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the laboratory gave your tissue sample, which staff can use to find your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the sample container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number on the container or slide holding your sample, which links it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who numbered the sample container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laboratory or hospital that numbered your sample container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the sample container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing the container holding your sample, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of your sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the laboratory gave your sample, which staff can use to find your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for your sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for your tissue sample, which the laboratory can match back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details recorded while taking the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra details noted during your scan, such as your position or measurements, which can contain typed text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who numbered your sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laboratory or hospital that gave your sample its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short description of your sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short text describing your tissue sample, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detailed description of your sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer text describing your tissue sample, which reveals health details and may contain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your sample was prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps used to prepare your tissue sample, which can contain dates, names or typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the microscope slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the glass slide holding your sample, which links it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the ordered procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the hospital gave the procedure your doctor ordered, which staff can use to find your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason the procedure was ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why your doctor ordered this procedure, which reveals your symptoms or suspected illness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you were brought to the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you were brought to the department, such as by wheelchair or ambulance, which is personal detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the ordered procedure was to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place where the ordered procedure was to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for why the procedure was ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical codes for why your doctor ordered the procedure, which anyone can look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should receive your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of the people meant to receive your results, such as your doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID details of who receives your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and codes that identify the people meant to receive your results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID codes for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes that identify a person involved in your care, such as a staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a person involved in your care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telephone numbers of a person involved in your care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s phone, fax or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to contact a person involved in your care, such as phone, fax or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments about the ordered procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes written about the procedure your doctor ordered, which can contain names or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason your scan was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the imaging request was made, which reveals your symptoms or suspected illness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date your scan was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your doctor sent the request for your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your scan was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day your doctor sent the request for your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who entered the order for your scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who typed in the order for your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the order was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place where the order for your scan was typed in, such as a clinic or ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number for questions on the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number to call back about the order for your scan, which leads to the clinic treating you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details for questions on the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, fax or email to reach about the order for your scan, which leads to the clinic treating you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order number from your doctor&apos;s system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number your doctor&apos;s system gave the scan order, which can be used to find your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order number from the imaging department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the imaging department gave your scan order, which can be used to find your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the scan request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes written on the request for your scan, which can contain names or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special privacy rules for your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on who may see your data, such as for a well-known patient, which can itself single you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date and time of a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a step of your care was booked to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a booked step expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time after which a booked step of your care expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a booked step was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a booked step of your care was last changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a step was expected to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a step of your care was expected to be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a work request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a hospital system&apos;s work request about your care, which appears in its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for the booked machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes naming the machine your procedure was booked on, which can identify the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for where the booked machine is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for the site where the booked machine stands, which can reveal the hospital and town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for the machine used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes naming the machine that carried out your procedure, which can identify the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for where the machine used is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes for the site where the machine that did your procedure stands, which can reveal the hospital and town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff booked for your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and roles of the staff planned to carry out your procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff who did your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and roles of the staff who actually carried out your procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation a staff member who worked on your procedure belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a staff member who worked on your procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a step of your care started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a step of your care actually started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a step of your care ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a step of your care actually ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a step of your care was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a step of your care was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date findings were recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a group of findings about your scan was written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time findings were recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day a group of findings about your scan was written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that checked the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the organisation responsible for checking your report, which usually reveals the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the report was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a doctor signed off your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an observation was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a finding or measurement about you was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an observation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a finding or measurement about you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who checked the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and details of the doctors who signed off your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the doctor who checked the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the doctor who signed off your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authors of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and details of the people who wrote your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and roles of people who took part in making this record, such as staff or devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation keeping the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the organisation responsible for keeping this record, which usually reveals the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a person took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a person took part in making this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID codes of the doctor who checked the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes that identify the doctor who signed off your report, such as a staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of a document or spoken report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a document was written or a report was given by word of mouth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of a document or spoken report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day a document was written or a report was given by word of mouth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date and time written in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date and time recorded as a value in your report, such as when something was observed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date written in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date recorded as a value in your report, such as the date of an earlier scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time written in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time of day recorded as a value in your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s name written in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s name recorded as a value in your report, which may be yours or a staff member&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference number written in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number recorded as a value in your report, which can point to your other records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referenced date and time in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date and time your report points to, such as the moment of a measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for one finding or measurement in your report, which ties it to your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference to another finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique number of another finding this one refers to, which ties your records together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a finding or measurement about you was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day a finding or measurement about you was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person currently observing or recording findings about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who spoke the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who gave information by word of mouth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the person who gave information by word of mouth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number of the person who gave information by word of mouth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID codes of the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes that identify the person who gave information by word of mouth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the subject observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the person or thing the findings are about, which can point back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contents of a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings, measurements, names and dates that make up a structured report about your scan, any of which can identify you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of a report template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the form used to build a report; about the form, not you, but may hold stray text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hospital&apos;s version of a report template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hospital&apos;s own version label of a report form, which can hint at which hospital made the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the template&apos;s author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the organisation that extended a report form, which can point to the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for who changed the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the person or system that extended a report form, which can point to the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a linked document took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a linked hospital document about you took effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attached document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole document, often a PDF report, stored inside the file; it can contain your name, address and diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a product was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a product used in your care, such as a drug, was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a product expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date and time of a product used in your care, such as a drug batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a substance was given to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a drug or other substance was given to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a statement was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a statement, such as a safety approval, was made about your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a statement expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a statement, such as a safety approval, stops being valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of a device part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier of a part of an implant or device container, which can trace back to your case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a device, such as a catheter or implant shown in the image, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long description of a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer text describing a device shown or used in the image, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number used to track a finding, such as a tumour, across your scans over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the original position grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the positioning grid of the images this one was aligned to, linking it to your scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an implant plan took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time an implant template used in your planning took effect; it is about the product, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When implant information was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time information about an implant product was issued; it is about the product, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a group of annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a group of markings on a slide image, which ties them to your sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a group of annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a group of markings on a slide image, which may include typed names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a group of annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a group of markings on a slide image, which may include typed names or findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and markings drawn on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, arrows and shapes drawn over the image, which can include your name or notes typed by staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date a display version was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day someone saved a particular way of showing your images, usually around your scan or reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a display version was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day someone saved a particular way of showing your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the display version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who saved a particular way of showing your images, such as your radiologist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID codes of who made the display version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes that identify the person who saved a particular way of showing your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a marker point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a marker point placed on your images, which ties them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a group of displays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a collection of ways to show your images, which ties them to your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a display sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for an ordered set of ways to show your images, which ties them to your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a screen layout was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a screen layout for showing images was created; usually about the hospital, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network name used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network name a screen layout rule matches on, which can identify a hospital machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age a screen layout rule matches on, which could be your age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date a screen layout rule matches on, which could be a date from your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date and time used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date and time a screen layout rule matches on, which could come from your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data a screen layout rule matches on, which could hold any detail copied from your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short text used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short text a screen layout rule matches on, which could be a name or description from your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long text used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer text a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s name used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s name a screen layout rule matches on, such as a doctor&apos;s or your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time of day a screen layout rule matches on, which could be the time of your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short label used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short label a screen layout rule matches on, which could be a number or name from your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown data used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of unknown type a screen layout rule matches on, which could hold any detail copied from your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unlimited text used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text of any length a screen layout rule matches on, which could hold notes copied from your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address used by a screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address a screen layout rule matches on, which can point to a hospital server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the receiving machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the machine meant to receive instructions about your treatment, which can identify the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the requesting machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the machine that sent instructions about your treatment, which can identify the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number given to this disc or file set when it was made, which the hospital may have recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small preview picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thumbnail of the image, which can show your face or text burned into the picture such as your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of a collection of images on a topic, which may include names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject of a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject of a collection of images, which may include names or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author of a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who put together a collection of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords of a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords for a collection of images, which may include names or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the file was authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time this file was approved for use, tied to the handling of your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a digital signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a digital signature on this file, which can be traced to the signing system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the file was digitally signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time this file was digitally signed, usually around your scan or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s digital certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of whoever signed this file, which usually contains their name and organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certified time stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time stamp certified by a trusted service, showing exactly when the file was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to digital signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References to digital signatures on other files, with their unique numbers, which tie your records together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to signed images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique numbers and checksums of other images covered by a signature, which tie your records together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security code computed over the file&apos;s contents; it cannot be read as words but proves what the original held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details that were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of details that were changed in this file, which can still hold values such as your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect details that were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of details that were corrected because they broke the format, which can still hold the original values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incorrect value that was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original text of a value that was replaced because it broke the format, which can hold anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original details before changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier values of details that were changed or removed, which can still hold your old name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When details were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time details in this file were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system that changed the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the system or program that changed details in this file, which can identify the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the earlier details came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the system or organisation the earlier values came from, which can identify the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why details were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason details in this file were changed, such as a correction or anonymisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this file came from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this file was made locally or brought in from another hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text printed with the film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text added when the images were printed on film, which may include your name or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date a print job was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a request to print your images on film was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a print job was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day a request to print your images on film was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sent the print job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the machine that asked to print your images, which can identify the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the print job was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network name of the printer or machine your images were sent to, which can identify the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text on the disc label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text printed on the label of the disc, which often includes your name and the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode on the disc label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of a barcode printed on the disc label, which can be a number tied to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a positioning template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a template used to position you for an image, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a positioning template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a template used to position you for an image, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of a set of outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the outlines drawn on your scan for radiotherapy, which may include names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a set of outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the outlines drawn on your scan for radiotherapy, which may include names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a set of outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing the outlines drawn on your scan for radiotherapy, which may include names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the outlines were made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the outlines on your scan for radiotherapy were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the outlines were made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day the outlines on your scan for radiotherapy were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to the position grid outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique number of the positioning grid the outlines belong to, which ties them to your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an outlined area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an area outlined on your scan, such as a tumour or organ, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of an outlined area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing an area outlined on your scan, which reveals health details and may contain notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an area was outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time an area on your scan was outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an outlined area was assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time an outlined area on your scan was assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How an area was outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how an area on your scan was outlined, which may include the name of who did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who outlined the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and details of the people who outlined areas on your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who assessed the outlined areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and details of the people who assessed outlined areas on your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for an assessment of an outlined area, which may include typed names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing an assessment of an outlined area on your scan, which may include health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who assessed an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who assessed an outlined area on your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to a related position grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique number of a related positioning grid, which ties your radiotherapy scans together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of a treatment step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a step of your radiotherapy treatment was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of a treatment step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day a step of your radiotherapy treatment was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of your first treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your radiotherapy treatment started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of your latest treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of your most recent radiotherapy treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number of a radiation source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number of a radioactive source used in your treatment, which identifies the hospital&apos;s equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date a source left its safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a radioactive source left its shielded safe during your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a source left its safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a radioactive source left its shielded safe during your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date a source returned to its safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a radioactive source returned to its shielded safe during your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a source returned to its safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a radioactive source returned to its shielded safe during your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of your treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your radiotherapy treatment session took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of your treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day your radiotherapy treatment session took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of your treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for your radiotherapy plan, which may include your name or the area treated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of your treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of your radiotherapy plan, which may include your name or the area treated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of your treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing your radiotherapy plan, which reveals health details and may contain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date your treatment plan was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your radiotherapy plan was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your treatment plan was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day your radiotherapy plan was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas being treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of your body being treated with radiotherapy, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of your prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing the radiation dose prescribed for you, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a dose target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a dose target in your radiotherapy plan, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a dose target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a target of your radiation dose, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a group of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a group of your radiotherapy sessions, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to a dose target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique number of a dose target this refers to, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the treatment machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the hospital gave the machine that treats you, which can identify the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a radiation beam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing one radiation beam of your treatment, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a skin pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a pad placed on your skin during treatment, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a positioning aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a device that held you in position, such as a mask, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a shield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a shield used to protect parts of your body, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of how you were set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how you were positioned for treatment, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maker of a radiation source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company that made a radioactive source used in your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date of a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a radioactive source&apos;s strength was measured; it is about the source, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference time of a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a radioactive source&apos;s strength was measured; it is about the source, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a beam shaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a device that shapes the radiation beam for you, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a treatment position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a position you are treated in, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a treatment position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a position you are treated in, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accessory holder slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier of a slot holding an accessory on the treatment machine, which can identify the equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accessory device slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier of a slot holding a device on the treatment machine, which can identify the equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a radiation dose in your treatment, which may include typed names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a dose measured on you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a radiation dose measured on your body, which may include typed names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a set of tolerances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the limits allowed in your treatment set-up, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for your set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for how you are set up for treatment, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the machine&apos;s position grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing the positioning grid of the treatment equipment, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a radiation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for how the machine makes radiation, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a radiation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how the machine makes radiation, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a treatment session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for one of your radiotherapy sessions, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a set-up problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how your treatment set-up went outside its limits, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a set-up problem happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time your treatment set-up went outside its limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a treatment step was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a step of your radiotherapy was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a safety stop happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time the treatment machine stopped itself for safety during your session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a safety stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing why the treatment machine stopped itself during your session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a safety stop was overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time staff overrode a safety stop during your session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a safety stop came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing which part of the system caused a safety stop during your session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to a treatment position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique number of a treatment position this refers to, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preparation step before treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing something done to prepare you for treatment, which may include health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you were prepared for treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how you were prepared for treatment, such as a full bladder, which is health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a set-up photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a photo taken of you in treatment position, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a shift in position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for a reference used to measure how you moved, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why something was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text explaining why part of your treatment was left out, which may include health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a beam was paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time a radiation beam was paused during your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a doctor reviewed and approved your plan or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day a doctor reviewed and approved your plan or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the doctor who reviewed and approved your plan or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a treated region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a region of your body in the treatment plan, which ties your files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to a treated region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique number of a region of your body this refers to, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of combined regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing how regions of your body were combined for treatment, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for part of a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for part of a treated region, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the original region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for the region another one was derived from, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of a treated region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing a region of your body in the treatment plan, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another identifier of a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alternative identifier of a device used in your treatment, such as a barcode, which names the exact item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label given to a device used in your treatment, which can identify the equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to marker points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique number of marker points used to line up your images, which ties your files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label written by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short label typed by staff, which may include names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long label written by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer label typed by staff, which may include names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for an item in your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short label for an item in your treatment plan, which may include typed names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an item in your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an item in your treatment plan, which may include typed names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of an item in your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing an item in your treatment plan, which may include health details or names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long label for an item in your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer label for an item in your treatment plan, which may include typed names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a treatment phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for one phase of your radiotherapy, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maker&apos;s identifier of a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manufacturer&apos;s identifier of a device used in your treatment, which names the exact item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned start date of a phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a phase of your radiotherapy was planned to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end date of a phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a phase of your radiotherapy was planned to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for your prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for your radiotherapy prescription, which may include typed names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the treatment approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the approach taken in your radiotherapy, which may include typed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your doctor&apos;s aims for treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your doctor&apos;s written account of what the radiotherapy is meant to achieve, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a plan was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason an earlier version of your treatment plan was replaced, which may include health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier radiation treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text describing radiation you received in earlier treatments, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a dose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique number for a dose goal in your treatment plan, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to a dose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique number of a dose goal this refers to, which ties your treatment files together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of your body treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of your body receiving radiotherapy, which reveals health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the treatment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes written about how your treatment is given, which may include names or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on your prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes written on your radiotherapy prescription, which may include names or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on how treatment is split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on how your radiotherapy is divided into sessions, which may include names or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on your prescription, as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of notes written on your radiotherapy prescription, which may include names or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned start time of a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day a radiotherapy session was planned to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrestricted extra data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old catch-all field that can hold any text, including names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old-style comments that can hold any text, including names or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number given to the results of your scan, which staff can use to find your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who numbered your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital or system that numbered the results of your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the report was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the report on your scan was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the report was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day the report on your scan was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who recorded the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who recorded the report on your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the report was typed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the report on your scan was typed up from dictation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the report was typed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day the report on your scan was typed up from dictation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who typed up the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who typed up the report on your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written report on your scan, which contains findings and may mention your name or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the doctor who wrote the report on your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and details of the doctors who approved the report on your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the report was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the report on your scan was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the report was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day the report on your scan was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor who approved the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the doctor who approved the report on your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis written in the report on your scan, which is sensitive health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the results were sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and addresses of the people your results were sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person the results were sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a person your results were sent to, such as your family doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the results were sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address your results were sent to, which may be your doctor&apos;s or your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number given to the report on your scan, which staff can use to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who numbered the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital or system that numbered the report on your scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor&apos;s conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusions of the report on your scan, which are sensitive health information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes written about the results of your scan, which may include names or health details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old-style graph data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old-style curves stored with the image, such as heart traces or drawn lines, which can carry notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markings laid over the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black-and-white layers drawn over the image, which can contain text such as your name or staff notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the layers drawn over the image, which may include names or findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital signatures on the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures proving who made this file, which usually name the person or organisation that signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused space at the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filler bytes at the end of the file, which can hide leftover data from an earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra data the scanner maker stores in its own format, which can hide names, dates or IDs that other programs do not show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BurnedInPass</name>
    <message>
        <source>Burned In Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text burned into the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is part of the picture itself. Removing your details from the file does not remove it: it has to be blacked out in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text burned into the pictures could not be checked, because %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of a kind that often has text in it (ultrasound, screen captures, photos) may show your details without ScanShield knowing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be decoded, so they were not checked for burned-in text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>This file cannot be found or opened. Choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is locked with a password, so ScanShield cannot read it. Open it in your PDF reader, copy its text, and paste the text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is protected in a way ScanShield cannot open. Open it in your PDF reader, copy its text, and paste the text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PDF ScanShield can read, or it is damaged. Paste the text of the form instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has no text ScanShield can read; it may be a scan. Paste the text instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPhrases</name>
    <message>
        <source>The list of consent form phrases is missing from this copy of ScanShield.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations other than the hospital: companies, vendors and contractors. Once your images reach them, the hospital no longer decides alone what happens to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI, machine learning and algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software may read your images, or your images may be used to build and test such software. A form can allow this without naming the tool or the company that makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research can mean a study at the hospital or a company developing a product. Some research needs your separate permission; some can go ahead without asking you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality improvement and operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Quality improvement” and “health care operations” sound harmless, but they can cover testing or training software with your images, often without asking you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identified, anonymized or aggregated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data called de-identified or anonymized can often still be linked back to you, and a head scan can show your face. Such data may usually be shared or sold without asking you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud and storage outside the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your images may be kept on a company&apos;s computers outside the hospital, perhaps in another country. Ask who can reach them there and how they are protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliates, partners and subsidiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Affiliates” and “partners” can be many companies, some you have never heard of, and the list can change after you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling or licensing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form may let the hospital or a company sell or license your data, often once it is called de-identified. You would usually not be told or paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your images may be kept for many years, or for ever, even after you stop being a patient there. The longer copies are kept, the longer they can be shared or leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawing consent or opting out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how to take back your permission later and what happens to copies already shared: withdrawing often stops only future use. A consent called irrevocable cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyVerifier</name>
    <message>
        <source>The copy could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDisc</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compress %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the DICOMDIR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1 to the DICOMDIR: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the DICOMDIR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the DICOMDIR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder was given for the demo disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscCopier</name>
    <message>
        <source>The copy&apos;s table of contents (DICOMDIR) could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be renamed into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This disc is an anonymized copy, made with ScanShield on the patient&apos;s own computer.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds %1 images and documents. Names, ID numbers, addresses, the hospital, the doctors and other details that identify the patient were removed or replaced, as the DICOM standard&apos;s Basic Application Level Confidentiality Profile says (PS3.15 Annex E).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates were moved by the same number of days, so the time between scans is kept.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face was cut away from the 3D scans of the head (defaced), so that no picture of it can be rebuilt.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference numbers (UIDs) were replaced consistently, so the images still belong together.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor-specific private data was removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder OTHER holds %1 files from the original disc that are not medical images, copied unchanged because they were chosen.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identification codes (DICOM CID 7050): %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy needs a new or empty folder; %1 already holds files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: text burned into it could not be blacked out (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the face could not be removed from it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file of this disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be copied (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The README of the copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished copy could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscSource</name>
    <message>
        <source>The file %1 cannot be opened as a ZIP or disc image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a ZIP or disc image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened. Check that the disc is in the drive and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found at %1. Check the disc is in the drive, or choose the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExposureReport</name>
    <message>
        <source>Identifies you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could help identify you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disc holds %1 files: %2 visits, %3 series, %4 pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden reference numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They link your files to each other and to the hospital&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mentions you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What your imaging disc reveals about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by ScanShield on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name appears in %1 places on this disc, written %2 different ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets a copy of this disc can read everything below. ScanShield can make a copy without it, on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 reference numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values themselves are hidden in this printout, so that it can be left on a desk safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield made this report on your computer. Nothing was sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written completely to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExposureScanner</name>
    <message>
        <source>A text file on the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web page on the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program on the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordinary picture on the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF document on the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compressed archive on the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settings file on the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of unknown type on the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text burned into the pictures was not checked, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files outside the images travel with every copy of the disc; ScanShield read its text for your details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files outside the images travel with every copy of the disc; this one is not text, so ScanShield cannot read it for your details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacePass</name>
    <message numerus="yes">
        <source>A picture of your face can be rebuilt from this scan: %n of nose, eyes, lips and chin found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>This is not a medical image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is cut short: part of it is missing, so the disc may be damaged or the copy incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file looks like a medical image but its contents are damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read from the disc. The disc may be scratched, or it was removed while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disc&apos;s table of contents lists this file, but the file is not on the disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This medical image is stored in a way ScanShield cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingBuilder</name>
    <message>
        <source>binary data, %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a vendor&apos;s private data block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says which maker&apos;s software wrote private data into the file; the data itself may identify you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data the scanner&apos;s maker stored in its own format; it may hold identifying details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary vendor data that may hold identifiers, %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other text in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is not meant to identify you, but it contains your name, an ID or your birth date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadSurface</name>
    <message>
        <source>The 3D picture was stopped before it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This series has no pictures to build a head from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield found no outline of a head in this series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This series is too small to build a head from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <source>CT scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRI scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-ray video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-ray video of blood vessels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear medicine scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked key images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlined regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dental X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dental panoramic X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endoscopy picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>a part of ScanShield is missing (%1); reinstalling ScanShield should bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of ScanShield (%1) could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of ScanShield (%1) is from another version; reinstalling ScanShield should fix this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>the text reader&apos;s English language data (Debian package tesseract-ocr-eng) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text reader (Tesseract) could not load its English language data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherFileKind</name>
    <message>
        <source>Not a medical image: a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a medical image: a web page, often part of a viewer program on the disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a medical image: a program, usually the viewer that came with the disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a medical image: an ordinary picture or icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a medical image: a PDF document, perhaps a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a medical image: a compressed archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a medical image: a settings file for the disc or its viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a medical image: a file of unknown type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureReader</name>
    <message>
        <source>a picture of the series is in colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a picture is not the size its file says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PixelCleaner</name>
    <message>
        <source>its pictures are compressed in a way ScanShield cannot decode to black out the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pictures are stored in a way ScanShield cannot black out text in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its picture data cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its picture data is shorter than its pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PixelMessages</name>
    <message>
        <source>this file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not a medical image ScanShield can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file has no picture in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this image is compressed in a way ScanShield cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this picture is stored in a way ScanShield cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture in this file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is damaged and ScanShield cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this picture is too large to show on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file has no picture number %1 (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>The list of questions is missing from this copy of ScanShield.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is AI used on my images?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals and clinics use AI tools to sort, measure and read scans. You have a right to know when software, not only a person, looks at your images, and who made that software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is any AI or computer-aided software used on my images, to read them, measure them or sort them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many tools run in the background without the patient being told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tool is it, who makes it, and what exactly does it do with my images?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowing the maker tells you who else may receive or keep your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does a doctor check what the AI found before it is used for my care?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI tools make mistakes; a person should confirm their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the AI run inside the hospital, or are my images sent to the company that makes it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When images leave the hospital, more people and systems can see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will my report say that AI was used, and what it found?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written record lets you or another doctor check later how a result was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can my images be anonymized before others see them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images carry your name, birth date, ID numbers and the hospital&apos;s name, and a head CT or MRI carries your face. Copies called de-identified often still hold some of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are my images anonymized before they go to an AI company, a researcher or any other third party?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and ID numbers travel inside every image file unless they are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are they anonymized: which details are removed, and who checks that nothing was missed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the name is not enough: dates, ID numbers, the hospital and notes in the images identify you too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is text written into the pictures themselves (my name, birth date or ID in a corner of the image) removed as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some scanners write your details into the pixels, where ordinary anonymization does not look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will my head scan be defaced (my face removed from it) before it is shared for research or with an AI company?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of your face can be rebuilt from a head CT or MRI, and face recognition software has matched such pictures to photos of the patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the scanner maker&apos;s hidden data in the files removed too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanners store extra data that only their maker can read, and it can hold your name or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could anyone link the anonymized images back to me, for example with a code list kept by the hospital?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some images are only &quot;coded&quot;: whoever holds the code list can still tell they are yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words of a consent form decide what may be done with your images. Words such as &quot;research&quot;, &quot;quality improvement&quot; or &quot;de-identified data&quot; can allow more than they seem to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this form allow my images to be used for research or for &quot;quality improvement&quot;? What does that include here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Quality improvement&quot; can include training or testing AI tools, often without a separate consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the form allow sharing my images with companies, including AI makers, partners or &quot;affiliates&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Affiliates&quot; and &quot;partners&quot; can be many companies you have never heard of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can my images or data be sold or licensed, even after they are de-identified?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identified medical images are traded, and the form may allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the analysis be done on the hospital&apos;s own computers instead of in a company&apos;s cloud?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many AI tools can run locally; then your images never leave the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long will my images be kept, and by whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form may allow keeping copies for many years, or without a time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I withdraw my consent later, and what happens to copies already shared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawing may stop future use but not bring back copies already given away; ask before you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can I refuse this part of the form and still get the same care?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to research or data sharing should not be a condition of your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are often stored or processed in a company&apos;s cloud. Where they are, how they are protected and what happens after a breach matter as much as the scan itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are my images stored: in the hospital, or in a cloud service? In which country?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country decides which privacy laws protect your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are my images encrypted when they are stored and when they are sent, and who holds the keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption protects your images if a system is broken into or a disk is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the cloud or AI company have a signed data protection agreement with the hospital (in the US, a business associate agreement)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such an agreement binds the company to protect your data and to use it only for the hospital&apos;s purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If my images are part of a data breach, how and when will I be told?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the US, HIPAA requires notice without unreasonable delay and no later than 60 days after a breach is discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who at the company can look at my images, and is that access recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff of a cloud or AI company may see images for support or to improve their product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opting out of AI training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images from patients are used to build and improve AI tools. You may be able to say no, and it should not change your care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are my images used to train, test or improve AI tools, here or at a company?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training uses many patients&apos; images; the tool&apos;s maker may keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can I opt out of my images being used for AI development, and is that written down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opt-out that is only spoken can be forgotten; ask for it in your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I opt out, does anything change for my care, my waiting time or my costs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying no to research use should not affect your treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have my earlier images already been used or shared for AI, and can they be removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opt-out may only apply from now on unless you ask about the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the United States, the HIPAA Privacy Rule gives you rights over your health information. Other countries have similar laws; in the European Union and the United Kingdom it is the GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would like a copy of all my images, in electronic form. When can I have it, and what will it cost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the right to a copy of your images and records, usually within 30 days, for a reasonable cost-based fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May I have a list of who my images and records were disclosed to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can ask for an accounting of certain disclosures made in the last six years (disclosures for treatment, payment and the hospital&apos;s own operations are not listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would like to restrict how my images are used or shared. How do I make that request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can ask the hospital to limit uses and disclosures of your information; it does not always have to agree, but it must consider the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was my written authorization asked for before my images were used for research, or did a review board waive it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research use of identifiable health information normally needs your authorization unless an ethics or privacy board approves a waiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I live in the EU or the UK: may I see, correct or erase my data, and object to its use for AI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GDPR gives rights of access, erasure and objection, and protection against decisions made only by a machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionSheet</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask about my images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this sheet to your appointment. Tick each question when you have asked it, and write down the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment (who, where, when):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with ScanShield on your own computer. Nothing was sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeCopyJob</name>
    <message>
        <source>The copy could not be read back to check that the face is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cut could be found for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be noted in ScanShield&apos;s history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleConsentForm</name>
    <message>
        <source>The sample form is missing from this copy of ScanShield.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SliceGeometry</name>
    <message>
        <source>the picture file %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tailoring</name>
    <message>
        <source>Your %1 shows your face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your details are written into %n picture(s) on your disc.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text is written into %n picture(s) on your disc.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner maker&apos;s hidden data on your disc holds your details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of what is on your disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield looked through your disc. These questions matter most for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLevel</name>
    <message>
        <source>As stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Make an anonymized copy of a disc on this computer, and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disc folder, a DICOMDIR, a ZIP or an ISO file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new folder for the copy (must not hold files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the real dates (by default all dates move by one offset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dates as the Basic Profile says instead of moving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the original reference numbers (UIDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the scanner&apos;s identity (serial numbers, station names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the hospital&apos;s name and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep age, sex, size and weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every description, even those that name nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove drawn marks and annotations (graphics) that may hold text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also clean the contents of structured reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the face away from 3D scans of the head, and check that it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not black out text burned into the pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this series out of the copy (its Series Instance UID; may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this file that is not a medical image, unchanged (its path on the disc, as `scan` lists it; may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not read the pictures for text; the copy then cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymize needs --output DIR, and at most one of --keep-dates and --remove-dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 files to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: nothing that identifies the patient was found in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is NOT safe yet: it still holds details of the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one PATH: a disc folder, a DICOMDIR, a ZIP or an ISO file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: scanshield-cli make-demo-disc DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a fictional patient&apos;s disc with %1 image files in %2 series and %3 studies to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture of this series to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the series of a disc from which a face can be rebuilt, and measure it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the face (front and side) of the first series that shows one to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series of this disc is a 3D scan of a head; no picture was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A face can be rebuilt from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face found in: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Your name appears in %1 places in %2 forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything on a disc that identifies the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report as a PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the values in the PDF (hidden by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use large print in the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not read text burned into the pictures (the slow part); the report says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield&apos;s attribute catalogue is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 · medical image files: %2 · series: %3 · visits: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: files: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that are not readable medical images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what is on a disc: patients, studies, series and images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the index as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the questions to ask about AI, consent forms and cloud storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the sheet (en, es, fr, de...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put first the questions that matter most for this disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print in large letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet needs --output FILE.pdf, and no other argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield has no translation for &quot;%1&quot;; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question sheet is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exposure</name>
    <message>
        <source>3D volume (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your face in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See what your imaging disc says about you, and make a safe copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disc folder, DICOMDIR, ZIP or ISO file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the disc is read, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::deid</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scan was not found in the copy to check its face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield cannot prove that the face is gone from this scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan could not be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of this scan could not be read back to check its face.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::exposure</name>
    <message>
        <source>3D volume (%1, %2 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 3D scan of your head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can rebuild a picture of your face from this scan, and face recognition software can match such pictures to photos of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 3D scan that may include your head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this scan covers your head, a picture of your face can be rebuilt from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::AppointmentBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another appointment, with its own answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name, date, place or kind of scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this appointment and the answers you noted for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers cannot be saved on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this appointment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and every answer and note you wrote for it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details stay on this computer. They are printed at the top of your question sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Dr Weber, knee MRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mammogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PET scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or write one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ConsentPhraseDetails</name>
    <message>
        <source>Marked here: “%1”, page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked here: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this question to my list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this question to my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ConsentReaderDialog</name>
    <message>
        <source>Page %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the consent form you were given, or paste its words. ScanShield marks the phrases that decide what may be done with your images, and tells you what to ask about each. It reads forms written in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a consent form (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with a &amp;sample form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up hospital&apos;s consent form, to see what ScanShield marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form, with the phrases that matter marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a consent form or paste its text, and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ScanShield &amp;found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ScanShield found, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a form is open, choose a place in the list to see why it matters and what to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to read. Copy the words of the form and paste them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield found none of the phrases it looks for. That does not mean the form is harmless; read it carefully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. ScanShield marked %n place(s) in the form. Choose one in the list to see why it matters and what to ask.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a place in the list, or click a marked phrase in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the consent form&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the words of the form from where you read them, paste them here, and choose OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample form could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample consent form (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::DiscTreeModel</name>
    <message>
        <source>Unnamed patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit on an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On this disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series number %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ExposurePage</name>
    <message>
        <source>identifies you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could help identify you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disc&apos;s table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of what the disc reveals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are hidden so that nobody looking over your shoulder reads them. Click a row to see one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show technical details (tag numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See this report as a document you can save or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of information on the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the disc reveals in this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a disc to see what it reveals about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name appears in %1 places on this disc, written %2 different ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This disc does not seem to show your name. Check the other kinds below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n reference number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden: click to show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mentions you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden reference numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n different number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show your face in 3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the picture of your head that anyone can rebuild from this scan, and turn it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See this text where it is in the picture, with a box around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file carries long unique numbers that link it to the other files of your scan and to the hospital&apos;s records. They do not show your name, but anyone with the hospital&apos;s records could use them to find you, so privacy law counts them as identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;United States privacy law (HIPAA Safe Harbor) counts this as an identifier: %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Found in %n file(s), for example:&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scanshield::ui::FaceDialog</name>
    <message>
        <source>Your face in this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your head rebuilt in 3D from this scan. Arrow keys turn it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is made on this computer and goes nowhere. Home shows the face again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 and rebuilding your head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scan cannot be shown in 3D: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your head as anyone with a copy of this disc can rebuild it.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking through every file for what identifies you: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your imaging disc to see what is on it.</source>
        <translation>Öffnen Sie Ihre Bild-CD, um zu sehen, was darauf ist.</translation>
    </message>
    <message>
        <source>What is on this disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients, visits and series on the disc</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>&amp;Zuletzt geöffnet</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness and contrast:</source>
        <translation>Helligkeit und Kontrast:</translation>
    </message>
    <message>
        <source>Show the picture with the &quot;%1&quot; brightness and contrast. You can also drag with the left mouse button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your disc or its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a disc file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc files (*.zip *.iso DICOMDIR);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo disc could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped. What was read so far is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished reading %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;ScanShield could not open this.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medical images were found here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This disc holds the scans of &lt;b&gt;%1&lt;/b&gt;: %n visit(s),</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also on the disc: %n other file(s), listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files on the disc that are not pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::PdfPreviewPane</name>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: there is no room for a temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionAnswerBox</name>
    <message>
        <source>Because of your disc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I asked this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they told you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember or follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionSheetDialog</name>
    <message>
        <source>Your question sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank sheet to write on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my &amp;answers so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not noted any answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of your question sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the question sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions-for-my-appointment.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the question sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::QuestionsWindow</name>
    <message>
        <source>Questions for your appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the question sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read a consent form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved on this computer as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers cannot be saved on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2. You have asked %3 of %4 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ReportPreviewDialog</name>
    <message>
        <source>Your privacy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the values (your name, numbers, dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this off if the printout may be left where others can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the privacy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the privacy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the privacy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyChoosePage</name>
    <message>
        <source>What goes into the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every series of pictures is included. Untick what you do not want to give away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and series to include in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that are not pictures are left out unless you tick them. They are copied exactly as they are: ScanShield cannot change what is inside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that are not pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n picture(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n document(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield cannot read it to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It mentions your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It mentions your ID number or birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield found none of your details in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are none on this disc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyDestinationPage</name>
    <message>
        <source>Where to put the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a place on this computer or on a USB stick. The copy is made here, on this computer; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder in which to save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder in which to save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymized copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the copy is made, ScanShield reads all of it back, the text in its pictures too, and tells you whether anything of yours is still in it. That can take a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder and give the copy a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield cannot write in %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy cannot go inside the original disc. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough room there: the copy needs about %1, and %2 is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyOptionsPage</name>
    <message>
        <source>How to anonymize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices that protect you most are already made. Change them only if whoever receives the copy needs something kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move all dates by the same secret number of days (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time between your scans stays right, which doctors and researchers often need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safest, but nobody can tell when the scans were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the real dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your birth date is still removed, but the dates of your visits help others find out who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to keep or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black out text written into the pictures (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ScanShield found text in %n picture(s) of this disc.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield found no text in the pictures of this disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your face from 3D scans of your head (defacing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ScanShield found your face in %n scan(s) of this disc. The front of the head, below the brain, is cut away; the brain is not touched. Leave this off if whoever receives the copy needs to see the face, the sinuses or the eyes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ScanShield found no 3D scan of a head on this disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep descriptions such as &quot;CT head&quot; that do not name you (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptions that mention your name, ID or birth date are always removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your age, sex, height and weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researchers often need them, but they narrow down who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name and address of the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells where you were treated, and so where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the identity of the scanner (serial numbers, station names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links the scan to one machine in one hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the original reference numbers (UIDs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the receiver must match the copy with the hospital&apos;s records: they lead back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove drawings and notes saved with the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks and annotations may hold names or dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also clean structured reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes names and places from the contents of reports stored as DICOM files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always removed: your name, ID numbers, birth date, address, the doctors&apos; names, and data that only the scanner&apos;s maker can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyPreviewPage</name>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after: one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what one file of the copy will say, with the choices you made. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of one file, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values from your disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show what stays the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read, so it cannot be shown here; it will be named in the result if it cannot be copied either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyProgressPage</name>
    <message>
        <source>Making your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your original is only read, never changed. You can stop at any time; nothing is kept then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disc could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding where to cut your face away from the 3D scans of your head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymizing file %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy: reading it back, pictures included, %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that your face is gone from the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping, and removing what was written…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyResultPage</name>
    <message>
        <source>What the check found, and files not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the copy in ScanShield</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture file(s) copied to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your face was cut away from the 3D scans of your head (%n picture(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text written into %n picture(s) was blacked out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that are not pictures copied as they were, into the folder OTHER.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All dates were moved by the same number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be copied; they are listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The copy&apos;s README.TXT says what was done, for whoever receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was stopped. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your anonymized copy is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: nothing that identifies you was found in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield read every file of the copy back, and the text in its pictures, looking for your name, ID numbers, birth date and every other detail it found on your disc. None was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is not safe yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not give this copy to anyone yet: details of yours are still in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield read the copy back and found what is listed below. You can delete the copy, change your choices (leave out the files named here) and make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still in the copy: %1%2, in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyWizard</name>
    <message>
        <source>Make a safe copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::TextInPictureDialog</name>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other piece(s) of text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The pink boxes show text ScanShield read in this picture: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box with the solid line is the text you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box with the solid line is the text you chose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer read these letters, so some may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in your picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the boxes show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture, with the text ScanShield read in it outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the boxes off to see the picture as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture in the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, image %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture %1 of %2 with this text: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::viewer::FaceView</name>
    <message>
        <source>3D picture of your head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to turn the head, use the mouse wheel to zoom.
The arrow keys turn it too; Home shows the face again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 3D picture yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can rebuild this picture of your face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This series has no pictures to build a head from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the 3D picture of your head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanShield found no outline of a head in this series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D picture was stopped before it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to turn the head · wheel to zoom · arrow keys turn it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with a copy of this disc can still rebuild a picture of your face from this series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display, and there is none here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display, and the one here cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D picture needs a graphics display with OpenGL, and the one here has none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::viewer::SliceView</name>
    <message>
        <source>Picture viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll or use the arrow keys to move through the images.
Drag to change brightness and contrast.
Right-drag or Ctrl+scroll to zoom; middle-drag or Shift+drag to move the picture.
Double-click or press R to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such image in this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Colour picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Brightness and contrast %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this picture could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::volume</name>
    <message>
        <source>no part of the scan looks like a brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan holds no pictures to look for a brain in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no head was found in the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its picture has no size in its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pictures are in colour, and ScanShield defaces only grey scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pictures are stored in a way ScanShield cannot deface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pictures do not say where they lie in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no cut to deface with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pictures are compressed in a way ScanShield cannot decode to remove the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its picture data cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its picture data is shorter than its pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the brain outline does not fit the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no brain was found, so there is no safe place to cut the face off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face cannot be seen any more: %1% of its surface is left, %2 of its %3 landmarks, and what is left is smooth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face can still be seen: %1% of its surface is where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face can still be seen: %1 of its landmarks (nose, lips, chin...) are still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face can still be seen: its surface was moved or changed, but it still has the shape of a face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face could not be measured, so it must be taken as visible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top of the nose and the forehead are cut off in this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dip between the nose and the forehead (the nasion) was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dip under the nose was found, so the lips were not looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chin stands out below the nose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower face is cut off in this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chin stands out below the lips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chin is cut off in this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lips do not stand out between the nose and the chin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skin was found where the nose should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the nose, the rest of the face was not looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tip of the nose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top of the nose, between the eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face was not found on this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture of the face could be drawn from this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front of the face could not be told apart from the rest of the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan does not say how its pictures are oriented, so it is not known which side is the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head is too small or too much of it is cut off in this scan to look for a face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back of the head has the shape of a nose and the front does not: the scan may have recorded the patient&apos;s position wrongly, so the face may be on the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nose stands out at the front of the head, so this scan may not show the face, or the face is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both the front and the back of the head have a shape like a nose, so it is not sure which side is the face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not a CT or MRI scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this series holds no pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen captures, not a scan a face can be rebuilt from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %n picture(s): a scout view or single pictures, not a 3D scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scout pictures (localizers) taken to plan the scan, not a 3D scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pictures cover only %1 mm, too little to hold a face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 3D %1 of %2 pictures over %3 mm (the pictures do not say how large they are): a face may be rebuilt from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each picture shows only %1 x %2 mm, too small to hold a face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 3D %1 of %2 pictures over %3 mm, each %4 x %5 mm: large enough to rebuild a face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is empty or its size does not match its pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pictures of this series do not lie in one stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pictures of this series are spread too unevenly to make a 3D volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this series has no pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this series has only %n picture(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pictures have no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pictures of this series all lie in the same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %n picture(s) of this series lie in one stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n picture(s) of a different size or direction than the rest of the series (such as a scout view) were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n picture(s) do not say where they lie and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n picture(s) lie where another picture of the series already lies (such as a second echo or time point) and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n picture file(s) could not be read and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n picture(s) could not be decoded (%1); their slices of the volume are left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner was tilted by %1 degrees; the volume follows the tilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pictures are not evenly spaced (%1 to %2 mm apart); the volume was resampled to an even %3 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pictures do not say how large their pixels are; 1 mm was assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pictures do not lie on one straight line (up to %1 mm off); the volume puts them on the line from the first to the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n value(s) were too large for the volume and were capped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::volume::FacePass</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skin was found in this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nose is not in this scan to measure against, but the head reaches down to the height of the eyes: ScanShield counts your face as visible, as it cannot prove otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanshield::volume::VolumeBuilder</name>
    <message>
        <source>Making the 3D volume was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pictures of this series could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this series is too large for the memory of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the pictures of this series could be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
