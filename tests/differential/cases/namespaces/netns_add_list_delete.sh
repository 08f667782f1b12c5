# shell: sh
# Named network namespaces: add, list (newest first), delete.
ip netns add red; ip netns add blue; ip netns list; ip netns; ls /run/netns | tr "\n" " "; echo
ip netns delete red; ip netns list; ip netns delete blue; ip netns list; echo end
