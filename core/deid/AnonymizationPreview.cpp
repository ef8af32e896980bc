#include "deid/AnonymizationPreview.h"

#include "deid/DatasetAnonymizer.h"
#include "dicom/BoundedText.h"
#include "dicom/CharsetDecoder.h"
#include "dicom/TagDictionary.h"
#include "exposure/AttributeCatalogue.h"
#include "media/DiscIndex.h"
#include "media/PlainWords.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvr.h>

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <map>

namespace scanshield::deid {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "AnonymizationPreview" (docs/ARCHITECTURE.md, "Translations").
class AnonymizationPreviewText {
    Q_DECLARE_TR_FUNCTIONS(AnonymizationPreview)
};

std::uint32_t tagOf(const DcmTagKey& key)
{
    return (std::uint32_t(key.getGroup()) << 16) | key.getElement();
}

// At most this many characters of a value: a long report text is not read in a table cell.
constexpr int kShownLength = 80;
// Longer values are described by their size and never read: a damaged file may claim a value
// of hundreds of megabytes that it does not hold, which DCMTK would allocate to read (a
// 719-byte text file read as DICOM claimed 544 MB; tests/unit/test_anonymization_preview_robustness.cpp).
constexpr Uint32 kMaxReadLength = 64 * 1024;

// Text and numbers are shown; data (OB, OW, UN, and the VRs DCMTK gives values it could not
// type, such as unknown tags and ambiguous OB/OW) is described by its size.
bool isShownAsText(DcmEVR evr)
{
    switch (evr) {
    case EVR_US: case EVR_SS: case EVR_UL: case EVR_SL: case EVR_FL: case EVR_FD: case EVR_AT: case EVR_xs:
        return true;
    default:
        return DcmVR(evr).isaString();
    }
}

QString characterSetOf(DcmDataset& dataset)
{
    return QString::fromLatin1(dicom::boundedText(dataset, DCM_SpecificCharacterSet).value_or(QByteArray()).constData());
}

QString readable(DcmElement& element, const QByteArray& characterSet)
{
    if (element.ident() == EVR_SQ) {
        const unsigned long items = static_cast<DcmSequenceOfItems&>(element).card();
        return AnonymizationPreviewText::tr("%n item(s)", nullptr, int(items));
    }
    if (element.getLength() == 0)
        return QString();
    if (!isShownAsText(element.ident()) || element.getLength() > kMaxReadLength)
        return AnonymizationPreviewText::tr("(%n byte(s) of data)", nullptr, int(std::min<Uint32>(element.getLength(), INT_MAX)));
    OFString value;
    element.getOFStringArray(value);
    QString text = dicom::decodeDicomText(QByteArrayView(value.c_str(), qsizetype(value.size())), characterSet,
                                          element.ident() == EVR_PN)
                       .trimmed();
    // Dates and names as people write them: "14 March 2023", "Jürgen Müller".
    if (element.ident() == EVR_DA && !text.contains(QLatin1Char('\\')))
        text = media::dicomDateInWords(text);
    else if (element.ident() == EVR_PN)
        text = media::readablePersonName(text);
    if (text.size() > kShownLength)
        text = text.left(kShownLength - 1) + QChar(0x2026);
    return text;
}

QString nameOf(std::uint32_t tag, const exposure::AttributeCatalogue& catalogue)
{
    if ((tag >> 16) % 2 == 1)
        return AnonymizationPreviewText::tr("Vendor data (private)");
    if (const exposure::AttributeInfo* info = catalogue.find(tag); info && !info->plainNameSource.isEmpty())
        return info->plainName();
    return dicom::tagName(tag);
}

// The readable top-level values of a dataset by tag, pixel data left out.
std::map<std::uint32_t, QString> valuesOf(DcmDataset& dataset)
{
    const QByteArray characterSet = characterSetOf(dataset).toLatin1();
    std::map<std::uint32_t, QString> values;
    for (unsigned long i = 0; i < dataset.card(); ++i) {
        DcmElement* element = dataset.getElement(i);
        if (!element || element->getTag() == DCM_PixelData)
            continue;
        values[tagOf(element->getTag())] = readable(*element, characterSet);
    }
    return values;
}

} // namespace

QList<AttributeChange> previewAnonymization(const DcmDataset& original, const DatasetAnonymizer& anonymizer,
                                            const exposure::AttributeCatalogue& catalogue)
{
    DcmDataset before(original);
    DcmDataset after(original);
    anonymizer.anonymize(after);
    anonymizer.markDeidentified(after);
    const std::map<std::uint32_t, QString> was = valuesOf(before);
    const std::map<std::uint32_t, QString> is = valuesOf(after);

    QList<AttributeChange> changes;
    QList<AttributeChange> kept;
    const auto row = [&](std::uint32_t tag, AttributeChange::Kind kind, const QString& b, const QString& a) {
        AttributeChange change{kind, dicom::tagNumber(tag), nameOf(tag, catalogue), b, a};
        (kind == AttributeChange::Kind::Kept ? kept : changes).append(change);
    };
    for (const auto& [tag, value] : was) {
        const auto found = is.find(tag);
        if (found == is.end())
            row(tag, AttributeChange::Kind::Removed, value, QString());
        else if (found->second == value)
            row(tag, AttributeChange::Kind::Kept, value, value);
        else if (found->second.isEmpty())
            row(tag, AttributeChange::Kind::Emptied, value, QString());
        else
            row(tag, AttributeChange::Kind::Replaced, value, found->second);
    }
    for (const auto& [tag, value] : is)
        if (!was.count(tag))
            row(tag, AttributeChange::Kind::Added, QString(), value);
    return changes + kept;
}

} // namespace scanshield::deid
