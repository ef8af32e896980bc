#include "exposure/ExposureScanner.h"

#include "dicom/DicomBytes.h"
#include "exposure/BurnedInPass.h"
#include "exposure/DatasetWalk.h"
#include "exposure/FindingCollector.h"
#include "exposure/IdentityTokens.h"
#include "exposure/OcrEngine.h"

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace scanshield::exposure {

namespace {

constexpr qint64 kMaxOtherFileBytes = 4 * 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("ExposureScanner", text);
}

QString tagText(quint32 tag)
{
    return QStringLiteral("(%1,%2)").arg(tag >> 16, 4, 16, QLatin1Char('0')).arg(tag & 0xFFFF, 4, 16, QLatin1Char('0')).toUpper();
}

QString binaryNote(qint64 length)
{
    return tr("binary data, %1 bytes").arg(QLocale().toString(length));
}

// Where an element sits inside its file, for advocates: "Request Attributes Sequence › Requested Procedure ID".
QString whereInFile(const VisitedElement& element, const QString& name)
{
    if (element.path.isEmpty())
        return {};
    return element.path.join(QStringLiteral(" › ")) + QStringLiteral(" › ") + name;
}

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
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts))
        if (!tokens.mentionsIn(line).isEmpty())
            return line.simplified().left(200);
    return {};
}

QString otherFilePlainName(media::OtherFileKind kind)
{
    switch (kind) {
    case media::OtherFileKind::Text: return tr("A text file on the disc");
    case media::OtherFileKind::WebPage: return tr("A web page on the disc");
    case media::OtherFileKind::Program: return tr("A program on the disc");
    case media::OtherFileKind::Picture: return tr("An ordinary picture on the disc");
    case media::OtherFileKind::PdfDocument: return tr("A PDF document on the disc");
    case media::OtherFileKind::Archive: return tr("A compressed archive on the disc");
    case media::OtherFileKind::Settings: return tr("A settings file on the disc");
    case media::OtherFileKind::Unknown: break;
    }
    return tr("A file of unknown type on the disc");
}

bool isReadableText(media::OtherFileKind kind)
{
    return kind == media::OtherFileKind::Text || kind == media::OtherFileKind::WebPage || kind == media::OtherFileKind::Settings;
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

class FileExaminer {
public:
    FileExaminer(const AttributeCatalogue& catalogue, IdentityTokens& tokens, FindingCollector& collector)
        : m_catalogue(catalogue), m_tokens(tokens), m_collector(collector)
    {
    }

    void examine(DcmFileFormat& file, const QString& path)
    {
        m_path = path;
        const ElementVisitor visit = [this](const VisitedElement& element) { visitElement(element); };
        walkDataset(*file.getMetaInfo(), visit);
        walkDataset(*file.getDataset(), visit);
    }

private:
    void visitElement(const VisitedElement& element)
    {
        if (element.isSequence || element.length == 0)
            return; // a sequence's items are walked; an empty value reveals nothing
        if (element.tag >> 16 & 1)
            return visitPrivate(element);
        if (const AttributeInfo* info = m_catalogue.find(element.tag))
            return visitCatalogued(element, *info);
        // Not in the standard's table, so harmless in itself; free text may still name you.
        if (!element.isText || element.vr == QLatin1String("UI"))
            return;
        Finding finding;
        finding.mentions = m_tokens.mentionsIn(element.value);
        if (finding.mentions.isEmpty())
            return;
        finding.category = Category::FreeText;
        finding.attribute = tagText(element.tag);
        finding.standardName = element.name;
        finding.plainName = tr("Other text in the file");
        finding.explanation = tr("This text is not meant to identify you, but it contains your name, an ID or your birth date.");
        finding.value = element.value;
        m_collector.add(finding, m_path, whereInFile(element, element.name));
    }

    void visitCatalogued(const VisitedElement& element, const AttributeInfo& info)
    {
        Finding finding;
        finding.category = info.category;
        finding.attribute = tagText(element.tag);
        finding.standardName = info.standardName;
        finding.plainName = info.plainName;
        finding.explanation = info.explanation;
        finding.safeHarbor = info.safeHarbor;
        finding.isUid = info.isUid;
        if (element.isText)
            finding.value = element.value.trimmed();
        else
            finding.valueNote = binaryNote(element.length);
        if (info.category != Category::Identity)
            finding.mentions = m_tokens.mentionsIn(finding.value);
        // Identifiers met anywhere (another ID, a name in a sequence) are looked for in free text too.
        if (info.category == Category::Identity && info.safeHarbor == QLatin1String("names"))
            m_tokens.addName(finding.value);
        else if (info.category == Category::Identity && info.safeHarbor == QLatin1String("medical_record"))
            m_tokens.addId(finding.value);
        m_collector.add(finding, m_path, whereInFile(element, info.standardName));
    }

    void visitPrivate(const VisitedElement& element)
    {
        const AttributeInfo* privateRow = m_catalogue.privateAttributes();
        Finding finding;
        finding.category = Category::Private;
        finding.safeHarbor = privateRow ? privateRow->safeHarbor : QString();
        finding.standardName = element.isPrivateCreator ? tr("Private Creator") : (element.name.isEmpty() ? tr("Private data") : element.name);
        if (element.isPrivateCreator) {
            finding.attribute = tagText(element.tag);
            finding.plainName = tr("The name of a vendor's private data block");
            finding.explanation = tr("Says which maker's software wrote private data into the file; the data itself may identify you.");
        } else {
            finding.attribute = tagText(element.tag) + (element.privateCreator.isEmpty() ? QString() : QLatin1Char(' ') + element.privateCreator);
            finding.plainName = element.privateCreator.isEmpty() ? tr("Vendor data") : tr("Vendor data (%1)").arg(element.privateCreator);
            finding.explanation = privateRow ? privateRow->explanation
                                             : tr("Data the scanner's maker stored in its own format; it may hold identifying details.");
        }
        if (element.isText) {
            finding.value = element.value.trimmed();
            finding.mentions = m_tokens.mentionsIn(finding.value);
        } else {
            finding.valueNote = tr("binary vendor data that may hold identifiers, %1 bytes").arg(QLocale().toString(element.length));
        }
        m_collector.add(finding, m_path, whereInFile(element, finding.standardName));
    }

    const AttributeCatalogue& m_catalogue;
    IdentityTokens& m_tokens;
    FindingCollector& m_collector;
    QString m_path;
};

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

ExposureReport ExposureScanner::scan(const media::DiscIndex& index, media::DiscSource& source) const
{
    ExposureReport report;
    // The patient's identifiers as the index knows them; `tokens` grows with every other ID and
    // name met on the way (to find them in free text), `patient` stays the patient's own.
    const IdentityTokens patient = IdentityTokens::fromIndex(index);
    IdentityTokens tokens = patient;
    FindingCollector collector;
    FileExaminer examiner(m_catalogue, tokens, collector);

    QStringList dicomFiles = index.mediaDirectories;
    for (const media::PatientEntry& p : index.patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& r : s.series)
                for (const media::IndexedInstance& i : r.instances)
                    dicomFiles.append(i.path);
    // Progress counts files, then the images read for burned-in text.
    const QList<const media::IndexedInstance*> images = imagesOf(index);
    const int total = int(dicomFiles.size() + index.otherFiles.size() + images.size());
    int done = 0;

    for (const QString& path : dicomFiles) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QString local = source.localPath(path);
        dicom::LoadedDicom loaded;
        if (!local.isEmpty()) {
            loaded = dicom::loadDicomFile(local);
        } else {
            QString error;
            const std::optional<QByteArray> bytes = source.readFile(path, error);
            if (bytes)
                loaded = dicom::loadDicomBytes(*bytes);
        }
        // A file read only in part is still examined for what was read.
        if (loaded.file) {
            examiner.examine(*loaded.file, path);
            ++report.filesExamined;
        } else {
            report.filesNotExamined.append(path);
        }
        if (m_progress)
            m_progress(++done, total);
    }

    for (const media::OtherFile& other : index.otherFiles) {
        if (report.cancelled || (m_cancel && m_cancel->load())) {
            report.cancelled = true;
            break;
        }
        Finding finding;
        finding.category = Category::OutsideDicom;
        finding.attribute = QStringLiteral("file");
        finding.standardName = media::otherFileKindName(other.kind);
        finding.plainName = otherFilePlainName(other.kind);
        finding.explanation = tr("Files outside the images travel with every copy of the disc; ScanShield read its text for your details.");
        if (isReadableText(other.kind) && other.size <= kMaxOtherFileBytes) {
            QString error;
            if (const std::optional<QByteArray> bytes = source.readFile(other.path, error)) {
                const QString text = readableText(*bytes, other.kind);
                finding.mentions = tokens.mentionsIn(text);
                finding.value = firstMentioningLine(text, tokens);
            }
        } else if (!isReadableText(other.kind)) {
            finding.explanation = tr("Files outside the images travel with every copy of the disc; this one is not text, so ScanShield cannot read it for your details.");
        }
        collector.add(finding, other.path, QString());
        ++report.filesExamined;
        if (m_progress)
            m_progress(++done, total);
    }

    if (!report.cancelled)
        findBurnedInText(images, source, tokens, m_ocr ? *m_ocr : OcrEngine::forThisThread(), collector, report, m_cancel,
                         [&] {
                             if (m_progress)
                                 m_progress(++done, total);
                         });

    report.findings = collector.take();
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
    return report;
}

} // namespace scanshield::exposure
