package org.opentmf.ordering.api.v5;

import java.util.Map;

import jakarta.inject.Singleton;

import org.opentmf.ordering.common.validation.ContractSchema;

/** Our TMF622 v5 contract ({@code api-spec/openapi-v5.yaml}), which every v5 request body must satisfy. */
@Singleton
public class V5Contract extends ContractSchema {

    public V5Contract() {
        super(V5Types.CONTRACT, "org.opentmf.ordering.api.v5.contract.model", Map.of(
                "ProductOrderFVO", "ProductOrder_FVO",
                "ProductOrderMVO", "ProductOrder_MVO",
                "CancelProductOrderFVO", "CancelProductOrder_FVO",
                "HubFVO", "Hub_FVO"), components -> { });
    }
}
