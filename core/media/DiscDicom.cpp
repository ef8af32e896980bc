#include "media/DiscDicom.h"

#include <dcmtk/dcmdata/dcfilefo.h>

namespace scanshield::media {

dicom::LoadedDicom loadDicomFromDisc(DiscSource& source, const QString& path)
{
    const QString local = source.localPath(path);
    if (!local.isEmpty())
        return dicom::loadDicomFile(local);
    QString error;
    const std::optional<QByteArray> bytes = source.readFile(path, error);
    return bytes ? dicom::loadDicomBytes(*bytes) : dicom::LoadedDicom{};
}

} // namespace scanshield::media
