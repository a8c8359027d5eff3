# --format github: a finding whose message quotes text with ESC and C1 bytes (a broken link's target) is written with them escaped, never raw: no terminal control, no second workflow command.
good_policy policies/isp.md
printf '\nSee [x](\033[31mred\302\233%%0A::error::x.md).\n' >>policies/isp.md
commit "Add a policy with a hostile link"
approve policies/isp.md
