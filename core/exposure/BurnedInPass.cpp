#include "exposure/BurnedInPass.h"

#include "exposure/BurnedInText.h"
#include "exposure/FindingCollector.h"
#include "exposure/IdentityTokens.h"
#include "media/DiscSource.h"
#include "pixels/DicomImageFile.h"

#include <QCoreApplication>

namespace scanshield::exposure {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "BurnedInPass" (docs/ARCHITECTURE.md, "Translations").
class BurnedInPassText {
    Q_DECLARE_TR_FUNCTIONS(BurnedInPass)
};

pixels::DicomImageFile openImage(const QString& path, media::DiscSource& source)
{
    const QString local = source.localPath(path);
    if (!local.isEmpty())
        return pixels::DicomImageFile::open(local);
    QString error;
    if (const std::optional<QByteArray> bytes = source.readFile(path, error))
        return pixels::DicomImageFile::fromBytes(*bytes);
    return {};
}

Finding findingFor(const BurnedInLine& line, const QString& path, const IdentityTokens& tokens)
{
    Finding finding;
    finding.category = Category::BurnedIn;
    finding.attribute = QStringLiteral("pixels");
    finding.standardName = BurnedInPassText::tr("Burned In Annotation");
    finding.plainName = BurnedInPassText::tr("Text burned into the picture");
    finding.explanation = BurnedInPassText::tr("This text is part of the picture itself. Removing your details from the file does not remove it: "
                                               "it has to be blacked out in the picture.");
    finding.value = line.text;
    finding.mentions = tokens.mentionsInReadText(line.text);
    finding.boxes.append(TextBox{path, line.frame, line.box.x(), line.box.y(), line.box.width(), line.box.height(), line.text});
    return finding;
}

} // namespace

QList<const media::IndexedInstance*> imagesOf(const media::DiscIndex& index)
{
    QList<const media::IndexedInstance*> images;
    for (const media::PatientEntry& p : index.patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& r : s.series)
                for (const media::IndexedInstance& i : r.instances)
                    if (i.header.isImage() && i.header.hasPixelData && !i.header.isMediaDirectory())
                        images.append(&i);
    return images;
}

void findBurnedInText(const QList<const media::IndexedInstance*>& images, media::DiscSource& source,
                      const IdentityTokens& tokens, OcrEngine& engine, FindingCollector& collector,
                      ExposureReport& report, const std::atomic_bool* cancel, const std::function<void()>& imageDone)
{
    const bool ocrAvailable = engine.isAvailable();
    int notChecked = 0;   // likely to carry text, but no OCR
    int notDecoded = 0;
    for (const media::IndexedInstance* instance : images) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        ++report.imagesConsidered;
        if (!ocrAvailable) {
            // Without OCR there is nothing to gain from decoding: count what could not be checked.
            notChecked += mayCarryBurnedInText(instance->header) ? 1 : 0;
        } else {
            const pixels::DicomImageFile image = openImage(instance->path, source);
            const BurnedInScan scan = scanImageForText(image, instance->header, engine, cancel);
            notDecoded += scan.decoded ? 0 : 1;
            report.imagesFlaggedByDetector += scan.flaggedByDetector ? 1 : 0;
            report.imagesSentToOcr += scan.sentToOcr ? 1 : 0;
            for (const BurnedInLine& line : scan.lines)
                collector.add(findingFor(line, instance->path, tokens), instance->path, QString());
        }
        if (imageDone)
            imageDone();
    }

    QStringList notes;
    if (!ocrAvailable) {
        notes.append(BurnedInPassText::tr("Text burned into the pictures could not be checked, because %1.").arg(engine.unavailableReason()));
        if (notChecked > 0)
            notes.append(BurnedInPassText::tr("%n picture(s) of a kind that often has text in it (ultrasound, screen captures, photos) "
                                              "may show your details without ScanShield knowing.", nullptr, notChecked));
    }
    if (notDecoded > 0)
        notes.append(BurnedInPassText::tr("%n picture(s) could not be decoded, so they were not checked for burned-in text.", nullptr, notDecoded));
    report.burnedInNote = notes.join(QLatin1Char(' '));
}

} // namespace scanshield::exposure
