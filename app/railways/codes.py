"""Station codes the railway has renamed since the 2016 open data was gathered."""

from __future__ import annotations

from typing import Final

# Old code → current code. The CC0 datameet data (2016) still uses the old ones.
RENAMED_CODES: Final[dict[str, str]] = {
    "CSTM": "CSMT",  # Mumbai CST → Chhatrapati Shivaji Maharaj Terminus
    "BCT": "MMCT",  # Mumbai Central
    "ALD": "PRYJ",  # Allahabad Jn → Prayagraj Jn
    "MGS": "DDU",  # Mughal Sarai → Pt. Deen Dayal Upadhyaya Jn
    "JHS": "VGLJ",  # Jhansi → Virangana Lakshmibai Jhansi
    "HBJ": "RKMP",  # Habibganj → Rani Kamlapati (Bhopal)
}


def canonical_code(code: str) -> str:
    """The current code for `code` (upper-cased), following a rename when there was one."""
    upper = code.strip().upper()
    return RENAMED_CODES.get(upper, upper)
