#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace scanshield::deid {

// What happens to dates (PS3.15 E.3.6): removed or emptied as the Basic Profile says, kept as
// they are, or all moved by one offset, which keeps the intervals between scans.
enum class DateHandling { BasicProfile, RetainFullDates, ShiftDates };

// The options of the Basic Application Level Confidentiality Profile (PS3.15 Table E.1-1),
// as a person picks them. Each option is a column of the standard's table; the table, not
// code, says what it changes for each attribute.
struct DeidOptions {
    DateHandling dates = DateHandling::ShiftDates;
    bool retainPatientCharacteristics = false; // age, sex, size, weight...
    bool retainDeviceIdentity = false;         // scanner serial numbers, station names
    bool retainInstitutionIdentity = false;    // hospital name and address
    bool retainUids = false;                   // the original reference numbers
    bool retainSafePrivate = false;            // vendor data known to be safe
    bool cleanDescriptors = true;              // keep descriptions that do not name the patient
    bool cleanStructuredContent = false;
    bool cleanGraphics = false;
    bool cleanPixelData = true;                // black out text burned into the pictures
    // Clean Recognizable Visual Features (PS3.15 E.3.1, code 113102): the face cut from head
    // CT and MRI volumes (core/volume/Defacer.h). Off by default: it changes the images.
    bool cleanRecognizableVisualFeatures = false;

    int dateShiftDays = 0;     // with ShiftDates: the one offset for the whole disc
    QByteArray uidSecret;      // UIDs are derived from it; never stored

    // The default for patients: Basic Profile, dates shifted by one random offset for the
    // whole disc, harmless descriptions kept, private data removed, burned-in text blacked
    // out; a fresh random secret for the new UIDs.
    static DeidOptions patientDefault();

    // The columns of the standard's table these options select ("rtnLongModifDatesOpt"...).
    QStringList tableColumns() const;
    // The codes of DCM CID 7050 for these options, 113100 (Basic Profile) first.
    QStringList methodCodes() const;
};

} // namespace scanshield::deid
