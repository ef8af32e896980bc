#include "deid/CopyVerifier.h"

#include "exposure/ExposureScanner.h"
#include "exposure/IdentityTokens.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace scanshield::deid {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CopyVerifier", text);
}

// The original's values that must not be in the copy.
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
        if (f.value.size() < 4)
            continue;
        if (f.category == exposure::Category::Dates && !QDate::fromString(f.value.left(8), QStringLiteral("yyyyMMdd")).isValid())
            continue;
        values.insert(f.value);
    }
    return values;
}

} // namespace

Verification verifyCopy(const QString& copyDir, const exposure::ExposureReport& original, const exposure::ExposureScanner& scanner)
{
    Verification verification;
    const exposure::ExposureScanner::DiscExposure copy = scanner.scanDisc(copyDir);
    if (!copy.scan.opened) {
        verification.note = tr("The copy could not be read back: %1").arg(copy.scan.error);
        return verification;
    }
    // The original's identity, as the original's report knows it.
    exposure::IdentityTokens tokens;
    for (const exposure::Finding& f : original.findings) {
        if (f.attribute == QLatin1String("(0010,0030)"))
            tokens.addBirthDate(f.value); // Patient's Birth Date
        if (f.category != exposure::Category::Identity || f.isUid)
            continue;
        if (f.safeHarbor == QLatin1String("names"))
            tokens.addName(f.value);
        else if (f.safeHarbor == QLatin1String("medical_record"))
            tokens.addId(f.value);
    }
    const QSet<QString> forbidden = identifyingValues(original);
    for (const exposure::Finding& f : copy.report.findings) {
        const bool isOriginalValue = forbidden.contains(f.value);
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
