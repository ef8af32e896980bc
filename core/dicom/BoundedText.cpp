#include "dicom/BoundedText.h"

#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace scanshield::dicom {

std::optional<QByteArray> boundedText(DcmElement& element, Uint32 maxBytes)
{
    if (element.getLength() > maxBytes)
        return std::nullopt;
    OFString value;
    if (element.getOFStringArray(value).bad())
        return std::nullopt;
    return QByteArray(value.c_str(), qsizetype(value.length()));
}

std::optional<QByteArray> boundedText(DcmItem& item, const DcmTagKey& tag, Uint32 maxBytes)
{
    DcmElement* element = nullptr;
    if (item.findAndGetElement(tag, element).bad() || !element)
        return std::nullopt;
    return boundedText(*element, maxBytes);
}

} // namespace scanshield::dicom
