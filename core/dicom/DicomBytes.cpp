#include "dicom/DicomBytes.h"

#include "dicom/DcmtkSetup.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>

#include <QFile>
#include <QFileInfo>

#include <array>
#include <exception>

namespace scanshield::dicom {

namespace {

// Values longer than this stay on disk until asked for.
constexpr Uint32 kMaxReadLength = 4096;

struct Attempt {
    E_TransferSyntax xfer;
    E_FileReadMode mode;
};

// The normal way first, then the dataset read plainly in each uncompressed encoding.
constexpr std::array<Attempt, 4> kAttempts{{
    {EXS_Unknown, ERM_autoDetect},
    {EXS_LittleEndianExplicit, ERM_dataset},
    {EXS_LittleEndianImplicit, ERM_dataset},
    {EXS_BigEndianExplicit, ERM_dataset},
}};

bool isEndOfData(const OFCondition& status)
{
    return status == EC_StreamNotifyClient || status == EC_PrematureSequDelimitationItem || status == EC_SequEnd ||
           status == EC_ItemEnd || status == EC_EndOfStream || status == EC_InvalidStream;
}

bool hasPixelData(DcmFileFormat& file)
{
    DcmDataset* dataset = file.getDataset();
    return dataset && dataset->tagExists(DCM_PixelData);
}

template <typename ReadOnce>
LoadedDicom loadWithAttempts(ReadOnce readOnce, EncodingGuess guess)
{
    const std::size_t attempts = guess == EncodingGuess::TryPlainEncodings ? kAttempts.size() : 1;
    LoadedDicom best;
    for (std::size_t i = 0; i < attempts; ++i) {
        auto file = std::make_unique<DcmFileFormat>();
        OFCondition status;
        try {
            status = readOnce(*file, kAttempts[i]);
        } catch (const std::exception& error) {
            // DCMTK 3.6.7 throws on some damaged values (std::out_of_range from
            // DcmByteString::verify for a damaged DICOMDIR record; tests/fuzz/fuzz_archive found
            // it). That reading is given up: a damaged file must never stop the program.
            if (!best.file)
                best.errorText = QString::fromLocal8Bit(error.what());
            continue;
        }
        if (status.good() && (i == 0 || hasPixelData(*file))) {
            LoadedDicom result;
            result.file = std::move(file);
            result.readCompletely = true;
            return result;
        }
        // Keep the first reading that found pixel data; it may still show a picture.
        if (!best.file || (!hasPixelData(*best.file) && hasPixelData(*file))) {
            best.file = std::move(file);
            best.endedEarly = isEndOfData(status);
            best.errorText = QString::fromLatin1(status.text());
        }
        if (i == 0 && hasPixelData(*best.file))
            break; // the normal reading got as far as the pixels: no guessing needed
    }
    return best;
}

} // namespace

LoadedDicom loadDicomFile(const QString& path, EncodingGuess guess)
{
    ensureDcmtkReady();
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        LoadedDicom result;
        result.couldNotOpen = true;
        return result;
    }
    const OFFilename name(QFile::encodeName(path).constData());
    return loadWithAttempts([&](DcmFileFormat& file, const Attempt& attempt) {
        // DcmFileFormat::loadFile opens the file for reading only.
        return file.loadFile(name, attempt.xfer, EGL_noChange, kMaxReadLength, attempt.mode);
    }, guess);
}

LoadedDicom loadDicomBytes(const QByteArray& bytes, EncodingGuess guess)
{
    ensureDcmtkReady();
    return loadWithAttempts([&](DcmFileFormat& file, const Attempt& attempt) {
        DcmInputBufferStream stream;
        stream.setBuffer(bytes.constData(), static_cast<offile_off_t>(bytes.size()));
        stream.setEos();
        file.transferInit();
        OFCondition status;
        if (attempt.mode == ERM_dataset) {
            // Read only the dataset, as loadFile does for ERM_dataset.
            DcmDataset* dataset = file.getDataset();
            dataset->transferInit();
            status = dataset->read(stream, attempt.xfer, EGL_noChange, DCM_MaxReadLength);
            dataset->transferEnd();
        } else {
            status = file.read(stream, attempt.xfer, EGL_noChange, DCM_MaxReadLength);
        }
        file.transferEnd();
        return status;
    }, guess);
}

} // namespace scanshield::dicom
