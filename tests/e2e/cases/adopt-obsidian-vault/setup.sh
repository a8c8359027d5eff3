# An Obsidian vault as it exports: Dataview renders an empty field as "-"
# and a [[link]] value as its text; %% ... %% is a comment (its link is
# not reported broken); a British title ("Organisational") matches the
# catalogue's "Organizational"; a deleted note in .trash/ and the vault's
# Templates/ are not read; two SOC 2 notes are recognised and reported
# once, as not checked. No other finding.
good_policy policies/isp.md
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["5.1", "5.2", "5.3", "A.5.1"]/' policies/isp.md
note() { # CODE NAME FRAMEWORK SECTION
	printf -- '---\ndg-publish: true\ntags:\n  - "#requirement"\nName: %s\nCode: "%s"\nFramework: %s\nSection: %s\nCategory: Governance\nOwner: "[[CISO]]"\nAdditional_Info:\n---\n' "$2" "$1" "$3" "$4"
	printf '<table><tbody><tr><td><span>Name</span></td><td><span>%s</span></td></tr><tr><td><span>Code</span></td><td><span>%s</span></td></tr><tr><td><span>Owner</span></td><td><span>CISO</span></td></tr><tr><td><span>Additional Info</span></td><td><span>-</span></td></tr></tbody></table>\n\n' "$2" "$1"
}
{ note 5.1 "Leadership and commitment" ISO27001:2022 Requirements
  printf '# Description\n\nTop management shall demonstrate leadership.\n\n%%%% TODO: link [[Board minutes]] once filed %%%%\n'
} | write requirements/5.1.md
note 5.3 "Organisational roles, responsibilities and authorities" ISO27001:2022 Requirements | write requirements/5.3.md
note CC1.1 "COSO Principle 1" SOC2 "Trust Services Criteria" | write requirements/CC1.1.md
note CC2.1 "COSO Principle 13" SOC2 "Trust Services Criteria" | write requirements/CC2.1.md
note 5.1 "Leadership and commitment" ISO27001:2022 Requirements | write .trash/5.1.md
printf -- '---\nName: {{title}}\nCode: "{{code}}"\nFramework: ISO27001:2022\nSection: Requirements\n---\n' | write Templates/Requirement.md
printf '# Workspace\n' | write .obsidian/workspace.md
commit "Add the vault"
