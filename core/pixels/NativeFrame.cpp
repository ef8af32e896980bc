#include "pixels/NativeFrame.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>

namespace scanshield::pixels::detail {

namespace {

void copyPictureAttributes(DcmDataset& from, DcmDataset& to)
{
    for (unsigned long i = 0; i < from.card(); ++i) {
        DcmElement* element = from.getElement(i);
        if (!element)
            continue;
        const Uint16 group = element->getGTag();
        if (group == 0x0028 || (group >= 0x6000 && group <= 0x601E && group % 2 == 0))
            to.insert(OFstatic_cast(DcmElement*, element->clone()), true);
    }
}

} // namespace

std::unique_ptr<DcmDataset> nativeFrameDataset(DcmDataset& original, const NativeSamples& samples)
{
    auto native = std::make_unique<DcmDataset>();
    copyPictureAttributes(original, *native);
    const bool eightBit = samples.bitsAllocated == 8;
    const int bitsStored = std::min(std::max(samples.bitsStored, 1), samples.bitsAllocated);
    native->putAndInsertUint16(DCM_SamplesPerPixel, static_cast<Uint16>(samples.samplesPerPixel));
    native->putAndInsertString(DCM_PhotometricInterpretation, samples.photometric.c_str());
    native->putAndInsertUint16(DCM_Rows, static_cast<Uint16>(samples.height));
    native->putAndInsertUint16(DCM_Columns, static_cast<Uint16>(samples.width));
    native->putAndInsertString(DCM_NumberOfFrames, "1");
    native->putAndInsertUint16(DCM_BitsAllocated, static_cast<Uint16>(samples.bitsAllocated));
    native->putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(bitsStored));
    native->putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(bitsStored - 1));
    native->putAndInsertUint16(DCM_PixelRepresentation, samples.isSigned ? 1 : 0);
    if (samples.samplesPerPixel > 1)
        native->putAndInsertUint16(DCM_PlanarConfiguration, 0);
    else
        native->findAndDeleteElement(DCM_PlanarConfiguration);

    auto* pixels = new DcmPixelData(DCM_PixelData);
    if (eightBit) {
        pixels->setVR(EVR_OB);
        pixels->putUint8Array(samples.bytes.data(), static_cast<unsigned long>(samples.bytes.size()));
    } else {
        pixels->setVR(EVR_OW);
        pixels->putUint16Array(samples.words.data(), static_cast<unsigned long>(samples.words.size()));
    }
    native->insert(pixels, true);
    return native;
}

} // namespace scanshield::pixels::detail
