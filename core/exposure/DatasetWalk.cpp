#include "exposure/DatasetWalk.h"

#include "dicom/TagDictionary.h"
#include "media/ElementSink.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvr.h>


namespace scanshield::exposure {

namespace {

constexpr int kMaxDepth = 64;

// The value's bytes as a little-endian file holds them: text undecoded, numbers as stored
// (DCMTK keeps numbers in host order, little endian here).
const std::uint8_t* valueBytes(DcmElement& element, DcmEVR evr)
{
    switch (evr) {
    case EVR_US: case EVR_xs: case EVR_AT: {
        Uint16* values = nullptr;
        return element.getUint16Array(values).good() ? reinterpret_cast<const std::uint8_t*>(values) : nullptr;
    }
    case EVR_SS: {
        Sint16* values = nullptr;
        return element.getSint16Array(values).good() ? reinterpret_cast<const std::uint8_t*>(values) : nullptr;
    }
    case EVR_UL: case EVR_up: {
        Uint32* values = nullptr;
        return element.getUint32Array(values).good() ? reinterpret_cast<const std::uint8_t*>(values) : nullptr;
    }
    case EVR_SL: {
        Sint32* values = nullptr;
        return element.getSint32Array(values).good() ? reinterpret_cast<const std::uint8_t*>(values) : nullptr;
    }
    case EVR_FL: {
        Float32* values = nullptr;
        return element.getFloat32Array(values).good() ? reinterpret_cast<const std::uint8_t*>(values) : nullptr;
    }
    case EVR_FD: {
        Float64* values = nullptr;
        return element.getFloat64Array(values).good() ? reinterpret_cast<const std::uint8_t*>(values) : nullptr;
    }
    case EVR_OB: case EVR_UN: {
        Uint8* values = nullptr;
        return element.getUint8Array(values).good() ? values : nullptr;
    }
    default: {
        char* text = nullptr;
        return element.getString(text).good() ? reinterpret_cast<const std::uint8_t*>(text) : nullptr;
    }
    }
}

class DcmtkWalker {
public:
    explicit DcmtkWalker(media::ElementSink& sink) : m_sink(sink) {}

    void walkItem(DcmItem& item, int depth)
    {
        for (unsigned long i = 0; i < item.card(); ++i)
            if (DcmElement* element = item.getElement(i))
                visit(*element, depth);
    }

private:
    void visit(DcmElement& element, int depth)
    {
        const DcmTag& tag = element.getTag();
        if (tag == DCM_PixelData)
            return; // never read the picture
        const std::uint32_t tagValue = (std::uint32_t(tag.getGroup()) << 16) | tag.getElement();
        const DcmEVR evr = element.ident();
        if (evr == EVR_SQ) {
            if (depth >= kMaxDepth)
                return;
            auto& sequence = static_cast<DcmSequenceOfItems&>(element);
            m_sink.enterSequence(tagValue);
            for (unsigned long i = 0; i < sequence.card(); ++i)
                if (DcmItem* nested = sequence.getItem(i)) {
                    m_sink.enterItem();
                    walkItem(*nested, depth + 1);
                    m_sink.leaveItem();
                }
            m_sink.leaveSequence();
            return;
        }
        media::RawElement raw;
        raw.tag = tagValue;
        raw.length = element.getLength();
        const std::array<char, 2> vr = dicom::vrLettersOf(evr);
        raw.vr[0] = vr[0];
        raw.vr[1] = vr[1];
        if (raw.length > 0 && raw.length <= media::kMaxVisitedValueBytes && media::valueMayBeText(raw.vr))
            raw.value = valueBytes(element, evr);
        m_sink.element(raw);
    }

    media::ElementSink& m_sink;
};

} // namespace

void walkWithDcmtk(DcmFileFormat& file, const QString& path, media::ElementSink& sink)
{
    sink.beginFile(path);
    DcmtkWalker walker(sink);
    if (file.getMetaInfo())
        walker.walkItem(*file.getMetaInfo(), 0);
    if (file.getDataset())
        walker.walkItem(*file.getDataset(), 0);
    sink.endFile(true);
}

} // namespace scanshield::exposure
