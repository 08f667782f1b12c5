# shell: bash
# bash ;& falls through, ;;& tests the next pattern.
case a in a) echo one ;& b) echo two ;; c) echo three ;; esac
case ab in a*) echo A ;;& *b) echo B ;;& x) echo X ;; esac
