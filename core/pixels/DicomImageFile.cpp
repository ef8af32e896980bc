#include "pixels/DicomImageFile.h"

#include "dicom/DcmtkSetup.h"
#include "dicom/DicomBytes.h"
#include "pixels/FrameAttributes.h"
#include "pixels/FrameConversion.h"
#include "pixels/OverlayPlanes.h"
#include "pixels/Jpeg2000Frame.h"
#include "pixels/PixelMessages.h"
#include "pixels/RleFrame.h"
#include "pixels/SegmentedPalette.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmimage/diregist.h> // registers colour image support in DicomImage
#include <dcmtk/dcmimgle/dcmimage.h>

#include <mutex>
#include <new>
#include <vector>

namespace scanshield::pixels {

struct DicomImageFile::State {
    std::mutex mutex; // DCMTK objects are not safe to share between threads; frames take turns
    std::unique_ptr<DcmFileFormat> file;
    QString error;          // why the file cannot show a picture
    QString lastFrameError; // why the latest frame failed
    int frames = 0;
    detail::PixelEncoding encoding = detail::PixelEncoding::Native;
    E_TransferSyntax xfer = EXS_Unknown;
    bool endedEarly = false;
};

namespace {

using detail::PixelEncoding;
using State = DicomImageFile::State;

std::string transferSyntaxUid(DcmFileFormat& file)
{
    OFString uid;
    if (DcmMetaInfo* meta = file.getMetaInfo())
        meta->findAndGetOFString(DCM_TransferSyntaxUID, uid);
    return uid.c_str();
}

// Looks at a freshly parsed file and decides whether it can show a picture at all.
std::shared_ptr<State> prepare(dicom::LoadedDicom loaded)
{
    auto state = std::make_shared<State>();
    if (loaded.couldNotOpen) {
        state->error = messages::couldNotOpen();
        return state;
    }
    DcmDataset* dataset = loaded.file ? loaded.file->getDataset() : nullptr;
    if (!dataset || dataset->card() == 0) {
        state->error = loaded.endedEarly ? messages::cutShort() : messages::notReadable();
        return state;
    }
    state->endedEarly = !loaded.readCompletely;

    DcmElement* pixels = nullptr;
    if (dataset->findAndGetElement(DCM_PixelData, pixels).bad() || !pixels) {
        if (dataset->tagExists(DCM_FloatPixelData) || dataset->tagExists(DCM_DoubleFloatPixelData))
            state->error = messages::unsupportedStorage();
        else if (loaded.readCompletely)
            state->error = messages::noPicture();
        else if (loaded.endedEarly)
            state->error = messages::cutShort(); // the reading ran out of file before any pixels
        else
            state->error = messages::damagedFile();
        return state;
    }

    Uint16 rows = 0, columns = 0;
    if (!dataset->tagExists(DCM_Rows) || !dataset->tagExists(DCM_Columns)) {
        state->error = messages::noPicture(); // pixel bytes without a picture's size: not an image
        return state;
    }
    dataset->findAndGetUint16(DCM_Rows, rows);
    dataset->findAndGetUint16(DCM_Columns, columns);
    if (rows == 0 || columns == 0) {
        state->error = messages::damaged();
        return state;
    }
    Uint16 samples = 1;
    dataset->findAndGetUint16(DCM_SamplesPerPixel, samples);
    if (!dataset->tagExists(DCM_PhotometricInterpretation) && samples <= 1) {
        // Old ACR-NEMA files leave this out; grey was the only kind then. In memory only.
        dataset->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    }

    state->xfer = dataset->getOriginalXfer();
    state->encoding = detail::classifyEncoding(state->xfer, transferSyntaxUid(*loaded.file));
    if (state->encoding == PixelEncoding::Native && pixels->getLength() == 0) {
        state->error = messages::noPicture();
        return state;
    }
    if (state->encoding == PixelEncoding::Unsupported) {
        state->error = messages::unsupportedCompression();
        return state;
    }
    state->frames = detail::declaredFrameCount(*dataset);
    detail::expandSegmentedPalettes(*dataset); // in memory only; DCMTK cannot read segmented tables
    state->file = std::move(loaded.file);
    return state;
}

// For uncompressed pixels: are the bytes of this frame really in the file?
bool nativeFrameIsPresent(State& state, DcmDataset& dataset, int index)
{
    DcmElement* pixels = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, pixels).bad() || !pixels)
        return false;
    const unsigned long long frameBits = detail::nativeFrameBits(dataset);
    if (frameBits == 0)
        return false;
    const unsigned long long needed = (frameBits * static_cast<unsigned long long>(index + 1) + 7) / 8;
    if (pixels->getLength() < needed)
        return false;
    if (state.endedEarly && frameBits % 8 == 0) {
        // The reading stopped early: check that this frame's bytes can actually be read.
        const auto frameBytes = static_cast<Uint32>(frameBits / 8);
        std::vector<Uint8> probe(frameBytes);
        const auto offset = static_cast<Uint32>(frameBits / 8 * static_cast<unsigned long long>(index));
        if (pixels->getPartialValue(probe.data(), offset, frameBytes).bad())
            return false;
    }
    return true;
}

QString statusMessage(EI_Status status, const State& state)
{
    switch (status) {
    case EIS_MemoryFailure:
        return messages::tooLarge();
    case EIS_NotSupportedValue:
        return state.encoding == PixelEncoding::Native ? messages::unsupportedStorage()
                                                       : messages::unsupportedCompression();
    default:
        return state.endedEarly ? messages::cutShort() : messages::damaged();
    }
}

DecodedFrame decodeLocked(State& state, int index)
{
    DecodedFrame frame;
    DcmDataset& dataset = *state.file->getDataset();

    detail::ConversionSettings settings;
    settings.applyTransform = !detail::hasModalityLut(dataset);
    settings.transform = detail::modalityTransformFor(dataset, index);
    settings.window = detail::windowFor(dataset, index);
    unsigned long flags = 0;
    if (settings.applyTransform)
        flags |= CIF_IgnoreModalityTransformation; // slope/intercept applied in float, not by DCMTK's integers

    std::unique_ptr<DcmDataset> nativeCopy;
    std::unique_ptr<DicomImage> image;
    const bool decodeHere = state.encoding == PixelEncoding::Jpeg2000 ||
                            (state.encoding == PixelEncoding::Rle && detail::canDecodeRleHere(dataset));
    if (decodeHere) {
        auto converted = state.encoding == PixelEncoding::Jpeg2000
                             ? detail::jpeg2000FrameAsNative(dataset, index, state.frames)
                             : detail::rleFrameAsNative(dataset, index, state.frames);
        using Failure = detail::NativeFrameResult::Failure;
        switch (converted.failure) {
        case Failure::None: break;
        case Failure::Missing: frame.error = messages::cutShort(); return frame;
        case Failure::Unsupported: frame.error = messages::unsupportedStorage(); return frame;
        case Failure::Damaged:
            frame.error = state.endedEarly ? messages::cutShort() : messages::damaged();
            return frame;
        }
        nativeCopy = std::move(converted.dataset);
        image = std::make_unique<DicomImage>(nativeCopy.get(), EXS_LittleEndianExplicit, flags);
    } else {
        if (state.encoding == PixelEncoding::Native && !nativeFrameIsPresent(state, dataset, index)) {
            frame.error = messages::cutShort();
            return frame;
        }
        // Partial access: only this frame is read (and decompressed), never the whole file.
        image = std::make_unique<DicomImage>(state.file.get(), state.xfer, flags | CIF_UsePartialAccessToPixelData,
                                             static_cast<unsigned long>(index), 1UL);
    }

    if (image->getStatus() != EIS_Normal) {
        frame.error = statusMessage(image->getStatus(), state);
        return frame;
    }
    if (!detail::convertFirstFrame(*image, settings, frame)) {
        frame = DecodedFrame{};
        frame.error = state.endedEarly ? messages::cutShort() : messages::damaged();
        return frame;
    }
    frame.overlay = detail::overlayMask(dataset, frame.width, frame.height, index);
    return frame;
}

} // namespace

DicomImageFile::DicomImageFile() : m_state(std::make_shared<State>())
{
    m_state->error = messages::couldNotOpen();
}

DicomImageFile::DicomImageFile(std::shared_ptr<State> state) : m_state(std::move(state)) {}

DicomImageFile DicomImageFile::open(const QString& path)
{
    try {
        return DicomImageFile(prepare(dicom::loadDicomFile(path, dicom::EncodingGuess::TryPlainEncodings)));
    } catch (const std::bad_alloc&) {
        auto state = std::make_shared<State>();
        state->error = messages::tooLarge();
        return DicomImageFile(state);
    }
}

DicomImageFile DicomImageFile::fromBytes(const QByteArray& bytes)
{
    try {
        return DicomImageFile(prepare(dicom::loadDicomBytes(bytes, dicom::EncodingGuess::TryPlainEncodings)));
    } catch (const std::bad_alloc&) {
        auto state = std::make_shared<State>();
        state->error = messages::tooLarge();
        return DicomImageFile(state);
    }
}

bool DicomImageFile::isValid() const
{
    return m_state->file != nullptr;
}

QString DicomImageFile::errorMessage() const
{
    if (!m_state->file)
        return m_state->error;
    std::lock_guard lock(m_state->mutex);
    return m_state->lastFrameError;
}

int DicomImageFile::frameCount() const
{
    return m_state->file ? m_state->frames : 0;
}

DecodedFrame DicomImageFile::frame(int index) const
{
    DecodedFrame frame;
    if (!m_state->file) {
        frame.error = m_state->error;
        return frame;
    }
    if (index < 0 || index >= m_state->frames) {
        frame.error = messages::noSuchFrame(index, m_state->frames);
        return frame;
    }
    std::lock_guard lock(m_state->mutex);
    try {
        frame = decodeLocked(*m_state, index);
    } catch (const std::bad_alloc&) {
        frame = DecodedFrame{};
        frame.error = messages::tooLarge();
    } catch (...) {
        frame = DecodedFrame{};
        frame.error = messages::damaged();
    }
    m_state->lastFrameError = frame.error;
    return frame;
}

} // namespace scanshield::pixels
