"""treewalk: walk and export JSON trees."""
