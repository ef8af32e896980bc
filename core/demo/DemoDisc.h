#pragma once

// The demo disc: an entirely fictional but realistic patient imaging CD, written on demand so
// that people can try ScanShield (and the tests can exercise it) without anyone's real scans.
// Every identifier on it belongs to one invented person, planted in all the places real discs
// hide them: DICOM attributes and nested sequences, vendor private tags, a structured report,
// text burned into ultrasound pixels, text files beside the images, and a face in a head CT.

#include <QString>

namespace scanshield::demo {

struct DemoIdentity {
    QString patientName;         // DICOM PN, "Mustermann^Erika^Anne"
    QString patientNameReadable; // "Erika Anne Mustermann"
    QString patientId;
    QString birthDate; // YYYYMMDD
    QString otherPatientId;
    QString address;
    QString phone;
    QString accessionNumber; // of the first (CT) study; the second study has its own
    QString institution;
    QString referringPhysician;  // DICOM PN with a non-ASCII letter
    QString performingPhysician; // DICOM PN
    QString operatorName;        // DICOM PN
    QString stationName;
    QString deviceSerial;
};

// The fictional identity planted everywhere on the demo disc.
const DemoIdentity& demoIdentity();

struct DemoDiscResult {
    bool ok = false;
    QString error;      // a sentence for a person when ok is false
    int imageFiles = 0; // DICOM files with pixel data
    int seriesCount = 0;
    int studyCount = 0;
};

// Writes the disc into outputDir, which is created if absent and must otherwise be empty.
// The output is byte-for-byte deterministic (fixed UIDs, fixed noise seeds, no clock).
// On failure, whatever was written is removed again, so no half disc is left behind.
DemoDiscResult writeDemoDisc(const QString& outputDir);

} // namespace scanshield::demo
