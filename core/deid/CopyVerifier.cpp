#include "deid/CopyVerifier.h"

#include "deid/DateShift.h"
#include "exposure/ExposureScanner.h"
#include "exposure/IdentityTokens.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace scanshield::deid {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "CopyVerifier" (docs/ARCHITECTURE.md, "Translations").
class CopyVerifierText {
    Q_DECLARE_TR_FUNCTIONS(CopyVerifier)
};

// Values anonymizers write in place of a detail (ScanShield's own dummies among them): an
// original that already held one does not make the copy's one a leak.
bool isPlaceholder(const QString& value)
{
    static const QSet<QString> placeholders = {QStringLiteral("ANONYMIZED"), QStringLiteral("ANONYMOUS"),
                                               QStringLiteral("ANONYMISED"), QStringLiteral("19000101"),
                                               QStringLiteral("000000"), QStringLiteral("19000101000000")};
    return placeholders.contains(value.trimmed().toUpper());
}

// The original's identifying values that must not be in the same attribute of the copy, as
// "attribute value". By attribute, because the anonymizer never moves a value: a description
// "Echo" in the copy is not the original's Study ID "Echo" (names and IDs are found anywhere
// by the identity tokens instead).
QString keyOf(const exposure::Finding& f)
{
    return f.attribute + QChar(0x1F) + f.value;
}

QSet<QString> identifyingValues(const exposure::ExposureReport& original)
{
    QSet<QString> values;
    for (const exposure::Finding& f : original.findings) {
        switch (f.category) {
        case exposure::Category::Identity:
        case exposure::Category::Dates:
        case exposure::Category::Places:
        case exposure::Category::People:
        case exposure::Category::Devices:
        case exposure::Category::Private:
            break;
        default:
            continue;
        }
        // Short values ("F", "Y", "1") say nothing alone and occur everywhere. Of the dates
        // and times, the dates: a time of day or a time zone kept with moved dates names nobody.
        if (f.value.size() < 4 || isPlaceholder(f.value))
            continue;
        if (f.category == exposure::Category::Dates && !QDate::fromString(f.value.left(8), QStringLiteral("yyyyMMdd")).isValid())
            continue;
        values.insert(keyOf(f));
    }
    return values;
}

} // namespace

Verification verifyCopy(const QString& copyDir, const exposure::ExposureReport& original, const exposure::ExposureScanner& scanner,
                        const DeidOptions* options)
{
    Verification verification;
    // The original's identity, as the original's report knows it: what the copy's free text
    // (descriptions, files outside DICOM, text in the pictures) is searched for.
    const exposure::IdentityTokens tokens = exposure::IdentityTokens::fromReport(original);
    exposure::ExposureScanner copyScanner = scanner;
    copyScanner.setAlsoLookForInOtherFiles(tokens);
    // A face in the copy is measured against the original's by the defacing check
    // (Defacing.h), not rebuilt a second time here.
    copyScanner.setMeasureFaces(false);
    const exposure::ExposureScanner::DiscExposure copy = copyScanner.scanDisc(copyDir);
    if (!copy.scan.opened) {
        verification.note = CopyVerifierText::tr("The copy could not be read back: %1").arg(copy.scan.error);
        return verification;
    }
    const QSet<QString> forbidden = identifyingValues(original);
    const bool datesMoved = options && options->dates == DateHandling::ShiftDates && options->dateShiftDays != 0;
    for (const exposure::Finding& f : copy.report.findings) {
        bool isOriginalValue = forbidden.contains(keyOf(f));
        if (isOriginalValue && datesMoved && f.category == exposure::Category::Dates) {
            // Moved back by the offset, the date is one of the original's: it was moved.
            exposure::Finding unmoved = f;
            unmoved.value = shiftDate(f.value.left(8), -options->dateShiftDays) + f.value.mid(8);
            isOriginalValue = !forbidden.contains(keyOf(unmoved));
        }
        const bool mentionsPatient = !(f.category == exposure::Category::BurnedIn ? tokens.mentionsInReadText(f.value)
                                                                                  : tokens.mentionsIn(f.value))
                                          .isEmpty();
        if (isOriginalValue || mentionsPatient || f.category == exposure::Category::Private)
            verification.findings.append(f);
    }
    verification.note = copy.report.burnedInNote;
    verification.passed = verification.findings.isEmpty() && copy.report.burnedInNote.isEmpty() && !copy.report.cancelled;
    return verification;
}

} // namespace scanshield::deid
