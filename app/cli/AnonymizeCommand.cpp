// scanshield-cli anonymize PATH --output DIR: an anonymized copy of a disc, verified before
// it is called safe.
#include "cli/CliCommands.h"

#include "deid/CopyVerifier.h"
#include "deid/DiscCopy.h"
#include "exposure/ExposureScanner.h"
#include "exposure/IdentityTokens.h"
#include "exposure/ReportJson.h"
#include "store/Database.h"
#include "store/JobLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace scanshield::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonObject toJson(const deid::CopyResult& copy, const deid::Verification& verification, const QString& output)
{
    QJsonArray findings;
    for (const exposure::Finding& f : verification.findings)
        findings.append(exposure::findingToJson(f));
    return QJsonObject{
        {QStringLiteral("output"), QDir::toNativeSeparators(output)},
        {QStringLiteral("written"), copy.written},
        {QStringLiteral("files_written"), copy.filesWritten},
        {QStringLiteral("pictures_cleaned"), copy.picturesCleaned},
        {QStringLiteral("not_copied"), QJsonArray::fromStringList(copy.notCopied)},
        {QStringLiteral("error"), copy.error},
        {QStringLiteral("verification"), QJsonObject{{QStringLiteral("passed"), verification.passed},
                                                     {QStringLiteral("note"), verification.note},
                                                     {QStringLiteral("findings"), findings}}},
    };
}

} // namespace

int runAnonymize(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Make an anonymized copy of a disc on this computer, and check it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("A disc folder, a DICOMDIR, a ZIP or an ISO file."));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("The new folder for the copy (must not hold files)."), QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption keepDates(QStringLiteral("keep-dates"), tr("Keep the real dates (by default all dates move by one offset)."));
    const QCommandLineOption removeDates(QStringLiteral("remove-dates"), tr("Remove dates as the Basic Profile says instead of moving them."));
    const QCommandLineOption keepUids(QStringLiteral("keep-uids"), tr("Keep the original reference numbers (UIDs)."));
    const QCommandLineOption keepDevice(QStringLiteral("keep-device"), tr("Keep the scanner's identity (serial numbers, station names)."));
    const QCommandLineOption keepInstitution(QStringLiteral("keep-institution"), tr("Keep the hospital's name and address."));
    const QCommandLineOption keepCharacteristics(QStringLiteral("keep-patient-characteristics"), tr("Keep age, sex, size and weight."));
    const QCommandLineOption removeDescriptions(QStringLiteral("remove-descriptions"), tr("Remove every description, even those that name nobody."));
    const QCommandLineOption skipBurnedIn(QStringLiteral("skip-burned-in-text"), tr("Do not read the pictures for text; the copy then cannot be verified."));
    parser.addOptions({outputOption, jsonOption, keepDates, removeDates, keepUids, keepDevice, keepInstitution, keepCharacteristics,
                       removeDescriptions, skipBurnedIn});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseDiscCommand(parser, QStringLiteral("anonymize"), arguments))
        return *done;
    if (!parser.isSet(outputOption) || (parser.isSet(keepDates) && parser.isSet(removeDates))) {
        err << tr("anonymize needs --output DIR, and at most one of --keep-dates and --remove-dates.") << "\n";
        return ExitUsage;
    }
    deid::DeidOptions options = deid::DeidOptions::patientDefault();
    if (parser.isSet(keepDates))
        options.dates = deid::DateHandling::RetainFullDates;
    if (parser.isSet(removeDates))
        options.dates = deid::DateHandling::BasicProfile;
    options.retainUids = parser.isSet(keepUids);
    options.retainDeviceIdentity = parser.isSet(keepDevice);
    options.retainInstitutionIdentity = parser.isSet(keepInstitution);
    options.retainPatientCharacteristics = parser.isSet(keepCharacteristics);
    options.cleanDescriptors = !parser.isSet(removeDescriptions);

    const QString path = parser.positionalArguments().first();
    const QString output = QDir(parser.value(outputOption)).absolutePath();
    exposure::ExposureScanner scanner;
    scanner.setReadBurnedInText(!parser.isSet(skipBurnedIn));
    // The original's report: what must not be in the copy.
    const exposure::ExposureScanner::DiscExposure original = scanner.scanDisc(path);
    if (!original.scan.opened) {
        err << original.scan.error << "\n";
        return ExitUnreadableInput;
    }
    QString error;
    const std::unique_ptr<media::DiscSource> source = media::openDiscSource(path, error);
    if (!source) {
        err << error << "\n";
        return ExitUnreadableInput;
    }
    deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), options);
    // Every text read in the pictures is blacked out, not only what names the patient: a
    // date, a hospital or a doctor's initials identify too.
    QHash<QString, QList<QRect>> textBoxes;
    for (const exposure::Finding& f : original.report.findings)
        for (const exposure::TextBox& box : f.boxes)
            textBoxes[box.file].append(QRect(box.x, box.y, box.width, box.height));
    copier.setTextToBlackOut(textBoxes);
    // Descriptions are checked against every name and ID the report found, as the check of
    // the copy will be.
    const deid::CopyResult copy = copier.copy(original.scan.index, *source, output,
                                              exposure::IdentityTokens::fromReport(original.report));
    deid::Verification verification;
    if (copy.written)
        verification = deid::verifyCopy(output, original.report, scanner);

    if (copy.written) {
        // Remembered without anything about the patient (store/JobLog.h); a database that
        // cannot be opened costs the person nothing but this line.
        store::Database database;
        store::AnonymizationJob job;
        job.finished = QDateTime::currentDateTimeUtc();
        job.options = options.methodCodes().join(QLatin1Char(' '));
        job.filesWritten = copy.filesWritten;
        job.filesNotCopied = int(copy.notCopied.size());
        job.picturesCleaned = copy.picturesCleaned;
        job.verified = verification.passed;
        job.findingsLeft = int(verification.findings.size());
        QString dbError;
        if (!store::recordAnonymization(database, job, &dbError))
            err << tr("Note: the copy could not be noted in ScanShield's history: %1").arg(dbError) << "\n";
    }
    if (parser.isSet(jsonOption)) {
        const QByteArray json = QJsonDocument(toJson(copy, verification, output)).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else if (copy.written) {
        out << tr("Copied %1 files to %2.").arg(copy.filesWritten).arg(QDir::toNativeSeparators(output)) << "\n";
        if (verification.passed) {
            out << tr("Checked: nothing that identifies the patient was found in the copy.") << "\n";
        } else {
            out << tr("The copy is NOT safe yet: it still holds details of the patient.") << "\n";
            if (!verification.note.isEmpty())
                out << "  " << verification.note << "\n";
            for (const exposure::Finding& f : verification.findings)
                out << "  " << f.plainName << " [" << tr("files: %1").arg(f.files.size()) << "]\n";
        }
    }
    if (!copy.written) {
        err << copy.error << "\n";
        return ExitFailed;
    }
    return verification.passed ? ExitOk : ExitFailed;
}

} // namespace scanshield::cli
