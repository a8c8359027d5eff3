# A complete ISMS (isms_kit: policy, roles, statement, resource approval, acknowledgements, training, management review, approved by the CEO) passes every rule, the 13 of clause 5 and A.5.4 included.
isms_kit
