__all__ = ['_shown', 'listed']
_shown = 'shown'
listed = 'listed'
unlisted = 'no'
