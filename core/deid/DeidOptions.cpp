#include "deid/DeidOptions.h"

#include <QRandomGenerator>

namespace scanshield::deid {

DeidOptions DeidOptions::patientDefault()
{
    DeidOptions options;
    QRandomGenerator* random = QRandomGenerator::system();
    // Between one and three years back, never zero: a shift of a few days would be easy to
    // guess from a known appointment.
    options.dateShiftDays = -int(random->bounded(365, 3 * 365 + 1));
    options.uidSecret.resize(32);
    for (char& byte : options.uidSecret)
        byte = char(random->bounded(256));
    return options;
}

QStringList DeidOptions::tableColumns() const
{
    QStringList columns;
    if (dates == DateHandling::RetainFullDates)
        columns << QStringLiteral("rtnLongFullDatesOpt");
    if (dates == DateHandling::ShiftDates)
        columns << QStringLiteral("rtnLongModifDatesOpt");
    if (retainPatientCharacteristics)
        columns << QStringLiteral("rtnPatCharsOpt");
    if (retainDeviceIdentity)
        columns << QStringLiteral("rtnDevIdOpt");
    if (retainInstitutionIdentity)
        columns << QStringLiteral("rtnInstIdOpt");
    if (retainUids)
        columns << QStringLiteral("rtnUIDsOpt");
    if (retainSafePrivate)
        columns << QStringLiteral("rtnSafePrivOpt");
    if (cleanDescriptors)
        columns << QStringLiteral("cleanDescOpt");
    if (cleanStructuredContent)
        columns << QStringLiteral("cleanStructContOpt");
    if (cleanGraphics)
        columns << QStringLiteral("cleanGraphOpt");
    return columns;
}

QStringList DeidOptions::methodCodes() const
{
    QStringList codes = {QStringLiteral("113100")};
    if (cleanPixelData)
        codes << QStringLiteral("113101");
    if (cleanRecognizableVisualFeatures)
        codes << QStringLiteral("113102");
    if (cleanGraphics)
        codes << QStringLiteral("113103");
    if (cleanStructuredContent)
        codes << QStringLiteral("113104");
    if (cleanDescriptors)
        codes << QStringLiteral("113105");
    if (dates == DateHandling::RetainFullDates)
        codes << QStringLiteral("113106");
    if (dates == DateHandling::ShiftDates)
        codes << QStringLiteral("113107");
    if (retainPatientCharacteristics)
        codes << QStringLiteral("113108");
    if (retainDeviceIdentity)
        codes << QStringLiteral("113109");
    if (retainUids)
        codes << QStringLiteral("113110");
    if (retainSafePrivate)
        codes << QStringLiteral("113111");
    if (retainInstitutionIdentity)
        codes << QStringLiteral("113112");
    return codes;
}

} // namespace scanshield::deid
