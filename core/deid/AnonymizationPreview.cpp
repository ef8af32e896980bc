#include "deid/AnonymizationPreview.h"

#include "deid/DatasetAnonymizer.h"
#include "dicom/CharsetDecoder.h"
#include "dicom/TagDictionary.h"
#include "exposure/AttributeCatalogue.h"
#include "media/DiscIndex.h"
#include "media/PlainWords.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace scanshield::deid {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AnonymizationPreview", text);
}

std::uint32_t tagOf(const DcmTagKey& key)
{
    return (std::uint32_t(key.getGroup()) << 16) | key.getElement();
}

// At most this many characters of a value: a long report text is not read in a table cell.
constexpr int kShownLength = 80;

QString characterSetOf(DcmDataset& dataset)
{
    OFString value;
    dataset.findAndGetOFStringArray(DCM_SpecificCharacterSet, value);
    return QString::fromLatin1(value.c_str());
}

QString readable(DcmElement& element, const QByteArray& characterSet)
{
    if (element.ident() == EVR_SQ) {
        const unsigned long items = static_cast<DcmSequenceOfItems&>(element).card();
        return QCoreApplication::translate("AnonymizationPreview", "%n item(s)", nullptr, int(items));
    }
    if (element.getLength() == 0)
        return QString();
    switch (element.ident()) {
    case EVR_OB: case EVR_OW: case EVR_OF: case EVR_OD: case EVR_OL: case EVR_OV: case EVR_UN:
        return QCoreApplication::translate("AnonymizationPreview", "(%n byte(s) of data)", nullptr, int(element.getLength()));
    default:
        break;
    }
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
        return tr("Vendor data (private)");
    if (const exposure::AttributeInfo* info = catalogue.find(tag); info && !info->plainName.isEmpty())
        return info->plainName;
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
