# resource-approval-missing: the resource approval was edited after the CEO approved it; its current content is not approved.
isms_kit
at 2026-10-20
echo "Added in October: a second penetration test." >>$ISMS_RESOURCES
commit "Add the second penetration test to the resources"
