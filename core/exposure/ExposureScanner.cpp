#include "exposure/ExposureScanner.h"

#include "dicom/TagDictionary.h"
#include "exposure/BurnedInPass.h"
#include "exposure/DatasetWalk.h"
#include "exposure/ElementTally.h"
#include "exposure/FaceExposure.h"
#include "exposure/FindingBuilder.h"
#include "exposure/FindingCollector.h"
#include "exposure/IdentityTokens.h"
#include "exposure/OcrEngine.h"
#include "media/DiscDicom.h"
#include "media/HeaderParse.h"
#include "media/RandomAccessBytes.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <future>
#include <memory>
#include <vector>

namespace scanshield::exposure {

namespace {

constexpr qint64 kMaxOtherFileBytes = 4 * 1024 * 1024;

// This file's words for people. lupdate and the running program both file them under
// "ExposureScanner" (docs/ARCHITECTURE.md, "Translations").
class ExposureScannerText {
    Q_DECLARE_TR_FUNCTIONS(ExposureScanner)
};

// Text of a file outside DICOM, with the markup of web pages removed.
QString readableText(const QByteArray& bytes, media::OtherFileKind kind)
{
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(bytes);
    if (kind == media::OtherFileKind::WebPage) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.replace(tags, QStringLiteral(" "));
    }
    return text;
}

// The first line of a text that mentions the patient, shortened, to show as the value.
QString firstMentioningLine(const QString& text, const IdentityTokens& tokens)
{
    static const QRegularExpression lineBreaks(QStringLiteral("[\\r\\n]+"));
    for (const QString& line : text.split(lineBreaks, Qt::SkipEmptyParts))
        if (!tokens.mentionsIn(line).isEmpty())
            return line.simplified().left(200);
    return {};
}

QString otherFilePlainName(media::OtherFileKind kind)
{
    switch (kind) {
    case media::OtherFileKind::Text: return ExposureScannerText::tr("A text file on the disc");
    case media::OtherFileKind::WebPage: return ExposureScannerText::tr("A web page on the disc");
    case media::OtherFileKind::Program: return ExposureScannerText::tr("A program on the disc");
    case media::OtherFileKind::Picture: return ExposureScannerText::tr("An ordinary picture on the disc");
    case media::OtherFileKind::PdfDocument: return ExposureScannerText::tr("A PDF document on the disc");
    case media::OtherFileKind::Archive: return ExposureScannerText::tr("A compressed archive on the disc");
    case media::OtherFileKind::Settings: return ExposureScannerText::tr("A settings file on the disc");
    case media::OtherFileKind::Unknown: break;
    }
    return ExposureScannerText::tr("A file of unknown type on the disc");
}

Level levelOf(const QList<Finding>& findings, Category category)
{
    Level level = Level::Green;
    for (const Finding& f : findings) {
        if (f.category != category)
            continue;
        if ((!f.safeHarbor.isEmpty() && !f.isUid) || !f.mentions.isEmpty())
            return Level::Red;
        level = Level::Amber;
    }
    return level;
}

// The DICOMDIRs and the DICOM files of the index, in index order.
QStringList dicomFilesOf(const media::DiscIndex& index)
{
    QStringList files = index.mediaDirectories;
    for (const media::PatientEntry& p : index.patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& r : s.series)
                for (const media::IndexedInstance& i : r.instances)
                    files.append(i.path);
    return files;
}

// A file DCMTK reads (big endian, deflate, damage the fast walker declines). A file read
// only in part is still examined for what was read. False when DCMTK cannot open it.
bool tallyWithDcmtk(const QString& path, media::DiscSource& source, ElementTally& tally)
{
    const dicom::LoadedDicom loaded = media::loadDicomFromDisc(source, path);
    if (!loaded.file)
        return false;
    walkWithDcmtk(*loaded.file, path, tally);
    return true;
}

// A file read again after the index was made: the fast walker, DCMTK for what it declines.
bool tallyFile(const QString& path, media::DiscSource& source, ElementTally& tally)
{
    std::unique_ptr<media::RandomAccessBytes> bytes;
    const QString local = source.localPath(path);
    if (!local.isEmpty()) {
        bytes = std::make_unique<media::RandomAccessBytes>(local);
    } else {
        QString error;
        if (const std::optional<QByteArray> whole = source.readFile(path, error))
            bytes = std::make_unique<media::RandomAccessBytes>(*whole);
    }
    if (bytes && bytes->isOpen()) {
        tally.beginFile(path);
        const media::HeaderResult walked = media::parseHeaderFast(*bytes, &tally);
        const bool complete = walked.outcome == media::HeaderOutcome::Ok && walked.elementsComplete;
        tally.endFile(complete);
        if (complete)
            return true;
    }
    return tallyWithDcmtk(path, source, tally);
}

} // namespace

QString levelKey(Level level)
{
    switch (level) {
    case Level::Green: return QStringLiteral("green");
    case Level::Amber: return QStringLiteral("amber");
    case Level::Red: return QStringLiteral("red");
    }
    return {};
}

ExposureScanner::ExposureScanner(const AttributeCatalogue& catalogue) : m_catalogue(catalogue) {}

void ExposureScanner::setAlsoLookForInOtherFiles(const IdentityTokens& tokens)
{
    m_alsoLookFor = tokens;
}

ExposureReport ExposureScanner::scan(const media::DiscIndex& index, media::DiscSource& source) const
{
    ExposureReport report;
    ElementTally tally(m_catalogue);
    dicom::preloadTagDictionary(); // needed for names at the end; loaded meanwhile
    const QStringList dicomFiles = dicomFilesOf(index);
    const QList<const media::IndexedInstance*> images = imagesOf(index);
    Progress progress{0, int(dicomFiles.size() + index.otherFiles.size() + images.size())};
    for (const QString& path : dicomFiles) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            return report;
        }
        if (tallyFile(path, source, tally))
            ++report.filesExamined;
        else
            report.filesNotExamined.append(path);
        step(progress);
    }
    finish(index, source, tally, images, progress, report);
    return report;
}

ExposureScanner::DiscExposure ExposureScanner::scanDisc(const QString& path) const
{
    DiscExposure result;
    ElementTally tally(m_catalogue);
    media::DiscScanner scanner;
    scanner.setElementSink(&tally);
    scanner.setCancelFlag(m_cancel);
    if (m_progress)
        scanner.setProgressCallback([this](const media::ScanProgress& p) { m_progress(p.filesDone, p.filesTotal); });
    result.scan = scanner.scan(path);
    ExposureReport& report = result.report;
    if (!result.scan.opened || result.scan.cancelled) {
        report.cancelled = result.scan.cancelled;
        return result;
    }
    QString error;
    const std::unique_ptr<media::DiscSource> source = media::openDiscSource(path, error);
    if (!source) {
        result.scan.opened = false;
        result.scan.error = error;
        return result;
    }
    const media::DiscIndex& index = result.scan.index;
    const QList<const media::IndexedInstance*> images = imagesOf(index);
    Progress progress{index.filesTotal, int(index.filesTotal + images.size())};
    for (const QString& file : dicomFilesOf(index)) {
        // Files the fast walker could not finish in the same pass are read again by DCMTK.
        if (tally.isComplete(file) || tallyWithDcmtk(file, *source, tally))
            ++report.filesExamined;
        else
            report.filesNotExamined.append(file);
    }
    finish(index, *source, tally, images, progress, report, false);
    return result;
}

void ExposureScanner::step(Progress& progress) const
{
    ++progress.done;
    if (m_progress)
        m_progress(progress.done, progress.total);
}

void ExposureScanner::finish(const media::DiscIndex& index, media::DiscSource& source, const ElementTally& tally,
                             const QList<const media::IndexedInstance*>& images, Progress& progress, ExposureReport& report,
                             bool countOtherFiles) const
{
    // The patient's identifiers as the index knows them; `tokens` grows with every other ID and
    // name met on the disc (to find them in free text), `patient` stays the patient's own.
    const IdentityTokens patient = IdentityTokens::fromIndex(index);
    IdentityTokens tokens = patient;
    FindingCollector collector;
    // Names for people come from DCMTK's dictionary, which takes a while to load: it loads
    // on another core while the identifiers are learnt and the files outside DICOM are read.
    dicom::preloadTagDictionary();
    learnIdentifiers(tally, m_catalogue, tokens);

    // Files outside DICOM are read on the other core while the element values become
    // findings; both only read `tokens`. Not for archives: their reader cannot be shared.
    std::vector<Finding> otherFindings;
    IdentityTokens otherFileTokens = tokens;
    otherFileTokens.addAll(m_alsoLookFor);
    const auto readOtherFiles = [&] {
        for (const media::OtherFile& other : index.otherFiles) {
            if (m_cancel && m_cancel->load())
                break;
            otherFindings.push_back(otherFileFinding(other, source, otherFileTokens));
        }
    };
    std::future<void> otherFilesRead;
    if (!source.isArchive())
        otherFilesRead = std::async(std::launch::async, readOtherFiles);
    addTallyFindings(tally, m_catalogue, tokens, collector);
    if (otherFilesRead.valid())
        otherFilesRead.get();
    else
        readOtherFiles();
    // After the files outside DICOM: the face pass uses every core, and reads the source.
    for (const Finding& face : m_measureFaces ? faceFindings(index, source, m_cancel) : quickFaceFindings(index))
        collector.add(face, face.files, {}, face.occurrences);
    for (std::size_t i = 0; i < otherFindings.size(); ++i) {
        collector.add(otherFindings[i], index.otherFiles[qsizetype(i)].path, QString());
        ++report.filesExamined;
        if (countOtherFiles)
            step(progress);
    }
    if (otherFindings.size() < std::size_t(index.otherFiles.size()))
        report.cancelled = true;

    if (!report.cancelled && m_readBurnedInText)
        findBurnedInText(images, source, tokens, m_ocr ? *m_ocr : OcrEngine::forThisThread(), collector, report, m_cancel,
                         [&] { step(progress); });
    else if (!m_readBurnedInText)
        report.burnedInNote = ExposureScannerText::tr("Text burned into the pictures was not checked, as asked.");

    report.findings = collector.take();
    summarise(patient, report);
}

Finding ExposureScanner::otherFileFinding(const media::OtherFile& other, media::DiscSource& source, const IdentityTokens& tokens)
{
    Finding finding;
    finding.category = Category::OutsideDicom;
    finding.attribute = QStringLiteral("file");
    finding.standardName = media::otherFileKindName(other.kind);
    finding.plainName = otherFilePlainName(other.kind);
    finding.explanation = ExposureScannerText::tr("Files outside the images travel with every copy of the disc; ScanShield read its text for your details.");
    if (media::isReadableText(other.kind) && other.size <= kMaxOtherFileBytes) {
        QString error;
        if (const std::optional<QByteArray> bytes = source.readFile(other.path, error)) {
            const QString text = readableText(*bytes, other.kind);
            finding.mentions = tokens.mentionsIn(text);
            finding.value = firstMentioningLine(text, tokens);
        }
    } else if (!media::isReadableText(other.kind)) {
        finding.explanation = ExposureScannerText::tr("Files outside the images travel with every copy of the disc; this one is not text, so ScanShield cannot read it for your details.");
    }
    finding.occurrences = 1;
    return finding;
}

void ExposureScanner::summarise(const IdentityTokens& patient, ExposureReport& report)
{
    for (Category category : kAllCategories) {
        CategorySummary summary;
        for (const Finding& f : report.findings)
            if (f.category == category) {
                ++(f.isUid ? summary.referenceNumbers : summary.findings);
                summary.occurrences += f.occurrences;
            }
        summary.level = levelOf(report.findings, category);
        report.categories.insert(category, summary);
    }
    for (const Finding& f : report.findings) {
        const bool isName = patient.isFormOfName(f.value);
        if (isName || patient.mentionsIn(f.value).contains(QStringLiteral("name")))
            report.name.places += f.occurrences;
        if (isName && !report.name.forms.contains(f.value))
            report.name.forms.append(f.value);
    }
}

} // namespace scanshield::exposure
